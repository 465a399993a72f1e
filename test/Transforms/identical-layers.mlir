// An op whose layer equals an earlier op's in the same function gets that
// op's schedule without a second search (networks repeat their blocks); the
// schedule is the one its own search gives (@alone schedules it by itself).
// Different shapes or element types are searched on their own.
// RUN: salsa-opt %s --salsa-schedule="target=eyeriss_like precisions=from-ir remarks summary" --mlir-print-op-on-diagnostic=false 2>%t.err | FileCheck %s
// RUN: FileCheck %s --check-prefix=REMARK < %t.err

// CHECK-LABEL: func.func @block
// CHECK: linalg.matmul {salsa.schedule = [[SAME:#salsa.schedule<.*>]]} ins
// CHECK-NEXT: linalg.matmul {salsa.schedule = [[SAME]]} ins
// CHECK-LABEL: func.func @alone
// CHECK: linalg.matmul {salsa.schedule = [[SAME]]} ins

// REMARK: identical-layers.mlir:[[#FIRST:]]:8: remark: salsa: scheduled on eyeriss_like {{.*}} (from element types); {{[0-9]+}} orderings <= the exact engine's fixed cost ({{[0-9]+}} evaluations){{$}}
// REMARK: identical-layers.mlir:[[#FIRST+1]]:8: remark: salsa: scheduled on eyeriss_like {{.*}}; the schedule of the identical layer at {{.*}}identical-layers.mlir:[[#FIRST]]:8 (not searched again){{$}}
// REMARK-NOT: not searched again
// REMARK: remark: salsa: 4 ops scheduled (4 proven optimal, 1 with the schedule of an identical layer), 0 left as they were
// REMARK: remark: salsa: 1 ops scheduled (1 proven optimal, 0 with the schedule of an identical layer), 0 left as they were

func.func @block(%a: tensor<16x64xf32>, %b: tensor<64x32xf32>, %c: tensor<16x32xf32>,
                 %d: tensor<16x48xf32>, %e: tensor<48x32xf32>,
                 %ai: tensor<16x64xi8>, %bi: tensor<64x32xi8>, %ci: tensor<16x32xi32>)
    -> (tensor<16x32xf32>, tensor<16x32xf32>, tensor<16x32xi32>) {
  %0 = linalg.matmul ins(%a, %b : tensor<16x64xf32>, tensor<64x32xf32>) outs(%c : tensor<16x32xf32>) -> tensor<16x32xf32>
  %1 = linalg.matmul ins(%a, %b : tensor<16x64xf32>, tensor<64x32xf32>) outs(%0 : tensor<16x32xf32>) -> tensor<16x32xf32>
  // Another reduction size; other element types.
  %2 = linalg.matmul ins(%d, %e : tensor<16x48xf32>, tensor<48x32xf32>) outs(%1 : tensor<16x32xf32>) -> tensor<16x32xf32>
  %3 = linalg.matmul ins(%ai, %bi : tensor<16x64xi8>, tensor<64x32xi8>) outs(%ci : tensor<16x32xi32>) -> tensor<16x32xi32>
  return %1, %2, %3 : tensor<16x32xf32>, tensor<16x32xf32>, tensor<16x32xi32>
}

func.func @alone(%a: tensor<16x64xf32>, %b: tensor<64x32xf32>, %c: tensor<16x32xf32>) -> tensor<16x32xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<16x64xf32>, tensor<64x32xf32>) outs(%c : tensor<16x32xf32>) -> tensor<16x32xf32>
  return %0 : tensor<16x32xf32>
}
