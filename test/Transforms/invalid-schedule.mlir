// Every rule a #salsa.schedule obeys, checked by the verifier.
// RUN: salsa-opt %s -split-input-file -verify-diagnostics -allow-unregistered-dialect

func.func @trips(%a: tensor<7x3xf32>, %b: tensor<3x5xf32>, %c: tensor<7x5xf32>) -> tensor<7x5xf32> {
  // expected-error @+1 {{schedule loops over 'D' multiply to 8, but size 7 unrolled by 1 needs 7}}
  %0 = linalg.matmul {salsa.schedule = #salsa.schedule<target = "t", loop_dims = ["D", "K", "C"], spatial = [],
      loops = [#salsa.loop<dim = "D", factor = 8, memories = {}>, #salsa.loop<dim = "K", factor = 5, memories = {}>,
               #salsa.loop<dim = "C", factor = 3, memories = {}>], energy = 0.0, latency = 0.0>}
    ins(%a, %b : tensor<7x3xf32>, tensor<3x5xf32>) outs(%c : tensor<7x5xf32>) -> tensor<7x5xf32>
  return %0 : tensor<7x5xf32>
}

// -----

func.func @count(%a: tensor<7x3xf32>, %b: tensor<3x5xf32>, %c: tensor<7x5xf32>) -> tensor<7x5xf32> {
  // expected-error @+1 {{schedule names 2 loop dimensions but the op has 3 loops}}
  %0 = linalg.matmul {salsa.schedule = #salsa.schedule<target = "t", loop_dims = ["D", "K"], spatial = [],
      loops = [], energy = 0.0, latency = 0.0>}
    ins(%a, %b : tensor<7x3xf32>, tensor<3x5xf32>) outs(%c : tensor<7x5xf32>) -> tensor<7x5xf32>
  return %0 : tensor<7x5xf32>
}

// -----

func.func @unknown_dim(%a: tensor<7x3xf32>, %b: tensor<3x5xf32>, %c: tensor<7x5xf32>) -> tensor<7x5xf32> {
  // expected-error @+1 {{loop over 'X', which is not one of the loop_dims}}
  %0 = linalg.matmul {salsa.schedule = #salsa.schedule<target = "t", loop_dims = ["D", "K", "C"], spatial = [],
      loops = [#salsa.loop<dim = "X", factor = 7, memories = {}>], energy = 0.0, latency = 0.0>}
    ins(%a, %b : tensor<7x3xf32>, tensor<3x5xf32>) outs(%c : tensor<7x5xf32>) -> tensor<7x5xf32>
  return %0 : tensor<7x5xf32>
}

// -----

func.func @factor(%a: tensor<7x3xf32>, %b: tensor<3x5xf32>, %c: tensor<7x5xf32>) -> tensor<7x5xf32> {
  // expected-error @+3 {{loop over 'D' has factor 0; factors must be positive}}
  // expected-error @+2 {{failed to parse Salsa_ScheduleAttr parameter}}
  %0 = linalg.matmul {salsa.schedule = #salsa.schedule<target = "t", loop_dims = ["D", "K", "C"], spatial = [],
      loops = [#salsa.loop<dim = "D", factor = 0, memories = {}>], energy = 0.0, latency = 0.0>}
    ins(%a, %b : tensor<7x3xf32>, tensor<3x5xf32>) outs(%c : tensor<7x5xf32>) -> tensor<7x5xf32>
  return %0 : tensor<7x5xf32>
}

// -----

func.func @spatial_dim(%a: tensor<7x3xf32>, %b: tensor<3x5xf32>, %c: tensor<7x5xf32>) -> tensor<7x5xf32> {
  // expected-error @+1 {{spatial unroll of 'Q', which is not one of the loop_dims}}
  %0 = linalg.matmul {salsa.schedule = #salsa.schedule<target = "t", loop_dims = ["D", "K", "C"], spatial = [#salsa.unroll<"D1", "Q", 2>],
      loops = [], energy = 0.0, latency = 0.0>}
    ins(%a, %b : tensor<7x3xf32>, tensor<3x5xf32>) outs(%c : tensor<7x5xf32>) -> tensor<7x5xf32>
  return %0 : tensor<7x5xf32>
}

// -----

func.func @not_linalg() {
  // expected-error @+1 {{'salsa.schedule' belongs on a linalg op}}
  "test.op"() {salsa.schedule = #salsa.schedule<target = "t", loop_dims = [], spatial = [], loops = [], energy = 0.0, latency = 0.0>} : () -> ()
  return
}

// -----

func.func @dynamic(%a: tensor<?x3xf32>, %b: tensor<3x5xf32>, %c: tensor<?x5xf32>) -> tensor<?x5xf32> {
  // expected-error @+1 {{'salsa.schedule' needs static shapes}}
  %0 = linalg.matmul {salsa.schedule = #salsa.schedule<target = "t", loop_dims = ["D", "K", "C"], spatial = [],
      loops = [], energy = 0.0, latency = 0.0>}
    ins(%a, %b : tensor<?x3xf32>, tensor<3x5xf32>) outs(%c : tensor<?x5xf32>) -> tensor<?x5xf32>
  return %0 : tensor<?x5xf32>
}

// -----

// Memory names are checked against the module's target.
module attributes {salsa.target = #salsa.accelerator<name = "tiny", array_dims = ["D1"], array_sizes = [4], mac_energy = 0.5,
    memories = [#salsa.memory<name = "dram", size = 1000000, r_cost = 10.0, w_cost = 10.0, area = 0.0, latency = 1,
      operands = ["I1", "I2", "O"], served_dimensions = ["D1"],
      ports = [#salsa.port<name = "rw", type = "read_write", bandwidth_min = 8, bandwidth_max = 8,
               allocation = ["I1, fh", "I1, tl", "I2, fh", "I2, tl", "O, fh", "O, tl", "O, fl", "O, th"]>]>],
    operand_links = {I = "I1", O = "O", W = "I2"}, spatial_mapping = []>} {
  func.func @memory(%a: tensor<7x3xf32>, %b: tensor<3x5xf32>, %c: tensor<7x5xf32>) -> tensor<7x5xf32> {
    // expected-error @+1 {{schedule puts operand 'W' in memory 'sram', which target 'tiny' does not have}}
    %0 = linalg.matmul {salsa.schedule = #salsa.schedule<target = "tiny", loop_dims = ["D", "K", "C"], spatial = [],
        loops = [#salsa.loop<dim = "D", factor = 7, memories = {I = "dram", O = "dram", W = "sram"}>,
                 #salsa.loop<dim = "K", factor = 5, memories = {}>, #salsa.loop<dim = "C", factor = 3, memories = {}>],
        energy = 0.0, latency = 0.0>}
      ins(%a, %b : tensor<7x3xf32>, tensor<3x5xf32>) outs(%c : tensor<7x5xf32>) -> tensor<7x5xf32>
    return %0 : tensor<7x5xf32>
  }
}

// -----

func.func @loop_attr() {
  // expected-error @+1 {{'salsa.loop' must be a #salsa.loop}}
  "test.op"() {salsa.loop = 3} : () -> ()
  return
}

// -----

func.func @scheduled_attr() {
  // expected-error @+1 {{'salsa.scheduled' must be an integer}}
  "test.op"() {salsa.scheduled = "x"} : () -> ()
  return
}

// -----

func.func @negative_energy(%a: tensor<7x3xf32>, %b: tensor<3x5xf32>, %c: tensor<7x5xf32>) -> tensor<7x5xf32> {
  // expected-error @+1 {{predicted energy and latency must be finite and non-negative, got -1.000000e+00 and 0.000000e+00}}
  %0 = linalg.matmul {salsa.schedule = #salsa.schedule<target = "t", loop_dims = ["D", "K", "C"], spatial = [],
      loops = [], energy = -1.0, latency = 0.0>}
    ins(%a, %b : tensor<7x3xf32>, tensor<3x5xf32>) outs(%c : tensor<7x5xf32>) -> tensor<7x5xf32>
  return %0 : tensor<7x5xf32>
}

// -----

// Found by the attribute fuzzer: an overflowing literal parsed as infinity
// and then did not print back to itself.
func.func @infinite_energy(%a: tensor<7x3xf32>, %b: tensor<3x5xf32>, %c: tensor<7x5xf32>) -> tensor<7x5xf32> {
  // expected-error @+1 {{predicted energy and latency must be finite and non-negative, got INF and 0.000000e+00}}
  %0 = linalg.matmul {salsa.schedule = #salsa.schedule<target = "t", loop_dims = ["D", "K", "C"], spatial = [],
      loops = [], energy = 1196944.3199E99998, latency = 0.0>}
    ins(%a, %b : tensor<7x3xf32>, tensor<3x5xf32>) outs(%c : tensor<7x5xf32>) -> tensor<7x5xf32>
  return %0 : tensor<7x5xf32>
}
