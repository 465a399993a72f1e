//===- Annealing.cpp - SALSA simulated annealing --------------------------===//
//
// ZigZag's SALSA engine: start from a random ordering, propose a neighbour,
// accept it with probability exp((E_cur / E_next - 1) / T), T_k = T0 *
// decay^k, keep the best state seen. Differences from ZigZag, all in the
// direction of robustness: every chain has its own seeded generator (ZigZag
// cannot be reproduced from a seed), orderings that do not fit the memories
// are rejected moves (ZigZag crashes), revisited orderings come from a
// cache, and several chains run in parallel.
//
//===----------------------------------------------------------------------===//

#include "salsa/Search/Engines.h"

#include "SearchSupport.h"

#include <atomic>
#include <chrono>
#include <cmath>
#include "llvm/ADT/DenseMap.h"

using namespace salsa;

namespace {
/// splitmix64: seeds the chain generators from (seed, chain).
uint64_t splitmix64(uint64_t &x) {
  uint64_t z = (x += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

/// xoshiro256**: small, fast, and identical on every platform.
class Rng {
public:
  Rng(uint64_t seed, uint64_t stream) {
    uint64_t x = seed ^ (stream * 0xD1B54A32D192ED03ull);
    for (uint64_t &w : s)
      w = splitmix64(x);
  }
  uint64_t next() {
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
  }
  /// Uniform in [0, n).
  unsigned below(unsigned n) { return unsigned((next() >> 11) % n); }
  /// Uniform in [0, 1).
  double unit() { return double(next() >> 11) * 0x1.0p-53; }

private:
  static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t s[4];
};

/// FNV-1a over the ordering, for the cache.
uint64_t hashOf(llvm::ArrayRef<Loop> ordering) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (const Loop &l : ordering) {
    uint64_t v = (uint64_t(l.dim) << 32) ^ uint64_t(l.size);
    for (int shift = 0; shift < 64; shift += 8) {
      h ^= (v >> shift) & 0xff;
      h *= 0x100000001b3ull;
    }
  }
  return h;
}

/// A random ordering of `loops` that respects the problem's constraints:
/// repeatedly place a random loop whose dimension has no unplaced
/// dimension that must be inside it.
std::vector<Loop> randomOrdering(const ScheduleProblem &problem, Rng &rng) {
  std::vector<Loop> pool = problem.primeFactors();
  std::vector<Loop> out;
  while (!pool.empty()) {
    std::vector<unsigned> ready;
    for (unsigned k = 0; k < pool.size(); ++k) {
      bool blocked = false;
      for (const OrderConstraint &c : problem.constraints())
        if (c.outer == pool[k].dim)
          for (const Loop &other : pool)
            blocked |= other.dim == c.inner;
      if (!blocked)
        ready.push_back(k);
    }
    unsigned pick = ready[rng.below(ready.size())];
    out.push_back(pool[pick]);
    pool.erase(pool.begin() + pick);
  }
  return out;
}

struct ChainResult {
  bool found = false;
  ObjectiveKey key;
  std::vector<Loop> ordering;
  uint64_t evaluations = 0;
};

class Chain {
public:
  Chain(const ScheduleProblem &problem, const SearchOptions &options,
        unsigned index)
      : problem(problem), options(options), rng(options.seed, index) {}

  ChainResult run(const std::vector<Loop> *warmStart) {
    ChainResult result;
    std::vector<Loop> current;
    ObjectiveKey currentKey;
    bool ok = false;
    if (warmStart) {
      current = *warmStart;
      ok = evaluate(current, currentKey);
    }
    for (unsigned attempt = 0; !ok && attempt < 100; ++attempt) {
      current = randomOrdering(problem, rng);
      ok = evaluate(current, currentKey);
    }
    if (!ok) {
      result.evaluations = evaluations;
      return result;
    }
    result.found = true;
    result.key = currentKey;
    result.ordering = current;

    const unsigned n = current.size();
    const uint64_t currentHash = hashOf(current);
    uint64_t hash = currentHash;
    double temperature = options.startTemperature;
    for (unsigned it = 0; it < options.iterations && n >= 2;
         ++it, temperature *= options.temperatureDecay) {
      unsigned i = rng.below(n), j = rng.below(n);
      // Moves are applied in place and undone when rejected.
      Move move = propose(current, i, j);
      double x = rng.unit();
      uint64_t nextHash = hashOf(current);
      ObjectiveKey nextKey;
      bool accepted = false;
      if (nextHash == hash) {
        accepted = true; // the same state (ZigZag accepts it)
      } else if (problem.satisfiesConstraints(current) &&
                 evaluate(current, nextHash, nextKey, result.key.primary)) {
        double p = std::exp((currentKey.primary / nextKey.primary - 1) /
                            temperature);
        accepted = x < p;
        if (accepted) {
          currentKey = nextKey;
          hash = nextHash;
          if (isBetter(currentKey, current, result.key, result.ordering)) {
            result.key = currentKey;
            result.ordering = current;
          }
        }
      }
      if (!accepted)
        undo(current, move);
    }
    (void)currentHash;
    result.evaluations = evaluations;
    return result;
  }

private:
  struct Move {
    unsigned kind, i, j;
  };
  Move propose(std::vector<Loop> &o, unsigned i, unsigned j) {
    unsigned kind = options.moves == MoveSet::Swap ? 0 : rng.below(3);
    apply(o, {kind, i, j});
    return {kind, i, j};
  }
  static void apply(std::vector<Loop> &o, Move m) {
    if (m.kind == 0)
      std::swap(o[m.i], o[m.j]);
    else if (m.kind == 1)
      rotateTo(o, m.i, m.j);
    else
      std::reverse(o.begin() + std::min(m.i, m.j),
                   o.begin() + std::max(m.i, m.j) + 1);
  }
  static void undo(std::vector<Loop> &o, Move m) {
    if (m.kind == 1)
      rotateTo(o, m.j, m.i);
    else
      apply(o, m); // swaps and reversals are their own inverse
  }
  /// Moves the loop at `from` to position `to`.
  static void rotateTo(std::vector<Loop> &o, unsigned from, unsigned to) {
    if (from < to)
      std::rotate(o.begin() + from, o.begin() + from + 1, o.begin() + to + 1);
    else if (to < from)
      std::rotate(o.begin() + to, o.begin() + from, o.begin() + from + 1);
  }

  /// The objective key of `ordering`. For the energy objective the
  /// latency (the tie-break) is only computed when the energy could matter:
  /// at most `bestPrimary`.
  bool evaluate(llvm::ArrayRef<Loop> ordering, ObjectiveKey &key,
                double bestPrimary = INFINITY) {
    return evaluate(ordering, hashOf(ordering), key, bestPrimary);
  }
  bool evaluate(llvm::ArrayRef<Loop> ordering, uint64_t h, ObjectiveKey &key,
                double bestPrimary) {
    auto it = cache.find(h);
    if (it != cache.end() &&
        (it->second.complete || it->second.key.primary > bestPrimary)) {
      key = it->second.key;
      return it->second.valid;
    }
    Entry e;
    e.valid = problem.allocator().run(ordering, mapping);
    if (e.valid && problem.objective() == Objective::Energy) {
      e.valid = problem.costModel().evaluate(mapping, cost, nullptr,
                                             CostModel::Parts::Energy);
      e.key = {cost.energyTotal, INFINITY};
      e.complete = !(cost.energyTotal <= bestPrimary);
    }
    if (e.valid && !e.complete) {
      e.valid = problem.costModel().evaluate(mapping, cost);
      e.key = ObjectiveKey::of(problem.objective(), cost);
      e.complete = true;
    }
    ++evaluations;
    key = e.key;
    cache[h] = e;
    return e.valid;
  }

  const ScheduleProblem &problem;
  const SearchOptions &options;
  Rng rng;
  TemporalMapping mapping;
  CostResult cost;
  uint64_t evaluations = 0;
  /// Keyed by a 64-bit hash of the ordering: a collision (odds ~1e-12 for
  /// a chain's 1e4 states) could only steer the walk, never the reported
  /// schedule, which is evaluated afresh at the end.
  struct Entry {
    bool valid = false;
    /// False while only the energy is known (it could not beat the best).
    bool complete = false;
    ObjectiveKey key;
  };
  llvm::DenseMap<uint64_t, Entry> cache;
};
} // namespace

SearchResult
salsa::searchAnnealing(const ScheduleProblem &problem,
                       const SearchOptions &options,
                       llvm::ArrayRef<std::vector<Loop>> warmStarts) {
  auto start = std::chrono::steady_clock::now();
  SearchResult result;
  result.engineUsed = Engine::Annealing;
  result.orderings = problem.orderingCount();
  const unsigned numChains = std::max(1u, options.chains);
  std::vector<ChainResult> chains(numChains);
  std::atomic<unsigned> nextChain{0};
  auto worker = [&]() {
    for (unsigned c; (c = nextChain.fetch_add(1)) < numChains;) {
      Chain chain(problem, options, c);
      chains[c] = chain.run(c < warmStarts.size() ? &warmStarts[c] : nullptr);
    }
  };
  const unsigned numThreads =
      std::min(resolveThreads(options.threads), numChains);
  runOnThreads(numThreads, [&](unsigned) { worker(); });

  const ChainResult *best = nullptr;
  for (const ChainResult &c : chains) {
    result.evaluations += c.evaluations;
    if (c.found &&
        (!best || isBetter(c.key, c.ordering, best->key, best->ordering)))
      best = &c;
  }
  if (best)
    result.found = evaluateOrdering(problem, best->ordering, result.best);
  result.enumerated = result.evaluations;
  result.seconds = std::chrono::duration<double>(
                       std::chrono::steady_clock::now() - start)
                       .count();
  return result;
}

SearchResult salsa::searchWarmAnnealing(const ScheduleProblem &problem,
                                        const SearchOptions &options) {
  const unsigned chains = std::max(1u, options.chains);
  // LOMA over merged factors is small (lpf-limit! orderings); if even that
  // is refused (lpf-limit 0 on a huge space) the chains start cold.
  llvm::Expected<SearchResult> loma = searchLoma(problem, options);
  if (!loma) {
    llvm::consumeError(loma.takeError());
    return searchAnnealing(problem, options);
  }
  std::vector<std::vector<Loop>> warm;
  if (loma->found)
    for (unsigned c = 0; c < chains / 2 + 1; ++c)
      warm.push_back(expandToPrimes(loma->best.ordering));
  SearchResult result = searchAnnealing(problem, options, warm);
  result.evaluations += loma->evaluations;
  if (loma->found &&
      (!result.found ||
       isBetter(problem.objective(), loma->best, result.best))) {
    result.best = std::move(loma->best);
    result.found = true;
  }
  return result;
}
