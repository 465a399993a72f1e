//===- DataMovement.h - Per-level data movement of a mapping ----*- C++ -*-===//
//
// Private to lib/Model. ZigZag's `Mapping` class: for one spatial mapping
// (fractional or integer) and one temporal mapping, the data each memory
// level of each operand moves per period in each direction. Fixed-size
// arrays throughout: an evaluation allocates nothing.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_LIB_MODEL_DATAMOVEMENT_H
#define SALSA_LIB_MODEL_DATAMOVEMENT_H

#include "FastArith.h"

#include "salsa/Model/CostModel.h"

#include "llvm/ADT/SmallVector.h"

#include <cmath>

namespace salsa {

/// Every operand (the per-operand computations' default; the exact engine's
/// tables ask for one at a time).
constexpr unsigned kAllOperands = ~0u;

/// Architecture levels of an operand: the MAC level plus one per memory.
constexpr unsigned kMaxArchLevels = kMaxLevels + 1;

/// One architecture level given as two runs of loops (temporal, spatial).
struct LevelSegments {
  llvm::ArrayRef<Loop> first, second;
};

/// Products of the decoupled loops of each level, by how the operand sees
/// them: relevant (data size), irrelevant (reuse), or neither.
struct LevelProducts {
  double relevant[kMaxArchLevels];
  double irrelevant[kMaxArchLevels];
  double notRelevant[kMaxArchLevels]; // irrelevant and neither
  bool irrelevantAboveOne[kMaxArchLevels];
};

/// How one operand sees each layer dimension, resolved once per layer so
/// that decoupling a loop is one table look-up.
struct DimRoles {
  enum Role : uint8_t {
    Relevant,   // data size
    Irrelevant, // reuse (and not relevant)
    Other,      // neither, and no partial relation of the operand uses it
    Partial,    // a dimension of the operand's partial relations
  };
  Role role[kMaxLayerDims];
  /// For Partial: which of the operand's (at most two) relations use it.
  uint8_t relations[kMaxLayerDims];
  /// The operand's partial relations (indices into Layer::relations).
  unsigned numRel = 0;
  unsigned relIndex[2] = {0, 0};
  DimRoles() = default;
  DimRoles(const Layer &layer, unsigned op);
};

/// One level's products while decoupling (see LevelProducts). No
/// initializers, so that arrays of them cost nothing: start a level from
/// LevelAccum::empty().
struct LevelAccum {
  double relevant, irrelevant, notRelevant;
  bool irrelevantAboveOne;
  static LevelAccum empty() { return {1, 1, 1, false}; }
};

/// Decouples partially relevant loops (OX, FX for the conv input) into a
/// data-size part and a reuse part per loop, as ZigZag's decouple_pr_loop
/// (same floating-point sequence), and multiplies each level's loops by
/// how the operand sees them. Feed it the loops bottom-up, level by level:
/// a partial relation telescopes across levels.
class Decoupler {
public:
  /// `integerSizes`: every loop fed is an integer, so the relations'
  /// cumulative sizes are too and need no truncation.
  Decoupler(const Layer &layer, const DimRoles &roles,
            bool integerSizes = false)
      : layer(layer), roles(roles), integerSizes(integerSizes) {}
  /// Multiplies `loops` into the products of the current level.
  void add(llvm::ArrayRef<Loop> loops, LevelAccum &level) {
    for (const Loop &l : loops) {
      const DimRoles::Role role = roles.role[l.dim];
      // Only a partially relevant loop needs code of its own; the others
      // multiply selected factors (a product times 1 is itself), since
      // the dimension of a random ordering's next loop is unpredictable.
      if (role == DimRoles::Partial) {
        addPartial(l, level);
        continue;
      }
      const bool relevant = role == DimRoles::Relevant;
      const bool irrelevant = role == DimRoles::Irrelevant;
      level.relevant *= factorIf(relevant, l.size);
      level.notRelevant *= factorIf(!relevant, l.size);
      level.irrelevant *= factorIf(irrelevant, l.size);
      level.irrelevantAboveOne |= irrelevant & (l.size > 1);
    }
  }

private:
  /// Per partial relation: cumulative sizes of its two loop dimensions and
  /// the data size / reuse reached so far (ZigZag telescopes per loop).
  struct RelState {
    double a = 1, b = 1;
    double prevSize = 1, prevReuse = 1;
  };
  void addPartial(const Loop &l, LevelAccum &level);

