//===- Commands.h - salsa-explore subcommands -------------------*- C++ -*-===//
#ifndef SALSA_TOOLS_EXPLORE_COMMANDS_H
#define SALSA_TOOLS_EXPLORE_COMMANDS_H

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
  std::string mappingType = "uneven";
  bool json = false;
  bool fixZigZagBugs = false;
};
int runEvaluate(const EvaluateOptions &opts);

struct ScheduleOptions {
  std::string hardware, workload, mapping;
  std::vector<int64_t> layers;
  std::string problems, inputs;
  std::string engine = "salsa";
  std::string objective = "energy";
  bool objectiveGiven = false;
  std::string mappingType = "uneven";
  bool mappingTypeGiven = false;
  std::string moves = "mixed";
  uint64_t seed = 0;
  unsigned threads = 0;
  unsigned iterations = 1000;
  unsigned chains = 8;
  unsigned lpfLimit = 6;
  double exhaustiveLimit = 2e6;
  double exactBudget = 10;
  std::vector<std::string> constraints, outermost, innermost;
  bool json = false;
  std::string exportZigZag;
  std::string report; // HTML report path, or empty
  bool quiet = false; // no progress on the terminal
};
int runSchedule(const ScheduleOptions &opts);

} // namespace salsa::explore

#endif
