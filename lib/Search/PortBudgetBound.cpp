//===- PortBudgetBound.cpp - What a port's balancing budget can take off --===//
//
// computeLatency balances the loads a port makes once over its surplus,
// (bandwidth left over / bandwidth) * (ceil(T) + S), at most ceil(T) + S
// (T the temporal cycles, S the stall/slack). When no load of the port is
// made once below its minimum, reduce_balanced lowers no entry (every
// headroom it spends is at least 0) and spends at most the surplus in all,
// over every entry of the port together: the entries of any set C of the
// port's links add up to at least their transfer cycles less ceil(T) + S.
// So with on- plus off-loading at least the sum of one entry of each level
// pair the assembly adds (every pair of the output, those of one input;
// the other input's shared part, if negative, lowers on-loading by that),
//     latency = T + S + loading >= sum of C's transfers + sum of the
//               other pairs' entries - (ceil(T) - T),
// each pair taking, of its two entries, the larger of the one on the port
// at its transfer and either at its bound. Where the per-entry rules let
// the port's once-made loads fall to their floors, this keeps what the
// budget cannot pay for (a layer whose weights are loaded once at the
// port's bandwidth takes at least that long).
//
//===----------------------------------------------------------------------===//

#include "ExactBound.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <cmath>

using namespace salsa;
using namespace salsa::exact;

void PrefixBound::buildPortBudgets(
    const ScheduleProblem &problem,
    const int (&linkIndex)[kMaxOperands][kMaxLevels][kNumDataDirs]) {
  const BoundLayer &bound = problem.bound();
  auto pair = [&](unsigned op, unsigned lv0, DataDir d0, unsigned lv1,
                  DataDir d1) {
    LoadPair p;
    p.op = op;
    p.lv[0] = lv0;
    p.lv[1] = lv1;
    p.dir[0] = uint8_t(d0);
    p.dir[1] = uint8_t(d1);
    p.link[0] = loadLink[op][lv0][p.dir[0]];
    p.link[1] = loadLink[op][lv1][p.dir[1]];
    return p;
  };
  for (unsigned lv = 0; lv + 1 < bound.levels[0].size(); ++lv)
    outputPairs.push_back(
        pair(0, lv, DataDir::RdOutToHigh, lv + 1, DataDir::WrInByLow));
  // loadingCycles: an input's individual, shared and half-shared pairs
  // add up, but ZigZag keeps only the last half-shared one; with two
  // operands only the individual pairs count.
  for (unsigned op = 1; op < numOps; ++op) {
    std::vector<LoadPair> half;
    for (unsigned lv = 0; lv + 1 < bound.levels[op].size(); ++lv) {
      const LoadPair p =
          pair(op, lv, DataDir::WrInByHigh, lv + 1, DataDir::RdOutToLow);
      const bool shared0 = loadShared[op][lv][p.dir[0]];
      const bool shared1 = loadShared[op][lv + 1][p.dir[1]];
      if (!shared0 && !shared1)
        countedPairs[op].push_back(p);
      else if (shared0 && shared1)
        sharedPairs[op].push_back(p);
      else
        half.push_back(p);
    }
    if (numOps < 3)
      continue;
    llvm::append_range(countedPairs[op], sharedPairs[op]);
    if (addHalfShared)
      llvm::append_range(countedPairs[op], half);
    else if (!half.empty())
      countedPairs[op].push_back(half.back());
  }
  for (const CostModel::PortLinks &port : problem.costModel().portLinks()) {
    std::vector<uint8_t> on(transferTables.size(), 0);
    bool holds = true;
    for (const CostModel::LinkId &l : port.links) {
      const int i = linkIndex[l.op][l.lv][l.dir];
      if (i < 0)
        continue;
      // The output's partial sums coming back are not balanced.
      if (l.loads && onceBelowMinimum[i])
        holds = false;
      on[i] = 1;
    }
    if (!holds)
      continue;
    BudgetPort b;
    bool any = false;
    auto slot = [&](const LoadPair &p) -> int8_t {
      for (unsigned j = 0; j < 2; ++j)
        if (p.link[j] >= 0 && on[p.link[j]]) {
          any = true;
          return j;
        }
      return -1;
    };
    for (const LoadPair &p : outputPairs)
      b.output.push_back(slot(p));
    for (unsigned op = 1; op < numOps; ++op)
      for (const LoadPair &p : countedPairs[op])
        b.input[op].push_back(slot(p));
    // A port with no entry of any pair adds nothing to the rest.
    if (any)
      budgetPorts.push_back(std::move(b));
  }
}

double PrefixBound::portBudgetBound(const LinkLoads &loads,
                                    const State &s) const {
  double best = -kInfinity;
  if (budgetPorts.empty())
    return best;
  auto entry = [&](const LoadPair &p, unsigned j) {
    return loads[p.op][p.lv[j]][p.dir[j]].cycles;
  };
  // The other input's shared part, where negative.
  double sharedLeast[kMaxOperands] = {};
  if (numOps >= 3)
    for (unsigned op = 1; op < numOps; ++op) {
      double sum = 0;
      for (const LoadPair &p : sharedPairs[op])
        sum += std::max(entry(p, 0), entry(p, 1));
      sharedLeast[op] = std::min(0.0, sum);
    }
  // ZigZag rounds the temporal cycles up for the surplus only.
  const double roundedUp = std::ceil(temporalCycles) - temporalCycles;
  for (const BudgetPort &port : budgetPorts) {
    // A link is on one port and in one pair: each transfer is read once.
    auto part = [&](const LoadPair &p, int8_t on) {
      const double v = std::max(entry(p, 0), entry(p, 1));
      if (on < 0)
        return v;
      const TermTable &t = transferTables[p.link[on]];
      return std::max(v, t.envelope.empty() ? 0.0 : termBound(t, s));
    };
    double total = -roundedUp;
    for (unsigned k = 0; k < outputPairs.size(); ++k)
      total += part(outputPairs[k], port.output[k]);
    double inputs = numOps > 1 ? -kInfinity : 0.0;
    for (unsigned op = 1; op < numOps; ++op) {
      double sum = sharedLeast[op == 1 ? 2 : 1];
      for (unsigned k = 0; k < countedPairs[op].size(); ++k)
        sum += part(countedPairs[op][k], port.input[op][k]);
      inputs = std::max(inputs, sum);
    }
    best = std::max(best, total + inputs);
  }
  return best;
}
