// i8 x i8 -> i32 (plain and quantized), f16 and bf16 layers as compilers emit them;
// scheduled with default options by scripts/check-defaults.py.
func.func @convq(%i: tensor<1x14x14x8xi8>, %w: tensor<3x3x8x16xi8>, %izp: i32, %wzp: i32, %o: tensor<1x12x12x16xi32>) -> tensor<1x12x12x16xi32> {
  %0 = linalg.conv_2d_nhwc_hwcf_q {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%i, %w, %izp, %wzp : tensor<1x14x14x8xi8>, tensor<3x3x8x16xi8>, i32, i32) outs(%o : tensor<1x12x12x16xi32>) -> tensor<1x12x12x16xi32>
  return %0 : tensor<1x12x12x16xi32>
}
func.func @convfq(%i: tensor<1x14x14x8xi8>, %w: tensor<16x3x3x8xi8>, %izp: i32, %wzp: i32, %o: tensor<1x12x12x16xi32>) -> tensor<1x12x12x16xi32> {
  %0 = linalg.conv_2d_nhwc_fhwc_q {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%i, %w, %izp, %wzp : tensor<1x14x14x8xi8>, tensor<16x3x3x8xi8>, i32, i32) outs(%o : tensor<1x12x12x16xi32>) -> tensor<1x12x12x16xi32>
  return %0 : tensor<1x12x12x16xi32>
}
func.func @mmq(%a: tensor<32x64xi8>, %b: tensor<64x16xi8>, %azp: i32, %bzp: i32, %c: tensor<32x16xi32>) -> tensor<32x16xi32> {
  %0 = linalg.quantized_matmul ins(%a, %b, %azp, %bzp : tensor<32x64xi8>, tensor<64x16xi8>, i32, i32) outs(%c : tensor<32x16xi32>) -> tensor<32x16xi32>
  return %0 : tensor<32x16xi32>
}
func.func @mm_i8_i32(%a: tensor<32x64xi8>, %b: tensor<64x16xi8>, %c: tensor<32x16xi32>) -> tensor<32x16xi32> {
  %0 = linalg.matmul ins(%a, %b : tensor<32x64xi8>, tensor<64x16xi8>) outs(%c : tensor<32x16xi32>) -> tensor<32x16xi32>
  return %0 : tensor<32x16xi32>
}
func.func @genq(%a: tensor<32x64xi8>, %b: tensor<64x16xi8>, %azp: i8, %c: tensor<32x16xi32>) -> tensor<32x16xi32> {
  %0 = linalg.generic {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> ()>, affine_map<(i, j, k) -> (i, j)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%a, %b, %azp : tensor<32x64xi8>, tensor<64x16xi8>, i8) outs(%c : tensor<32x16xi32>) {
  ^bb0(%x: i8, %y: i8, %z: i8, %acc: i32):
    %xe = arith.extsi %x : i8 to i32
    %ze = arith.extsi %z : i8 to i32
    %xs = arith.subi %xe, %ze : i32
    %ye = arith.extsi %y : i8 to i32
    %p = arith.muli %xs, %ye : i32
    %s = arith.addi %acc, %p : i32
    linalg.yield %s : i32
  } -> tensor<32x16xi32>
  return %0 : tensor<32x16xi32>
}
func.func @f16(%i: tensor<1x10x10x8xf16>, %w: tensor<3x3x8x16xf16>, %o: tensor<1x8x8x16xf16>) -> tensor<1x8x8x16xf16> {
  %0 = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%i, %w : tensor<1x10x10x8xf16>, tensor<3x3x8x16xf16>) outs(%o : tensor<1x8x8x16xf16>) -> tensor<1x8x8x16xf16>
  return %0 : tensor<1x8x8x16xf16>
}
func.func @bf16(%i: tensor<1x10x10x8xbf16>, %w: tensor<3x3x8x16xbf16>, %o: tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32> {
  %0 = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%i, %w : tensor<1x10x10x8xbf16>, tensor<3x3x8x16xbf16>) outs(%o : tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  return %0 : tensor<1x8x8x16xf32>
}
