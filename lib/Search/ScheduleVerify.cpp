//===- ScheduleVerify.cpp - A schedule checked against its problem --------===//
//
// Recomputes what an engine claims from the problem alone, with nothing an
// engine shares (no memo, no tables, no reuse), so that a wrong result from
// any engine is an error instead of a schedule.
//
//===----------------------------------------------------------------------===//

#include "salsa/Search/Scheduler.h"

#include "llvm/Support/FormatVariadic.h"

#include <cmath>

using namespace salsa;

static bool sameRelative(double a, double b) {
  return a == b || std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

llvm::Error salsa::verifySchedule(const ScheduleProblem &problem,
                                  const Schedule &schedule) {
  const Layer &layer = problem.layer();
  auto fail = [](const llvm::Twine &what) {
    return llvm::createStringError(what.str());
  };
  // The loops of each dimension multiply to its temporal size.
  std::vector<double> want(layer.dims.size(), 1), got(layer.dims.size(), 1);
  for (const Loop &l : problem.temporalLoops())
    want[l.dim] *= l.size;
  for (const Loop &l : schedule.ordering) {
    if (l.dim >= layer.dims.size())
      return fail("a loop names no dimension of the layer");
    got[l.dim] *= l.size;
  }
  for (unsigned d = 0; d < layer.dims.size(); ++d)
    if (want[d] != got[d])
      return fail(llvm::formatv("the loops of {0} multiply to {1}, not {2}",
                                layer.dims[d], got[d], want[d]));
  if (!problem.satisfiesConstraints(schedule.ordering))
    return fail("the ordering breaks an order constraint");

  // The allocation is the allocator's for this ordering.
  TemporalMapping mapping;
  if (!problem.allocator().run(schedule.ordering, mapping))
    return fail("the allocator does not fit the ordering");
  if (mapping.order != schedule.mapping.order ||
      mapping.cut != schedule.mapping.cut)
    return fail("the allocation differs from the allocator's");

  // Every memory holds the tiles of the operands it stores at that level
  // (partial sums at partial-sum precision while a reduction loop is still
  // above, as the allocator sizes them).
  const BoundLayer &bound = problem.bound();
  const Accelerator &accel = problem.accelerator();
  std::vector<double> bits(accel.memories.size(), 0);
  std::vector<bool> isTop(accel.memories.size(), false);
  for (unsigned op = 0; op < bound.numOperands(); ++op) {
    const LayerOperand &operand = layer.operands[op];
    const unsigned levels = bound.levels[op].size();
    isTop[bound.levels[op][levels - 1]] = true;
    for (unsigned lv = 0; lv + 1 < levels; ++lv) {
      double below[kMaxLayerDims];
      std::fill(below, below + kMaxLayerDims, 1.0);
      const unsigned end = mapping.cut[op][lv + 1];
      for (unsigned i = 0; i < end; ++i)
        below[mapping.order[i].dim] *= mapping.order[i].size;
      int precision = operand.precision;
      if (operand.isOutput) {
        bool reductionAbove = false;
        for (unsigned i = end; i < mapping.order.size(); ++i)
          reductionAbove |= bool(operand.irrelevant &
                                 (DimMask(1) << mapping.order[i].dim));
        reductionAbove |= problem.spatialReductionAbove(lv);
        if (!reductionAbove)
          precision = layer.finalOutputPrecision;
      }
      bits[bound.levels[op][lv]] +=
          problem.allocator().tileBits(op, lv, below, precision);
    }
  }
  for (unsigned m = 0; m < accel.memories.size(); ++m)
    if (!isTop[m] && bits[m] > double(accel.memories[m].sizeBits) * (1 + 1e-12))
      return fail(llvm::formatv("memory '{0}' holds {1} bits of tiles, more "
                                "than its {2}",
                                accel.memories[m].name, bits[m],
                                accel.memories[m].sizeBits));

  // The cost model gives the reported cost again.
  CostResult cost;
  if (!problem.costModel().evaluate(mapping, cost))
    return fail("the cost model rejects the allocation");
  if (!sameRelative(cost.energyTotal, schedule.cost.energyTotal) ||
      !sameRelative(cost.latencyTotal2, schedule.cost.latencyTotal2))
    return fail(llvm::formatv(
        "the cost model gives energy {0:e} pJ and latency {1} cycles, not the "
        "reported {2:e} pJ and {3} cycles",
        cost.energyTotal, cost.latencyTotal2, schedule.cost.energyTotal,
        schedule.cost.latencyTotal2));
  return llvm::Error::success();
}
