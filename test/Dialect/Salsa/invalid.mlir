// Every verifier rule of the salsa attributes, one failing case each.
// RUN: salsa-opt %s -split-input-file -verify-diagnostics

// expected-error @+5 {{port name must not be empty}}
// expected-error @+4 {{failed to parse Salsa_MemoryAttr parameter 'ports' which is to be a `::mlir::ArrayAttr`}}
// expected-error @+3 {{failed to parse Salsa_AcceleratorAttr parameter 'memories' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+5 {{port 'rw' has type "readwrite"; expected "read", "write" or "read_write"}}
// expected-error @+4 {{failed to parse Salsa_MemoryAttr parameter 'ports' which is to be a `::mlir::ArrayAttr`}}
// expected-error @+3 {{failed to parse Salsa_AcceleratorAttr parameter 'memories' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "readwrite", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+5 {{port 'rw' has bandwidth_min 16 and bandwidth_max 8; both must be positive with min <= max}}
// expected-error @+4 {{failed to parse Salsa_MemoryAttr parameter 'ports' which is to be a `::mlir::ArrayAttr`}}
// expected-error @+3 {{failed to parse Salsa_AcceleratorAttr parameter 'memories' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 16, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+5 {{port 'rw' has bandwidth_min 0 and bandwidth_max 8; both must be positive with min <= max}}
// expected-error @+4 {{failed to parse Salsa_MemoryAttr parameter 'ports' which is to be a `::mlir::ArrayAttr`}}
// expected-error @+3 {{failed to parse Salsa_AcceleratorAttr parameter 'memories' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 0, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+5 {{allocation entry #0 must be a string, got 3 : i64}}
// expected-error @+4 {{failed to parse Salsa_MemoryAttr parameter 'ports' which is to be a `::mlir::ArrayAttr`}}
// expected-error @+3 {{failed to parse Salsa_AcceleratorAttr parameter 'memories' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = [3]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+5 {{port 'rw' has allocation "I3, tl"; expected "<I1|I2|O>, <fh|tl|fl|th>"}}
// expected-error @+4 {{failed to parse Salsa_MemoryAttr parameter 'ports' which is to be a `::mlir::ArrayAttr`}}
// expected-error @+3 {{failed to parse Salsa_AcceleratorAttr parameter 'memories' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I3, tl"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+5 {{port 'rw' has allocation "I1, up"; expected "<I1|I2|O>, <fh|tl|fl|th>"}}
// expected-error @+4 {{failed to parse Salsa_MemoryAttr parameter 'ports' which is to be a `::mlir::ArrayAttr`}}
// expected-error @+3 {{failed to parse Salsa_AcceleratorAttr parameter 'memories' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, up"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+4 {{memory name must not be empty}}
// expected-error @+3 {{failed to parse Salsa_AcceleratorAttr parameter 'memories' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+4 {{memory 'reg' has size 0 bits; sizes must be positive}}
// expected-error @+3 {{failed to parse Salsa_AcceleratorAttr parameter 'memories' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 0, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+4 {{memory 'reg' has r_cost/w_cost 0.000000e+00/1.000000e-01 pJ; energies must be positive}}
// expected-error @+3 {{failed to parse Salsa_AcceleratorAttr parameter 'memories' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.0, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+4 {{memory 'reg' has negative area}}
// expected-error @+3 {{failed to parse Salsa_AcceleratorAttr parameter 'memories' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = -1.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+4 {{memory 'reg' has negative latency}}
// expected-error @+3 {{failed to parse Salsa_AcceleratorAttr parameter 'memories' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = -1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+4 {{operand #0 must be a string, got 1 : i64}}
// expected-error @+3 {{failed to parse Salsa_AcceleratorAttr parameter 'memories' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = [1], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+4 {{memory 'reg' holds no operand}}
// expected-error @+3 {{failed to parse Salsa_AcceleratorAttr parameter 'memories' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = [], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+4 {{memory 'reg' holds operand "W"; expected "I1", "I2" or "O"}}
// expected-error @+3 {{failed to parse Salsa_AcceleratorAttr parameter 'memories' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["W"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+4 {{served dimension #0 must be a string, got 1 : i64}}
// expected-error @+3 {{failed to parse Salsa_AcceleratorAttr parameter 'memories' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [1], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+4 {{memory 'reg' has no port}}
// expected-error @+3 {{failed to parse Salsa_AcceleratorAttr parameter 'memories' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = []>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+4 {{memory 'reg' has a port that is not a #salsa.port: "rw"}}
// expected-error @+3 {{failed to parse Salsa_AcceleratorAttr parameter 'memories' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = ["rw"]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+4 {{memory 'reg' has two ports named 'rw'}}
// expected-error @+3 {{failed to parse Salsa_AcceleratorAttr parameter 'memories' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>, #salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+7 {{unroll of 'K' over 'D1' has factor 0; factors must be positive}}
// expected-error @+6 {{failed to parse Salsa_AcceleratorAttr parameter 'spatial_mapping' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 0>]>} {
}

