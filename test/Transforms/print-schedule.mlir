// print-schedule writes each schedule as a loop-nest table to stderr; its
// energy and latency are the ones the remark reports for the same op.
// RUN: salsa-opt %s --pass-pipeline='builtin.module(func.func(salsa-schedule{target=tpu_like precisions=W=8,I=8,O=16,O_final=8 print-schedule remarks}))' \
// RUN:   --mlir-print-op-on-diagnostic=false -o /dev/null 2>&1 | FileCheck %s

// CHECK: layer {{.*}}print-schedule.mlir:[[LINE:[0-9]+]]:8 'linalg.matmul' (Gemm) on tpu_like
// CHECK-NEXT: loop (outer first)    O               W               I
// CHECK-NEXT: for {{[DKC]}} in {{[0-9]+}} {{ *}}{{[a-zA-Z_0-9]+}} {{ *}}rf_128B {{ *}}{{[a-zA-Z_0-9]+}}
// CHECK: parfor {{.*}} over D1
// CHECK-NEXT: energy [[E:[0-9.e+]+]] pJ = MAC {{[0-9.e+]+}} + memory
// CHECK-NEXT: operand memory           energy (pJ)     rd to low   wr from low    rd to high  wr from high
// CHECK-NEXT: O       rf_2B
// CHECK: W       rf_128B
// CHECK: I       sram_2MB
// CHECK: latency [[L:[0-9]+]] cycles = compute
// CHECK-NEXT: utilization
// CHECK: print-schedule.mlir:[[LINE]]:8: remark: salsa: scheduled on tpu_like with exhaustive over {{[0-9]+}} orderings (proven optimal): energy [[E]] pJ, latency [[L]] cycles
func.func @fc(%a: tensor<32x256xf32>, %b: tensor<256x64xf32>, %c: tensor<32x64xf32>) -> tensor<32x64xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<32x256xf32>, tensor<256x64xf32>) outs(%c : tensor<32x64xf32>) -> tensor<32x64xf32>
  return %0 : tensor<32x64xf32>
}
