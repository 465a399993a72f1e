//===- Exact.cpp - Branch and bound over ordering prefixes ----------------===//
//
// Builds orderings innermost loop first. Every prefix gets the admissible
// bounds of ExactBound.h on its objective (energy; latency; EDP, the
// product of the two); a prefix whose bound exceeds the best found cannot
// lead to the optimum, and all the orderings below it (a multinomial
// count) are covered by the bound. Only a strictly larger bound prunes, so
// orderings that tie with the best are all seen and the tie is broken as
// in every engine (ObjectiveKey, then the ordering). Children are visited in
// increasing bound order, from an incumbent found by the dual engine's
// LOMA-warmed annealing, so the best is good early and bounds bite high in
// the tree. Where the bounds of a depth stop cutting anything off, they are
// computed at one node in 16 there (boundsAt): enumeration is cheaper.
// Identical prime factors are one child (multiset orderings).
// Single-threaded and deterministic. At every evaluated ordering the bound
// is checked against the energy: a violation would void the proof, and the
// result then says so.
//
//===----------------------------------------------------------------------===//

#include "ExactBound.h"
#include "SearchSupport.h"

#include "salsa/Search/Engines.h"

#include "llvm/Support/FormatVariadic.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <random>
#include <tuple>

using namespace salsa;
using namespace salsa::exact;

namespace {

OrderingCount saturatingAdd(OrderingCount a, OrderingCount b) {
  OrderingCount s = a + b;
  return s < a ? ~OrderingCount(0) : s;
}

OrderingCount saturatingMul(OrderingCount a, OrderingCount b) {
  if (a == 0 || b == 0)
    return 0;
  OrderingCount p = a * b;
  return p / b != a ? ~OrderingCount(0) : p;
}

/// a choose b (saturating), a <= kMaxTemporalLoops: one table for every
/// work item.
OrderingCount binomial(unsigned a, unsigned b) {
  constexpr unsigned size = kMaxTemporalLoops + 1;
  static const std::vector<OrderingCount> table = [] {
    std::vector<OrderingCount> t(size * size, 0);
    for (unsigned i = 0; i < size; ++i) {
      t[i * size] = 1;
      for (unsigned j = 1; j <= i; ++j)
        t[i * size + j] =
            saturatingAdd(t[(i - 1) * size + j - 1], t[(i - 1) * size + j]);
    }
    return t;
  }();
  return table[a * size + b];
}

class BranchAndBound {
public:
  BranchAndBound(const ScheduleProblem &problem, const FactorSpace &space,
                 const PrefixBound &bound,
                 std::chrono::steady_clock::time_point deadline,
                 const SearchOptions &options, uint64_t seed = 0)
      : problem(problem), space(space), bound(bound),
        objective(problem.objective()), n(problem.primeFactors().size()),
        remaining(space.count), deadline(deadline),
        pruneScale(options.testBoundScale), auditRate(options.exactAuditRate),
        auditRng(seed), idleLimit(options.exactIdleBounds) {
    ordering.resize(n);
    idleNodes.assign(n + 1, 0);
    unboundedNodes.assign(n + 1, 0);
  }

  void offer(const Schedule &s) {
    ObjectiveKey key = ObjectiveKey::of(objective, s.cost);
    // The front's least-energy point is the energy objective's optimum:
    // `best` follows it.
    if (objective == Objective::Pareto)
      front.offer(s);
    if (!found || isBetter(key, s.ordering, bestKey, best.ordering)) {
      found = true;
      bestKey = key;
      best = s;
    }
  }

  /// The bound every ordering has.
  double rootBound() const { return pruneBound(bound.initial()); }
  /// The bounds of the empty prefix already lose (to the cutoff, or to
  /// other candidates' points).
  bool closedAtRoot() const { return pruned(bound.initial()); }

  /// Searches the orderings that start (innermost) with `prefix`.
  void runFrom(llvm::ArrayRef<unsigned> prefix) {
    PrefixBound::State s = bound.initial();
    // The bounds along the prefix all hold for its orderings.
    double inherited = -std::numeric_limits<double>::infinity();
    for (unsigned t : prefix) {
      inherited = std::max(inherited, pruneBound(s));
      ordering[s.length] = space.types[t];
      --remaining[t];
      s = bound.append(s, t);
    }
    const KeyBound b = pruneBounds(s);
    if (pruned(b.primary, b.secondary, s.length)) {
      cert.bounded = saturatingAdd(cert.bounded, below());
      if (auditRate > 0 && sampled())
        auditPruned(s.length, b.primary);
    } else
      visit(s, std::max(inherited, b.primary));
    for (unsigned t : prefix)
      ++remaining[t];
  }

