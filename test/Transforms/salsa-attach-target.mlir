// RUN: salsa-opt %s -split-input-file --salsa-attach-target="target=ascend_like" | FileCheck %s
// RUN: salsa-opt %S/Inputs/no-target.mlir -verify-diagnostics --salsa-attach-target
// RUN: salsa-opt %S/Inputs/unknown-preset.mlir -verify-diagnostics --salsa-attach-target=target=tpu
// RUN: salsa-opt %S/Inputs/hardware-without-mapping.mlir -verify-diagnostics \
// RUN:   --salsa-attach-target=target=%zigzag/hardware/tpu_like.yaml
// RUN: salsa-opt %S/Inputs/bad-yaml.mlir -verify-diagnostics \
// RUN:   --salsa-attach-target="target=%S/Inputs/bad_hardware.yaml mapping=%zigzag/mapping/tpu_like.yaml"

// CHECK: module attributes {salsa.target = #salsa.accelerator<name = "ascend_like", array_dims = ["D1", "D2", "D3", "D4"], array_sizes = [16, 16, 2, 2]
module {
}
