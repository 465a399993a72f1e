// Quantized layers (i8 data, i32 accumulators, scalar zero points) are
// scheduled as the layers they are and compute the same numbers tiled:
// conv_2d_nhwc_hwcf_q, quantized_matmul and a linalg.generic with
// extsi and zero-point subtraction, at the target's precisions (no option).
//
// RUN: salsa-opt %s %lower_tensor | %run | grep -v base@ > %t.ref
// RUN: salsa-opt %s --salsa-lower="target=tpu_like" > %t.tiled.mlir
// RUN: FileCheck %s --check-prefix=TILED < %t.tiled.mlir
// RUN: salsa-opt %t.tiled.mlir %lower_tensor | %run | grep -v base@ > %t.out
// RUN: diff %t.ref %t.out
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// The same on another preset.
// RUN: salsa-opt %s --salsa-lower="target=eyeriss_like" | salsa-opt %lower_tensor | %run | grep -v base@ > %t.eyeriss.out
// RUN: diff %t.ref %t.eyeriss.out
// With explicit buffers per memory level (the zero points stay scalars).
// RUN: salsa-opt %s --one-shot-bufferize=bufferize-function-boundaries --salsa-lower="target=tpu_like buffers" \
// RUN:   --salsa-erase-memory-spaces > %t.buffers.mlir
// RUN: FileCheck %s --check-prefix=BUFFERS < %t.buffers.mlir
// RUN: salsa-opt %t.buffers.mlir %lower_memref | %run | grep -v base@ > %t.buffers.out
// RUN: diff %t.ref %t.buffers.out
// BUFFERS-COUNT-3: salsa.scheduled = 0
// BUFFERS: memref.copy
//
// TILED-NOT: salsa.schedule =
// TILED-COUNT-3: salsa.scheduled = 0
// TILED-NOT: salsa.schedule =
// OUT-COUNT-3: {{-?[0-9]+}},

func.func @conv(%i: tensor<1x9x9x6xi8>, %w: tensor<3x3x6x10xi8>, %o: tensor<1x7x7x10xi32>) -> tensor<1x7x7x10xi32> {
  %izp = arith.constant 3 : i32
  %wzp = arith.constant -2 : i32
  %r = linalg.conv_2d_nhwc_hwcf_q {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%i, %w, %izp, %wzp : tensor<1x9x9x6xi8>, tensor<3x3x6x10xi8>, i32, i32) outs(%o : tensor<1x7x7x10xi32>) -> tensor<1x7x7x10xi32>
  return %r : tensor<1x7x7x10xi32>
}

func.func @matmul(%a: tensor<20x33xi8>, %b: tensor<33x14xi8>, %c: tensor<20x14xi32>) -> tensor<20x14xi32> {
  %azp = arith.constant 5 : i32
  %bzp = arith.constant 1 : i32
  %r = linalg.quantized_matmul ins(%a, %b, %azp, %bzp : tensor<20x33xi8>, tensor<33x14xi8>, i32, i32)
    outs(%c : tensor<20x14xi32>) -> tensor<20x14xi32>
  return %r : tensor<20x14xi32>
}

func.func @generic(%a: tensor<20x33xi8>, %b: tensor<33x14xi8>, %c: tensor<20x14xi32>) -> tensor<20x14xi32> {
  %azp = arith.constant -4 : i8
  %r = linalg.generic {indexing_maps = [affine_map<(i, j, k) -> (i, k)>, affine_map<(i, j, k) -> (k, j)>,
                                        affine_map<(i, j, k) -> ()>, affine_map<(i, j, k) -> (i, j)>],
                       iterator_types = ["parallel", "parallel", "reduction"]}
    ins(%a, %b, %azp : tensor<20x33xi8>, tensor<33x14xi8>, i8) outs(%c : tensor<20x14xi32>) {
  ^bb0(%x: i8, %y: i8, %z: i8, %acc: i32):
    %xe = arith.extsi %x : i8 to i32
    %ze = arith.extsi %z : i8 to i32
    %xs = arith.subi %xe, %ze : i32
    %ye = arith.extsi %y : i8 to i32
    %p = arith.muli %xs, %ye : i32
    %s = arith.addi %acc, %p : i32
    linalg.yield %s : i32
  } -> tensor<20x14xi32>
  return %r : tensor<20x14xi32>
}

