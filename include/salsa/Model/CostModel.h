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
#include <memory>
#include <vector>

namespace salsa {

/// Word accesses of one memory level for one operand, by direction.
using FourWay = std::array<double, kNumDataDirs>;

struct CostResult {
  double energyTotal = 0;
  double macEnergy = 0;
  double memEnergy = 0;
  unsigned numOperands = 0;
  std::array<uint8_t, kMaxOperands> numLevels{};
  /// Per layer operand, per memory level (innermost first).
  std::array<std::array<double, kMaxLevels>, kMaxOperands> memEnergyBreakdown{};
  std::array<std::array<FourWay, kMaxLevels>, kMaxOperands> memoryWordAccess{};
  /// memEnergyBreakdown split by the neighbour the data moves to or from:
  /// [0] the level below (or the MACs), [1] the level above. Each half
  /// depends on one cut of the operand only (the exact engine's bound).
  std::array<std::array<std::array<double, 2>, kMaxLevels>, kMaxOperands>
      memEnergyHalves{};
  double latencyTotal0 = 0, latencyTotal1 = 0, latencyTotal2 = 0;
  double idealCycle = 0;
  double idealTemporalCycle = 0;
  double stallSlackComb = 0;
  double dataOnloadingCycle = 0;
  double dataOffloadingCycle = 0;
  double macSpatialUtilization = 0;
  double macUtilization0 = 0, macUtilization1 = 0, macUtilization2 = 0;
  /// The data of some level is a half-integer to rounding (a fractional
  /// unrolling), rounded as its floating-point product fell: another
  /// spread of the same tile over the levels below can round it the other
  /// way (CostModel::HalfTies).
  bool halfIntegerData = false;
};

struct CostModelOptions {
  /// ZigZag's access_same_data_considered_as_no_access (on in every ZigZag
  /// flow we compare with).
  bool sameDataNoAccess = true;
  /// Corrects two ZigZag latency bugs (off by default so numbers compare):
  /// on-loading cycles shared between ports are lowered only down to their
  /// minimum (ZigZag's reduce_balanced can go below it), and half-shared
  /// port pairs add up (ZigZag keeps only the last one).
  bool fixZigZagBugs = false;
};

/// ZigZag's innermost-stationary merge-down, in place: irrelevant loops at
/// the bottom of a level move one level down until every level above the
/// first starts with a loop the operand depends on. Optionally returns, per
/// operand, the product of the irrelevant loops at the bottom of level 0
/// (ZigZag's mac_level_data_stationary_cycle).
void mergeDownStationary(const Layer &layer, TemporalMapping &mapping,
                         double *macStationary = nullptr);

struct MappingFigures;

/// Evaluates complete mappings of one layer on one target. Construct once
/// per (layer, target, spatial mapping); evaluate many temporal mappings.
/// evaluate() allocates nothing and is safe to call from several threads.
class CostModel {
public:
  CostModel(const BoundLayer &bound, const SpatialMappings &spatial,
            CostModelOptions options = {});
  ~CostModel();
  CostModel(const CostModel &) = delete;
  CostModel &operator=(const CostModel &) = delete;

  /// What evaluate() computes.
  enum class Parts : uint8_t {
    All,
    /// Energy figures only; the latency fields are left as they were. Used
    /// to discard candidates that already lose on energy.
    Energy,
  };

  /// How the data held per level (ZigZag's round() of a product of loop
  /// sizes) rounds a product that is a half-integer, which only a
  /// fractional unrolling makes: as computed (the product's floating-point
  /// value, which depends on how the loops below are spread over the
  /// levels, ZigZag's as well), or always down or up. The exact engine
  /// tabulates its terms with both, since one tile below a cut can round
  /// either way in a real mapping.
  enum class HalfTies : uint8_t { AsComputed, Down, Up };

  /// `temporal` is the allocator's output. Returns false (and a message) if
  /// a data movement has no port to use.
  bool evaluate(const TemporalMapping &temporal, CostResult &result,
                std::string *error = nullptr, Parts parts = Parts::All,
                HalfTies ties = HalfTies::AsComputed) const;

