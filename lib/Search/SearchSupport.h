//===- SearchSupport.h - Pieces the engines share ---------------*- C++ -*-===//
//
// Private to lib/Search: running one worker on several threads, and the
// allocator call the enumerating engines make for every ordering, with the
// last allocation reused while the ordering agrees with it below the
// allocator's horizon.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_LIB_SEARCH_SEARCHSUPPORT_H
#define SALSA_LIB_SEARCH_SEARCHSUPPORT_H

#include "salsa/Search/Problem.h"

#include "llvm/Support/Error.h"

#include <functional>

namespace salsa {

/// Runs `worker(t)` for t in [0, threads) on that many threads (the caller's
/// thread is t = 0) and waits for all of them.
void runOnThreads(unsigned threads,
                  const std::function<void(unsigned)> &worker);

/// The allocation of the last ordering, reused for the next one when the
/// two agree on the positions the last allocation depended on.
class ReusedAllocation {
public:
  /// Allocates `ordering` into `mapping` (or reuses the cuts already in it);
  /// false if it does not fit.
  bool allocate(const ScheduleProblem &problem, llvm::ArrayRef<Loop> ordering,
                TemporalMapping &mapping);
  /// How much of the last ordering its allocation depended on.
  unsigned lastHorizon() const { return horizon; }

private:
  Loop allocatedFor[kMaxTemporalLoops];
  unsigned horizon = 0;
  bool have = false, ok = false;
};

/// An error for engines that keep one best schedule, not a front.
llvm::Error refusePareto(const ScheduleProblem &problem,
                         llvm::StringRef engine);

} // namespace salsa

#endif
