//===- Exhaustive.cpp - Every distinct ordering, across threads -----------===//

#include "salsa/Search/Engines.h"
#include "salsa/Search/Permutations.h"

#include <atomic>
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
/// The best schedule seen by one worker.
struct Best {
  bool found = false;
  ObjectiveKey key;
  Schedule schedule;
  uint64_t evaluations = 0;

  void offer(const ObjectiveKey &k, llvm::ArrayRef<Loop> ordering,
             const TemporalMapping &mapping, const CostResult &cost) {
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
    if (other.found)
      offer(other.key, other.schedule.ordering, other.schedule.mapping,
            other.schedule.cost);
  }
};
} // namespace

SearchResult salsa::enumerateOrderings(const ScheduleProblem &problem,
                                       const std::vector<Loop> &multiset,
                                       const SearchOptions &options) {
  auto start = std::chrono::steady_clock::now();
  SearchResult result;
  result.engineUsed = Engine::Exhaustive;
  result.orderings = problem.orderingCount();
  result.enumerated = countOrderings(multiset);

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
    TemporalMapping mapping;
    CostResult cost;
    Loop ordering[kMaxTemporalLoops];
    unsigned perm[kMaxTemporalLoops];
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
          ordering[prefix.size() + k] = distinct[perm[k]];
        llvm::ArrayRef<Loop> order(ordering, n);
        if (!problem.satisfiesConstraints(order) ||
            !problem.allocator().run(order, mapping))
          continue;
        ++best.evaluations;
        // Energy first: a candidate that already loses on energy needs no
        // latency.
        if (objective == Objective::Energy) {
          if (!problem.costModel().evaluate(mapping, cost, nullptr,
                                            CostModel::Parts::Energy))
            continue;
          if (best.found && cost.energyTotal > best.key.primary)
            continue;
        }
        if (!problem.costModel().evaluate(mapping, cost))
          continue;
        best.offer(ObjectiveKey::of(objective, cost), order, mapping, cost);
      } while (perms.next());
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < numThreads; ++t)
    pool.emplace_back(worker, t);
  worker(0);
  for (std::thread &th : pool)
    th.join();

  Best total;
  for (const Best &b : bests)
    total.merge(b);
  result.found = total.found;
  result.best = std::move(total.schedule);
  result.evaluations = total.evaluations;
  result.provenOptimal =
      total.found && countOrderings(multiset) == problem.orderingCount() &&
      multiset.size() == problem.primeFactors().size();
  result.seconds = std::chrono::duration<double>(
                       std::chrono::steady_clock::now() - start)
                       .count();
  return result;
}

SearchResult salsa::searchExhaustive(const ScheduleProblem &problem,
                                     const SearchOptions &options) {
  SearchResult r = enumerateOrderings(problem, problem.primeFactors(), options);
  r.engineUsed = Engine::Exhaustive;
  return r;
}

SearchResult salsa::searchLoma(const ScheduleProblem &problem,
                               const SearchOptions &options) {
  std::vector<Loop> merged =
      options.lpfLimit ? limitPrimeFactors(problem.primeFactors(),
                                           options.lpfLimit)
                       : problem.primeFactors();
  SearchResult r = enumerateOrderings(problem, merged, options);
  r.engineUsed = Engine::Loma;
  return r;
}
