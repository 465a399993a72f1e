//===- ExactBound.cpp - Tabulated energy terms and the prefix bound -------===//

#include "ExactBound.h"

#include <algorithm>
#include <limits>
#include <optional>

using namespace salsa;
using namespace salsa::exact;

// Relative margin for the allocator's rounding in the scan rule: figures
// closer than this may compare either way there.
static constexpr double kScanMargin = 1e-9;

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
  dimProducts(Digits(*this, index).data(), numDims, out);
}

void FactorSpace::dimProducts(const unsigned *digits, unsigned numDims,
                              double *out) const {
  std::fill(out, out + numDims, 1.0);
  for (unsigned t = 0; t < types.size(); ++t)
    for (unsigned i = 0; i < digits[t]; ++i)
      out[types[t].dim] *= types[t].size;
}

void FactorSpace::prefixIndices(llvm::ArrayRef<Loop> order,
                                uint64_t *out) const {
  out[0] = 0;
  for (unsigned p = 0; p < order.size(); ++p)
    out[p + 1] = out[p] + stride[typeOf(order[p])];
}

void FactorSpace::spreadClosure(std::vector<double> &v, DimMask dims) const {
  // Type by type: each row takes the value of its block's last row.
  for (unsigned t = 0; t < types.size(); ++t) {
    if (!((dims >> types[t].dim) & 1))
      continue;
    const uint64_t s = stride[t], c = count[t], block = s * (c + 1);
    for (uint64_t base = 0; base < size; base += block)
      for (uint64_t j = 0; j < c; ++j)
        std::copy_n(v.begin() + base + c * s, s, v.begin() + base + j * s);
  }
}

PrefixBound::PrefixBound(const ScheduleProblem &problem,
                         const FactorSpace &space)
    : problem(&problem), space(&space) {}

/// Sub-multiset x as the tile of operand `op` at its memory level `level`
/// (its own precision): the tile's bits, and the allocator's scan figure,
/// the accesses: the loops above (`total`, the product of every loop, over
/// x's) times those bits.
struct TileFigure {
  double accesses, bits;
};
static TileFigure tileFigure(const ScheduleProblem &problem, unsigned op,
                             unsigned level, double total, const double *dims) {
  const unsigned numDims = problem.layer().dims.size();
  double below = 1;
  for (unsigned d = 0; d < numDims; ++d)
    below *= dims[d];
  const double bits = problem.allocator().tileBits(
      op, level, dims, problem.layer().operands[op].precision);
  return {total / below * bits, bits};
}

/// Every sub-multiset of the temporal loops as the tile of operand `op` at
/// its memory level `level`: are their figures exact doubles (integers
/// below 2^50 once scaled by the operand's fractionBits), and has none
/// fewer accesses than all of them (compared exactly then)?
static Allocator::TileFacts tileFacts(const ScheduleProblem &problem,
                                      const FactorSpace &space, double total,
                                      unsigned op, unsigned level) {
  const int scale = problem.allocator().fractionBits(op);
  auto exact = [scale](double v) {
    const double scaled = std::ldexp(v, scale);
    return scale >= 0 && scaled < 0x1p50 && scaled == std::trunc(scaled);
  };
  Allocator::TileFacts facts{true, true};
  const unsigned numDims = problem.layer().dims.size();
  double dims[kMaxLayerDims];
  space.dimProducts(space.size - 1, numDims, dims);
  const double whole = tileFigure(problem, op, level, total, dims).accesses;
  FactorSpace::Digits digits(space, 0);
  for (uint64_t x = 0; x < space.size && facts.exact; ++x, digits.increment()) {
    space.dimProducts(digits.data(), numDims, dims);
    const TileFigure f = tileFigure(problem, op, level, total, dims);
    facts.exact = exact(f.accesses) && exact(f.bits);
    facts.wholeHasFewestAccesses &= !(f.accesses < whole);
  }
  return facts;
}