// -----

// expected-error @+7 {{unroll needs an array and a layer dimension}}
// expected-error @+6 {{failed to parse Salsa_AcceleratorAttr parameter 'spatial_mapping' which is to be a `::mlir::ArrayAttr`}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"", "K", 4>]>} {
}

// -----

// expected-error @+1 {{array dimension #0 must be a string, got 1 : i64}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = [1], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+1 {{accelerator 'tiny' has a memory that is not a #salsa.memory: "reg"}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      "reg",
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+1 {{spatial_mapping entries must be #salsa.unroll, got "K"}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = ["K"]>} {
}

// -----

// expected-error @+1 {{accelerator '': accelerator has an empty name}}
module attributes {salsa.target = #salsa.accelerator<name = "", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+1 {{accelerator 'tiny': operational array has no dimensions}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = [], array_sizes = [], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = []>} {
}

// -----

// expected-error @+1 {{accelerator 'tiny': operational array has 1 dimensions but 2 sizes}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4, 4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+1 {{accelerator 'tiny': operational array dimension 'D1' is listed twice}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1", "D1"], array_sizes = [4, 4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+1 {{accelerator 'tiny': operational array dimension 'D1' has size 0; sizes must be positive}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [0], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+1 {{accelerator 'tiny': MAC energy must be positive, got -1}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = -1.0,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+1 {{accelerator 'tiny': accelerator has no memory levels}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      ],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+1 {{accelerator 'tiny': memory name 'reg' is used twice}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+1 {{accelerator 'tiny': memory 'dram' serves array dimension 'D9', which the operational array does not have}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D9"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+1 {{accelerator 'tiny': port 'rw' of memory 'reg' is allocated to operand I2, which the memory does not hold}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+1 {{accelerator 'tiny': port 'r' of memory 'reg' is a read port but is allocated to 'I1, fh'}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "r", type = "read", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+1 {{accelerator 'tiny': port 'w' of memory 'reg' is a write port but is allocated to 'O, tl'}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "w", type = "write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["O, tl"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+1 {{accelerator 'tiny': no memory holds operand I2: every operand needs a path of memories up to a top level}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, tl"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, tl"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+1 {{operand link 'W' must name "I1", "I2" or "O", got "X"}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "X"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+1 {{operand links 'I' and 'W' both use memory operand "I1"}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I1"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+1 {{operand_links must route the output 'O'}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}

// -----

// expected-error @+1 {{spatial_mapping unrolls over array dimension 'D2', which 'tiny' does not have}}
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.1, w_cost = 0.1, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D2", "K", 4>]>} {
}

// -----

// expected-error @+1 {{'salsa.target' belongs on a builtin.module}}
func.func @f() attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5, memories = [#salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>], operand_links = {I = "I1", O = "O", W = "I2"}, spatial_mapping = []>} {
  return
}

// -----

// expected-error @+1 {{'salsa.target' must be a #salsa.accelerator}}
module attributes {salsa.target = "tpu_like"} {
}

// -----

// expected-error @+1 {{unknown salsa attribute 'salsa.tagret'}}
module attributes {salsa.tagret = 1} {
}

// -----

// An unroll wider than its array dimension (ZigZag clips it with a warning;
// a target is written for its array, so salsa refuses it).
// expected-error @+1 {{accelerator 'tiny': mapping entry 'default' unrolls K by 64 over array dimension 'D1', which has only 8 PEs}}
func.func @f() attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [8], mac_energy = 0.5, memories = [#salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>], operand_links = {I = "I1", O = "O", W = "I2"}, spatial_mapping = [#salsa.unroll<"D1", "K", 64>]>} {
  return
}

// -----

// expected-error @+1 {{accelerator 'tiny': mapping entry 'default' gives a precision for 'w'; the operands are W, I, O (partial sums) and O_final}}
func.func @f() attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [8], mac_energy = 0.5, memories = [#salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>], operand_links = {I = "I1", O = "O", W = "I2"}, spatial_mapping = [], precisions = {w = 8}>} {
  return
}

// -----

// expected-error @+1 {{precision of 'W' must be an integer number of bits, got "8"}}
func.func @f() attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [8], mac_energy = 0.5, memories = [#salsa.memory<name = "dram", size = 1000000000, r_cost = 100.0, w_cost = 100.0, area = 0.0, latency = 1, operands = ["I1", "I2", "O"], served_dimensions = ["D1"], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8, allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>], operand_links = {I = "I1", O = "O", W = "I2"}, spatial_mapping = [], precisions = {W = "8"}>} {
  return
}
