// Imported by salsa-import-onnx from gpt2_block.onnx (ONNX opset 17, 34 nodes).
module {
  func.func @main(%arg0: tensor<1x128x768xf32> {onnx.name = "hidden_states"}, %arg1: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "ln_1.weight"}, %arg2: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "ln_1.bias"}, %arg3: tensor<1x768x2304xf32> {onnx.layout = "KN", onnx.name = "attn.c_attn.weight"}, %arg4: tensor<2304xf32> {onnx.layout = "onnx", onnx.name = "attn.c_attn.bias"}, %arg5: tensor<f32> {onnx.layout = "onnx", onnx.name = "attn.sqrt_dh"}, %arg6: tensor<f32> {onnx.layout = "onnx", onnx.name = "attn.masked"}, %arg7: tensor<1x768x768xf32> {onnx.layout = "KN", onnx.name = "attn.c_proj.weight"}, %arg8: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "attn.c_proj.bias"}, %arg9: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "ln_2.weight"}, %arg10: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "ln_2.bias"}, %arg11: tensor<1x768x3072xf32> {onnx.layout = "KN", onnx.name = "mlp.c_fc.weight"}, %arg12: tensor<3072xf32> {onnx.layout = "onnx", onnx.name = "mlp.c_fc.bias"}, %arg13: tensor<f32> {onnx.layout = "onnx", onnx.name = "mlp.gelu/three"}, %arg14: tensor<f32> {onnx.layout = "onnx", onnx.name = "mlp.gelu/k"}, %arg15: tensor<f32> {onnx.layout = "onnx", onnx.name = "mlp.gelu/s"}, %arg16: tensor<f32> {onnx.layout = "onnx", onnx.name = "mlp.gelu/one"}, %arg17: tensor<f32> {onnx.layout = "onnx", onnx.name = "mlp.gelu/half"}, %arg18: tensor<1x3072x768xf32> {onnx.layout = "KN", onnx.name = "mlp.c_proj.weight"}, %arg19: tensor<768xf32> {onnx.layout = "onnx", onnx.name = "mlp.c_proj.bias"}) -> tensor<1x128x768xf32> {
    %0 = "tosa.const"() <{values = dense<0.00130208337> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %1 = tosa.reduce_sum %arg0 {axis = 2 : i32} : (tensor<1x128x768xf32>) -> tensor<1x128x1xf32>
    %2 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %3 = tosa.mul %1, %0, %2 : (tensor<1x128x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x128x1xf32>
    %4 = tosa.sub %arg0, %3 : (tensor<1x128x768xf32>, tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %5 = tosa.mul %4, %4, %2 : (tensor<1x128x768xf32>, tensor<1x128x768xf32>, tensor<1xi8>) -> tensor<1x128x768xf32>
    %6 = tosa.reduce_sum %5 {axis = 2 : i32} : (tensor<1x128x768xf32>) -> tensor<1x128x1xf32>
    %7 = tosa.mul %6, %0, %2 : (tensor<1x128x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x128x1xf32>
    %8 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %9 = tosa.add %7, %8 : (tensor<1x128x1xf32>, tensor<1x1x1xf32>) -> tensor<1x128x1xf32>
    %10 = tosa.rsqrt %9 : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %11 = tosa.mul %4, %10, %2 : (tensor<1x128x768xf32>, tensor<1x128x1xf32>, tensor<1xi8>) -> tensor<1x128x768xf32>
    %12 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %13 = tosa.reshape %arg1, %12 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %14 = tosa.mul %11, %13, %2 : (tensor<1x128x768xf32>, tensor<1x1x768xf32>, tensor<1xi8>) -> tensor<1x128x768xf32>
    %15 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %16 = tosa.reshape %arg2, %15 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %17 = tosa.add %14, %16 : (tensor<1x128x768xf32>, tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %18 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %19 = tosa.matmul %17, %arg3, %18, %18 : (tensor<1x128x768xf32>, tensor<1x768x2304xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x128x2304xf32>
    %20 = tosa.const_shape  {values = dense<[1, 1, 2304]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %21 = tosa.reshape %arg4, %20 : (tensor<2304xf32>, !tosa.shape<3>) -> tensor<1x1x2304xf32>
    %22 = tosa.add %19, %21 : (tensor<1x128x2304xf32>, tensor<1x1x2304xf32>) -> tensor<1x128x2304xf32>
    %23 = tosa.const_shape  {values = dense<[1, 128, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %24 = tosa.const_shape  {values = dense<0> : tensor<3xindex>} : () -> !tosa.shape<3>
    %25 = tosa.slice %22, %24, %23 : (tensor<1x128x2304xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<1x128x768xf32>
    %26 = tosa.const_shape  {values = dense<[1, 128, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %27 = tosa.const_shape  {values = dense<[0, 0, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %28 = tosa.slice %22, %27, %26 : (tensor<1x128x2304xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<1x128x768xf32>
    %29 = tosa.const_shape  {values = dense<[1, 128, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %30 = tosa.const_shape  {values = dense<[0, 0, 1536]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %31 = tosa.slice %22, %30, %29 : (tensor<1x128x2304xf32>, !tosa.shape<3>, !tosa.shape<3>) -> tensor<1x128x768xf32>
    %32 = tosa.const_shape  {values = dense<[1, 128, 12, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %33 = tosa.reshape %25, %32 : (tensor<1x128x768xf32>, !tosa.shape<4>) -> tensor<1x128x12x64xf32>
    %34 = tosa.transpose %33 {perms = array<i32: 0, 2, 1, 3>} : (tensor<1x128x12x64xf32>) -> tensor<1x12x128x64xf32>
    %35 = tosa.const_shape  {values = dense<[1, 128, 12, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %36 = tosa.reshape %28, %35 : (tensor<1x128x768xf32>, !tosa.shape<4>) -> tensor<1x128x12x64xf32>
    %37 = tosa.transpose %36 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x128x12x64xf32>) -> tensor<1x12x64x128xf32>
    %38 = tosa.const_shape  {values = dense<[1, 128, 12, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %39 = tosa.reshape %31, %38 : (tensor<1x128x768xf32>, !tosa.shape<4>) -> tensor<1x128x12x64xf32>
    %40 = tosa.transpose %39 {perms = array<i32: 0, 2, 1, 3>} : (tensor<1x128x12x64xf32>) -> tensor<1x12x128x64xf32>
    %41 = tosa.const_shape  {values = dense<[12, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %42 = tosa.reshape %34, %41 : (tensor<1x12x128x64xf32>, !tosa.shape<3>) -> tensor<12x128x64xf32>
    %43 = tosa.const_shape  {values = dense<[12, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %44 = tosa.reshape %37, %43 : (tensor<1x12x64x128xf32>, !tosa.shape<3>) -> tensor<12x64x128xf32>
    %45 = tosa.matmul %42, %44, %18, %18 : (tensor<12x128x64xf32>, tensor<12x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<12x128x128xf32>
    %46 = tosa.const_shape  {values = dense<[1, 12, 128, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %47 = tosa.reshape %45, %46 : (tensor<12x128x128xf32>, !tosa.shape<4>) -> tensor<1x12x128x128xf32>
    %48 = tosa.const_shape  {values = dense<1> : tensor<4xindex>} : () -> !tosa.shape<4>
    %49 = tosa.reshape %arg5, %48 : (tensor<f32>, !tosa.shape<4>) -> tensor<1x1x1x1xf32>
    %50 = tosa.reciprocal %49 : (tensor<1x1x1x1xf32>) -> tensor<1x1x1x1xf32>
    %51 = tosa.mul %47, %50, %2 : (tensor<1x12x128x128xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x12x128x128xf32>
    %52 = "tosa.const"() <{values = dense<"0x0100000000000000000000000000000003000000000000000000000000000000070000000000000000000000000000000F0000000000000000000000000000001F0000000000000000000000000000003F0000000000000000000000000000007F000000000000000000000000000000FF000000000000000000000000000000FF010000000000000000000000000000FF030000000000000000000000000000FF070000000000000000000000000000FF0F0000000000000000000000000000FF1F0000000000000000000000000000FF3F0000000000000000000000000000FF7F0000000000000000000000000000FFFF0000000000000000000000000000FFFF0100000000000000000000000000FFFF0300000000000000000000000000FFFF0700000000000000000000000000FFFF0F00000000000000000000000000FFFF1F00000000000000000000000000FFFF3F00000000000000000000000000FFFF7F00000000000000000000000000FFFFFF00000000000000000000000000FFFFFF01000000000000000000000000FFFFFF03000000000000000000000000FFFFFF07000000000000000000000000FFFFFF0F000000000000000000000000FFFFFF1F000000000000000000000000FFFFFF3F000000000000000000000000FFFFFF7F000000000000000000000000FFFFFFFF000000000000000000000000FFFFFFFF010000000000000000000000FFFFFFFF030000000000000000000000FFFFFFFF070000000000000000000000FFFFFFFF0F0000000000000000000000FFFFFFFF1F0000000000000000000000FFFFFFFF3F0000000000000000000000FFFFFFFF7F0000000000000000000000FFFFFFFFFF0000000000000000000000FFFFFFFFFF0100000000000000000000FFFFFFFFFF0300000000000000000000FFFFFFFFFF0700000000000000000000FFFFFFFFFF0F00000000000000000000FFFFFFFFFF1F00000000000000000000FFFFFFFFFF3F00000000000000000000FFFFFFFFFF7F00000000000000000000FFFFFFFFFFFF00000000000000000000FFFFFFFFFFFF01000000000000000000FFFFFFFFFFFF03000000000000000000FFFFFFFFFFFF07000000000000000000FFFFFFFFFFFF0F000000000000000000FFFFFFFFFFFF1F000000000000000000FFFFFFFFFFFF3F000000000000000000FFFFFFFFFFFF7F000000000000000000FFFFFFFFFFFFFF000000000000000000FFFFFFFFFFFFFF010000000000000000FFFFFFFFFFFFFF030000000000000000FFFFFFFFFFFFFF070000000000000000FFFFFFFFFFFFFF0F0000000000000000FFFFFFFFFFFFFF1F0000000000000000FFFFFFFFFFFFFF3F0000000000000000FFFFFFFFFFFFFF7F0000000000000000FFFFFFFFFFFFFFFF0000000000000000FFFFFFFFFFFFFFFF0100000000000000FFFFFFFFFFFFFFFF0300000000000000FFFFFFFFFFFFFFFF0700000000000000FFFFFFFFFFFFFFFF0F00000000000000FFFFFFFFFFFFFFFF1F00000000000000FFFFFFFFFFFFFFFF3F00000000000000FFFFFFFFFFFFFFFF7F00000000000000FFFFFFFFFFFFFFFFFF00000000000000FFFFFFFFFFFFFFFFFF01000000000000FFFFFFFFFFFFFFFFFF03000000000000FFFFFFFFFFFFFFFFFF07000000000000FFFFFFFFFFFFFFFFFF0F000000000000FFFFFFFFFFFFFFFFFF1F000000000000FFFFFFFFFFFFFFFFFF3F000000000000FFFFFFFFFFFFFFFFFF7F000000000000FFFFFFFFFFFFFFFFFFFF000000000000FFFFFFFFFFFFFFFFFFFF010000000000FFFFFFFFFFFFFFFFFFFF030000000000FFFFFFFFFFFFFFFFFFFF070000000000FFFFFFFFFFFFFFFFFFFF0F0000000000FFFFFFFFFFFFFFFFFFFF1F0000000000FFFFFFFFFFFFFFFFFFFF3F0000000000FFFFFFFFFFFFFFFFFFFF7F0000000000FFFFFFFFFFFFFFFFFFFFFF0000000000FFFFFFFFFFFFFFFFFFFFFF0100000000FFFFFFFFFFFFFFFFFFFFFF0300000000FFFFFFFFFFFFFFFFFFFFFF0700000000FFFFFFFFFFFFFFFFFFFFFF0F00000000FFFFFFFFFFFFFFFFFFFFFF1F00000000FFFFFFFFFFFFFFFFFFFFFF3F00000000FFFFFFFFFFFFFFFFFFFFFF7F00000000FFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFFFFFFFFFF01000000FFFFFFFFFFFFFFFFFFFFFFFF03000000FFFFFFFFFFFFFFFFFFFFFFFF07000000FFFFFFFFFFFFFFFFFFFFFFFF0F000000FFFFFFFFFFFFFFFFFFFFFFFF1F000000FFFFFFFFFFFFFFFFFFFFFFFF3F000000FFFFFFFFFFFFFFFFFFFFFFFF7F000000FFFFFFFFFFFFFFFFFFFFFFFFFF000000FFFFFFFFFFFFFFFFFFFFFFFFFF010000FFFFFFFFFFFFFFFFFFFFFFFFFF030000FFFFFFFFFFFFFFFFFFFFFFFFFF070000FFFFFFFFFFFFFFFFFFFFFFFFFF0F0000FFFFFFFFFFFFFFFFFFFFFFFFFF1F0000FFFFFFFFFFFFFFFFFFFFFFFFFF3F0000FFFFFFFFFFFFFFFFFFFFFFFFFF7F0000FFFFFFFFFFFFFFFFFFFFFFFFFFFF0000FFFFFFFFFFFFFFFFFFFFFFFFFFFF0100FFFFFFFFFFFFFFFFFFFFFFFFFFFF0300FFFFFFFFFFFFFFFFFFFFFFFFFFFF0700FFFFFFFFFFFFFFFFFFFFFFFFFFFF0F00FFFFFFFFFFFFFFFFFFFFFFFFFFFF1F00FFFFFFFFFFFFFFFFFFFFFFFFFFFF3F00FFFFFFFFFFFFFFFFFFFFFFFFFFFF7F00FFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00FFFFFFFFFFFFFFFFFFFFFFFFFFFFFF01FFFFFFFFFFFFFFFFFFFFFFFFFFFFFF03FFFFFFFFFFFFFFFFFFFFFFFFFFFFFF07FFFFFFFFFFFFFFFFFFFFFFFFFFFFFF0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF1FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF3FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"> : tensor<1x1x128x128xi1>}> : () -> tensor<1x1x128x128xi1>
    %53 = tosa.const_shape  {values = dense<1> : tensor<4xindex>} : () -> !tosa.shape<4>
    %54 = tosa.reshape %arg6, %53 : (tensor<f32>, !tosa.shape<4>) -> tensor<1x1x1x1xf32>
    %55 = tosa.select %52, %51, %54 : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<1x1x1x1xf32>) -> tensor<1x12x128x128xf32>
    %56 = tosa.reduce_max %55 {axis = 3 : i32} : (tensor<1x12x128x128xf32>) -> tensor<1x12x128x1xf32>
    %57 = tosa.sub %55, %56 : (tensor<1x12x128x128xf32>, tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %58 = tosa.exp %57 : (tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %59 = tosa.reduce_sum %58 {axis = 3 : i32} : (tensor<1x12x128x128xf32>) -> tensor<1x12x128x1xf32>
    %60 = tosa.reciprocal %59 : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x1xf32>
    %61 = tosa.mul %58, %60, %2 : (tensor<1x12x128x128xf32>, tensor<1x12x128x1xf32>, tensor<1xi8>) -> tensor<1x12x128x128xf32>
    %62 = tosa.const_shape  {values = dense<[12, 128, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %63 = tosa.reshape %61, %62 : (tensor<1x12x128x128xf32>, !tosa.shape<3>) -> tensor<12x128x128xf32>
    %64 = tosa.const_shape  {values = dense<[12, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %65 = tosa.reshape %40, %64 : (tensor<1x12x128x64xf32>, !tosa.shape<3>) -> tensor<12x128x64xf32>
    %66 = tosa.matmul %63, %65, %18, %18 : (tensor<12x128x128xf32>, tensor<12x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<12x128x64xf32>
    %67 = tosa.const_shape  {values = dense<[1, 12, 128, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %68 = tosa.reshape %66, %67 : (tensor<12x128x64xf32>, !tosa.shape<4>) -> tensor<1x12x128x64xf32>
    %69 = tosa.transpose %68 {perms = array<i32: 0, 2, 1, 3>} : (tensor<1x12x128x64xf32>) -> tensor<1x128x12x64xf32>
    %70 = tosa.const_shape  {values = dense<[1, 128, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %71 = tosa.reshape %69, %70 : (tensor<1x128x12x64xf32>, !tosa.shape<3>) -> tensor<1x128x768xf32>
    %72 = tosa.matmul %71, %arg7, %18, %18 : (tensor<1x128x768xf32>, tensor<1x768x768xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x128x768xf32>
    %73 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %74 = tosa.reshape %arg8, %73 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %75 = tosa.add %72, %74 : (tensor<1x128x768xf32>, tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %76 = tosa.add %arg0, %75 : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %77 = tosa.reduce_sum %76 {axis = 2 : i32} : (tensor<1x128x768xf32>) -> tensor<1x128x1xf32>
    %78 = tosa.mul %77, %0, %2 : (tensor<1x128x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x128x1xf32>
    %79 = tosa.sub %76, %78 : (tensor<1x128x768xf32>, tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %80 = tosa.mul %79, %79, %2 : (tensor<1x128x768xf32>, tensor<1x128x768xf32>, tensor<1xi8>) -> tensor<1x128x768xf32>
    %81 = tosa.reduce_sum %80 {axis = 2 : i32} : (tensor<1x128x768xf32>) -> tensor<1x128x1xf32>
    %82 = tosa.mul %81, %0, %2 : (tensor<1x128x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x128x1xf32>
    %83 = tosa.add %82, %8 : (tensor<1x128x1xf32>, tensor<1x1x1xf32>) -> tensor<1x128x1xf32>
    %84 = tosa.rsqrt %83 : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %85 = tosa.mul %79, %84, %2 : (tensor<1x128x768xf32>, tensor<1x128x1xf32>, tensor<1xi8>) -> tensor<1x128x768xf32>
    %86 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %87 = tosa.reshape %arg9, %86 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %88 = tosa.mul %85, %87, %2 : (tensor<1x128x768xf32>, tensor<1x1x768xf32>, tensor<1xi8>) -> tensor<1x128x768xf32>
    %89 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %90 = tosa.reshape %arg10, %89 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %91 = tosa.add %88, %90 : (tensor<1x128x768xf32>, tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %92 = tosa.matmul %91, %arg11, %18, %18 : (tensor<1x128x768xf32>, tensor<1x768x3072xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x128x3072xf32>
    %93 = tosa.const_shape  {values = dense<[1, 1, 3072]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %94 = tosa.reshape %arg12, %93 : (tensor<3072xf32>, !tosa.shape<3>) -> tensor<1x1x3072xf32>
    %95 = tosa.add %92, %94 : (tensor<1x128x3072xf32>, tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %96 = tosa.const_shape  {values = dense<1> : tensor<3xindex>} : () -> !tosa.shape<3>
    %97 = tosa.reshape %arg13, %96 : (tensor<f32>, !tosa.shape<3>) -> tensor<1x1x1xf32>
    %98 = tosa.mul %95, %95, %2 : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>, tensor<1xi8>) -> tensor<1x128x3072xf32>
    %99 = tosa.mul %98, %95, %2 : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>, tensor<1xi8>) -> tensor<1x128x3072xf32>
    %100 = tosa.const_shape  {values = dense<1> : tensor<3xindex>} : () -> !tosa.shape<3>
    %101 = tosa.reshape %arg14, %100 : (tensor<f32>, !tosa.shape<3>) -> tensor<1x1x1xf32>
    %102 = tosa.mul %99, %101, %2 : (tensor<1x128x3072xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x128x3072xf32>
    %103 = tosa.add %95, %102 : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %104 = tosa.const_shape  {values = dense<1> : tensor<3xindex>} : () -> !tosa.shape<3>
    %105 = tosa.reshape %arg15, %104 : (tensor<f32>, !tosa.shape<3>) -> tensor<1x1x1xf32>
    %106 = tosa.mul %103, %105, %2 : (tensor<1x128x3072xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x128x3072xf32>
    %107 = tosa.tanh %106 : (tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %108 = tosa.const_shape  {values = dense<1> : tensor<3xindex>} : () -> !tosa.shape<3>
    %109 = tosa.reshape %arg16, %108 : (tensor<f32>, !tosa.shape<3>) -> tensor<1x1x1xf32>
    %110 = tosa.add %107, %109 : (tensor<1x128x3072xf32>, tensor<1x1x1xf32>) -> tensor<1x128x3072xf32>
    %111 = tosa.mul %95, %110, %2 : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>, tensor<1xi8>) -> tensor<1x128x3072xf32>
    %112 = tosa.const_shape  {values = dense<1> : tensor<3xindex>} : () -> !tosa.shape<3>
    %113 = tosa.reshape %arg17, %112 : (tensor<f32>, !tosa.shape<3>) -> tensor<1x1x1xf32>
    %114 = tosa.mul %111, %113, %2 : (tensor<1x128x3072xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<1x128x3072xf32>
    %115 = tosa.matmul %114, %arg18, %18, %18 : (tensor<1x128x3072xf32>, tensor<1x3072x768xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x128x768xf32>
    %116 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %117 = tosa.reshape %arg19, %116 : (tensor<768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %118 = tosa.add %115, %117 : (tensor<1x128x768xf32>, tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %119 = tosa.add %76, %118 : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    return %119 : tensor<1x128x768xf32>
  }
}