  const ScheduleProblem &problem;
  const FactorSpace &space;
  const PrefixBound &bound;
  const Objective objective;
  const unsigned n;
  std::vector<unsigned> remaining;
  std::vector<Loop> ordering;
  std::chrono::steady_clock::time_point deadline;

  bool found = false;
  ObjectiveKey bestKey;
  Schedule best;
  /// Objective pareto: the non-dominated schedules found.
  ParetoFront front;
  Certificate cert;
  bool timedOut = false;
  /// Energy objective without the latency tables: after this many
  /// evaluated orderings that tie the best's energy the item stops and is
  /// run again with them (SearchOptions::exactTieBoundOrderings).
  double tieLimit = std::numeric_limits<double>::infinity();
  uint64_t energyTies = 0;
  bool onPlateau = false;
  /// Stops the item after this many prefixes (SearchOptions::
  /// exactProbeNodes); overNodeLimit says it did.
  uint64_t nodeLimit = std::numeric_limits<uint64_t>::max();
  bool overNodeLimit = false;
  double openBound = std::numeric_limits<double>::infinity();
  /// SearchOptions::objectiveCutoff.
  double cutoff = std::numeric_limits<double>::infinity();
  uint64_t violations = 0;
  double worstViolation = 0;
  /// Evaluated orderings whose tabulated energy is not the cost model's:
  /// the decomposition the bound rests on fails for this layer.
  uint64_t mismatches = 0;
  double worstMismatch = 0;
  /// Contradictions the audit found.
  uint64_t auditViolations = 0;

private:
  /// Bounds on the key's two values (ObjectiveKey: primary, secondary).
  struct KeyBound {
    double primary, secondary;
  };
  /// The key's bounds from bounds on the energy and on the latency (-inf
  /// where a value is not bounded: the energy objective's latency
  /// tie-break, EDP with a latency bound that is not positive).
  KeyBound keyBound(double energy, double latency) const {
    const double none = -std::numeric_limits<double>::infinity();
    switch (objective) {
    case Objective::Energy:
      return {energy, latency};
    case Objective::Latency:
      return {latency, energy};
    case Objective::EnergyDelay:
      // Energies are positive; a latency bound that is not says nothing.
      return {latency > 0 ? energy * latency : none, energy};
    case Objective::Pareto:
      return {energy, latency};
    }
    return {none, none};
  }
  /// The latency bound where the key needs it: always but for the energy
  /// objective, which breaks energy ties by latency and needs it only where
  /// the energy bound ties the best (plateaus: many orderings of a
  /// memory-bound layer have the same energy, and the best's latency with
  /// the ordering tie-break closes them), and only where its tables were
  /// built (work items that met a plateau: SearchOptions::
  /// exactTieBoundOrderings).
  /// `cuts`: a complete ordering's allocated cuts (they tighten the
  /// bound).
  double latencyBound(const PrefixBound::State &s, double energyBound,
                      double scale,
                      const PrefixBound::AllocatedCuts *cuts = nullptr) const {
    if (objective == Objective::Energy &&
        (!bound.hasLatency() || !found ||
         compareBound(energyBound * pruneScale, bestKey.primary) != 0))
      return -std::numeric_limits<double>::infinity();
    if (objective == Objective::Energy || objective == Objective::Pareto)
      return bound.latencyLowerBound(s, cuts);
    // A latency whose key (times `scale`, as the caller prunes with it)
    // already loses needs no port-budget part: it is pruned either way.
    return bound.latencyLowerBound(
        s,
        [&](double latency) {
          return primaryAgainstBest(keyBound(energyBound, latency).primary *
                                    scale) > 0;
        },
        cuts);
  }
  /// The key's bounds for every ordering with this prefix, each computed
  /// once (the latency's only as far as pruning needs).
  KeyBound prefixBound(const PrefixBound::State &s) const {
    const double energy = bound.lowerBound(s);
    return keyBound(energy, latencyBound(s, energy, pruneScale));
  }
  /// The bounds the search prunes with (SearchOptions::testBoundScale, 1
  /// but in tests).
  KeyBound pruneBounds(const PrefixBound::State &s) const {
    KeyBound b = prefixBound(s);
    return {b.primary * pruneScale, b.secondary * pruneScale};
  }
  double pruneBound(const PrefixBound::State &s) const {
    return pruneBounds(s).primary;
  }
  /// Where a bound on the key's primary puts every ordering it bounds (not
  /// for the front): +1 each loses whatever its secondary and ordering (to
  /// the cutoff or the best), 0 some may tie the best, -1 some may win.
  int primaryAgainstBest(double lb) const {
    // Another candidate's best: its ties are decided there.
    if (compareBound(lb, cutoff) > 0)
      return 1;
    if (!found)
      return -1;
    return compareBound(lb, bestKey.primary);
  }
  /// No ordering with these bounds whose innermost `length` loops are
  /// `ordering[0, length)` can beat the best (isBetter): a larger
  /// objective, or a tie (a plateau: latency often equals the temporal
  /// cycles) and a larger secondary value, or both tied and every
  /// completion after the best's ordering.
  bool pruned(double lb, double secondaryLb, unsigned length) const {
    // The front: a kept point with at most both bounds and less of one.
    // The front compares the cost model's figures, the bounds are exact to
    // kBoundMargin: less that first.
    if (objective == Objective::Pareto)
      return front.dominates(lb - std::abs(lb) * kBoundMargin,
                             secondaryLb - std::abs(secondaryLb) * kBoundMargin);
    if (int c = primaryAgainstBest(lb))
      return c > 0;
    if (int c = compareBound(secondaryLb, bestKey.secondary))
      return c > 0;
    return prefixAfterBest(length);
  }
  bool pruned(const PrefixBound::State &s) const {
    KeyBound b = pruneBounds(s);
    return pruned(b.primary, b.secondary, s.length);
  }
  /// Is `ordering[0, length)` after the best ordering's first `length`
  /// loops in isBetter's order, and so every completion after it?
  bool prefixAfterBest(unsigned length) const {
    if (best.ordering.size() != n)
      return false;
    // Equal keys: isBetter compares the orderings alone.
    return isBetter(ObjectiveKey(),
                    llvm::ArrayRef(best.ordering).take_front(length),
                    ObjectiveKey(), llvm::ArrayRef(ordering).take_front(length));
  }

