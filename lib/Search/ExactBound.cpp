//===- ExactBound.cpp - Tabulated energy terms and the prefix bound -------===//

#include "ExactBound.h"

#include <algorithm>
#include <limits>

using namespace salsa;
using namespace salsa::exact;

static constexpr double kInfinity = std::numeric_limits<double>::infinity();

FactorSpace::FactorSpace(const std::vector<Loop> &factors) {
  for (const Loop &l : factors)
    if (!llvm::is_contained(types, l))
      types.push_back(l);
  llvm::sort(types, [](const Loop &a, const Loop &b) {
    return std::tie(a.dim, a.size) < std::tie(b.dim, b.size);
  });
  count.assign(types.size(), 0);
  for (const Loop &l : factors)
    ++count[typeOf(l)];
  for (unsigned t = 0; t < types.size(); ++t) {
    stride.push_back(size);
    // Saturates far above any lattice the engine accepts.
    size = size > (uint64_t(1) << 40) ? size : size * (count[t] + 1);
  }
}

unsigned FactorSpace::typeOf(const Loop &l) const {
  return llvm::find(types, l) - types.begin();
}

void FactorSpace::dimProducts(uint64_t index, unsigned numDims,
                              double *out) const {
  std::fill(out, out + numDims, 1.0);
  for (unsigned t = 0; t < types.size(); ++t) {
    unsigned x = (index / stride[t]) % (count[t] + 1);
    for (unsigned i = 0; i < x; ++i)
      out[types[t].dim] *= types[t].size;
  }
}

void FactorSpace::loops(uint64_t index, std::vector<Loop> &out) const {
  out.clear();
  for (unsigned t = 0; t < types.size(); ++t) {
    unsigned x = (index / stride[t]) % (count[t] + 1);
    out.insert(out.end(), x, types[t]);
  }
}

EnergyBound::EnergyBound(const ScheduleProblem &problem,
                         const FactorSpace &space)
    : problem(&problem), space(&space) {}

