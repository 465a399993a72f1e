//===- ExactBound.h - Admissible bounds over loop prefixes ---*- C++ -*-===//
//
// Private to lib/Search. The energy of a mapping is the MAC energy plus, per
// operand, one term per cut between two of its memory levels (the traffic
// across that cut, both directions) and one for the MAC-level stationarity
// run. Each term depends only on the multiset of loops below its cut after
// the stationary merge-down (but for a tile whose data is a half-integer,
// rounded either way with how its loops spread below: tabulated at the
// lesser rounding). Tabulated once over every sub-multiset of the
// prime factors, and replaced for the bound by their envelope (the least
// value over subsets, which never increases as the multiset grows; ZigZag's
// terms almost never do, but can), the terms give a lower bound on the
// energy of every completion of an ordering prefix:
//  - a cut whose memory the prefix already overflows lies within the
//    prefix (for the output's first level, at partial-sum precision when
//    it ignores some temporal loop; higher up, at the smaller precision,
//    as the level's start decides); the merge-down run above it ends at
//    the first loop the operand
//    depends on at or after the overflow (or could absorb every remaining
//    irrelevant loop);
//  - a cut the prefix still fits under holds the prefix and some fitting
//    superset of it: the least term over fitting supersets (a lattice DP);
//    where the allocator takes the longest fitting prefix, only over the
//    supersets where the cut can end (the longest-fit rule: all the loops,
//    or the next loop overflows);
//  - an operand alone in a memory has the cut above it where the
//    allocator's scan puts it (the last fitting prefix, from the level's
//    start, with the fewest accesses): along a prefix the bound keeps the
//    scan's candidates, and the term is at least the least of their values
//    and of those of the fitting supersets (the scan rule, for the first
//    kMaxScanCuts cuts; terms that grow with the tile, as transfer cycles
//    do, need it: their least over subsets is the empty tile's).
// The same reasoning over other terms of a cut bounds ZigZag's latency
// (LatencyBound.cpp): every port is busy for the transfer cycles of its
// links, each a term of the cut it crosses.
// test/unittests check that the terms add up to the cost model's energy
// and that the bounds never exceed the energy or latency of any ordering
// evaluated.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_LIB_SEARCH_EXACTBOUND_H
#define SALSA_LIB_SEARCH_EXACTBOUND_H

#include "salsa/Model/Loading.h"
#include "salsa/Search/Problem.h"

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <limits>
#include <optional>

namespace salsa::exact {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// The prime factors as distinct loops with multiplicities; a sub-multiset
/// is a mixed-radix index (count of type t times stride[t]).
struct FactorSpace {
  std::vector<Loop> types;
  std::vector<unsigned> count;
  std::vector<uint64_t> stride;
  uint64_t size = 1; // number of sub-multisets
  explicit FactorSpace(const std::vector<Loop> &factors);
  unsigned typeOf(const Loop &l) const;
  /// How many loops of type `t` sub-multiset `index` holds.
  unsigned countIn(uint64_t index, unsigned t) const {
    return (index / stride[t]) % (count[t] + 1);
  }
  /// Sub-multiset `index` with every loop of the dimensions in `dims`
  /// added (where the merge-down can take a cut over loops it ignores).
  uint64_t closure(uint64_t index, DimMask dims) const {
    for (unsigned t = 0; t < types.size(); ++t)
      if ((dims >> types[t].dim) & 1)
        index += (count[t] - countIn(index, t)) * stride[t];
    return index;
  }
  /// countIn of every type for an index that a pass over the whole
  /// lattice steps up by one: build's passes read every count of every
  /// index, and each countIn is two divisions.
  struct Digits {
    explicit Digits(const FactorSpace &space, uint64_t index)
        : space(space), d(space.types.size()) {
      for (unsigned t = 0; t < d.size(); ++t)
        d[t] = space.countIn(index, t);
    }
    unsigned operator[](unsigned t) const { return d[t]; }
    const unsigned *data() const { return d.data(); }
    /// To the counts of index + 1 (past the last index: all zero).
    void increment() {
      for (unsigned t = 0; t < d.size(); ++t) {
        if (++d[t] <= space.count[t])
          return;
        d[t] = 0;
      }
    }

