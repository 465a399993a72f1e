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
// to no less than its floor, the lesser of its transfer and its minimum
// (the data below cut 1 at the port's bandwidth: a term of cut 1) when it
// is its port's only one, and otherwise, a ZigZag quirk, by at most the
// headrooms (transfer less minimum) of the other once-made loads of its
// port besides: reduce_balanced visits them longest first (ties in port
// order) and lowers every one visited again by the headroom of each later
// one, so only those that may come after it count. A headroom is bounded
// along the prefix by its transfer's most (per tile below its cut, the
// most over subsets where the cut lies inside the prefix) less its
// minimum's least. The balancing spends the surplus the port's repeating
// loads leave (its bandwidth less the sum of theirs, each a term of its
// cut, 0 where the link is made once): where the least that sum can be is
// the port's bandwidth or more, there is none, and every once-made load of
// the port is its transfer (the saturated-port rule).
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
    std::vector<std::vector<double>> headroomAt,
    std::vector<std::vector<double>> minimumAt) {
  temporalCycles = 1;
  for (const Loop &l : problem.primeFactors())
    temporalCycles *= l.size;
  addHalfShared = problem.costModel().modelOptions().fixZigZagBugs;
  latencyBuilt = true;
  for (auto &lv : loadLink)
    for (auto &d : lv)
      std::fill(std::begin(d), std::end(d), -1);

  // The most an untracked once-made load's headroom over its floor can be
  // (the links at cut 0; the others have headroom tables): its longest
  // transfer less the least floor of any tile.
  auto untrackedHeadroom = [&](unsigned i) {
    return std::max(0.0, longestOnce[i] - onceMinimum[i]);
  };
  // The minimum of the tile below cut 1, per tile there, for the links
  // above it made once somewhere; one table per operand and bandwidth (the
  // same values), shared.
  minimumOf.assign(loadTables.size(), -1);
  for (unsigned i = 0; i < loadTables.size(); ++i) {
    if (minimumAt[i].empty() || !llvm::is_contained(madeOnce[i], 1))
      continue;
    const unsigned op = loadTables[i].op;
    for (unsigned m = 0; m < minima.size() && minimumOf[i] < 0; ++m)
      if (minima[m].op == op && minima[m].value == minimumAt[i])
        minimumOf[i] = m;
    if (minimumOf[i] >= 0)
      continue;
    minimumOf[i] = minima.size();
    TermTable &t = minima.emplace_back();
    t.op = op;
    t.cut = 1;
    t.value = std::move(minimumAt[i]);
    finish(t);
  }
  // A link above cut 0 has its own headroom table, the most over subsets
  // beside it (a cut inside a prefix is a subset of it).
  auto track = [&](unsigned i) -> int {
    if (headroomAt[i].empty())
      return -1;
    Headroom &h = headrooms.emplace_back();
    h.op = loadTables[i].op;
    h.cut = loadTables[i].cut;
    h.link = i;
    h.value = std::move(headroomAt[i]);
    // Across cut 1 the most over the tiles made once (that fit); higher up
    // the longest transfer made once.
    h.most = 0;
    if (h.cut == 1) {
      for (double v : h.value)
        if (v != kInfinity)
          h.most = std::max(h.most, v);
    } else {
      h.most = longestOnce[i];
    }
    for (double &v : h.value)
      v = v == kInfinity ? h.most : std::max(0.0, v);
    h.upper = h.value;
    space->foldOverSubsets(h.upper,
                           [](double a, double b) { return std::max(a, b); });
    return headrooms.size() - 1;
  };
  othersConstant.assign(loadTables.size(), 0.0);
  othersTracked.assign(loadTables.size(), {});
  selfHeadroom.assign(loadTables.size(), -1);
  // The bound reads envelopes (and minima of them): all 0, no term.
  auto nonzero = [](const TermTable &t) {
    return !t.envelope.empty() &&
           llvm::any_of(t.envelope, [](double v) { return v > 0; });
  };
  for (const CostModel::PortLinks &port : problem.costModel().portLinks()) {
    PortTerms &terms = ports.emplace_back();
    llvm::SmallVector<unsigned, 8> once;
    for (const CostModel::LinkId &l : port.links) {
      int i = linkIndex[l.op][l.lv][l.dir];
      if (i < 0)
        continue;
      loadLink[l.op][l.lv][l.dir] = i;
      terms.links.push_back(i);
      loadShared[l.op][l.lv][l.dir] = port.sharedByInputs;
      if (nonzero(busyTables[i]))
        terms.busy.push_back(i);
      if (nonzero(stallTables[i]))
        terms.stall.push_back(i);
      // computeLatency's loading pass skips the output's partial sums
      // coming back.
      if (l.loads && nonzero(bandwidthTables[i]))
        terms.bandwidth.push_back(i);
      if (l.loads && longestOnce[i] > 0)
        once.push_back(i);
    }
    terms.bandwidthMax = port.bandwidthMax;
    if (!terms.bandwidth.empty())
      for (unsigned i : once)
        if (nonzero(transferTables[i]))
          terms.once.push_back(i);
    // With ZigZag's bug fixed no load ends below its own minimum.
    if (once.size() < 2 || addHalfShared)
      continue;
    llvm::SmallVector<int, 8> tracked;
    for (unsigned j = 0; j < once.size(); ++j) {
      tracked.push_back(track(once[j]));
      if (tracked.back() >= 0) {
        headrooms[tracked.back()].position = j;
        selfHeadroom[once[j]] = tracked.back();
      }
    }
    for (const CostModel::LinkId &l : port.links) {
      int i = linkIndex[l.op][l.lv][l.dir];
      if (i < 0)
        continue;
      for (unsigned j = 0; j < once.size(); ++j) {
        if (once[j] == unsigned(i))
          continue;
        if (tracked[j] >= 0)
          othersTracked[i].push_back(tracked[j]);
        else
          othersConstant[i] += untrackedHeadroom(once[j]);
      }
    }
  }
  // A link on no port never loads (computeLatency leaves it 0).
  for (unsigned op = 0; op < kMaxOperands; ++op)
    for (unsigned lv = 0; lv < kMaxLevels; ++lv)
      for (unsigned d = 0; d < kNumDataDirs; ++d)
        if (linkIndex[op][lv][d] >= 0 && loadLink[op][lv][d] < 0) {
          const unsigned i = linkIndex[op][lv][d];
          llvm::fill(loadTables[i].value, 0.0);
          llvm::fill(madeOnce[i], 0);
        }
  // A once-made load ends at its floor (its transfer or, across cut 1,
  // its own minimum) less at most the others' headrooms. Where the prefix
  // tells more than constants (a minimum per tile above cut 1, headrooms
  // tracked), its entries move to a table of their own, infinite where the
  // load repeats; otherwise they stay, lowered by the constant.
  onceTables.resize(loadTables.size());
  othersMost.assign(loadTables.size(), 0.0);
  for (unsigned i = 0; i < loadTables.size(); ++i) {
    othersMost[i] = othersConstant[i];
    for (unsigned j : othersTracked[i]) {
      const Headroom &h = headrooms[j];
      othersMost[i] +=
          h.cut == 1 ? h.most
                     : std::max(0.0, h.most -
                                         minima[minimumOf[h.link]].envelope.back());
    }
  }
  leastOnce.assign(loadTables.size(), kInfinity);
  for (unsigned i = 0; i < loadTables.size(); ++i) {
    TermTable &t = loadTables[i];
    const bool once =
        llvm::is_contained(madeOnce[i], 1) || llvm::is_contained(madeOnce[i], 2);
    if (once && t.cut < 2 && selfHeadroom[i] < 0 && othersTracked[i].empty()) {
      for (uint64_t x = 0; x < t.value.size(); ++x)
        if (madeOnce[i][x])
          t.value[x] = (madeOnce[i][x] == 2
                            ? t.value[x]
                            : std::min(t.value[x], onceMinimum[i])) -
                       othersConstant[i];
    } else if (once) {
      TermTable &once = onceTables[i];
      once.op = t.op;
      once.cut = t.cut;
      once.value.assign(t.value.size(), kInfinity);
      // Cut 0 (the level-0 links) stands for its floor with the least
      // minimum of every tile.
      for (uint64_t x = 0; x < t.value.size(); ++x)
        if (madeOnce[i][x]) {
          once.value[x] = t.cut == 0 ? std::min(t.value[x], onceMinimum[i])
                                     : t.value[x];
          t.value[x] = kInfinity;
        }
      finish(once);
    }
    finish(t);
    madeOnce[i] = {};
    if (!onceTables[i].value.empty()) {
      leastOnce[i] = onceTables[i].envelope.back();
      if (minimumOf[i] >= 0)
        leastOnce[i] =
            std::min(leastOnce[i], minima[minimumOf[i]].envelope.back());
      leastOnce[i] -= othersMost[i];
    }
  }
}

