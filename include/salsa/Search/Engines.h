//===- Engines.h - Temporal mapping search engines --------------*- C++ -*-===//
//
// Free functions over a ScheduleProblem:
//  - exhaustive: every distinct ordering of the loop prime factors, split
//    across threads; the proven optimum of the allocator + cost model;
//  - loma: ZigZag's LOMA baseline, exhaustive after merging factors down to
//    an LPF limit;
//  - annealing: ZigZag's SALSA simulated annealing (random start, swap two
//    positions, ratio Metropolis rule, T_k = T0 * 0.995^k), run as several
//    independently seeded chains;
//  - salsa (the dual engine): exhaustive when its predicted time is within
//    budget, otherwise a LOMA sweep warm-starting the annealing chains.
// Results never depend on the thread count: chains have their own seeds and
// ties are broken by a total order (ObjectiveKey, then the ordering).
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_SEARCH_ENGINES_H
#define SALSA_SEARCH_ENGINES_H

#include "salsa/Search/Problem.h"

#include <functional>

namespace salsa {

enum class Engine : uint8_t { Salsa, Exhaustive, Annealing, Loma };
llvm::StringRef engineName(Engine e);
std::optional<Engine> parseEngine(llvm::StringRef name);

/// How annealing proposes a neighbour.
enum class MoveSet : uint8_t {
  /// ZigZag's: swap two uniformly drawn positions.
  Swap,
  /// Swap two positions, or move one loop to another position, or reverse
  /// a segment (equal chances); finds lower energies at the same budget.
  Mixed,
};
llvm::StringRef moveSetName(MoveSet m);
std::optional<MoveSet> parseMoveSet(llvm::StringRef name);

struct SearchOptions {
  Engine engine = Engine::Salsa;
  uint64_t seed = 0;
  /// 0 means one thread per core.
  unsigned threads = 0;
  // Annealing (ZigZag SALSA defaults).
  unsigned iterations = 1000;
  double startTemperature = 0.05;
  double temperatureDecay = 0.995;
  unsigned chains = 8;
  MoveSet moves = MoveSet::Mixed;
  // LOMA: merge prime factors down to this many (0: no limit).
  unsigned lpfLimit = 6;
  /// The dual engine enumerates when there are at most this many orderings
  /// (or no more than the annealing run would evaluate).
  double exhaustiveLimit = 2e6;
};

struct SearchResult {
  bool found = false;
  Schedule best;
  Engine engineUsed = Engine::Exhaustive;
  /// Orderings of the full prime-factor multiset (the problem's size).
  OrderingCount orderings = 0;
  /// Orderings the engine enumerated (the merged space for LOMA).
  OrderingCount enumerated = 0;
  uint64_t evaluations = 0;
  double seconds = 0;
  /// The result is the optimum of the full space (exhaustive over all
  /// prime factors).
  bool provenOptimal = false;
  /// Why the dual engine chose its engine (for remarks and reports), or why
  /// the search was refused.
  std::string reason;
  /// Not searched: the space is beyond kMaxEnumeratedOrderings for an
  /// enumerating engine (found is false; reason says why).
  bool refused = false;
};

/// Exhaustive and LOMA enumerate at most this many orderings (minutes of
/// work); beyond it they refuse rather than run for hours.
constexpr double kMaxEnumeratedOrderings = 1e9;

SearchResult searchExhaustive(const ScheduleProblem &problem,
                              const SearchOptions &options);
SearchResult searchLoma(const ScheduleProblem &problem,
                        const SearchOptions &options);
SearchResult searchAnnealing(const ScheduleProblem &problem,
                             const SearchOptions &options,
                             llvm::ArrayRef<std::vector<Loop>> warmStarts = {});
SearchResult searchDual(const ScheduleProblem &problem,
                        const SearchOptions &options);
/// Dispatches on options.engine.
SearchResult search(const ScheduleProblem &problem,
                    const SearchOptions &options);

/// Exhaustive search over the distinct orderings of `multiset` (the
/// problem's prime factors, or merged ones).
SearchResult enumerateOrderings(const ScheduleProblem &problem,
                                const std::vector<Loop> &multiset,
                                const SearchOptions &options);

/// Measured seconds per evaluation (allocation + cost model) on this
/// problem, from a few random orderings.
double measureEvaluationSeconds(const ScheduleProblem &problem,
                                unsigned samples = 64);

/// Threads to use for `requested` (0 = hardware concurrency).
unsigned resolveThreads(unsigned requested);

} // namespace salsa

#endif // SALSA_SEARCH_ENGINES_H
