//===- TargetResolution.h - The one place a target is found -----*- C++ -*-===//
#ifndef SALSA_TRANSFORMS_TARGETRESOLUTION_H
#define SALSA_TRANSFORMS_TARGETRESOLUTION_H

#include "salsa/Dialect/Salsa/Target.h"

#include "mlir/IR/Operation.h"

namespace salsa {

/// The target of `anchor` (a module, or an op inside one): `target` is a
/// preset or a ZigZag hardware YAML, which then needs `mapping` (a preset's
/// mapping may be replaced by one); an empty `target` means the enclosing
/// module's `salsa.target` attribute, and then `mapping` must be empty too.
/// Every error is emitted on `anchor`.
mlir::FailureOr<Target> resolveTarget(mlir::Operation *anchor,
                                      llvm::StringRef target,
                                      llvm::StringRef mapping);

} // namespace salsa

#endif
