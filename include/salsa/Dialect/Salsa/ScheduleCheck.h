//===- ScheduleCheck.h - A #salsa.schedule against its op -------*- C++ -*-===//
//
// Resolves a schedule's names against the linalg op it is attached to and
// checks it: loop dimensions name the op's loops, each dimension's trip
// counts multiply to ceil(size / spatial unroll), and memories exist in the
// module's target (when the module has one). Shared by the dialect verifier
// and salsa-tile.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_DIALECT_SALSA_SCHEDULECHECK_H
#define SALSA_DIALECT_SALSA_SCHEDULECHECK_H

#include "salsa/Dialect/Salsa/SalsaAttrs.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Operation.h"

namespace salsa {

constexpr llvm::StringLiteral kScheduleAttrName = "salsa.schedule";
constexpr llvm::StringLiteral kLoopAttrName = "salsa.loop";
constexpr llvm::StringLiteral kScheduledAttrName = "salsa.scheduled";
/// salsa-schedule's predict-traffic: the model's elements moved per
/// "operand:memory:direction" (kept on the tiled op by salsa-tile).
constexpr llvm::StringLiteral kPredictedTrafficAttrName =
    "salsa.predicted_traffic";
/// On each memref.copy / linalg.add salsa-tile's buffers make: which
/// operand moves between which memories ({operand, from, to}).
constexpr llvm::StringLiteral kMoveAttrName = "salsa.move";
/// On the op salsa-tile's buffers clone per PE: each operand's memories,
/// innermost first, the top (the function's memref) last.
constexpr llvm::StringLiteral kLevelsAttrName = "salsa.levels";

struct ResolvedSchedule {
  /// Static size of each loop of the op.
  llvm::SmallVector<int64_t> sizes;
  /// Per loop of the op: spatial unroll (product over array dimensions) and
  /// the array dimensions it is unrolled over.
  llvm::SmallVector<int64_t> unroll;
  llvm::SmallVector<std::string> arrayDims;
  /// Temporal loops, outermost first, as op loop indices.
  struct TemporalLoop {
    unsigned loop;
    int64_t factor;
    LoopAttr attr;
  };
  llvm::SmallVector<TemporalLoop> loops;
  /// Per op loop: is it a reduction?
  llvm::SmallVector<bool> reduction;
};

/// Checks `schedule` against `op` (a linalg op with static shapes); errors
/// go through `emitError`.
mlir::FailureOr<ResolvedSchedule>
resolveSchedule(mlir::Operation *op, ScheduleAttr schedule,
                llvm::function_ref<mlir::InFlightDiagnostic()> emitError);

} // namespace salsa

#endif