PrefixBound::HeadroomState
PrefixBound::headroomState(const Headroom &h, const State &s) const {
  const unsigned op = h.op, cut = h.cut;
  double most;
  if (wholeCut[op][cut])
    most = h.value.back();
  else if (s.cutState[op][cut] == 0)
    most = h.most;
  else if (s.cutState[op][cut] == 1)
    most = h.upper[s.prefix + irrelevantAll[op] - s.irrelevant[op]];
  else
    most = exactCut[op][cut] ? h.value[s.fixedAt[op][cut]]
                             : h.upper[s.fixedAt[op][cut]];
  HeadroomState r;
  r.leastTransfer = termBound(onceTables[h.link], s);
  r.mostTransfer = kInfinity;
  if (cut == 1) {
    r.headroom = most;
  } else {
    r.mostTransfer = most;
    r.headroom =
        std::max(0.0, most - termBound(minima[minimumOf[h.link]], s));
  }
  return r;
}

double PrefixBound::onceFloorBound(unsigned i, const State &s) const {
  // Infinite where no tile the prefix allows makes it once.
  const double transfer = termBound(onceTables[i], s);
  if (transfer == kInfinity || minimumOf[i] < 0)
    return transfer;
  return std::min(transfer, termBound(minima[minimumOf[i]], s));
}

