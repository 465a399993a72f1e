// A schedule written by hand is applied like one salsa-schedule wrote.
// RUN: salsa-opt %s -split-input-file --pass-pipeline='builtin.module(func.func(salsa-tile,canonicalize,cse))' | FileCheck %s
// The loop annotations survive canonicalization.

// 20x18 output, reduction 33: K (18) unrolled by 6 over D1, C (33) by 11
// over D2; D (20) = 2 * 2 * 5 and K, C each 3 in time.
// CHECK-LABEL: func.func @mm
// CHECK:      scf.for %{{.*}} = %c0 to %c18 step %c6
// CHECK:        scf.for %{{.*}} = %c0 to %c20 step %c10
// CHECK:          scf.for %{{.*}} = %c0 to %c33 step %c11
// CHECK:            scf.for %{{.*}} = %c0 to %c10 step %c5
// CHECK:              scf.for %{{.*}} = %c0 to %c5 step %c1
// CHECK:                scf.forall (%{{.*}}) in (6)
// CHECK:                  scf.for %{{.*}} = %c0 to %c11 step %c1
// CHECK:                    linalg.matmul {salsa.scheduled = 0 : i64} ins({{.*}} : tensor<1x1xf32>, tensor<1x1xf32>) outs({{.*}} : tensor<1x1xf32>)
// CHECK:                  } {salsa.loop = #salsa.loop<dim = "C", factor = 11, memories = {}, array_dim = "D2">}
// CHECK:                } {mapping = [#salsa.pe<"D1", 0>]}
// CHECK:              } {salsa.loop = #salsa.loop<dim = "D", factor = 5, memories = {I = "reg", O = "reg", W = "reg"}>}
// CHECK:            } {salsa.loop = #salsa.loop<dim = "D", factor = 2, memories = {I = "buf", O = "buf", W = "buf"}>}
// CHECK:          } {salsa.loop = #salsa.loop<dim = "C", factor = 3, memories = {I = "buf", O = "buf", W = "buf"}>}
// CHECK:        } {salsa.loop = #salsa.loop<dim = "D", factor = 2, memories = {I = "dram", O = "dram", W = "dram"}>}
// CHECK:      } {salsa.loop = #salsa.loop<dim = "K", factor = 3, memories = {I = "dram", O = "dram", W = "dram"}>}
#dram = {I = "dram", O = "dram", W = "dram"}
#buf = {I = "buf", O = "buf", W = "buf"}
#reg = {I = "reg", O = "reg", W = "reg"}
func.func @mm(%a: tensor<20x33xf32>, %b: tensor<33x18xf32>, %c: tensor<20x18xf32>) -> tensor<20x18xf32> {
  %0 = linalg.matmul {salsa.schedule = #salsa.schedule<target = "by-hand",
      loop_dims = ["D", "K", "C"],
      spatial = [#salsa.unroll<"D1", "K", 6>, #salsa.unroll<"D2", "C", 11>],
      loops = [#salsa.loop<dim = "K", factor = 3, memories = #dram>,
               #salsa.loop<dim = "D", factor = 2, memories = #dram>,
               #salsa.loop<dim = "C", factor = 3, memories = #buf>,
               #salsa.loop<dim = "D", factor = 2, memories = #buf>,
               #salsa.loop<dim = "D", factor = 5, memories = #reg>],
      energy = 0.0, latency = 0.0>}
    ins(%a, %b : tensor<20x33xf32>, tensor<33x18xf32>) outs(%c : tensor<20x18xf32>) -> tensor<20x18xf32>
  return %0 : tensor<20x18xf32>
}

// -----

// On memrefs. D = 7 unrolled by 2 (greedy, as ZigZag: ceil(7/2) = 4
// temporal iterations) leaves partial tiles.
// CHECK-LABEL: func.func @partial
// CHECK: scf.for %{{.*}} = %c0 to %c7 step %c4
// CHECK:   affine.min
// CHECK: scf.forall (%{{.*}}) in (%{{.*}})
// CHECK: linalg.matmul {salsa.scheduled = 0 : i64} ins({{.*}}memref<
// CHECK: {mapping = [#salsa.pe<"D1", 0>]}
func.func @partial(%a: memref<7x3xf32>, %b: memref<3x5xf32>, %c: memref<7x5xf32>) {
  linalg.matmul {salsa.schedule = #salsa.schedule<target = "by-hand",
      loop_dims = ["D", "K", "C"], spatial = [#salsa.unroll<"D1", "D", 2>],
      loops = [#salsa.loop<dim = "D", factor = 2, memories = {}>,
               #salsa.loop<dim = "D", factor = 2, memories = {}>,
               #salsa.loop<dim = "K", factor = 5, memories = {}>,
               #salsa.loop<dim = "C", factor = 3, memories = {}>],
      energy = 0.0, latency = 0.0>}
    ins(%a, %b : memref<7x3xf32>, memref<3x5xf32>) outs(%c : memref<7x5xf32>)
  return
}
