//===- NetworkReport.h - A network's schedules as an HTML page --*- C++ -*-===//
//
// Collects one summary per scheduled layer and draws them as a
// self-contained HTML page with inline SVG: energy per layer stacked by
// memory level and operand, latency per layer with utilization, and the
// search statistics. No MLIR, no JavaScript.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_REPORT_NETWORKREPORT_H
#define SALSA_REPORT_NETWORKREPORT_H

#include "salsa/Report/LayerTable.h"

#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace salsa::report {

/// Energy spent in one memory level on behalf of one operand.
struct EnergyPart {
  std::string memory, operand;
  double energy = 0;
};

struct LayerSummary {
  std::string label;
  double macEnergy = 0;
  std::vector<EnergyPart> memoryParts;
  double energyTotal = 0;
  double latency = 0;        // latency_total2, cycles
  // Its parts: compute, stalls, on-loading, off-loading.
  double computeCycles = 0, stallCycles = 0, onloadCycles = 0,
         offloadCycles = 0;
  double idealCycle = 0;     // cycles at full array utilization
  double utilization = 0;    // mac_utilization2
  double spatialUtilization = 0;
  // Search statistics.
  std::string engine, orderings, reason;
  uint64_t evaluations = 0;
  double seconds = 0;
  bool provenOptimal = false;
};

/// The cost side of a summary; the caller fills in the search statistics.
LayerSummary summarize(const LayerReport &report);

struct NetworkReport {
  std::string title;
  std::string accelerator;
  std::string objective;
  std::vector<LayerSummary> layers;
};

void writeHtml(llvm::raw_ostream &os, const NetworkReport &report);

} // namespace salsa::report

#endif