std::optional<PrefixBound> PrefixBound::build(const ScheduleProblem &problem,
                                              const FactorSpace &space,
                                              uint64_t maxSubsets,
                                              bool withLatency,
                                              double testTermScale) {
  if (space.size > maxSubsets)
    return std::nullopt;
  PrefixBound b(problem, space);
  const Layer &layer = problem.layer();
  const BoundLayer &bound = problem.bound();
  const unsigned numDims = layer.dims.size();
  const uint64_t M = space.size;
  const unsigned n = problem.primeFactors().size();
  b.numOps = bound.numOperands();
  b.numLoops = n;
  b.constant = bound.accel->array.macEnergy * layer.totalMacs();

  // Link tables, one per (operand, level, direction) but the top level's
  // upward ones (traffic beyond the top memory is not counted).
  int linkIndex[kMaxOperands][kMaxLevels][kNumDataDirs];
  for (unsigned op = 0; op < b.numOps; ++op)
    for (unsigned lv = 0; lv < kMaxLevels; ++lv)
      for (unsigned d = 0; d < kNumDataDirs; ++d) {
        linkIndex[op][lv][d] = -1;
        if (!withLatency || lv >= bound.levels[op].size() ||
            crossedLevel(lv, d) >= bound.levels[op].size())
          continue;
        linkIndex[op][lv][d] = b.busyTables.size();
        TermTable t;
        t.op = op;
        t.cut = crossedLevel(lv, d);
        t.value.assign(M, 0.0);
        b.busyTables.push_back(t);
        b.stallTables.push_back(t);
        b.transferTables.push_back(t);
        b.bandwidthTables.push_back(t);
        b.loadTables.push_back(std::move(t));
        b.madeOnce.emplace_back(M, 0);
        b.onceBelowMinimum.push_back(0);
        b.onceMinimum.push_back(kInfinity);
      }
  // Per link, its longest transfer made once (what reduce_balanced can
  // take off another once-made load of the same port, less its floor) and,
  // per tile below its cut, what that headroom is made of where the
  // transfer is made once (0 where it repeats; infinite where the
  // evaluation failed): across cut 1 the excess over its floor, higher up
  // the transfer's cycles, whose floor is the minimum of the tile below
  // cut 1 (per tile there, in minimumAt).
  // Per link above cut 0, the window rule's figures per tile.
  std::vector<std::vector<uint32_t>> windowPeriod(b.busyTables.size()),
      windowCount(b.busyTables.size());
  std::vector<std::vector<uint8_t>> windowHalfFull(b.busyTables.size());
  for (unsigned i = 0; i < b.busyTables.size(); ++i)
    if (b.busyTables[i].cut >= 1) {
      windowPeriod[i].assign(M, 0);
      windowCount[i].assign(M, 0);
      windowHalfFull[i].assign(M, 0);
    }
  std::vector<double> longestOnce(b.busyTables.size(), 0.0);
  std::vector<std::vector<double>> headroomAt(b.busyTables.size());
  std::vector<std::vector<double>> minimumAt(b.busyTables.size());
  for (unsigned i = 0; i < headroomAt.size(); ++i) {
    if (b.loadTables[i].cut >= 1)
      headroomAt[i].assign(M, 0.0);
    if (b.loadTables[i].cut >= 2)
      minimumAt[i].assign(M, kInfinity);
  }

  double total = 1; // in type order, as the tables' products
  for (unsigned t = 0; t < space.types.size(); ++t)
    for (unsigned i = 0; i < space.count[t]; ++i)
      total *= space.types[t].size;
  double allDims[kMaxLayerDims];
  space.dimProducts(M - 1, numDims, allDims);
  // Per memory, once (the operands sharing it ask the same question).
  std::vector<std::optional<unsigned>> memoryKeepsWhole(
      bound.accel->memories.size());
  auto keepsWhole = [&](unsigned memory, unsigned op) {
    std::optional<unsigned> &keeps = memoryKeepsWhole[memory];
    if (!keeps)
      keeps = problem.allocator().keepWhole(
          memory, allDims, [&](unsigned op, unsigned level) {
            return tileFacts(problem, space, total, op, level);
          });
    return bool((*keeps >> op) & 1);
  };
  CostResult cost;
  CostModel::LinkFigures links;
  for (unsigned op = 0; op < b.numOps; ++op) {
    const LayerOperand &lop = layer.operands[op];
    const unsigned levels = bound.levels[op].size();
    b.numCuts[op] = levels - 1;
    b.irrelevantDims[op] = lop.irrelevant;
    b.isOutput[op] = lop.isOutput;
    b.irrelevantAll[op] = space.closure(0, lop.irrelevant);
    for (unsigned k = 0; k < levels; ++k) {
      b.energy[op][k].op = op;
      b.energy[op][k].cut = k;
      b.energy[op][k].value.assign(M, 0.0);
    }
    // The fit test at the smallest precision the allocator may use there.
    int precision = lop.precision;
    if (lop.isOutput)
      precision = std::min(precision, layer.finalOutputPrecision);
    double dims[kMaxLayerDims];
    for (unsigned k = 1; k < levels; ++k) {
      b.fits[op][k].assign(M, 0);
      b.fitsPartial[op][k].assign(M, 0);
      FactorSpace::Digits digits(space, 0);
      for (uint64_t x = 0; x < M; ++x, digits.increment()) {
        space.dimProducts(digits.data(), numDims, dims);
        b.fits[op][k][x] =
            problem.allocator().mayFit(op, k - 1, dims, precision);
        b.fitsPartial[op][k][x] =
            precision == lop.precision
                ? b.fits[op][k][x]
                : problem.allocator().mayFit(op, k - 1, dims, lop.precision);
      }
    }
    // The output's scans compare figures at partial-sum precision, which
    // scales each by the same factor when the level fits at the final one;
    // its fit tests need the final precision no larger (fits is at the
    // smaller) and exact figures where the two differ.
    const bool twoPrecisions =
        lop.isOutput && lop.precision != layer.finalOutputPrecision;
    if (!twoPrecisions || layer.finalOutputPrecision < lop.precision) {
      b.scanExact[op] = !problem.allocator().fractionalUnrolling(op);
      unsigned k = 1;
      for (; k < levels && k <= kMaxScanCuts &&
             problem.allocator().scansAlone(op, k - 1) &&
             (k == 1 || b.scanExact[op]);
           ++k) {
        const double capacity = problem.allocator().capacityBits(op, k - 1);
        b.scanFigure[op][k].assign(M, 0);
        b.scanSurelyFits[op][k].assign(M, 0);
        FactorSpace::Digits digits(space, 0);
        for (uint64_t x = 0; x < M; ++x, digits.increment()) {
          space.dimProducts(digits.data(), numDims, dims);
          const TileFigure f = tileFigure(problem, op, k - 1, total, dims);
          b.scanFigure[op][k][x] = f.accesses;
          b.scanExact[op] &= f.accesses < 0x1p53;
          b.scanSurelyFits[op][k][x] = f.bits <= capacity * (1 - kScanMargin);
        }
      }
      b.scanCuts[op] = k - 1;
      // A figure at 2^53 or more: the first cut keeps rounding margins,
      // and the levels above are not followed.
      if (!b.scanExact[op])
        b.scanCuts[op] = twoPrecisions ? 0 : std::min(b.scanCuts[op], 1u);
    }
    // The output's precision is exact where it is one, or at the first
    // level when the output ignores some temporal loop (the allocator then
    // fits the whole level at partial-sum precision).
    for (unsigned k = 1; k < levels; ++k)
      b.exactCut[op][k] =
          problem.allocator().takesLongestFit(op, k - 1) &&
          (!lop.isOutput || lop.precision == layer.finalOutputPrecision ||
           (k == 1 && b.irrelevantAll[op] != 0));
    for (unsigned k = 1; k < levels; ++k)
      b.wholeCut[op][k] = keepsWhole(bound.levels[op][k - 1], op);
    for (unsigned k = 2; k < levels; ++k) {
      b.partialCut[op][k] = twoPrecisions && !b.exactCut[op][k] &&
                            !b.wholeCut[op][k] &&
                            problem.allocator().takesLongestFit(op, k - 1);
      b.partialAlways[op][k] =
          problem.allocator().fitPrecision(op, k - 1, 0) == lop.precision;
    }
    for (unsigned k = 1; k < levels; ++k)
      b.mayTakeAll[op][k] = problem.allocator().mayFit(
          op, k - 1, allDims,
          std::max(lop.precision, layer.finalOutputPrecision));
    // One synthetic mapping per sub-multiset X: X below every cut of this
    // operand, then the rest with the loops it depends on first, so the
    // merge-down stops at X. Each term reads the half it depends on; only
    // this operand's figures are computed (CostModel::evaluateOperand).
    TemporalMapping tm;
    tm.numOperands = b.numOps;
    FactorSpace::Digits digits(space, 0);
    for (uint64_t x = 0; x < M; ++x, digits.increment()) {
      // X in type order; then the rest, the types the operand depends on
      // first, each group in type order.
      tm.order.clear();
      for (unsigned t = 0; t < space.types.size(); ++t)
        tm.order.append(digits[t], space.types[t]);
      const unsigned belowSize = tm.order.size();
      for (bool ignored : {false, true})
        for (unsigned t = 0; t < space.types.size(); ++t)
          if (bool((lop.irrelevant >> space.types[t].dim) & 1) == ignored)
            tm.order.append(space.count[t] - digits[t], space.types[t]);
      for (unsigned o = 0; o < b.numOps; ++o) {
        const unsigned lv = bound.levels[o].size();
        tm.numLevels[o] = lv;
        tm.cut[o][0] = 0;
        for (unsigned i = 1; i < lv; ++i)
          tm.cut[o][i] = o == op ? belowSize : n;
        tm.cut[o][lv] = n;
      }
      // With a fractional unrolling a tile's data can be a half-integer,
      // which rounds up or down with how the loops below spread over the
      // levels (floating-point products): each term is the least of both.
      bool halfInteger = false;
      for (CostModel::HalfTies ties :
           {CostModel::HalfTies::AsComputed, CostModel::HalfTies::Down,
            CostModel::HalfTies::Up}) {
        const bool first = ties == CostModel::HalfTies::AsComputed;
        if (!first && !halfInteger)
          break;
        b.exactTerms &= first;
        auto keepLeast = [&](double &slot, double v) {
          slot = first ? v : std::min(slot, v);
        };
        // A failed evaluation leaves zeros: weaker, still a lower bound.
        const bool evaluated = problem.costModel().evaluateOperand(
            tm, op, cost, withLatency ? &links : nullptr, ties);
        if (!evaluated) {
          for (unsigned k = 0; k < levels; ++k)
            b.energy[op][k].value[x] = 0;
          for (unsigned i = 0; i < b.onceMinimum.size(); ++i)
            if (b.loadTables[i].op == op) {
              b.onceMinimum[i] = 0;
              b.busyTables[i].value[x] = b.stallTables[i].value[x] =
                  b.loadTables[i].value[x] = b.transferTables[i].value[x] =
                      b.bandwidthTables[i].value[x] = 0;
              // Nothing is known of its headroom there.
              b.onceBelowMinimum[i] = 1;
              if (!headroomAt[i].empty())
                headroomAt[i][x] = kInfinity;
              if (!minimumAt[i].empty())
                minimumAt[i][x] = 0;
            }
          break;
        }
        halfInteger |= cost.halfIntegerData;
        keepLeast(b.energy[op][0].value[x], cost.memEnergyHalves[op][0][0]);
        for (unsigned k = 1; k < levels; ++k)
          keepLeast(b.energy[op][k].value[x],
                    cost.memEnergyHalves[op][k - 1][1] +
                        cost.memEnergyHalves[op][k][0]);
        if (!withLatency)
          continue;
        for (unsigned lv = 0; lv < levels; ++lv)
          for (unsigned d = 0; d < kNumDataDirs; ++d) {
            int i = linkIndex[op][lv][d];
            if (i < 0)
              continue;
            const CostModel::LinkFigure &f = links[op][lv][d];
            // computeLatency skips links that never transfer (the count
            // does not depend on the rounding).
            keepLeast(b.transferTables[i].value[x],
                      f.count >= 1 ? f.cycles : 0.0);
            keepLeast(b.bandwidthTables[i].value[x], f.requiredBandwidth);
            // A level-0 link's tile is below the balancing minimum's.
            if (f.count == 1 &&
                (f.cycles < f.onceMinimum || b.loadTables[i].cut == 0))
              b.onceBelowMinimum[i] = 1;
            // Only exact figures are kept (buildWindowStalls): the first.
            if (first && !windowPeriod[i].empty()) {
              // Integers below 2^32, else the link is left out.
              auto small = [](double v) {
                return v >= 0 && v < 4294967296.0 && v == std::floor(v);
              };
              if (small(f.period) && small(f.count)) {
                windowPeriod[i][x] = uint32_t(f.period);
                windowCount[i][x] = uint32_t(f.count);
                windowHalfFull[i][x] = f.share > 0.5;
              } else {
                windowPeriod[i].clear();
              }
            }
            if (f.count >= 1) {
              keepLeast(b.busyTables[i].value[x], f.cycles * (f.count - 1));
              keepLeast(b.stallTables[i].value[x],
                        std::max(0.0, (f.cycles - f.period) * (f.count - 1)));
              // Across cut 1 the sub-multiset is the level-1 tile the
              // balancing floor is made of; elsewhere the least over every
              // tile stands for it.
              if (f.count == 1 && b.loadTables[i].cut == 1) {
                keepLeast(b.loadTables[i].value[x],
                          std::min(f.cycles, f.onceMinimum));
                b.madeOnce[i][x] = 2;
              } else {
                keepLeast(b.loadTables[i].value[x], f.cycles);
                if (f.count == 1)
                  b.madeOnce[i][x] = 1;
              }
            }
            b.onceMinimum[i] = std::min(b.onceMinimum[i], f.onceMinimum);
            const unsigned k = crossedLevel(lv, d);
            if (k >= 2)
              minimumAt[i][x] = std::min(minimumAt[i][x], f.onceMinimum);
            // A transfer made once moves a tile of the whole layer: only
            // where that fits the memory below the cut.
            if (f.count == 1 && (k == 0 || b.fits[op][k][x])) {
              longestOnce[i] = std::max(longestOnce[i], f.cycles);
              // Only across cut 1 is the floor that of this tile.
              if (k >= 1)
                headroomAt[i][x] =
                    std::max(headroomAt[i][x],
                             k == 1 ? f.cycles - f.onceMinimum : f.cycles);
            }
          }
      }
    }
    // SearchOptions::testTermScale: a deliberately wrong term (tests only).
    if (testTermScale != 1 && op == 0 && levels > 1)
      for (double &v : b.energy[op][1].value)
        v *= testTermScale;
    for (unsigned k = 0; k < levels; ++k)
      b.finish(b.energy[op][k]);
  }
  if (withLatency) {
    // Values kept: exact cuts and the scan rule read them. A table of
    // zeros is no term (buildLatency leaves it out): not finished.
    for (std::vector<TermTable> *tables :
         {&b.busyTables, &b.stallTables, &b.transferTables,
          &b.bandwidthTables})
      for (TermTable &t : *tables)
        if (llvm::any_of(t.value, [](double v) { return v > 0; }))
          b.finish(t);
    b.buildLatency(problem, linkIndex, longestOnce, std::move(headroomAt),
                   std::move(minimumAt));
    b.buildPortBudgets(problem, linkIndex);
    b.buildWindowStalls(problem, linkIndex, std::move(windowPeriod),
                        std::move(windowCount), std::move(windowHalfFull));
  }
  return b;
}

