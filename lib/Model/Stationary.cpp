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

PerOperandLoops salsa::mergeDownStationary(const Layer &layer,
                                           const PerOperandLoops &temporal,
                                           std::vector<double> *macStationary) {
  PerOperandLoops result(temporal.size());
  if (macStationary)
    macStationary->assign(temporal.size(), 1.0);
  for (unsigned op = 0; op < temporal.size(); ++op) {
    const LevelLoops &levels = temporal[op];
    DimMask ir = layer.operands[op].irrelevant;
    llvm::SmallVector<Loop, 32> seq;
    llvm::SmallVector<unsigned, 8> cut; // start of each level in `seq`
    for (const std::vector<Loop> &level : levels) {
      cut.push_back(seq.size());
      seq.append(level.begin(), level.end());
    }
    cut.push_back(seq.size());
    for (unsigned lv = 1; lv + 1 < cut.size(); ++lv) {
      unsigned p = cut[lv];
      while (p < seq.size() && (ir & (DimMask(1) << seq[p].dim)))
        ++p;
      cut[lv] = p;
    }
    LevelLoops &out = result[op];
    out.resize(levels.size());
    for (unsigned lv = 0; lv < levels.size(); ++lv)
      out[lv].assign(seq.begin() + cut[lv], seq.begin() + cut[lv + 1]);
    if (macStationary && !out.empty())
      for (const Loop &l : out[0]) {
        if (!(ir & (DimMask(1) << l.dim)))
          break;
        (*macStationary)[op] *= l.size;
      }
  }
  return result;
}