  // The audit (SearchOptions::exactAuditRate); never runs when it is 0.
  bool sampled() {
    return auditRate >= 1 ||
           std::uniform_real_distribution<double>(0, 1)(auditRng) < auditRate;
  }
  /// `ordering[0, p)` then the remaining loops in a random order.
  void randomCompletion(unsigned p, std::vector<Loop> &out) {
    out.assign(ordering.begin(), ordering.begin() + p);
    for (unsigned t = 0; t < remaining.size(); ++t)
      out.insert(out.end(), remaining[t], space.types[t]);
    std::shuffle(out.begin() + p, out.end(), auditRng);
  }
  /// The cost model's figures of `o`, if it fits.
  std::optional<CostResult> modelCost(llvm::ArrayRef<Loop> o) {
    TemporalMapping m;
    CostResult c;
    if (!problem.allocator().run(o, m) || !problem.costModel().evaluate(m, c))
      return std::nullopt;
    return c;
  }
  std::optional<double> modelEnergy(llvm::ArrayRef<Loop> o) {
    if (std::optional<CostResult> c = modelCost(o))
      return c->energyTotal;
    return std::nullopt;
  }
  /// A prefix of length `p` pruned with bound `lb`: no completion may cost
  /// less.
  void auditPruned(unsigned p, double lb) {
    std::vector<Loop> o;
    randomCompletion(p, o);
    ++cert.audited;
    if (std::optional<CostResult> c = modelCost(o)) {
      const double v = ObjectiveKey::of(objective, *c).primary;
      if (lb > v + std::abs(v) * 1e-9)
        ++auditViolations;
    }
  }
  /// Does the tabulated energy of an ordering contradict the cost model's?
  /// Above it, always (the bound would be unsound); below it, unless the
  /// tables are the least over half-integer roundings
  /// (PrefixBound::termsAreExact).
  bool termsDisagree(double tabulated, double model) const {
    const double margin = 1e-9 * std::abs(model);
    return tabulated > model + margin ||
           (bound.termsAreExact() && tabulated < model - margin);
  }
  /// An evaluated ordering: the tabulated energy is the cost model's.
  void auditEnergy(double energy) {
    ++cert.audited;
    std::optional<double> e = modelEnergy(ordering);
    if (!e || termsDisagree(energy, *e))
      ++auditViolations;
  }
  /// An equivalence class of the prefix of length `p` represented by an
  /// ordering of energy `energy` (or none that fits): a random member has
  /// the same.
  void auditEquivalent(unsigned p, std::optional<double> energy) {
    std::vector<Loop> o;
    randomCompletion(p, o);
    ++cert.audited;
    std::optional<double> e = modelEnergy(o);
    if (bool(e) != bool(energy) || (e && termsDisagree(*energy, *e)))
      ++auditViolations;
  }

