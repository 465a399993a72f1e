// Huge layers get an error on the op (the pass fails, nothing is rewritten).
// RUN: salsa-opt %s --salsa-schedule=target=tpu_like -split-input-file -verify-diagnostics

func.func @matmul_2_31(%a: tensor<2147483648x64xi8>, %b: tensor<64x16xi8>, %c: tensor<2147483648x16xi16>) -> tensor<2147483648x16xi16> {
  // expected-error @+1 {{salsa: the layer fits no memory hierarchy of 'tpu_like' at precisions W=8,I=8,O=16,O_final=8 (from target 'tpu_like'): memory 'dram' is too small for operands 'O', 'W', 'I' before any loop is placed: all 34359738368 elements of 'O' at 8 bits + all 1024 elements of 'W' at 8 bits + all 137438953472 elements of 'I' at 8 bits = 1374389542912 bits, more than its 10000000000}}
  %0 = linalg.matmul ins(%a, %b : tensor<2147483648x64xi8>, tensor<64x16xi8>) outs(%c : tensor<2147483648x16xi16>) -> tensor<2147483648x16xi16>
  return %0 : tensor<2147483648x16xi16>
}

// -----

// 2^62 rows: 62 prime factors of one loop; still bounded, still too big.
func.func @matmul_2_62(%a: tensor<4611686018427387904x2xi8>, %b: tensor<2x2xi8>, %c: tensor<4611686018427387904x2xi16>) -> tensor<4611686018427387904x2xi16> {
  // expected-error @+1 {{salsa: the layer fits no memory hierarchy of 'tpu_like'}}
  %0 = linalg.matmul ins(%a, %b : tensor<4611686018427387904x2xi8>, tensor<2x2xi8>) outs(%c : tensor<4611686018427387904x2xi16>) -> tensor<4611686018427387904x2xi16>
  return %0 : tensor<4611686018427387904x2xi16>
}

