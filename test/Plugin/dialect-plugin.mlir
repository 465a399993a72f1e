// The dialect plugin alone lets stock mlir-opt-22 parse, verify and print
// salsa attributes.
//
// RUN: mlir-opt-22 --load-dialect-plugin=%salsa_plugin %s | FileCheck %s
// RUN: not mlir-opt-22 %s 2>&1 | FileCheck %s --check-prefix=NOPLUGIN
// RUN: mlir-opt-22 --load-dialect-plugin=%salsa_plugin %S/../Dialect/Salsa/invalid.mlir -split-input-file -verify-diagnostics

// CHECK: salsa.target = #salsa.accelerator<name = "tiny"
// NOPLUGIN: attribute created with unregistered dialect
module attributes {salsa.target = #salsa.accelerator<
    name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [
      #salsa.memory<name = "dram", size = 1000000, r_cost = 10.0, w_cost = 10.0,
        area = 0.0, latency = 1, operands = ["I1", "I2", "O"],
        served_dimensions = ["D1"],
        ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8,
                   bandwidth_max = 8,
                   allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"},
    spatial_mapping = [#salsa.unroll<"D1", "K", 4>]>} {
}
