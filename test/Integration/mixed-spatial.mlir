// Mixed spatial unrollings (several layer dimensions over one array
// dimension, mixed-spatial) rewrite into loops that compute the same
// numbers, with and without buffers. conv_2d_nhwc_hwcf on tpu_like with
// every array dimension open: ZigZag's best mixed candidate unrolls
// K 4 x OX 4 x C 2 over D1 and K 2 x OX 2 x C 2 x OY 4 over D2 (K = 12 by 8:
// a greedy unroll; the reduction C over both array dimensions).
//
// RUN: salsa-opt %s %lower_tensor | %run | grep -v base@ > %t.ref
// RUN: salsa-opt %s --pass-pipeline="builtin.module(func.func(salsa-schedule{target=%zigzag/hardware/tpu_like.yaml mapping=%salsa_src/test/Inputs/spatial/open.yaml mixed-spatial spatial-candidates=1 precisions=W=8,I=8,O=16,O_final=8}))" > %t.scheduled.mlir
// RUN: FileCheck %s --check-prefix=SCHED < %t.scheduled.mlir
// RUN: salsa-opt %t.scheduled.mlir --salsa-tile > %t.tiled.mlir
// RUN: FileCheck %s --check-prefix=TILED < %t.tiled.mlir
// RUN: salsa-opt %t.tiled.mlir %lower_tensor | %run | grep -v base@ > %t.out
// RUN: diff %t.ref %t.out
// RUN: salsa-opt %s --one-shot-bufferize=bufferize-function-boundaries --salsa-lower="target=%zigzag/hardware/tpu_like.yaml mapping=%salsa_src/test/Inputs/spatial/open.yaml mixed-spatial spatial-candidates=1 precisions=W=8,I=8,O=16,O_final=8 buffers" > %t.buffers.mlir
// RUN: FileCheck %s --check-prefix=BUFFERS < %t.buffers.mlir
// RUN: salsa-opt %t.buffers.mlir --salsa-erase-memory-spaces %lower_memref | %run | grep -v base@ > %t.buffers.out
// RUN: diff %t.ref %t.buffers.out
// RUN: FileCheck %s --check-prefix=OUT < %t.out
//
// SCHED: spatial = [#salsa.unroll<"D1", "K", 4>, #salsa.unroll<"D1", "OX", 4>, #salsa.unroll<"D1", "C", 2>, #salsa.unroll<"D2", "K", 2>, #salsa.unroll<"D2", "OX", 2>, #salsa.unroll<"D2", "C", 2>, #salsa.unroll<"D2", "OY", 4>]
// TILED-NOT: salsa.schedule =
// TILED: salsa.loop = #salsa.loop<dim = "C", factor = 3, memories = {}, array_dim = "D1*D2">
// TILED: mapping = [#salsa.pe<"D2", 0>, #salsa.pe<"D1*D2", 1>, #salsa.pe<"D1*D2", 2>]
// BUFFERS: memref.alloc() : memref<{{.*}}#salsa.memory_space<
// OUT: {{[0-9]+}},
func.func @kernel(%a: tensor<1x14x14x6xf32>, %b: tensor<3x3x6x12xf32>, %c: tensor<1x12x12x12xf32>) -> tensor<1x12x12x12xf32> {
  %r = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%a, %b : tensor<1x14x14x6xf32>, tensor<3x3x6x12xf32>) outs(%c : tensor<1x12x12x12xf32>) -> tensor<1x12x12x12xf32>
  return %r : tensor<1x12x12x12xf32>
}
func.func private @printMemrefF32(memref<*xf32>)
func.func @main() {
  %a_e = tensor.empty() : tensor<1x14x14x6xf32>
  %a = linalg.generic {indexing_maps = [affine_map<(d0,d1,d2,d3) -> (d0,d1,d2,d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%a_e : tensor<1x14x14x6xf32>) {
  ^bb0(%x: f32):
    %a_i0 = linalg.index 0 : index
    %a_i1 = linalg.index 1 : index
    %a_i2 = linalg.index 2 : index
    %a_i3 = linalg.index 3 : index
    %a_s = affine.apply affine_map<(d0,d1,d2,d3) -> ((d0 * 7 + d1 * 9 + d2 * 11 + d3 * 13) mod 17)>(%a_i0, %a_i1, %a_i2, %a_i3)
    %a_c = arith.index_cast %a_s : index to i32
    %a_f = arith.sitofp %a_c : i32 to f32
    linalg.yield %a_f : f32
  } -> tensor<1x14x14x6xf32>
  %b_e = tensor.empty() : tensor<3x3x6x12xf32>
  %b = linalg.generic {indexing_maps = [affine_map<(d0,d1,d2,d3) -> (d0,d1,d2,d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%b_e : tensor<3x3x6x12xf32>) {
  ^bb0(%x: f32):
    %b_i0 = linalg.index 0 : index
    %b_i1 = linalg.index 1 : index
    %b_i2 = linalg.index 2 : index
    %b_i3 = linalg.index 3 : index
    %b_s = affine.apply affine_map<(d0,d1,d2,d3) -> ((d0 * 5 + d1 * 7 + d2 * 9 + d3 * 11) mod 16)>(%b_i0, %b_i1, %b_i2, %b_i3)
    %b_c = arith.index_cast %b_s : index to i32
    %b_f = arith.sitofp %b_c : i32 to f32
    linalg.yield %b_f : f32
  } -> tensor<3x3x6x12xf32>
  %c_e = tensor.empty() : tensor<1x12x12x12xf32>
  %c = linalg.generic {indexing_maps = [affine_map<(d0,d1,d2,d3) -> (d0,d1,d2,d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%c_e : tensor<1x12x12x12xf32>) {
  ^bb0(%x: f32):
    %c_i0 = linalg.index 0 : index
    %c_i1 = linalg.index 1 : index
    %c_i2 = linalg.index 2 : index
    %c_i3 = linalg.index 3 : index
    %c_s = affine.apply affine_map<(d0,d1,d2,d3) -> ((d0 * 3 + d1 * 5 + d2 * 7 + d3 * 9) mod 13)>(%c_i0, %c_i1, %c_i2, %c_i3)
    %c_c = arith.index_cast %c_s : index to i32
    %c_f = arith.sitofp %c_c : i32 to f32
    linalg.yield %c_f : f32
  } -> tensor<1x12x12x12xf32>
  %r = call @kernel(%a, %b, %c) : (tensor<1x14x14x6xf32>, tensor<3x3x6x12xf32>, tensor<1x12x12x12xf32>) -> tensor<1x12x12x12xf32>
  %m = bufferization.to_buffer %r : tensor<1x12x12x12xf32> to memref<1x12x12x12xf32>
  %u = memref.cast %m : memref<1x12x12x12xf32> to memref<*xf32>
  call @printMemrefF32(%u) : (memref<*xf32>) -> ()
  return
}