  /// Orderings of the remaining loops.
  OrderingCount below() const {
    OrderingCount c = 1;
    unsigned total = 0;
    for (unsigned x : remaining) {
      total += x;
      c = saturatingMul(c, binomial(total, x));
    }
    return c;
  }

  bool outOfTime() {
    if (timedOut || onPlateau || overNodeLimit)
      return true;
    if (cert.nodes > nodeLimit) {
      overNodeLimit = true;
      return true;
    }
    // At each work item's first node (hundreds of items, each with up to
    // a few milliseconds of leaves before its next look) and every 256.
    if ((cert.nodes & 255) == 1 && std::chrono::steady_clock::now() > deadline)
      timedOut = true;
    return timedOut;
  }

  void leaf(const PrefixBound::State &s) {
    if (!problem.satisfiesConstraints(ordering)) {
      cert.excluded = saturatingAdd(cert.excluded, 1);
      return;
    }
    cert.evaluated = saturatingAdd(cert.evaluated, 1);
    // Consecutive leaves share their inner loops.
    if (!allocation.allocate(problem, ordering, mapping))
      return;
    consider(s);
  }

  /// The allocated ordering in `mapping`: the tabulated terms give its
  /// energy (to rounding) and, with the latency bound of the complete
  /// ordering, screen it; the cost model evaluates every ordering that
  /// could still become the best.
  void consider(const PrefixBound::State &s) {
    const PrefixBound::AllocatedCuts cuts = bound.allocatedCuts(mapping);
    const double energy = bound.decomposedEnergy(cuts);
    const double energyBound = checkEnergyTerms(s, energy);
    if (auditRate > 0 && sampled())
      auditEnergy(energy);
    // Another summation order than the cost model's: compareBound's
    // margin covers it.
    double latency = -std::numeric_limits<double>::infinity();
    if (screensLeaf()) {
      latency = latencyBound(s, energy, 1, &cuts);
      const KeyBound leafBound = keyBound(energy, latency);
      const bool cut = pruned(leafBound.primary, leafBound.secondary, n);
      noteBounds(n, cut);
      if (cut)
        return;
    }
    Schedule candidate;
    candidate.ordering = ordering;
    candidate.mapping = mapping;
    if (!problem.costModel().evaluate(mapping, candidate.cost))
      return;
    const double value = ObjectiveKey::of(objective, candidate.cost).primary;
    if (found && objective == Objective::Energy &&
        compareBound(value, bestKey.primary) == 0 && ++energyTies > tieLimit)
      onPlateau = true;
    if (termsDisagree(energy, candidate.cost.energyTotal)) {
      ++mismatches;
      worstMismatch = std::max(
          worstMismatch, std::abs(candidate.cost.energyTotal / energy - 1));
    }
    // The bounds at the complete ordering are the tightest: they must hold.
    const double lb = keyBound(energyBound, latency).primary;
    if (lb > value + std::abs(value) * 1e-9)
      noteViolation(lb / value - 1);
    const double actual = candidate.cost.latencyTotal2;
    if (latency > actual + std::abs(actual) * 1e-9)
      noteViolation(latency / actual - 1);
    offer(candidate);
  }

  /// Screen this leaf with the latency bound before the cost model? For
  /// latency and EDP the screen costs a latency bound per leaf, and is
  /// made where the bounds are (boundsAt; the leaves are depth n). Only
  /// which leaves the cost model evaluates changes: one the screen would
  /// cut off cannot become the best or join the front.
  bool screensLeaf() {
    return objective == Objective::Energy || boundsAt(n);
  }

  void noteViolation(double by) {
    ++violations;
    worstViolation = std::max(worstViolation, by);
  }

  /// The energy bound never exceeds the tabulated energy of an ordering it
  /// covers. Returns the bound.
  double checkEnergyTerms(const PrefixBound::State &s, double energy) {
    double lb = bound.lowerBound(s);
    if (lb > energy * (1 + 1e-9))
      noteViolation(lb / energy - 1);
    return lb;
  }

  /// Counts of the remaining loops, and of those operand `op` ignores.
  void remainingCounts(unsigned op, unsigned &all, unsigned &ignored) const {
    all = ignored = 0;
    for (unsigned t = 0; t < remaining.size(); ++t) {
      all += remaining[t];
      if ((problem.layer().operands[op].irrelevant >> space.types[t].dim) & 1)
        ignored += remaining[t];
    }
  }

