//===- Tiling.h - A schedule as a sequence of tiling steps ------*- C++ -*-===//
//
// The loop nest a #salsa.schedule describes, as single-dimension tiling
// steps, outermost first: one scf.for per temporal loop, one scf.forall over
// the spatially unrolled parallel dimensions, one scf.for per spatially
// unrolled reduction dimension. salsa-tile applies the steps with
// scf::tileUsingSCF; salsa-emit-transform prints them as transform ops.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_TRANSFORMS_TILING_H
#define SALSA_TRANSFORMS_TILING_H

#include "salsa/Dialect/Salsa/ScheduleCheck.h"

#include "mlir/IR/PatternMatch.h"

namespace salsa {

struct TilingStep {
  enum Kind { For, Forall } kind = For;
  /// One entry per loop of the op; 0 means "not tiled by this step".
  llvm::SmallVector<int64_t> tileSizes;
  /// For scf.for steps: the loop's annotation.
  LoopAttr annotation;
  /// For the scf.forall step: one #salsa.pe per tiled dimension.
  llvm::SmallVector<mlir::Attribute> mapping;
};

/// Steps for `op` (which must carry a valid schedule).
mlir::FailureOr<llvm::SmallVector<TilingStep>>
planTiling(mlir::Operation *op, ScheduleAttr schedule,
           llvm::function_ref<mlir::InFlightDiagnostic()> emitError);

/// Rewrites `op` into the loop nest; the innermost op gets
/// salsa.scheduled = `id`.
mlir::LogicalResult applyTiling(mlir::RewriterBase &rewriter,
                                mlir::Operation *op,
                                llvm::ArrayRef<TilingStep> steps, int64_t id);

} // namespace salsa

#endif
