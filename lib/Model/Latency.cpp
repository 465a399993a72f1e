//===- Latency.cpp - Stalls, on-loading and off-loading -------------------===//
//
// Latency half of ZigZag's CostModelEvaluation (calc_latency):
//  1. double-buffering per operand level from the effective memory use,
//  2. per data-transfer link the allowed and the real transfer cycles,
//  3. stall/slack combined per physical port (shared ports overlap windows),
//  4. on-loading before and off-loading after the computation.
//
//===----------------------------------------------------------------------===//

#include "Latency.h"
#include "Multiversion.h"
#include "salsa/Model/Loading.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <cmath>

using namespace salsa;

llvm::SmallVector<PortUse, 8> salsa::servedUses(const MemoryLevel &mem,
                                                 unsigned portIdx) {
  llvm::SmallVector<PortUse, 8> uses;
  for (MemOperand mo : mem.operands) {
    // ZigZag keeps one port per (operand, direction): the last allocation
    // wins, but the direction keeps the position of its first mention.
    llvm::SmallVector<DataDir, 4> order;
    int finalPort[kNumDataDirs] = {-1, -1, -1, -1};
    for (unsigned p = 0; p < mem.ports.size(); ++p)
      for (const PortUse &use : mem.ports[p].allocation) {
        if (use.operand != mo)
          continue;
        if (!llvm::is_contained(order, use.dir))
          order.push_back(use.dir);
        finalPort[unsigned(use.dir)] = p;
      }
    for (DataDir dir : order)
      if (finalPort[unsigned(dir)] == int(portIdx))
        uses.push_back({mo, dir});
  }
  return uses;
}

CostModel::PortPlan::PortPlan(const BoundLayer &bound) {
  const Accelerator &accel = *bound.accel;
  auto levelOf = [&](unsigned op, unsigned mem) -> int {
    const auto &lv = bound.levels[op];
    for (unsigned i = 0; i < lv.size(); ++i)
      if (lv[i] == mem)
        return i;
    return -1;
  };
  for (unsigned op = 0; op < bound.numOperands(); ++op)
    for (unsigned lv = 0; lv < bound.levels[op].size(); ++lv) {
      const MemoryLevel &mem = accel.memories[bound.levels[op][lv]];
      readCost[op][lv] = mem.readCost;
      writeCost[op][lv] = mem.writeCost;
      sizeBits[op][lv] = double(mem.sizeBits);
      for (unsigned d = 0; d < kNumDataDirs; ++d)
        if (const MemoryPort *port =
                mem.portFor(bound.memOperand[op], DataDir(d))) {
          bwMin[op][lv][d] = double(port->bandwidthMin);
          bwMax[op][lv][d] = double(port->bandwidthMax);
          bwMinOverMax[op][lv][d] = bwMin[op][lv][d] / bwMax[op][lv][d];
        }
    }
  macEnergy = accel.array.macEnergy * bound.layer->totalMacs();
  idealCycle = std::ceil(bound.layer->totalMacs() /
                         double(accel.array.totalUnits()));
  for (unsigned m = 0; m < accel.memories.size(); ++m) {
    const MemoryLevel &mem = accel.memories[m];
    for (unsigned p = 0; p < mem.ports.size(); ++p) {
      Port port;
      port.bandwidthMax = double(mem.ports[p].bandwidthMax);
      auto uses = servedUses(mem, p);
      port.sharedByInputs =
          llvm::any_of(uses, [](PortUse u) { return u.operand == MemOperand::I1; }) &&
          llvm::any_of(uses, [](PortUse u) { return u.operand == MemOperand::I2; });
      for (PortUse u : uses) {
        int op = bound.layerOperandOf(u.operand);
        if (op < 0)
          continue;
        const int lv = levelOf(op, m);
        const bool psumBack =
            op == 0 &&
            (u.dir == DataDir::RdOutToLow || u.dir == DataDir::WrInByHigh);
        const unsigned d = unsigned(u.dir);
        port.uses.push_back({uint8_t(op), uint8_t(lv), uint8_t(d),
                             uint8_t(crossedLevel(lv, d)), !psumBack,
                             bwMax[op][lv][d]});
      }
      // A port no operand of this layer uses adds no stall and no loading.
      if (!port.uses.empty())
        ports.push_back(std::move(port));
    }
    if (mem.operands.size() < 2)
      continue;
    llvm::SmallVector<std::pair<uint8_t, uint8_t>, 3> members;
    for (MemOperand mo : mem.operands) {
      int op = bound.layerOperandOf(mo);
      if (op >= 0)
        members.push_back({uint8_t(op), uint8_t(levelOf(op, m))});
    }
    for (auto [op, lv] : members)
      sharers[op][lv] = members;
    groups.push_back(std::move(members));
  }
}

