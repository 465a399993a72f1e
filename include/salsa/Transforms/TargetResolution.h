//===- TargetResolution.h - Finding a module's target -----------*- C++ -*-===//
#ifndef SALSA_TRANSFORMS_TARGETRESOLUTION_H
#define SALSA_TRANSFORMS_TARGETRESOLUTION_H

#include "salsa/Dialect/Salsa/Target.h"
#include "salsa/IO/Presets.h"

#include "mlir/IR/BuiltinOps.h"

namespace salsa {

/// A resolved target: the description (also in IR form) and the per-layer
/// mapping entries of its mapping file, when it came from files.
struct ResolvedTarget {
  TargetDescription description;
  AcceleratorAttr attr;
  std::vector<io::MappingEntry> mappingEntries;
};

/// `target`/`mapping` as in the pass options: a preset or a hardware YAML
/// plus its mapping YAML. Empty `target` means the module's `salsa.target`.
/// Errors are emitted on `module`.
mlir::FailureOr<ResolvedTarget> resolveTarget(mlir::ModuleOp module,
                                              llvm::StringRef target,
                                              llvm::StringRef mapping);

/// A loaded file target as a description (its mapping's `default` entry).
mlir::FailureOr<TargetDescription>
describeTarget(const io::Target &target,
               llvm::function_ref<mlir::InFlightDiagnostic()> emitError);

} // namespace salsa

#endif
