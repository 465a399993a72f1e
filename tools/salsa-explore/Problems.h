//===- Problems.h - Layer requests from files -------------------*- C++ -*-===//
//
// Reads ZigZag's input files, or problem records (search-baselines.jsonl
// format), into the LayerRequests scheduleLayer takes; shared by
// `salsa-explore schedule` and the search benchmark.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_TOOLS_EXPLORE_PROBLEMS_H
#define SALSA_TOOLS_EXPLORE_PROBLEMS_H

#include "Commands.h"

#include "salsa/Search/Scheduler.h"

#include "llvm/Support/JSON.h"

#include <memory>

namespace salsa::explore {

struct Job {
  std::string label; // layer id or record id
  LayerRequest request;
  /// Keeps request.target alive (targets are shared between jobs).
  std::shared_ptr<const Target> target;
  /// The record, for jobs read from a problems file.
  std::optional<llvm::json::Object> record;
  /// The options for this job: the command line's, with a record's own
  /// objective and mapping type where the command line gave none.
  SchedulerOptions options;
};

llvm::Expected<std::vector<Job>> jobsFromFiles(const ScheduleOptions &opts);
llvm::Expected<std::vector<Job>> jobsFromProblems(const ScheduleOptions &opts);

} // namespace salsa::explore

#endif