  /// Does the order of the remaining loops change nothing energy depends
  /// on? The allocator's horizon says whether the prefix fixes every cut
  /// (memories that take all that is left do not look at its order); the
  /// merge-down runs above each cut and at the bottom must end inside the
  /// prefix, or the rest must be all loops the operand depends on, or all
  /// loops it ignores. Then one evaluation stands for every completion.
  bool collapse(const PrefixBound::State &s) {
    if (!problem.constraints().empty() || !bound.mayBeFixed(s))
      return false;
    const unsigned p = s.length;
    unsigned at = p;
    for (unsigned t = 0; t < remaining.size(); ++t)
      for (unsigned i = 0; i < remaining[t]; ++i)
        ordering[at++] = space.types[t];
    // Siblings' completions often agree below the allocator's horizon.
    bool fits = allocation.allocate(problem, ordering, mapping);
    if (allocation.lastHorizon() > p)
      return false;
    if (fits) {
      TemporalMapping merged = mapping;
      mergeDownStationary(problem.layer(), merged);
      for (unsigned op = 0; op < merged.numOperands; ++op) {
        unsigned all, ignored;
        remainingCounts(op, all, ignored);
        if (ignored == 0 || ignored == all)
          continue;
        // Runs that end before the prefix does are fixed by it.
        DimMask ir = problem.layer().operands[op].irrelevant;
        unsigned run = 0;
        while (run < n && ((ir >> ordering[run].dim) & 1))
          ++run;
        if (run >= p)
          return false;
        for (unsigned lv = 1; lv < merged.numLevels[op]; ++lv)
          if (merged.cut[op][lv] >= p)
            return false;
      }
    }
    OrderingCount members = below();
    cert.evaluated = saturatingAdd(cert.evaluated, 1);
    cert.equivalent = saturatingAdd(cert.equivalent, members - 1);
    if (auditRate > 0 && members > 1 && sampled()) {
      std::optional<double> e;
      if (fits)
        e = bound.decomposedEnergy(mapping);
      auditEquivalent(p, e);
    }
    if (fits) {
      // The complete ordering's state: its bounds are the tightest (the
      // latency's above all, whose loading terms the prefix leaves open).
      PrefixBound::State full = s;
      for (unsigned t = 0; t < remaining.size(); ++t)
        for (unsigned i = 0; i < remaining[t]; ++i)
          full = bound.append(full, t);
      consider(full);
    }
    return true;
  }

  /// `inherited`: the greatest bound on the objective of the prefixes of
  /// `s` (itself included); every ordering below has it (the bound is not
  /// monotone along a path), so an unexplored part is open from there.
  void visit(const PrefixBound::State &s, double inherited) {
    ++cert.nodes;
    if (outOfTime()) {
      cert.unexplored = saturatingAdd(cert.unexplored, below());
      openBound = std::min(openBound, inherited);
      return;
    }
    if (s.length == n) {
      leaf(s);
      return;
    }
    if (collapse(s))
      return;
    struct Child {
      double lb, secondaryLb;
      unsigned type;
      PrefixBound::State state;
    };
    llvm::SmallVector<Child, 16> children;
    const unsigned depth = s.length + 1;
    const bool bounds = !leavesDecide(depth) && boundsAt(depth);
    const double none = -std::numeric_limits<double>::infinity();
    for (unsigned t = 0; t < remaining.size(); ++t)
      if (remaining[t]) {
        PrefixBound::State c = bound.append(s, t);
        KeyBound b = bounds ? pruneBounds(c) : KeyBound{none, none};
        children.push_back({b.primary, b.secondary, t, c});
      }
    bool cutAny = false;
    // Insertion sort: a handful of children, stable, no allocation.
    for (unsigned i = 1; i < children.size(); ++i)
      for (unsigned j = i;
           j > 0 && std::tie(children[j].lb, children[j].secondaryLb) <
                        std::tie(children[j - 1].lb, children[j - 1].secondaryLb);
           --j)
        std::swap(children[j], children[j - 1]);
    for (const Child &c : children) {
      --remaining[c.type];
      if (timedOut) {
        cert.unexplored = saturatingAdd(cert.unexplored, below());
        openBound = std::min(openBound, std::max(inherited, c.lb));
      } else {
        ordering[s.length] = space.types[c.type];
        if (bounds && pruned(c.lb, c.secondaryLb, s.length + 1)) {
          cutAny = true;
          cert.bounded = saturatingAdd(cert.bounded, below());
          if (auditRate > 0 && sampled())
            auditPruned(s.length + 1, c.lb);
        } else
          visit(c.state, std::max(inherited, c.lb));
      }
      ++remaining[c.type];
    }
    if (bounds)
      noteBounds(depth, cutAny);
  }