  private:
    const FactorSpace &space;
    llvm::SmallVector<unsigned, 16> d;
  };
  /// Per-dimension products of the loops in sub-multiset `index`.
  void dimProducts(uint64_t index, unsigned numDims, double *out) const;
  /// The same from the index's counts (a pass with Digits).
  void dimProducts(const unsigned *digits, unsigned numDims, double *out) const;
  /// Every pair of sub-multisets that differ by one loop of type `t`, a
  /// run at a time: `row(lower, upper, n)` for the pairs (lower + i,
  /// upper + i), i < n; from the fewest such loops up (`upward`) or from
  /// the most down. The lattice along t is blocks of count[t] + 1 rows of
  /// stride[t] consecutive indices; a row's pairs are independent.
  template <typename Row>
  void forEachRow(unsigned t, bool upward, Row row) const {
    const uint64_t s = stride[t], c = count[t], block = s * (c + 1);
    for (uint64_t base = 0; base < size; base += block) {
      if (upward)
        for (uint64_t j = 1; j <= c; ++j)
          row(base + (j - 1) * s, base + j * s, s);
      else
        for (uint64_t j = c; j-- > 0;)
          row(base + j * s, base + (j + 1) * s, s);
    }
  }
  /// Replaces each v[x] by `combine` of v over every sub-multiset of x
  /// (x included): the least or the most over subsets. One pass per type.
  template <typename Combine>
  void foldOverSubsets(std::vector<double> &v, Combine combine) const {
    fold(v, combine, /*upward=*/true);
  }
  /// The same over every superset of x.
  template <typename Combine>
  void foldOverSupersets(std::vector<double> &v, Combine combine) const {
    fold(v, combine, /*upward=*/false);
  }
  /// Each index combined with its neighbour one loop down (`upward`) or
  /// up, type by type, in the order that carries the fold along.
  template <typename Combine>
  void fold(std::vector<double> &v, Combine combine, bool upward) const {
    double *p = v.data();
    // Type 0's rows are single indices: its blocks directly.
    const uint64_t c = types.empty() ? 0 : count[0];
    for (uint64_t base = 0; base < size; base += c + 1) {
      if (upward)
        for (uint64_t x = base + 1; x <= base + c; ++x)
          p[x] = combine(p[x], p[x - 1]);
      else
        for (uint64_t x = base + c; x-- > base;)
          p[x] = combine(p[x], p[x + 1]);
    }
    for (unsigned t = 1; t < types.size(); ++t)
      forEachRow(t, upward, [&](uint64_t lo, uint64_t hi, uint64_t n) {
        if (upward)
          combineRow(p + hi, p + lo, n, combine);
        else
          combineRow(p + lo, p + hi, n, combine);
      });
  }
  /// into[i] = combine(into[i], from[i]) over two rows that do not overlap
  /// (so the loop vectorizes).
  template <typename Combine>
  static void combineRow(double *__restrict into, const double *__restrict from,
                         uint64_t n, Combine combine) {
    for (uint64_t i = 0; i < n; ++i)
      into[i] = combine(into[i], from[i]);
  }
  /// out[p]: the sub-multiset index of the first p loops of `order`
  /// (order.size() + 1 entries).
  void prefixIndices(llvm::ArrayRef<Loop> order, uint64_t *out) const;
  /// Replaces each v[x] by v[closure(x, dims)].
  void spreadClosure(std::vector<double> &v, DimMask dims) const;
};

/// One tabulated term of one operand's cut (cut 0: the stationarity run at
/// the MAC level): its value for every sub-multiset below the cut, and what
/// the bound reasons with.
struct TermTable {
  unsigned op = 0, cut = 0;
  std::vector<double> value;
  /// The least value over subsets (never increases with the multiset).
  std::vector<double> envelope;
  /// cut >= 1 without longestFitAbove (and every cut >= 1 once a test
  /// turns the longest-fit rule off): the least envelope over the fitting
  /// supersets (and their merge-down closures).
  std::vector<double> bestAbove;
  /// cut >= 1 with an exact cut (PrefixBound::exactCut): the least value
  /// over the fitting supersets where the allocator can put the cut (the
  /// longest fitting prefix of some ordering); empty for other cuts.
  std::vector<double> longestFitAbove;
  /// The same at partial-sum precision, for the output's cuts above the
  /// first when it has two precisions (PrefixBound::partialCut): read
  /// where the prefix shows the level below holds partial sums.
  std::vector<double> longestFitPartial;
  /// The value with every loop below the cut.
  double whole = 0;
  /// A cut the scan rule applies to: the least value over the fitting
  /// supersets.
  std::vector<double> fittingAbove;
};

/// The scan rule follows at most this many cuts per operand.
constexpr unsigned kMaxScanCuts = 3;

/// Admissible bounds on the energy and on ZigZag's latency of every
/// ordering with a given prefix.
class PrefixBound {
public:
  /// Tabulates the terms (one synthetic evaluation per operand and
  /// sub-multiset). Nothing when the lattice exceeds `maxSubsets`.
  /// `withLatency`: the latency tables too (objectives latency and EDP, and
  /// the energy objective's latency tie-break).
  static std::optional<PrefixBound> build(const ScheduleProblem &problem,
                                          const FactorSpace &space,
                                          uint64_t maxSubsets,
                                          bool withLatency,
                                          double testTermScale = 1);