void salsa::loadingCycles(const LinkLoads &loads, unsigned numOps,
                          const uint8_t *numLevels, bool addHalfShared,
                          double &onloading, double &offloading) {
  struct Parts {
    double individual = 0, halfShared = 0, shared = 0;
  } parts[kMaxOperands];
  for (unsigned op = 1; op < numOps; ++op) {
    Parts &part = parts[op];
    for (unsigned lv = 0; lv + 1 < numLevels[op]; ++lv) {
      const LinkLoad &e1 = loads[op][lv][unsigned(DataDir::WrInByHigh)];
      const LinkLoad &e2 = loads[op][lv + 1][unsigned(DataDir::RdOutToLow)];
      double longest = std::max(e1.cycles, e2.cycles);
      if (!e1.sharedPort && !e2.sharedPort)
        part.individual += longest;
      else if (e1.sharedPort && e2.sharedPort)
        part.shared += longest;
      else if (addHalfShared)
        part.halfShared += longest;
      else
        part.halfShared = longest; // ZigZag assigns instead of adding.
    }
  }
  onloading = 0;
  if (numOps == 2) {
    onloading = parts[1].individual;
  } else if (numOps >= 3) {
    const Parts &a = parts[1], &b = parts[2];
    double first = a.shared + std::max(b.shared + b.halfShared + b.individual,
                                       a.halfShared + a.individual);
    double second = b.shared + std::max(a.shared + a.halfShared + a.individual,
                                        b.halfShared + b.individual);
    onloading = std::min(first, second);
  }
  offloading = 0;
  for (unsigned lv = 0; lv + 1 < numLevels[0]; ++lv)
    offloading += std::max(loads[0][lv][unsigned(DataDir::RdOutToHigh)].cycles,
                           loads[0][lv + 1][unsigned(DataDir::WrInByLow)].cycles);
}

void salsa::reduceBalanced(llvm::ArrayRef<double> cycles,
                           llvm::ArrayRef<double> minimum, double budget,
                           llvm::MutableArrayRef<double> remaining,
                           bool clampToMinimum) {
  const unsigned n = cycles.size();
  std::copy(cycles.begin(), cycles.end(), remaining.begin());
  if (budget <= 0 || n == 0)
    return;
  if (n == 1) {
    // The loop below for one entry (x * 1 and x / 1 are x).
    double headroom = cycles[0] - minimum[0];
    remaining[0] -= budget < headroom ? budget : headroom;
    if (clampToMinimum)
      remaining[0] = std::max(remaining[0], minimum[0]);
    return;
  }
  // Longest first, ties in original order (Python's stable sort); n is
  // small, so insertion sort.
  unsigned order[kMaxLevels * kNumDataDirs * kMaxOperands];
  for (unsigned i = 0; i < n; ++i) {
    unsigned j = i;
    while (j > 0 && cycles[order[j - 1]] < cycles[i]) {
      order[j] = order[j - 1];
      --j;
    }
    order[j] = i;
  }
  double c[kMaxLevels * kNumDataDirs * kMaxOperands];
  for (unsigned i = 0; i < n; ++i)
    c[i] = cycles[order[i]];
  // ZigZag lowers every already-visited entry by the current entry's
  // headroom; reproduced as written (entries can end below their minimum).
  for (unsigned i = 0; i < n; ++i) {
    double headroom = c[i] - minimum[order[i]];
    double maxReducible = headroom * (i + 1);
    bool last = budget < maxReducible;
    double reduction = last ? budget / (i + 1) : headroom;
    for (unsigned j = 0; j <= i; ++j) {
      c[j] -= reduction;
      if (clampToMinimum)
        c[j] = std::max(c[j], minimum[order[j]]);
    }
    if (last)
      break;
    budget -= maxReducible;
  }
  for (unsigned i = 0; i < n; ++i)
    remaining[order[i]] = c[i];
}

namespace {
/// Windows grouped by period (allowed windows of equal periods merge).
struct PeriodGroup {
  double period, allowed;
};

/// Positions t in [0, y) covered by groups[0..j] when every period divides
/// the next: the pattern below group j repeats with group j-1's period.
double coveredChain(llvm::ArrayRef<PeriodGroup> groups, int j, double y) {
  if (j < 0 || y <= 0)
    return 0;
  auto partial = [&](double r) {
    double a = groups[j].allowed;
    double covered = std::min(r, a);
    if (r > a)
      covered +=
          coveredChain(groups, j - 1, r) - coveredChain(groups, j - 1, a);
    return covered;
  };
  double p = groups[j].period;
  double full = std::floor(y / p);
  double rem = y - full * p;
  double perPeriod = full > 0 ? partial(p) : 0;
  return full * perPeriod + partial(rem);
}
} // namespace