void PrefixBound::finish(TermTable &t) const {
  // The bound's reasoning needs terms that never grow when loops move
  // below their cut. ZigZag's model mostly is such (a loop below a cut
  // divides the refills by its size and grows the tile by at most that),
  // but not always (partially relevant input sizes capped at the input,
  // word rounding). The least term over subsets is the largest such
  // function under the term: the bound uses it, the energy the term.
  t.whole = t.value.back();
  t.envelope = t.value;
  space->foldOverSubsets(t.envelope,
                         [](double a, double b) { return std::min(a, b); });
  if (t.cut == 0)
    return;
  // The longest-fit rule reads its own table where there is one; the
  // least over the fitting supersets is then only for tests that turn the
  // rule off (setLongestFitRule fills it then).
  if (t.cut >= 1 && exactCut[t.op][t.cut] && !wholeCut[t.op][t.cut])
    fillLongestFit(t, fitsAtCut(t.op, t.cut), t.longestFitAbove);
  else
    fillBestAbove(t);
  if (t.cut >= 2 && partialCut[t.op][t.cut])
    fillLongestFit(t, fitsPartial[t.op][t.cut], t.longestFitPartial);
  if (t.cut == 0 || t.cut > scanCuts[t.op])
    return;
  // The merged cut of a fitting superset fits too (a loop the operand
  // ignores leaves its tile as it is).
  t.fittingAbove = t.value;
  leastOverFittingSupersets(t.fittingAbove, fits[t.op][t.cut]);
}