  /// Leave prefixes of this length to the leaves' screen? For latency and
  /// EDP, while the screen runs (boundsAt(n)'s rule), a prefix of length
  /// n - 1 or n has one completion, which the screen bounds with its own
  /// prefix bound and its allocated cuts: the prefix's bound would be
  /// computed again there, and (the bounds need not grow along a path, but
  /// almost always do) cut off no more. Only which leaves are evaluated and
  /// the order of such a node's children can change.
  bool leavesDecide(unsigned depth) const {
    return (objective == Objective::Latency ||
            objective == Objective::EnergyDelay) &&
           depth + 1 >= n && idleNodes[n] < idleLimit;
  }

  /// Bound the prefixes of this length? Where their bounds have cut off
  /// none at the last SearchOptions::exactIdleBounds nodes of the length
  /// (a depth where the bound cannot prune: the space is enumerated
  /// there, and the bounds would cost more than the evaluations), they
  /// are bounded at one node in 16 until they cut one off again. Only
  /// which orderings are evaluated changes, and the order the children of
  /// an unbounded node are visited in (the types' order).
  bool boundsAt(unsigned depth) {
    if (idleNodes[depth] < idleLimit)
      return true;
    return (++unboundedNodes[depth] & 15) == 0;
  }
  void noteBounds(unsigned depth, bool cut) {
    idleNodes[depth] = cut ? 0 : idleNodes[depth] + 1;
  }
  /// Per prefix length, nodes bounded in a row that cut off nothing, and
  /// nodes since the last one bounded.
  std::vector<uint64_t> idleNodes, unboundedNodes;

  TemporalMapping mapping;
  CostResult cost;
  ReusedAllocation allocation;
  const double pruneScale;
  const double auditRate;
  std::mt19937_64 auditRng;
  /// SearchOptions::exactIdleBounds.
  const uint64_t idleLimit;
};

} // namespace

double salsa::exactLatticeSize(const ScheduleProblem &problem) {
  return double(FactorSpace(problem.primeFactors()).size);
}

