//===- Exhaustive.cpp - Every distinct ordering, across threads -----------===//

#include "salsa/Search/Engines.h"
#include "salsa/Search/Permutations.h"

#include "SearchSupport.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/FormatVariadic.h"

#include <atomic>
#include <cstring>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>

using namespace salsa;

unsigned salsa::resolveThreads(unsigned requested) {
  if (requested)
    return requested;
  unsigned hw = std::thread::hardware_concurrency();
  return hw ? hw : 1;
}

namespace {
uint64_t mix64(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

/// What the energy of a mapping depends on: per operand, the multiset of
/// loops in each memory level after the stationary merge-down, and how long
/// the innermost data stays at the MACs. (Order inside a level only enters
/// latency, which is computed for candidates that tie or win on energy.)
/// Hashed twice, 128 bits, order-independent within a level.
struct EnergyKey {
  uint64_t a = 0, b = 0;
  bool operator==(const EnergyKey &o) const { return a == o.a && b == o.b; }
};
struct EnergyKeyInfo {
  static EnergyKey getEmptyKey() { return {~0ull, 0}; }
  static EnergyKey getTombstoneKey() { return {~0ull - 1, 0}; }
  static unsigned getHashValue(const EnergyKey &k) { return unsigned(k.a); }
  static bool isEqual(const EnergyKey &x, const EnergyKey &y) { return x == y; }
};

EnergyKey energyKey(const Layer &layer, const TemporalMapping &allocated) {
  TemporalMapping tm = allocated;
  double mac[kMaxOperands];
  mergeDownStationary(layer, tm, mac);
  EnergyKey key;
  for (unsigned op = 0; op < tm.numOperands; ++op) {
    for (unsigned lv = 0; lv < tm.numLevels[op]; ++lv) {
      uint64_t ha = 0, hb = 0;
      for (const Loop &l : tm.level(op, lv)) {
        uint64_t v = (uint64_t(l.dim) << 40) ^ uint64_t(l.size);
        ha += mix64(v + 0x9E3779B97F4A7C15ull);
        hb += mix64(v ^ 0xD1B54A32D192ED03ull);
      }
      uint64_t tag = (uint64_t(op) << 8) | lv;
      key.a = mix64(key.a ^ ha ^ (tag * 0x9E3779B97F4A7C15ull));
      key.b = mix64(key.b + hb + tag);
    }
    uint64_t bits;
    std::memcpy(&bits, &mac[op], sizeof bits);
    key.a = mix64(key.a ^ bits);
    key.b = mix64(key.b + bits * 31);
  }
  return key;
}

/// The best schedule seen by one worker.
struct Best {
  bool found = false;
  ObjectiveKey key;
  Schedule schedule;
  uint64_t evaluations = 0;
  /// Objective pareto: every evaluated schedule is offered.
  bool keepFront = false;
  ParetoFront front;

  void offer(const ObjectiveKey &k, llvm::ArrayRef<Loop> ordering,
             const TemporalMapping &mapping, const CostResult &cost) {
    if (keepFront && !front.dominates(cost.energyTotal, cost.latencyTotal2))
      front.offer(Schedule{{ordering.begin(), ordering.end()}, mapping, cost});
    if (found && !isBetter(k, ordering, key, schedule.ordering))
      return;
    found = true;
    key = k;
    schedule.ordering.assign(ordering.begin(), ordering.end());
    schedule.mapping = mapping;
    schedule.cost = cost;
  }
  void merge(const Best &other) {
    evaluations += other.evaluations;
    for (const Schedule &p : other.front.points())
      front.offer(p);
    if (other.found)
      offer(other.key, other.schedule.ordering, other.schedule.mapping,
            other.schedule.cost);
  }
};
} // namespace

llvm::Expected<SearchResult>
salsa::enumerateOrderings(const ScheduleProblem &problem,
                          const std::vector<Loop> &multiset,
                          const SearchOptions &options) {
  auto start = std::chrono::steady_clock::now();
  SearchResult result;
  result.engineUsed = Engine::Exhaustive;
  result.orderings = problem.orderingCount();
  result.enumerated = countOrderings(multiset);
  // Enumeration must end in bounded time whatever engine was asked for.
  if (toDouble(result.enumerated) > kMaxEnumeratedOrderings)
    return llvm::createStringError(llvm::formatv(
        "enumerating {0} orderings exceeds the limit of {1:e0}; use the dual "
        "engine or annealing",
        toString(result.enumerated), kMaxEnumeratedOrderings));

  // Distinct loops get value ids; permutations run over the ids.
  std::vector<Loop> distinct;
  for (const Loop &l : multiset)
    if (!llvm::is_contained(distinct, l))
      distinct.push_back(l);
  llvm::sort(distinct, [](const Loop &a, const Loop &b) {
    return std::tie(a.dim, a.size) < std::tie(b.dim, b.size);
  });
  std::vector<unsigned> ids;
  for (const Loop &l : multiset)
    ids.push_back(llvm::find(distinct, l) - distinct.begin());
  const unsigned n = ids.size();

  // Work items: every distinct choice of the innermost two loops.
  std::vector<std::vector<unsigned>> prefixes;
  const unsigned depth = n >= 3 ? 2 : 0;
  {
    std::map<unsigned, unsigned> counts;
    for (unsigned id : ids)
      ++counts[id];
    if (depth == 0) {
      prefixes.push_back({});
    } else {
      for (auto &[a, ca] : counts)
        for (auto &[b, cb] : counts)
          if (a != b || ca >= 2)
            prefixes.push_back({a, b});
    }
  }

  const Objective objective = problem.objective();
  const unsigned numThreads =
      std::min<unsigned>(resolveThreads(options.threads), prefixes.size());
  std::atomic<size_t> nextItem{0};
  std::vector<Best> bests(numThreads);
  auto worker = [&](unsigned t) {
    Best &best = bests[t];
    best.keepFront = objective == Objective::Pareto;
    TemporalMapping mapping;
    CostResult cost;
    Loop ordering[kMaxTemporalLoops];
    unsigned perm[kMaxTemporalLoops];
    // The permutation's head is the outermost loop, so consecutive
    // orderings (prefix shifts of the list) keep their inner loops, and
    // with them the allocator's decisions: reuse them while the ordering
    // agrees with the last allocated one below that allocation's horizon.
    ReusedAllocation allocation;
    // Energies by what they depend on (EnergyKey).
    llvm::DenseMap<EnergyKey, double, EnergyKeyInfo> energies;
    for (size_t item; (item = nextItem.fetch_add(1)) < prefixes.size();) {
      const std::vector<unsigned> &prefix = prefixes[item];
      std::vector<unsigned> rest = ids;
      for (unsigned p : prefix)
        rest.erase(llvm::find(rest, p));
      for (unsigned k = 0; k < prefix.size(); ++k)
        ordering[k] = distinct[prefix[k]];
      MultisetPermutations perms(rest);
      do {
        perms.current(perm);
        for (unsigned k = 0; k < rest.size(); ++k)
          ordering[n - 1 - k] = distinct[perm[k]];
        llvm::ArrayRef<Loop> order(ordering, n);
        if (!problem.satisfiesConstraints(order))
          continue;
        if (!allocation.allocate(problem, order, mapping))
          continue;
        ++best.evaluations;
        // Energy first: a candidate that already loses on energy needs no
        // latency.
        if (objective == Objective::Energy) {
          EnergyKey key = energyKey(problem.layer(), mapping);
          auto it = energies.find(key);
          double energy;
          if (it != energies.end()) {
            energy = it->second;
          } else {
            if (!problem.costModel().evaluate(mapping, cost, nullptr,
                                              CostModel::Parts::Energy))
              continue;
            energy = cost.energyTotal;
            if (energies.size() > (1u << 22))
              energies.clear();
            energies[key] = energy;
          }
          // The memo holds the energy of another ordering with the same
          // key (sums taken in another order can differ in the last bit):
          // only what surely loses is skipped, ties get a full evaluation
          // (the latency tie-break).
          if (best.found && compareBound(energy, best.key.primary) > 0)
            continue;
        }
        if (!problem.costModel().evaluate(mapping, cost))
          continue;
        best.offer(ObjectiveKey::of(objective, cost), order, mapping, cost);
      } while (perms.next());
    }
  };
  runOnThreads(numThreads, worker);

  Best total;
  for (const Best &b : bests)
    total.merge(b);
  result.found = total.found;
  result.best = std::move(total.schedule);
  result.front = total.front.points();
  result.evaluations = total.evaluations;
  result.provenOptimal =
      total.found && countOrderings(multiset) == problem.orderingCount() &&
      multiset.size() == problem.primeFactors().size();
  result.seconds = std::chrono::duration<double>(
                       std::chrono::steady_clock::now() - start)
                       .count();
  return result;
}

llvm::Expected<SearchResult>
salsa::searchExhaustive(const ScheduleProblem &problem,
                        const SearchOptions &options) {
  return enumerateOrderings(problem, problem.primeFactors(), options);
}

llvm::Expected<SearchResult> salsa::searchLoma(const ScheduleProblem &problem,
                                               const SearchOptions &options) {
  // LOMA's merged loops cover part of the space: its front would not be
  // the layer's.
  if (llvm::Error err = refusePareto(problem, "loma"))
    return std::move(err);
  std::vector<Loop> merged =
      options.lpfLimit ? limitPrimeFactors(problem.primeFactors(),
                                           options.lpfLimit)
                       : problem.primeFactors();
  llvm::Expected<SearchResult> r = enumerateOrderings(problem, merged, options);
  if (r)
    r->engineUsed = Engine::Loma;
  return r;
}
