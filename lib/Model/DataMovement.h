//===- DataMovement.h - Per-level data movement of a mapping ----*- C++ -*-===//
//
// Private to lib/Model. ZigZag's `Mapping` class: for one spatial mapping
// (fractional or integer) and one temporal mapping, the data each memory
// level of each operand moves per period in each direction.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_LIB_MODEL_DATAMOVEMENT_H
#define SALSA_LIB_MODEL_DATAMOVEMENT_H

#include "salsa/Model/CostModel.h"

#include "llvm/ADT/SmallVector.h"

namespace salsa {

/// A loop after ZigZag's pr-loop decoupling, tagged by how the operand sees
/// it: relevant (its size is data size), irrelevant (its size is reuse), or
/// neither.
enum class LoopTag : uint8_t { Relevant, Irrelevant, Other };

/// Products of the decoupled loops of each level, by tag.
struct LevelProducts {
  llvm::SmallVector<double, 8> relevant;
  llvm::SmallVector<double, 8> irrelevant;
  llvm::SmallVector<double, 8> notRelevant; // irrelevant and other
  llvm::SmallVector<bool, 8> irrelevantAboveOne;
};

/// Decouples partially relevant loops (OX, FX for the conv input) into a
/// data-size part and a reuse part, as ZigZag's decouple_pr_loop, and
/// multiplies each level's loops by tag.
LevelProducts decoupledProducts(const Layer &layer, unsigned op,
                                llvm::ArrayRef<const std::vector<Loop> *> levels);

/// ZigZag's SpatialMappingInternal derived figures.
struct CostModel::SpatialInfo {
  PerOperandLoops levels;
  std::vector<llvm::SmallVector<double, 8>> unitCount;  // rounded
  std::vector<llvm::SmallVector<double, 8>> unitUnique;
  std::vector<llvm::SmallVector<double, 8>> memBwBoost; // rounded, per gap
  SpatialInfo(const Layer &layer, const PerOperandLoops &levels);
};

/// Four-way attribute of one operand at one memory level.
using Way = std::array<double, kNumDataDirs>;
inline double &at(Way &w, DataDir d) { return w[unsigned(d)]; }
inline double at(const Way &w, DataDir d) { return w[unsigned(d)]; }

struct UnitMemMovement {
  Way amount{};     // elements per period (DATA_TRANS_AMOUNT_PER_PERIOD)
  Way precision{};  // bits per element
  Way period{};     // cycles (DATA_TRANS_PERIOD)
  Way periodCount{};
  Way reqBwAver{};
  Way instWindow{}; // INST_DATA_TRANS_WINDOW
};

/// ZigZag's Mapping for one spatial mapping and one temporal mapping.
struct MappingFigures {
  /// Per operand, per architecture level (0 = MAC level .. n).
  std::vector<llvm::SmallVector<double, 8>> dataBitUnrolled;
  std::vector<llvm::SmallVector<double, 8>> effectiveDataBit;
  /// Per operand, per memory level.
  std::vector<llvm::SmallVector<UnitMemMovement, 6>> movement;
  double totalCycle = 1;
};

/// The temporal mapping after merge-down with ZigZag's per-level helpers.
struct StationaryMapping {
  std::vector<double> macStationary; // before `levels`: filled with it
  PerOperandLoops levels;
  /// Per operand: cumulative cycles covered up to each memory level.
  std::vector<llvm::SmallVector<double, 8>> cycleCabl;
  /// Per operand, per architecture level (index 0 is 1): the product of the
  /// relevant / irrelevant loops at the top of each memory level.
  std::vector<llvm::SmallVector<double, 8>> topRelevant;
  std::vector<llvm::SmallVector<double, 8>> topIrrelevant;
  double totalCycle = 1;
  StationaryMapping(const Layer &layer, const PerOperandLoops &temporal);
};

void computeMappingFigures(const BoundLayer &bound,
                           const CostModel::SpatialInfo &spatial,
                           const StationaryMapping &temporal,
                           bool sameDataNoAccess, MappingFigures &out);

/// Python's round(): halves go to the even neighbour.
double roundHalfEven(double v);

} // namespace salsa

#endif // SALSA_LIB_MODEL_DATAMOVEMENT_H
