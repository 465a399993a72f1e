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
//              max(0, (real - period) * (count - 1)).
// On- and off-loading are made of one entry per link, assembled by sums,
// maxima and minima (computeLatency's parts), so the assembly of lower
// bounds on the entries is a lower bound. An entry is its transfer cycles
// (a term of its cut) when it repeats; made once, reduce_balanced lowers it
// to no less than its minimum (the level-1 data at the port's bandwidth,
// at least the least over every tile) when it is its port's only one, and
// otherwise, a ZigZag quirk, by at most the headrooms (transfer less
// minimum) of the other once-made loads of its port besides (it lowers an
// already lowered load again by the headroom of every later one).
//
//===----------------------------------------------------------------------===//

#include "ExactBound.h"

#include "salsa/Model/Loading.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <cmath>

using namespace salsa;
using namespace salsa::exact;

void PrefixBound::buildLatency(
    const ScheduleProblem &problem,
    const int (&linkIndex)[kMaxOperands][kMaxLevels][kNumDataDirs],
    const std::vector<double> &longestOnce,
    const std::vector<double> &onceHeadroom) {
  temporalCycles = 1;
  for (const Loop &l : problem.primeFactors())
    temporalCycles *= l.size;
  addHalfShared = problem.costModel().modelOptions().fixZigZagBugs;
  latencyBuilt = true;
  for (auto &lv : loadLink)
    for (auto &d : lv)
      std::fill(std::begin(d), std::end(d), -1);

  // The most a once-made load's headroom over its floor can be: across
  // cut 1 as tabulated, elsewhere against the least floor of any tile.
  auto headroom = [&](unsigned i) {
    return loadTables[i].cut == 1
               ? std::max(0.0, onceHeadroom[i])
               : std::max(0.0, longestOnce[i] - onceMinimum[i]);
  };
  // What reduce_balanced can take off a once-made load beyond its own
  // headroom on a port with two or more of them: the others' headrooms.
  std::vector<double> othersHeadroom(loadTables.size(), 0.0);
  for (const CostModel::PortLinks &port : problem.costModel().portLinks()) {
    PortTerms &terms = ports.emplace_back();
    double onceTotal = 0;
    unsigned onceLinks = 0;
    for (const CostModel::LinkId &l : port.links) {
      int i = linkIndex[l.op][l.lv][l.dir];
      if (i < 0)
        continue;
      loadLink[l.op][l.lv][l.dir] = i;
      loadShared[l.op][l.lv][l.dir] = port.sharedByInputs;
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
        onceTotal += headroom(i);
        ++onceLinks;
      }
    }
    if (onceLinks < 2)
      continue;
    for (const CostModel::LinkId &l : port.links) {
      int i = linkIndex[l.op][l.lv][l.dir];
      if (i >= 0)
        othersHeadroom[i] = onceTotal - (longestOnce[i] > 0 ? headroom(i) : 0);
    }
  }
  // A link on no port never loads (computeLatency leaves it 0).
  for (unsigned op = 0; op < kMaxOperands; ++op)
    for (unsigned lv = 0; lv < kMaxLevels; ++lv)
      for (unsigned d = 0; d < kNumDataDirs; ++d)
        if (linkIndex[op][lv][d] >= 0 && loadLink[op][lv][d] < 0)
          llvm::fill(loadTables[linkIndex[op][lv][d]].value, 0.0);
  // A once-made load ends at its transfer less its own headroom (its
  // floor, tabulated across cut 1) less at most the others' headrooms.
  for (unsigned i = 0; i < loadTables.size(); ++i) {
    TermTable &t = loadTables[i];
    for (uint64_t x = 0; x < t.value.size(); ++x)
      if (madeOnce[i][x])
        t.value[x] = (madeOnce[i][x] == 2
                          ? t.value[x]
                          : std::min(t.value[x], onceMinimum[i])) -
                     othersHeadroom[i];
    finish(t);
    madeOnce[i] = {};
  }
}

double PrefixBound::loadingBound(const State &s) const {
  // The entries computeLatency's assembly reads, each at its bound.
  LinkLoads loads;
  auto set = [&](unsigned op, unsigned lv, DataDir dir) {
    const int i = loadLink[op][lv][unsigned(dir)];
    loads[op][lv][unsigned(dir)] = {i < 0 ? 0.0 : termBound(loadTables[i], s),
                                    loadShared[op][lv][unsigned(dir)]};
  };
  uint8_t numLevels[kMaxOperands] = {};
  for (unsigned op = 0; op < numOps; ++op) {
    numLevels[op] = problem->bound().levels[op].size();
    const bool output = op == 0;
    for (unsigned lv = 0; lv + 1 < numLevels[op]; ++lv) {
      set(op, lv, output ? DataDir::RdOutToHigh : DataDir::WrInByHigh);
      set(op, lv + 1, output ? DataDir::WrInByLow : DataDir::RdOutToLow);
    }
  }
  double onloading, offloading;
  loadingCycles(loads, numOps, numLevels, addHalfShared, onloading,
                offloading);
  return onloading + offloading;
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
  // compareBound's margin covers the other summation order.
  return std::max(temporalCycles + stalled, busiest) + loadingBound(s);
}
