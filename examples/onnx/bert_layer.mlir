// Imported by salsa-import-onnx from bert_layer.onnx (ONNX opset 17, 33 nodes).
module {
  func.func @main(%arg0: tensor<1x128x768xf32> {onnx.name = "hidden_states"}, %arg1: tensor<1x768x768xf32> {onnx.layout = "KN", onnx.name = "attention.query.weight"}, %arg2: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "attention.query.bias"}, %arg3: tensor<1x768x768xf32> {onnx.layout = "KN", onnx.name = "attention.key.weight"}, %arg4: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "attention.key.bias"}, %arg5: tensor<1x768x768xf32> {onnx.layout = "KN", onnx.name = "attention.value.weight"}, %arg6: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "attention.value.bias"}, %arg7: tensor<f32> {onnx.layout = "onnx", onnx.name = "attention.sqrt_dh"}, %arg8: tensor<1x768x768xf32> {onnx.layout = "KN", onnx.name = "attention.output.dense.weight"}, %arg9: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "attention.output.dense.bias"}, %arg10: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "attention.output.LayerNorm.weight"}, %arg11: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "attention.output.LayerNorm.bias"}, %arg12: tensor<1x768x3072xf32> {onnx.layout = "KN", onnx.name = "intermediate.dense.weight"}, %arg13: tensor<3072xf32> {onnx.layout = "onnx", onnx.name = "intermediate.dense.bias"}, %arg14: tensor<f32> {onnx.layout = "onnx", onnx.name = "intermediate.gelu/sqrt2"}, %arg15: tensor<f32> {onnx.layout = "onnx", onnx.name = "intermediate.gelu/one"}, %arg16: tensor<f32> {onnx.layout = "onnx", onnx.name = "intermediate.gelu/half"}, %arg17: tensor<1x3072x768xf32> {onnx.layout = "KN", onnx.name = "output.dense.weight"}, %arg18: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "output.dense.bias"}, %arg19: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "output.LayerNorm.weight"}, %arg20: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "output.LayerNorm.bias"}) -> tensor<1x128x768xf32> {
    %0 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1 = tosa.matmul %arg0, %arg1, %0, %0 : (tensor<1x128x768xf32>, tensor<1x768x768xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x128x768xf32>
    %2 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %3 = tosa.reshape %arg2, %2 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %4 = tosa.add %1, %3 : (tensor<1x128x768xf32>, tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %5 = tosa.matmul %arg0, %arg3, %0, %0 : (tensor<1x128x768xf32>, tensor<1x768x768xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x128x768xf32>
    %6 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %7 = tosa.reshape %arg4, %6 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %8 = tosa.add %5, %7 : (tensor<1x128x768xf32>, tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %9 = tosa.matmul %arg0, %arg5, %0, %0 : (tensor<1x128x768xf32>, tensor<1x768x768xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x128x768xf32>
    %10 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %11 = tosa.reshape %arg6, %10 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %12 = tosa.add %9, %11 : (tensor<1x128x768xf32>, tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %13 = tosa.const_shape  {values = dense<[1, 128, 12, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %14 = tosa.reshape %4, %13 : (tensor<1x128x768xf32>, !tosa.shape<4>) -> tensor<1x128x12x64xf32>
    %15 = tosa.transpose %14 {perms = array<i32: 0, 2, 1, 3>} : (tensor<1x128x12x64xf32>) -> tensor<1x12x128x64xf32>
    %16 = tosa.const_shape  {values = dense<[1, 128, 12, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %17 = tosa.reshape %8, %16 : (tensor<1x128x768xf32>, !tosa.shape<4>) -> tensor<1x128x12x64xf32>
    %18 = tosa.transpose %17 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x128x12x64xf32>) -> tensor<1x12x64x128xf32>
    %19 = tosa.const_shape  {values = dense<[1, 128, 12, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %20 = tosa.reshape %12, %19 : (tensor<1x128x768xf32>, !tosa.shape<4>) -> tensor<1x128x12x64xf32>
    %21 = tosa.transpose %20 {perms = array<i32: 0, 2, 1, 3>} : (tensor<1x128x12x64xf32>) -> tensor<1x12x128x64xf32>
    %22 = tosa.const_shape  {values = dense<[12, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %23 = tosa.reshape %15, %22 : (tensor<1x12x128x64xf32>, !tosa.shape<3>) -> tensor<12x128x64xf32>
    %24 = tosa.const_shape  {values = dense<[12, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %25 = tosa.reshape %18, %24 : (tensor<1x12x64x128xf32>, !tosa.shape<3>) -> tensor<12x64x128xf32>
    %26 = tosa.matmul %23, %25, %0, %0 : (tensor<12x128x64xf32>, tensor<12x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<12x128x128xf32>
    %27 = tosa.const_shape  {values = dense<[1, 12, 128, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %28 = tosa.reshape %26, %27 : (tensor<12x128x128xf32>, !tosa.shape<4>) -> tensor<1x12x128x128xf32>
    %29 = tosa.const_shape  {values = dense<1> : tensor<4xindex>} : () -> !tosa.shape<4>
    %30 = tosa.reshape %arg7, %29 : (tensor<f32>, !tosa.shape<4>) -> tensor<1x1x1x1xf32>
    %31 = tosa.reciprocal %30 : (tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
    %32 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %33 = tosa.mul %28, %31, %32 : (tensor<1x12x128x128xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x12x128x128xf32>
    %34 = tosa.reduce_max %33 {axis = 3 : i32} : (tensor<1x12x128x128xf32>) -> tensor<1x12x128x1xf32>
    %35 = tosa.sub %33, %34 : (tensor<1x12x128x128xf32>, tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %36 = tosa.exp %35 : (tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %37 = tosa.reduce_sum %36 {axis = 3 : i32} : (tensor<1x12x128x128xf32>) -> tensor<1x12x128x1xf32>
    %38 = tosa.reciprocal %37 : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x1xf32>
    %39 = tosa.mul %36, %38, %32 : (tensor<1x12x128x128xf32>, tensor<1x12x128x1xf32>, tensor<1xi8>) -> tensor<1x12x128x128xf32>
    %40 = tosa.const_shape  {values = dense<[12, 128, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %41 = tosa.reshape %39, %40 : (tensor<1x12x128x128xf32>, !tosa.shape<3>) -> tensor<12x128x128xf32>
    %42 = tosa.const_shape  {values = dense<[12, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %43 = tosa.reshape %21, %42 : (tensor<1x12x128x64xf32>, !tosa.shape<3>) -> tensor<12x128x64xf32>
    %44 = tosa.matmul %41, %43, %0, %0 : (tensor<12x128x128xf32>, tensor<12x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<12x128x64xf32>
    %45 = tosa.const_shape  {values = dense<[1, 12, 128, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %46 = tosa.reshape %44, %45 : (tensor<12x128x64xf32>, !tosa.shape<4>) -> tensor<1x12x128x64xf32>
    %47 = tosa.transpose %46 {perms = array<i32: 0, 2, 1, 3>} : (tensor<1x12x128x64xf32>) -> tensor<1x128x12x64xf32>
    %48 = tosa.const_shape  {values = dense<[1, 128, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %49 = tosa.reshape %47, %48 : (tensor<1x128x12x64xf32>, !tosa.shape<3>) -> tensor<1x128x768xf32>
    %50 = tosa.matmul %49, %arg8, %0, %0 : (tensor<1x128x768xf32>, tensor<1x768x768xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x128x768xf32>
    %51 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %52 = tosa.reshape %arg9, %51 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %53 = tosa.add %50, %52 : (tensor<1x128x768xf32>, tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %54 = tosa.add %53, %arg0 : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %55 = "tosa.const"() <{values = dense<0.00130208337> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %56 = tosa.reduce_sum %54 {axis = 2 : i32} : (tensor<1x128x768xf32>) -> tensor<1x128x1xf32>
    %57 = tosa.mul %56, %55, %32 : (tensor<1x128x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x128x1xf32>
    %58 = tosa.sub %54, %57 : (tensor<1x128x768xf32>, tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %59 = tosa.mul %58, %58, %32 : (tensor<1x128x768xf32>, tensor<1x128x768xf32>, tensor<1xi8>) -> tensor<1x128x768xf32>
    %60 = tosa.reduce_sum %59 {axis = 2 : i32} : (tensor<1x128x768xf32>) -> tensor<1x128x1xf32>
    %61 = tosa.mul %60, %55, %32 : (tensor<1x128x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x128x1xf32>
    %62 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %63 = tosa.add %61, %62 : (tensor<1x128x1xf32>, tensor<1x1x1xf32>) -> tensor<1x128x1xf32>
    %64 = tosa.rsqrt %63 : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %65 = tosa.mul %58, %64, %32 : (tensor<1x128x768xf32>, tensor<1x128x1xf32>, tensor<1xi8>) -> tensor<1x128x768xf32>
    %66 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %67 = tosa.reshape %arg10, %66 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %68 = tosa.mul %65, %67, %32 : (tensor<1x128x768xf32>, tensor<1x1x768xf32>, tensor<1xi8>) -> tensor<1x128x768xf32>
    %69 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %70 = tosa.reshape %arg11, %69 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %71 = tosa.add %68, %70 : (tensor<1x128x768xf32>, tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %72 = tosa.matmul %71, %arg12, %0, %0 : (tensor<1x128x768xf32>, tensor<1x768x3072xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x128x3072xf32>
    %73 = tosa.const_shape  {values = dense<[1, 1, 3072]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %74 = tosa.reshape %arg13, %73 : (tensor<3072xf32>, !tosa.shape<3>) -> tensor<1x1x3072xf32>
    %75 = tosa.add %72, %74 : (tensor<1x128x3072xf32>, tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %76 = tosa.const_shape  {values = dense<1> : tensor<3xindex>} : () -> !tosa.shape<3>
    %77 = tosa.reshape %arg14, %76 : (tensor<f32>, !tosa.shape<3>) -> tensor<1x1x1xf32>
    %78 = tosa.reciprocal %77 : (tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %79 = tosa.mul %75, %78, %32 : (tensor<1x128x3072xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x128x3072xf32>
    %80 = tosa.erf %79 : (tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %81 = tosa.const_shape  {values = dense<1> : tensor<3xindex>} : () -> !tosa.shape<3>
    %82 = tosa.reshape %arg15, %81 : (tensor<f32>, !tosa.shape<3>) -> tensor<1x1x1xf32>
    %83 = tosa.add %80, %82 : (tensor<1x128x3072xf32>, tensor<1x1x1xf32>) -> tensor<1x128x3072xf32>
    %84 = tosa.mul %75, %83, %32 : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>, tensor<1xi8>) -> tensor<1x128x3072xf32>
    %85 = tosa.const_shape  {values = dense<1> : tensor<3xindex>} : () -> !tosa.shape<3>
    %86 = tosa.reshape %arg16, %85 : (tensor<f32>, !tosa.shape<3>) -> tensor<1x1x1xf32>
    %87 = tosa.mul %84, %86, %32 : (tensor<1x128x3072xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x128x3072xf32>
    %88 = tosa.matmul %87, %arg17, %0, %0 : (tensor<1x128x3072xf32>, tensor<1x3072x768xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x128x768xf32>
    %89 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %90 = tosa.reshape %arg18, %89 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %91 = tosa.add %88, %90 : (tensor<1x128x768xf32>, tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %92 = tosa.add %91, %71 : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %93 = tosa.reduce_sum %92 {axis = 2 : i32} : (tensor<1x128x768xf32>) -> tensor<1x128x1xf32>
    %94 = tosa.mul %93, %55, %32 : (tensor<1x128x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x128x1xf32>
    %95 = tosa.sub %92, %94 : (tensor<1x128x768xf32>, tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %96 = tosa.mul %95, %95, %32 : (tensor<1x128x768xf32>, tensor<1x128x768xf32>, tensor<1xi8>) -> tensor<1x128x768xf32>
    %97 = tosa.reduce_sum %96 {axis = 2 : i32} : (tensor<1x128x768xf32>) -> tensor<1x128x1xf32>
    %98 = tosa.mul %97, %55, %32 : (tensor<1x128x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x128x1xf32>
    %99 = tosa.add %98, %62 : (tensor<1x128x1xf32>, tensor<1x1x1xf32>) -> tensor<1x128x1xf32>
    %100 = tosa.rsqrt %99 : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %101 = tosa.mul %95, %100, %32 : (tensor<1x128x768xf32>, tensor<1x128x1xf32>, tensor<1xi8>) -> tensor<1x128x768xf32>
    %102 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %103 = tosa.reshape %arg19, %102 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %104 = tosa.mul %101, %103, %32 : (tensor<1x128x768xf32>, tensor<1x1x768xf32>, tensor<1xi8>) -> tensor<1x128x768xf32>
    %105 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %106 = tosa.reshape %arg20, %105 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %107 = tosa.add %104, %106 : (tensor<1x128x768xf32>, tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    return %107 : tensor<1x128x768xf32>
  }
}

