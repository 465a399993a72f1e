// salsa-count-traffic: a counter per (op, operand, memory, direction),
// bumped by the elements of each copy buffers marks (salsa.move), printed
// with the model's prediction (predict-traffic) before the return.
// RUN: salsa-opt %s --salsa-lower="target=tpu_like buffers predict-traffic" --salsa-count-traffic | FileCheck %s
// RUN: salsa-opt %s --salsa-lower="target=tpu_like buffers" --salsa-count-traffic | FileCheck %s --check-prefix=NONE
// RUN: salsa-opt %s --salsa-lower="target=tpu_like buffers" | FileCheck %s --check-prefix=MARKS

// 8x12 * 12x6 on tpu_like: I in sram_2MB, W in rf_128B, O in rf_2B and
// sram_2MB, all below dram: 4 directions x (2 + 2 + 3) levels = 28 entries.
// CHECK-DAG: llvm.mlir.global internal constant @{{.*}}("salsa-traffic op0 I dram rd_out_to_low predicted 96 counted \00")
// CHECK-DAG: llvm.mlir.global internal constant @{{.*}}("salsa-traffic op0 I sram_2MB wr_in_by_high predicted 96 counted \00")
// CHECK-DAG: llvm.mlir.global internal constant @{{.*}}("salsa-traffic op0 O dram wr_in_by_low predicted 48 counted \00")
// CHECK-DAG: llvm.mlir.global internal constant @{{.*}}("salsa-traffic op0 W rf_128B rd_out_to_low predicted 72 counted \00")
// CHECK-LABEL: func.func @kernel
// CHECK:      %[[C:.*]] = memref.alloca() : memref<28xi64>
// The copy of I from dram into sram_2MB: its elements (product of the
// copied memref's sizes) go to dram's rd_out_to_low (entry 4) and
// sram_2MB's wr_in_by_high (entry 3), just before the copy.
// CHECK:      %[[SRC:.*]] = memref.subview %arg0[0, 0] [8, 12] [1, 1]
// CHECK:      memref.dim %[[SRC]], %{{.*}}
// CHECK:      %[[N:.*]] = arith.index_cast %{{.*}} : index to i64
// CHECK:      %[[I4:.*]] = arith.constant 4 : index
// CHECK-NEXT: %[[OLD4:.*]] = memref.load %[[C]][%[[I4]]]
// CHECK-NEXT: %[[NEW4:.*]] = arith.addi %[[OLD4]], %[[N]] : i64
// CHECK-NEXT: memref.store %[[NEW4]], %[[C]][%[[I4]]]
// CHECK:      %[[I3:.*]] = arith.constant 3 : index
// CHECK-NEXT: %[[OLD3:.*]] = memref.load %[[C]][%[[I3]]]
// CHECK-NEXT: %[[NEW3:.*]] = arith.addi %[[OLD3]], %[[N]] : i64
// CHECK-NEXT: memref.store %[[NEW3]], %[[C]][%[[I3]]]
// CHECK-NEXT: memref.copy %[[SRC]], %{{.*}} {salsa.move = {from = "dram", op = 0 : i64, operand = "I", to = "sram_2MB"}}
// The per-PE op: one element per input from its innermost memory.
// CHECK:      memref.store
// CHECK:      linalg.matmul {{.*}}salsa.levels = {I = ["sram_2MB", "dram"], O = ["rf_2B", "sram_2MB", "dram"], W = ["rf_128B", "dram"]}
// Before the return, every entry: its text, its counter, a newline.
// CHECK:      llvm.mlir.addressof
// CHECK-NEXT: call @printString
// CHECK:      memref.load %[[C]]
// CHECK-NEXT: call @printI64
// CHECK-NEXT: call @printNewline
// CHECK:      return
// CHECK-DAG:  func.func private @printString(!llvm.ptr)
// CHECK-DAG:  func.func private @printI64(i64)

// Without predict-traffic the predictions read "none".
// NONE: "salsa-traffic op0 I dram rd_out_to_low predicted none counted \00"

// buffers marks every copy and the first visit's add; the fill moves
// nothing and is not marked.
// MARKS: memref.copy {{.*}}{salsa.move = {from = "dram", op = 0 : i64, operand = "I", to = "sram_2MB"}}
// MARKS: memref.copy {{.*}}{salsa.move = {from = "dram", op = 0 : i64, operand = "W", to = "rf_128B"}}
// MARKS-NOT: linalg.fill {{.*}}salsa.move
// MARKS: linalg.add {{.*}}{salsa.move = {from = "sram_2MB", op = 0 : i64, operand = "O", to = "dram"}}
func.func @kernel(%a: memref<8x12xf32>, %b: memref<12x6xf32>, %c: memref<8x6xf32>) {
  linalg.matmul ins(%a, %b : memref<8x12xf32>, memref<12x6xf32>) outs(%c : memref<8x6xf32>)
  return
}