  /// The bound's state along one ordering prefix (innermost first).
  struct State {
    uint64_t prefix = 0;   // sub-multiset index of the prefix
    unsigned length = 0;
    uint64_t irrelevant[kMaxOperands] = {}; // index of the prefix's loops
                                            // each operand ignores
    // The stationarity run at the bottom (MAC level): closed once a loop
    // the operand depends on arrives; index of the run.
    bool runClosed[kMaxOperands] = {};
    uint64_t run[kMaxOperands] = {};
    // Per operand and cut (1..levels-1): 0 the prefix still fits below
    // the cut, 1 overflowed and the merge-down run is open, 2 closed with
    // the cut (after the merge-down) at sub-multiset `fixedAt`.
    uint8_t cutState[kMaxOperands][kMaxLevels] = {};
    uint64_t fixedAt[kMaxOperands][kMaxLevels] = {};
    // Per operand, the product of the prefix's trailing loops it ignores
    // (initial() sets 1); per cut, that product when the cut was fixed: the
    // loops it ignores at the top of the level below the cut, whose product
    // divides computeLatency's transfer window (kMaxReuse: more).
    uint32_t topRun[kMaxOperands];
    uint32_t reuseAt[kMaxOperands][kMaxLevels] = {};
    // The scan rule at an operand's cut k (1..scanCuts, PrefixBound::
    // scanCuts), the scan of the memory below it from where that level
    // starts: the least scan figure of the prefixes so far, the merged cuts
    // of the prefixes it keeps as candidates, whether candidates in the
    // prefix's trailing run of loops the operand ignores still wait for
    // their merged cut, and whether there were too many to keep.
    static constexpr unsigned kScanCandidates = 4;
    struct Scan {
      double least = 0;
      uint64_t candidate[kScanCandidates] = {};
      uint8_t count = 0;
      bool pending = false, lost = false;
      // The scan has met a prefix that overflows its memory; it fits at
      // the output's partial-sum precision (else the final one).
      bool ended = false, partial = false;
      // May the bound read it (scanUsable)?
      bool usable = false;
    };
    Scan scan[kMaxOperands][kMaxScanCuts + 1];
  };
  State initial() const;
  /// A complete ordering's allocated cuts after the merge-down: per
  /// operand and cut, the tile below it (a sub-multiset index; cut 0: the
  /// stationarity run at the MAC level) and, above cut 0 where the window
  /// rule has figures (else 1), the product of the loops the operand
  /// ignores at the top of the level below.
  struct AllocatedCuts {
    uint64_t tile[kMaxOperands][kMaxLevels];
    double reuse[kMaxOperands][kMaxLevels];
  };
  AllocatedCuts allocatedCuts(const TemporalMapping &allocated) const;
  /// The state after appending one loop of `type` above the prefix.
  State append(const State &s, unsigned type) const;
  /// Lower bound on the energy of every ordering with this prefix.
  double lowerBound(const State &s) const;
  /// Lower bound on the latency (latency_total2) of every ordering with
  /// this prefix; needs the latency tables.
  double latencyLowerBound(const State &s,
                           const AllocatedCuts *cuts = nullptr) const;
  /// The same, or only its first part (the latency's own) where that part
  /// already `settles` it (the caller needs no larger bound: it prunes);
  /// the port-budget part is computed only otherwise.
  /// `cuts`: for a complete ordering, its allocated cuts, where the
  /// stalls, busy cycles and repeating loads are read (tighter where the
  /// prefix cannot tell the cuts: shared memories, scans).
  double latencyLowerBound(const State &s,
                           llvm::function_ref<bool(double)> settles,
                           const AllocatedCuts *cuts = nullptr) const;
  /// Its two parts: from the latency's own parts (temporal cycles, stalls,
  /// loading), and from the port-budget rule (-inf where it gives none).
  /// `windows`: with the window rule's stalls (tests turn it off).
  std::pair<double, double>
  latencyBoundParts(const State &s, bool windows = true,
                    const AllocatedCuts *cuts = nullptr) const;
  /// Does the scan rule read the terms of (op, cut) exactly once the
  /// ordering is complete (a cut it follows, with exact figures)? (Tests.)
  bool scanIsExact(unsigned op, unsigned cut) const {
    return cut >= 1 && cut <= scanCuts[op] && scanExact[op];
  }
  /// Does the memory below cut `cut` of `op` keep every loop, whatever the
  /// ordering (Allocator::keepWhole)? (Tests.)
  bool keepsWholeAt(unsigned op, unsigned cut) const {
    return cut >= 1 && wholeCut[op][cut];
  }
  /// Tests: turn the longest-fit rule (TermTable::longestFitAbove and
  /// longestFitPartial) off, to count the prefixes it lifts.
  void setLongestFitRule(bool on);
  /// Tests: turn the saturated-port rule (bandwidthTables) off.
  void setSaturatedPortRule(bool on) { saturatedPortRule = on; }
  /// Does every term equal the cost model's (no tile with half-integer
  /// data, whose terms are the least of its two roundings)?
  bool termsAreExact() const { return exactTerms; }
  /// Were the latency tables built?
  bool hasLatency() const { return latencyBuilt; }
  /// Could the prefix already fix every term? False when some cut is still
  /// to be decided by loops not yet placed (the exact engine then skips
  /// its costlier check with the allocator).
  bool mayBeFixed(const State &s) const;
  /// The energy the terms give for a complete mapping (every leaf of the
  /// exact engine: from its allocated cuts; tests: from the mapping).
  double decomposedEnergy(const AllocatedCuts &cuts) const;
  double decomposedEnergy(const TemporalMapping &allocated) const;
  /// Per energy term (operand, cut; cut 0 the stationarity run): the
  /// bound's value for a prefix and the value for a complete mapping, in
  /// one order (tests name the term that breaks admissibility).
  std::vector<double> termBounds(const State &s) const;
  std::vector<double> termValues(const TemporalMapping &allocated) const;

private:
  PrefixBound(const ScheduleProblem &problem, const FactorSpace &space);
  /// Fills a table's envelope and the tables the bound reads above its cut
  /// from its values.
  void finish(TermTable &t) const;
  /// Fills bestAbove (from the envelope).
  void fillBestAbove(TermTable &t) const;
  /// Fills `out` (longestFitAbove or longestFitPartial) for fit test `fit`.
  void fillLongestFit(const TermTable &t, const std::vector<uint8_t> &fit,
                      std::vector<double> &out) const;
  /// Replaces v by its least over the fitting supersets, infinite where
  /// nothing fits.
  void leastOverFittingSupersets(std::vector<double> &v,
                                 const std::vector<uint8_t> &fit) const;
  /// Does the prefix show that the output's level below cut k (k >= 2)
  /// holds partial sums: some loop it ignores lies above where the cut
  /// below (closed, at or below where the state fixed it) starts it?
  bool partialSumsCertain(unsigned op, unsigned k, const State &s) const;
  /// The fit test the allocator's scan of cut k of `op` makes (the
  /// output's first level at partial-sum precision when it ignores some
  /// temporal loop; elsewhere the smallest precision the level may use).
  const std::vector<uint8_t> &fitsAtCut(unsigned op, unsigned k) const {
    return k == 1 && isOutput[op] && irrelevantAll[op] != 0 ? fitsPartial[op][k]
                                                            : fits[op][k];
  }
  /// The table's bound for the prefix.
  double termBound(const TermTable &t, const State &s) const;
  double termBoundWithoutScan(const TermTable &t, const State &s) const;
  /// The scan rule's bound on a term of an operand's first cut (-inf when
  /// it has none).
  double scanBound(const TermTable &t, const State &s) const;
  /// The scan rule's part of append, for cut k.
  void appendToScan(const State &s, State &r, unsigned op, unsigned k,
                    bool irrelevant, uint64_t step) const;
  /// Starts the scans above cut k at sub-multiset x (its new least).
  void restartScansAbove(State &r, unsigned op, unsigned k, uint64_t x) const;
  /// Marks the scans the bound may read: the scans below ended with
  /// their cuts known (then this level's start is), and a candidate still
  /// pending is either still scanning or, the ordering complete, cut below
  /// every loop.
  void markUsableScans(State &s) const;
  /// Does sub-multiset x fit below cut k at the scan's precision?
  bool scanFits(const State::Scan &sc, unsigned op, unsigned k,
                uint64_t x) const {
    return (sc.partial ? fitsPartial : fits)[op][k][x];
  }
  /// Starts the scan of cut k at sub-multiset x.
  void startScan(State::Scan &sc, unsigned op, unsigned k, uint64_t x) const;

