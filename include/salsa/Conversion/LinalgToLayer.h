//===- LinalgToLayer.h - linalg op -> scheduling layer ----------*- C++ -*-===//
//
// The IR side of the problem model: reads a linalg convolution or
// contraction (named op or generic) into the ZigZag-style layer the
// scheduler works on. Dimension roles come from the indexing maps
// (linalg::inferConvolutionDims / inferContractionDims), strides and
// dilations from the input's index expressions, precisions from element
// types, and the unpadded input size from a producing tensor.pad.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_CONVERSION_LINALGTOLAYER_H
#define SALSA_CONVERSION_LINALGTOLAYER_H

#include "salsa/Model/Workload.h"

#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"

#include <string>

namespace salsa {

struct ExtractedLayer {
  /// The layer in ZigZag's vocabulary ("Conv" or "Gemm").
  LayerSpec spec;
  /// Layer dimension name of each loop of the op, in iteration order.
  llvm::SmallVector<std::string> loopNames;
  llvm::SmallVector<int64_t> loopSizes;
  /// Layer operand name ("I", "W", "O") of each operand of the op, in
  /// operand order (inputs, then init).
  llvm::SmallVector<std::string, 3> operandNames;
};

/// Is the op a multiply-accumulate layer salsa knows how to read (a
/// convolution or a contraction)? Elementwise ops, fills and pooling are
/// not.
bool isScheduleCandidate(mlir::linalg::LinalgOp op);

/// Why isScheduleCandidate says no, in a phrase (for remarks).
std::string whyNotCandidate(mlir::linalg::LinalgOp op);

/// Reads the layer (precisions from the element types). On failure, says
/// why in a sentence streamed into `emitDiag()` (e.g. a warning on the op).
mlir::FailureOr<ExtractedLayer>
extractLayer(mlir::linalg::LinalgOp op,
             llvm::function_ref<mlir::InFlightDiagnostic()> emitDiag);

} // namespace salsa

#endif
