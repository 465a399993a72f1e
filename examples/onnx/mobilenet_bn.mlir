// Imported by salsa-import-onnx from mobilenet_bn.onnx (ONNX opset 14, 80 nodes).
module {
  func.func @main(%arg0: tensor<1x3x224x224xf32> {onnx.name = "input"}, %arg1: tensor<32xf32> {onnx.layout = "onnx", onnx.name = "stem.bn.weight"}, %arg2: tensor<32xf32> {onnx.layout = "onnx", onnx.name = "stem.bn.bias"}, %arg3: tensor<32xf32> {onnx.layout = "onnx", onnx.name = "stem.bn.running_mean"}, %arg4: tensor<32xf32> {onnx.layout = "onnx", onnx.name = "stem.bn.running_var"}, %arg5: tensor<32x3x3x3xf32> {onnx.layout = "OHWI", onnx.name = "stem.conv.weight"}, %arg6: tensor<32xf32> {onnx.layout = "onnx", onnx.name = "block0.dw.bn.weight"}, %arg7: tensor<32xf32> {onnx.layout = "onnx", onnx.name = "block0.dw.bn.bias"}, %arg8: tensor<32xf32> {onnx.layout = "onnx", onnx.name = "block0.dw.bn.running_mean"}, %arg9: tensor<32xf32> {onnx.layout = "onnx", onnx.name = "block0.dw.bn.running_var"}, %arg10: tensor<3x3x32x1xf32> {onnx.layout = "HWCM", onnx.name = "block0.dw.conv.weight"}, %arg11: tensor<16xf32> {onnx.layout = "onnx", onnx.name = "block0.pw.bn.weight"}, %arg12: tensor<16xf32> {onnx.layout = "onnx", onnx.name = "block0.pw.bn.bias"}, %arg13: tensor<16xf32> {onnx.layout = "onnx", onnx.name = "block0.pw.bn.running_mean"}, %arg14: tensor<16xf32> {onnx.layout = "onnx", onnx.name = "block0.pw.bn.running_var"}, %arg15: tensor<16x1x1x32xf32> {onnx.layout = "OHWI", onnx.name = "block0.pw.conv.weight"}, %arg16: tensor<64xf32> {onnx.layout = "onnx", onnx.name = "block1.expand.bn.weight"}, %arg17: tensor<64xf32> {onnx.layout = "onnx", onnx.name = "block1.expand.bn.bias"}, %arg18: tensor<64xf32> {onnx.layout = "onnx", onnx.name = "block1.expand.bn.running_mean"}, %arg19: tensor<64xf32> {onnx.layout = "onnx", onnx.name = "block1.expand.bn.running_var"}, %arg20: tensor<64x1x1x16xf32> {onnx.layout = "OHWI", onnx.name = "block1.expand.conv.weight"}, %arg21: tensor<64xf32> {onnx.layout = "onnx", onnx.name = "block1.dw.bn.weight"}, %arg22: tensor<64xf32> {onnx.layout = "onnx", onnx.name = "block1.dw.bn.bias"}, %arg23: tensor<64xf32> {onnx.layout = "onnx", onnx.name = "block1.dw.bn.running_mean"}, %arg24: tensor<64xf32> {onnx.layout = "onnx", onnx.name = "block1.dw.bn.running_var"}, %arg25: tensor<3x3x64x1xf32> {onnx.layout = "HWCM", onnx.name = "block1.dw.conv.weight"}, %arg26: tensor<24xf32> {onnx.layout = "onnx", onnx.name = "block1.project.bn.weight"}, %arg27: tensor<24xf32> {onnx.layout = "onnx", onnx.name = "block1.project.bn.bias"}, %arg28: tensor<24xf32> {onnx.layout = "onnx", onnx.name = "block1.project.bn.running_mean"}, %arg29: tensor<24xf32> {onnx.layout = "onnx", onnx.name = "block1.project.bn.running_var"}, %arg30: tensor<24x1x1x64xf32> {onnx.layout = "OHWI", onnx.name = "block1.project.conv.weight"}, %arg31: tensor<96xf32> {onnx.layout = "onnx", onnx.name = "block2.expand.bn.weight"}, %arg32: tensor<96xf32> {onnx.layout = "onnx", onnx.name = "block2.expand.bn.bias"}, %arg33: tensor<96xf32> {onnx.layout = "onnx", onnx.name = "block2.expand.bn.running_mean"}, %arg34: tensor<96xf32> {onnx.layout = "onnx", onnx.name = "block2.expand.bn.running_var"}, %arg35: tensor<96x1x1x24xf32> {onnx.layout = "OHWI", onnx.name = "block2.expand.conv.weight"}, %arg36: tensor<96xf32> {onnx.layout = "onnx", onnx.name = "block2.dw.bn.weight"}, %arg37: tensor<96xf32> {onnx.layout = "onnx", onnx.name = "block2.dw.bn.bias"}, %arg38: tensor<96xf32> {onnx.layout = "onnx", onnx.name = "block2.dw.bn.running_mean"}, %arg39: tensor<96xf32> {onnx.layout = "onnx", onnx.name = "block2.dw.bn.running_var"}, %arg40: tensor<3x3x96x1xf32> {onnx.layout = "HWCM", onnx.name = "block2.dw.conv.weight"}, %arg41: tensor<24xf32> {onnx.layout = "onnx", onnx.name = "block2.project.bn.weight"}, %arg42: tensor<24xf32> {onnx.layout = "onnx", onnx.name = "block2.project.bn.bias"}, %arg43: tensor<24xf32> {onnx.layout = "onnx", onnx.name = "block2.project.bn.running_mean"}, %arg44: tensor<24xf32> {onnx.layout = "onnx", onnx.name = "block2.project.bn.running_var"}, %arg45: tensor<24x1x1x96xf32> {onnx.layout = "OHWI", onnx.name = "block2.project.conv.weight"}, %arg46: tensor<96xf32> {onnx.layout = "onnx", onnx.name = "block3.expand.bn.weight"}, %arg47: tensor<96xf32> {onnx.layout = "onnx", onnx.name = "block3.expand.bn.bias"}, %arg48: tensor<96xf32> {onnx.layout = "onnx", onnx.name = "block3.expand.bn.running_mean"}, %arg49: tensor<96xf32> {onnx.layout = "onnx", onnx.name = "block3.expand.bn.running_var"}, %arg50: tensor<96x1x1x24xf32> {onnx.layout = "OHWI", onnx.name = "block3.expand.conv.weight"}, %arg51: tensor<96xf32> {onnx.layout = "onnx", onnx.name = "block3.dw.bn.weight"}, %arg52: tensor<96xf32> {onnx.layout = "onnx", onnx.name = "block3.dw.bn.bias"}, %arg53: tensor<96xf32> {onnx.layout = "onnx", onnx.name = "block3.dw.bn.running_mean"}, %arg54: tensor<96xf32> {onnx.layout = "onnx", onnx.name = "block3.dw.bn.running_var"}, %arg55: tensor<3x3x96x1xf32> {onnx.layout = "HWCM", onnx.name = "block3.dw.conv.weight"}, %arg56: tensor<40xf32> {onnx.layout = "onnx", onnx.name = "block3.project.bn.weight"}, %arg57: tensor<40xf32> {onnx.layout = "onnx", onnx.name = "block3.project.bn.bias"}, %arg58: tensor<40xf32> {onnx.layout = "onnx", onnx.name = "block3.project.bn.running_mean"}, %arg59: tensor<40xf32> {onnx.layout = "onnx", onnx.name = "block3.project.bn.running_var"}, %arg60: tensor<40x1x1x96xf32> {onnx.layout = "OHWI", onnx.name = "block3.project.conv.weight"}, %arg61: tensor<160xf32> {onnx.layout = "onnx", onnx.name = "block4.expand.bn.weight"}, %arg62: tensor<160xf32> {onnx.layout = "onnx", onnx.name = "block4.expand.bn.bias"}, %arg63: tensor<160xf32> {onnx.layout = "onnx", onnx.name = "block4.expand.bn.running_mean"}, %arg64: tensor<160xf32> {onnx.layout = "onnx", onnx.name = "block4.expand.bn.running_var"}, %arg65: tensor<160x1x1x40xf32> {onnx.layout = "OHWI", onnx.name = "block4.expand.conv.weight"}, %arg66: tensor<160xf32> {onnx.layout = "onnx", onnx.name = "block4.dw.bn.weight"}, %arg67: tensor<160xf32> {onnx.layout = "onnx", onnx.name = "block4.dw.bn.bias"}, %arg68: tensor<160xf32> {onnx.layout = "onnx", onnx.name = "block4.dw.bn.running_mean"}, %arg69: tensor<160xf32> {onnx.layout = "onnx", onnx.name = "block4.dw.bn.running_var"}, %arg70: tensor<3x3x160x1xf32> {onnx.layout = "HWCM", onnx.name = "block4.dw.conv.weight"}, %arg71: tensor<40xf32> {onnx.layout = "onnx", onnx.name = "block4.project.bn.weight"}, %arg72: tensor<40xf32> {onnx.layout = "onnx", onnx.name = "block4.project.bn.bias"}, %arg73: tensor<40xf32> {onnx.layout = "onnx", onnx.name = "block4.project.bn.running_mean"}, %arg74: tensor<40xf32> {onnx.layout = "onnx", onnx.name = "block4.project.bn.running_var"}, %arg75: tensor<40x1x1x160xf32> {onnx.layout = "OHWI", onnx.name = "block4.project.conv.weight"}, %arg76: tensor<240xf32> {onnx.layout = "onnx", onnx.name = "block5.expand.bn.weight"}, %arg77: tensor<240xf32> {onnx.layout = "onnx", onnx.name = "block5.expand.bn.bias"}, %arg78: tensor<240xf32> {onnx.layout = "onnx", onnx.name = "block5.expand.bn.running_mean"}, %arg79: tensor<240xf32> {onnx.layout = "onnx", onnx.name = "block5.expand.bn.running_var"}, %arg80: tensor<240x1x1x40xf32> {onnx.layout = "OHWI", onnx.name = "block5.expand.conv.weight"}, %arg81: tensor<240xf32> {onnx.layout = "onnx", onnx.name = "block5.dw.bn.weight"}, %arg82: tensor<240xf32> {onnx.layout = "onnx", onnx.name = "block5.dw.bn.bias"}, %arg83: tensor<240xf32> {onnx.layout = "onnx", onnx.name = "block5.dw.bn.running_mean"}, %arg84: tensor<240xf32> {onnx.layout = "onnx", onnx.name = "block5.dw.bn.running_var"}, %arg85: tensor<3x3x240x1xf32> {onnx.layout = "HWCM", onnx.name = "block5.dw.conv.weight"}, %arg86: tensor<80xf32> {onnx.layout = "onnx", onnx.name = "block5.project.bn.weight"}, %arg87: tensor<80xf32> {onnx.layout = "onnx", onnx.name = "block5.project.bn.bias"}, %arg88: tensor<80xf32> {onnx.layout = "onnx", onnx.name = "block5.project.bn.running_mean"}, %arg89: tensor<80xf32> {onnx.layout = "onnx", onnx.name = "block5.project.bn.running_var"}, %arg90: tensor<80x1x1x240xf32> {onnx.layout = "OHWI", onnx.name = "block5.project.conv.weight"}, %arg91: tensor<480xf32> {onnx.layout = "onnx", onnx.name = "block6.expand.bn.weight"}, %arg92: tensor<480xf32> {onnx.layout = "onnx", onnx.name = "block6.expand.bn.bias"}, %arg93: tensor<480xf32> {onnx.layout = "onnx", onnx.name = "block6.expand.bn.running_mean"}, %arg94: tensor<480xf32> {onnx.layout = "onnx", onnx.name = "block6.expand.bn.running_var"}, %arg95: tensor<480x1x1x80xf32> {onnx.layout = "OHWI", onnx.name = "block6.expand.conv.weight"}, %arg96: tensor<480xf32> {onnx.layout = "onnx", onnx.name = "block6.dw.bn.weight"}, %arg97: tensor<480xf32> {onnx.layout = "onnx", onnx.name = "block6.dw.bn.bias"}, %arg98: tensor<480xf32> {onnx.layout = "onnx", onnx.name = "block6.dw.bn.running_mean"}, %arg99: tensor<480xf32> {onnx.layout = "onnx", onnx.name = "block6.dw.bn.running_var"}, %arg100: tensor<3x3x480x1xf32> {onnx.layout = "HWCM", onnx.name = "block6.dw.conv.weight"}, %arg101: tensor<80xf32> {onnx.layout = "onnx", onnx.name = "block6.project.bn.weight"}, %arg102: tensor<80xf32> {onnx.layout = "onnx", onnx.name = "block6.project.bn.bias"}, %arg103: tensor<80xf32> {onnx.layout = "onnx", onnx.name = "block6.project.bn.running_mean"}, %arg104: tensor<80xf32> {onnx.layout = "onnx", onnx.name = "block6.project.bn.running_var"}, %arg105: tensor<80x1x1x480xf32> {onnx.layout = "OHWI", onnx.name = "block6.project.conv.weight"}, %arg106: tensor<480xf32> {onnx.layout = "onnx", onnx.name = "block7.expand.bn.weight"}, %arg107: tensor<480xf32> {onnx.layout = "onnx", onnx.name = "block7.expand.bn.bias"}, %arg108: tensor<480xf32> {onnx.layout = "onnx", onnx.name = "block7.expand.bn.running_mean"}, %arg109: tensor<480xf32> {onnx.layout = "onnx", onnx.name = "block7.expand.bn.running_var"}, %arg110: tensor<480x1x1x80xf32> {onnx.layout = "OHWI", onnx.name = "block7.expand.conv.weight"}, %arg111: tensor<480xf32> {onnx.layout = "onnx", onnx.name = "block7.dw.bn.weight"}, %arg112: tensor<480xf32> {onnx.layout = "onnx", onnx.name = "block7.dw.bn.bias"}, %arg113: tensor<480xf32> {onnx.layout = "onnx", onnx.name = "block7.dw.bn.running_mean"}, %arg114: tensor<480xf32> {onnx.layout = "onnx", onnx.name = "block7.dw.bn.running_var"}, %arg115: tensor<3x3x480x1xf32> {onnx.layout = "HWCM", onnx.name = "block7.dw.conv.weight"}, %arg116: tensor<160xf32> {onnx.layout = "onnx", onnx.name = "block7.project.bn.weight"}, %arg117: tensor<160xf32> {onnx.layout = "onnx", onnx.name = "block7.project.bn.bias"}, %arg118: tensor<160xf32> {onnx.layout = "onnx", onnx.name = "block7.project.bn.running_mean"}, %arg119: tensor<160xf32> {onnx.layout = "onnx", onnx.name = "block7.project.bn.running_var"}, %arg120: tensor<160x1x1x480xf32> {onnx.layout = "OHWI", onnx.name = "block7.project.conv.weight"}, %arg121: tensor<640xf32> {onnx.layout = "onnx", onnx.name = "head.bn.weight"}, %arg122: tensor<640xf32> {onnx.layout = "onnx", onnx.name = "head.bn.bias"}, %arg123: tensor<640xf32> {onnx.layout = "onnx", onnx.name = "head.bn.running_mean"}, %arg124: tensor<640xf32> {onnx.layout = "onnx", onnx.name = "head.bn.running_var"}, %arg125: tensor<640x1x1x160xf32> {onnx.layout = "OHWI", onnx.name = "head.conv.weight"}, %arg126: tensor<1x640x1000xf32> {onnx.layout = "KN", onnx.name = "classifier.weight"}, %arg127: tensor<1000xf32> {onnx.layout = "onnx", onnx.name = "classifier.bias"}) -> tensor<1x1000xf32> {
    %0 = tosa.transpose %arg0 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x3x224x224xf32>) -> tensor<1x224x224x3xf32>
    %1 = "tosa.const"() <{values = dense<1.000000e-03> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2 = tosa.add %arg4, %1 : (tensor<32xf32>, tensor<1xf32>) -> tensor<32xf32>
    %3 = tosa.rsqrt %2 : (tensor<32xf32>) -> tensor<32xf32>
    %4 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %5 = tosa.mul %arg1, %3, %4 : (tensor<32xf32>, tensor<32xf32>, tensor<1xi8>) -> tensor<32xf32>
    %6 = tosa.mul %arg3, %5, %4 : (tensor<32xf32>, tensor<32xf32>, tensor<1xi8>) -> tensor<32xf32>
    %7 = tosa.sub %arg2, %6 : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %8 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %9 = tosa.const_shape  {values = dense<[32, 1, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %10 = tosa.reshape %5, %9 : (tensor<32xf32>, !tosa.shape<4>) -> tensor<32x1x1x1xf32>
    %11 = tosa.mul %arg5, %10, %4 : (tensor<32x3x3x3xf32>, tensor<32x1x1x1xf32>, tensor<1xi8>) -> tensor<32x3x3x3xf32>
    %12 = tosa.conv2d %0, %11, %7, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x224x224x3xf32>, tensor<32x3x3x3xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x112x112x32xf32>
    %13 = tosa.sigmoid %12 : (tensor<1x112x112x32xf32>) -> tensor<1x112x112x32xf32>
    %14 = tosa.mul %12, %13, %4 : (tensor<1x112x112x32xf32>, tensor<1x112x112x32xf32>, tensor<1xi8>) -> tensor<1x112x112x32xf32>
    %15 = tosa.add %arg9, %1 : (tensor<32xf32>, tensor<1xf32>) -> tensor<32xf32>
    %16 = tosa.rsqrt %15 : (tensor<32xf32>) -> tensor<32xf32>
    %17 = tosa.mul %arg6, %16, %4 : (tensor<32xf32>, tensor<32xf32>, tensor<1xi8>) -> tensor<32xf32>
    %18 = tosa.mul %arg8, %17, %4 : (tensor<32xf32>, tensor<32xf32>, tensor<1xi8>) -> tensor<32xf32>
    %19 = tosa.sub %arg7, %18 : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %20 = tosa.const_shape  {values = dense<[1, 1, 32, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %21 = tosa.reshape %17, %20 : (tensor<32xf32>, !tosa.shape<4>) -> tensor<1x1x32x1xf32>
    %22 = tosa.mul %arg10, %21, %4 : (tensor<3x3x32x1xf32>, tensor<1x1x32x1xf32>, tensor<1xi8>) -> tensor<3x3x32x1xf32>
    %23 = tosa.depthwise_conv2d %14, %22, %19, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x112x112x32xf32>, tensor<3x3x32x1xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x112x112x32xf32>
    %24 = tosa.sigmoid %23 : (tensor<1x112x112x32xf32>) -> tensor<1x112x112x32xf32>
    %25 = tosa.mul %23, %24, %4 : (tensor<1x112x112x32xf32>, tensor<1x112x112x32xf32>, tensor<1xi8>) -> tensor<1x112x112x32xf32>
    %26 = tosa.add %arg14, %1 : (tensor<16xf32>, tensor<1xf32>) -> tensor<16xf32>
    %27 = tosa.rsqrt %26 : (tensor<16xf32>) -> tensor<16xf32>
    %28 = tosa.mul %arg11, %27, %4 : (tensor<16xf32>, tensor<16xf32>, tensor<1xi8>) -> tensor<16xf32>
    %29 = tosa.mul %arg13, %28, %4 : (tensor<16xf32>, tensor<16xf32>, tensor<1xi8>) -> tensor<16xf32>
    %30 = tosa.sub %arg12, %29 : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %31 = tosa.const_shape  {values = dense<[16, 1, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %32 = tosa.reshape %28, %31 : (tensor<16xf32>, !tosa.shape<4>) -> tensor<16x1x1x1xf32>
    %33 = tosa.mul %arg15, %32, %4 : (tensor<16x1x1x32xf32>, tensor<16x1x1x1xf32>, tensor<1xi8>) -> tensor<16x1x1x32xf32>
    %34 = tosa.conv2d %25, %33, %30, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x112x112x32xf32>, tensor<16x1x1x32xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x112x112x16xf32>
    %35 = tosa.add %arg19, %1 : (tensor<64xf32>, tensor<1xf32>) -> tensor<64xf32>
    %36 = tosa.rsqrt %35 : (tensor<64xf32>) -> tensor<64xf32>
    %37 = tosa.mul %arg16, %36, %4 : (tensor<64xf32>, tensor<64xf32>, tensor<1xi8>) -> tensor<64xf32>
    %38 = tosa.mul %arg18, %37, %4 : (tensor<64xf32>, tensor<64xf32>, tensor<1xi8>) -> tensor<64xf32>
    %39 = tosa.sub %arg17, %38 : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %40 = tosa.const_shape  {values = dense<[64, 1, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %41 = tosa.reshape %37, %40 : (tensor<64xf32>, !tosa.shape<4>) -> tensor<64x1x1x1xf32>
    %42 = tosa.mul %arg20, %41, %4 : (tensor<64x1x1x16xf32>, tensor<64x1x1x1xf32>, tensor<1xi8>) -> tensor<64x1x1x16xf32>
    %43 = tosa.conv2d %34, %42, %39, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x112x112x16xf32>, tensor<64x1x1x16xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x112x112x64xf32>
    %44 = tosa.sigmoid %43 : (tensor<1x112x112x64xf32>) -> tensor<1x112x112x64xf32>
    %45 = tosa.mul %43, %44, %4 : (tensor<1x112x112x64xf32>, tensor<1x112x112x64xf32>, tensor<1xi8>) -> tensor<1x112x112x64xf32>
    %46 = tosa.add %arg24, %1 : (tensor<64xf32>, tensor<1xf32>) -> tensor<64xf32>
    %47 = tosa.rsqrt %46 : (tensor<64xf32>) -> tensor<64xf32>
    %48 = tosa.mul %arg21, %47, %4 : (tensor<64xf32>, tensor<64xf32>, tensor<1xi8>) -> tensor<64xf32>
    %49 = tosa.mul %arg23, %48, %4 : (tensor<64xf32>, tensor<64xf32>, tensor<1xi8>) -> tensor<64xf32>
    %50 = tosa.sub %arg22, %49 : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %51 = tosa.const_shape  {values = dense<[1, 1, 64, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %52 = tosa.reshape %48, %51 : (tensor<64xf32>, !tosa.shape<4>) -> tensor<1x1x64x1xf32>
    %53 = tosa.mul %arg25, %52, %4 : (tensor<3x3x64x1xf32>, tensor<1x1x64x1xf32>, tensor<1xi8>) -> tensor<3x3x64x1xf32>
    %54 = tosa.depthwise_conv2d %45, %53, %50, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x112x112x64xf32>, tensor<3x3x64x1xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x64xf32>
    %55 = tosa.sigmoid %54 : (tensor<1x56x56x64xf32>) -> tensor<1x56x56x64xf32>
    %56 = tosa.mul %54, %55, %4 : (tensor<1x56x56x64xf32>, tensor<1x56x56x64xf32>, tensor<1xi8>) -> tensor<1x56x56x64xf32>
    %57 = tosa.add %arg29, %1 : (tensor<24xf32>, tensor<1xf32>) -> tensor<24xf32>
    %58 = tosa.rsqrt %57 : (tensor<24xf32>) -> tensor<24xf32>
    %59 = tosa.mul %arg26, %58, %4 : (tensor<24xf32>, tensor<24xf32>, tensor<1xi8>) -> tensor<24xf32>
    %60 = tosa.mul %arg28, %59, %4 : (tensor<24xf32>, tensor<24xf32>, tensor<1xi8>) -> tensor<24xf32>
    %61 = tosa.sub %arg27, %60 : (tensor<24xf32>, tensor<24xf32>) -> tensor<24xf32>
    %62 = tosa.const_shape  {values = dense<[24, 1, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %63 = tosa.reshape %59, %62 : (tensor<24xf32>, !tosa.shape<4>) -> tensor<24x1x1x1xf32>
    %64 = tosa.mul %arg30, %63, %4 : (tensor<24x1x1x64xf32>, tensor<24x1x1x1xf32>, tensor<1xi8>) -> tensor<24x1x1x64xf32>
    %65 = tosa.conv2d %56, %64, %61, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x64xf32>, tensor<24x1x1x64xf32>, tensor<24xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x24xf32>
    %66 = tosa.add %arg34, %1 : (tensor<96xf32>, tensor<1xf32>) -> tensor<96xf32>
    %67 = tosa.rsqrt %66 : (tensor<96xf32>) -> tensor<96xf32>
    %68 = tosa.mul %arg31, %67, %4 : (tensor<96xf32>, tensor<96xf32>, tensor<1xi8>) -> tensor<96xf32>
    %69 = tosa.mul %arg33, %68, %4 : (tensor<96xf32>, tensor<96xf32>, tensor<1xi8>) -> tensor<96xf32>
    %70 = tosa.sub %arg32, %69 : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %71 = tosa.const_shape  {values = dense<[96, 1, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %72 = tosa.reshape %68, %71 : (tensor<96xf32>, !tosa.shape<4>) -> tensor<96x1x1x1xf32>
    %73 = tosa.mul %arg35, %72, %4 : (tensor<96x1x1x24xf32>, tensor<96x1x1x1xf32>, tensor<1xi8>) -> tensor<96x1x1x24xf32>
    %74 = tosa.conv2d %65, %73, %70, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x24xf32>, tensor<96x1x1x24xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x96xf32>
    %75 = tosa.sigmoid %74 : (tensor<1x56x56x96xf32>) -> tensor<1x56x56x96xf32>
    %76 = tosa.mul %74, %75, %4 : (tensor<1x56x56x96xf32>, tensor<1x56x56x96xf32>, tensor<1xi8>) -> tensor<1x56x56x96xf32>
    %77 = tosa.add %arg39, %1 : (tensor<96xf32>, tensor<1xf32>) -> tensor<96xf32>
    %78 = tosa.rsqrt %77 : (tensor<96xf32>) -> tensor<96xf32>
    %79 = tosa.mul %arg36, %78, %4 : (tensor<96xf32>, tensor<96xf32>, tensor<1xi8>) -> tensor<96xf32>
    %80 = tosa.mul %arg38, %79, %4 : (tensor<96xf32>, tensor<96xf32>, tensor<1xi8>) -> tensor<96xf32>
    %81 = tosa.sub %arg37, %80 : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %82 = tosa.const_shape  {values = dense<[1, 1, 96, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %83 = tosa.reshape %79, %82 : (tensor<96xf32>, !tosa.shape<4>) -> tensor<1x1x96x1xf32>
    %84 = tosa.mul %arg40, %83, %4 : (tensor<3x3x96x1xf32>, tensor<1x1x96x1xf32>, tensor<1xi8>) -> tensor<3x3x96x1xf32>
    %85 = tosa.depthwise_conv2d %76, %84, %81, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x56x56x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x96xf32>
    %86 = tosa.sigmoid %85 : (tensor<1x56x56x96xf32>) -> tensor<1x56x56x96xf32>
    %87 = tosa.mul %85, %86, %4 : (tensor<1x56x56x96xf32>, tensor<1x56x56x96xf32>, tensor<1xi8>) -> tensor<1x56x56x96xf32>
    %88 = tosa.add %arg44, %1 : (tensor<24xf32>, tensor<1xf32>) -> tensor<24xf32>
    %89 = tosa.rsqrt %88 : (tensor<24xf32>) -> tensor<24xf32>
    %90 = tosa.mul %arg41, %89, %4 : (tensor<24xf32>, tensor<24xf32>, tensor<1xi8>) -> tensor<24xf32>
    %91 = tosa.mul %arg43, %90, %4 : (tensor<24xf32>, tensor<24xf32>, tensor<1xi8>) -> tensor<24xf32>
    %92 = tosa.sub %arg42, %91 : (tensor<24xf32>, tensor<24xf32>) -> tensor<24xf32>
    %93 = tosa.const_shape  {values = dense<[24, 1, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %94 = tosa.reshape %90, %93 : (tensor<24xf32>, !tosa.shape<4>) -> tensor<24x1x1x1xf32>
    %95 = tosa.mul %arg45, %94, %4 : (tensor<24x1x1x96xf32>, tensor<24x1x1x1xf32>, tensor<1xi8>) -> tensor<24x1x1x96xf32>
    %96 = tosa.conv2d %87, %95, %92, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x96xf32>, tensor<24x1x1x96xf32>, tensor<24xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x24xf32>
    %97 = tosa.add %65, %96 : (tensor<1x56x56x24xf32>, tensor<1x56x56x24xf32>) -> tensor<1x56x56x24xf32>
    %98 = tosa.add %arg49, %1 : (tensor<96xf32>, tensor<1xf32>) -> tensor<96xf32>
    %99 = tosa.rsqrt %98 : (tensor<96xf32>) -> tensor<96xf32>
    %100 = tosa.mul %arg46, %99, %4 : (tensor<96xf32>, tensor<96xf32>, tensor<1xi8>) -> tensor<96xf32>
    %101 = tosa.mul %arg48, %100, %4 : (tensor<96xf32>, tensor<96xf32>, tensor<1xi8>) -> tensor<96xf32>
    %102 = tosa.sub %arg47, %101 : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %103 = tosa.const_shape  {values = dense<[96, 1, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %104 = tosa.reshape %100, %103 : (tensor<96xf32>, !tosa.shape<4>) -> tensor<96x1x1x1xf32>
    %105 = tosa.mul %arg50, %104, %4 : (tensor<96x1x1x24xf32>, tensor<96x1x1x1xf32>, tensor<1xi8>) -> tensor<96x1x1x24xf32>
    %106 = tosa.conv2d %97, %105, %102, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x24xf32>, tensor<96x1x1x24xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x96xf32>
    %107 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %108 = "tosa.const"() <{values = dense<0.166666672> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %109 = tosa.mul %106, %108, %4 : (tensor<1x56x56x96xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x56x56x96xf32>
    %110 = tosa.add %109, %107 : (tensor<1x56x56x96xf32>, tensor<1x1x1x1xf32>) -> tensor<1x56x56x96xf32>
    %111 = tosa.clamp %110 {max_val = 1.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x96xf32>) -> tensor<1x56x56x96xf32>
    %112 = tosa.mul %106, %111, %4 : (tensor<1x56x56x96xf32>, tensor<1x56x56x96xf32>, tensor<1xi8>) -> tensor<1x56x56x96xf32>
    %113 = tosa.add %arg54, %1 : (tensor<96xf32>, tensor<1xf32>) -> tensor<96xf32>
    %114 = tosa.rsqrt %113 : (tensor<96xf32>) -> tensor<96xf32>
    %115 = tosa.mul %arg51, %114, %4 : (tensor<96xf32>, tensor<96xf32>, tensor<1xi8>) -> tensor<96xf32>
    %116 = tosa.mul %arg53, %115, %4 : (tensor<96xf32>, tensor<96xf32>, tensor<1xi8>) -> tensor<96xf32>
    %117 = tosa.sub %arg52, %116 : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %118 = tosa.const_shape  {values = dense<[1, 1, 96, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %119 = tosa.reshape %115, %118 : (tensor<96xf32>, !tosa.shape<4>) -> tensor<1x1x96x1xf32>
    %120 = tosa.mul %arg55, %119, %4 : (tensor<3x3x96x1xf32>, tensor<1x1x96x1xf32>, tensor<1xi8>) -> tensor<3x3x96x1xf32>
    %121 = tosa.depthwise_conv2d %112, %120, %117, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x56x56x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x96xf32>
    %122 = tosa.mul %121, %108, %4 : (tensor<1x28x28x96xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x28x28x96xf32>
    %123 = tosa.add %122, %107 : (tensor<1x28x28x96xf32>, tensor<1x1x1x1xf32>) -> tensor<1x28x28x96xf32>
    %124 = tosa.clamp %123 {max_val = 1.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x96xf32>) -> tensor<1x28x28x96xf32>
    %125 = tosa.mul %121, %124, %4 : (tensor<1x28x28x96xf32>, tensor<1x28x28x96xf32>, tensor<1xi8>) -> tensor<1x28x28x96xf32>
    %126 = tosa.add %arg59, %1 : (tensor<40xf32>, tensor<1xf32>) -> tensor<40xf32>
    %127 = tosa.rsqrt %126 : (tensor<40xf32>) -> tensor<40xf32>
    %128 = tosa.mul %arg56, %127, %4 : (tensor<40xf32>, tensor<40xf32>, tensor<1xi8>) -> tensor<40xf32>
    %129 = tosa.mul %arg58, %128, %4 : (tensor<40xf32>, tensor<40xf32>, tensor<1xi8>) -> tensor<40xf32>
    %130 = tosa.sub %arg57, %129 : (tensor<40xf32>, tensor<40xf32>) -> tensor<40xf32>
    %131 = tosa.const_shape  {values = dense<[40, 1, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %132 = tosa.reshape %128, %131 : (tensor<40xf32>, !tosa.shape<4>) -> tensor<40x1x1x1xf32>
    %133 = tosa.mul %arg60, %132, %4 : (tensor<40x1x1x96xf32>, tensor<40x1x1x1xf32>, tensor<1xi8>) -> tensor<40x1x1x96xf32>
    %134 = tosa.conv2d %125, %133, %130, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x96xf32>, tensor<40x1x1x96xf32>, tensor<40xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x40xf32>
    %135 = tosa.add %arg64, %1 : (tensor<160xf32>, tensor<1xf32>) -> tensor<160xf32>
    %136 = tosa.rsqrt %135 : (tensor<160xf32>) -> tensor<160xf32>
    %137 = tosa.mul %arg61, %136, %4 : (tensor<160xf32>, tensor<160xf32>, tensor<1xi8>) -> tensor<160xf32>
    %138 = tosa.mul %arg63, %137, %4 : (tensor<160xf32>, tensor<160xf32>, tensor<1xi8>) -> tensor<160xf32>
    %139 = tosa.sub %arg62, %138 : (tensor<160xf32>, tensor<160xf32>) -> tensor<160xf32>
    %140 = tosa.const_shape  {values = dense<[160, 1, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %141 = tosa.reshape %137, %140 : (tensor<160xf32>, !tosa.shape<4>) -> tensor<160x1x1x1xf32>
    %142 = tosa.mul %arg65, %141, %4 : (tensor<160x1x1x40xf32>, tensor<160x1x1x1xf32>, tensor<1xi8>) -> tensor<160x1x1x40xf32>
    %143 = tosa.conv2d %134, %142, %139, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x40xf32>, tensor<160x1x1x40xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x160xf32>
    %144 = tosa.mul %143, %108, %4 : (tensor<1x28x28x160xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x28x28x160xf32>
    %145 = tosa.add %144, %107 : (tensor<1x28x28x160xf32>, tensor<1x1x1x1xf32>) -> tensor<1x28x28x160xf32>
    %146 = tosa.clamp %145 {max_val = 1.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x160xf32>) -> tensor<1x28x28x160xf32>
    %147 = tosa.mul %143, %146, %4 : (tensor<1x28x28x160xf32>, tensor<1x28x28x160xf32>, tensor<1xi8>) -> tensor<1x28x28x160xf32>
    %148 = tosa.add %arg69, %1 : (tensor<160xf32>, tensor<1xf32>) -> tensor<160xf32>
    %149 = tosa.rsqrt %148 : (tensor<160xf32>) -> tensor<160xf32>
    %150 = tosa.mul %arg66, %149, %4 : (tensor<160xf32>, tensor<160xf32>, tensor<1xi8>) -> tensor<160xf32>
    %151 = tosa.mul %arg68, %150, %4 : (tensor<160xf32>, tensor<160xf32>, tensor<1xi8>) -> tensor<160xf32>
    %152 = tosa.sub %arg67, %151 : (tensor<160xf32>, tensor<160xf32>) -> tensor<160xf32>
    %153 = tosa.const_shape  {values = dense<[1, 1, 160, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %154 = tosa.reshape %150, %153 : (tensor<160xf32>, !tosa.shape<4>) -> tensor<1x1x160x1xf32>
    %155 = tosa.mul %arg70, %154, %4 : (tensor<3x3x160x1xf32>, tensor<1x1x160x1xf32>, tensor<1xi8>) -> tensor<3x3x160x1xf32>
    %156 = tosa.depthwise_conv2d %147, %155, %152, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x160xf32>, tensor<3x3x160x1xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x160xf32>
    %157 = tosa.mul %156, %108, %4 : (tensor<1x28x28x160xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x28x28x160xf32>
    %158 = tosa.add %157, %107 : (tensor<1x28x28x160xf32>, tensor<1x1x1x1xf32>) -> tensor<1x28x28x160xf32>
    %159 = tosa.clamp %158 {max_val = 1.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x160xf32>) -> tensor<1x28x28x160xf32>
    %160 = tosa.mul %156, %159, %4 : (tensor<1x28x28x160xf32>, tensor<1x28x28x160xf32>, tensor<1xi8>) -> tensor<1x28x28x160xf32>
    %161 = tosa.add %arg74, %1 : (tensor<40xf32>, tensor<1xf32>) -> tensor<40xf32>
    %162 = tosa.rsqrt %161 : (tensor<40xf32>) -> tensor<40xf32>
    %163 = tosa.mul %arg71, %162, %4 : (tensor<40xf32>, tensor<40xf32>, tensor<1xi8>) -> tensor<40xf32>
    %164 = tosa.mul %arg73, %163, %4 : (tensor<40xf32>, tensor<40xf32>, tensor<1xi8>) -> tensor<40xf32>
    %165 = tosa.sub %arg72, %164 : (tensor<40xf32>, tensor<40xf32>) -> tensor<40xf32>
    %166 = tosa.const_shape  {values = dense<[40, 1, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %167 = tosa.reshape %163, %166 : (tensor<40xf32>, !tosa.shape<4>) -> tensor<40x1x1x1xf32>
    %168 = tosa.mul %arg75, %167, %4 : (tensor<40x1x1x160xf32>, tensor<40x1x1x1xf32>, tensor<1xi8>) -> tensor<40x1x1x160xf32>
    %169 = tosa.conv2d %160, %168, %165, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x160xf32>, tensor<40x1x1x160xf32>, tensor<40xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x40xf32>
    %170 = tosa.add %134, %169 : (tensor<1x28x28x40xf32>, tensor<1x28x28x40xf32>) -> tensor<1x28x28x40xf32>
    %171 = tosa.add %arg79, %1 : (tensor<240xf32>, tensor<1xf32>) -> tensor<240xf32>
    %172 = tosa.rsqrt %171 : (tensor<240xf32>) -> tensor<240xf32>
    %173 = tosa.mul %arg76, %172, %4 : (tensor<240xf32>, tensor<240xf32>, tensor<1xi8>) -> tensor<240xf32>
    %174 = tosa.mul %arg78, %173, %4 : (tensor<240xf32>, tensor<240xf32>, tensor<1xi8>) -> tensor<240xf32>
    %175 = tosa.sub %arg77, %174 : (tensor<240xf32>, tensor<240xf32>) -> tensor<240xf32>
    %176 = tosa.const_shape  {values = dense<[240, 1, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %177 = tosa.reshape %173, %176 : (tensor<240xf32>, !tosa.shape<4>) -> tensor<240x1x1x1xf32>
    %178 = tosa.mul %arg80, %177, %4 : (tensor<240x1x1x40xf32>, tensor<240x1x1x1xf32>, tensor<1xi8>) -> tensor<240x1x1x40xf32>
    %179 = tosa.conv2d %170, %178, %175, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x40xf32>, tensor<240x1x1x40xf32>, tensor<240xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x240xf32>
    %180 = tosa.mul %179, %108, %4 : (tensor<1x28x28x240xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x28x28x240xf32>
    %181 = tosa.add %180, %107 : (tensor<1x28x28x240xf32>, tensor<1x1x1x1xf32>) -> tensor<1x28x28x240xf32>
    %182 = tosa.clamp %181 {max_val = 1.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x240xf32>) -> tensor<1x28x28x240xf32>
    %183 = tosa.mul %179, %182, %4 : (tensor<1x28x28x240xf32>, tensor<1x28x28x240xf32>, tensor<1xi8>) -> tensor<1x28x28x240xf32>
    %184 = tosa.add %arg84, %1 : (tensor<240xf32>, tensor<1xf32>) -> tensor<240xf32>
    %185 = tosa.rsqrt %184 : (tensor<240xf32>) -> tensor<240xf32>
    %186 = tosa.mul %arg81, %185, %4 : (tensor<240xf32>, tensor<240xf32>, tensor<1xi8>) -> tensor<240xf32>
    %187 = tosa.mul %arg83, %186, %4 : (tensor<240xf32>, tensor<240xf32>, tensor<1xi8>) -> tensor<240xf32>
    %188 = tosa.sub %arg82, %187 : (tensor<240xf32>, tensor<240xf32>) -> tensor<240xf32>
    %189 = tosa.const_shape  {values = dense<[1, 1, 240, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %190 = tosa.reshape %186, %189 : (tensor<240xf32>, !tosa.shape<4>) -> tensor<1x1x240x1xf32>
    %191 = tosa.mul %arg85, %190, %4 : (tensor<3x3x240x1xf32>, tensor<1x1x240x1xf32>, tensor<1xi8>) -> tensor<3x3x240x1xf32>
    %192 = tosa.depthwise_conv2d %183, %191, %188, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x28x28x240xf32>, tensor<3x3x240x1xf32>, tensor<240xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x240xf32>
    %193 = tosa.mul %192, %108, %4 : (tensor<1x14x14x240xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x14x14x240xf32>
    %194 = tosa.add %193, %107 : (tensor<1x14x14x240xf32>, tensor<1x1x1x1xf32>) -> tensor<1x14x14x240xf32>
    %195 = tosa.clamp %194 {max_val = 1.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x240xf32>) -> tensor<1x14x14x240xf32>
    %196 = tosa.mul %192, %195, %4 : (tensor<1x14x14x240xf32>, tensor<1x14x14x240xf32>, tensor<1xi8>) -> tensor<1x14x14x240xf32>
    %197 = tosa.add %arg89, %1 : (tensor<80xf32>, tensor<1xf32>) -> tensor<80xf32>
    %198 = tosa.rsqrt %197 : (tensor<80xf32>) -> tensor<80xf32>
    %199 = tosa.mul %arg86, %198, %4 : (tensor<80xf32>, tensor<80xf32>, tensor<1xi8>) -> tensor<80xf32>
    %200 = tosa.mul %arg88, %199, %4 : (tensor<80xf32>, tensor<80xf32>, tensor<1xi8>) -> tensor<80xf32>
    %201 = tosa.sub %arg87, %200 : (tensor<80xf32>, tensor<80xf32>) -> tensor<80xf32>
    %202 = tosa.const_shape  {values = dense<[80, 1, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %203 = tosa.reshape %199, %202 : (tensor<80xf32>, !tosa.shape<4>) -> tensor<80x1x1x1xf32>
    %204 = tosa.mul %arg90, %203, %4 : (tensor<80x1x1x240xf32>, tensor<80x1x1x1xf32>, tensor<1xi8>) -> tensor<80x1x1x240xf32>
    %205 = tosa.conv2d %196, %204, %201, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x240xf32>, tensor<80x1x1x240xf32>, tensor<80xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x80xf32>
    %206 = tosa.add %arg94, %1 : (tensor<480xf32>, tensor<1xf32>) -> tensor<480xf32>
    %207 = tosa.rsqrt %206 : (tensor<480xf32>) -> tensor<480xf32>
    %208 = tosa.mul %arg91, %207, %4 : (tensor<480xf32>, tensor<480xf32>, tensor<1xi8>) -> tensor<480xf32>
    %209 = tosa.mul %arg93, %208, %4 : (tensor<480xf32>, tensor<480xf32>, tensor<1xi8>) -> tensor<480xf32>
    %210 = tosa.sub %arg92, %209 : (tensor<480xf32>, tensor<480xf32>) -> tensor<480xf32>
    %211 = tosa.const_shape  {values = dense<[480, 1, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %212 = tosa.reshape %208, %211 : (tensor<480xf32>, !tosa.shape<4>) -> tensor<480x1x1x1xf32>
    %213 = tosa.mul %arg95, %212, %4 : (tensor<480x1x1x80xf32>, tensor<480x1x1x1xf32>, tensor<1xi8>) -> tensor<480x1x1x80xf32>
    %214 = tosa.conv2d %205, %213, %210, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x80xf32>, tensor<480x1x1x80xf32>, tensor<480xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x480xf32>
    %215 = tosa.mul %214, %108, %4 : (tensor<1x14x14x480xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x14x14x480xf32>
    %216 = tosa.add %215, %107 : (tensor<1x14x14x480xf32>, tensor<1x1x1x1xf32>) -> tensor<1x14x14x480xf32>
    %217 = tosa.clamp %216 {max_val = 1.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x480xf32>) -> tensor<1x14x14x480xf32>
    %218 = tosa.mul %214, %217, %4 : (tensor<1x14x14x480xf32>, tensor<1x14x14x480xf32>, tensor<1xi8>) -> tensor<1x14x14x480xf32>
    %219 = tosa.add %arg99, %1 : (tensor<480xf32>, tensor<1xf32>) -> tensor<480xf32>
    %220 = tosa.rsqrt %219 : (tensor<480xf32>) -> tensor<480xf32>
    %221 = tosa.mul %arg96, %220, %4 : (tensor<480xf32>, tensor<480xf32>, tensor<1xi8>) -> tensor<480xf32>
    %222 = tosa.mul %arg98, %221, %4 : (tensor<480xf32>, tensor<480xf32>, tensor<1xi8>) -> tensor<480xf32>
    %223 = tosa.sub %arg97, %222 : (tensor<480xf32>, tensor<480xf32>) -> tensor<480xf32>
    %224 = tosa.const_shape  {values = dense<[1, 1, 480, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %225 = tosa.reshape %221, %224 : (tensor<480xf32>, !tosa.shape<4>) -> tensor<1x1x480x1xf32>
    %226 = tosa.mul %arg100, %225, %4 : (tensor<3x3x480x1xf32>, tensor<1x1x480x1xf32>, tensor<1xi8>) -> tensor<3x3x480x1xf32>
    %227 = tosa.depthwise_conv2d %218, %226, %223, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x480xf32>, tensor<3x3x480x1xf32>, tensor<480xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x480xf32>
    %228 = tosa.mul %227, %108, %4 : (tensor<1x14x14x480xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x14x14x480xf32>
    %229 = tosa.add %228, %107 : (tensor<1x14x14x480xf32>, tensor<1x1x1x1xf32>) -> tensor<1x14x14x480xf32>
    %230 = tosa.clamp %229 {max_val = 1.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x480xf32>) -> tensor<1x14x14x480xf32>
    %231 = tosa.mul %227, %230, %4 : (tensor<1x14x14x480xf32>, tensor<1x14x14x480xf32>, tensor<1xi8>) -> tensor<1x14x14x480xf32>
    %232 = tosa.add %arg104, %1 : (tensor<80xf32>, tensor<1xf32>) -> tensor<80xf32>
    %233 = tosa.rsqrt %232 : (tensor<80xf32>) -> tensor<80xf32>
    %234 = tosa.mul %arg101, %233, %4 : (tensor<80xf32>, tensor<80xf32>, tensor<1xi8>) -> tensor<80xf32>
    %235 = tosa.mul %arg103, %234, %4 : (tensor<80xf32>, tensor<80xf32>, tensor<1xi8>) -> tensor<80xf32>
    %236 = tosa.sub %arg102, %235 : (tensor<80xf32>, tensor<80xf32>) -> tensor<80xf32>
    %237 = tosa.const_shape  {values = dense<[80, 1, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %238 = tosa.reshape %234, %237 : (tensor<80xf32>, !tosa.shape<4>) -> tensor<80x1x1x1xf32>
    %239 = tosa.mul %arg105, %238, %4 : (tensor<80x1x1x480xf32>, tensor<80x1x1x1xf32>, tensor<1xi8>) -> tensor<80x1x1x480xf32>
    %240 = tosa.conv2d %231, %239, %236, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x480xf32>, tensor<80x1x1x480xf32>, tensor<80xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x80xf32>
    %241 = tosa.add %205, %240 : (tensor<1x14x14x80xf32>, tensor<1x14x14x80xf32>) -> tensor<1x14x14x80xf32>
    %242 = tosa.add %arg109, %1 : (tensor<480xf32>, tensor<1xf32>) -> tensor<480xf32>
    %243 = tosa.rsqrt %242 : (tensor<480xf32>) -> tensor<480xf32>
    %244 = tosa.mul %arg106, %243, %4 : (tensor<480xf32>, tensor<480xf32>, tensor<1xi8>) -> tensor<480xf32>
    %245 = tosa.mul %arg108, %244, %4 : (tensor<480xf32>, tensor<480xf32>, tensor<1xi8>) -> tensor<480xf32>
    %246 = tosa.sub %arg107, %245 : (tensor<480xf32>, tensor<480xf32>) -> tensor<480xf32>
    %247 = tosa.const_shape  {values = dense<[480, 1, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %248 = tosa.reshape %244, %247 : (tensor<480xf32>, !tosa.shape<4>) -> tensor<480x1x1x1xf32>
    %249 = tosa.mul %arg110, %248, %4 : (tensor<480x1x1x80xf32>, tensor<480x1x1x1xf32>, tensor<1xi8>) -> tensor<480x1x1x80xf32>
    %250 = tosa.conv2d %241, %249, %246, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x80xf32>, tensor<480x1x1x80xf32>, tensor<480xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x480xf32>
    %251 = tosa.mul %250, %108, %4 : (tensor<1x14x14x480xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x14x14x480xf32>
    %252 = tosa.add %251, %107 : (tensor<1x14x14x480xf32>, tensor<1x1x1x1xf32>) -> tensor<1x14x14x480xf32>
    %253 = tosa.clamp %252 {max_val = 1.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x480xf32>) -> tensor<1x14x14x480xf32>
    %254 = tosa.mul %250, %253, %4 : (tensor<1x14x14x480xf32>, tensor<1x14x14x480xf32>, tensor<1xi8>) -> tensor<1x14x14x480xf32>
    %255 = tosa.add %arg114, %1 : (tensor<480xf32>, tensor<1xf32>) -> tensor<480xf32>
    %256 = tosa.rsqrt %255 : (tensor<480xf32>) -> tensor<480xf32>
    %257 = tosa.mul %arg111, %256, %4 : (tensor<480xf32>, tensor<480xf32>, tensor<1xi8>) -> tensor<480xf32>
    %258 = tosa.mul %arg113, %257, %4 : (tensor<480xf32>, tensor<480xf32>, tensor<1xi8>) -> tensor<480xf32>
    %259 = tosa.sub %arg112, %258 : (tensor<480xf32>, tensor<480xf32>) -> tensor<480xf32>
    %260 = tosa.const_shape  {values = dense<[1, 1, 480, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %261 = tosa.reshape %257, %260 : (tensor<480xf32>, !tosa.shape<4>) -> tensor<1x1x480x1xf32>
    %262 = tosa.mul %arg115, %261, %4 : (tensor<3x3x480x1xf32>, tensor<1x1x480x1xf32>, tensor<1xi8>) -> tensor<3x3x480x1xf32>
    %263 = tosa.depthwise_conv2d %254, %262, %259, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x480xf32>, tensor<3x3x480x1xf32>, tensor<480xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x480xf32>
    %264 = tosa.mul %263, %108, %4 : (tensor<1x7x7x480xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x7x7x480xf32>
    %265 = tosa.add %264, %107 : (tensor<1x7x7x480xf32>, tensor<1x1x1x1xf32>) -> tensor<1x7x7x480xf32>
    %266 = tosa.clamp %265 {max_val = 1.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x480xf32>) -> tensor<1x7x7x480xf32>
    %267 = tosa.mul %263, %266, %4 : (tensor<1x7x7x480xf32>, tensor<1x7x7x480xf32>, tensor<1xi8>) -> tensor<1x7x7x480xf32>
    %268 = tosa.add %arg119, %1 : (tensor<160xf32>, tensor<1xf32>) -> tensor<160xf32>
    %269 = tosa.rsqrt %268 : (tensor<160xf32>) -> tensor<160xf32>
    %270 = tosa.mul %arg116, %269, %4 : (tensor<160xf32>, tensor<160xf32>, tensor<1xi8>) -> tensor<160xf32>
    %271 = tosa.mul %arg118, %270, %4 : (tensor<160xf32>, tensor<160xf32>, tensor<1xi8>) -> tensor<160xf32>
    %272 = tosa.sub %arg117, %271 : (tensor<160xf32>, tensor<160xf32>) -> tensor<160xf32>
    %273 = tosa.const_shape  {values = dense<[160, 1, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %274 = tosa.reshape %270, %273 : (tensor<160xf32>, !tosa.shape<4>) -> tensor<160x1x1x1xf32>
    %275 = tosa.mul %arg120, %274, %4 : (tensor<160x1x1x480xf32>, tensor<160x1x1x1xf32>, tensor<1xi8>) -> tensor<160x1x1x480xf32>
    %276 = tosa.conv2d %267, %275, %272, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x480xf32>, tensor<160x1x1x480xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x160xf32>
    %277 = tosa.add %arg124, %1 : (tensor<640xf32>, tensor<1xf32>) -> tensor<640xf32>
    %278 = tosa.rsqrt %277 : (tensor<640xf32>) -> tensor<640xf32>
    %279 = tosa.mul %arg121, %278, %4 : (tensor<640xf32>, tensor<640xf32>, tensor<1xi8>) -> tensor<640xf32>
    %280 = tosa.mul %arg123, %279, %4 : (tensor<640xf32>, tensor<640xf32>, tensor<1xi8>) -> tensor<640xf32>
    %281 = tosa.sub %arg122, %280 : (tensor<640xf32>, tensor<640xf32>) -> tensor<640xf32>
    %282 = tosa.const_shape  {values = dense<[640, 1, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %283 = tosa.reshape %279, %282 : (tensor<640xf32>, !tosa.shape<4>) -> tensor<640x1x1x1xf32>
    %284 = tosa.mul %arg125, %283, %4 : (tensor<640x1x1x160xf32>, tensor<640x1x1x1xf32>, tensor<1xi8>) -> tensor<640x1x1x160xf32>
    %285 = tosa.conv2d %276, %284, %281, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x160xf32>, tensor<640x1x1x160xf32>, tensor<640xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x640xf32>
    %286 = tosa.sigmoid %285 : (tensor<1x7x7x640xf32>) -> tensor<1x7x7x640xf32>
    %287 = tosa.mul %285, %286, %4 : (tensor<1x7x7x640xf32>, tensor<1x7x7x640xf32>, tensor<1xi8>) -> tensor<1x7x7x640xf32>
    %288 = tosa.avg_pool2d %287, %8, %8 {acc_type = f32, kernel = array<i64: 7, 7>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x640xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x640xf32>
    %289 = tosa.transpose %288 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x1x1x640xf32>) -> tensor<1x640x1x1xf32>
    %290 = tosa.const_shape  {values = dense<[1, 640]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %291 = tosa.reshape %289, %290 : (tensor<1x640x1x1xf32>, !tosa.shape<2>) -> tensor<1x640xf32>
    %292 = tosa.const_shape  {values = dense<[1, 1, 640]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %293 = tosa.reshape %291, %292 : (tensor<1x640xf32>, !tosa.shape<3>) -> tensor<1x1x640xf32>
    %294 = tosa.matmul %293, %arg126, %8, %8 : (tensor<1x1x640xf32>, tensor<1x640x1000xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1000xf32>
    %295 = tosa.const_shape  {values = dense<[1, 1000]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %296 = tosa.reshape %294, %295 : (tensor<1x1x1000xf32>, !tosa.shape<2>) -> tensor<1x1000xf32>
    %297 = tosa.const_shape  {values = dense<[1, 1000]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %298 = tosa.reshape %arg127, %297 : (tensor<1000xf32>, !tosa.shape<2>) -> tensor<1x1000xf32>
    %299 = tosa.add %296, %298 : (tensor<1x1000xf32>, tensor<1x1000xf32>) -> tensor<1x1000xf32>
    return %299 : tensor<1x1000xf32>
  }
}

