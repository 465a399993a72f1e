//===- Commands.h - salsa-explore subcommands -------------------*- C++ -*-===//
#ifndef SALSA_TOOLS_EXPLORE_COMMANDS_H
#define SALSA_TOOLS_EXPLORE_COMMANDS_H

#include "salsa/Search/Scheduler.h"

#include <optional>
#include <cstdint>
#include <string>
#include <vector>

namespace salsa::explore {

struct CheckOptions {
  std::string file;
  std::string inputs;
  double energyTolerance = 1e-4;
  double latencyTolerance = 1e-3;
  bool strictLatencyTerms = false;
};
int runCheckReference(const CheckOptions &opts);

struct EvaluateOptions {
  std::string hardware, workload, mapping;
  std::optional<long> layer;
  MappingType mappingType = MappingType::Uneven;
  bool json = false;
  bool fixZigZagBugs = false;
};
int runEvaluate(const EvaluateOptions &opts);

struct ScheduleOptions {
  std::string hardware, workload, mapping;
  std::vector<int64_t> layers;
  std::string problems, inputs;
  /// Engine, objective, precisions, ...: the rows of SchedulerOptions.def.
  SchedulerOptions scheduler;
  /// Given on the command line (else a problem record's own value counts).
  bool objectiveGiven = false, mappingTypeGiven = false;
  bool json = false;
  std::string exportZigZag;
  std::string report; // HTML report path, or empty
  bool quiet = false; // no progress on the terminal
};
int runSchedule(const ScheduleOptions &opts);

} // namespace salsa::explore

#endif
