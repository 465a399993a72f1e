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
#include "salsa/Model/Target.h"

#include "mlir/IR/Diagnostics.h"

namespace salsa {

/// Operand precisions as IR (`{W = 8, I = 8, O = 16, O_final = 8}`, i64
/// values; null when empty) and back. The reverse expects integer values,
/// as the verifiers of #salsa.accelerator and #salsa.schedule guarantee.
mlir::DictionaryAttr precisionsToAttr(mlir::MLIRContext *ctx,
                                      const OperandPrecisions &precisions);
OperandPrecisions precisionsFromAttr(mlir::DictionaryAttr attr);

/// The accelerator with its default mapping entry (per-layer entries have
/// no IR form).
AcceleratorAttr acceleratorToAttr(mlir::MLIRContext *ctx, const Target &target);

/// Converts and checks every rule; reports the first problem through
/// `emitError`. The target has one mapping entry, `default`.
mlir::FailureOr<Target>
attrToTarget(AcceleratorAttr attr,
             llvm::function_ref<mlir::InFlightDiagnostic()> emitError);

/// The conversion behind both attrToTarget and the attribute's verifier.
mlir::FailureOr<Target> buildTarget(
    llvm::StringRef name, mlir::ArrayAttr arrayDims,
    llvm::ArrayRef<int64_t> arraySizes, double macEnergy,
    mlir::ArrayAttr memories, mlir::DictionaryAttr operandLinks,
    mlir::ArrayAttr spatialMapping, mlir::DictionaryAttr precisions,
    llvm::function_ref<mlir::InFlightDiagnostic()> emitError);

} // namespace salsa

#endif // SALSA_DIALECT_SALSA_TARGET_H
