//===- AllocatedLatencyBound.cpp - Stalls at a complete ordering's cuts ---===//
//
// Along a prefix the latency bound reads each link's terms at what the
// prefix tells of its cut: an envelope or a least over fitting supersets
// where the allocator's cut is not yet known, which is always so for the
// cuts the allocator does not put at the longest fitting prefix (memories
// shared by operands, its scans). A complete ordering the search has
// allocated knows every cut: after the merge-down each link's tile is a
// sub-multiset the tables hold, so its busy cycles and stall are read
// there, and its transfer window too: the loops its operand ignores at the
// top of the level below make the window trunc(period / reuse) where that
// level's own tile fills more than half its memory (WindowStallBound.cpp).
// The stall/slack of a port is at least the sum of its links' positive
// stalls, and T + S at least its busy cycles, as along the prefix; the
// tables hold each figure or, where a half-integer tile rounds either
// way, the lesser.
//
//===----------------------------------------------------------------------===//

#include "ExactBound.h"

#include <algorithm>

using namespace salsa;
using namespace salsa::exact;

PrefixBound::AllocatedCuts
PrefixBound::allocatedCuts(const TemporalMapping &allocated) const {
  const unsigned n = allocated.order.size();
  uint64_t prefixIndex[kMaxTemporalLoops + 1];
  space->prefixIndices(allocated.order, prefixIndex);
  AllocatedCuts cuts;
  // Only the window rule reads the reuse (every leaf of the energy
  // objective reads the tiles alone).
  const bool reuse = !windowPeriod.empty();
  for (unsigned op = 0; op < numOps; ++op) {
    const DimMask ir = irrelevantDims[op];
    auto ignored = [&](unsigned p) {
      return bool((ir >> allocated.order[p].dim) & 1);
    };
    // Each cut moves up past the loops the operand ignores; level 0
    // starts at the bottom.
    unsigned levelStart = 0;
    for (unsigned k = 0; k <= numCuts[op]; ++k) {
      unsigned p = k == 0 ? 0 : allocated.cut[op][k];
      while (p < n && ignored(p))
        ++p;
      cuts.tile[op][k] = prefixIndex[p];
      cuts.reuse[op][k] = 1;
      if (k == 0 || !reuse)
        continue;
      for (unsigned q = p; q > levelStart && ignored(q - 1); --q)
        cuts.reuse[op][k] *= allocated.order[q - 1].size;
      levelStart = p;
    }
  }
  return cuts;
}

void PrefixBound::allocatedPortBounds(const AllocatedCuts &cuts,
                                      double &busiest, double &stalled) const {
  for (const PortTerms &port : ports) {
    double busy = 0, stall = 0;
    for (unsigned i : port.links) {
      const unsigned op = loadTables[i].op, k = loadTables[i].cut;
      const uint64_t tile = cuts.tile[op][k];
      busy += busyTables[i].value[tile];
      double own = stallTables[i].value[tile];
      if (!windowPeriod.empty() && !windowPeriod[i].empty())
        own = std::max(own, windowStallAt(i, tile, cuts.reuse[op][k]));
      stall += own;
    }
    busiest = std::max(busiest, busy);
    stalled = std::max(stalled, stall);
  }
}

double PrefixBound::allocatedLoad(const AllocatedCuts &cuts, unsigned i) const {
  // buildLatency left a load table its repeating entries (transfer
  // cycles) and, where no tracked headroom decides a once-made one, that
  // entry's floor less the constant; it moved the others to onceTables
  // (infinite here).
  const double v =
      loadTables[i].value[cuts.tile[loadTables[i].op][loadTables[i].cut]];
  return v == kInfinity ? -kInfinity : v;
}
