//===- SalsaAttrs.h - salsa attributes --------------------------*- C++ -*-===//
#ifndef SALSA_DIALECT_SALSA_SALSAATTRS_H
#define SALSA_DIALECT_SALSA_SALSAATTRS_H

#include "salsa/Dialect/Salsa/SalsaDialect.h"

#include "mlir/IR/Attributes.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/Dialect/SCF/IR/DeviceMappingInterface.h"
#include "mlir/IR/DialectImplementation.h"

namespace salsa {
mlir::FailureOr<llvm::APFloat> parseDoubleParameter(mlir::AsmParser &parser);
void printDoubleParameter(mlir::AsmPrinter &printer, const llvm::APFloat &value);
mlir::FailureOr<llvm::SmallVector<int64_t>>
parseInt64List(mlir::AsmParser &parser);
void printInt64List(mlir::AsmPrinter &printer, llvm::ArrayRef<int64_t> list);
} // namespace salsa

#define GET_ATTRDEF_CLASSES
#include "salsa/Dialect/Salsa/SalsaAttrs.h.inc"

#endif
