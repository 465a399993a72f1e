//===- CostModel.cpp - Energy from data movement --------------------------===//
//
// Energy half of ZigZag's CostModelEvaluation; the latency half lives in
// Latency.cpp.
//
//===----------------------------------------------------------------------===//

#include "DataMovement.h"
#include "Latency.h"
#include "Multiversion.h"

#include "llvm/Support/FormatVariadic.h"

#include <cmath>

using namespace salsa;

static bool sameLoops(const PerOperandLoops &a, const PerOperandLoops &b) {
  if (a.size() != b.size())
    return false;
  for (unsigned op = 0; op < a.size(); ++op) {
    if (a[op].size() != b[op].size())
      return false;
    for (unsigned lv = 0; lv < a[op].size(); ++lv)
      if (a[op][lv] != b[op][lv])
        return false;
  }
  return true;
}

CostModel::CostModel(const BoundLayer &bound, const SpatialMappings &spatial,
                     CostModelOptions options)
    : boundLayer(bound), options(options),
      fractional(std::make_unique<SpatialInfo>(*bound.layer,
                                               spatial.fractionalLevels)),
      integer(std::make_unique<SpatialInfo>(*bound.layer,
                                            spatial.integerLevels)),
      sameSpatial(sameLoops(spatial.fractionalLevels, spatial.integerLevels)),
      ports(std::make_unique<PortPlan>(bound)) {}

CostModel::~CostModel() = default;

/// ZigZag's _calc_memory_access: words of bandwidth_min bits, scaled to
/// bandwidth_max accesses, over all periods and memory instances.
static double wordAccesses(double amount, double precision, double count,
                           double bwMin, double bwMinOverMax,
                           double instances) {
  if (amount == 0 || precision == 0)
    return 0;
  double words = std::ceil(amount * precision / bwMin);
  // count and instances are integers: with equal bandwidths (x * 1 is x)
  // the product is one, and trunc the identity.
  if (bwMinOverMax == 1)
    return words * count * instances;
  return std::trunc(words * bwMinOverMax * count * instances);
}

void CostModel::elementMoves(const TemporalMapping &temporal,
                             ElementMoves &out) const {
  StationaryMapping tm;
  tm.compute(*boundLayer.layer, temporal);
  MappingFigures fig;
  computeMappingFigures(boundLayer, *fractional, tm, options.sameDataNoAccess,
                        fig);
  for (unsigned op = 0; op < boundLayer.numOperands(); ++op)
    for (unsigned m = 0; m < kMaxLevels; ++m)
      for (unsigned d = 0; d < kNumDataDirs; ++d) {
        const UnitMemMovement &u = fig.movement[op][m];
        out[op][m][d] = m < temporal.numLevels[op]
                            ? u.amount[d] * u.periodCount[d] *
                                  fractional->unitCount[op][m + 1]
                            : 0;
      }
}

/// One operand's part of evaluate's energy half, from the figures of the
/// fractional mapping: its word accesses and energies in `result`, each
/// level's energy added to `memEnergy` (ZigZag's order of summation: level
/// after level, operand after operand).
static SALSA_INLINE_INTO_CLONES bool
operandEnergyFromFigures(const BoundLayer &bound,
                         const CostModel::PortPlan &plan,
                         const CostModel::SpatialInfo &fractional,
                         const TemporalMapping &temporal,
                         const MappingFigures &figF, unsigned op,
                         CostResult &result, double &memEnergy,
                         std::string *error) {
  const unsigned n = temporal.numLevels[op];
  result.numLevels[op] = n;
  for (unsigned m = 0; m < n; ++m) {
    const UnitMemMovement &u = figF.movement[op][m];
    FourWay &words = result.memoryWordAccess[op][m];
    for (unsigned d = 0; d < kNumDataDirs; ++d) {
      double bwMax = plan.bwMax[op][m][d];
      if (bwMax == 0) {
        words[d] = 0;
        if (u.amount[d] != 0) {
          if (error)
            *error = llvm::formatv(
                "memory '{0}' has no port for operand {1} in direction "
                "{2}, but the mapping moves data that way",
                bound.accel->memories[bound.levels[op][m]].name,
                memOperandName(bound.memOperand[op]),
                dataDirName(DataDir(d)));
          return false;
        }
        continue;
      }
      words[d] = wordAccesses(u.amount[d], u.precision[d], u.periodCount[d],
                              plan.bwMin[op][m][d],
                              plan.bwMinOverMax[op][m][d],
                              fractional.unitCount[op][m + 1]);
    }
    double rCost = plan.readCost[op][m], wCost = plan.writeCost[op][m];
    double readAbove = words[unsigned(DataDir::RdOutToHigh)] * rCost;
    double writeAbove = words[unsigned(DataDir::WrInByHigh)] * wCost;
    double readBelow = words[unsigned(DataDir::RdOutToLow)] * rCost;
    double writeBelow = words[unsigned(DataDir::WrInByLow)] * wCost;
    double levelEnergy = (readAbove + readBelow) + (writeAbove + writeBelow);
    result.memEnergyBreakdown[op][m] = levelEnergy;
    result.memEnergyHalves[op][m] = {readBelow + writeBelow,
                                     readAbove + writeAbove};
    memEnergy += levelEnergy;
  }
  return true;
}

