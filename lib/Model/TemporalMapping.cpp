//===- TemporalMapping.cpp - A loop order cut into memory levels ----------===//

#include "salsa/Model/TemporalMapping.h"

using namespace salsa;

PerOperandLoops TemporalMapping::toLoops() const {
  PerOperandLoops loops(numOperands);
  for (unsigned op = 0; op < numOperands; ++op)
    for (unsigned lv = 0; lv < numLevels[op]; ++lv) {
      llvm::ArrayRef<Loop> l = level(op, lv);
      loops[op].emplace_back(l.begin(), l.end());
    }
  return loops;
}

bool TemporalMapping::fromLoops(const PerOperandLoops &loops,
                                TemporalMapping &out) {
  out = TemporalMapping();
  if (loops.empty() || loops.size() > kMaxOperands)
    return false;
  out.numOperands = loops.size();
  for (const std::vector<Loop> &level : loops[0])
    out.order.append(level.begin(), level.end());
  if (out.order.size() > kMaxTemporalLoops)
    return false;
  for (unsigned op = 0; op < loops.size(); ++op) {
    if (loops[op].size() > kMaxLevels)
      return false;
    out.numLevels[op] = loops[op].size();
    unsigned pos = 0;
    for (unsigned lv = 0; lv < loops[op].size(); ++lv) {
      out.cut[op][lv] = pos;
      for (const Loop &l : loops[op][lv]) {
        if (pos >= out.order.size() || !(out.order[pos] == l))
          return false;
        ++pos;
      }
    }
    if (pos != out.order.size())
      return false;
    out.cut[op][loops[op].size()] = pos;
  }
  return true;
}
