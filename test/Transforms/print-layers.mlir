// RUN: salsa-opt %s -verify-diagnostics --salsa-print-layers --mlir-disable-threading 2>&1 >/dev/null | FileCheck %s
// RUN: salsa-opt %s -verify-diagnostics --salsa-print-layers -o %t.mlir
// RUN: salsa-opt %s -o %t.orig.mlir && diff %t.orig.mlir %t.mlir

// One JSON line per layer, in ZigZag's vocabulary; the IR is unchanged.
// (One thread: functions run in parallel otherwise, and their lines in any
// order.)
// CHECK: {"dimension_relations":["iy=2*oy+1*fy","ix=2*ox+1*fx"],"equation":"O[b][k][oy][ox]+=W[k][c][fy][fx]*I[b][c][iy][ix]","loc":"{{.*}}print-layers.mlir:{{[0-9]+}}:8","loop_dims":["B","K","OY","OX","C","FY","FX"],"loop_sizes":[1,4,3,3,2,3,3],"op":"linalg.conv_2d_nchw_fchw","operand_precision":{"I":8,"O":16,"O_final":16,"W":8},"operator_type":"Conv","padding":{{\[\[1,1\],\[1,1\]\]}},"pr_loop_dims":["IY","IX"],"pr_loop_sizes":[5,5]}
// CHECK-NEXT: {"dimension_relations":[],"equation":"O[d][k]+=W[c][k]*I[d][c]","loc":"{{.*}}","loop_dims":["D","K","C"],"loop_sizes":[8,4,6],"op":"linalg.matmul"
// CHECK-NOT: "op"

func.func @conv(%x: tensor<1x2x5x5xi8>, %w: tensor<4x2x3x3xi8>, %o: tensor<1x4x3x3xi16>) -> tensor<1x4x3x3xi16> {
  %zero = arith.constant 0 : i8
  %p = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : i8
  } : tensor<1x2x5x5xi8> to tensor<1x2x7x7xi8>
  %0 = linalg.conv_2d_nchw_fchw {strides = dense<2> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>}
    ins(%p, %w : tensor<1x2x7x7xi8>, tensor<4x2x3x3xi8>) outs(%o : tensor<1x4x3x3xi16>) -> tensor<1x4x3x3xi16>
  return %0 : tensor<1x4x3x3xi16>
}

func.func @mm(%a: tensor<8x6xf32>, %b: tensor<6x4xf32>, %c: tensor<8x4xf32>, %d: tensor<?x6xf32>, %e: tensor<?x4xf32>) -> (tensor<8x4xf32>, tensor<?x4xf32>) {
  %0 = linalg.matmul ins(%a, %b : tensor<8x6xf32>, tensor<6x4xf32>) outs(%c : tensor<8x4xf32>) -> tensor<8x4xf32>
  // expected-warning @+1 {{salsa: not scheduled: its shapes are not static}}
  %1 = linalg.matmul ins(%d, %b : tensor<?x6xf32>, tensor<6x4xf32>) outs(%e : tensor<?x4xf32>) -> tensor<?x4xf32>
  return %0, %1 : tensor<8x4xf32>, tensor<?x4xf32>
}
