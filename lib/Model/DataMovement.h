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

#include "salsa/Model/CostModel.h"

#include "llvm/ADT/SmallVector.h"

namespace salsa {

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

/// Decouples partially relevant loops (OX, FX for the conv input) into a
/// data-size part and a reuse part per loop, as ZigZag's decouple_pr_loop
/// (same floating-point sequence), and multiplies each level's loops by
/// how the operand sees them.
void decoupledProducts(const Layer &layer, unsigned op,
                       llvm::ArrayRef<LevelSegments> levels,
                       LevelProducts &out);

/// ZigZag's SpatialMappingInternal derived figures.
struct CostModel::SpatialInfo {
  PerOperandLoops levels;
  double unitCount[kMaxOperands][kMaxArchLevels];  // rounded
  double unitUnique[kMaxOperands][kMaxArchLevels];
  double memBwBoost[kMaxOperands][kMaxArchLevels]; // rounded, per gap
  SpatialInfo(const Layer &layer, const PerOperandLoops &levels);
};

/// Four-way attribute of one operand at one memory level.
using Way = std::array<double, kNumDataDirs>;
inline double &at(Way &w, DataDir d) { return w[unsigned(d)]; }
inline double at(const Way &w, DataDir d) { return w[unsigned(d)]; }

struct UnitMemMovement {
  Way amount;      // elements per period (DATA_TRANS_AMOUNT_PER_PERIOD)
  Way precision;   // bits per element
  Way period;      // cycles (DATA_TRANS_PERIOD)
  Way periodCount; // DATA_TRANS_PERIOD_COUNT
  Way reqBwAver;   // REQ_MEM_BW_AVER
  Way instWindow;  // INST_DATA_TRANS_WINDOW
};

/// ZigZag's Mapping for one spatial mapping and one temporal mapping.
struct MappingFigures {
  /// Per operand, per architecture level (0 = MAC level .. n).
  double dataBitUnrolled[kMaxOperands][kMaxArchLevels];
  double effectiveDataBit[kMaxOperands][kMaxArchLevels];
  /// Per operand, per memory level.
  UnitMemMovement movement[kMaxOperands][kMaxLevels];
};

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
  void compute(const Layer &layer, const TemporalMapping &temporal);
};

void computeMappingFigures(const BoundLayer &bound,
                           const CostModel::SpatialInfo &spatial,
                           const StationaryMapping &temporal,
                           bool sameDataNoAccess, MappingFigures &out);

/// Python's round(): halves go to the even neighbour.
double roundHalfEven(double v);

} // namespace salsa

#endif // SALSA_LIB_MODEL_DATAMOVEMENT_H
