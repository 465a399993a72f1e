//===- Latency.h - ZigZag's latency model (private) -------------*- C++ -*-===//
#ifndef SALSA_LIB_MODEL_LATENCY_H
#define SALSA_LIB_MODEL_LATENCY_H

#include "DataMovement.h"

#include <cmath>

namespace salsa {

/// What the latency and energy computations need of the target's ports and
/// of the layer, resolved once per (layer, target).
struct CostModel::PortPlan {
  struct Use {
    uint8_t op, lv, dir;
    /// Resolved once: the architecture level whose double buffering and
    /// top reuse the link reads (lv + 1 towards the level above), and
    /// whether it counts towards on-/off-loading (not the output's partial
    /// sums coming back).
    uint8_t archLevel;
    bool loads;
    double bandwidthMax; // of the serving port for this link
  };
  struct Port {
    double bandwidthMax = 0;
    bool sharedByInputs = false; // carries both I1 and I2
    /// Linked (operand, level, direction) links in ZigZag's order.
    llvm::SmallVector<Use, 8> uses;
  };
  /// Every port of every memory that serves an operand of the layer, in
  /// file order.
  std::vector<Port> ports;
  /// Per operand, level and direction: the serving port's bandwidths (0 if
  /// no port serves it).
  double bwMin[kMaxOperands][kMaxLevels][kNumDataDirs] = {};
  double bwMax[kMaxOperands][kMaxLevels][kNumDataDirs] = {};
  /// bwMin / bwMax (the word-access scaling).
  double bwMinOverMax[kMaxOperands][kMaxLevels][kNumDataDirs] = {};
  double readCost[kMaxOperands][kMaxLevels] = {};
  double writeCost[kMaxOperands][kMaxLevels] = {};
  double sizeBits[kMaxOperands][kMaxLevels] = {};
  /// Per operand and level: the (operand, level) pairs sharing its memory,
  /// itself included; empty when the memory holds one operand.
  llvm::SmallVector<std::pair<uint8_t, uint8_t>, 3> sharers[kMaxOperands]
                                                          [kMaxLevels];
  /// Memories holding two or more operands, as lists of linked sharers.
  std::vector<llvm::SmallVector<std::pair<uint8_t, uint8_t>, 3>> groups;
  /// Of the layer alone: the MACs' energy, and ZigZag's ideal cycle count
  /// (the MACs over the array's units).
  double macEnergy = 0;
  double idealCycle = 0;

  explicit PortPlan(const BoundLayer &bound);
};

struct LatencyInputs {
  const BoundLayer &bound;
  const CostModel::PortPlan &ports;
  const StationaryMapping &tm;
  const MappingFigures &figF; // fractional spatial mapping
  const MappingFigures &figI; // integer spatial mapping
  bool fixZigZagBugs = false;
};

/// ZigZag's real transfer cycles of one link: its amount per period at the
/// serving port's bandwidth (0 when no port serves it).
inline double realTransferCycles(const UnitMemMovement &u, unsigned dir,
                                 double bandwidthMax) {
  return bandwidthMax
             ? std::ceil(u.amount[dir] * u.precision[dir] / bandwidthMax)
             : 0;
}

/// Fills the latency and utilization fields of `result`.
void computeLatency(const LatencyInputs &in, CostResult &result);

/// The (operand, direction) pairs a port serves, in ZigZag's order.
llvm::SmallVector<PortUse, 8> servedUses(const MemoryLevel &mem,
                                          unsigned port);

/// ZigZag's reduce_balanced: lowers the largest of `cycles` towards their
/// `minimum` with at most `budget` cycles in total; writes the remainders.
/// With `clampToMinimum`, no entry goes below its minimum (the fix).
void reduceBalanced(llvm::ArrayRef<double> cycles,
                    llvm::ArrayRef<double> minimum, double budget,
                    llvm::MutableArrayRef<double> remaining,
                    bool clampToMinimum = false);

/// Length of the union of periodic memory-updating windows (ZigZag
/// __calc_mem_updating_window_union) for windows (period, allowed, count).
double updatingWindowUnion(llvm::ArrayRef<std::array<double, 3>> windows);

} // namespace salsa

#endif // SALSA_LIB_MODEL_LATENCY_H