std::optional<EnergyBound> EnergyBound::build(const ScheduleProblem &problem,
                                              const FactorSpace &space,
                                              uint64_t maxSubsets,
                                              double testTermScale) {
  if (space.size > maxSubsets)
    return std::nullopt;
  EnergyBound b(problem, space);
  const Layer &layer = problem.layer();
  const BoundLayer &bound = problem.bound();
  const unsigned numDims = layer.dims.size();
  const uint64_t M = space.size;
  const unsigned T = space.types.size();
  const unsigned n = problem.primeFactors().size();
  b.numOps = bound.numOperands();
  b.constant = bound.accel->array.macEnergy * layer.totalMacs();

  std::vector<Loop> below, rest, all;
  space.loops(M - 1, all);
  CostResult cost;
  for (unsigned op = 0; op < b.numOps; ++op) {
    const LayerOperand &lop = layer.operands[op];
    const unsigned levels = bound.levels[op].size();
    b.numCuts[op] = levels - 1;
    b.irrelevantDims[op] = lop.irrelevant;
    b.isOutput[op] = lop.isOutput;
    for (unsigned t = 0; t < T; ++t)
      if ((lop.irrelevant >> space.types[t].dim) & 1)
        b.irrelevantAll[op] += space.stride[t] * space.count[t];
    for (unsigned k = 0; k < levels; ++k)
      b.term[op][k].assign(M, 0.0);
    // The fit test at the smallest precision the allocator may use there.
    int precision = lop.precision;
    if (lop.isOutput)
      precision = std::min(precision, layer.finalOutputPrecision);
    double dims[kMaxLayerDims];
    for (unsigned k = 1; k < levels; ++k) {
      b.fits[op][k].assign(M, 0);
      b.fitsPartial[op][k].assign(M, 0);
      for (uint64_t x = 0; x < M; ++x) {
        space.dimProducts(x, numDims, dims);
        b.fits[op][k][x] =
            problem.allocator().mayFit(op, k - 1, dims, precision);
        b.fitsPartial[op][k][x] =
            problem.allocator().mayFit(op, k - 1, dims, lop.precision);
      }
    }
    double allDims[kMaxLayerDims];
    space.dimProducts(M - 1, numDims, allDims);
    for (unsigned k = 1; k < levels; ++k)
      b.mayTakeAll[op][k] = problem.allocator().mayFit(
          op, k - 1, allDims,
          std::max(lop.precision, layer.finalOutputPrecision));
    // One synthetic mapping per sub-multiset X: X below every cut of this
    // operand, then the rest with the loops it depends on first, so the
    // merge-down stops at X. Each term reads the half it depends on.
    TemporalMapping tm;
    tm.numOperands = b.numOps;
    for (uint64_t x = 0; x < M; ++x) {
      space.loops(x, below);
      rest = all;
      for (const Loop &l : below)
        rest.erase(llvm::find(rest, l));
      std::stable_partition(rest.begin(), rest.end(), [&](const Loop &l) {
        return !((lop.irrelevant >> l.dim) & 1);
      });
      tm.order.assign(below.begin(), below.end());
      tm.order.append(rest.begin(), rest.end());
      for (unsigned o = 0; o < b.numOps; ++o) {
        const unsigned lv = bound.levels[o].size();
        tm.numLevels[o] = lv;
        tm.cut[o][0] = 0;
        for (unsigned i = 1; i < lv; ++i)
          tm.cut[o][i] = o == op ? below.size() : n;
        tm.cut[o][lv] = n;
      }
      // A failed evaluation leaves zeros: weaker, still a lower bound.
      if (!problem.costModel().evaluate(tm, cost, nullptr,
                                        CostModel::Parts::Energy))
        continue;
      b.term[op][0][x] = cost.memEnergyHalves[op][0][0];
      for (unsigned k = 1; k < levels; ++k)
        b.term[op][k][x] = cost.memEnergyHalves[op][k - 1][1] +
                           cost.memEnergyHalves[op][k][0];
    }
    // SearchOptions::testTermScale: a deliberately wrong term (tests only).
    if (testTermScale != 1 && op == 0 && levels > 1)
      for (double &v : b.term[op][1])
        v *= testTermScale;
    // The bound's reasoning needs terms that never grow when loops move
    // below their cut. ZigZag's model mostly is such (a loop below a cut
    // divides the refills by its size and grows the tile by at most that),
    // but not always (partially relevant input sizes capped at the input,
    // word rounding). The least term over subsets is the largest such
    // function under the term: the bound uses it, the energy the term.
    for (unsigned k = 0; k < levels; ++k) {
      std::vector<double> &env = b.envelope[op][k];
      env = b.term[op][k];
      for (uint64_t x = 0; x < M; ++x)
        for (unsigned t = 0; t < T; ++t)
          if ((x / space.stride[t]) % (space.count[t] + 1) > 0)
            env[x] = std::min(env[x], env[x - space.stride[t]]);
    }
    // Least term over the fitting supersets; supersets have larger
    // indices, and fitting is closed under taking subsets.
    for (unsigned k = 1; k < levels; ++k) {
      std::vector<double> &best = b.bestAbove[op][k];
      best.assign(M, kInfinity);
      for (uint64_t x = M; x-- > 0;) {
        if (!b.fits[op][k][x])
          continue;
        // Above a cut the prefix still fits under, the merge-down may yet
        // absorb every irrelevant loop: the term of the closure.
        uint64_t closure = x;
        for (unsigned t = 0; t < T; ++t)
          if ((lop.irrelevant >> space.types[t].dim) & 1)
            closure += (space.count[t] - (x / space.stride[t]) %
                                             (space.count[t] + 1)) *
                       space.stride[t];
        double v = b.envelope[op][k][closure];
        for (unsigned t = 0; t < T; ++t)
          if ((x / space.stride[t]) % (space.count[t] + 1) < space.count[t])
            v = std::min(v, best[x + space.stride[t]]);
        best[x] = v;
      }
    }
  }
  return b;
}

EnergyBound::State EnergyBound::initial() const { return State(); }

EnergyBound::State EnergyBound::append(const State &s, unsigned type) const {
  State r = s;
  const Loop &l = space->types[type];
  const uint64_t step = space->stride[type];
  for (unsigned op = 0; op < numOps; ++op) {
    const bool irrelevant = (irrelevantDims[op] >> l.dim) & 1;
    if (!r.runClosed[op]) {
      if (irrelevant)
        r.run[op] += step;
      else
        r.runClosed[op] = true;
    }
    // While a loop the output ignores is still to come, its partial sums
    // are not final anywhere below: the allocator fits them at the
    // partial-sum precision.
    const bool partialSums =
        isOutput[op] &&
        irrelevantAll[op] != s.irrelevant[op] + (irrelevant ? step : 0);
    for (unsigned k = 1; k <= numCuts[op]; ++k) {
      uint8_t &st = r.cutState[op][k];
      const std::vector<uint8_t> &fit =
          partialSums ? fitsPartial[op][k] : fits[op][k];
      if (st == 0 && !fit[s.prefix + step])
        st = 1; // the cut lies within the prefix
      // The merge-down run above the cut ends at the first loop the operand
      // depends on at or after the overflow: the term is fixed there.
      if (st == 1 && !irrelevant) {
        st = 2;
        r.fixed[op][k] = envelope[op][k][s.prefix];
      }
    }
    if (irrelevant)
      r.irrelevant[op] += step;
  }
  r.prefix += step;
  ++r.length;
  return r;
}

