// Every diagnostic of salsa-tile's buffers mode and of #salsa.memory_space.
// RUN: salsa-opt %s -split-input-file -verify-diagnostics --salsa-tile=buffers
// A schedule whose per-PE tiles overflow 'reg': 8x4 + 4x2 + 8x2 floats.
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
func.func @too_big(%a: memref<8x4xf32>, %b: memref<4x2xf32>, %c: memref<8x2xf32>) {
  // expected-error @+1 {{salsa: the tiles in memory 'reg' need 1792 bits per instance, more than its 1024}}
  linalg.matmul {salsa.schedule = #salsa.schedule<target = "acc3",
      loop_dims = ["D", "K", "C"], spatial = [],
      loops = [#salsa.loop<dim = "D", factor = 8, memories = {I = "reg", O = "reg", W = "reg"}>, #salsa.loop<dim = "K", factor = 2, memories = {I = "reg", O = "reg", W = "reg"}>, #salsa.loop<dim = "C", factor = 4, memories = {I = "reg", O = "reg", W = "reg"}>],
      energy = 0.0, latency = 0.0>}
    ins(%a, %b : memref<8x4xf32>, memref<4x2xf32>) outs(%c : memref<8x2xf32>)
  return
}
}

// -----

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
func.func @f(%a: tensor<8x4xf32>, %b: tensor<4x2xf32>, %c: tensor<8x2xf32>) -> tensor<8x2xf32> {
  // expected-error @+1 {{salsa: 'buffers' needs a linalg op on memrefs with two data inputs and one init (bufferize tensors first, e.g. --one-shot-bufferize=bufferize-function-boundaries)}}
  %r = linalg.matmul {salsa.schedule = #salsa.schedule<target = "acc3",
      loop_dims = ["D", "K", "C"], spatial = [],
      loops = [#salsa.loop<dim = "D", factor = 8, memories = {I = "buf", O = "buf", W = "buf"}>, #salsa.loop<dim = "K", factor = 2, memories = {I = "reg", O = "reg", W = "reg"}>, #salsa.loop<dim = "C", factor = 4, memories = {I = "reg", O = "reg", W = "reg"}>],
      energy = 0.0, latency = 0.0>}
    ins(%a, %b : tensor<8x4xf32>, tensor<4x2xf32>) outs(%c : tensor<8x2xf32>) -> tensor<8x2xf32>
  return %r : tensor<8x2xf32>
}
}

// -----

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
func.func @f(%a: memref<8x4xf32>, %b: memref<4x2xf32>, %c: memref<8x2xf32>) {
  // expected-error @+1 {{salsa: the schedule is for target 'other', not 'acc3'}}
  linalg.matmul {salsa.schedule = #salsa.schedule<target = "other",
      loop_dims = ["D", "K", "C"], spatial = [],
      loops = [#salsa.loop<dim = "D", factor = 8, memories = {I = "buf", O = "buf", W = "buf"}>, #salsa.loop<dim = "K", factor = 2, memories = {I = "reg", O = "reg", W = "reg"}>, #salsa.loop<dim = "C", factor = 4, memories = {I = "reg", O = "reg", W = "reg"}>],
      energy = 0.0, latency = 0.0>}
    ins(%a, %b : memref<8x4xf32>, memref<4x2xf32>) outs(%c : memref<8x2xf32>)
  return
}
}

// -----

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
func.func @f(%a: memref<8x4xf32>, %b: memref<4x2xf32>, %c: memref<8x2xf32>) {
  // expected-error @+1 {{salsa: loop 'D' names no memory for operand 'W' ('buffers' needs one per operand)}}
  linalg.matmul {salsa.schedule = #salsa.schedule<target = "acc3",
      loop_dims = ["D", "K", "C"], spatial = [],
      loops = [#salsa.loop<dim = "D", factor = 8, memories = {I = "buf", O = "buf"}>, #salsa.loop<dim = "K", factor = 2, memories = {I = "reg", O = "reg", W = "reg"}>, #salsa.loop<dim = "C", factor = 4, memories = {I = "reg", O = "reg", W = "reg"}>],
      energy = 0.0, latency = 0.0>}
    ins(%a, %b : memref<8x4xf32>, memref<4x2xf32>) outs(%c : memref<8x2xf32>)
  return
}
}