  const ScheduleProblem *problem;
  const FactorSpace *space;
  unsigned numOps = 0;
  unsigned numLoops = 0; // prime factors
  unsigned numCuts[kMaxOperands] = {}; // levels - 1
  DimMask irrelevantDims[kMaxOperands] = {};
  uint64_t irrelevantAll[kMaxOperands] = {};
  double constant = 0; // MAC energy
  bool exactTerms = true;
  // energy[op][k]: k = 0 the stationarity run, k >= 1 cut k.
  TermTable energy[kMaxOperands][kMaxLevels];
  // fits[op][k][index] for k >= 1 at the smallest precision the allocator
  // may use there.
  std::vector<uint8_t> fits[kMaxOperands][kMaxLevels];
  // The same test at the output's partial-sum precision (what the allocator
  // uses at the output's first level when it ignores some temporal loop).
  std::vector<uint8_t> fitsPartial[kMaxOperands][kMaxLevels];
  bool isOutput[kMaxOperands] = {};
  // Per operand and cut: does the allocator put the cut exactly after the
  // longest fitting prefix (Allocator::takesLongestFit)? Then a closed cut
  // is at fixedAt, not below it, and the bound reads the term there.
  bool exactCut[kMaxOperands][kMaxLevels] = {};
  // Per operand and cut: does the memory below keep every loop whatever
  // the ordering (Allocator::keepWhole)? Then the term is its whole value.
  bool wholeCut[kMaxOperands][kMaxLevels] = {};
  // Per operand and cut >= 2: the output with two precisions, whose cut
  // would be exact at the precision the level uses (takesLongestFit), so
  // exact once the prefix shows it is the partial-sum one.
  bool partialCut[kMaxOperands][kMaxLevels] = {};
  // ... and it is that whatever the ordering (a loop the output ignores
  // is unrolled above the level).
  bool partialAlways[kMaxOperands][kMaxLevels] = {};
  bool longestFitRule = true;
  bool saturatedPortRule = true;
  // Per operand: how many of its first cuts are chosen by its own scan
  // (Allocator::scansAlone) at a precision known in advance (an input, or
  // an output of one precision)? Along a prefix such a cut is one of the
  // prefixes, from where its level starts, whose scan figure (accesses:
  // the loops above times the tile) is the least so far (to a rounding
  // margin), or a fitting superset of the prefix: the bound follows those
  // candidates (State::scan). A level starts where the scan below put its
  // cut, known once that scan ended with one candidate: so above the first
  // cut only with exact figures (ties go to the later prefix, as in the
  // allocator).
  unsigned scanCuts[kMaxOperands] = {};
  // Per operand, cut under the scan rule and sub-multiset: the scan
  // figure, and whether it surely fits (beyond the allocator's rounding).
  std::vector<double> scanFigure[kMaxOperands][kMaxScanCuts + 1];
  std::vector<uint8_t> scanSurelyFits[kMaxOperands][kMaxScanCuts + 1];
  // Per operand: are the scan figures exact integers (no fractional
  // unrolling, below 2^53)? Then they compare as the allocator compares
  // them.
  bool scanExact[kMaxOperands] = {};
  // Per operand and cut: can the memory below the cut hold all the loops
  // (at the larger precision)? Only then can a cut the prefix still fits
  // under be fixed already.
  bool mayTakeAll[kMaxOperands][kMaxLevels] = {};

