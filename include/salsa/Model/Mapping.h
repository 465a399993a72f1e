//===- Mapping.h - Spatial and temporal mappings ----------------*- C++ -*-===//
//
// A mapping places a layer's loops on an accelerator: spatial loops unroll
// over the operational array, temporal loops run in time, each assigned to
// the memory level that holds the operand's tile while the loop runs.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_MODEL_MAPPING_H
#define SALSA_MODEL_MAPPING_H

#include "salsa/Model/Accelerator.h"
#include "salsa/Model/TemporalMapping.h"
#include "salsa/Model/Workload.h"

#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace salsa {

/// One unrolling of a layer dimension over an array dimension.
struct SpatialUnroll {
  std::string arrayDim; // "D1"
  std::string layerDim; // "K"
  double factor = 1;
  bool operator==(const SpatialUnroll &o) const {
    return arrayDim == o.arrayDim && layerDim == o.layerDim &&
           factor == o.factor;
  }
};

/// The user-level spatial mapping: unrollings grouped by array dimension, in
/// the order given (ZigZag SpatialMapping).
using UserSpatialMapping = std::vector<SpatialUnroll>;

/// ZigZag's spatial_mapping_hint: per array dimension, the layer dimensions
/// its generated candidates may unroll (array dimensions not listed: all).
struct ArrayDimHint {
  std::string arrayDim;               // "D1"
  std::vector<std::string> layerDims; // {"K", "C"}, as written
};
using SpatialMappingHint = std::vector<ArrayDimHint>;

/// Which memory operand each layer operand is routed through.
struct OperandLink {
  std::string layerOperand; // "W"
  MemOperand memOperand;    // I2
  bool operator==(const OperandLink &o) const {
    return layerOperand == o.layerOperand && memOperand == o.memOperand;
  }
};
using OperandLinks = std::vector<OperandLink>;

// PerOperandLoops: loops per level for each layer operand (indexed like
// Layer::operands). For spatial mappings level 0 is below the operand's
// first memory and the last level is above its top memory; for temporal
// mappings level i is the i-th memory of the operand.

/// The layer placed on the target: layer, accelerator and links resolved to
/// indices, so the allocator and cost model never look up names.
struct BoundLayer {
  const Layer *layer = nullptr;
  const Accelerator *accel = nullptr;
  /// Memory operand of each layer operand.
  std::vector<MemOperand> memOperand;
  /// Memory indices (into Accelerator::memories) of each layer operand,
  /// innermost first.
  std::vector<llvm::SmallVector<unsigned, 4>> levels;

  unsigned numOperands() const { return memOperand.size(); }
  /// Layer operand routed through `op`, or -1.
  int layerOperandOf(MemOperand op) const;
};

llvm::Expected<BoundLayer> bindLayer(const Layer &layer,
                                     const Accelerator &accel,
                                     const OperandLinks &links);

/// Clips a user spatial mapping to a layer the way ZigZag's
/// SpatialMappingGeneratorStage does for fully specified mappings: unrolls
/// of dimensions the layer lacks are dropped, each unroll is limited to the
/// array dimension and to the layer dimension size.
UserSpatialMapping clipSpatialMapping(const UserSpatialMapping &user,
                                      const Layer &layer,
                                      const Accelerator &accel);

/// ZigZag's SpatialMappingConversionStage: the fractional ("greedy") and the
/// integer internal spatial mappings, spatial loops attached to the memory
/// levels that serve their array dimensions.
struct SpatialMappings {
  UserSpatialMapping fractional;
  UserSpatialMapping integer;
  PerOperandLoops fractionalLevels;
  PerOperandLoops integerLevels;
};
llvm::Expected<SpatialMappings>
convertSpatialMapping(const BoundLayer &bound, const UserSpatialMapping &user);

/// Temporal loop sizes left after spatial unrolling: ceil(size / unroll)
/// per dimension, size-1 dimensions dropped (dimension order of the layer).
/// `spatialLevels` is SpatialMappings::fractionalLevels.
std::vector<Loop> temporalLoops(const Layer &layer,
                                const PerOperandLoops &spatialLevels);

} // namespace salsa

#endif // SALSA_MODEL_MAPPING_H
