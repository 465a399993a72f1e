// RUN: salsa-opt %s -split-input-file -verify-diagnostics \
// RUN:   --pass-pipeline='builtin.module(func.func(salsa-schedule{target=tpu_like remarks}))'

func.func @dynamic(%a: tensor<?x8xf32>, %b: tensor<8x4xf32>, %c: tensor<?x4xf32>) -> tensor<?x4xf32> {
  // expected-warning @+1 {{salsa: not scheduled: its shapes are not static}}
  %0 = linalg.matmul ins(%a, %b : tensor<?x8xf32>, tensor<8x4xf32>) outs(%c : tensor<?x4xf32>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// f32 partial sums do not fit tpu_like's 16-bit output registers.
func.func @misfit(%a: tensor<8x8xf32>, %b: tensor<8x8xf32>, %c: tensor<8x8xf32>) -> tensor<8x8xf32> {
  // expected-error @+1 {{salsa: the layer fits no memory hierarchy of 'tpu_like': memory 'rf_2B' is too small for operand 'O': the tile fixed by the loops below it does not fit}}
  %0 = linalg.matmul ins(%a, %b : tensor<8x8xf32>, tensor<8x8xf32>) outs(%c : tensor<8x8xf32>) -> tensor<8x8xf32>
  return %0 : tensor<8x8xf32>
}

// -----

func.func @remark(%a: tensor<8x8xi8>, %b: tensor<8x8xi8>, %c: tensor<8x8xi16>) -> tensor<8x8xi16> {
  // expected-remark @+1 {{salsa: scheduled on tpu_like with exhaustive over 1 orderings (proven optimal): energy}}
  %0 = linalg.matmul ins(%a, %b : tensor<8x8xi8>, tensor<8x8xi8>) outs(%c : tensor<8x8xi16>) -> tensor<8x8xi16>
  return %0 : tensor<8x8xi16>
}
