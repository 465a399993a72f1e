//===- OnnxToTosa.h - ONNX graph -> TOSA (+linalg) function -----*- C++ -*-===//
//
// Emits one func.func for an ONNX graph: TOSA ops wherever TOSA can say
// it (so upstream's tosa-to-linalg-named / tosa-to-linalg produce the
// linalg a real MLIR compiler would), linalg only for grouped
// convolutions, which TOSA has no op for. 4-D activations flow in NHWC,
// TOSA's layout; transposes appear only where an op needs ONNX's NCHW
// order (flatten, reshape) and at the function boundary.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_IMPORT_ONNXTOTOSA_H
#define SALSA_IMPORT_ONNXTOTOSA_H

#include "salsa/Import/OnnxGraph.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

namespace salsa::onnx_import {

struct ImportOptions {
  /// How weights (initializers) enter the function: as trailing function
  /// arguments in the layout the TOSA op wants, as zero constants, or as
  /// constants holding the model's values (rearranged into that layout;
  /// needs the values inside the model file). Scheduling needs their shapes
  /// only.
  enum class Weights { Arguments, Zeros, Values };
  Weights weights = Weights::Arguments;
  /// File name for the locations of the emitted ops.
  std::string fileName = "model.onnx";
  /// Name of the emitted function.
  std::string functionName = "main";
};

/// Dialects the emitted IR uses; load them before calling importGraph.
void loadImportDialects(mlir::MLIRContext &context);

/// Builds the module. On an unsupported operator or attribute it emits an
/// error at a location naming the ONNX node and returns null.
mlir::OwningOpRef<mlir::ModuleOp> importGraph(const Graph &graph,
                                              mlir::MLIRContext &context,
                                              const ImportOptions &options);

} // namespace salsa::onnx_import

#endif
