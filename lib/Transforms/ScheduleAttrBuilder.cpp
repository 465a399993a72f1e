//===- ScheduleAttrBuilder.cpp - Search result -> #salsa.schedule ---------===//

#include "salsa/Transforms/ScheduleAttrBuilder.h"

#include "salsa/Dialect/Salsa/Target.h"

#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace salsa;

ScheduleAttr salsa::buildScheduleAttr(MLIRContext *ctx,
                                      const ScheduleProblem &problem,
                                      const ExtractedLayer &layer,
                                      const SearchResult &result) {
  Builder b(ctx);
  const Layer &l = problem.layer();
  const BoundLayer &bound = problem.bound();
  const TemporalMapping &tm = result.best.mapping;
  SmallVector<Attribute> dims;
  for (const std::string &n : layer.loopNames)
    dims.push_back(b.getStringAttr(n));
  SmallVector<Attribute> spatial;
  for (const SpatialUnroll &u : problem.userSpatial())
    spatial.push_back(
        UnrollAttr::get(ctx, u.arrayDim, u.layerDim, int64_t(u.factor)));
  // Outermost first; each operand's memory is the level whose cut range
  // holds the loop's position.
  SmallVector<Attribute> loops;
  for (unsigned p = tm.order.size(); p-- > 0;) {
    SmallVector<NamedAttribute> memories;
    for (unsigned op = 0; op < tm.numOperands; ++op)
      for (unsigned lv = 0; lv < tm.numLevels[op]; ++lv)
        if (p >= tm.cut[op][lv] && p < tm.cut[op][lv + 1])
          memories.push_back(b.getNamedAttr(
              l.operands[op].name,
              b.getStringAttr(
                  bound.accel->memories[bound.levels[op][lv]].name)));
    const Loop &loop = tm.order[p];
    loops.push_back(LoopAttr::get(ctx, l.dims[loop.dim], int64_t(loop.size),
                                  b.getDictionaryAttr(memories), ""));
  }
  // The precisions the footprints were computed at, for salsa-tile's
  // buffers and for backends.
  OperandPrecisions widths;
  for (const LayerOperand &operand : l.operands)
    widths.push_back({operand.name, operand.precision});
  widths.push_back({"O_final", l.finalOutputPrecision});
  return ScheduleAttr::get(
      ctx, bound.accel->name, b.getArrayAttr(dims), b.getArrayAttr(spatial),
      b.getArrayAttr(loops), APFloat(result.best.cost.energyTotal),
      APFloat(result.best.cost.latencyTotal2), engineName(result.engineUsed),
      toString(result.orderings), precisionsToAttr(ctx, widths));
}