void PrefixBound::leastOverFittingSupersets(
    std::vector<double> &v, const std::vector<uint8_t> &fit) const {
  // Fitting is closed under taking subsets, so every fitting superset is
  // reached through fitting ones; a superset fold over values infinite
  // where nothing fits is that least (were fitting not closed so, the
  // least over more supersets: lower, still a bound).
  auto maskUnfit = [&] {
    for (uint64_t x = 0; x < v.size(); ++x)
      if (!fit[x])
        v[x] = kInfinity;
  };
  maskUnfit();
  space->foldOverSupersets(v,
                           [](double a, double b) { return std::min(a, b); });
  maskUnfit();
}

void PrefixBound::fillBestAbove(TermTable &t) const {
  // Least term over the fitting supersets. Above a cut the prefix still
  // fits under, the merge-down may yet absorb every irrelevant loop: the
  // term of the closure.
  t.bestAbove = t.envelope;
  space->spreadClosure(t.bestAbove, irrelevantDims[t.op]);
  leastOverFittingSupersets(t.bestAbove, fits[t.op][t.cut]);
}

void PrefixBound::setLongestFitRule(bool on) {
  longestFitRule = on;
  if (on)
    return;
  auto fill = [&](TermTable &t) {
    if (t.cut >= 1 && t.bestAbove.empty() && !t.envelope.empty())
      fillBestAbove(t);
  };
  for (auto &tables : energy)
    for (TermTable &t : tables)
      fill(t);
  for (std::vector<TermTable> *tables :
       {&busyTables, &stallTables, &transferTables, &bandwidthTables,
        &loadTables, &onceTables, &minima})
    for (TermTable &t : *tables)
      fill(t);
}

