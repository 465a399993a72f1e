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

llvm::SmallVector<double, 8>
salsa::reduceBalanced(llvm::ArrayRef<double> cycles,
                      llvm::ArrayRef<double> minimum, double budget) {
  llvm::SmallVector<double, 8> result(cycles.begin(), cycles.end());
  if (budget <= 0 || cycles.empty())
    return result;
  llvm::SmallVector<unsigned, 8> order(cycles.size());
  for (unsigned i = 0; i < order.size(); ++i)
    order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](unsigned a, unsigned b) {
    return cycles[a] > cycles[b];
  });
  llvm::SmallVector<double, 8> c, m;
  for (unsigned i : order) {
    c.push_back(cycles[i]);
    m.push_back(minimum[i]);
  }
  // ZigZag lowers every already-visited entry by the current entry's
  // headroom; reproduced as written.
  for (unsigned i = 0; i < c.size(); ++i) {
    double maxReducible = (c[i] - m[i]) * (i + 1);
    bool last = budget < maxReducible;
    double reduction = last ? budget / (i + 1) : c[i] - m[i];
    for (unsigned j = 0; j <= i; ++j)
      c[j] -= reduction;
    if (last)
      break;
    budget -= maxReducible;
  }
  for (unsigned i = 0; i < order.size(); ++i)
    result[order[i]] = c[i];
  return result;
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
      covered += coveredChain(groups, j - 1, r) -
                 coveredChain(groups, j - 1, a);
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

namespace {
struct LoadingEntry {
  double cycles = 0;
  bool sharedPort = false;
};
} // namespace

