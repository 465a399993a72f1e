// The exact engine proves minimum energy only; other objectives are an
// error naming the engines that take them.
// RUN: salsa-opt %s -verify-diagnostics \
// RUN:   --pass-pipeline='builtin.module(func.func(salsa-schedule{target=tpu_like engine=exact objective=latency}))'

func.func @mm(%a: tensor<8x8xi8>, %b: tensor<8x8xi8>, %c: tensor<8x8xi16>) -> tensor<8x8xi16> {
  // expected-error @+1 {{salsa: the exact engine proves minimum energy; objective 'latency' needs engine dual, exhaustive or annealing}}
  %0 = linalg.matmul ins(%a, %b : tensor<8x8xi8>, tensor<8x8xi8>) outs(%c : tensor<8x8xi16>) -> tensor<8x8xi16>
  return %0 : tensor<8x8xi16>
}
