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

/// One entry of a mapping file.
struct MappingEntry {
  std::string name; // layer name, operator type, or "default"
  UserSpatialMapping spatial;
  OperandLinks links;
  /// Optional complete temporal ordering, innermost first.
  std::vector<std::pair<std::string, int64_t>> temporalOrdering;
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

  /// A target must have a `default` mapping entry.
  llvm::Error check() const;
};

} // namespace salsa

#endif // SALSA_MODEL_TARGET_H
