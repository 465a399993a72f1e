// salsa-tile's buffers mode needs the target, and checks its precisions.
// RUN: not salsa-opt %s --salsa-tile=buffers 2>&1 | FileCheck %s --check-prefix=NOTARGET
// RUN: not salsa-opt %s --salsa-tile="buffers target=tpu_like precisions=W=x" 2>&1 | FileCheck %s --check-prefix=PREC
// RUN: salsa-opt %s --salsa-tile="buffers target=tpu_like precisions=W=8,I=8,O=16,O_final=8" | FileCheck %s
// NOTARGET: error: salsa: no target accelerator: give the pass a 'target' option
// PREC: error: salsa: precisions must read like W=8,I=8,O=16,O_final=8
// With the schedule's precisions the int8 tiles fit tpu_like's 2-byte
// output registers; the buffers say so.
// CHECK: memref.alloc() : memref<{{.*}}xf32, #salsa.memory_space<"rf_2B", instances = {{[0-9]+}}, element_bits = 16>>
func.func @mm(%a: memref<32x64xf32>, %b: memref<64x32xf32>, %c: memref<32x32xf32>) {
  linalg.matmul {salsa.schedule = #salsa.schedule<target = "tpu_like",
      loop_dims = ["D", "K", "C"],
      spatial = [#salsa.unroll<"D1", "K", 32>, #salsa.unroll<"D2", "C", 32>],
      loops = [#salsa.loop<dim = "C", factor = 2, memories = {I = "dram", O = "dram", W = "dram"}>,
               #salsa.loop<dim = "D", factor = 32, memories = {I = "sram_2MB", O = "sram_2MB", W = "rf_128B"}>],
      energy = 0.0, latency = 0.0>}
    ins(%a, %b : memref<32x64xf32>, memref<64x32xf32>) outs(%c : memref<32x32xf32>)
  return
}
