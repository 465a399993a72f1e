// RUN: salsa-opt %s --salsa-schedule="target=tpu_like engine=exhaustive" -verify-diagnostics

// engine=exhaustive on a space beyond 1e9 orderings is refused on the op.
func.func @too_many_orderings(%a: tensor<4096x4096xi8>, %b: tensor<4096x4096xi8>, %c: tensor<4096x4096xi16>) -> tensor<4096x4096xi16> {
  // expected-error @+1 {{salsa: enumerating}}
  %0 = linalg.matmul ins(%a, %b : tensor<4096x4096xi8>, tensor<4096x4096xi8>) outs(%c : tensor<4096x4096xi16>) -> tensor<4096x4096xi16>
  return %0 : tensor<4096x4096xi16>
}
