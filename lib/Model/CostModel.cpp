//===- CostModel.cpp - Energy from data movement --------------------------===//
//
// Energy half of ZigZag's CostModelEvaluation; the latency half lives in
// Latency.cpp.
//
//===----------------------------------------------------------------------===//

#include "DataMovement.h"
#include "Latency.h"

#include "llvm/Support/FormatVariadic.h"

#include <cmath>

using namespace salsa;

CostModel::CostModel(const BoundLayer &bound, const SpatialMappings &spatial,
                     CostModelOptions options)
    : boundLayer(bound), options(options),
      fractional(std::make_unique<SpatialInfo>(*bound.layer,
                                               spatial.fractionalLevels)),
      integer(std::make_unique<SpatialInfo>(*bound.layer,
                                            spatial.integerLevels)) {}

CostModel::~CostModel() = default;

/// ZigZag's _calc_memory_access: words of bandwidth_min bits, scaled to
/// bandwidth_max accesses, over all periods and memory instances.
static double wordAccesses(double amount, double precision, double count,
                           const MemoryPort &port, double instances) {
  if (amount == 0 || precision == 0)
    return 0;
  double bwMin = double(port.bandwidthMin), bwMax = double(port.bandwidthMax);
  return std::trunc(std::ceil(amount * precision / bwMin) * (bwMin / bwMax) *
                    count * instances);
}

bool CostModel::evaluate(const PerOperandLoops &temporal, CostResult &result,
                         std::string *error) const {
  const BoundLayer &bound = boundLayer;
  const Layer &layer = *bound.layer;
  const Accelerator &accel = *bound.accel;
  const unsigned numOps = bound.numOperands();

  StationaryMapping tm(layer, temporal);
  MappingFigures figF, figI;
  computeMappingFigures(bound, *fractional, tm, options.sameDataNoAccess,
                        figF);
  computeMappingFigures(bound, *integer, tm, options.sameDataNoAccess, figI);

  result.memoryWordAccess.assign(numOps, {});
  result.memEnergyBreakdown.assign(numOps, {});
  double memEnergy = 0;
  for (unsigned op = 0; op < numOps; ++op) {
    MemOperand mo = bound.memOperand[op];
    for (unsigned m = 0; m < bound.levels[op].size(); ++m) {
      const MemoryLevel &mem = accel.memories[bound.levels[op][m]];
      const UnitMemMovement &u = figF.movement[op][m];
      FourWay words{};
      for (unsigned d = 0; d < kNumDataDirs; ++d) {
        const MemoryPort *port = mem.portFor(mo, DataDir(d));
        if (!port) {
          if (u.amount[d] != 0) {
            if (error)
              *error = llvm::formatv(
                  "memory '{0}' has no port for operand {1} in direction "
                  "{2}, but the mapping moves data that way",
                  mem.name, memOperandName(mo), dataDirName(DataDir(d)));
            return false;
          }
          continue;
        }
        words[d] = wordAccesses(u.amount[d], u.precision[d],
                                u.periodCount[d], *port,
                                fractional->unitCount[op][m + 1]);
      }
      double readAbove = words[unsigned(DataDir::RdOutToHigh)] * mem.readCost;
      double writeAbove = words[unsigned(DataDir::WrInByHigh)] * mem.writeCost;
      double readBelow = words[unsigned(DataDir::RdOutToLow)] * mem.readCost;
      double writeBelow = words[unsigned(DataDir::WrInByLow)] * mem.writeCost;
      double energy = (readAbove + readBelow) + (writeAbove + writeBelow);
      result.memoryWordAccess[op].push_back(words);
      result.memEnergyBreakdown[op].push_back(energy);
      memEnergy += energy;
    }
  }
  result.macEnergy = accel.array.macEnergy * layer.totalMacs();
  result.memEnergy = memEnergy;
  result.energyTotal = memEnergy + result.macEnergy;

  LatencyInputs in{bound, *fractional, *integer, tm, figF, figI};
  computeLatency(in, result);
  return true;
}