void salsa::computeLatency(const LatencyInputs &in, CostResult &result) {
  const BoundLayer &bound = in.bound;
  const Layer &layer = *bound.layer;
  const Accelerator &accel = *bound.accel;
  const unsigned numOps = bound.numOperands();
  auto levelOf = [&](unsigned op, unsigned mem) -> int {
    const auto &lv = bound.levels[op];
    for (unsigned i = 0; i < lv.size(); ++i)
      if (lv[i] == mem)
        return i;
    return -1;
  };

  // 1. Effective memory use (fractional mapping) and double buffering.
  std::vector<llvm::SmallVector<double, 6>> effInd(numOps), effShared(numOps);
  for (unsigned op = 0; op < numOps; ++op)
    for (unsigned m = 0; m < bound.levels[op].size(); ++m) {
      double size = double(accel.memories[bound.levels[op][m]].sizeBits);
      effInd[op].push_back(in.figF.effectiveDataBit[op][m + 1] / size);
    }
  effShared = effInd;
  auto linkedSharers = [&](unsigned mem) {
    llvm::SmallVector<std::pair<unsigned, unsigned>, 3> members;
    if (accel.memories[mem].operands.size() < 2)
      return members;
    for (MemOperand mo : accel.memories[mem].operands) {
      int op = bound.layerOperandOf(mo);
      if (op >= 0)
        members.push_back({unsigned(op), unsigned(levelOf(op, mem))});
    }
    return members;
  };
  for (unsigned mem = 0; mem < accel.memories.size(); ++mem) {
    auto members = linkedSharers(mem);
    double sum = 0;
    for (auto [op, lv] : members)
      sum += effInd[op][lv];
    for (auto [op, lv] : members)
      effShared[op][lv] = sum;
  }
  std::vector<llvm::SmallVector<bool, 7>> doubleBuffer(numOps);
  for (unsigned op = 0; op < numOps; ++op) {
    doubleBuffer[op].push_back(false);
    for (unsigned m = 0; m < bound.levels[op].size(); ++m) {
      if (effShared[op][m] <= 0.5) {
        doubleBuffer[op].push_back(true);
      } else if (effInd[op][m] <= 1 - effShared[op][m]) {
        doubleBuffer[op].push_back(true);
        double add = effInd[op][m];
        for (auto [sop, slv] : linkedSharers(bound.levels[op][m]))
          effShared[sop][slv] += add;
      } else {
        doubleBuffer[op].push_back(false);
      }
    }
  }

  // 2. Allowed and real transfer cycles per link (integer mapping).
  std::vector<llvm::SmallVector<Way, 6>> allowed(numOps), real(numOps);
  for (unsigned op = 0; op < numOps; ++op) {
    MemOperand mo = bound.memOperand[op];
    for (unsigned m = 0; m < bound.levels[op].size(); ++m) {
      const UnitMemMovement &u = in.figI.movement[op][m];
      const MemoryLevel &mem = accel.memories[bound.levels[op][m]];
      Way a{}, r{};
      for (unsigned d = 0; d < kNumDataDirs; ++d) {
        DataDir dir = DataDir(d);
        bool high = dir == DataDir::RdOutToHigh || dir == DataDir::WrInByHigh;
        bool db = doubleBuffer[op][high ? m + 1 : m];
        a[d] = std::ceil(db ? u.period[d] : u.instWindow[d]);
        const MemoryPort *port = mem.portFor(mo, dir);
        double bw = port ? double(port->bandwidthMax) : 0;
        r[d] = bw ? std::ceil(u.amount[d] * u.precision[d] / bw) : 0;
      }
      allowed[op].push_back(a);
      real[op].push_back(r);
    }
  }

  // 3. Stall/slack per physical port.
  double stallSlackComb = 0;
  for (unsigned mem = 0; mem < accel.memories.size(); ++mem) {
    for (unsigned p = 0; p < accel.memories[mem].ports.size(); ++p) {
      llvm::SmallVector<std::array<double, 3>, 8> windows;
      llvm::SmallVector<double, 8> stalls, updating;
      for (PortUse use : servedUses(accel.memories[mem], p)) {
        int op = bound.layerOperandOf(use.operand);
        if (op < 0)
          continue;
        unsigned lv = levelOf(op, mem);
        unsigned d = unsigned(use.dir);
        const UnitMemMovement &u = in.figI.movement[op][lv];
        double count = u.periodCount[d];
        if (count == 0)
          continue;
        double period = std::ceil(u.period[d]);
        double realCycles = real[op][lv][d];
        double allowedCycles = allowed[op][lv][d];
        windows.push_back({period, allowedCycles, count});
        stalls.push_back((realCycles - allowedCycles) * (count - 1));
        updating.push_back(allowedCycles * (count - 1));
      }
      if (windows.size() == 1) {
        stallSlackComb = std::max(stallSlackComb, stalls[0]);
      } else if (windows.size() > 1) {
        double unionWindow = updatingWindowUnion(windows);
        double positive = 0, negative = 0, updatingSum = 0;
        for (unsigned i = 0; i < stalls.size(); ++i) {
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
  }

  // 4. On-loading and off-loading per port.
  std::vector<llvm::SmallVector<std::array<LoadingEntry, kNumDataDirs>, 6>>
      loading(numOps);
  for (unsigned op = 0; op < numOps; ++op)
    loading[op].resize(bound.levels[op].size());
  const MemOperand outputMem = bound.memOperand[0];
  const double computationCycles =
      std::ceil(in.tm.totalCycle) + stallSlackComb;
  for (unsigned mem = 0; mem < accel.memories.size(); ++mem) {
    const MemoryLevel &memory = accel.memories[mem];
    for (unsigned p = 0; p < memory.ports.size(); ++p) {
      const MemoryPort &port = memory.ports[p];
      auto uses = servedUses(memory, p);
      bool sharedByInputs =
          llvm::any_of(uses, [](PortUse u) { return u.operand == MemOperand::I1; }) &&
          llvm::any_of(uses, [](PortUse u) { return u.operand == MemOperand::I2; });
      llvm::SmallVector<std::tuple<unsigned, unsigned, unsigned>, 8> once,
          periodic;
      for (PortUse use : uses) {
        if (use.operand == outputMem &&
            (use.dir == DataDir::RdOutToLow || use.dir == DataDir::WrInByHigh))
          continue;
        int op = bound.layerOperandOf(use.operand);
        if (op < 0)
          continue;
        unsigned lv = levelOf(op, mem);
        double count = in.figI.movement[op][lv].periodCount[unsigned(use.dir)];
        if (count == 0)
          continue;
        (count == 1 ? once : periodic)
            .push_back({unsigned(op), lv, unsigned(use.dir)});
      }
      double reqBw = 0;
      for (auto [op, lv, d] : periodic)
        reqBw += std::ceil(in.figI.movement[op][lv].reqBwAver[d]);
      llvm::SmallVector<double, 8> required, minimum;
      double bwMax = double(port.bandwidthMax);
      for (auto [op, lv, d] : once) {
        minimum.push_back(std::ceil(in.figI.dataBitUnrolled[op][1] / bwMax));
        required.push_back(real[op][lv][d]);
      }
      double surplus =
          std::max(0.0, (bwMax - reqBw) / bwMax * computationCycles);
      auto remaining = reduceBalanced(required, minimum, surplus);
      for (unsigned i = 0; i < once.size(); ++i) {
        auto [op, lv, d] = once[i];
        loading[op][lv][d] = {remaining[i], sharedByInputs};
      }
      for (auto [op, lv, d] : periodic)
        loading[op][lv][d] = {real[op][lv][d], sharedByInputs};
    }
  }

  double onloading = 0;
  {
    struct Parts {
      double individual = 0, halfShared = 0, shared = 0;
    };
    llvm::SmallVector<Parts, 2> parts;
    for (unsigned op = 1; op < numOps; ++op) {
      Parts part;
      for (unsigned lv = 0; lv + 1 < bound.levels[op].size(); ++lv) {
        const LoadingEntry &e1 =
            loading[op][lv][unsigned(DataDir::WrInByHigh)];
        const LoadingEntry &e2 =
            loading[op][lv + 1][unsigned(DataDir::RdOutToLow)];
        double longest = std::max(e1.cycles, e2.cycles);
        if (!e1.sharedPort && !e2.sharedPort)
          part.individual += longest;
        else if (e1.sharedPort && e2.sharedPort)
          part.shared += longest;
        else
          part.halfShared = longest; // ZigZag assigns instead of adding.
      }
      parts.push_back(part);
    }
    if (parts.size() == 1) {
      onloading = parts[0].individual;
    } else if (parts.size() >= 2) {
      const Parts &a = parts[0], &b = parts[1];
      double first = a.shared + std::max(b.shared + b.halfShared + b.individual,
                                         a.halfShared + a.individual);
      double second = b.shared + std::max(a.shared + a.halfShared + a.individual,
                                          b.halfShared + b.individual);
      onloading = std::min(first, second);
    }
  }
  double offloading = 0;
  for (unsigned lv = 0; lv + 1 < bound.levels[0].size(); ++lv)
    offloading += std::max(
        loading[0][lv][unsigned(DataDir::RdOutToHigh)].cycles,
        loading[0][lv + 1][unsigned(DataDir::WrInByLow)].cycles);

  double ideal =
      std::ceil(layer.totalMacs() / double(accel.array.totalUnits()));
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
