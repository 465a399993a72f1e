//===- Commands.h - salsa-explore subcommands -------------------*- C++ -*-===//
#ifndef SALSA_TOOLS_EXPLORE_COMMANDS_H
#define SALSA_TOOLS_EXPLORE_COMMANDS_H

#include <optional>
#include <string>

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
};
int runEvaluate(const EvaluateOptions &opts);

} // namespace salsa::explore

#endif