// -----

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
func.func @f(%a: memref<8x4xf32>, %b: memref<4x2xf32>, %c: memref<8x2xf32>) {
  // expected-error @+1 {{salsa: operand 'I' moves up the hierarchy inside loop 'K' (to 'buf')}}
  linalg.matmul {salsa.schedule = #salsa.schedule<target = "acc3",
      loop_dims = ["D", "K", "C"], spatial = [],
      loops = [#salsa.loop<dim = "D", factor = 8, memories = {I = "reg", O = "buf", W = "buf"}>, #salsa.loop<dim = "K", factor = 2, memories = {I = "buf", O = "reg", W = "reg"}>, #salsa.loop<dim = "C", factor = 4, memories = {I = "reg", O = "reg", W = "reg"}>],
      energy = 0.0, latency = 0.0>}
    ins(%a, %b : memref<8x4xf32>, memref<4x2xf32>) outs(%c : memref<8x2xf32>)
  return
}
}

// -----

// 'reg' does not hold inputs on this target.
module attributes {salsa.target = #salsa.accelerator<
    name = "acc3", array_dims = ["D1", "D2"], array_sizes = [4, 2], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 1024, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1,
        operands = ["I2", "O"], served_dimensions = [],
        ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 32, bandwidth_max = 32,
                 allocation = ["I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
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
func.func @f(%a: memref<8x4xf32>, %b: memref<4x2xf32>, %c: memref<8x2xf32>) {
  // expected-error @+1 {{salsa: operand 'I' is put in 'reg', which is not one of its memories on 'acc3'}}
  linalg.matmul {salsa.schedule = #salsa.schedule<target = "acc3",
      loop_dims = ["D", "K", "C"], spatial = [],
      loops = [#salsa.loop<dim = "D", factor = 8, memories = {I = "buf", O = "buf", W = "buf"}>, #salsa.loop<dim = "K", factor = 2, memories = {I = "reg", O = "reg", W = "reg"}>, #salsa.loop<dim = "C", factor = 4, memories = {I = "reg", O = "reg", W = "reg"}>],
      energy = 0.0, latency = 0.0>}
    ins(%a, %b : memref<8x4xf32>, memref<4x2xf32>) outs(%c : memref<8x2xf32>)
  return
}
}

// -----

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
    operand_links = {I = "I1", O = "O"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>, #salsa.unroll<"D2", "C", 2>]>} {
func.func @f(%a: memref<8x4xf32>, %b: memref<4x2xf32>, %c: memref<8x2xf32>) {
  // expected-error @+1 {{salsa: target 'acc3' links no memory operand to operand 'W'}}
  linalg.matmul {salsa.schedule = #salsa.schedule<target = "acc3",
      loop_dims = ["D", "K", "C"], spatial = [],
      loops = [#salsa.loop<dim = "D", factor = 8, memories = {I = "buf", O = "buf", W = "buf"}>, #salsa.loop<dim = "K", factor = 2, memories = {I = "reg", O = "reg", W = "reg"}>, #salsa.loop<dim = "C", factor = 4, memories = {I = "reg", O = "reg", W = "reg"}>],
      energy = 0.0, latency = 0.0>}
    ins(%a, %b : memref<8x4xf32>, memref<4x2xf32>) outs(%c : memref<8x2xf32>)
  return
}
}

// -----

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
func.func @verify_capacity() {
  // expected-error @+1 {{buffer of 2048 bits exceeds memory 'reg' of 1024 bits}}
  %0 = memref.alloc() : memref<8x8xf32, #salsa.memory_space<"reg">>
  // Spread over instances, or narrower on the accelerator: fits.
  %1 = memref.alloc() : memref<8x8xf32, #salsa.memory_space<"reg", instances = 2>>
  %2 = memref.alloc() : memref<8x8xf32, #salsa.memory_space<"reg", element_bits = 16>>
  return
}
}

// -----

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
func.func @verify_unknown() {
  // expected-error @+1 {{buffer in memory 'sram', which target 'acc3' does not have}}
  %0 = memref.alloc() : memref<8xf32, #salsa.memory_space<"sram">>
  return
}
}
