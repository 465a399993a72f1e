// Imported by salsa-import-onnx from vit_block.onnx (ONNX opset 20, 29 nodes).
module {
  func.func @main(%arg0: tensor<1x197x768xf32> {onnx.name = "tokens"}, %arg1: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "norm1.weight"}, %arg2: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "norm1.bias"}, %arg3: tensor<1x768x768xf32> {onnx.layout = "KN", onnx.name = "attn.query.weight"}, %arg4: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "attn.query.bias"}, %arg5: tensor<1x768x768xf32> {onnx.layout = "KN", onnx.name = "attn.key.weight"}, %arg6: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "attn.key.bias"}, %arg7: tensor<1x768x768xf32> {onnx.layout = "KN", onnx.name = "attn.value.weight"}, %arg8: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "attn.value.bias"}, %arg9: tensor<f32> {onnx.layout = "onnx", onnx.name = "attn.sqrt_dh"}, %arg10: tensor<1x768x768xf32> {onnx.layout = "KN", onnx.name = "attn.output.dense.weight"}, %arg11: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "attn.output.dense.bias"}, %arg12: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "norm2.weight"}, %arg13: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "norm2.bias"}, %arg14: tensor<1x768x3072xf32> {onnx.layout = "KN", onnx.name = "mlp.fc1.weight"}, %arg15: tensor<3072xf32> {onnx.layout = "onnx", onnx.name = "mlp.fc1.bias"}, %arg16: tensor<1x3072x768xf32> {onnx.layout = "KN", onnx.name = "mlp.fc2.weight"}, %arg17: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "mlp.fc2.bias"}) -> tensor<1x197x768xf32> {
    %0 = "tosa.const"() <{values = dense<0.00130208337> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %1 = tosa.reduce_sum %arg0 {axis = 2 : i32} : (tensor<1x197x768xf32>) -> tensor<1x197x1xf32>
    %2 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %3 = tosa.mul %1, %0, %2 : (tensor<1x197x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x197x1xf32>
    %4 = tosa.sub %arg0, %3 : (tensor<1x197x768xf32>, tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %5 = tosa.mul %4, %4, %2 : (tensor<1x197x768xf32>, tensor<1x197x768xf32>, tensor<1xi8>) -> tensor<1x197x768xf32>
    %6 = tosa.reduce_sum %5 {axis = 2 : i32} : (tensor<1x197x768xf32>) -> tensor<1x197x1xf32>
    %7 = tosa.mul %6, %0, %2 : (tensor<1x197x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x197x1xf32>
    %8 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %9 = tosa.add %7, %8 : (tensor<1x197x1xf32>, tensor<1x1x1xf32>) -> tensor<1x197x1xf32>
    %10 = tosa.rsqrt %9 : (tensor<1x197x1xf32>) -> tensor<1x197x1xf32>
    %11 = tosa.mul %4, %10, %2 : (tensor<1x197x768xf32>, tensor<1x197x1xf32>, tensor<1xi8>) -> tensor<1x197x768xf32>
    %12 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %13 = tosa.reshape %arg1, %12 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %14 = tosa.mul %11, %13, %2 : (tensor<1x197x768xf32>, tensor<1x1x768xf32>, tensor<1xi8>) -> tensor<1x197x768xf32>
    %15 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %16 = tosa.reshape %arg2, %15 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %17 = tosa.add %14, %16 : (tensor<1x197x768xf32>, tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %18 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %19 = tosa.matmul %17, %arg3, %18, %18 : (tensor<1x197x768xf32>, tensor<1x768x768xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x197x768xf32>
    %20 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %21 = tosa.reshape %arg4, %20 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %22 = tosa.add %19, %21 : (tensor<1x197x768xf32>, tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %23 = tosa.matmul %17, %arg5, %18, %18 : (tensor<1x197x768xf32>, tensor<1x768x768xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x197x768xf32>
    %24 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %25 = tosa.reshape %arg6, %24 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %26 = tosa.add %23, %25 : (tensor<1x197x768xf32>, tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %27 = tosa.matmul %17, %arg7, %18, %18 : (tensor<1x197x768xf32>, tensor<1x768x768xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x197x768xf32>
    %28 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %29 = tosa.reshape %arg8, %28 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %30 = tosa.add %27, %29 : (tensor<1x197x768xf32>, tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %31 = tosa.const_shape  {values = dense<[1, 197, 12, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %32 = tosa.reshape %22, %31 : (tensor<1x197x768xf32>, !tosa.shape<4>) -> tensor<1x197x12x64xf32>
    %33 = tosa.transpose %32 {perms = array<i32: 0, 2, 1, 3>} : (tensor<1x197x12x64xf32>) -> tensor<1x12x197x64xf32>
    %34 = tosa.const_shape  {values = dense<[1, 197, 12, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %35 = tosa.reshape %26, %34 : (tensor<1x197x768xf32>, !tosa.shape<4>) -> tensor<1x197x12x64xf32>
    %36 = tosa.transpose %35 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x197x12x64xf32>) -> tensor<1x12x64x197xf32>
    %37 = tosa.const_shape  {values = dense<[1, 197, 12, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %38 = tosa.reshape %30, %37 : (tensor<1x197x768xf32>, !tosa.shape<4>) -> tensor<1x197x12x64xf32>
    %39 = tosa.transpose %38 {perms = array<i32: 0, 2, 1, 3>} : (tensor<1x197x12x64xf32>) -> tensor<1x12x197x64xf32>
    %40 = tosa.const_shape  {values = dense<[12, 197, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %41 = tosa.reshape %33, %40 : (tensor<1x12x197x64xf32>, !tosa.shape<3>) -> tensor<12x197x64xf32>
    %42 = tosa.const_shape  {values = dense<[12, 64, 197]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %43 = tosa.reshape %36, %42 : (tensor<1x12x64x197xf32>, !tosa.shape<3>) -> tensor<12x64x197xf32>
    %44 = tosa.matmul %41, %43, %18, %18 : (tensor<12x197x64xf32>, tensor<12x64x197xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<12x197x197xf32>
    %45 = tosa.const_shape  {values = dense<[1, 12, 197, 197]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %46 = tosa.reshape %44, %45 : (tensor<12x197x197xf32>, !tosa.shape<4>) -> tensor<1x12x197x197xf32>
    %47 = tosa.const_shape  {values = dense<1> : tensor<4xindex>} : () -> !tosa.shape<4>
    %48 = tosa.reshape %arg9, %47 : (tensor<f32>, !tosa.shape<4>) -> tensor<1x1x1x1xf32>
    %49 = tosa.reciprocal %48 : (tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
    %50 = tosa.mul %46, %49, %2 : (tensor<1x12x197x197xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x12x197x197xf32>
    %51 = tosa.reduce_max %50 {axis = 3 : i32} : (tensor<1x12x197x197xf32>) -> tensor<1x12x197x1xf32>
    %52 = tosa.sub %50, %51 : (tensor<1x12x197x197xf32>, tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %53 = tosa.exp %52 : (tensor<1x12x197x197xf32>) -> tensor<1x12x197x197xf32>
    %54 = tosa.reduce_sum %53 {axis = 3 : i32} : (tensor<1x12x197x197xf32>) -> tensor<1x12x197x1xf32>
    %55 = tosa.reciprocal %54 : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x1xf32>
    %56 = tosa.mul %53, %55, %2 : (tensor<1x12x197x197xf32>, tensor<1x12x197x1xf32>, tensor<1xi8>) -> tensor<1x12x197x197xf32>
    %57 = tosa.const_shape  {values = dense<[12, 197, 197]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %58 = tosa.reshape %56, %57 : (tensor<1x12x197x197xf32>, !tosa.shape<3>) -> tensor<12x197x197xf32>
    %59 = tosa.const_shape  {values = dense<[12, 197, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %60 = tosa.reshape %39, %59 : (tensor<1x12x197x64xf32>, !tosa.shape<3>) -> tensor<12x197x64xf32>
    %61 = tosa.matmul %58, %60, %18, %18 : (tensor<12x197x197xf32>, tensor<12x197x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<12x197x64xf32>
    %62 = tosa.const_shape  {values = dense<[1, 12, 197, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %63 = tosa.reshape %61, %62 : (tensor<12x197x64xf32>, !tosa.shape<4>) -> tensor<1x12x197x64xf32>
    %64 = tosa.transpose %63 {perms = array<i32: 0, 2, 1, 3>} : (tensor<1x12x197x64xf32>) -> tensor<1x197x12x64xf32>
    %65 = tosa.const_shape  {values = dense<[1, 197, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %66 = tosa.reshape %64, %65 : (tensor<1x197x12x64xf32>, !tosa.shape<3>) -> tensor<1x197x768xf32>
    %67 = tosa.matmul %66, %arg10, %18, %18 : (tensor<1x197x768xf32>, tensor<1x768x768xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x197x768xf32>
    %68 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %69 = tosa.reshape %arg11, %68 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %70 = tosa.add %67, %69 : (tensor<1x197x768xf32>, tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %71 = tosa.add %arg0, %70 : (tensor<1x197x768xf32>, tensor<1x197x768xf32>) -> tensor<1x197x768xf32>
    %72 = tosa.reduce_sum %71 {axis = 2 : i32} : (tensor<1x197x768xf32>) -> tensor<1x197x1xf32>
    %73 = tosa.mul %72, %0, %2 : (tensor<1x197x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x197x1xf32>
    %74 = tosa.sub %71, %73 : (tensor<1x197x768xf32>, tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %75 = tosa.mul %74, %74, %2 : (tensor<1x197x768xf32>, tensor<1x197x768xf32>, tensor<1xi8>) -> tensor<1x197x768xf32>
    %76 = tosa.reduce_sum %75 {axis = 2 : i32} : (tensor<1x197x768xf32>) -> tensor<1x197x1xf32>
    %77 = tosa.mul %76, %0, %2 : (tensor<1x197x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x197x1xf32>
    %78 = tosa.add %77, %8 : (tensor<1x197x1xf32>, tensor<1x1x1xf32>) -> tensor<1x197x1xf32>
    %79 = tosa.rsqrt %78 : (tensor<1x197x1xf32>) -> tensor<1x197x1xf32>
    %80 = tosa.mul %74, %79, %2 : (tensor<1x197x768xf32>, tensor<1x197x1xf32>, tensor<1xi8>) -> tensor<1x197x768xf32>
    %81 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %82 = tosa.reshape %arg12, %81 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %83 = tosa.mul %80, %82, %2 : (tensor<1x197x768xf32>, tensor<1x1x768xf32>, tensor<1xi8>) -> tensor<1x197x768xf32>
    %84 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %85 = tosa.reshape %arg13, %84 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %86 = tosa.add %83, %85 : (tensor<1x197x768xf32>, tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %87 = tosa.matmul %86, %arg14, %18, %18 : (tensor<1x197x768xf32>, tensor<1x768x3072xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x197x3072xf32>
    %88 = tosa.const_shape  {values = dense<[1, 1, 3072]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %89 = tosa.reshape %arg15, %88 : (tensor<3072xf32>, !tosa.shape<3>) -> tensor<1x1x3072xf32>
    %90 = tosa.add %87, %89 : (tensor<1x197x3072xf32>, tensor<1x1x3072xf32>) -> tensor<1x197x3072xf32>
    %91 = "tosa.const"() <{values = dense<0.707106769> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %92 = tosa.mul %90, %91, %2 : (tensor<1x197x3072xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x197x3072xf32>
    %93 = tosa.erf %92 : (tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32>
    %94 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %95 = tosa.add %93, %94 : (tensor<1x197x3072xf32>, tensor<1x1x1xf32>) -> tensor<1x197x3072xf32>
    %96 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %97 = tosa.mul %90, %96, %2 : (tensor<1x197x3072xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x197x3072xf32>
    %98 = tosa.mul %97, %95, %2 : (tensor<1x197x3072xf32>, tensor<1x197x3072xf32>, tensor<1xi8>) -> tensor<1x197x3072xf32>
    %99 = tosa.matmul %98, %arg16, %18, %18 : (tensor<1x197x3072xf32>, tensor<1x3072x768xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x197x768xf32>
    %100 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %101 = tosa.reshape %arg17, %100 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %102 = tosa.add %99, %101 : (tensor<1x197x768xf32>, tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %103 = tosa.add %71, %102 : (tensor<1x197x768xf32>, tensor<1x197x768xf32>) -> tensor<1x197x768xf32>
    return %103 : tensor<1x197x768xf32>
  }
}

