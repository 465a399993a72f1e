// The exact engine asked for (or a Pareto front, which needs it) on a layer
// whose bound table would exceed its limit: an error on the op, the pass
// fails and nothing is rewritten (exact-table-limit.mlir: the dual engine
// anneals instead).
// RUN: salsa-opt %s -verify-diagnostics \
// RUN:   --pass-pipeline='builtin.module(func.func(salsa-schedule{target=%S/Inputs/tpu_like_big_dram.yaml mapping=%zigzag/mapping/tpu_like.yaml engine=exact}))'
// RUN: salsa-opt %s -verify-diagnostics \
// RUN:   --pass-pipeline='builtin.module(func.func(salsa-schedule{target=%S/Inputs/tpu_like_big_dram.yaml mapping=%zigzag/mapping/tpu_like.yaml objective=pareto}))'

func.func @conv(%x: tensor<48x244x244x384xi8>, %w: tensor<1440x5x5x384xi8>, %o: tensor<48x240x240x1440xi16>) -> tensor<48x240x240x1440xi16> {
  // expected-error @+1 {{salsa: the exact engine's bound needs a table over 576000 sub-multisets of the prime factors, more than its limit of 524288}}
  %0 = linalg.conv_2d_nhwc_fhwc ins(%x, %w : tensor<48x244x244x384xi8>, tensor<1440x5x5x384xi8>) outs(%o : tensor<48x240x240x1440xi16>) -> tensor<48x240x240x1440xi16>
  return %0 : tensor<48x240x240x1440xi16>
}