void PrefixBound::fillLongestFit(const TermTable &t,
                                 const std::vector<uint8_t> &fit,
                                 std::vector<double> &out) const {
  // The allocator's cut is the longest fitting prefix X of the ordering:
  // all the loops, or the next loop overflows. Next a loop the operand
  // depends on: the cut is X itself. Next one it ignores (the output's
  // precision can change with it): the merge-down may yet absorb the
  // irrelevant loops that follow, the least over X's closure. So along a
  // prefix still under the cut, the term is at least the least of these
  // over the fitting supersets that end so; for terms that grow with the
  // tile (transfer cycles) far above the least over every fitting superset.
  const uint64_t M = space->size;
  const DimMask ir = irrelevantDims[t.op];
  // Per fitting x, whether some next loop overflows: bit 1 one the
  // operand depends on, bit 2 one it ignores.
  std::vector<uint8_t> ends(M, 0);
  for (unsigned type = 0; type < space->types.size(); ++type) {
    const uint8_t bit = (ir >> space->types[type].dim) & 1 ? 2 : 1;
    space->forEachRow(type, /*upward=*/false,
                      [&](uint64_t lo, uint64_t hi, uint64_t n) {
                        for (uint64_t i = 0; i < n; ++i)
                          ends[lo + i] |= fit[lo + i] && !fit[hi + i] ? bit : 0;
                      });
  }
  std::vector<double> closed;
  if (llvm::any_of(ends, [](uint8_t e) { return e & 2; })) {
    closed = t.envelope;
    space->spreadClosure(closed, ir);
  }
  out.resize(M);
  for (uint64_t x = 0; x < M; ++x) {
    double v = x + 1 == M ? t.value[x] : kInfinity;
    if (ends[x] & 1)
      v = std::min(v, t.value[x]);
    if (ends[x] & 2)
      v = std::min(v, closed[x]);
    out[x] = v;
  }
  leastOverFittingSupersets(out, fit);
}