  const Layer &layer;
  const DimRoles &roles;
  bool integerSizes;
  RelState rel[2];
};

/// decoupledProducts over whole levels given as segments.
void decoupledProducts(const Layer &layer, unsigned op,
                       llvm::ArrayRef<LevelSegments> levels,
                       LevelProducts &out);

/// ZigZag's SpatialMappingInternal derived figures.
struct CostModel::SpatialInfo {
  PerOperandLoops levels;
  DimRoles roles[kMaxOperands];
  double unitCount[kMaxOperands][kMaxArchLevels];  // rounded
  double unitUnique[kMaxOperands][kMaxArchLevels];
  double memBwBoost[kMaxOperands][kMaxArchLevels]; // rounded, per gap
  bool integral = true; // every spatial loop size is an integer
  SpatialInfo(const Layer &layer, const PerOperandLoops &levels);
};

/// Four-way attribute of one operand at one memory level.
using Way = std::array<double, kNumDataDirs>;
inline double &at(Way &w, DataDir d) { return w[unsigned(d)]; }
inline double at(const Way &w, DataDir d) { return w[unsigned(d)]; }

/// period is always an integer (ZigZag truncates it); the latency relies
/// on it.
struct UnitMemMovement {
  Way amount;      // elements per period (DATA_TRANS_AMOUNT_PER_PERIOD)
  Way precision;   // bits per element
  Way period;      // cycles (DATA_TRANS_PERIOD)
  Way periodCount; // DATA_TRANS_PERIOD_COUNT
};

/// ZigZag's Mapping for one spatial mapping and one temporal mapping. Of
/// ZigZag's per-link figures only those the energy needs are tabulated;
/// the few links the latency reads derive the rest on demand.
struct MappingFigures {
  /// Per operand, per architecture level (0 = MAC level .. n).
  double dataBitUnrolled[kMaxOperands][kMaxArchLevels];
  /// Bits per cycle the level takes from the one above (lowRaw) and gives
  /// to the one below (highRaw: lowRaw times the bandwidth boost).
  double lowRaw[kMaxOperands][kMaxArchLevels];
  double highRaw[kMaxOperands][kMaxArchLevels];
  /// Per operand, per memory level.
  UnitMemMovement movement[kMaxOperands][kMaxLevels];
  /// Some level's data was a half-integer to rounding (CostResult).
  bool halfIntegerData = false;

  /// ZigZag's REQ_MEM_BW_AVER of a link that moves data (an integer).
  double requiredBandwidth(unsigned op, unsigned lv, unsigned dir) const {
    return std::trunc(towardsHigher(dir) ? lowRaw[op][lv + 1]
                                         : highRaw[op][lv]);
  }
};

/// trunc(period / divisor) (ZigZag's instant transfer window,
/// INST_DATA_TRANS_WINDOW); a direction the operand does not use has
/// period 0, and 0 / divisor is period itself for any positive divisor: no
/// division.
inline double transferWindow(double period, double divisor) {
  if (period == 0 && divisor > 0)
    return period;
  return std::trunc(period / divisor);
}

/// The temporal mapping after merge-down with ZigZag's per-level helpers.
struct StationaryMapping {
  TemporalMapping mapping; // cuts after the merge-down
  double macStationary[kMaxOperands];
  /// Per operand: cumulative cycles covered up to each memory level.
  double cycleCabl[kMaxOperands][kMaxLevels];
  /// Per operand, per architecture level (index 0 is 1): the product of the
  /// relevant / irrelevant loops at the top of each memory level.
  double topRelevant[kMaxOperands][kMaxArchLevels];
  double topIrrelevant[kMaxOperands][kMaxArchLevels];
  double totalCycle = 1;
  /// Every loop size is an integer (then so is every product of them), at
  /// least 1, and totalCycle < 2^53 (so every such product is exact and
  /// divides totalCycle exactly): the roundings ZigZag applies to cycle
  /// counts are the identity.
  bool exactCycles = false;
  /// `onlyOperand`: that operand's figures (and totalCycle) only, where
  /// the cycles are exact; the other operands' are left unset.
  void compute(const Layer &layer, const TemporalMapping &temporal,
               unsigned onlyOperand = kAllOperands);
};

/// `onlyOperand`: that operand's figures only (halfIntegerData says whether
/// its data had a half-integer); the other operands' are left unset.
void computeMappingFigures(const BoundLayer &bound,
                           const CostModel::SpatialInfo &spatial,
                           const StationaryMapping &temporal,
                           bool sameDataNoAccess, MappingFigures &out,
                           CostModel::HalfTies ties =
                               CostModel::HalfTies::AsComputed,
                           unsigned onlyOperand = kAllOperands);

/// Python's round(): halves go to the even neighbour. std::nearbyint in the
/// default rounding mode, without its library call: adding and subtracting
/// 2^52 rounds a smaller magnitude to an integer, ties to even.
inline double roundHalfEven(double v) {
  constexpr double kTwo52 = 4503599627370496.0;
  double a = std::fabs(v);
  if (!(a < kTwo52)) // already an integer, or not a number
    return v;
  return std::copysign((a + kTwo52) - kTwo52, v);
}

} // namespace salsa

#endif // SALSA_LIB_MODEL_DATAMOVEMENT_H
