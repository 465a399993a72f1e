//===- Target.h - #salsa.accelerator <-> model Accelerator ------*- C++ -*-===//
//
// The IR side of a target: conversions between the `#salsa.accelerator`
// attribute and the plain model used by the scheduler, and the lookup of a
// module's target (module attribute or pass option).
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_DIALECT_SALSA_TARGET_H
#define SALSA_DIALECT_SALSA_TARGET_H

#include "salsa/Dialect/Salsa/SalsaAttrs.h"
#include "salsa/Model/Mapping.h"

#include "mlir/IR/Diagnostics.h"

namespace salsa {

/// An accelerator with its default operand links and spatial mapping.
struct TargetDescription {
  Accelerator accel;
  OperandLinks links;
  UserSpatialMapping spatial;
};

AcceleratorAttr acceleratorToAttr(mlir::MLIRContext *ctx,
                                  const TargetDescription &target);

/// Converts and checks every rule; reports the first problem through
/// `emitError`.
mlir::FailureOr<TargetDescription>
attrToTarget(AcceleratorAttr attr,
             llvm::function_ref<mlir::InFlightDiagnostic()> emitError);

/// The conversion behind both attrToTarget and the attribute's verifier.
mlir::FailureOr<TargetDescription> buildTargetDescription(
    llvm::StringRef name, mlir::ArrayAttr arrayDims,
    llvm::ArrayRef<int64_t> arraySizes, double macEnergy,
    mlir::ArrayAttr memories, mlir::DictionaryAttr operandLinks,
    mlir::ArrayAttr spatialMapping,
    llvm::function_ref<mlir::InFlightDiagnostic()> emitError);

} // namespace salsa

#endif // SALSA_DIALECT_SALSA_TARGET_H