double EnergyBound::lowerBound(const State &s) const {
  double lb = constant;
  for (unsigned op = 0; op < numOps; ++op) {
    // The remaining irrelevant loops may all still join an open run.
    const uint64_t openRest = irrelevantAll[op] - s.irrelevant[op];
    lb += envelope[op][0][s.runClosed[op] ? s.run[op] : s.run[op] + openRest];
    for (unsigned k = 1; k <= numCuts[op]; ++k) {
      switch (s.cutState[op][k]) {
      case 0:
        lb += bestAbove[op][k][s.prefix];
        break;
      case 1:
        lb += envelope[op][k][s.prefix + openRest];
        break;
      default:
        lb += s.fixed[op][k];
      }
    }
  }
  // Terms were summed in another order than the cost model sums them.
  return lb * (1 - 1e-12);
}

bool EnergyBound::mayBeFixed(const State &s) const {
  for (unsigned op = 0; op < numOps; ++op)
    for (unsigned k = 1; k <= numCuts[op]; ++k)
      if (s.cutState[op][k] == 0 && !mayTakeAll[op][k])
        return false;
  return true;
}

double EnergyBound::decomposedEnergy(const TemporalMapping &allocated) const {
  // The merge-down inline: each cut above the first moves up past the loops
  // the operand ignores (mergeDownStationary, without copying the mapping).
  const unsigned n = allocated.order.size();
  uint64_t prefixIndex[kMaxTemporalLoops + 1];
  prefixIndex[0] = 0;
  for (unsigned p = 0; p < n; ++p)
    prefixIndex[p + 1] =
        prefixIndex[p] + space->stride[space->typeOf(allocated.order[p])];
  double e = constant;
  for (unsigned op = 0; op < numOps; ++op) {
    const DimMask ir = irrelevantDims[op];
    auto ignored = [&](unsigned p) { return (ir >> allocated.order[p].dim) & 1; };
    unsigned run = 0;
    while (run < n && ignored(run))
      ++run;
    e += term[op][0][prefixIndex[run]];
    for (unsigned k = 1; k <= numCuts[op]; ++k) {
      unsigned p = allocated.cut[op][k];
      while (p < n && ignored(p))
        ++p;
      e += term[op][k][prefixIndex[p]];
    }
  }
  return e;
}

std::vector<double> EnergyBound::termBounds(const State &s) const {
  std::vector<double> out;
  for (unsigned op = 0; op < numOps; ++op) {
    const uint64_t openRest = irrelevantAll[op] - s.irrelevant[op];
    out.push_back(envelope[op][0][s.runClosed[op] ? s.run[op]
                                                  : s.run[op] + openRest]);
    for (unsigned k = 1; k <= numCuts[op]; ++k)
      out.push_back(s.cutState[op][k] == 0   ? bestAbove[op][k][s.prefix]
                    : s.cutState[op][k] == 1
                        ? envelope[op][k][s.prefix + openRest]
                                             : s.fixed[op][k]);
  }
  return out;
}

std::vector<double>
EnergyBound::termValues(const TemporalMapping &allocated) const {
  TemporalMapping tm = allocated;
  mergeDownStationary(problem->layer(), tm);
  std::vector<double> out;
  for (unsigned op = 0; op < numOps; ++op) {
    uint64_t run = 0, prefix = 0;
    unsigned p = 0;
    for (; p < tm.order.size() &&
           ((irrelevantDims[op] >> tm.order[p].dim) & 1);
         ++p)
      run += space->stride[space->typeOf(tm.order[p])];
    out.push_back(term[op][0][run]);
    p = 0;
    for (unsigned k = 1; k <= numCuts[op]; ++k) {
      for (; p < tm.cut[op][k]; ++p)
        prefix += space->stride[space->typeOf(tm.order[p])];
      out.push_back(term[op][k][prefix]);
    }
  }
  return out;
}
