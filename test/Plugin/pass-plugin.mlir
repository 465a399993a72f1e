// Stock mlir-opt-22 loads SalsaPlugin.so as a pass plugin and as a dialect
// plugin (sharing libMLIR.so, so salsa's attributes and passes are the same
// objects upstream's are).
//
// RUN: mlir-opt-22 --load-pass-plugin=%salsa_plugin --help | FileCheck %s --check-prefix=HELP
// HELP: --salsa-attach-target
// HELP-NEXT: --mapping=
// HELP-NEXT: --target=
//
// RUN: mlir-opt-22 --load-dialect-plugin=%salsa_plugin --load-pass-plugin=%salsa_plugin \
// RUN:   --pass-pipeline='builtin.module(salsa-attach-target{target=edge_tpu_like})' %s \
// RUN:   | FileCheck %s --check-prefix=ATTACH
// ATTACH: module attributes {salsa.target = #salsa.accelerator<name = "edge_tpu_like"
//
// Both plugin paths give what salsa-opt gives. (Plugin passes are reached
// through --pass-pipeline: mlir-opt parses its flags before loading plugins.)
// RUN: mlir-opt-22 --load-dialect-plugin=%salsa_plugin --load-pass-plugin=%salsa_plugin \
// RUN:   --pass-pipeline='builtin.module(salsa-attach-target{target=edge_tpu_like})' %s > %t.plugin.mlir
// RUN: salsa-opt --salsa-attach-target=target=edge_tpu_like %s > %t.opt.mlir
// RUN: diff %t.plugin.mlir %t.opt.mlir
module {
}
