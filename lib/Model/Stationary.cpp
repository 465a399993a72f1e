//===- Stationary.cpp - ZigZag's innermost-stationary merge-down ----------===//
//
// ZigZag (TemporalMapping.innermost_stationary_loop_merge_down) repeatedly
// moves the irrelevant loops at the bottom of each memory level one level
// down until nothing moves. Loops keep their global order, so the fixpoint is
// reached directly: the boundary below every level above the first moves up
// past irrelevant loops until it meets a loop the operand depends on.
//
//===----------------------------------------------------------------------===//

#include "salsa/Model/CostModel.h"

using namespace salsa;

void salsa::mergeDownStationary(const Layer &layer, TemporalMapping &tm,
                                double *macStationary) {
  const unsigned n = tm.order.size();
  for (unsigned op = 0; op < tm.numOperands; ++op) {
    DimMask ir = layer.operands[op].irrelevant;
    auto isIrrelevant = [&](unsigned p) {
      return (ir >> tm.order[p].dim) & 1;
    };
    for (unsigned lv = 1; lv < tm.numLevels[op]; ++lv) {
      unsigned p = tm.cut[op][lv];
      while (p < n && isIrrelevant(p))
        ++p;
      tm.cut[op][lv] = p;
    }
    if (macStationary) {
      double stationary = 1;
      // Level 0 ends at cut[op][1] (== n when it is the only level).
      for (unsigned p = 0; p < tm.cut[op][1] && isIrrelevant(p); ++p)
        stationary *= tm.order[p].size;
      macStationary[op] = stationary;
    }
  }
}
