//===- DualPolicy.cpp - The dual engine: exact, exhaustive or annealing ---===//
//
// SALSA's contribution: enumerate when the ordering space is small enough,
// search heuristically when it is not; salsa adds the exact engine in
// between. All engines spend their time in the same evaluation (allocation
// + cost model), so their predicted times compare as evaluation counts and
// t_eval cancels:
//
//   exhaustive: N      exact: at least chains * iterations (its warm
//   start) + lattice * operands (its bound tables), then a small share of N
//   annealing: chains * iterations
//
// For the energy objective (the one the exact engine's bound covers) the
// dual engine enumerates when N is below the exact engine's fixed cost, and
// otherwise runs the exact engine, which proves its optimum or, out of time
// (exact-budget), returns the best it has with the gap to its bound; where
// the bound's table would exceed exactMaxSubsets, annealing. For latency
// and EDP it enumerates when N is within the exhaustive limit or the
// annealing budget, and otherwise runs a LOMA sweep that warm-starts the
// annealing chains. Deciding on counts, not on measured time, keeps the
// choice, and so the schedule, independent of machine load and threads.
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
  if (problem.objective() == Objective::Energy) {
    const double lattice = exactLatticeSize(problem);
    const double exactFixed =
        annealingEvaluations + lattice * problem.bound().numOperands();
    if (toDouble(n) <= exactFixed) {
      result = searchExhaustive(problem, options);
      reason = llvm::formatv(
          "{0} orderings <= the exact engine's fixed cost ({1} evaluations)",
          toString(n), int64_t(exactFixed));
    } else if (lattice > double(options.exactMaxSubsets)) {
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
  } else if (toDouble(n) <=
             std::max(options.exhaustiveLimit, annealingEvaluations)) {
    result = searchExhaustive(problem, options);
    reason = llvm::formatv(
        "{0} orderings <= max(exhaustive limit {1:e0}, annealing budget {2} "
        "evaluations)",
        toString(n), options.exhaustiveLimit, int64_t(annealingEvaluations));
  } else {
    result = searchWarmAnnealing(problem, options);
    reason = llvm::formatv(
        "{0} orderings > max(exhaustive limit {1:e0}, annealing budget {2} "
        "evaluations)",
        toString(n), options.exhaustiveLimit, int64_t(annealingEvaluations));
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