bool PrefixBound::partialSumsCertain(unsigned op, unsigned k,
                                     const State &s) const {
  if (partialAlways[op][k])
    return true;
  // The allocator's cut below lies at or below the prefix once it
  // overflowed, at or below fixedAt once closed: if that leaves out a loop
  // the operand ignores, the level holds partial sums.
  switch (s.cutState[op][k - 1]) {
  case 1:
    return s.irrelevant[op] != irrelevantAll[op];
  case 2: {
    const uint64_t fixed = s.fixedAt[op][k - 1];
    return space->closure(fixed, irrelevantDims[op]) != fixed;
  }
  default:
    return false;
  }
}

PrefixBound::State PrefixBound::initial() const {
  State s;
  std::fill(std::begin(s.topRun), std::end(s.topRun), 1u);
  // The empty prefix is the first scan's first candidate.
  for (unsigned op = 0; op < numOps; ++op)
    if (scanCuts[op]) {
      startScan(s.scan[op][1], op, 1, 0);
      restartScansAbove(s, op, 1, 0);
    }
  markUsableScans(s);
  return s;
}

PrefixBound::State PrefixBound::append(const State &s, unsigned type) const {
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
    // The allocator fits the output at partial-sum precision in a level
    // when a loop it ignores lies at or above the level's first loop: at
    // the first level whenever it ignores some temporal loop; higher up
    // that depends on where the level starts, which the prefix may not fix
    // (the loop still to come can end up below it), so the smaller
    // precision is the test there.
    for (unsigned k = 1; k <= numCuts[op]; ++k) {
      uint8_t &st = r.cutState[op][k];
      const std::vector<uint8_t> &fit = fitsAtCut(op, k);
      if (st == 0 && !fit[s.prefix + step])
        st = 1; // the cut lies within the prefix
      // The merge-down run above the cut ends at the first loop the operand
      // depends on at or after the overflow: the cut is fixed there.
      if (st == 1 && !irrelevant) {
        st = 2;
        r.fixedAt[op][k] = s.prefix;
        r.reuseAt[op][k] = s.topRun[op];
      }
    }
    r.topRun[op] = !irrelevant ? 1u
                   : l.size < double(kMaxReuse) / s.topRun[op]
                       ? uint32_t(s.topRun[op] * l.size)
                       : kMaxReuse;
    // Top down: a scan that restarts the ones above it at the new prefix
    // comes after their own steps.
    for (unsigned k = scanCuts[op]; k >= 1; --k)
      appendToScan(s, r, op, k, irrelevant, step);
    if (irrelevant)
      r.irrelevant[op] += step;
  }
  r.prefix += step;
  ++r.length;
  markUsableScans(r);
  return r;
}