double
salsa::updatingWindowUnion(llvm::ArrayRef<std::array<double, 3>> windows) {
  for (const auto &w : windows)
    if (w[0] == w[1])
      return w[0] * w[2];
  double maxPeriod = 0, maxCount = 0;
  for (const auto &w : windows) {
    double p = std::trunc(w[0]);
    if (p > maxPeriod) {
      maxPeriod = p;
      maxCount = std::trunc(w[2]);
    }
  }
  llvm::SmallVector<PeriodGroup, 8> groups;
  for (const auto &w : windows) {
    double p = std::trunc(w[0]);
    double a = std::min(std::max(0.0, std::trunc(w[1])), p);
    auto it = llvm::find_if(groups, [&](auto &g) { return g.period == p; });
    if (it != groups.end())
      it->allowed = std::max(it->allowed, a);
    else
      groups.push_back({p, a});
  }
  llvm::sort(groups, [](auto &a, auto &b) { return a.period < b.period; });
  bool chain = true;
  for (unsigned i = 0; i + 1 < groups.size(); ++i)
    if (groups[i].period <= 0 ||
        std::fmod(groups[i + 1].period, groups[i].period) != 0)
      chain = false;
  double covered = 0;
  if (chain) {
    covered = coveredChain(groups, groups.size() - 1, maxPeriod);
  } else {
    // ZigZag requires every period to divide the largest one; count directly.
    for (double t = 0; t < maxPeriod; ++t)
      for (const PeriodGroup &g : groups)
        if (g.period > 0 && std::fmod(t, g.period) < g.allowed) {
          ++covered;
          break;
        }
  }
  return covered * maxCount;
}

