// A layer whose prime factors have more sub-multisets than the exact
// engine's table holds (48x240x240 outputs, 1440 filters over 384 channels,
// 5x5: 576000 after tpu_like's 32x32 unrolling; the limit is 2^19): the
// dual engine anneals and the remark says why. The target is tpu_like with
// a DRAM large enough for the layer. (exact-table-limit-diagnostics.mlir:
// asking for the exact engine.)
// RUN: salsa-opt %s -verify-diagnostics \
// RUN:   --pass-pipeline='builtin.module(func.func(salsa-schedule{target=%S/Inputs/tpu_like_big_dram.yaml mapping=%zigzag/mapping/tpu_like.yaml remarks}))'

func.func @conv(%x: tensor<48x244x244x384xi8>, %w: tensor<1440x5x5x384xi8>, %o: tensor<48x240x240x1440xi16>) -> tensor<48x240x240x1440xi16> {
  // expected-remark-re @+1 {{with annealing over 280512334406304000000 orderings: energy {{.*}}; annealing: the exact engine's bound needs a table over 576000 sub-multisets of the prime factors, more than its limit of 524288}}
  %0 = linalg.conv_2d_nhwc_fhwc ins(%x, %w : tensor<48x244x244x384xi8>, tensor<1440x5x5x384xi8>) outs(%o : tensor<48x240x240x1440xi16>) -> tensor<48x240x240x1440xi16>
  return %0 : tensor<48x240x240x1440xi16>
}