  // Latency (LatencyBound.cpp). Per link, three terms of the cut it
  // crosses: its busy cycles, transfer cycles times (transfers - 1), its
  // least stall, the part of each transfer beyond its period, times the
  // same, and its least on- or off-loading entry.
  std::vector<TermTable> busyTables, stallTables, loadTables;
  /// Per link made once at some tile whose once-made entry the prefix
  /// bounds better than a constant (above cut 1, or with headrooms
  /// tracked): its entry where it is made once, before the other once-made
  /// loads of its port lower it (infinite where it repeats; loadTables then
  /// holds only the repeated entries, infinite where it is made once);
  /// across cut 1 its floor already, higher up its transfer, whose floor is
  /// the least of it and its minimum's entry (minima[minimumOf[link]], -1
  /// for none), the minimum of the tile below cut 1. Empty for the other
  /// links, whose loadTables entries are floors lowered by othersConstant
  /// where made once.
  std::vector<TermTable> onceTables, minima;
  std::vector<int> minimumOf;
  /// What reduce_balanced can take off a link's once-made load beyond its
  /// own floor (ZigZag's quirk): the headrooms of the other once-made loads
  /// of its port, a constant part and those of the links whose headroom the
  /// prefix can tell (indices into headrooms): across cut 1 the excess of
  /// the transfer over its floor per tile, higher up the transfer per tile
  /// less the least minimum (minima) of the tile below cut 1.
  struct Headroom {
    unsigned op = 0, cut = 0, link = 0;
    unsigned position = 0; // among the once-made loads of its port
    std::vector<double> value; // per tile below the cut
    std::vector<double> upper; // the most over subsets
    double most = 0;           // over every tile that fits
  };
  std::vector<Headroom> headrooms;
  std::vector<double> othersConstant;
  std::vector<std::vector<unsigned>> othersTracked;
  std::vector<int> selfHeadroom; // per link, its headroom (-1: untracked)
  /// A tracked link along a prefix: the most its headroom can be, and the
  /// least and the most its once-made transfer can be (where reduce_
  /// balanced sorts it; the most unknown across cut 1).
  /// (No initializers: loadingBound keeps an array of them per call and
  /// fills only those it reads.)
  struct HeadroomState {
    double headroom, leastTransfer, mostTransfer;
  };
  HeadroomState headroomState(const Headroom &h, const State &s) const;
  /// The least floor of link i's once-made load along the prefix.
  double onceFloorBound(unsigned i, const State &s) const;
  /// The most the other once-made loads of link i's port lower it.
  /// (`headroomAt(h)`: headroom h's state along the prefix; a template, so
  /// that the hot path calls it directly.)
  template <typename HeadroomAt>
  double othersHeadroom(unsigned i, HeadroomAt &&headroomAt) const;
  /// Per link, the most othersHeadroom can be (at the empty prefix), and
  /// the least its once-made entry can be (its least floor less that).
  std::vector<double> othersMost, leastOnce;
  /// Per link and sub-multiset: 0 the transfer repeats, 1 made once, 2
  /// made once and its minimum taken already (the load tables are finished
  /// when the ports' balancing floors are known); per link the least
  /// onceMinimum over every tile.
  std::vector<std::vector<uint8_t>> madeOnce;
  std::vector<double> onceMinimum;
  /// Per (operand, level, direction): its link, -1 if none; whether its
  /// port carries both inputs.
  int loadLink[kMaxOperands][kMaxLevels][kNumDataDirs];
  bool loadShared[kMaxOperands][kMaxLevels][kNumDataDirs] = {};
  // CostModelOptions::fixZigZagBugs: half-shared port pairs add up, and a
  // once-made load ends no lower than its own minimum.
  bool addHalfShared = false;
  bool latencyBuilt = false;
  /// The least on- plus off-loading of every ordering with this prefix
  /// (`loads`: the entries' bounds it assembled).
  double loadingBound(const State &s, LinkLoads &loads,
                      const AllocatedCuts *cuts) const;
  /// Per link, the bandwidth it counts against its port while it repeats
  /// (LinkFigure::requiredBandwidth, 0 where made once) per tile below its
  /// cut: where a port's repeating loads need all its bandwidth, the
  /// balancing has nothing to give its once-made loads, which then load at
  /// their transfer cycles (transferTables).
  std::vector<TermTable> bandwidthTables;
  /// Per physical port, the links it carries whose tables are not all 0.
  struct PortTerms {
    std::vector<unsigned> busy, stall;
    /// Every link it carries (the allocated cuts read them all).
    std::vector<unsigned> links;
    /// Its loads with bandwidth tables, its loads made once somewhere,
    /// and its bandwidth.
    std::vector<unsigned> bandwidth, once;
    double bandwidthMax = 0;
    /// Its links under the window rule (indices into windowLinks).
    std::vector<unsigned> window;
  };
  std::vector<PortTerms> ports;
  /// The layer's temporal cycles (every ordering has them).
  double temporalCycles = 0;

