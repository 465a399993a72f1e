// The exact engine through the pass: a proven schedule and its certificate
// (a note on the remark).
// RUN: salsa-opt %s -verify-diagnostics \
// RUN:   --pass-pipeline='builtin.module(func.func(salsa-schedule{target=tpu_like engine=exact exact-budget=5 remarks}))'

func.func @conv(%x: tensor<1x16x18x18xi8>, %w: tensor<32x16x3x3xi8>, %o: tensor<1x32x16x16xi16>) -> tensor<1x32x16x16xi16> {
  // expected-remark @+2 {{salsa: scheduled on tpu_like with exact over}}
  // expected-note @+1 {{salsa: certificate over 1 spatial candidate(s), }}
  %0 = linalg.conv_2d_nchw_fchw ins(%x, %w : tensor<1x16x18x18xi8>, tensor<32x16x3x3xi8>) outs(%o : tensor<1x32x16x16xi16>) -> tensor<1x32x16x16xi16>
  return %0 : tensor<1x32x16x16xi16>
}
