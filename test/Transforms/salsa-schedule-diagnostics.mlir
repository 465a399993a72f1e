// RUN: salsa-opt %s -split-input-file -verify-diagnostics \
// RUN:   --pass-pipeline='builtin.module(func.func(salsa-schedule{target=tpu_like remarks}))'

func.func @dynamic(%a: tensor<?x8xf32>, %b: tensor<8x4xf32>, %c: tensor<?x4xf32>) -> tensor<?x4xf32> {
  // expected-warning @+1 {{salsa: not scheduled: its shapes are not static}}
  %0 = linalg.matmul ins(%a, %b : tensor<?x8xf32>, tensor<8x4xf32>) outs(%c : tensor<?x4xf32>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// f32 IR is scheduled at the target's precisions (tpu_like: ZigZag's 8-bit
// operands with 16-bit partial sums), and the remark says so.
func.func @f32(%a: tensor<8x8xf32>, %b: tensor<8x8xf32>, %c: tensor<8x8xf32>) -> tensor<8x8xf32> {
  // expected-remark @+1 {{precisions W=8,I=8,O=16,O_final=8 (from target 'tpu_like')}}
  %0 = linalg.matmul ins(%a, %b : tensor<8x8xf32>, tensor<8x8xf32>) outs(%c : tensor<8x8xf32>) -> tensor<8x8xf32>
  return %0 : tensor<8x8xf32>
}

// -----

func.func @remark(%a: tensor<8x8xi8>, %b: tensor<8x8xi8>, %c: tensor<8x8xi16>) -> tensor<8x8xi16> {
  // expected-remark @+1 {{salsa: scheduled on tpu_like with exhaustive over 1 orderings (proven optimal): energy}}
  %0 = linalg.matmul ins(%a, %b : tensor<8x8xi8>, tensor<8x8xi8>) outs(%c : tensor<8x8xi16>) -> tensor<8x8xi16>
  return %0 : tensor<8x8xi16>
}

// -----

// With remarks, linalg ops that are not layers say why they are left alone.
func.func @pool(%i: tensor<1x8x8x4xf32>, %w: tensor<2x2xf32>, %o: tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32> {
  %zero = arith.constant 0.0 : f32
  // expected-remark @+1 {{salsa: not scheduled: it is not a layer of two data inputs (elementwise, fill, copy, reduction or transpose)}}
  %f = linalg.fill ins(%zero : f32) outs(%o : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  // expected-remark @+1 {{salsa: not scheduled: a convolution without multiply-accumulate (pooling)}}
  %0 = linalg.pooling_nhwc_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%i, %w : tensor<1x8x8x4xf32>, tensor<2x2xf32>) outs(%f : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}