  // The port-budget rule (PortBudgetBound.cpp). Per link, its transfer
  // cycles per tile below its cut (0 where it never transfers), whether
  // it repeats or is made once; and whether some tile has it made once
  // below its balancing minimum (a negative headroom, which gives
  // reduce_balanced more budget than it had).
  std::vector<TermTable> transferTables;
  std::vector<uint8_t> onceBelowMinimum;
  /// A level pair computeLatency's loading assembly reads: its two
  /// entries, [operand][level][DataDir] and link (-1 for none).
  struct LoadPair {
    uint8_t op, lv[2], dir[2];
    int link[2];
  };
  /// The output's pairs (off-loading sums them all); per input, the pairs
  /// its on-loading part sums (ZigZag keeps only the last half-shared
  /// one) and those on ports carrying both inputs.
  std::vector<LoadPair> outputPairs;
  std::vector<LoadPair> countedPairs[kMaxOperands], sharedPairs[kMaxOperands];
  /// Per port the rule holds for and that carries an entry of some pair:
  /// per pair (outputPairs, then each input's countedPairs), which of its
  /// two entries is on the port (-1: neither; they are links of two
  /// memories, never both on one port).
  struct BudgetPort {
    std::vector<int8_t> output, input[kMaxOperands];
  };
  std::vector<BudgetPort> budgetPorts;
  void buildPortBudgets(
      const ScheduleProblem &problem,
      const int (&linkIndex)[kMaxOperands][kMaxLevels][kNumDataDirs]);
  /// The least latency the port-budget rule allows (-inf without a port
  /// it holds for), from the entries' bounds `loads`.
  double portBudgetBound(const LinkLoads &loads, const State &s) const;
  /// latencyBoundParts' first part; fills `loads` for the second.
  double ownLatencyBound(const State &s, LinkLoads &loads, bool windows,
                         const AllocatedCuts *cuts) const;

