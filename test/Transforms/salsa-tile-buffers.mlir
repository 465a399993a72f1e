// salsa-tile buffers on hand-written schedules for a three-level target
// (per-PE "reg", array-wide "buf", "dram"): one buffer per operand and
// level below dram, copies at each operand's own cuts.
// RUN: salsa-opt %s --pass-pipeline='builtin.module(func.func(salsa-tile{buffers=true},canonicalize,cse))' | FileCheck %s
// The result verifies (capacities included) and runs the same as the
// untiled op: test/Integration/buffers-*.mlir.

#dram = {I = "dram", O = "dram", W = "dram"}
#buf = {I = "buf", O = "buf", W = "buf"}
#reg = {I = "reg", O = "reg", W = "reg"}
module attributes {salsa.target = #salsa.accelerator<
    name = "acc3", array_dims = ["D1", "D2"], array_sizes = [4, 2], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 1024, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1,
        operands = ["I1", "I2", "O"], served_dimensions = [],
        ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 32, bandwidth_max = 32,
                 allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "buf", size = 8192, r_cost = 1.0, w_cost = 1.0, area = 0.0, latency = 1,
        operands = ["I1", "I2", "O"], served_dimensions = ["D1", "D2"],
        ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 64, bandwidth_max = 64,
                 allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 10000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1,
        operands = ["I1", "I2", "O"], served_dimensions = ["D1", "D2"],
        ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 64, bandwidth_max = 64,
                 allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>, #salsa.unroll<"D2", "C", 2>]>} {

// Matmul 8x12 * 12x6 on 2 x 2 PEs (K over D1, C over D2): D 8, K 3, C 6
// in time. Uneven: each operand cuts the nest where its own memories
// change. W's reg tile does not depend on D, so its copy is hoisted above
// the D loop (stationary); O's buf tile sits below the reduction loop C,
// so its partial sums are read back except on the first visit (C offset 0).
// CHECK-LABEL: func.func @matmul
// CHECK-DAG:  %[[IREG:.*]] = memref.alloc() : memref<4x4xf32, #salsa.memory_space<"reg", instances = 2>>
// CHECK-DAG:  %[[IBUF:.*]] = memref.alloc() : memref<8x4xf32, #salsa.memory_space<"buf">>
// CHECK-DAG:  %[[WREG:.*]] = memref.alloc() : memref<4x2xf32, #salsa.memory_space<"reg", instances = 4>>
// CHECK-DAG:  %[[WBUF:.*]] = memref.alloc() : memref<4x6xf32, #salsa.memory_space<"buf">>
// CHECK-DAG:  %[[OREG:.*]] = memref.alloc() : memref<4x2xf32, #salsa.memory_space<"reg", instances = 2>>
// CHECK-DAG:  %[[OBUF:.*]] = memref.alloc() : memref<8x2xf32, #salsa.memory_space<"buf">>
// C, outermost: inputs and weights from dram into buf.
// CHECK:      scf.for %[[C0:.*]] = %{{.*}} to %c12 step %c4 {
// CHECK:        %[[A:.*]] = memref.subview %arg0[0, %[[C0]]] [8, 4] [1, 1]
// CHECK:        memref.copy %[[A]], %[[IBUF]]
// CHECK:        %[[B:.*]] = memref.subview %arg1[%[[C0]], 0] [4, 6] [1, 1]
// CHECK:        memref.copy %[[B]], %[[WBUF]]
// CHECK:        scf.for %[[K:.*]] = %{{.*}} to %c6 step %c2 {
// W into reg before the D loop it does not depend on.
// CHECK:          %[[BREG:.*]] = memref.subview %[[WBUF]][0, %[[K]]] [4, 2] [1, 1]
// CHECK:          memref.copy %[[BREG]], %[[WREG]]
// O's buf tile: first visit (C = 0) zeroed, else the partial sums read back.
// CHECK:          %[[CT:.*]] = memref.subview %arg2[0, %[[K]]] [8, 2] [1, 1]
// CHECK:          %[[FIRST:.*]] = arith.cmpi eq, %[[C0]], %{{.*}} : index
// CHECK:          scf.if %[[FIRST]] {
// CHECK:            linalg.fill ins(%{{.*}} : f32) outs(%[[OBUF]] :
// CHECK:          } else {
// CHECK:            memref.copy %[[CT]], %[[OBUF]]
// CHECK:          }
// CHECK:          scf.for %[[D:.*]] = %{{.*}} to %c8 step %c4 {
// CHECK:            %[[AREG:.*]] = memref.subview %[[IBUF]][%[[D]], 0] [4, 4] [1, 1]
// CHECK:            memref.copy %[[AREG]], %[[IREG]]
// CHECK:            %[[CREG:.*]] = memref.subview %[[OBUF]][%[[D]], 0] [4, 2] [1, 1]
// CHECK:            scf.if %[[FIRST]] {
// CHECK:              linalg.fill ins(%{{.*}} : f32) outs(%[[OREG]] :
// CHECK:            } else {
// CHECK:              memref.copy %[[CREG]], %[[OREG]]
// CHECK:            }
// CHECK:            scf.for
// CHECK:              scf.for
// The array: K across D1, C across D2 (a reduction: a loop), the op on
// one element of each innermost buffer.
// CHECK:                scf.forall (%{{.*}}) in (2) {
// CHECK:                  scf.for %{{.*}} = %{{.*}} to %c2 step %c1 {
// CHECK:                    %[[X:.*]] = memref.subview %[[IREG]]
// CHECK:                    %[[Y:.*]] = memref.subview %[[WREG]]
// CHECK:                    %[[Z:.*]] = memref.subview %[[OREG]]
// CHECK:                    linalg.matmul {salsa.levels = {I = ["reg", "buf", "dram"], O = ["reg", "buf", "dram"], W = ["reg", "buf", "dram"]}, salsa.scheduled = 0 : i64} ins(%[[X]], %[[Y]] : memref<1x1xf32, strided<[4, 1], offset: ?>, #salsa.memory_space<"reg", instances = 2>>, memref<1x1xf32, strided<[2, 1], offset: ?>, #salsa.memory_space<"reg", instances = 4>>) outs(%[[Z]] : memref<1x1xf32, strided<[2, 1], offset: ?>, #salsa.memory_space<"reg", instances = 2>>)
// CHECK:                  } {salsa.loop = #salsa.loop<dim = "C", factor = 2, memories = {}, array_dim = "D2">}
// CHECK:                } {mapping = [#salsa.pe<"D1", 0>]}
// CHECK:              } {salsa.loop = #salsa.loop<dim = "C", factor = 2, memories = {I = "reg", O = "reg", W = "reg"}>}
// CHECK:            } {salsa.loop = #salsa.loop<dim = "D", factor = 4, memories = {I = "reg", O = "reg", W = "reg"}>}
// O's reg tile back to buf after the loops below its cut.
// CHECK:            memref.copy %[[OREG]], %[[CREG]]
// CHECK:          } {salsa.loop = #salsa.loop<dim = "D", factor = 2, memories = {I = "buf", O = "buf", W = "buf"}>}
// buf to the function's output: the first visit adds to its initial
// value, later ones replace it (they read it back).
// CHECK:          scf.if %[[FIRST]] {
// CHECK:            linalg.add {salsa.move = {from = "buf", op = 0 : i64, operand = "O", to = "dram"}} ins(%[[CT]], %[[OBUF]] : {{.*}}) outs(%[[CT]] :
// CHECK:          } else {
// CHECK:            memref.copy %[[OBUF]], %[[CT]]
// CHECK:          }
// CHECK:        } {salsa.loop = #salsa.loop<dim = "K", factor = 3, memories = {I = "buf", O = "dram", W = "buf"}>}
// CHECK:      } {salsa.loop = #salsa.loop<dim = "C", factor = 3, memories = {I = "dram", O = "dram", W = "dram"}>}
// CHECK-DAG:  memref.dealloc %[[IBUF]]
// CHECK-DAG:  memref.dealloc %[[OREG]]
func.func @matmul(%a: memref<8x12xf32>, %b: memref<12x6xf32>, %c: memref<8x6xf32>) {
  linalg.matmul {salsa.schedule = #salsa.schedule<target = "acc3",
      loop_dims = ["D", "K", "C"],
      spatial = [#salsa.unroll<"D1", "K", 2>, #salsa.unroll<"D2", "C", 2>],
      loops = [#salsa.loop<dim = "C", factor = 3, memories = {I = "dram", O = "dram", W = "dram"}>,
               #salsa.loop<dim = "K", factor = 3, memories = {I = "buf", O = "dram", W = "buf"}>,
               #salsa.loop<dim = "D", factor = 2, memories = {I = "buf", O = "buf", W = "buf"}>,
               #salsa.loop<dim = "D", factor = 4, memories = {I = "reg", O = "reg", W = "reg"}>,
               #salsa.loop<dim = "C", factor = 2, memories = {I = "reg", O = "reg", W = "reg"}>],
      energy = 0.0, latency = 0.0>}
    ins(%a, %b : memref<8x12xf32>, memref<12x6xf32>) outs(%c : memref<8x6xf32>)
  return
}

// -----------------------------------------------------------------------
// Conv NHWC 1x6x6x2 (3x3x2x4 filter): K 4 over D1, OX 2 over D2. The input
// tiles are windows: one output row of 4 needs 3 x 6 input pixels.
// W's whole filter goes to buf once, before every loop (stationary).
// CHECK-LABEL: func.func @conv_nhwc
// CHECK-DAG:  %[[IREG:.*]] = memref.alloc() : memref<1x1x4x2xf32, #salsa.memory_space<"reg", instances = 2>>
// CHECK-DAG:  %[[IBUF:.*]] = memref.alloc() : memref<1x3x6x2xf32, #salsa.memory_space<"buf">>
// CHECK-DAG:  %[[WBUF:.*]] = memref.alloc() : memref<3x3x2x4xf32, #salsa.memory_space<"buf">>
// CHECK-DAG:  %[[OREG:.*]] = memref.alloc() : memref<1x1x2x4xf32, #salsa.memory_space<"reg", instances = 8>>
// CHECK-DAG:  %[[OBUF:.*]] = memref.alloc() : memref<1x1x4x4xf32, #salsa.memory_space<"buf">>
// CHECK:      memref.copy %arg1, %[[WBUF]]
// CHECK-NEXT: scf.for %[[OY:.*]] = %{{.*}} to %c4 step %c1 {
// CHECK:        %[[WIN:.*]] = memref.subview %arg0[0, %[[OY]], 0, 0] [1, 3, 6, 2] [1, 1, 1, 1]
// CHECK:        memref.copy %[[WIN]], %[[IBUF]]
// No reduction loop above O's buf cut: zeroed, never read back.
// CHECK-NOT:    scf.if
// CHECK:        linalg.fill ins(%{{.*}} : f32) outs(%[[OBUF]] :
// CHECK:        scf.for
// CHECK:          scf.forall (%{{.*}}, %{{.*}}) in (2, 4) {
// CHECK:            linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, salsa.levels = {{.*}}, salsa.scheduled = 0 : i64, strides = dense<1> : tensor<2xi64>} ins(%{{.*}}, %{{.*}} : memref<1x1x1x1xf32, {{.*}}#salsa.memory_space<"reg", instances = 2>>, memref<1x1x1x1xf32, {{.*}}#salsa.memory_space<"reg", instances = 4>>) outs(%{{.*}} : memref<1x1x1x1xf32, {{.*}}#salsa.memory_space<"reg", instances = 8>>)
// CHECK:          } {mapping = [#salsa.pe<"D2", 0>, #salsa.pe<"D1", 1>]}
// CHECK:        linalg.add {salsa.move = {{.*}}} ins(%{{.*}}, %[[OBUF]] :
func.func @conv_nhwc(%i: memref<1x6x6x2xf32>, %w: memref<3x3x2x4xf32>, %o: memref<1x4x4x4xf32>) {
  linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>,
      salsa.schedule = #salsa.schedule<target = "acc3",
      loop_dims = ["B", "OY", "OX", "K", "FY", "FX", "C"],
      spatial = [#salsa.unroll<"D1", "K", 4>, #salsa.unroll<"D2", "OX", 2>],
      loops = [#salsa.loop<dim = "OY", factor = 4, memories = {I = "dram", O = "dram", W = "buf"}>,
               #salsa.loop<dim = "OX", factor = 2, memories = {I = "buf", O = "buf", W = "buf"}>,
               #salsa.loop<dim = "FY", factor = 3, memories = {I = "buf", O = "reg", W = "buf"}>,
               #salsa.loop<dim = "FX", factor = 3, memories = {I = "reg", O = "reg", W = "reg"}>,
               #salsa.loop<dim = "C", factor = 2, memories = {I = "reg", O = "reg", W = "reg"}>],
      energy = 0.0, latency = 0.0>}
    ins(%i, %w : memref<1x6x6x2xf32>, memref<3x3x2x4xf32>) outs(%o : memref<1x4x4x4xf32>)
  return
}

// -----------------------------------------------------------------------
// Depthwise 1x5x5x4 (3x3 filter, stride 1): the channel (G) over D1. Even
// mapping: every operand changes level at the same loops.
// CHECK-LABEL: func.func @depthwise_even
// CHECK-DAG:  memref.alloc() : memref<1x3x5x4xf32, #salsa.memory_space<"buf">>
// CHECK-DAG:  %[[WBUF:.*]] = memref.alloc() : memref<3x3x4xf32, #salsa.memory_space<"buf">>
// CHECK-DAG:  %[[WREG:.*]] = memref.alloc() : memref<3x3x4xf32, #salsa.memory_space<"reg", instances = 4>>
// CHECK-DAG:  memref.alloc() : memref<1x1x3x4xf32, #salsa.memory_space<"buf">>
// The filter does not depend on OY or OX: both its copies come first.
// CHECK:      memref.copy %arg1, %[[WBUF]]
// CHECK-NEXT: memref.copy %[[WBUF]], %[[WREG]]
// CHECK-NEXT: scf.for %[[OY:.*]] = %{{.*}} to %c3 step %c1 {
// CHECK-NEXT:   memref.subview %arg0[0, %[[OY]], 0, 0] [1, 3, 5, 4]
// CHECK-NEXT:   memref.copy
// CHECK:        linalg.fill
// CHECK:        scf.forall (%{{.*}}) in (4) {
// CHECK:          linalg.depthwise_conv_2d_nhwc_hwc {{{.*}}salsa.scheduled = 0 : i64{{.*}}} ins({{.*}} : memref<1x1x1x1xf32, {{.*}}#salsa.memory_space<"reg", instances = 4>>, memref<1x1x1xf32, {{.*}}#salsa.memory_space<"reg", instances = 4>>) outs({{.*}} : memref<1x1x1x1xf32, {{.*}}#salsa.memory_space<"reg", instances = 4>>)
// CHECK:        } {mapping = [#salsa.pe<"D1", 0>]}
func.func @depthwise_even(%i: memref<1x5x5x4xf32>, %w: memref<3x3x4xf32>, %o: memref<1x3x3x4xf32>) {
  linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>,
      salsa.schedule = #salsa.schedule<target = "acc3",
      loop_dims = ["B", "OY", "OX", "G", "FY", "FX"],
      spatial = [#salsa.unroll<"D1", "G", 4>],
      loops = [#salsa.loop<dim = "OY", factor = 3, memories = #dram>,
               #salsa.loop<dim = "OX", factor = 3, memories = #buf>,
               #salsa.loop<dim = "FY", factor = 3, memories = #reg>,
               #salsa.loop<dim = "FX", factor = 3, memories = #reg>],
      energy = 0.0, latency = 0.0>}
    ins(%i, %w : memref<1x5x5x4xf32>, memref<3x3x4xf32>) outs(%o : memref<1x3x3x4xf32>)
  return
}

// -----------------------------------------------------------------------
// A fractional unrolling: D = 7 over D1 by 4 (ceil(7/4) = 2 in time), so
// the second tile has 3 rows: dynamic sizes, never past the end.
// CHECK-LABEL: func.func @fractional
// CHECK-DAG:  %[[IREG:.*]] = memref.alloc() : memref<4x3xf32, #salsa.memory_space<"reg", instances = 4>>
// CHECK-DAG:  %[[IBUF:.*]] = memref.alloc() : memref<7x3xf32, #salsa.memory_space<"buf">>
// CHECK:      scf.for %[[D:.*]] = %{{.*}} to %c7 step %c4 {
// CHECK:        %[[N:.*]] = affine.min #{{.*}}(%[[D]])
// CHECK:        %[[DST:.*]] = memref.subview %[[IREG]][0, 0] [%[[N]], 3] [1, 1] : memref<4x3xf32, #salsa.memory_space<"reg", instances = 4>> to memref<?x3xf32
// CHECK:        %[[SRC:.*]] = memref.subview %[[IBUF]][%[[D]], 0] [%[[N]], 3] [1, 1] : memref<7x3xf32, #salsa.memory_space<"buf">> to memref<?x3xf32
// CHECK:        memref.copy %[[SRC]], %[[DST]]
// CHECK:        scf.forall (%{{.*}}) in (%[[N]]) {
func.func @fractional(%a: memref<7x3xf32>, %b: memref<3x5xf32>, %c: memref<7x5xf32>) {
  linalg.matmul {salsa.schedule = #salsa.schedule<target = "acc3",
      loop_dims = ["D", "K", "C"], spatial = [#salsa.unroll<"D1", "D", 4>],
      loops = [#salsa.loop<dim = "D", factor = 2, memories = {I = "buf", O = "buf", W = "buf"}>,
               #salsa.loop<dim = "K", factor = 5, memories = {I = "buf", O = "buf", W = "buf"}>,
               #salsa.loop<dim = "C", factor = 3, memories = {I = "reg", O = "reg", W = "reg"}>],
      energy = 0.0, latency = 0.0>}
    ins(%a, %b : memref<7x3xf32>, memref<3x5xf32>) outs(%c : memref<7x5xf32>)
  return
}
}