SALSA_MULTIVERSION
void salsa::computeLatency(const LatencyInputs &in, CostResult &result) {
  const BoundLayer &bound = in.bound;
  const CostModel::PortPlan &plan = in.ports;
  const unsigned numOps = bound.numOperands();
  const auto &numLevels = in.tm.mapping.numLevels;

  // 1. Effective memory use (fractional mapping) and double buffering.
  double effInd[kMaxOperands][kMaxLevels], effShared[kMaxOperands][kMaxLevels];
  for (unsigned op = 0; op < numOps; ++op)
    for (unsigned m = 0; m < numLevels[op]; ++m) {
      // dataBitUnrolled is data (an integer) times a precision: over 1 it
      // needs no floor.
      const double top = in.tm.topRelevant[op][m + 1];
      const double bits = in.figF.dataBitUnrolled[op][m + 1];
      double effective = top == 1 ? bits : std::floor(bits / top);
      effShared[op][m] = effInd[op][m] = effective / plan.sizeBits[op][m];
    }
  for (const auto &members : plan.groups) {
    double sum = 0;
    for (auto [op, lv] : members)
      sum += effInd[op][lv];
    for (auto [op, lv] : members)
      effShared[op][lv] = sum;
  }
  bool doubleBuffer[kMaxOperands][kMaxLevels + 1];
  for (unsigned op = 0; op < numOps; ++op) {
    doubleBuffer[op][0] = false;
    for (unsigned m = 0; m < numLevels[op]; ++m) {
      bool db = false;
      if (effShared[op][m] <= 0.5) {
        db = true;
      } else if (effInd[op][m] <= 1 - effShared[op][m]) {
        db = true;
        double add = effInd[op][m];
        for (auto [sop, slv] : plan.sharers[op][m])
          effShared[sop][slv] += add;
      }
      doubleBuffer[op][m + 1] = db;
    }
  }

  // No initializers: only the levels the operands have are set and read.
  LinkLoads loading;
  for (unsigned op = 0; op < numOps; ++op)
    for (unsigned m = 0; m < numLevels[op]; ++m)
      for (unsigned d = 0; d < kNumDataDirs; ++d)
        loading[op][m][d] = {0, false};

  // 2./3. Per link a port serves: allowed and real transfer cycles (integer
  // mapping), then the stall/slack of each physical port. A link with no
  // transfer period counts nowhere, so its cycles are not computed. The
  // same pass sorts the links for on-/off-loading (step 4): those moved
  // more than once load at their real cycles, those moved once wait for
  // the balancing, which needs every port's stall first.
  // ZigZag rounds periods, windows and bandwidths up; computeMappingFigures
  // has truncated them to integers already, so that ceil is the identity
  // and left out.
  constexpr unsigned kMaxLinks = kMaxOperands * kMaxLevels * kNumDataDirs;
  const CostModel::PortPlan::Use *once[kMaxLinks];
  double required[kMaxLinks], minimum[kMaxLinks];
  struct PortOnce {
    const CostModel::PortPlan::Port *port;
    unsigned begin, end;
    double reqBw;
  } portOnce[kMaxLinks];
  unsigned numOnce = 0, numPortOnce = 0;
  double stallSlackComb = 0;
  for (const CostModel::PortPlan::Port &port : plan.ports) {
    std::array<double, 3> windows[kMaxLinks];
    double stalls[kMaxLinks];
    double updating[kMaxLinks];
    unsigned k = 0;
    const unsigned firstOnce = numOnce;
    double reqBw = 0;
    for (const CostModel::PortPlan::Use &use : port.uses) {
      const unsigned op = use.op, lv = use.lv, d = use.dir;
      const UnitMemMovement &u = in.figI.movement[op][lv];
      double count = u.periodCount[d];
      if (count == 0)
        continue;
      double period = u.period[d];
      // ZigZag's instant transfer window unless double buffered.
      double a = period;
      if (!doubleBuffer[op][use.archLevel]) {
        // A product of loop sizes: an integer with exact cycles.
        double reuse = in.tm.topIrrelevant[op][use.archLevel];
        if (!in.tm.exactCycles)
          reuse = std::trunc(reuse);
        // period is an integer: over 1 it stays.
        if (reuse != 1)
          a = transferWindow(period, reuse);
      }
      double r = realTransferCycles(u, d, use.bandwidthMax);
      windows[k] = {period, a, count};
      stalls[k] = (r - a) * (count - 1);
      updating[k] = a * (count - 1);
      ++k;
      if (!use.loads)
        continue;
      if (count == 1) {
        once[numOnce] = &use;
        minimum[numOnce] =
            std::ceil(in.figI.dataBitUnrolled[op][1] / port.bandwidthMax);
        required[numOnce] = r;
        ++numOnce;
      } else {
        reqBw += in.figI.requiredBandwidth(op, lv, d);
        loading[op][lv][d] = {r, port.sharedByInputs};
      }
    }
    if (numOnce != firstOnce)
      portOnce[numPortOnce++] = {&port, firstOnce, numOnce, reqBw};
    if (k == 1) {
      stallSlackComb = std::max(stallSlackComb, stalls[0]);
    } else if (k > 1) {
      double unionWindow = updatingWindowUnion(llvm::ArrayRef(windows, k));
      double positive = 0, negative = 0, updatingSum = 0;
      for (unsigned i = 0; i < k; ++i) {
        if (stalls[i] > 0)
          positive += stalls[i];
        else
          negative += stalls[i];
        updatingSum += updating[i];
      }
      double comb =
          positive + std::max(0.0, negative + updatingSum - unionWindow);
      stallSlackComb = std::max(stallSlackComb, comb);
    }
  }

  // 4. On-loading and off-loading: what each port moves once is balanced
  // over the bandwidth the periodic transfers leave it.
  const double computationCycles =
      std::ceil(in.tm.totalCycle) + stallSlackComb;
  for (unsigned p = 0, i = 0; p < numPortOnce; ++p) {
    const PortOnce &po = portOnce[p];
    const CostModel::PortPlan::Port &port = *po.port;
    double remaining[kMaxLinks];
    const unsigned n = po.end - po.begin;
    double surplus =
        std::max(0.0, (port.bandwidthMax - po.reqBw) / port.bandwidthMax *
                          computationCycles);
    reduceBalanced(llvm::ArrayRef(required + po.begin, n),
                   llvm::ArrayRef(minimum + po.begin, n), surplus,
                   llvm::MutableArrayRef(remaining, n), in.fixZigZagBugs);
    for (unsigned j = 0; j < n; ++j, ++i)
      loading[once[i]->op][once[i]->lv][once[i]->dir] = {remaining[j],
                                                         port.sharedByInputs};
  }

  double onloading, offloading;
  loadingCycles(loading, numOps, numLevels.data(), in.fixZigZagBugs,
                onloading, offloading);

  double ideal = plan.idealCycle;
  double temporal = in.tm.totalCycle;
  result.idealCycle = ideal;
  result.idealTemporalCycle = temporal;
  result.stallSlackComb = stallSlackComb;
  result.dataOnloadingCycle = onloading;
  result.dataOffloadingCycle = offloading;
  result.latencyTotal0 = temporal + stallSlackComb;
  result.latencyTotal1 = temporal + stallSlackComb + onloading;
  result.latencyTotal2 = temporal + stallSlackComb + onloading + offloading;
  result.macSpatialUtilization = ideal / temporal;
  result.macUtilization0 = ideal / result.latencyTotal0;
  result.macUtilization1 = ideal / result.latencyTotal1;
  result.macUtilization2 = ideal / result.latencyTotal2;
}
