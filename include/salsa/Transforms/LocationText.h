//===- LocationText.h - An op's location as `file:line:col` -----*- C++ -*-===//
#ifndef SALSA_TRANSFORMS_LOCATIONTEXT_H
#define SALSA_TRANSFORMS_LOCATIONTEXT_H

#include "mlir/IR/Location.h"

#include <string>

namespace salsa {

/// `file:line:col` for a file location, MLIR's printed form otherwise (for
/// tables and JSON that name the op they describe).
std::string locationText(mlir::Location loc);

} // namespace salsa

#endif
