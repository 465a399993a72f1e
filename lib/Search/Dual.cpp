//===- Dual.cpp - The dual engine: exact, exhaustive or annealing ---------===//
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
// (exact-budget), returns the best it has with the gap to its bound. For
// latency and EDP it enumerates when N is within the exhaustive limit
// (default 2e6 orderings, about 2 s here) or the annealing budget, and
// otherwise runs a LOMA sweep that warm-starts the annealing chains.
// Deciding on counts, not on measured time, keeps the choice, and so the
// schedule, independent of machine load and thread count.
//
//===----------------------------------------------------------------------===//

#include "salsa/Search/Engines.h"

#include "llvm/Support/FormatVariadic.h"

#include <chrono>
#include <random>

using namespace salsa;

llvm::StringRef salsa::engineName(Engine e) {
  switch (e) {
  case Engine::Salsa:
    return "salsa";
  case Engine::Exhaustive:
    return "exhaustive";
  case Engine::Annealing:
    return "annealing";
  case Engine::Loma:
    return "loma";
  case Engine::Exact:
    return "exact";
  }
  return "?";
}

std::optional<Engine> salsa::parseEngine(llvm::StringRef name) {
  for (Engine e :
       {Engine::Salsa, Engine::Exhaustive, Engine::Annealing, Engine::Loma,
        Engine::Exact})
    if (engineName(e) == name)
      return e;
  return std::nullopt;
}

llvm::StringRef salsa::moveSetName(MoveSet m) {
  return m == MoveSet::Swap ? "swap" : "mixed";
}

std::optional<MoveSet> salsa::parseMoveSet(llvm::StringRef name) {
  if (name == "swap")
    return MoveSet::Swap;
  if (name == "mixed")
    return MoveSet::Mixed;
  return std::nullopt;
}

double salsa::measureEvaluationSeconds(const ScheduleProblem &problem,
                                       unsigned samples) {
  std::mt19937_64 rng(12345);
  std::vector<Loop> ordering = problem.primeFactors();
  TemporalMapping mapping;
  CostResult cost;
  auto start = std::chrono::steady_clock::now();
  for (unsigned s = 0; s < samples; ++s) {
    std::shuffle(ordering.begin(), ordering.end(), rng);
    if (problem.allocator().run(ordering, mapping))
      problem.costModel().evaluate(mapping, cost);
  }
  double seconds = std::chrono::duration<double>(
                       std::chrono::steady_clock::now() - start)
                       .count();
  return std::max(seconds / samples, 1e-8);
}

SearchResult salsa::searchWarmAnnealing(const ScheduleProblem &problem,
                                        const SearchOptions &options) {
  const unsigned chains = std::max(1u, options.chains);
  SearchResult result;
  SearchResult loma = searchLoma(problem, options);
  std::vector<std::vector<Loop>> warm;
  if (loma.found)
    for (unsigned c = 0; c < chains / 2 + 1; ++c)
      warm.push_back(expandToPrimes(loma.best.ordering));
  result = searchAnnealing(problem, options, warm);
  result.evaluations += loma.evaluations;
  if (loma.found &&
      (!result.found ||
       isBetter(ObjectiveKey::of(problem.objective(), loma.best.cost),
                loma.best.ordering,
                ObjectiveKey::of(problem.objective(), result.best.cost),
                result.best.ordering))) {
    result.best = std::move(loma.best);
    result.found = true;
  }
  return result;
}

SearchResult salsa::searchDual(const ScheduleProblem &problem,
                               const SearchOptions &options) {
  auto start = std::chrono::steady_clock::now();
  const OrderingCount n = problem.orderingCount();
  const unsigned chains = std::max(1u, options.chains);
  const double annealingEvaluations = double(chains) * options.iterations;
  SearchResult result;
  if (problem.objective() == Objective::Energy) {
    const double exactFixed =
        annealingEvaluations +
        exactLatticeSize(problem) * problem.bound().numOperands();
    if (toDouble(n) <= exactFixed) {
      result = searchExhaustive(problem, options);
      result.reason = llvm::formatv(
          "{0} orderings <= the exact engine's fixed cost ({1} evaluations)",
          toString(n), int64_t(exactFixed));
    } else {
      result = searchExact(problem, options);
      if (result.refused) {
        std::string why = result.reason;
        result = searchWarmAnnealing(problem, options);
        result.engineUsed = Engine::Annealing;
        result.reason = "annealing: " + why;
      } else {
        result.reason = llvm::formatv(
            "{0} orderings > the exact engine's fixed cost ({1} "
            "evaluations): {2}",
            toString(n), int64_t(exactFixed), result.reason);
      }
    }
  } else if (toDouble(n) <=
             std::max(options.exhaustiveLimit, annealingEvaluations)) {
    result = searchExhaustive(problem, options);
    result.reason = llvm::formatv(
        "{0} orderings <= max(exhaustive limit {1:e0}, annealing budget {2} "
        "evaluations)",
        toString(n), options.exhaustiveLimit, int64_t(annealingEvaluations));
  } else {
    result = searchWarmAnnealing(problem, options);
    result.engineUsed = Engine::Annealing;
    result.reason = llvm::formatv(
        "{0} orderings > max(exhaustive limit {1:e0}, annealing budget {2} "
        "evaluations)",
        toString(n), options.exhaustiveLimit, int64_t(annealingEvaluations));
  }
  result.orderings = n;
  result.seconds = std::chrono::duration<double>(
                       std::chrono::steady_clock::now() - start)
                       .count();
  return result;
}

SearchResult salsa::search(const ScheduleProblem &problem,
                           const SearchOptions &options) {
  switch (options.engine) {
  case Engine::Exhaustive:
    return searchExhaustive(problem, options);
  case Engine::Annealing:
    return searchAnnealing(problem, options);
  case Engine::Loma:
    return searchLoma(problem, options);
  case Engine::Salsa:
    return searchDual(problem, options);
  case Engine::Exact:
    return searchExact(problem, options);
  }
  return {};
}