void PrefixBound::markUsableScans(State &s) const {
  // A complete ordering has ended every scan.
  const bool complete = s.length == numLoops;
  for (unsigned op = 0; op < numOps; ++op) {
    bool below = true; // every scan below ended with its cut known
    for (unsigned k = 1; k <= scanCuts[op]; ++k) {
      State::Scan &sc = s.scan[op][k];
      sc.usable = below && !sc.lost && (!sc.pending || !sc.ended || complete);
      below &= !sc.lost && ((sc.ended && !sc.pending) || complete);
    }
  }
}

void PrefixBound::restartScansAbove(State &r, unsigned op, unsigned k,
                                    uint64_t x) const {
  // The level above starts at x: its scan's first candidate. Tentative
  // until the scan below ends (scanBound).
  for (unsigned j = k + 1; j <= scanCuts[op]; ++j)
    startScan(r.scan[op][j], op, j, x);
}

void PrefixBound::startScan(State::Scan &sc, unsigned op, unsigned k,
                            uint64_t x) const {
  sc = State::Scan();
  sc.least = scanFigure[op][k][x];
  sc.pending = true;
  sc.partial = true;
  if (isOutput[op]) {
    // The loops from the level's start up: those not in x.
    DimMask rest = 0;
    for (unsigned t = 0; t < space->types.size(); ++t)
      if (space->countIn(x, t) < space->count[t])
        rest |= DimMask(1) << space->types[t].dim;
    sc.partial = problem->allocator().fitPrecision(op, k - 1, rest) ==
                 problem->layer().operands[op].precision;
  }
  // A start that does not fit: the allocator fails every such ordering.
  sc.ended = !scanFits(sc, op, k, x);
}

void PrefixBound::appendToScan(const State &s, State &r, unsigned op,
                               unsigned k, bool irrelevant,
                               uint64_t step) const {
  State::Scan &sc = r.scan[op][k];
  if (sc.lost)
    return;
  // A loop the operand depends on ends the trailing run: its candidates
  // are cut (after the merge-down) at the prefix before it.
  if (!irrelevant && sc.pending) {
    if (sc.count == State::kScanCandidates)
      sc.lost = true;
    else
      sc.candidate[sc.count++] = s.prefix;
    sc.pending = false;
  }
  // The scan ends at the first prefix that overflows.
  const uint64_t x = s.prefix + step;
  if (sc.ended)
    return;
  if (!scanFits(sc, op, k, x)) {
    sc.ended = true;
    return;
  }
  const double f = scanFigure[op][k][x];
  if (scanExact[op]) {
    // The last prefix with the fewest accesses so far: the level above
    // would start there.
    if (f <= sc.least) {
      sc.count = 0;
      sc.pending = true;
      sc.lost = false;
      sc.least = f;
      restartScansAbove(r, op, k, x);
    }
    return;
  }
  if (f > sc.least * (1 + kScanMargin))
    return;
  // Fewer accesses beyond rounding, and surely allocated: no earlier
  // prefix can be the last with the fewest.
  if (f < sc.least * (1 - kScanMargin) && scanSurelyFits[op][k][x])
    sc.count = 0;
  sc.pending = true;
  sc.least = std::min(sc.least, f);
}

