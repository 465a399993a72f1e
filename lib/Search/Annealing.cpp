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

#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>
#include <unordered_map>

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

/// Orderings as byte strings, for the cache.
std::string keyOf(llvm::ArrayRef<Loop> ordering) {
  std::string k;
  k.reserve(ordering.size() * 5);
  for (const Loop &l : ordering) {
    uint32_t size = uint32_t(l.size);
    k.push_back(char(l.dim));
    for (int shift = 0; shift < 32; shift += 8)
      k.push_back(char((size >> shift) & 0xff));
  }
  return k;
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
    std::vector<Loop> next;
    for (unsigned it = 0; it < options.iterations && n >= 2; ++it) {
      double temperature =
          options.startTemperature * std::pow(options.temperatureDecay, it);
      unsigned i = rng.below(n), j = rng.below(n);
      next = current;
      propose(next, i, j);
      double x = rng.unit();
      if (next == current)
        continue; // ZigZag evaluates the identical state and accepts it.
      ObjectiveKey nextKey;
      if (!problem.satisfiesConstraints(next) || !evaluate(next, nextKey))
        continue;
      double p = std::exp((currentKey.primary / nextKey.primary - 1) /
                          temperature);
      if (x < p) {
        current.swap(next);
        currentKey = nextKey;
        if (isBetter(currentKey, current, result.key, result.ordering)) {
          result.key = currentKey;
          result.ordering = current;
        }
      }
    }
    result.evaluations = evaluations;
    return result;
  }

private:
  void propose(std::vector<Loop> &o, unsigned i, unsigned j) {
    unsigned kind = options.moves == MoveSet::Swap ? 0 : rng.below(3);
    if (kind == 0) {
      std::swap(o[i], o[j]);
    } else if (kind == 1) {
      Loop moved = o[i];
      o.erase(o.begin() + i);
      o.insert(o.begin() + j, moved);
    } else {
      std::reverse(o.begin() + std::min(i, j), o.begin() + std::max(i, j) + 1);
    }
  }

  bool evaluate(llvm::ArrayRef<Loop> ordering, ObjectiveKey &key) {
    std::string k = keyOf(ordering);
    auto it = cache.find(k);
    if (it != cache.end()) {
      key = it->second.second;
      return it->second.first;
    }
    bool ok = problem.allocator().run(ordering, mapping) &&
              problem.costModel().evaluate(mapping, cost);
    ++evaluations;
    if (ok)
      key = ObjectiveKey::of(problem.objective(), cost);
    cache.emplace(std::move(k), std::make_pair(ok, key));
    return ok;
  }

  const ScheduleProblem &problem;
  const SearchOptions &options;
  Rng rng;
  TemporalMapping mapping;
  CostResult cost;
  uint64_t evaluations = 0;
  std::unordered_map<std::string, std::pair<bool, ObjectiveKey>> cache;
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
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < numThreads; ++t)
    pool.emplace_back(worker);
  worker();
  for (std::thread &th : pool)
    th.join();

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
