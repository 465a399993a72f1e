// on-error=skip: an op that fits no memory of the target (here at the f32
// precisions of its element types, precisions=from-ir) is left as it is
// with a warning; the others are scheduled. on-error=fail (the default) stops
// with an error on the op.
// RUN: salsa-opt %s -verify-diagnostics --salsa-schedule="target=tpu_like on-error=skip precisions=from-ir" | FileCheck %s
// RUN: salsa-opt %S/Inputs/schedule-misfit.mlir -verify-diagnostics --salsa-schedule="target=tpu_like precisions=from-ir"
// Scheduling the scheduled output again changes nothing (ops produced by
// salsa-tile, and ops already carrying a schedule, are left alone).
// RUN: salsa-opt %s --salsa-lower="target=tpu_like on-error=skip precisions=from-ir" 2>/dev/null > %t.once.mlir
// RUN: salsa-opt %t.once.mlir --salsa-lower="target=tpu_like on-error=skip precisions=from-ir" 2>/dev/null > %t.twice.mlir
// RUN: diff %t.once.mlir %t.twice.mlir

// CHECK-LABEL: func.func @two
// CHECK: linalg.matmul ins(%{{.*}} : tensor<16x32xf32>, tensor<32x16xf32>)
// CHECK-NOT: salsa.schedule
// CHECK: linalg.matmul {salsa.schedule = #salsa.schedule<target = "tpu_like"
func.func @two(%a: tensor<16x32xf32>, %b: tensor<32x16xf32>, %c: tensor<16x16xf32>,
               %x: tensor<16x32xi8>, %y: tensor<32x16xi8>, %z: tensor<16x16xi16>)
    -> (tensor<16x16xf32>, tensor<16x16xi16>) {
  // expected-warning @+1 {{salsa: not scheduled (on-error=skip): the layer fits no memory hierarchy of 'tpu_like' at precisions W=32,I=32,O=32,O_final=32 (from element types): memory 'rf_2B' is too small for operand 'O'}}
  %0 = linalg.matmul ins(%a, %b : tensor<16x32xf32>, tensor<32x16xf32>) outs(%c : tensor<16x16xf32>) -> tensor<16x16xf32>
  %1 = linalg.matmul ins(%x, %y : tensor<16x32xi8>, tensor<32x16xi8>) outs(%z : tensor<16x16xi16>) -> tensor<16x16xi16>
  return %0, %1 : tensor<16x16xf32>, tensor<16x16xi16>
}

// The summary remark counts what -mlir-pass-statistics would (Debian's LLVM
// has pass statistics compiled out).
// RUN: salsa-opt %s --salsa-schedule="target=tpu_like on-error=skip precisions=from-ir summary" -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SUMMARY
// SUMMARY: remark: salsa: 1 ops scheduled (1 proven optimal, 0 with the schedule of an identical layer), 1 left as they were; {{[0-9]+}} evaluations, {{[0-9.]+}} s of search

// On a terminal, a progress line per op (off with progress=false); never in
// files or pipes (the runs above).
// RUN: script -qec "salsa-opt %s --salsa-schedule='target=tpu_like precisions=from-ir on-error=skip' -o /dev/null" /dev/null \
// RUN:   | FileCheck %s --check-prefix=PROGRESS
// RUN: script -qec "salsa-opt %s --salsa-schedule='target=tpu_like precisions=from-ir on-error=skip progress=false' -o /dev/null" /dev/null \
// RUN:   | FileCheck %s --check-prefix=NOPROGRESS
// PROGRESS: salsa: @two: op 2/2
// NOPROGRESS-NOT: salsa: @two: op