  const BoundLayer &bound() const { return boundLayer; }
  const CostModelOptions &modelOptions() const { return options; }

  /// Elements moved, per layer operand, memory level (innermost first) and
  /// direction, over the whole layer and every instance of the level:
  /// ZigZag's amount per period x period count x instances, before the
  /// ports' word granularity (the figures memoryWordAccess is made from).
  /// Fractional with a fractional unrolling.
  using ElementMoves =
      std::array<std::array<FourWay, kMaxLevels>, kMaxOperands>;
  void elementMoves(const TemporalMapping &temporal, ElementMoves &out) const;

  /// One data-transfer link: an operand's memory level and a direction.
  struct LinkId {
    uint8_t op, lv, dir;
    /// Does it count towards on-/off-loading (not the output's partial
    /// sums coming back)?
    bool loads;
  };
  /// What the latency model charges a link, from the integer spatial
  /// mapping as computeLatency reads it: the cycles of one transfer at its
  /// port's bandwidth (ZigZag's real transfer cycles) and the number of
  /// transfers (0 where nothing moves), and its period: the cycles
  /// between two transfers, the longest window a transfer may take.
  /// `onceMinimum`: how far computeLatency's balancing may lower the
  /// on- or off-loading of a transfer made once (count 1): the operand's
  /// level-1 data at the port's bandwidth. `share`: the fraction of the
  /// memory below the link's cut the operand's tile fills (computeLatency's
  /// own part of the double-buffering test when no loop the operand depends
  /// on tops that level); 0 at the bottom. `requiredBandwidth`: the bits
  /// per cycle computeLatency's balancing counts against the port while
  /// the link repeats (ZigZag's REQ_MEM_BW_AVER; 0 made once or never).
  struct LinkFigure {
    double cycles = 0, count = 0, period = 0, onceMinimum = 0, share = 0,
           requiredBandwidth = 0;
  };
  using LinkFigures =
      std::array<std::array<std::array<LinkFigure, kNumDataDirs>, kMaxLevels>,
                 kMaxOperands>;
  /// One operand's part of evaluate(Parts::Energy): its word accesses and
  /// memory energies (memoryWordAccess, memEnergyBreakdown,
  /// memEnergyHalves) and whether its data had a half-integer
  /// (halfIntegerData); the totals and the other operands' figures are
  /// left as they were. With `links`, that operand's links' figures too,
  /// at its levels (the two share the data-movement figures, most of the
  /// work). The
  /// exact engine's tables read one operand's figures of each synthetic
  /// mapping. Returns false (`links` left as it was) if the operand's data
  /// moves where it has no port.
  bool evaluateOperand(const TemporalMapping &temporal, unsigned op,
                       CostResult &result, LinkFigures *links = nullptr,
                       HalfTies ties = HalfTies::AsComputed) const;
  /// The links each physical port carries, every port of every memory,
  /// whether it carries both inputs (computeLatency's shared loads), and
  /// its bandwidth (bits per cycle).
  struct PortLinks {
    std::vector<LinkId> links;
    bool sharedByInputs = false;
    double bandwidthMax = 0;
  };
  std::vector<PortLinks> portLinks() const;

  struct SpatialInfo;
  struct PortPlan;

private:
  /// Operand `op`'s links' figures from the mapping's: `fig` at the
  /// spatial mapping the latency reads, `figF` at the fractional one.
  void linksFromFigures(const TemporalMapping &temporal, unsigned op,
                        const MappingFigures &fig, const MappingFigures &figF,
                        LinkFigures &out) const;

  const BoundLayer &boundLayer;
  CostModelOptions options;
  std::unique_ptr<SpatialInfo> fractional;
  std::unique_ptr<SpatialInfo> integer;
  /// The integer mapping equals the fractional one (every unroll divides).
  bool sameSpatial = false;
  std::unique_ptr<PortPlan> ports;
};

} // namespace salsa

#endif // SALSA_MODEL_COSTMODEL_H
