// Small layers for scripts/check-traffic.py whose differences from the
// model fall in the classes the integration cases do not reach
// (test/Scripts/check-traffic.test).
// A 1x1 convolution with stride 2: the input window has gaps.
func.func @strided(%a: tensor<1x32x15x15xf32>, %b: tensor<32x32x1x1xf32>, %c: tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32> {
  %r = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%a, %b : tensor<1x32x15x15xf32>, tensor<32x32x1x1xf32>) outs(%c : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  return %r : tensor<1x32x8x8xf32>
}
// A long reduction: partial sums go up and come back.
func.func @reduction(%a: tensor<1x512x9x9xf32>, %b: tensor<64x512x3x3xf32>, %c: tensor<1x64x7x7xf32>) -> tensor<1x64x7x7xf32> {
  %r = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%a, %b : tensor<1x512x9x9xf32>, tensor<64x512x3x3xf32>) outs(%c : tensor<1x64x7x7xf32>) -> tensor<1x64x7x7xf32>
  return %r : tensor<1x64x7x7xf32>
}
