// Imported by salsa-import-onnx from resnet18.onnx (ONNX opset 14, 49 nodes).
module {
  func.func @main(%arg0: tensor<1x3x224x224xf32> {onnx.name = "input.1"}, %arg1: tensor<64x7x7x3xf32> {onnx.layout = "OHWI", onnx.name = "onnx::Conv_193"}, %arg2: tensor<64xf32> {onnx.layout = "bias", onnx.name = "onnx::Conv_194"}, %arg3: tensor<64x3x3x64xf32> {onnx.layout = "OHWI", onnx.name = "onnx::Conv_196"}, %arg4: tensor<64xf32> {onnx.layout = "bias", onnx.name = "onnx::Conv_197"}, %arg5: tensor<64x3x3x64xf32> {onnx.layout = "OHWI", onnx.name = "onnx::Conv_199"}, %arg6: tensor<64xf32> {onnx.layout = "bias", onnx.name = "onnx::Conv_200"}, %arg7: tensor<64x3x3x64xf32> {onnx.layout = "OHWI", onnx.name = "onnx::Conv_202"}, %arg8: tensor<64xf32> {onnx.layout = "bias", onnx.name = "onnx::Conv_203"}, %arg9: tensor<64x3x3x64xf32> {onnx.layout = "OHWI", onnx.name = "onnx::Conv_205"}, %arg10: tensor<64xf32> {onnx.layout = "bias", onnx.name = "onnx::Conv_206"}, %arg11: tensor<128x3x3x64xf32> {onnx.layout = "OHWI", onnx.name = "onnx::Conv_208"}, %arg12: tensor<128xf32> {onnx.layout = "bias", onnx.name = "onnx::Conv_209"}, %arg13: tensor<128x3x3x128xf32> {onnx.layout = "OHWI", onnx.name = "onnx::Conv_211"}, %arg14: tensor<128xf32> {onnx.layout = "bias", onnx.name = "onnx::Conv_212"}, %arg15: tensor<128x1x1x64xf32> {onnx.layout = "OHWI", onnx.name = "onnx::Conv_214"}, %arg16: tensor<128xf32> {onnx.layout = "bias", onnx.name = "onnx::Conv_215"}, %arg17: tensor<128x3x3x128xf32> {onnx.layout = "OHWI", onnx.name = "onnx::Conv_217"}, %arg18: tensor<128xf32> {onnx.layout = "bias", onnx.name = "onnx::Conv_218"}, %arg19: tensor<128x3x3x128xf32> {onnx.layout = "OHWI", onnx.name = "onnx::Conv_220"}, %arg20: tensor<128xf32> {onnx.layout = "bias", onnx.name = "onnx::Conv_221"}, %arg21: tensor<256x3x3x128xf32> {onnx.layout = "OHWI", onnx.name = "onnx::Conv_223"}, %arg22: tensor<256xf32> {onnx.layout = "bias", onnx.name = "onnx::Conv_224"}, %arg23: tensor<256x3x3x256xf32> {onnx.layout = "OHWI", onnx.name = "onnx::Conv_226"}, %arg24: tensor<256xf32> {onnx.layout = "bias", onnx.name = "onnx::Conv_227"}, %arg25: tensor<256x1x1x128xf32> {onnx.layout = "OHWI", onnx.name = "onnx::Conv_229"}, %arg26: tensor<256xf32> {onnx.layout = "bias", onnx.name = "onnx::Conv_230"}, %arg27: tensor<256x3x3x256xf32> {onnx.layout = "OHWI", onnx.name = "onnx::Conv_232"}, %arg28: tensor<256xf32> {onnx.layout = "bias", onnx.name = "onnx::Conv_233"}, %arg29: tensor<256x3x3x256xf32> {onnx.layout = "OHWI", onnx.name = "onnx::Conv_235"}, %arg30: tensor<256xf32> {onnx.layout = "bias", onnx.name = "onnx::Conv_236"}, %arg31: tensor<512x3x3x256xf32> {onnx.layout = "OHWI", onnx.name = "onnx::Conv_238"}, %arg32: tensor<512xf32> {onnx.layout = "bias", onnx.name = "onnx::Conv_239"}, %arg33: tensor<512x3x3x512xf32> {onnx.layout = "OHWI", onnx.name = "onnx::Conv_241"}, %arg34: tensor<512xf32> {onnx.layout = "bias", onnx.name = "onnx::Conv_242"}, %arg35: tensor<512x1x1x256xf32> {onnx.layout = "OHWI", onnx.name = "onnx::Conv_244"}, %arg36: tensor<512xf32> {onnx.layout = "bias", onnx.name = "onnx::Conv_245"}, %arg37: tensor<512x3x3x512xf32> {onnx.layout = "OHWI", onnx.name = "onnx::Conv_247"}, %arg38: tensor<512xf32> {onnx.layout = "bias", onnx.name = "onnx::Conv_248"}, %arg39: tensor<512x3x3x512xf32> {onnx.layout = "OHWI", onnx.name = "onnx::Conv_250"}, %arg40: tensor<512xf32> {onnx.layout = "bias", onnx.name = "onnx::Conv_251"}, %arg41: tensor<1x512x1000xf32> {onnx.layout = "KN", onnx.name = "fc.weight"}, %arg42: tensor<1000xf32> {onnx.layout = "onnx", onnx.name = "fc.bias"}) -> tensor<1x1000xf32> {
    %0 = tosa.transpose %arg0 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x3x224x224xf32>) -> tensor<1x224x224x3xf32>
    %1 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2 = tosa.conv2d %0, %arg1, %arg2, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 3, 2, 3, 2>, stride = array<i64: 2, 2>} : (tensor<1x224x224x3xf32>, tensor<64x7x7x3xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x112x112x64xf32>
    %3 = tosa.clamp %2 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x112x112x64xf32>) -> tensor<1x112x112x64xf32>
    %4 = tosa.max_pool2d %3 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x112x112x64xf32>) -> tensor<1x56x56x64xf32>
    %5 = tosa.conv2d %4, %arg3, %arg4, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x56x56x64xf32>, tensor<64x3x3x64xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x64xf32>
    %6 = tosa.clamp %5 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x64xf32>) -> tensor<1x56x56x64xf32>
    %7 = tosa.conv2d %6, %arg5, %arg6, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x56x56x64xf32>, tensor<64x3x3x64xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x64xf32>
    %8 = tosa.add %7, %4 : (tensor<1x56x56x64xf32>, tensor<1x56x56x64xf32>) -> tensor<1x56x56x64xf32>
    %9 = tosa.clamp %8 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x64xf32>) -> tensor<1x56x56x64xf32>
    %10 = tosa.conv2d %9, %arg7, %arg8, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x56x56x64xf32>, tensor<64x3x3x64xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x64xf32>
    %11 = tosa.clamp %10 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x64xf32>) -> tensor<1x56x56x64xf32>
    %12 = tosa.conv2d %11, %arg9, %arg10, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x56x56x64xf32>, tensor<64x3x3x64xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x64xf32>
    %13 = tosa.add %12, %9 : (tensor<1x56x56x64xf32>, tensor<1x56x56x64xf32>) -> tensor<1x56x56x64xf32>
    %14 = tosa.clamp %13 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x64xf32>) -> tensor<1x56x56x64xf32>
    %15 = tosa.conv2d %14, %arg11, %arg12, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x56x56x64xf32>, tensor<128x3x3x64xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %16 = tosa.clamp %15 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %17 = tosa.conv2d %16, %arg13, %arg14, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x128xf32>, tensor<128x3x3x128xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %18 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %19 = tosa.const_shape  {values = dense<[1, 55, 55, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %20 = tosa.slice %14, %18, %19 : (tensor<1x56x56x64xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x55x55x64xf32>
    %21 = tosa.conv2d %20, %arg15, %arg16, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x55x55x64xf32>, tensor<128x1x1x64xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %22 = tosa.add %17, %21 : (tensor<1x28x28x128xf32>, tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %23 = tosa.clamp %22 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %24 = tosa.conv2d %23, %arg17, %arg18, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x128xf32>, tensor<128x3x3x128xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %25 = tosa.clamp %24 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %26 = tosa.conv2d %25, %arg19, %arg20, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x128xf32>, tensor<128x3x3x128xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %27 = tosa.add %26, %23 : (tensor<1x28x28x128xf32>, tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %28 = tosa.clamp %27 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %29 = tosa.conv2d %28, %arg21, %arg22, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x28x28x128xf32>, tensor<256x3x3x128xf32>, tensor<256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x256xf32>
    %30 = tosa.clamp %29 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x256xf32>) -> tensor<1x14x14x256xf32>
    %31 = tosa.conv2d %30, %arg23, %arg24, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x256xf32>, tensor<256x3x3x256xf32>, tensor<256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x256xf32>
    %32 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %33 = tosa.const_shape  {values = dense<[1, 27, 27, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %34 = tosa.slice %28, %32, %33 : (tensor<1x28x28x128xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x27x27x128xf32>
    %35 = tosa.conv2d %34, %arg25, %arg26, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x27x27x128xf32>, tensor<256x1x1x128xf32>, tensor<256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x256xf32>
    %36 = tosa.add %31, %35 : (tensor<1x14x14x256xf32>, tensor<1x14x14x256xf32>) -> tensor<1x14x14x256xf32>
    %37 = tosa.clamp %36 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x256xf32>) -> tensor<1x14x14x256xf32>
    %38 = tosa.conv2d %37, %arg27, %arg28, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x256xf32>, tensor<256x3x3x256xf32>, tensor<256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x256xf32>
    %39 = tosa.clamp %38 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x256xf32>) -> tensor<1x14x14x256xf32>
    %40 = tosa.conv2d %39, %arg29, %arg30, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x256xf32>, tensor<256x3x3x256xf32>, tensor<256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x256xf32>
    %41 = tosa.add %40, %37 : (tensor<1x14x14x256xf32>, tensor<1x14x14x256xf32>) -> tensor<1x14x14x256xf32>
    %42 = tosa.clamp %41 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x256xf32>) -> tensor<1x14x14x256xf32>
    %43 = tosa.conv2d %42, %arg31, %arg32, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x256xf32>, tensor<512x3x3x256xf32>, tensor<512xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x512xf32>
    %44 = tosa.clamp %43 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x512xf32>) -> tensor<1x7x7x512xf32>
    %45 = tosa.conv2d %44, %arg33, %arg34, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x512xf32>, tensor<512x3x3x512xf32>, tensor<512xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x512xf32>
    %46 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %47 = tosa.const_shape  {values = dense<[1, 13, 13, 256]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %48 = tosa.slice %42, %46, %47 : (tensor<1x14x14x256xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x13x13x256xf32>
    %49 = tosa.conv2d %48, %arg35, %arg36, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x13x13x256xf32>, tensor<512x1x1x256xf32>, tensor<512xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x512xf32>
    %50 = tosa.add %45, %49 : (tensor<1x7x7x512xf32>, tensor<1x7x7x512xf32>) -> tensor<1x7x7x512xf32>
    %51 = tosa.clamp %50 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x512xf32>) -> tensor<1x7x7x512xf32>
    %52 = tosa.conv2d %51, %arg37, %arg38, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x512xf32>, tensor<512x3x3x512xf32>, tensor<512xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x512xf32>
    %53 = tosa.clamp %52 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x512xf32>) -> tensor<1x7x7x512xf32>
    %54 = tosa.conv2d %53, %arg39, %arg40, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x512xf32>, tensor<512x3x3x512xf32>, tensor<512xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x512xf32>
    %55 = tosa.add %54, %51 : (tensor<1x7x7x512xf32>, tensor<1x7x7x512xf32>) -> tensor<1x7x7x512xf32>
    %56 = tosa.clamp %55 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x512xf32>) -> tensor<1x7x7x512xf32>
    %57 = tosa.avg_pool2d %56, %1, %1 {acc_type = f32, kernel = array<i64: 7, 7>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x512xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x512xf32>
    %58 = tosa.transpose %57 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x1x1x512xf32>) -> tensor<1x512x1x1xf32>
    %59 = tosa.const_shape  {values = dense<[1, 512]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %60 = tosa.reshape %58, %59 : (tensor<1x512x1x1xf32>, !tosa.shape<2>) -> tensor<1x512xf32>
    %61 = tosa.const_shape  {values = dense<[1, 1, 512]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %62 = tosa.reshape %60, %61 : (tensor<1x512xf32>, !tosa.shape<3>) -> tensor<1x1x512xf32>
    %63 = tosa.matmul %62, %arg41, %1, %1 : (tensor<1x1x512xf32>, tensor<1x512x1000xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1000xf32>
    %64 = tosa.const_shape  {values = dense<[1, 1000]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %65 = tosa.reshape %63, %64 : (tensor<1x1x1000xf32>, !tosa.shape<2>) -> tensor<1x1000xf32>
    %66 = tosa.const_shape  {values = dense<[1, 1000]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %67 = tosa.reshape %arg42, %66 : (tensor<1000xf32>, !tosa.shape<2>) -> tensor<1x1000xf32>
    %68 = tosa.add %65, %67 : (tensor<1x1000xf32>, tensor<1x1000xf32>) -> tensor<1x1000xf32>
    return %68 : tensor<1x1000xf32>
  }
}

