// Which precisions an op is scheduled at: the precisions option > the
// target's (presets: W=8,I=8,O=16,O_final=8) > the element types;
// precisions=from-ir keeps the element types. The remark says which.
// RUN: salsa-opt %s -verify-diagnostics --salsa-schedule="target=tpu_like remarks" -o /dev/null
// RUN: salsa-opt %s --salsa-schedule="target=tpu_like remarks precisions=W=4,I=4" -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OPTION
// RUN: salsa-opt %s --salsa-schedule="target=eyeriss_like remarks precisions=from-ir" -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FROMIR
// A module target with precisions, and one without (element types then).
// RUN: salsa-opt %s --salsa-attach-target=target=tpu_like \
// RUN:   | salsa-opt --salsa-schedule=remarks -o /dev/null 2>&1 | FileCheck %s --check-prefix=MODULE
// RUN: salsa-opt %s --salsa-attach-target=target=eyeriss_like \
// RUN:   | sed -e 's/, precisions = {[^}]*}//' \
// RUN:   | salsa-opt --salsa-schedule=remarks -o /dev/null 2>&1 | FileCheck %s --check-prefix=NOPREC
// Option errors, once, before any op.
// RUN: not salsa-opt %S/Inputs/schedule-bad-option.mlir --salsa-schedule="target=tpu_like precisions=w=8" 2>&1 | FileCheck %s --check-prefix=LOWER
// RUN: not salsa-opt %S/Inputs/schedule-bad-option.mlir --salsa-schedule="target=tpu_like precisions=W=8,X=3" 2>&1 | FileCheck %s --check-prefix=UNKNOWN

// OPTION: precisions W=4,I=4,O=16,O_final=8 (from the precisions option)
// FROMIR: precisions W=32,I=32,O=32,O_final=32 (from element types)
// MODULE: precisions W=8,I=8,O=16,O_final=8 (from target 'tpu_like')
// NOPREC: precisions W=32,I=32,O=32,O_final=32 (from element types)
// LOWER: salsa-schedule: precisions names 'w', which is no operand (W, I, O for partial sums, O_final) - did you mean 'W'?
// UNKNOWN: salsa-schedule: precisions names 'X', which is no operand (W, I, O for partial sums, O_final)
// UNKNOWN-NOT: did you mean

func.func @f32(%a: tensor<32x64xf32>, %b: tensor<64x16xf32>, %c: tensor<32x16xf32>) -> tensor<32x16xf32> {
  // expected-remark @+1 {{precisions W=8,I=8,O=16,O_final=8 (from target 'tpu_like')}}
  %0 = linalg.matmul ins(%a, %b : tensor<32x64xf32>, tensor<64x16xf32>) outs(%c : tensor<32x16xf32>) -> tensor<32x16xf32>
  return %0 : tensor<32x16xf32>
}
