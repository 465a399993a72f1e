//===- WindowStallBound.cpp - A link's stall from its transfer window -----===//
//
// computeLatency charges a link (real - allowed) * (count - 1) on its port,
// where the allowed window is the period, or, when the memory below the
// link's cut is not double buffered, trunc(period / reuse): reuse the
// product of the loops the operand ignores at the top of that level. The
// stall tables assume the period (the most the window can be); this rule
// reads the window once the prefix fixes it:
//  - the cut is fixed (an exact cut closed in the prefix, or any exact or
//    whole cut of a complete ordering, which then lies at the top): its
//    tile, and the loops right below it, are known; the merge-down put the
//    cut below a loop the operand depends on, so the trailing run the
//    prefix had then is the level's top run, unless the level is empty
//    (the cut below it at the same place: the prefix must have closed that
//    one below, or it is cut 0);
//  - the tile fills more than half its memory: its own effective use is
//    over 1/2 (no loop it depends on tops the level: the top loop is one
//    it ignores), so the memory's shared use is too, and both of
//    computeLatency's double-buffering tests fail, whatever the other
//    operands there add.
// A port's stall/slack is at least the sum of its links' positive stalls,
// so the larger of this and the table's bound stands for the link.
//
//===----------------------------------------------------------------------===//

#include "ExactBound.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <cmath>

using namespace salsa;
using namespace salsa::exact;

void PrefixBound::buildWindowStalls(
    const ScheduleProblem &problem,
    const int (&linkIndex)[kMaxOperands][kMaxLevels][kNumDataDirs],
    std::vector<std::vector<uint32_t>> period,
    std::vector<std::vector<uint32_t>> count,
    std::vector<std::vector<uint8_t>> halfFull) {
  const std::vector<CostModel::PortLinks> links =
      problem.costModel().portLinks();
  // computeLatency truncates the window of exact integer cycles only; the
  // tables hold the cost model's figures only when no rounding tie split
  // them.
  if (!exactTerms || temporalCycles >= 9007199254740992.0 ||
      llvm::any_of(problem.primeFactors(),
                   [](const Loop &l) { return l.size != std::floor(l.size); }))
    return;
  windowPeriod = std::move(period);
  windowCount = std::move(count);
  windowHalfFull = std::move(halfFull);
  for (unsigned p = 0; p < links.size(); ++p)
    for (const CostModel::LinkId &l : links[p].links) {
      const int i = linkIndex[l.op][l.lv][l.dir];
      if (i < 0 || windowPeriod[i].empty())
        continue;
      bool gives = false;
      for (uint64_t x = 0; x < windowPeriod[i].size() && !gives; ++x)
        gives = windowHalfFull[i][x] && windowCount[i][x] > 1;
      if (!gives)
        continue;
      WindowLink &w = windowLinks.emplace_back();
      w.link = i;
      w.tabled = llvm::is_contained(ports[p].stall, unsigned(i));
      ports[p].window.push_back(windowLinks.size() - 1);
      // The port adds the larger of the two for this link.
      llvm::erase(ports[p].stall, unsigned(i));
    }
}

double PrefixBound::windowStall(const WindowLink &w, const State &s) const {
  const unsigned i = w.link, op = loadTables[i].op, k = loadTables[i].cut;
  uint64_t tile;
  uint32_t reuse;
  if (s.cutState[op][k] == 2 && exactCut[op][k] && !wholeCut[op][k]) {
    tile = s.fixedAt[op][k];
    reuse = s.reuseAt[op][k];
  } else if (s.length == numLoops && (exactCut[op][k] || wholeCut[op][k])) {
    tile = s.prefix;
    reuse = s.topRun[op];
  } else {
    return 0;
  }
  if (reuse >= kMaxReuse)
    return 0;
  // The level is not empty: the cut below it (closed, at or below its own
  // fixedAt) lies below this tile. Both are prefixes of one ordering: the
  // shorter has the smaller index.
  if (k >= 2 && (wholeCut[op][k - 1] || s.cutState[op][k - 1] != 2 ||
                 s.fixedAt[op][k - 1] >= tile))
    return 0;
  return windowStallAt(i, tile, reuse);
}

double PrefixBound::windowStallAt(unsigned i, uint64_t tile,
                                  double reuse) const {
  // computeLatency skips a link that never transfers; one transfer stalls
  // nothing.
  if (reuse <= 1 || !windowHalfFull[i][tile] || windowCount[i][tile] < 2)
    return 0;
  const double window = std::trunc(double(windowPeriod[i][tile]) / reuse);
  const double real = transferTables[i].value[tile];
  return std::max(0.0, (real - window) * (double(windowCount[i][tile]) - 1));
}
