//===- Problems.h - Scheduling problems from files --------------*- C++ -*-===//
//
// Builds ScheduleProblems from ZigZag's input files or from problem records
// (search-baselines.jsonl format); shared by `salsa-explore schedule` and
// the search benchmark.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_TOOLS_EXPLORE_PROBLEMS_H
#define SALSA_TOOLS_EXPLORE_PROBLEMS_H

#include "Commands.h"

#include "salsa/Search/Problem.h"

#include "llvm/Support/JSON.h"

namespace salsa::explore {

struct Job {
  std::string label; // layer id or record id
  std::unique_ptr<ScheduleProblem> problem;
  /// The record, for jobs read from a problems file.
  std::optional<llvm::json::Object> record;
  /// Further spatial mappings to try when the mapping file leaves array
  /// dimensions open (the best schedule over all wins).
  std::vector<std::unique_ptr<ScheduleProblem>> alternatives;
};

llvm::Expected<std::vector<Job>> jobsFromFiles(const ScheduleOptions &opts,
                                               MappingType type,
                                               Objective objective);
llvm::Expected<std::vector<Job>> jobsFromProblems(const ScheduleOptions &opts,
                                                  Objective objective);

} // namespace salsa::explore

#endif
