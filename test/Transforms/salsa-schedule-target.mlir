// The target can come from the module: no option needed.
// RUN: salsa-opt %s --salsa-attach-target=target=eyeriss_like \
// RUN:   | salsa-opt --pass-pipeline='builtin.module(func.func(salsa-schedule))' | FileCheck %s
// RUN: salsa-opt %S/Inputs/schedule-no-target.mlir -verify-diagnostics \
// RUN:   --pass-pipeline='builtin.module(func.func(salsa-schedule))'
// A bad enum value is rejected by the option parser, before any IR is read.
// RUN: not salsa-opt %S/Inputs/schedule-bad-option.mlir \
// RUN:   --pass-pipeline='builtin.module(func.func(salsa-schedule{engine=fast}))' 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BADOPT
// BADOPT: for the --engine option: Cannot find option named 'fast'!
// The precisions are checked once, up front.
// RUN: salsa-opt %S/Inputs/schedule-bad-precisions.mlir -verify-diagnostics \
// RUN:   --pass-pipeline='builtin.module(func.func(salsa-schedule{precisions=W=eight}))'

// CHECK: linalg.matmul {salsa.schedule = #salsa.schedule<target = "eyeriss_like", loop_dims = ["D", "K", "C"], spatial = [#salsa.unroll<"D1", "K", 14>, #salsa.unroll<"D2", "C", 12>]
func.func @mm(%a: tensor<28x24xf32>, %b: tensor<24x42xf32>, %c: tensor<28x42xf32>) -> tensor<28x42xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<28x24xf32>, tensor<24x42xf32>) outs(%c : tensor<28x42xf32>) -> tensor<28x42xf32>
  return %0 : tensor<28x42xf32>
}
