//===- CostModel.h - ZigZag's analytical energy/latency model ---*- C++ -*-===//
//
// Reproduces ZigZag's CostModelEvaluation: from a complete mapping (spatial
// unrolling + the allocator's temporal mapping) it derives, per operand and
// memory level, the data moved in each of four directions, turns that into
// word accesses (bandwidth granularity) and energy, and estimates latency
// from per-port stalls, on-loading and off-loading.
//
// Where ZigZag has a quirk, the code reproduces it and says so; the figures
// must compare number for number with ZigZag's.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_MODEL_COSTMODEL_H
#define SALSA_MODEL_COSTMODEL_H

#include "salsa/Model/Mapping.h"

#include <array>
#include <vector>

namespace salsa {

/// Word accesses of one memory level for one operand, by direction.
using FourWay = std::array<double, kNumDataDirs>;

struct CostResult {
  double energyTotal = 0;
  double macEnergy = 0;
  double memEnergy = 0;
  /// Per layer operand, per memory level (innermost first).
  std::vector<std::vector<double>> memEnergyBreakdown;
  std::vector<std::vector<FourWay>> memoryWordAccess;
  double latencyTotal0 = 0, latencyTotal1 = 0, latencyTotal2 = 0;
  double idealCycle = 0;
  double idealTemporalCycle = 0;
  double stallSlackComb = 0;
  double dataOnloadingCycle = 0;
  double dataOffloadingCycle = 0;
  double macSpatialUtilization = 0;
  double macUtilization0 = 0, macUtilization1 = 0, macUtilization2 = 0;
};

struct CostModelOptions {
  /// ZigZag's access_same_data_considered_as_no_access (on in every ZigZag
  /// flow we compare with).
  bool sameDataNoAccess = true;
};

/// The temporal mapping after ZigZag's innermost-stationary merge-down:
/// irrelevant loops at the bottom of a level move one level down until every
/// level above the first starts with a loop the operand depends on.
PerOperandLoops mergeDownStationary(const Layer &layer,
                                    const PerOperandLoops &temporal,
                                    std::vector<double> *macStationary);

/// Evaluates complete mappings of one layer on one target. Construct once
/// per (layer, target, spatial mapping); evaluate many temporal mappings.
class CostModel {
public:
  CostModel(const BoundLayer &bound, const SpatialMappings &spatial,
            CostModelOptions options = {});
  ~CostModel();
  CostModel(const CostModel &) = delete;
  CostModel &operator=(const CostModel &) = delete;

  /// `temporal` is the allocator's output (one loop list per memory level of
  /// each operand). Returns false (and a message) if a data movement has no
  /// port to use.
  bool evaluate(const PerOperandLoops &temporal, CostResult &result,
                std::string *error = nullptr) const;

  const BoundLayer &bound() const { return boundLayer; }

  struct SpatialInfo;

private:
  const BoundLayer &boundLayer;
  CostModelOptions options;
  std::unique_ptr<SpatialInfo> fractional;
  std::unique_ptr<SpatialInfo> integer;
};

} // namespace salsa

#endif // SALSA_MODEL_COSTMODEL_H
