//===- InitSalsa.h - Register salsa's dialect and passes --------*- C++ -*-===//
#ifndef SALSA_INITSALSA_H
#define SALSA_INITSALSA_H

#include "salsa/Dialect/Salsa/SalsaDialect.h"
#include "salsa/Transforms/Passes.h"

#include "mlir/IR/DialectRegistry.h"

namespace salsa {
inline void registerSalsaDialect(mlir::DialectRegistry &registry) {
  registry.insert<SalsaDialect>();
}
/// The salsa passes (and pipelines) for mlir-opt style drivers.
inline void registerSalsaPassesAndPipelines() {
  registerSalsaPasses();
  registerSalsaPipelines();
}
} // namespace salsa

#endif