llvm::Expected<SearchResult>
salsa::searchExact(const ScheduleProblem &problem,
                   const SearchOptions &options) {
  auto start = std::chrono::steady_clock::now();
  SearchResult result;
  result.engineUsed = Engine::Exact;
  result.orderings = problem.orderingCount();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                         start)
        .count();
  };
  FactorSpace space(problem.primeFactors());
  // The energy objective's latency tables come later, for the work items
  // that find a plateau (SearchOptions::exactTieBoundOrderings).
  std::optional<PrefixBound> bound = PrefixBound::build(
      problem, space, options.exactMaxSubsets,
      /*withLatency=*/problem.objective() != Objective::Energy ||
          options.testForceTieBound,
      options.testTermScale);
  if (!bound)
    return llvm::createStringError(llvm::formatv(
        "the exact engine's bound needs a table over {0} sub-multisets of the "
        "prime factors, more than its limit of {1}",
        space.size, options.exactMaxSubsets));

  // Another spatial candidate's best (the cutoff, or its front's points)
  // may already beat every ordering of this one: closed by the bounds of
  // the empty prefix alone, without a warm start.
  {
    BranchAndBound root(problem, space, *bound, start, options);
    root.cutoff = options.objectiveCutoff;
    root.front.extra = options.dominatingPoints;
    if (root.closedAtRoot()) {
      result.certificate = Certificate();
      result.certificate->bounded = problem.orderingCount();
      result.certificate->lowerBound = root.rootBound();
      result.certificate->nodes = 1;
      result.reason = llvm::formatv(
          "closed by its bound: another spatial candidate's best beats every "
          "ordering (the bound of the empty prefix is {0:e} {1})",
          root.rootBound(), objectiveUnit(problem.objective()));
      result.seconds = elapsed();
      return result;
    }
  }

  // The incumbent: the dual engine's large-space branch (LOMA sweep and
  // warm-started annealing), fixed seed, so the search is deterministic.
  // Its full budget (chains x iterations, 8000 evaluations by default) is
  // most of the time on a space the bound closes quickly: a short one
  // first, and the full one only where the largest spaces' work items need
  // more (SearchOptions::exactProbeOrderings; there a better incumbent
  // saves far more than it costs).
  SearchOptions shortWarm = options;
  shortWarm.chains = std::min(options.chains, 2u);
  shortWarm.iterations = std::min(options.iterations, 250u);
  std::optional<Schedule> incumbent;
  uint64_t warmEvaluations = 0;
  auto improve = [&](const Schedule &s) {
    if (!incumbent || isBetter(problem.objective(), s, *incumbent))
      incumbent = s;
  };
  auto warmStart = [&](const SearchOptions &with) {
    SearchResult warm = searchWarmAnnealing(problem, with);
    warmEvaluations += warm.evaluations;
    if (!warm.found)
      return;
    // The proof is over orderings of the prime factors; LOMA's sweep may
    // have won with merged loops (K4), which allocate differently: its
    // ordering expanded to prime factors is the incumbent then.
    Schedule s = warm.best;
    if (warm.best.ordering.size() != problem.primeFactors().size() &&
        !evaluateOrdering(problem, expandToPrimes(warm.best.ordering), s))
      return;
    improve(s);
  };
  warmStart(shortWarm);
  const bool probe =
      toDouble(problem.orderingCount()) > options.exactProbeOrderings;
  auto deadline = start + std::chrono::duration_cast<
                              std::chrono::steady_clock::duration>(
                              std::chrono::duration<double>(
                                  options.exactTimeBudget));

  // Work items: the distinct innermost three loops (enough items to keep
  // every thread busy). Each starts from the same incumbent and keeps its
  // improvements to itself, so what it finds depends on the item alone,
  // whatever thread runs it and whatever runs beside it: the merged result
  // is the same for any thread count.
  std::vector<llvm::SmallVector<unsigned, 3>> items;
  {
    const unsigned depth =
        std::min<size_t>(3, problem.primeFactors().size());
    llvm::SmallVector<unsigned, 3> prefix;
    std::vector<unsigned> left = space.count;
    std::function<void()> expand = [&] {
      if (prefix.size() == depth) {
        items.push_back(prefix);
        return;
      }
      for (unsigned t = 0; t < left.size(); ++t)
        if (left[t]) {
          --left[t];
          prefix.push_back(t);
          expand();
          prefix.pop_back();
          ++left[t];
        }
    };
    expand();
  }
  std::vector<std::unique_ptr<BranchAndBound>> searches(items.size());
  // Work of the runs a later run replaced (counted, not part of the
  // certificate's sum), per item: each is written by one thread.
  std::vector<uint64_t> replacedNodes(items.size(), 0),
      replacedEvaluations(items.size(), 0);
  const unsigned numThreads = std::max<unsigned>(
      1, std::min<size_t>(resolveThreads(options.threads), items.size()));
  // Runs the items `todo` lists with `with` (and, without the latency
  // tables, the plateau limit), each up to `nodeLimit` prefixes.
  auto runItems = [&](const PrefixBound &with, const std::vector<size_t> &todo,
                      uint64_t nodeLimit =
                          std::numeric_limits<uint64_t>::max()) {
    std::atomic<size_t> next{0};
    runOnThreads(numThreads, [&](unsigned) {
      for (size_t k; (k = next.fetch_add(1)) < todo.size();) {
        const size_t i = todo[k];
        auto bb = std::make_unique<BranchAndBound>(problem, space, with,
                                                   deadline, options, i);
        bb->cutoff = options.objectiveCutoff;
        bb->front.extra = options.dominatingPoints;
        if (!with.hasLatency())
          bb->tieLimit = options.exactTieBoundOrderings;
        bb->nodeLimit = nodeLimit;
        if (incumbent)
          bb->offer(*incumbent);
        bb->runFrom(items[i]);
        if (searches[i]) {
          replacedNodes[i] += searches[i]->cert.nodes;
          replacedEvaluations[i] += uint64_t(searches[i]->cert.evaluated);
        }
        searches[i] = std::move(bb);
      }
    });
  };
  std::vector<size_t> all(items.size());
  for (size_t i = 0; i < items.size(); ++i)
    all[i] = i;
  // The items whose last run stopped for `why` (BranchAndBound's flag).
  auto stoppedFor = [&](bool BranchAndBound::*why) {
    std::vector<size_t> out;
    for (size_t i = 0; i < items.size(); ++i)
      if ((*searches[i]).*why)
        out.push_back(i);
    return out;
  };
  runItems(*bound, all,
           probe ? options.exactProbeNodes
                 : std::numeric_limits<uint64_t>::max());
  // Items the short warm start's incumbent left over the probe's limit
  // start again from the full one's. Which items do depends on each item
  // alone: the result is the same for any thread count.
  const std::vector<size_t> overLimit =
      stoppedFor(&BranchAndBound::overNodeLimit);
  if (!overLimit.empty()) {
    // The probe's best is an incumbent too.
    for (const std::unique_ptr<BranchAndBound> &bb : searches)
      if (bb->found)
        improve(bb->best);
    warmStart(options);
    runItems(*bound, overLimit);
  }
  // Items that met a plateau of equal energy start again with the latency
  // bound, whose ordering rule closes it. Which items do depends on each
  // item alone: the result is the same for any thread count.
  const std::vector<size_t> plateaus = stoppedFor(&BranchAndBound::onPlateau);
  std::optional<PrefixBound> withLatency;
  if (!plateaus.empty()) {
    withLatency = PrefixBound::build(problem, space, options.exactMaxSubsets,
                                     /*withLatency=*/true,
                                     options.testTermScale);
    runItems(*withLatency, plateaus);
  }

  // Merge in item order.
  BranchAndBound total(problem, space, *bound, deadline, options);
  total.front.extra = options.dominatingPoints;
  if (incumbent)
    total.offer(*incumbent);
  uint64_t replacedWork = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    const std::unique_ptr<BranchAndBound> &bb = searches[i];
    total.cert.nodes += replacedNodes[i];
    replacedWork += replacedEvaluations[i];
    if (bb->found)
      total.offer(bb->best);
    for (const Schedule &p : bb->front.points())
      total.offer(p);
    Certificate &c = total.cert, &d = bb->cert;
    c.evaluated = saturatingAdd(c.evaluated, d.evaluated);
    c.equivalent = saturatingAdd(c.equivalent, d.equivalent);
    c.bounded = saturatingAdd(c.bounded, d.bounded);
    c.excluded = saturatingAdd(c.excluded, d.excluded);
    c.unexplored = saturatingAdd(c.unexplored, d.unexplored);
    c.nodes += d.nodes;
    c.audited += d.audited;
    total.auditViolations += bb->auditViolations;
    total.timedOut |= bb->timedOut;
    total.openBound = std::min(total.openBound, bb->openBound);
    total.violations += bb->violations;
    total.worstViolation = std::max(total.worstViolation, bb->worstViolation);
    total.mismatches += bb->mismatches;
    total.worstMismatch = std::max(total.worstMismatch, bb->worstMismatch);
  }
  BranchAndBound &bb = total;

  Certificate &cert = bb.cert;
  // Every part explored: an item stopped (a plateau, the probe) and not
  // run again would leave some open.
  const bool proven =
      !bb.timedOut && cert.unexplored == 0 && bb.violations == 0 &&
      bb.mismatches == 0 && bb.auditViolations == 0;
  result.found = bb.found;
  if (bb.found)
    result.best = std::move(bb.best);
  result.front = bb.front.points();
  result.evaluations =
      warmEvaluations + replacedWork + uint64_t(cert.evaluated);
  result.enumerated = cert.evaluated;
  result.provenOptimal = proven && bb.found;
  cert.lowerBound =
      proven ? (bb.found ? bb.bestKey.primary
                         : std::numeric_limits<double>::infinity())
             : std::min(bb.openBound, bb.found ? bb.bestKey.primary
                                               : bb.openBound);
  if (bb.auditViolations)
    result.reason = llvm::formatv(
        "NOT PROVEN: the audit found {0} of {1} sampled orderings whose cost "
        "model figures contradict the bound or the tabulated terms; please "
        "report this layer",
        bb.auditViolations, cert.audited);
  else if (bb.mismatches)
    result.reason = llvm::formatv(
        "NOT PROVEN: the tabulated energy of {0} evaluated orderings differs "
        "from the cost model's (by up to {1:e2}): the decomposition the bound "
        "rests on does not hold for this layer; please report it",
        bb.mismatches, bb.worstMismatch);
  else if (bb.violations)
    result.reason = llvm::formatv(
        "NOT PROVEN: the {0} bound exceeded the {0} of {1} evaluated "
        "orderings (by up to {2:e2}); please report this layer",
        objectiveName(problem.objective()), bb.violations,
        bb.worstViolation);
  else if (bb.timedOut)
    result.reason = llvm::formatv(
        "time budget of {0} s ran out with {1} orderings unexplored; best is "
        "within {2:p} of the lower bound {3:e}",
        options.exactTimeBudget, toString(cert.unexplored),
        bb.found ? 1 - cert.lowerBound / bb.bestKey.primary : 1.0,
        cert.lowerBound);
  else
    result.reason = llvm::formatv(
        "proven: {0} orderings evaluated, {1} equivalent, {2} bounded, {3} "
        "excluded by constraints; {4} prefixes",
        toString(cert.evaluated), toString(cert.equivalent),
        toString(cert.bounded), toString(cert.excluded), cert.nodes);
  result.certificate = cert;
  result.seconds = elapsed();
  return result;
}
