//===- Target.h - An accelerator with its mapping entries -------*- C++ -*-===//
//
// The one target type every pass and tool schedules against: the
// accelerator and, as in ZigZag's mapping file, the spatial mapping and
// operand links per layer name or operator type, with a `default` entry for
// every other layer. A target from IR (#salsa.accelerator) has only the
// default entry.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_MODEL_TARGET_H
#define SALSA_MODEL_TARGET_H

#include "salsa/Model/Mapping.h"

#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace salsa {

/// Operand name -> bits: "W", "I", "O" (partial sums), "O_final".
using OperandPrecisions = std::vector<std::pair<std::string, int>>;
/// The operand names a precision may be given for.
llvm::ArrayRef<llvm::StringRef> precisionKeys();

/// One entry of a mapping file.
struct MappingEntry {
  std::string name; // layer name, operator type, or "default"
  UserSpatialMapping spatial;
  OperandLinks links;
  /// Optional complete temporal ordering, innermost first.
  std::vector<std::pair<std::string, int64_t>> temporalOrdering;
  /// The datapath's operand precisions in bits (W, I, O partial sums,
  /// O_final), salsa's `operand_precision` key; empty: not given.
  OperandPrecisions precisions;
  /// What the spatial generator may unroll over the array dimensions
  /// `spatial` leaves open (ZigZag's spatial_mapping_hint).
  SpatialMappingHint spatialHint;
};

/// ZigZag's choice: the entry named like the layer, else like its operator
/// type, else "default"; nullptr if none.
const MappingEntry *selectMapping(const std::vector<MappingEntry> &entries,
                                  llvm::StringRef layerName,
                                  llvm::StringRef operatorType);

struct Target {
  Accelerator accel;
  std::vector<MappingEntry> mapping;

  /// The entry for a layer (ZigZag's selection); check() guarantees one.
  const MappingEntry &entryFor(llvm::StringRef layerName,
                               llvm::StringRef operatorType) const;
  const MappingEntry &defaultEntry() const { return entryFor("", ""); }
  /// The precisions the target computes at for a layer: its entry's, else
  /// the default entry's; empty if the target gives none.
  const OperandPrecisions &precisionsFor(llvm::StringRef layerName,
                                         llvm::StringRef operatorType) const;

  /// A target must have a `default` mapping entry; unrollings fit the
  /// array; precisions name known operands with positive widths.
  llvm::Error check() const;
};

} // namespace salsa

#endif // SALSA_MODEL_TARGET_H
