// Every op kind salsa reads gets a schedule; other linalg ops are left alone.
// RUN: salsa-opt %s -split-input-file \
// RUN:   --pass-pipeline='builtin.module(func.func(salsa-schedule{target=tpu_like precisions=W=8,I=8,O=16,O_final=8}))' \
// RUN:   | FileCheck %s

// CHECK-LABEL: func.func @conv_nchw
// CHECK: linalg.conv_2d_nchw_fchw {{.*}}salsa.schedule = #salsa.schedule<target = "tpu_like", loop_dims = ["B", "K", "OY", "OX", "C", "FY", "FX"], spatial = [#salsa.unroll<"D1", "K", 16>, #salsa.unroll<"D2", "C", 3>], loops = [
// CHECK-SAME: engine = "exhaustive"
func.func @conv_nchw(%i: tensor<1x3x16x16xf32>, %w: tensor<16x3x3x3xf32>, %o: tensor<1x16x7x7xf32>) -> tensor<1x16x7x7xf32> {
  %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
    ins(%i, %w : tensor<1x3x16x16xf32>, tensor<16x3x3x3xf32>) outs(%o : tensor<1x16x7x7xf32>) -> tensor<1x16x7x7xf32>
  return %0 : tensor<1x16x7x7xf32>
}

// -----

// CHECK-LABEL: func.func @conv_nhwc_dilated
// CHECK: linalg.conv_2d_nhwc_hwcf {{.*}}salsa.schedule = #salsa.schedule<target = "tpu_like", loop_dims = ["B", "OY", "OX", "K", "FY", "FX", "C"]
func.func @conv_nhwc_dilated(%i: tensor<1x12x12x8xf32>, %w: tensor<3x3x8x32xf32>, %o: tensor<1x8x8x32xf32>) -> tensor<1x8x8x32xf32> {
  %0 = linalg.conv_2d_nhwc_hwcf {dilations = dense<2> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%i, %w : tensor<1x12x12x8xf32>, tensor<3x3x8x32xf32>) outs(%o : tensor<1x8x8x32xf32>) -> tensor<1x8x8x32xf32>
  return %0 : tensor<1x8x8x32xf32>
}

// -----

// Depthwise: the channel is ZigZag's G; with no K or C the default K/C
// unrolling leaves the array idle.
// CHECK-LABEL: func.func @depthwise
// CHECK: loop_dims = ["B", "OY", "OX", "G", "FY", "FX"], spatial = [], loops = [
func.func @depthwise(%i: tensor<1x15x15x24xf32>, %w: tensor<3x3x24xf32>, %o: tensor<1x7x7x24xf32>) -> tensor<1x7x7x24xf32> {
  %0 = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
    ins(%i, %w : tensor<1x15x15x24xf32>, tensor<3x3x24xf32>) outs(%o : tensor<1x7x7x24xf32>) -> tensor<1x7x7x24xf32>
  return %0 : tensor<1x7x7x24xf32>
}

// -----

// CHECK-LABEL: func.func @grouped
// CHECK: loop_dims = ["B", "G", "K", "OY", "OX", "C", "FY", "FX"]
func.func @grouped(%i: tensor<1x2x4x9x9xf32>, %w: tensor<2x8x4x3x3xf32>, %o: tensor<1x2x8x7x7xf32>) -> tensor<1x2x8x7x7xf32> {
  %0 = linalg.conv_2d_ngchw_gfchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%i, %w : tensor<1x2x4x9x9xf32>, tensor<2x8x4x3x3xf32>) outs(%o : tensor<1x2x8x7x7xf32>) -> tensor<1x2x8x7x7xf32>
  return %0 : tensor<1x2x8x7x7xf32>
}

// -----

// Matmuls: rows are ZigZag's D, columns K, the reduction C, whatever the
// indexing maps.
// CHECK-LABEL: func.func @matmuls
// CHECK: linalg.matmul {salsa.schedule = #salsa.schedule<target = "tpu_like", loop_dims = ["D", "K", "C"], spatial = [#salsa.unroll<"D1", "K", 32>, #salsa.unroll<"D2", "C", 32>]
// CHECK: linalg.matmul indexing_maps = {{.*}} {salsa.schedule = #salsa.schedule<target = "tpu_like", loop_dims = ["D", "K", "C"]
// CHECK: linalg.batch_matmul {salsa.schedule = #salsa.schedule<target = "tpu_like", loop_dims = ["B", "D", "K", "C"]
func.func @matmuls(%a: tensor<64x96xf32>, %b: tensor<96x40xf32>, %bt: tensor<40x96xf32>, %c: tensor<64x40xf32>,
                   %ba: tensor<2x8x12xf32>, %bb: tensor<2x12x5xf32>, %bc: tensor<2x8x5xf32>) -> (tensor<64x40xf32>, tensor<64x40xf32>, tensor<2x8x5xf32>) {
  %0 = linalg.matmul ins(%a, %b : tensor<64x96xf32>, tensor<96x40xf32>) outs(%c : tensor<64x40xf32>) -> tensor<64x40xf32>
  %1 = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
    ins(%a, %bt : tensor<64x96xf32>, tensor<40x96xf32>) outs(%c : tensor<64x40xf32>) -> tensor<64x40xf32>
  %2 = linalg.batch_matmul ins(%ba, %bb : tensor<2x8x12xf32>, tensor<2x12x5xf32>) outs(%bc : tensor<2x8x5xf32>) -> tensor<2x8x5xf32>
  return %0, %1, %2 : tensor<64x40xf32>, tensor<64x40xf32>, tensor<2x8x5xf32>
}

// -----

// A linalg.generic that linalg recognises as a contraction, on memrefs.
// CHECK-LABEL: func.func @generic
// CHECK: linalg.generic {{.*}}salsa.schedule = #salsa.schedule<target = "tpu_like", loop_dims = ["D", "K", "C"]
func.func @generic(%a: memref<12x9xf32>, %b: memref<12x20xf32>, %c: memref<9x20xf32>) {
  linalg.generic {indexing_maps = [affine_map<(i, j, k) -> (k, i)>, affine_map<(i, j, k) -> (k, j)>, affine_map<(i, j, k) -> (i, j)>],
                  iterator_types = ["parallel", "parallel", "reduction"]}
    ins(%a, %b : memref<12x9xf32>, memref<12x20xf32>) outs(%c : memref<9x20xf32>) {
  ^bb0(%x: f32, %y: f32, %z: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %z, %p : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// Elementwise ops, fills and pooling are not layers: untouched, silently.
// CHECK-LABEL: func.func @not_layers
// CHECK-NOT: salsa.schedule
func.func @not_layers(%a: tensor<8x8xf32>, %b: tensor<8x8xf32>, %p: tensor<1x1x10x10xf32>, %k: tensor<3x3xf32>, %q: tensor<1x1x8x8xf32>) -> (tensor<8x8xf32>, tensor<1x1x8x8xf32>) {
  %0 = linalg.add ins(%a, %b : tensor<8x8xf32>, tensor<8x8xf32>) outs(%a : tensor<8x8xf32>) -> tensor<8x8xf32>
  %1 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%p, %k : tensor<1x1x10x10xf32>, tensor<3x3xf32>) outs(%q : tensor<1x1x8x8xf32>) -> tensor<1x1x8x8xf32>
  return %0, %1 : tensor<8x8xf32>, tensor<1x1x8x8xf32>
}