  // The window rule (WindowStallBound.cpp). Per link above cut 0 (exact
  // figures, integer loop sizes), per tile below its cut: its period and
  // its transfers (integers below 2^32, else the link is left out), and
  // whether the tile fills more than half its memory (then that memory is
  // not double buffered). Empty for the other links.
  std::vector<std::vector<uint32_t>> windowPeriod, windowCount;
  std::vector<std::vector<uint8_t>> windowHalfFull;
  /// Links where some tile gives the stall rule something, and whether
  /// the link also has a stall table.
  struct WindowLink {
    unsigned link = 0;
    bool tabled = false;
  };
  std::vector<WindowLink> windowLinks;
  static constexpr uint32_t kMaxReuse = uint32_t(1) << 31;
  void buildWindowStalls(
      const ScheduleProblem &problem,
      const int (&linkIndex)[kMaxOperands][kMaxLevels][kNumDataDirs],
      std::vector<std::vector<uint32_t>> period,
      std::vector<std::vector<uint32_t>> count,
      std::vector<std::vector<uint8_t>> halfFull);
  /// The link's stall along the prefix (0 where the rule says nothing).
  double windowStall(const WindowLink &w, const State &s) const;
  /// Link i's stall at tile `tile` below its cut, with `reuse` the product
  /// of the loops its operand ignores at the top of the level below.
  double windowStallAt(unsigned i, uint64_t tile, double reuse) const;

  /// The stall and busy parts at a complete ordering's allocated cuts
  /// (AllocatedLatencyBound.cpp): the largest over ports of the sum of
  /// its links' stalls (`stalled`) and of their busy cycles (`busiest`),
  /// each read at the tile below the link's cut.
  void allocatedPortBounds(const AllocatedCuts &cuts, double &busiest,
                           double &stalled) const;
  /// Link i's load at the allocated tile where it repeats there (its
  /// transfer cycles), or where a constant lowers its once-made floor;
  /// -inf where the prefix's bound must decide.
  double allocatedLoad(const AllocatedCuts &cuts, unsigned i) const;

  void buildLatency(
      const ScheduleProblem &problem,
      const int (&linkIndex)[kMaxOperands][kMaxLevels][kNumDataDirs],
      const std::vector<double> &longestOnce,
      std::vector<std::vector<double>> headroomAt,
      std::vector<std::vector<double>> minimumAt);
};

} // namespace salsa::exact

#endif
