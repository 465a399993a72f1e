//===- LatencyBound.cpp - Admissible bound on ZigZag's latency ------------===//
//
// latency_total2 = T + S + on-loading + off-loading, T the layer's temporal
// cycles (the same for every ordering of one spatial mapping). For each
// physical port, computeLatency's stall/slack is at least the sum over its
// links of (real - allowed) * (count - 1) plus the updating windows
// allowed * (count - 1) less their union, and the union is no longer than
// T (a link's period times its count is at most T); it is also at least
// the sum of its positive stalls, and no link is allowed more than its
// period. So, with both summands terms of the cut the link crosses
// (tabulated like the energy terms),
//     T + S >= max over ports of sum over its links of real * (count - 1),
//     T + S >= T + max over ports of sum over its links of
//              max(0, (real - period) * (count - 1)). On- and off-loading are sums of loads that
// are never negative, except that ZigZag's reduce_balanced lowers an
// already lowered load again by the headroom of every later one on the same
// port: no load goes below minus the sum of the other once-made loads of
// its port, the floor this file adds (0 for most targets).
//
//===----------------------------------------------------------------------===//

#include "ExactBound.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <cmath>

using namespace salsa;
using namespace salsa::exact;

void PrefixBound::buildLatency(
    const ScheduleProblem &problem,
    const int (&linkIndex)[kMaxOperands][kMaxLevels][kNumDataDirs],
    const std::vector<double> &longestOnce) {
  temporalCycles = 1;
  for (const Loop &l : problem.primeFactors())
    temporalCycles *= l.size;

  // What each link's load can fall to: minus the other once-made loads of
  // its port (reduce_balanced's deepest reach), or 0.
  double floorOf[kMaxOperands][kMaxLevels][kNumDataDirs] = {};
  for (const std::vector<CostModel::LinkId> &port :
       problem.costModel().portLinks()) {
    PortTerms &terms = ports.emplace_back();
    double onceTotal = 0;
    unsigned onceLinks = 0;
    for (const CostModel::LinkId &l : port) {
      int i = linkIndex[l.op][l.lv][l.dir];
      if (i < 0)
        continue;
      // The bound reads envelopes (and minima of them): all 0, no term.
      auto nonzero = [](const TermTable &t) {
        return llvm::any_of(t.envelope, [](double v) { return v > 0; });
      };
      if (nonzero(busyTables[i]))
        terms.busy.push_back(i);
      if (nonzero(stallTables[i]))
        terms.stall.push_back(i);
      // computeLatency's loading pass skips these two directions of the
      // output.
      const bool skipped = l.op == 0 && (l.dir == unsigned(DataDir::RdOutToLow) ||
                                         l.dir == unsigned(DataDir::WrInByHigh));
      if (!skipped && longestOnce[i] > 0) {
        onceTotal += longestOnce[i];
        ++onceLinks;
      }
    }
    if (onceLinks < 2)
      continue;
    for (const CostModel::LinkId &l : port) {
      int i = linkIndex[l.op][l.lv][l.dir];
      if (i >= 0)
        floorOf[l.op][l.lv][l.dir] = -(onceTotal - longestOnce[i]);
    }
  }
  // Each on- or off-loading term is the longer of two loads, summed (or, a
  // ZigZag quirk, assigned) over the level pairs; on-loading takes the
  // inputs' (operands 1..), off-loading the output's (operand 0).
  loadingFloor = 0;
  const BoundLayer &bound = problem.bound();
  for (unsigned op = 0; op < bound.numOperands(); ++op) {
    const unsigned into = op == 0 ? unsigned(DataDir::WrInByLow)
                                  : unsigned(DataDir::RdOutToLow);
    const unsigned from = op == 0 ? unsigned(DataDir::RdOutToHigh)
                                  : unsigned(DataDir::WrInByHigh);
    for (unsigned lv = 0; lv + 1 < bound.levels[op].size(); ++lv)
      loadingFloor +=
          std::max(floorOf[op][lv][from], floorOf[op][lv + 1][into]);
  }
}

double PrefixBound::latencyLowerBound(const State &s) const {
  double busiest = 0, stalled = 0;
  for (const PortTerms &port : ports) {
    double busy = 0, stall = 0;
    for (unsigned i : port.busy)
      busy += termBound(busyTables[i], s);
    for (unsigned i : port.stall)
      stall += termBound(stallTables[i], s);
    busiest = std::max(busiest, busy);
    stalled = std::max(stalled, stall);
  }
  // The port sums were added in another order than the cost model adds
  // them: a margin. The temporal cycles need none: the latency adds
  // non-negative stalls and loads to exactly them (when the floor is 0),
  // and a bound equal to the best lets the energy break the tie.
  return std::max(temporalCycles + stalled * (1 - 1e-12),
                  busiest * (1 - 1e-12)) +
         loadingFloor * (1 + 1e-12);
}
