//===- Passes.td - salsa passes ----------------------------*- tablegen -*-===//
#ifndef SALSA_TRANSFORMS_PASSES_TD
#define SALSA_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def SalsaAttachTarget : Pass<"salsa-attach-target", "mlir::ModuleOp"> {
  let summary = "Attach the target accelerator to the module as `salsa.target`";
  let description = [{
    Resolves the target accelerator and stores it on the module as the
    `salsa.target` attribute (a `#salsa.accelerator`), so later passes and
    tools read the target from the IR itself.

    `target` is a built-in preset (`tpu_like`, `edge_tpu_like`,
    `meta_prototype`, `tesla_npu_like`, `ascend_like`, `eyeriss_like`) or
    the path of a ZigZag hardware YAML file, which then needs `mapping`, the
    path of its ZigZag mapping YAML (the `default` entry gives the operand
    links and spatial mapping). Without `target`, the pass checks the
    module's existing `salsa.target` and fails if there is none.

    ```
    salsa-opt model.mlir --salsa-attach-target="target=tpu_like"
    ```
  }];
  let options = [
    Option<"target", "target", "std::string", /*default=*/"\"\"",
           "Built-in preset name or path to a ZigZag hardware YAML">,
    Option<"mapping", "mapping", "std::string", /*default=*/"\"\"",
           "Path to a ZigZag mapping YAML (required with a hardware path, "
           "overrides a preset's mapping)">,
  ];
  let dependentDialects = ["::salsa::SalsaDialect"];
}

#endif // SALSA_TRANSFORMS_PASSES_TD
