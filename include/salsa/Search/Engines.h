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
//  - exact: branch and bound over ordering prefixes with an admissible
//    energy bound (ExactBound.h); the proven minimum-energy ordering
//    without enumerating the space, with a certificate of coverage;
//  - salsa (the dual engine): by predicted time, exhaustive for small
//    spaces, exact for larger ones (energy objective), otherwise a LOMA
//    sweep warm-starting the annealing chains.
// Results never depend on the thread count: chains have their own seeds and
// ties are broken by a total order (ObjectiveKey, then the ordering).
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_SEARCH_ENGINES_H
#define SALSA_SEARCH_ENGINES_H

#include "salsa/Search/Problem.h"

#include <functional>

namespace salsa {

enum class Engine : uint8_t { Salsa, Exhaustive, Annealing, Loma, Exact };
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
  /// Exact engine: give up (returning the best found and the gap to the
  /// proven lower bound) after this many seconds.
  double exactTimeBudget = 10;
  /// Exact engine: largest lattice of prime-factor sub-multisets it
  /// tabulates its bound over (memory grows with it).
  uint64_t exactMaxSubsets = 1 << 19;
};

/// How the exact engine covered the ordering space; the five counts add up
/// to the problem's number of orderings.
struct Certificate {
  /// Orderings evaluated one by one.
  OrderingCount evaluated = 0;
  /// Orderings with the same allocation and energy as an evaluated one: the
  /// prefix fixes every cut and every stationarity run, so the order of the
  /// remaining loops changes nothing the energy depends on.
  OrderingCount equivalent = 0;
  /// Orderings whose prefix's lower bound exceeds the best energy found.
  OrderingCount bounded = 0;
  /// Orderings that break the problem's order constraints (never feasible).
  OrderingCount excluded = 0;
  /// Orderings left when the time budget ran out (0 when proven).
  OrderingCount unexplored = 0;
  /// Proven lower bound on the optimum: the best energy when proven,
  /// otherwise the least bound over the unexplored prefixes.
  double lowerBound = 0;
  /// Prefixes (search-tree nodes) visited.
  uint64_t nodes = 0;
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
  /// The exact engine's account of the space (engine exact only).
  std::optional<Certificate> certificate;
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
/// A LOMA sweep over merged factors warm-starting half of the annealing
/// chains; the better of the two (the dual engine's large-space branch).
SearchResult searchWarmAnnealing(const ScheduleProblem &problem,
                                 const SearchOptions &options);
SearchResult searchExact(const ScheduleProblem &problem,
                         const SearchOptions &options);
/// Sub-multisets of the problem's prime factors: the size of the exact
/// engine's bound tables (per operand).
double exactLatticeSize(const ScheduleProblem &problem);
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
