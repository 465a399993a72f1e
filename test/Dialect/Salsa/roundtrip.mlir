// The salsa attributes print in the form they parse, and printing again is
// stable.
// RUN: salsa-opt %s | FileCheck %s
// RUN: salsa-opt %s | salsa-opt | FileCheck %s

// CHECK-LABEL: module attributes
// CHECK-SAME: salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1", "D2"], array_sizes = [4, 2], mac_energy = 0.5,
// CHECK-SAME: memories = [#salsa.memory<name = "reg", size = 512, r_cost = 0.125, w_cost = 1.0e-05, area = 0.0, latency = 1, operands = ["I2", "O"], served_dimensions = [], ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 16, allocation = ["I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
// CHECK-SAME: #salsa.memory<name = "dram", size = 10000000000, r_cost = 700.0, w_cost = 750.5, area = 2.5, latency = 3, operands = ["I1", "I2", "O"], served_dimensions = ["D1", "D2"], ports = [#salsa.port<name = "r", type = "read", bandwidth_min = 64, bandwidth_max = 64, allocation = ["I1, tl", "I2, tl", "O, tl", "O, th"]>, #salsa.port<name = "w", type = "write", bandwidth_min = 64, bandwidth_max = 64, allocation = ["I1, fh", "I2, fh", "O, fh", "O, fl"]>]>],
// CHECK-SAME: operand_links = {I = "I1", O = "O", W = "I2"},
// CHECK-SAME: spatial_mapping = [#salsa.unroll<"D1", "K", 4>, #salsa.unroll<"D2", "C", 2>]>
module attributes {salsa.target = #salsa.accelerator<
    name = "tiny", array_dims = ["D1", "D2"], array_sizes = [4, 2],
    mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "reg", size = 512, r_cost = 0.125, w_cost = 0.00001,
        area = 0.0, latency = 1, operands = ["I2", "O"], served_dimensions = [],
        ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8,
                   bandwidth_max = 16,
                   allocation = ["I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>,
      #salsa.memory<name = "dram", size = 10000000000, r_cost = 700, w_cost = 750.5,
        area = 2.5, latency = 3, operands = ["I1", "I2", "O"],
        served_dimensions = ["D1", "D2"],
        ports = [#salsa.port<name = "r", type = "read", bandwidth_min = 64,
                   bandwidth_max = 64, allocation = ["I1, tl", "I2, tl", "O, tl", "O, th"]>,
                 #salsa.port<name = "w", type = "write", bandwidth_min = 64,
                   bandwidth_max = 64, allocation = ["I1, fh", "I2, fh", "O, fh", "O, fl"]>]>],
    // Parameters may come in any order.
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>, #salsa.unroll<"D2", "C", 2>],
    operand_links = {W = "I2", I = "I1", O = "O"}>} {
}
