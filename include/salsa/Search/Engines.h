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
//  - exact: branch and bound over ordering prefixes with admissible
//    energy and latency bounds (ExactBound.h); the proven optimum (energy,
//    latency or EDP) without enumerating the space, with a certificate of
//    coverage;
//  - dual (SALSA's dual engine, DualPolicy.cpp): by predicted evaluations,
//    exhaustive for small spaces, exact for larger ones, annealing (warmed
//    by a LOMA sweep) where the exact engine's tables would be too large.
// Results never depend on the thread count: chains have their own seeds and
// ties are broken by a total order (ObjectiveKey, then the ordering).
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_SEARCH_ENGINES_H
#define SALSA_SEARCH_ENGINES_H

#include "salsa/Model/NamedEnum.h"
#include "salsa/Search/OptionExpansion.h"
#include "salsa/Search/Problem.h"

#include <functional>
#include <limits>

namespace salsa {

enum class Engine : uint8_t { Dual, Exhaustive, Annealing, Loma, Exact };

/// How annealing proposes a neighbour.
enum class MoveSet : uint8_t {
  /// ZigZag's: swap two uniformly drawn positions.
  Swap,
  /// Swap two positions, or move one loop to another position, or reverse
  /// a segment (equal chances); finds lower energies at the same budget.
  Mixed,
};
llvm::ArrayRef<EnumName<MoveSet>> moveSetNames();

/// What the engines read; the option rows of SchedulerOptions.def in group
/// Search, plus tuning constants no front end exposes.
struct SearchOptions {
#define SALSA_OPTION(G, TYPE, FIELD, FLAG, DEFAULT, HELP)                     \
  SALSA_ONLY_Search(G)(TYPE FIELD = DEFAULT;)
#include "salsa/Search/SchedulerOptions.def"
  // ZigZag SALSA's annealing schedule.
  double startTemperature = 0.05;
  double temperatureDecay = 0.995;
  /// Exact engine: largest lattice of prime-factor sub-multisets it
  /// tabulates its bound over (memory grows with it).
  uint64_t exactMaxSubsets = 1 << 19;
  /// Exact engine, energy objective: a work item that evaluates more than
  /// this many orderings tying the best's energy (a plateau: memory-bound
  /// layers have millions) is run again with the latency tables, whose
  /// bound with the ordering rule closes the plateau (the latency, then the
  /// ordering, break the tie); the tables cost more than they save
  /// elsewhere. The schedule is the same either way.
  double exactTieBoundOrderings = 2000;
  /// Exact engine warm start: a short annealing (2 chains of 250
  /// iterations) first. On spaces above exactProbeOrderings a work item
  /// that its incumbent leaves more than exactProbeNodes prefixes to visit
  /// stops, and the items that stopped run again from the full annealing's
  /// (chains x iterations) or any item's best, whichever is better. The
  /// full warm start then runs only where the bound does not close the
  /// space at once. The schedule is the same on any thread count.
  double exactProbeOrderings = 1e8;
  uint64_t exactProbeNodes = 256;
  /// Exact engine: where the bounds of the prefixes of one length (the
  /// leaves' latency screen included) have cut off nothing at this many
  /// nodes in a row of a work item, they are computed at one node in 16
  /// of that length until they cut one off again: the space is enumerated
  /// there, and a latency bound costs more than an evaluation. The optimum
  /// is the same for any value; the maximum bounds everywhere.
  uint64_t exactIdleBounds = 8;
  /// Exact engine: prune every ordering whose objective (ObjectiveKey's
  /// primary: energy, latency or EDP) is above this value (the best of
  /// another spatial candidate of the same layer, set by scheduleLayer).
  /// The search then proves that nothing of this problem beats or ties
  /// min(its best, the cutoff) but what it returns; `found` may be false.
  double objectiveCutoff = std::numeric_limits<double>::infinity();
  /// Objective pareto, exact engine: (energy, latency) points of other
  /// spatial candidates; a prefix they dominate is closed (the cutoff's
  /// counterpart for the front).
  std::vector<std::pair<double, double>> dominatingPoints;
  /// Exact engine audit (the fuzzer, ExactBench --audit, tests; no front
  /// end sets it): this fraction of the prefixes pruned by the bound get a
  /// random completion allocated and costed by the cost model and checked
  /// against the bound that pruned them, of the equivalence classes a
  /// random member checked against the representative, and of the
  /// evaluated orderings the tabulated energy checked against the cost
  /// model. A contradiction voids the proof. 0: off (no cost).
  double exactAuditRate = 0;
  /// TEST ONLY: the energy objective always gets the latency tables
  /// (exactTieBoundOrderings' path, on small spaces).
  bool testForceTieBound = false;
  /// TEST ONLY - breaks soundness on purpose. The exact engine prunes with
  /// its bound times this factor (its runtime check at evaluated orderings
  /// still uses the true bound, so only the audit sees an inflated one);
  /// 0 never prunes. 1: off.
  double testBoundScale = 1;
  /// TEST ONLY - breaks soundness on purpose. The exact engine's tabulated
  /// energy term of the first operand's first cut is scaled by this factor
  /// (the bound and the energies it computes from the terms both see it).
  /// 1: off.
  double testTermScale = 1;
};

/// How the exact engine covered the ordering space; the five counts add up
/// to the problem's number of orderings.
struct Certificate {
  /// Orderings evaluated one by one.
  OrderingCount evaluated = 0;
  /// Orderings with the same allocation, energy and latency as an evaluated
  /// one: the prefix fixes every cut and every stationarity run, so the
  /// order of the remaining loops changes nothing the cost depends on.
  OrderingCount equivalent = 0;
  /// Orderings whose prefix's lower bound on the objective exceeds the best
  /// found (or the cutoff).
  OrderingCount bounded = 0;
  /// Orderings that break the problem's order constraints (never feasible).
  OrderingCount excluded = 0;
  /// Orderings left when the time budget ran out (0 when proven).
  OrderingCount unexplored = 0;
  /// Proven lower bound on the optimum (in the objective's unit): the best
  /// when proven, otherwise the least bound over the unexplored prefixes.
  double lowerBound = 0;
  /// Prefixes (search-tree nodes) visited, by every run of every work item
  /// (a run that stopped and was run again included).
  uint64_t nodes = 0;
  /// Checks the audit made (SearchOptions::exactAuditRate).
  uint64_t audited = 0;
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
  /// Why the dual engine chose its engine, and the exact engine's account
  /// (proven, out of time); for remarks and reports.
  std::string reason;
  /// The exact engine's account of the space (engine exact only).
  std::optional<Certificate> certificate;
  /// Objective pareto: the energy-latency front (`best` is its first,
  /// least-energy point); exhaustive and exact only.
  std::vector<Schedule> front;
};

using SearchFn = llvm::Expected<SearchResult> (*)(const ScheduleProblem &,
                                  const SearchOptions &);
/// The engines: the one list their names, help texts and dispatch come
/// from (`salsa` is an alias of the dual engine, salsa's name before it had
/// its own).
struct EngineInfo {
  Engine value;
  llvm::StringRef name;
  llvm::StringRef help;
  SearchFn run;
};
llvm::ArrayRef<EngineInfo> engineTable();
llvm::StringRef engineName(Engine e);
std::optional<Engine> parseEngine(llvm::StringRef name);

/// Exhaustive and LOMA enumerate at most this many orderings (minutes of
/// work); beyond it they return an error rather than run for hours. Engines
/// that cannot search a problem (this limit; the exact engine for latency)
/// return an error; "no ordering fits" is a result with found == false.
constexpr double kMaxEnumeratedOrderings = 1e9;

llvm::Expected<SearchResult> searchExhaustive(const ScheduleProblem &problem,
                              const SearchOptions &options);
llvm::Expected<SearchResult> searchLoma(const ScheduleProblem &problem,
                        const SearchOptions &options);
SearchResult searchAnnealing(const ScheduleProblem &problem,
                             const SearchOptions &options,
                             llvm::ArrayRef<std::vector<Loop>> warmStarts = {});
/// A LOMA sweep over merged factors warm-starting half of the annealing
/// chains; the better of the two (the dual engine's large-space branch).
SearchResult searchWarmAnnealing(const ScheduleProblem &problem,
                                 const SearchOptions &options);
llvm::Expected<SearchResult> searchExact(const ScheduleProblem &problem,
                         const SearchOptions &options);
/// Sub-multisets of the problem's prime factors: the size of the exact
/// engine's bound tables (per operand).
double exactLatticeSize(const ScheduleProblem &problem);
llvm::Expected<SearchResult> searchDual(const ScheduleProblem &problem,
                        const SearchOptions &options);
/// Runs options.engine (engineTable()'s run function).
llvm::Expected<SearchResult> search(const ScheduleProblem &problem,
                    const SearchOptions &options);

/// Exhaustive search over the distinct orderings of `multiset` (the
/// problem's prime factors, or merged ones).
llvm::Expected<SearchResult> enumerateOrderings(const ScheduleProblem &problem,
                                const std::vector<Loop> &multiset,
                                const SearchOptions &options);

/// Threads to use for `requested` (0 = hardware concurrency).
unsigned resolveThreads(unsigned requested);

} // namespace salsa

#endif // SALSA_SEARCH_ENGINES_H
