//===- SearchSupport.cpp - Pieces the engines share -----------------------===//

#include "SearchSupport.h"

#include <thread>

using namespace salsa;

void salsa::runOnThreads(unsigned threads,
                         const std::function<void(unsigned)> &worker) {
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t)
    pool.emplace_back(worker, t);
  worker(0);
  for (std::thread &th : pool)
    th.join();
}

bool ReusedAllocation::allocate(const ScheduleProblem &problem,
                                llvm::ArrayRef<Loop> ordering,
                                TemporalMapping &mapping) {
  bool reuse = have;
  for (unsigned p = 0; reuse && p < horizon; ++p)
    reuse = ordering[p] == allocatedFor[p];
  if (reuse) {
    if (ok)
      mapping.order.assign(ordering.begin(), ordering.end());
    return ok;
  }
  ok = problem.allocator().run(ordering, mapping, nullptr, &horizon);
  std::copy(ordering.begin(), ordering.begin() + horizon, allocatedFor);
  have = true;
  return ok;
}

llvm::Error salsa::refusePareto(const ScheduleProblem &problem,
                                llvm::StringRef engine) {
  if (problem.objective() != Objective::Pareto)
    return llvm::Error::success();
  return llvm::createStringError(
      "objective 'pareto' needs engine exact, exhaustive or dual; '" +
      engine.str() + "' keeps one schedule, not a front");
}
