//===- ZigZagFiles.h - Readers for ZigZag's YAML inputs ---------*- C++ -*-===//
//
// ZigZag describes a target in a hardware YAML, the spatial mapping and
// operand links in a mapping YAML, and layers in a workload YAML. These
// readers accept ZigZag's files as they are; a bad file gets an error naming
// the file, the line and the field.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_IO_ZIGZAGFILES_H
#define SALSA_IO_ZIGZAGFILES_H

#include "salsa/Model/Target.h"

#include "llvm/Support/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace salsa::io {

/// Reads a hardware file. `contents`, if given, is used instead of reading
/// `path` (which then only names the source in errors).
llvm::Expected<Accelerator>
readHardware(llvm::StringRef path,
             std::optional<llvm::StringRef> contents = std::nullopt);

llvm::Expected<std::vector<MappingEntry>>
readMapping(llvm::StringRef path,
            std::optional<llvm::StringRef> contents = std::nullopt);

struct WorkloadLayer {
  int64_t id = 0;
  LayerSpec spec;
};

/// A workload YAML, or (a path ending in .onnx) an ONNX model read as
/// ZigZag's ONNX parser reads it (readOnnxWorkload).
llvm::Expected<std::vector<WorkloadLayer>>
readWorkload(llvm::StringRef path,
             std::optional<llvm::StringRef> contents = std::nullopt);

/// ZigZag's layers of an ONNX model: Conv and 2-D Gemm/MatMul nodes, ids
/// the node indices, 8-bit operands with 16-bit partial sums.
llvm::Expected<std::vector<WorkloadLayer>>
readOnnxWorkload(llvm::StringRef path);

} // namespace salsa::io

#endif // SALSA_IO_ZIGZAGFILES_H
