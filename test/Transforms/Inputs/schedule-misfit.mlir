func.func @f32(%a: tensor<16x32xf32>, %b: tensor<32x16xf32>, %c: tensor<16x16xf32>) -> tensor<16x16xf32> {
  // expected-error @+1 {{salsa: the layer fits no memory hierarchy of 'tpu_like' at precisions W=32,I=32,O=32,O_final=32 (from element types): memory 'rf_2B' is too small for operand 'O' before any loop is placed: 1 element of 'O' at 32-bit partial-sum precision = 32 bits, more than its 16; schedule at lower precisions (the precisions option, or the target's operand_precision) or give the target a larger 'rf_2B'}}
  %0 = linalg.matmul ins(%a, %b : tensor<16x32xf32>, tensor<32x16xf32>) outs(%c : tensor<16x16xf32>) -> tensor<16x16xf32>
  return %0 : tensor<16x16xf32>
}
