// fix-zigzag-bugs: the search minimises the latency with two ZigZag bugs
// corrected. On tpu_like this ResNet-18 3x3 conv's weights and inputs
// share a port on one side of a link only (a half-shared pair): ZigZag
// keeps only the last such pair's on-loading cycles, the fix adds them up,
// and the fastest schedule is slower than ZigZag says.
// RUN: salsa-opt %s --pass-pipeline='builtin.module(func.func(salsa-schedule{target=tpu_like objective=latency}))' \
// RUN:   | FileCheck %s --check-prefix=ZIGZAG
// RUN: salsa-opt %s --pass-pipeline='builtin.module(func.func(salsa-schedule{target=tpu_like objective=latency fix-zigzag-bugs}))' \
// RUN:   | FileCheck %s --check-prefix=FIXED
// The corrected model's optimum is proven as well.
// RUN: salsa-opt %s -verify-diagnostics \
// RUN:   --pass-pipeline='builtin.module(func.func(salsa-schedule{target=tpu_like objective=latency fix-zigzag-bugs remarks}))' -o /dev/null
// RUN: salsa-opt --help | FileCheck %s --check-prefix=HELP
// RUN: salsa-explore schedule --help | FileCheck %s --check-prefix=HELP
// RUN: salsa-explore evaluate --help | FileCheck %s --check-prefix=HELP

// ZIGZAG: energy = 68294568.736, latency = 113739.0
// FIXED: energy = 68294568.736, latency = 139810.0
// HELP: --fix-zigzag-bugs {{.*}}Correct two ZigZag latency bugs
func.func @conv(%x: tensor<1x64x58x58xi8>, %w: tensor<64x64x3x3xi8>, %y: tensor<1x64x56x56xi32>) -> tensor<1x64x56x56xi32> {
  // expected-remark @+2 {{latency 139810 cycles}}
  // expected-note @+1 {{lower bound 1.398100e+05 cycles}}
  %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%x, %w : tensor<1x64x58x58xi8>, tensor<64x64x3x3xi8>) outs(%y : tensor<1x64x56x56xi32>) -> tensor<1x64x56x56xi32>
  return %0 : tensor<1x64x56x56xi32>
}
