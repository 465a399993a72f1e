//===- Passes.h - salsa passes ----------------------------------*- C++ -*-===//
#ifndef SALSA_TRANSFORMS_PASSES_H
#define SALSA_TRANSFORMS_PASSES_H

#include "salsa/Dialect/Salsa/SalsaDialect.h"
#include "salsa/Transforms/SchedulePassConfig.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace salsa {

#define GEN_PASS_DECL
#include "salsa/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "salsa/Transforms/Passes.h.inc"

/// salsa-schedule with the given settings (what salsa-lower builds).
std::unique_ptr<mlir::Pass>
createSalsaSchedulePass(const SchedulePassConfig &config);

/// Registers the salsa-lower pipeline (salsa-schedule, then salsa-tile).
void registerSalsaPipelines();

} // namespace salsa

#endif // SALSA_TRANSFORMS_PASSES_H
