//===- SalsaDialect.td - The salsa dialect -----------------*- tablegen -*-===//
#ifndef SALSA_DIALECT_TD
#define SALSA_DIALECT_TD

include "mlir/IR/OpBase.td"

def Salsa_Dialect : Dialect {
  let name = "salsa";
  let cppNamespace = "::salsa";
  let summary = "Attributes describing spatial accelerators and schedules";
  let description = [{
    The salsa dialect carries what the scheduler needs in IR: the target
    accelerator (`#salsa.accelerator`, with its memory levels and ports),
    and, once a layer is scheduled, the schedule and per-loop memory
    annotations. It defines no operations.

    The target of a module is the `salsa.target` module attribute, or the
    `target=` option of the salsa passes (a built-in preset name or a ZigZag
    hardware YAML file).
  }];
  let useDefaultAttributePrinterParser = 1;
  let hasOperationAttrVerify = 1;
  let extraClassDeclaration = [{
    /// Name of the module attribute holding the target accelerator.
    static constexpr ::llvm::StringLiteral kTargetAttrName = "salsa.target";
  private:
    void registerAttributes();
  public:
  }];
}

#endif // SALSA_DIALECT_TD