// Deterministic i8 values in [-8, 8]: (sum of index * coefficient) mod 17 - 8.
func.func @fill2(%t: tensor<?x?xi8>, %a: index, %b: index) -> tensor<?x?xi8> {
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} outs(%t : tensor<?x?xi8>) {
  ^bb0(%x: i8):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %s = affine.apply affine_map<(d0, d1)[s0, s1] -> ((d0 * s0 + d1 * s1) mod 17 - 8)>(%i, %j)[%a, %b]
    %c = arith.index_cast %s : index to i8
    linalg.yield %c : i8
  } -> tensor<?x?xi8>
  return %r : tensor<?x?xi8>
}

func.func private @printMemrefI32(memref<*xi32>)

func.func @main() {
  %c3 = arith.constant 3 : index
  %c5 = arith.constant 5 : index
  %c7 = arith.constant 7 : index
  %c11 = arith.constant 11 : index
  %zero = arith.constant 0 : i32
  // conv: input 81x6 and weights 90x10 filled as matrices, then reshaped.
  %ie = tensor.empty() : tensor<81x6xi8>
  %id = tensor.cast %ie : tensor<81x6xi8> to tensor<?x?xi8>
  %if = call @fill2(%id, %c7, %c5) : (tensor<?x?xi8>, index, index) -> tensor<?x?xi8>
  %is = tensor.cast %if : tensor<?x?xi8> to tensor<81x6xi8>
  %i = tensor.expand_shape %is [[0, 1, 2], [3]] output_shape [1, 9, 9, 6] : tensor<81x6xi8> into tensor<1x9x9x6xi8>
  %we = tensor.empty() : tensor<54x10xi8>
  %wd = tensor.cast %we : tensor<54x10xi8> to tensor<?x?xi8>
  %wf = call @fill2(%wd, %c5, %c11) : (tensor<?x?xi8>, index, index) -> tensor<?x?xi8>
  %ws = tensor.cast %wf : tensor<?x?xi8> to tensor<54x10xi8>
  %w = tensor.expand_shape %ws [[0, 1, 2], [3]] output_shape [3, 3, 6, 10] : tensor<54x10xi8> into tensor<3x3x6x10xi8>
  %oe = tensor.empty() : tensor<1x7x7x10xi32>
  %o = linalg.fill ins(%zero : i32) outs(%oe : tensor<1x7x7x10xi32>) -> tensor<1x7x7x10xi32>
  %conv = call @conv(%i, %w, %o) : (tensor<1x9x9x6xi8>, tensor<3x3x6x10xi8>, tensor<1x7x7x10xi32>) -> tensor<1x7x7x10xi32>
  %cm = bufferization.to_buffer %conv : tensor<1x7x7x10xi32> to memref<1x7x7x10xi32>
  %cu = memref.cast %cm : memref<1x7x7x10xi32> to memref<*xi32>
  call @printMemrefI32(%cu) : (memref<*xi32>) -> ()
  // matmuls
  %ae = tensor.empty() : tensor<20x33xi8>
  %ad = tensor.cast %ae : tensor<20x33xi8> to tensor<?x?xi8>
  %af = call @fill2(%ad, %c7, %c3) : (tensor<?x?xi8>, index, index) -> tensor<?x?xi8>
  %a = tensor.cast %af : tensor<?x?xi8> to tensor<20x33xi8>
  %be = tensor.empty() : tensor<33x14xi8>
  %bd = tensor.cast %be : tensor<33x14xi8> to tensor<?x?xi8>
  %bf = call @fill2(%bd, %c11, %c5) : (tensor<?x?xi8>, index, index) -> tensor<?x?xi8>
  %b = tensor.cast %bf : tensor<?x?xi8> to tensor<33x14xi8>
  %ce = tensor.empty() : tensor<20x14xi32>
  %c = linalg.fill ins(%zero : i32) outs(%ce : tensor<20x14xi32>) -> tensor<20x14xi32>
  %mm = call @matmul(%a, %b, %c) : (tensor<20x33xi8>, tensor<33x14xi8>, tensor<20x14xi32>) -> tensor<20x14xi32>
  %mmm = bufferization.to_buffer %mm : tensor<20x14xi32> to memref<20x14xi32>
  %mmu = memref.cast %mmm : memref<20x14xi32> to memref<*xi32>
  call @printMemrefI32(%mmu) : (memref<*xi32>) -> ()
  %g = call @generic(%a, %b, %c) : (tensor<20x33xi8>, tensor<33x14xi8>, tensor<20x14xi32>) -> tensor<20x14xi32>
  %gm = bufferization.to_buffer %g : tensor<20x14xi32> to memref<20x14xi32>
  %gu = memref.cast %gm : memref<20x14xi32> to memref<*xi32>
  call @printMemrefI32(%gu) : (memref<*xi32>) -> ()
  return
}
