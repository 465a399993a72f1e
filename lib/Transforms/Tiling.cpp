//===- Tiling.cpp - A schedule as a sequence of tiling steps --------------===//

#include "salsa/Transforms/Tiling.h"

#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Interfaces/TilingInterface.h"

using namespace mlir;
using namespace salsa;

FailureOr<SmallVector<TilingStep>>
salsa::planTiling(Operation *op, ScheduleAttr schedule,
                  function_ref<InFlightDiagnostic()> emitError) {
  FailureOr<ResolvedSchedule> r = resolveSchedule(op, schedule, emitError);
  if (failed(r))
    return failure();
  const unsigned numLoops = r->sizes.size();
  MLIRContext *ctx = op->getContext();
  // Trip counts per loop, and the innermost (spatial) tile: ceil(size / T).
  SmallVector<int64_t> trips(numLoops, 1), base(numLoops, 1);
  for (const auto &loop : r->loops)
    trips[loop.loop] *= loop.factor;
  for (unsigned l = 0; l < numLoops; ++l)
    base[l] = (r->sizes[l] + trips[l] - 1) / trips[l];

  SmallVector<TilingStep> steps;
  // Temporal loops, outermost first: the step of a loop is the tile its
  // inner loops (and the spatial tile) cover.
  SmallVector<int64_t> inner = trips;
  for (const auto &loop : r->loops) {
    inner[loop.loop] /= loop.factor;
    TilingStep step;
    step.kind = TilingStep::For;
    step.tileSizes.assign(numLoops, 0);
    step.tileSizes[loop.loop] = base[loop.loop] * inner[loop.loop];
    step.annotation = loop.attr;
    steps.push_back(std::move(step));
  }
  // Spatial unrolling: parallel dimensions across the array as one forall;
  // reduction dimensions as loops inside it.
  TilingStep forall;
  forall.kind = TilingStep::Forall;
  forall.tileSizes.assign(numLoops, 0);
  SmallVector<TilingStep> reductions;
  for (unsigned l = 0; l < numLoops; ++l) {
    if (r->unroll[l] <= 1 || base[l] <= 1)
      continue;
    if (!r->reduction[l]) {
      forall.tileSizes[l] = 1;
      forall.mapping.push_back(
          PeAttr::get(ctx, r->arrayDims[l], int64_t(forall.mapping.size())));
      continue;
    }
    TilingStep step;
    step.kind = TilingStep::For;
    step.tileSizes.assign(numLoops, 0);
    step.tileSizes[l] = 1;
    step.annotation = LoopAttr::get(
        ctx, cast<StringAttr>(schedule.getLoopDims()[l]).getValue(), base[l],
        DictionaryAttr::get(ctx, {}), r->arrayDims[l]);
    reductions.push_back(std::move(step));
  }
  if (!forall.mapping.empty())
    steps.push_back(std::move(forall));
  steps.append(reductions.begin(), reductions.end());
  return steps;
}

LogicalResult salsa::applyTiling(RewriterBase &rewriter, Operation *op,
                                 ArrayRef<TilingStep> steps, int64_t id) {
  MLIRContext *ctx = op->getContext();
  op->removeAttr(kScheduleAttrName);
  Operation *current = op;
  for (const TilingStep &step : steps) {
    auto tileable = dyn_cast<TilingInterface>(current);
    if (!tileable)
      return current->emitError("salsa: the op cannot be tiled");
    scf::SCFTilingOptions options;
    options.setTileSizes(getAsIndexOpFoldResult(ctx, step.tileSizes));
    if (step.kind == TilingStep::Forall) {
      options.setLoopType(scf::SCFTilingOptions::LoopType::ForallOp);
      options.setMapping(step.mapping);
    } else {
      options.setLoopType(scf::SCFTilingOptions::LoopType::ForOp);
    }
    rewriter.setInsertionPoint(current);
    FailureOr<scf::SCFTilingResult> tiled =
        scf::tileUsingSCF(rewriter, tileable, options);
    if (failed(tiled))
      return current->emitError("salsa: tiling failed");
    if (step.kind == TilingStep::For)
      for (LoopLikeOpInterface loop : tiled->loops)
        loop->setAttr(kLoopAttrName, step.annotation);
    if (current->getNumResults())
      rewriter.replaceOp(current, tiled->replacements);
    else
      rewriter.eraseOp(current);
    current = tiled->tiledOps.back();
  }
  current->setAttr(kScheduledAttrName,
                   IntegerAttr::get(IntegerType::get(ctx, 64), id));
  return success();
}
