// Imported by salsa-import-onnx from alexnet.onnx (ONNX opset 12, 24 nodes).
module {
  func.func @main(%arg0: tensor<1x3x224x224xf32> {onnx.name = "data_0"}, %arg1: tensor<96x11x11x3xf32> {onnx.layout = "OHWI", onnx.name = "conv1_w_0"}, %arg2: tensor<96xf32> {onnx.layout = "bias", onnx.name = "conv1_b_0"}, %arg3: tensor<2x128x5x5x48xf32> {onnx.layout = "GFHWC", onnx.name = "conv2_w_0"}, %arg4: tensor<256xf32> {onnx.layout = "bias", onnx.name = "conv2_b_0"}, %arg5: tensor<384x3x3x256xf32> {onnx.layout = "OHWI", onnx.name = "conv3_w_0"}, %arg6: tensor<384xf32> {onnx.layout = "bias", onnx.name = "conv3_b_0"}, %arg7: tensor<2x192x3x3x192xf32> {onnx.layout = "GFHWC", onnx.name = "conv4_w_0"}, %arg8: tensor<384xf32> {onnx.layout = "bias", onnx.name = "conv4_b_0"}, %arg9: tensor<2x128x3x3x192xf32> {onnx.layout = "GFHWC", onnx.name = "conv5_w_0"}, %arg10: tensor<256xf32> {onnx.layout = "bias", onnx.name = "conv5_b_0"}, %arg11: tensor<1x9216x4096xf32> {onnx.layout = "KN", onnx.name = "fc6_w_0"}, %arg12: tensor<4096xf32> {onnx.layout = "onnx", onnx.name = "fc6_b_0"}, %arg13: tensor<1x4096x4096xf32> {onnx.layout = "KN", onnx.name = "fc7_w_0"}, %arg14: tensor<4096xf32> {onnx.layout = "onnx", onnx.name = "fc7_b_0"}, %arg15: tensor<1x4096x1000xf32> {onnx.layout = "KN", onnx.name = "fc8_w_0"}, %arg16: tensor<1000xf32> {onnx.layout = "onnx", onnx.name = "fc8_b_0"}) -> tensor<1x1000xf32> {
    %0 = tosa.transpose %arg0 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x3x224x224xf32>) -> tensor<1x224x224x3xf32>
    %1 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2 = tosa.const_shape  {values = dense<[1, 223, 223, 3]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %3 = tosa.slice %0, %1, %2 : (tensor<1x224x224x3xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x223x223x3xf32>
    %4 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %5 = tosa.conv2d %3, %arg1, %arg2, %4, %4 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 4, 4>} : (tensor<1x223x223x3xf32>, tensor<96x11x11x3xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x54x54x96xf32>
    %6 = tosa.clamp %5 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x54x54x96xf32>) -> tensor<1x54x54x96xf32>
    %7 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %8 = tosa.mul %6, %6, %7 : (tensor<1x54x54x96xf32>, tensor<1x54x54x96xf32>, tensor<1xi8>) -> tensor<1x54x54x96xf32>
    %9 = tosa.const_shape  {values = dense<[2916, 96, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %10 = tosa.reshape %8, %9 : (tensor<1x54x54x96xf32>, !tosa.shape<4>) -> tensor<2916x96x1x1xf32>
    %11 = tosa.const_shape  {values = dense<[0, 0, 2, 2, 0, 0, 0, 0]> : tensor<8xindex>} : () -> !tosa.shape<8>
    %12 = tosa.pad %10, %11, %4 : (tensor<2916x96x1x1xf32>, !tosa.shape<8>, tensor<1xf32>) -> tensor<2916x100x1x1xf32>
    %13 = tosa.avg_pool2d %12, %4, %4 {acc_type = f32, kernel = array<i64: 5, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<2916x100x1x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2916x96x1x1xf32>
    %14 = tosa.const_shape  {values = dense<[1, 54, 54, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %15 = tosa.reshape %13, %14 : (tensor<2916x96x1x1xf32>, !tosa.shape<4>) -> tensor<1x54x54x96xf32>
    %16 = "tosa.const"() <{values = dense<9.99999974E-5> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %17 = tosa.mul %15, %16, %7 : (tensor<1x54x54x96xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x54x54x96xf32>
    %18 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %19 = tosa.add %17, %18 : (tensor<1x54x54x96xf32>, tensor<1x1x1x1xf32>) -> tensor<1x54x54x96xf32>
    %20 = "tosa.const"() <{values = dense<-7.500000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %21 = tosa.pow %19, %20 : (tensor<1x54x54x96xf32>, tensor<1x1x1x1xf32>) -> tensor<1x54x54x96xf32>
    %22 = tosa.mul %6, %21, %7 : (tensor<1x54x54x96xf32>, tensor<1x54x54x96xf32>, tensor<1xi8>) -> tensor<1x54x54x96xf32>
    %23 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[1, 53, 53, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %25 = tosa.slice %22, %23, %24 : (tensor<1x54x54x96xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x53x53x96xf32>
    %26 = tosa.max_pool2d %25 {kernel = array<i64: 3, 3>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x53x53x96xf32>) -> tensor<1x26x26x96xf32>
    %27 = tosa.const_shape  {values = dense<[1, 26, 26, 2, 48]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %28 = tosa.reshape %26, %27 : (tensor<1x26x26x96xf32>, !tosa.shape<5>) -> tensor<1x26x26x2x48xf32>
    %cst = arith.constant 0.000000e+00 : f32
    %padded = tensor.pad %28 low[0, 2, 2, 0, 0] high[0, 2, 2, 0, 0] {
    ^bb0(%arg17: index, %arg18: index, %arg19: index, %arg20: index, %arg21: index):
      tensor.yield %cst : f32
    } : tensor<1x26x26x2x48xf32> to tensor<1x30x30x2x48xf32>
    %29 = tensor.empty() : tensor<1x26x26x2x128xf32>
    %30 = linalg.fill ins(%cst : f32) outs(%29 : tensor<1x26x26x2x128xf32>) -> tensor<1x26x26x2x128xf32>
    %31 = linalg.conv_2d_nhwgc_gfhwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%padded, %arg3 : tensor<1x30x30x2x48xf32>, tensor<2x128x5x5x48xf32>) outs(%30 : tensor<1x26x26x2x128xf32>) -> tensor<1x26x26x2x128xf32>
    %32 = tosa.const_shape  {values = dense<[1, 26, 26, 256]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %33 = tosa.reshape %31, %32 : (tensor<1x26x26x2x128xf32>, !tosa.shape<4>) -> tensor<1x26x26x256xf32>
    %34 = tosa.const_shape  {values = dense<[1, 1, 1, 256]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %35 = tosa.reshape %arg4, %34 : (tensor<256xf32>, !tosa.shape<4>) -> tensor<1x1x1x256xf32>
    %36 = tosa.add %33, %35 : (tensor<1x26x26x256xf32>, tensor<1x1x1x256xf32>) -> tensor<1x26x26x256xf32>
    %37 = tosa.clamp %36 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x26x26x256xf32>) -> tensor<1x26x26x256xf32>
    %38 = tosa.mul %37, %37, %7 : (tensor<1x26x26x256xf32>, tensor<1x26x26x256xf32>, tensor<1xi8>) -> tensor<1x26x26x256xf32>
    %39 = tosa.const_shape  {values = dense<[676, 256, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %40 = tosa.reshape %38, %39 : (tensor<1x26x26x256xf32>, !tosa.shape<4>) -> tensor<676x256x1x1xf32>
    %41 = tosa.const_shape  {values = dense<[0, 0, 2, 2, 0, 0, 0, 0]> : tensor<8xindex>} : () -> !tosa.shape<8>
    %42 = tosa.pad %40, %41, %4 : (tensor<676x256x1x1xf32>, !tosa.shape<8>, tensor<1xf32>) -> tensor<676x260x1x1xf32>
    %43 = tosa.avg_pool2d %42, %4, %4 {acc_type = f32, kernel = array<i64: 5, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<676x260x1x1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<676x256x1x1xf32>
    %44 = tosa.const_shape  {values = dense<[1, 26, 26, 256]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %45 = tosa.reshape %43, %44 : (tensor<676x256x1x1xf32>, !tosa.shape<4>) -> tensor<1x26x26x256xf32>
    %46 = tosa.mul %45, %16, %7 : (tensor<1x26x26x256xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x26x26x256xf32>
    %47 = tosa.add %46, %18 : (tensor<1x26x26x256xf32>, tensor<1x1x1x1xf32>) -> tensor<1x26x26x256xf32>
    %48 = tosa.pow %47, %20 : (tensor<1x26x26x256xf32>, tensor<1x1x1x1xf32>) -> tensor<1x26x26x256xf32>
    %49 = tosa.mul %37, %48, %7 : (tensor<1x26x26x256xf32>, tensor<1x26x26x256xf32>, tensor<1xi8>) -> tensor<1x26x26x256xf32>
    %50 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %51 = tosa.const_shape  {values = dense<[1, 25, 25, 256]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %52 = tosa.slice %49, %50, %51 : (tensor<1x26x26x256xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x25x25x256xf32>
    %53 = tosa.max_pool2d %52 {kernel = array<i64: 3, 3>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x25x25x256xf32>) -> tensor<1x12x12x256xf32>
    %54 = tosa.conv2d %53, %arg5, %arg6, %4, %4 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x12x12x256xf32>, tensor<384x3x3x256xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x12x12x384xf32>
    %55 = tosa.clamp %54 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x12x12x384xf32>) -> tensor<1x12x12x384xf32>
    %56 = tosa.const_shape  {values = dense<[1, 12, 12, 2, 192]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %57 = tosa.reshape %55, %56 : (tensor<1x12x12x384xf32>, !tosa.shape<5>) -> tensor<1x12x12x2x192xf32>
    %cst_0 = arith.constant 0.000000e+00 : f32
    %padded_1 = tensor.pad %57 low[0, 1, 1, 0, 0] high[0, 1, 1, 0, 0] {
    ^bb0(%arg17: index, %arg18: index, %arg19: index, %arg20: index, %arg21: index):
      tensor.yield %cst_0 : f32
    } : tensor<1x12x12x2x192xf32> to tensor<1x14x14x2x192xf32>
    %58 = tensor.empty() : tensor<1x12x12x2x192xf32>
    %59 = linalg.fill ins(%cst_0 : f32) outs(%58 : tensor<1x12x12x2x192xf32>) -> tensor<1x12x12x2x192xf32>
    %60 = linalg.conv_2d_nhwgc_gfhwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%padded_1, %arg7 : tensor<1x14x14x2x192xf32>, tensor<2x192x3x3x192xf32>) outs(%59 : tensor<1x12x12x2x192xf32>) -> tensor<1x12x12x2x192xf32>
    %61 = tosa.const_shape  {values = dense<[1, 12, 12, 384]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %62 = tosa.reshape %60, %61 : (tensor<1x12x12x2x192xf32>, !tosa.shape<4>) -> tensor<1x12x12x384xf32>
    %63 = tosa.const_shape  {values = dense<[1, 1, 1, 384]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %64 = tosa.reshape %arg8, %63 : (tensor<384xf32>, !tosa.shape<4>) -> tensor<1x1x1x384xf32>
    %65 = tosa.add %62, %64 : (tensor<1x12x12x384xf32>, tensor<1x1x1x384xf32>) -> tensor<1x12x12x384xf32>
    %66 = tosa.clamp %65 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x12x12x384xf32>) -> tensor<1x12x12x384xf32>
    %67 = tosa.const_shape  {values = dense<[1, 12, 12, 2, 192]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %68 = tosa.reshape %66, %67 : (tensor<1x12x12x384xf32>, !tosa.shape<5>) -> tensor<1x12x12x2x192xf32>
    %cst_2 = arith.constant 0.000000e+00 : f32
    %padded_3 = tensor.pad %68 low[0, 1, 1, 0, 0] high[0, 1, 1, 0, 0] {
    ^bb0(%arg17: index, %arg18: index, %arg19: index, %arg20: index, %arg21: index):
      tensor.yield %cst_2 : f32
    } : tensor<1x12x12x2x192xf32> to tensor<1x14x14x2x192xf32>
    %69 = tensor.empty() : tensor<1x12x12x2x128xf32>
    %70 = linalg.fill ins(%cst_2 : f32) outs(%69 : tensor<1x12x12x2x128xf32>) -> tensor<1x12x12x2x128xf32>
    %71 = linalg.conv_2d_nhwgc_gfhwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%padded_3, %arg9 : tensor<1x14x14x2x192xf32>, tensor<2x128x3x3x192xf32>) outs(%70 : tensor<1x12x12x2x128xf32>) -> tensor<1x12x12x2x128xf32>
    %72 = tosa.const_shape  {values = dense<[1, 12, 12, 256]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %73 = tosa.reshape %71, %72 : (tensor<1x12x12x2x128xf32>, !tosa.shape<4>) -> tensor<1x12x12x256xf32>
    %74 = tosa.const_shape  {values = dense<[1, 1, 1, 256]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %75 = tosa.reshape %arg10, %74 : (tensor<256xf32>, !tosa.shape<4>) -> tensor<1x1x1x256xf32>
    %76 = tosa.add %73, %75 : (tensor<1x12x12x256xf32>, tensor<1x1x1x256xf32>) -> tensor<1x12x12x256xf32>
    %77 = tosa.clamp %76 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x12x12x256xf32>) -> tensor<1x12x12x256xf32>
    %78 = tosa.max_pool2d %77 {kernel = array<i64: 3, 3>, pad = array<i64: 0, 1, 0, 1>, stride = array<i64: 2, 2>} : (tensor<1x12x12x256xf32>) -> tensor<1x6x6x256xf32>
    %79 = tosa.transpose %78 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x6x6x256xf32>) -> tensor<1x256x6x6xf32>
    %80 = tosa.const_shape  {values = dense<[1, 9216]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %81 = tosa.reshape %79, %80 : (tensor<1x256x6x6xf32>, !tosa.shape<2>) -> tensor<1x9216xf32>
    %82 = tosa.const_shape  {values = dense<[1, 1, 9216]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %83 = tosa.reshape %81, %82 : (tensor<1x9216xf32>, !tosa.shape<3>) -> tensor<1x1x9216xf32>
    %84 = tosa.matmul %83, %arg11, %4, %4 : (tensor<1x1x9216xf32>, tensor<1x9216x4096xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x4096xf32>
    %85 = tosa.const_shape  {values = dense<[1, 4096]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %86 = tosa.reshape %84, %85 : (tensor<1x1x4096xf32>, !tosa.shape<2>) -> tensor<1x4096xf32>
    %87 = tosa.const_shape  {values = dense<[1, 4096]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %88 = tosa.reshape %arg12, %87 : (tensor<4096xf32>, !tosa.shape<2>) -> tensor<1x4096xf32>
    %89 = tosa.add %86, %88 : (tensor<1x4096xf32>, tensor<1x4096xf32>) -> tensor<1x4096xf32>
    %90 = tosa.clamp %89 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4096xf32>) -> tensor<1x4096xf32>
    %91 = tosa.const_shape  {values = dense<[1, 1, 4096]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %92 = tosa.reshape %90, %91 : (tensor<1x4096xf32>, !tosa.shape<3>) -> tensor<1x1x4096xf32>
    %93 = tosa.matmul %92, %arg13, %4, %4 : (tensor<1x1x4096xf32>, tensor<1x4096x4096xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x4096xf32>
    %94 = tosa.const_shape  {values = dense<[1, 4096]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %95 = tosa.reshape %93, %94 : (tensor<1x1x4096xf32>, !tosa.shape<2>) -> tensor<1x4096xf32>
    %96 = tosa.const_shape  {values = dense<[1, 4096]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %97 = tosa.reshape %arg14, %96 : (tensor<4096xf32>, !tosa.shape<2>) -> tensor<1x4096xf32>
    %98 = tosa.add %95, %97 : (tensor<1x4096xf32>, tensor<1x4096xf32>) -> tensor<1x4096xf32>
    %99 = tosa.clamp %98 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4096xf32>) -> tensor<1x4096xf32>
    %100 = tosa.const_shape  {values = dense<[1, 1, 4096]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %101 = tosa.reshape %99, %100 : (tensor<1x4096xf32>, !tosa.shape<3>) -> tensor<1x1x4096xf32>
    %102 = tosa.matmul %101, %arg15, %4, %4 : (tensor<1x1x4096xf32>, tensor<1x4096x1000xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1000xf32>
    %103 = tosa.const_shape  {values = dense<[1, 1000]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %104 = tosa.reshape %102, %103 : (tensor<1x1x1000xf32>, !tosa.shape<2>) -> tensor<1x1000xf32>
    %105 = tosa.const_shape  {values = dense<[1, 1000]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %106 = tosa.reshape %arg16, %105 : (tensor<1000xf32>, !tosa.shape<2>) -> tensor<1x1000xf32>
    %107 = tosa.add %104, %106 : (tensor<1x1000xf32>, tensor<1x1000xf32>) -> tensor<1x1000xf32>
    %108 = tosa.reduce_max %107 {axis = 1 : i32} : (tensor<1x1000xf32>) -> tensor<1x1xf32>
    %109 = tosa.sub %107, %108 : (tensor<1x1000xf32>, tensor<1x1xf32>) -> tensor<1x1000xf32>
    %110 = tosa.exp %109 : (tensor<1x1000xf32>) -> tensor<1x1000xf32>
    %111 = tosa.reduce_sum %110 {axis = 1 : i32} : (tensor<1x1000xf32>) -> tensor<1x1xf32>
    %112 = tosa.reciprocal %111 : (tensor<1x1xf32>) -> tensor<1x1xf32>
    %113 = tosa.mul %110, %112, %7 : (tensor<1x1000xf32>, tensor<1x1xf32>, tensor<1xi8>) -> tensor<1x1000xf32>
    return %113 : tensor<1x1000xf32>
  }
}