/// evaluate's energy half, from the figures of the fractional mapping.
static SALSA_INLINE_INTO_CLONES bool
energyFromFigures(const BoundLayer &bound, const CostModel::PortPlan &plan,
                  const CostModel::SpatialInfo &fractional,
                  const TemporalMapping &temporal, const MappingFigures &figF,
                  CostResult &result, std::string *error) {
  const unsigned numOps = bound.numOperands();
  result.numOperands = numOps;
  result.halfIntegerData = figF.halfIntegerData;
  double memEnergy = 0;
  for (unsigned op = 0; op < numOps; ++op)
    if (!operandEnergyFromFigures(bound, plan, fractional, temporal, figF, op,
                                  result, memEnergy, error))
      return false;
  result.macEnergy = plan.macEnergy;
  result.memEnergy = memEnergy;
  result.energyTotal = memEnergy + result.macEnergy;
  return true;
}

SALSA_MULTIVERSION
bool CostModel::evaluate(const TemporalMapping &temporal, CostResult &result,
                         std::string *error, Parts parts,
                         HalfTies ties) const {
  const BoundLayer &bound = boundLayer;
  const Layer &layer = *bound.layer;
  const PortPlan &plan = *ports;

  StationaryMapping tm;
  tm.compute(layer, temporal);
  MappingFigures figF, figIStorage;
  computeMappingFigures(bound, *fractional, tm, options.sameDataNoAccess,
                        figF, ties);
  const MappingFigures *figI = &figF;
  if (!sameSpatial && parts == Parts::All) {
    computeMappingFigures(bound, *integer, tm, options.sameDataNoAccess,
                          figIStorage, ties);
    figI = &figIStorage;
  }

  if (!energyFromFigures(bound, plan, *fractional, temporal, figF, result,
                         error))
    return false;
  if (parts == Parts::Energy)
    return true;

  LatencyInputs in{bound, plan, tm, figF, *figI, options.fixZigZagBugs};
  computeLatency(in, result);
  return true;
}

SALSA_MULTIVERSION
bool CostModel::evaluateOperand(const TemporalMapping &temporal, unsigned op,
                                CostResult &result, LinkFigures *links,
                                HalfTies ties) const {
  StationaryMapping tm;
  tm.compute(*boundLayer.layer, temporal, op);
  MappingFigures figF, figIStorage;
  computeMappingFigures(boundLayer, *fractional, tm, options.sameDataNoAccess,
                        figF, ties, op);
  result.halfIntegerData = figF.halfIntegerData;
  double energy = 0;
  if (!operandEnergyFromFigures(boundLayer, *ports, *fractional, temporal,
                                figF, op, result, energy, nullptr))
    return false;
  if (!links)
    return true;
  // The links read the integer mapping, as computeLatency does; its
  // double-buffering test the fractional one.
  const MappingFigures *fig = &figF;
  if (!sameSpatial) {
    computeMappingFigures(boundLayer, *integer, tm, options.sameDataNoAccess,
                          figIStorage, ties, op);
    fig = &figIStorage;
  }
  linksFromFigures(temporal, op, *fig, figF, *links);
  return true;
}
