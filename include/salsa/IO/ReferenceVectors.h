//===- ReferenceVectors.h - ZigZag reference data (JSON lines) --*- C++ -*-===//
//
// Reads the JSON-lines files ZigZag's own runs produced (cost-model vectors
// and search baselines, see test/Inputs/zigzag/reference/README.md) into
// model types.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_IO_REFERENCEVECTORS_H
#define SALSA_IO_REFERENCEVECTORS_H

#include "salsa/Model/Allocator.h"

#include "llvm/Support/JSON.h"

#include <string>
#include <vector>

namespace salsa::io {

/// The fields shared by cost-model vectors and search baselines.
struct ReferenceRecord {
  std::string id;
  std::string accelerator; // hardware file stem
  std::string workload;
  int64_t layerIndex = 0;
  LayerSpec layer;
  /// Keys of the record's spatial_mapping in the order of the hardware's
  /// array dimensions once resolved (JSON objects carry no order).
  UserSpatialMapping spatial;
  OperandLinks links;
  MappingType mappingType = MappingType::Uneven;
  llvm::json::Object raw; // the whole record
};

/// A ZigZag layer object (as in the records' `layer` field, or one line of
/// `salsa-opt --salsa-print-layers`). `lineNo` and `file` label errors.
llvm::Expected<LayerSpec> parseLayerObject(const llvm::json::Object &layer,
                                           llvm::StringRef file,
                                           unsigned lineNo);

/// Parses one JSON line. `lineNo` and `file` only label errors.
llvm::Expected<ReferenceRecord> parseReferenceRecord(llvm::StringRef line,
                                                     llvm::StringRef file,
                                                     unsigned lineNo);

/// Orders `spatial` by the array dimension order of `accel`.
void orderSpatialMapping(UserSpatialMapping &spatial, const Accelerator &accel);

/// [[dim, size], ...] to loops of `layer` (error on an unknown dimension).
llvm::Expected<std::vector<Loop>> parseLoops(const llvm::json::Value *value,
                                             const Layer &layer);

/// {"O": [[[dim, size], ...], ...], ...} to loops per operand and level.
llvm::Expected<PerOperandLoops>
parsePerOperandLoops(const llvm::json::Value *value, const Layer &layer);

/// Formats loops as [[dim, size], ...] for messages and JSON output.
llvm::json::Array loopsToJson(llvm::ArrayRef<Loop> loops, const Layer &layer);

} // namespace salsa::io

#endif // SALSA_IO_REFERENCEVECTORS_H