template <typename HeadroomAt>
double PrefixBound::othersHeadroom(unsigned i, HeadroomAt &&headroomAt) const {
  // reduce_balanced visits the loads longest first (ties in port order)
  // and lowers each by the headrooms of those after it: one that surely
  // comes before this one takes nothing off it.
  const int self = selfHeadroom[i];
  const double longest =
      self < 0 ? kInfinity : headroomAt(self).mostTransfer;
  const unsigned position = self < 0 ? 0 : headrooms[self].position;
  double total = othersConstant[i];
  for (unsigned j : othersTracked[i]) {
    const HeadroomState &h = headroomAt(j);
    const bool before =
        h.leastTransfer > longest ||
        (h.leastTransfer == longest && headrooms[j].position < position);
    if (!before)
      total += h.headroom;
  }
  return total;
}

double PrefixBound::loadingBound(const State &s, LinkLoads &loads,
                                 const AllocatedCuts *cuts) const {
  // The entries computeLatency's assembly reads, each at its bound.
  // The tracked headrooms, each computed when first needed.
  HeadroomState hs[kMaxOperands * kMaxLevels * kNumDataDirs];
  bool known[kMaxOperands * kMaxLevels * kNumDataDirs];
  std::fill_n(known, headrooms.size(), false);
  auto headroomAt = [&](unsigned h) -> const HeadroomState & {
    if (!known[h]) {
      hs[h] = headroomState(headrooms[h], s);
      known[h] = true;
    }
    return hs[h];
  };
  // A port whose repeating loads surely need all its bandwidth leaves
  // reduce_balanced no budget: its once-made loads stay at their transfer.
  // (Elsewhere no floor: ZigZag's balancing can take an entry below 0.)
  double transferAtLeast[kMaxOperands * kMaxLevels * kNumDataDirs];
  std::fill_n(transferAtLeast, loadTables.size(), -kInfinity);
  for (const PortTerms &port : ports) {
    if (port.once.empty() || !saturatedPortRule)
      continue;
    double needed = 0;
    for (unsigned i : port.bandwidth)
      needed += termBound(bandwidthTables[i], s);
    if (needed >= port.bandwidthMax)
      for (unsigned i : port.once)
        transferAtLeast[i] = termBound(transferTables[i], s);
  }
  auto set = [&](unsigned op, unsigned lv, DataDir dir) {
    const int i = loadLink[op][lv][unsigned(dir)];
    double entry = 0;
    if (i >= 0) {
      entry = termBound(loadTables[i], s);
      // The least it can be made once at any tile, lowered by the most the
      // others can take, may already be no less than the repeated entry.
      if (!onceTables[i].value.empty() && leastOnce[i] < entry) {
        const double floor = onceFloorBound(i, s);
        // Lowered by the most the others can take, it still repeats' entry
        // or more: the entry is that.
        if (floor - othersMost[i] < entry)
          entry = std::min(entry, floor - othersHeadroom(i, headroomAt));
      }
      entry = std::max(entry, transferAtLeast[i]);
      if (cuts)
        entry = std::max(entry, allocatedLoad(*cuts, i));
    }
    loads[op][lv][unsigned(dir)] = {entry, loadShared[op][lv][unsigned(dir)]};
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

double PrefixBound::latencyLowerBound(const State &s,
                                      const AllocatedCuts *cuts) const {
  const auto [own, budget] = latencyBoundParts(s, /*windows=*/true, cuts);
  return std::max(own, budget);
}

double PrefixBound::latencyLowerBound(const State &s,
                                      llvm::function_ref<bool(double)> settles,
                                      const AllocatedCuts *cuts) const {
  LinkLoads loads;
  const double own = ownLatencyBound(s, loads, /*windows=*/true, cuts);
  if (settles(own))
    return own;
  return std::max(own, portBudgetBound(loads, s));
}

std::pair<double, double>
PrefixBound::latencyBoundParts(const State &s, bool windows,
                               const AllocatedCuts *cuts) const {
  LinkLoads loads;
  const double own = ownLatencyBound(s, loads, windows, cuts);
  return {own, portBudgetBound(loads, s)};
}

double PrefixBound::ownLatencyBound(const State &s, LinkLoads &loads,
                                    bool windows,
                                    const AllocatedCuts *cuts) const {
  double busiest = 0, stalled = 0;
  for (const PortTerms &port : ports) {
    double busy = 0, stall = 0;
    for (unsigned i : port.busy)
      busy += termBound(busyTables[i], s);
    for (unsigned i : port.stall)
      stall += termBound(stallTables[i], s);
    for (unsigned w : port.window) {
      const WindowLink &l = windowLinks[w];
      stall += std::max(l.tabled ? termBound(stallTables[l.link], s) : 0.0,
                        windows ? windowStall(l, s) : 0.0);
    }
    busiest = std::max(busiest, busy);
    stalled = std::max(stalled, stall);
  }
  // Both parts bound the same figures: the larger of each stands.
  if (cuts)
    allocatedPortBounds(*cuts, busiest, stalled);
  // compareBound's margin covers the other summation order.
  const double loading = loadingBound(s, loads, cuts);
  return std::max(temporalCycles + stalled, busiest) + loading;
}
