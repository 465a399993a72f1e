//===- DualPolicy.cpp - The dual engine: exact, exhaustive or annealing ---===//
//
// SALSA's contribution: enumerate when the ordering space is small enough,
// search heuristically when it is not; salsa adds the exact engine in
// between. All engines spend their time in the same evaluation (allocation
// + cost model), so their predicted times compare as evaluation counts and
// t_eval cancels:
//
//   exhaustive: N      exact: up to chains * iterations (its warm start,
//   shorter below 1e8 orderings) + lattice * operands (its bound tables),
//   then a small share of N
//   annealing: chains * iterations
//
// For every objective (energy, latency, EDP: the exact engine bounds each)
// the dual engine enumerates when N is below the exact engine's fixed
// cost, and otherwise runs the exact engine, which proves its optimum or,
// out of time (exact-budget), returns the best it has with the gap to its
// bound; where the bound's table would exceed exactMaxSubsets, a LOMA
// sweep that warm-starts the annealing chains. Deciding on counts, not on
// measured time, keeps the choice, and so the schedule, independent of
// machine load and threads.
//
//===----------------------------------------------------------------------===//

#include "salsa/Search/Engines.h"

#include "llvm/Support/FormatVariadic.h"

#include <chrono>

using namespace salsa;

llvm::Expected<SearchResult> salsa::searchDual(const ScheduleProblem &problem,
                                               const SearchOptions &options) {
  auto start = std::chrono::steady_clock::now();
  const OrderingCount n = problem.orderingCount();
  const unsigned chains = std::max(1u, options.chains);
  const double annealingEvaluations = double(chains) * options.iterations;
  llvm::Expected<SearchResult> result = SearchResult();
  std::string reason;
  const double lattice = exactLatticeSize(problem);
  const double exactFixed =
      annealingEvaluations + lattice * problem.bound().numOperands();
  if (toDouble(n) <= exactFixed) {
    result = searchExhaustive(problem, options);
    reason = llvm::formatv(
        "{0} orderings <= the exact engine's fixed cost ({1} evaluations)",
        toString(n), int64_t(exactFixed));
  } else if (lattice > double(options.exactMaxSubsets) &&
             // A front needs the whole space and annealing keeps one
             // schedule: the exact engine's error (its table limit) then.
             problem.objective() != Objective::Pareto) {
    result = searchWarmAnnealing(problem, options);
    reason = llvm::formatv(
        "annealing: the exact engine's bound needs a table over {0} "
        "sub-multisets of the prime factors, more than its limit of {1}",
        int64_t(lattice), options.exactMaxSubsets);
  } else {
    result = searchExact(problem, options);
    if (result)
      reason = llvm::formatv("{0} orderings > the exact engine's fixed cost "
                             "({1} evaluations): {2}",
                             toString(n), int64_t(exactFixed),
                             result->reason);
  }
  if (!result)
    return result.takeError();
  result->reason = std::move(reason);
  result->orderings = n;
  result->seconds = std::chrono::duration<double>(
                        std::chrono::steady_clock::now() - start)
                        .count();
  return result;
}