double PrefixBound::scanBound(const TermTable &t, const State &s) const {
  const State::Scan &sc = s.scan[t.op][t.cut];
  if (!sc.usable)
    return -kInfinity;
  double v = kInfinity;
  if (!sc.ended)
    v = t.fittingAbove[s.prefix];
  else if (sc.pending) // the ordering is complete
    v = t.value[space->size - 1];
  for (unsigned i = 0; i < sc.count; ++i)
    v = std::min(v, t.value[sc.candidate[i]]);
  return v;
}

double PrefixBound::termBound(const TermTable &t, const State &s) const {
  if (t.cut != 0 && t.cut <= scanCuts[t.op])
    return std::max(scanBound(t, s), termBoundWithoutScan(t, s));
  return termBoundWithoutScan(t, s);
}

double PrefixBound::termBoundWithoutScan(const TermTable &t,
                                         const State &s) const {
  // The remaining irrelevant loops may all still join an open run.
  const uint64_t openRest = irrelevantAll[t.op] - s.irrelevant[t.op];
  if (t.cut == 0)
    return t.envelope[s.runClosed[t.op] ? s.run[t.op]
                                        : s.run[t.op] + openRest];
  if (wholeCut[t.op][t.cut])
    return t.whole;
  switch (s.cutState[t.op][t.cut]) {
  case 0:
    if (!longestFitRule)
      return t.bestAbove[s.prefix];
    if (!t.longestFitAbove.empty())
      return t.longestFitAbove[s.prefix];
    if (!t.longestFitPartial.empty() &&
        partialSumsCertain(t.op, t.cut, s))
      // A prefix that overflows at partial-sum precision holds the cut.
      return fitsPartial[t.op][t.cut][s.prefix]
                 ? t.longestFitPartial[s.prefix]
                 : t.envelope[s.prefix + openRest];
    return t.bestAbove[s.prefix];
  case 1:
    return t.envelope[s.prefix + openRest];
  default:
    return exactCut[t.op][t.cut]
               ? t.value[s.fixedAt[t.op][t.cut]]
               : t.envelope[s.fixedAt[t.op][t.cut]];
  }
}

double PrefixBound::lowerBound(const State &s) const {
  double lb = constant;
  for (unsigned op = 0; op < numOps; ++op)
    for (unsigned k = 0; k <= numCuts[op]; ++k)
      lb += termBound(energy[op][k], s);
  // Terms were summed in another order than the cost model sums them.
  return lb * (1 - 1e-12);
}

bool PrefixBound::mayBeFixed(const State &s) const {
  for (unsigned op = 0; op < numOps; ++op)
    for (unsigned k = 1; k <= numCuts[op]; ++k)
      if (s.cutState[op][k] == 0 && !mayTakeAll[op][k])
        return false;
  return true;
}

double PrefixBound::decomposedEnergy(const AllocatedCuts &cuts) const {
  double e = constant;
  for (unsigned op = 0; op < numOps; ++op)
    for (unsigned k = 0; k <= numCuts[op]; ++k)
      e += energy[op][k].value[cuts.tile[op][k]];
  return e;
}

double PrefixBound::decomposedEnergy(const TemporalMapping &allocated) const {
  return decomposedEnergy(allocatedCuts(allocated));
}

std::vector<double> PrefixBound::termBounds(const State &s) const {
  std::vector<double> out;
  for (unsigned op = 0; op < numOps; ++op)
    for (unsigned k = 0; k <= numCuts[op]; ++k)
      out.push_back(termBound(energy[op][k], s));
  return out;
}

std::vector<double>
PrefixBound::termValues(const TemporalMapping &allocated) const {
  const AllocatedCuts cuts = allocatedCuts(allocated);
  std::vector<double> out;
  for (unsigned op = 0; op < numOps; ++op)
    for (unsigned k = 0; k <= numCuts[op]; ++k)
      out.push_back(energy[op][k].value[cuts.tile[op][k]]);
  return out;
}
