// salsa-lower = salsa-schedule then salsa-tile, the same through salsa-opt
// and through stock mlir-opt-22 with the plugin, byte-identical with and
// without MLIR's threading, run after run.
//
// RUN: salsa-opt %s --salsa-lower="target=meta_prototype precisions=W=8,I=8,O=16,O_final=8" > %t.opt.mlir
// RUN: FileCheck %s < %t.opt.mlir
// RUN: mlir-opt-22 --load-dialect-plugin=%salsa_plugin --load-pass-plugin=%salsa_plugin \
// RUN:   --pass-pipeline='builtin.module(salsa-lower{target=meta_prototype precisions=W=8,I=8,O=16,O_final=8})' %s > %t.plugin.mlir
// RUN: diff %t.opt.mlir %t.plugin.mlir
// RUN: salsa-opt %s --salsa-lower="target=meta_prototype precisions=W=8,I=8,O=16,O_final=8" --mlir-disable-threading > %t.serial.mlir
// RUN: diff %t.opt.mlir %t.serial.mlir
// RUN: salsa-opt %s --salsa-lower="target=meta_prototype precisions=W=8,I=8,O=16,O_final=8 threads=1" > %t.threads1.mlir
// RUN: diff %t.opt.mlir %t.threads1.mlir
// RUN: salsa-opt %s --salsa-lower="target=meta_prototype precisions=W=8,I=8,O=16,O_final=8 engine=annealing seed=3" > %t.sa1.mlir
// RUN: salsa-opt %s --salsa-lower="target=meta_prototype precisions=W=8,I=8,O=16,O_final=8 engine=annealing seed=3" --mlir-disable-threading > %t.sa2.mlir
// RUN: diff %t.sa1.mlir %t.sa2.mlir
//
// The transform-script route gives the same IR.
// RUN: salsa-opt %s --salsa-lower="target=meta_prototype precisions=W=8,I=8,O=16,O_final=8 transform-script=%t.script.mlir" > %t.marked.mlir
// RUN: FileCheck %s --check-prefix=SCRIPT < %t.script.mlir
// RUN: mlir-opt-22 --load-dialect-plugin=%salsa_plugin \
// RUN:   --transform-preload-library=transform-library-paths=%t.script.mlir --transform-interpreter %t.marked.mlir > %t.via-transform.mlir
// RUN: diff %t.opt.mlir %t.via-transform.mlir

// CHECK-LABEL: func.func @two_layers
// CHECK-NOT: salsa.schedule =
// CHECK: linalg.conv_2d_nchw_fchw {{{.*}}salsa.scheduled = 0 : i64
// CHECK: salsa.loop = #salsa.loop<dim =
// CHECK: linalg.matmul {salsa.scheduled = 1 : i64}
// CHECK: salsa.loop = #salsa.loop<dim =

// SCRIPT: transform.named_sequence @__transform_main
// SCRIPT: transform.structured.match attributes {salsa.scheduled = 0 : i64}
// SCRIPT: transform.structured.tile_using_for
// SCRIPT: transform.annotate {{.*}} "salsa.loop"
// SCRIPT: transform.structured.tile_using_forall {{.*}} (mapping = [#salsa.pe<
// SCRIPT: transform.structured.match attributes {salsa.scheduled = 1 : i64}
func.func @two_layers(%i: tensor<1x8x14x14xf32>, %w: tensor<16x8x3x3xf32>, %o: tensor<1x16x12x12xf32>,
                      %a: tensor<14x30xf32>, %b: tensor<30x9xf32>, %c: tensor<14x9xf32>) -> (tensor<1x16x12x12xf32>, tensor<14x9xf32>) {
  %0 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%i, %w : tensor<1x8x14x14xf32>, tensor<16x8x3x3xf32>) outs(%o : tensor<1x16x12x12xf32>) -> tensor<1x16x12x12xf32>
  %1 = linalg.matmul ins(%a, %b : tensor<14x30xf32>, tensor<30x9xf32>) outs(%c : tensor<14x9xf32>) -> tensor<14x9xf32>
  return %0, %1 : tensor<1x16x12x12xf32>, tensor<14x9xf32>
}
