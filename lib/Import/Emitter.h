//===- Emitter.h - shared state of the ONNX -> TOSA emitter -----*- C++ -*-===//
//
// One Emitter per graph: the value map (ONNX name -> MLIR value and its
// layout), the entry block whose arguments grow as weights are met, and
// small builders for the TOSA plumbing every operator needs (transposes,
// reshapes, constants, zero points). Operator handlers live in ConvOps.cpp,
// DenseOps.cpp and ElementwiseOps.cpp.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_LIB_IMPORT_EMITTER_H
#define SALSA_LIB_IMPORT_EMITTER_H

#include "salsa/Import/OnnxToTosa.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"

#include <map>

namespace salsa::onnx_import {

/// An imported value. A 4-D activation may be kept in NHWC (TOSA's layout)
/// while ONNX's shape for it stays NCHW.
struct Imported {
  mlir::Value value;
  bool nhwc = false;
};

class Emitter {
public:
  Emitter(const Graph &graph, mlir::MLIRContext &context,
          const ImportOptions &options);

  mlir::OwningOpRef<mlir::ModuleOp> run();

  // --- used by the operator handlers ---------------------------------
  const Graph &graph;
  mlir::OpBuilder b;
  const ImportOptions &options;

  mlir::Location loc(const Node &node) const;
  mlir::InFlightDiagnostic error(const Node &node) const;

  /// ONNX's static shape of a value, or failure (with an error on `node`).
  mlir::FailureOr<std::vector<int64_t>> shape(const Node &node,
                                              const std::string &name);
  /// The value of a float32 input; initializers and Constant outputs
  /// become weights / constants in ONNX's layout. A non-float input is an
  /// error naming it.
  mlir::FailureOr<Imported> input(const Node &node, unsigned i);
  /// The same for operators that move or select data of any element type
  /// (bool masks, i32 indices: integer tensors are computed as i32).
  mlir::FailureOr<Imported> anyInput(const Node &node, unsigned i);
  /// Integer values known at import time (shape, axes, split inputs), or
  /// failure with an error naming the input.
  mlir::FailureOr<std::vector<int64_t>> constantInts(const Node &node,
                                                     unsigned i);
  /// Whether input `i` is present (not omitted).
  bool hasInput(const Node &node, unsigned i) const {
    return i < node.inputs.size() && !node.inputs[i].empty();
  }
  /// The BatchNormalization folded into the Conv producing `convOutput`.
  const Node *foldedBatchNorm(const std::string &convOutput) const {
    auto it = bnFolds.find(convOutput);
    return it == bnFolds.end() ? nullptr : it->second;
  }
  /// Values known at import time (Constant nodes, inline initializers).
  const std::vector<double> *constantValues(const std::string &name) const;
  /// Records a value known at import time (ConstantOfShape, Constant).
  void defineConstant(const std::string &name, std::vector<double> values,
                      int onnxType);

  void define(const std::string &name, mlir::Value v, bool nhwc = false);

  /// A weight in the layout the consuming op wants (`shape`); `onnxName`
  /// and `layout` are recorded on the function argument.
  /// With `transposedSource` the ONNX data is the transpose of `layout`
  /// (Gemm's transB).
  mlir::Value weight(const Node &node, const std::string &onnxName,
                     llvm::ArrayRef<int64_t> shape, llvm::StringRef layout,
                     bool transposedSource = false);

  mlir::RankedTensorType tensorType(llvm::ArrayRef<int64_t> shape) const;
  mlir::RankedTensorType tensorType(llvm::ArrayRef<int64_t> shape,
                                    mlir::Type element) const;
  /// The MLIR element type an ONNX element type is computed in (f32, i1,
  /// i32 for every integer type), or null when unsupported.
  mlir::Type elementType(int onnxType) const;
  mlir::Value toOnnxLayout(const Node &node, Imported v);
  mlir::Value toNhwc(const Node &node, Imported v);
  mlir::Value transpose(const Node &node, mlir::Value v,
                        llvm::ArrayRef<int32_t> perms);
  mlir::Value reshape(const Node &node, mlir::Value v,
                      llvm::ArrayRef<int64_t> shape);
  mlir::Value shapeValue(const Node &node, llvm::ArrayRef<int64_t> values);
  mlir::Value splat(const Node &node, llvm::ArrayRef<int64_t> shape,
                    float value);
  /// TOSA's zero point / pad constant: a one-element f32 zero.
  mlir::Value zeroPoint(const Node &node) { return splat(node, {1}, 0.0f); }
  /// TOSA mul's shift operand (zero for floats).
  mlir::Value mulShift(const Node &node);
  /// Brings both operands of a broadcasting op to one rank and layout.
  mlir::FailureOr<std::pair<Imported, Imported>>
  broadcastPair(const Node &node, Imported lhs, Imported rhs);

private:
  mlir::LogicalResult emitNode(const Node &node);
  mlir::FailureOr<Imported> lookup(const Node &node, unsigned i);
  bool foldedBatchNormInput(const Node &bn) const;
  void findBatchNormFolds();

  mlir::MLIRContext &context;
  mlir::func::FuncOp func;
  mlir::Block *entry = nullptr;
  std::map<std::string, Imported> values;
  std::map<std::string, std::vector<double>> constants;
  std::map<std::string, int> constantTypes;
  std::map<std::string, const Node *> bnFolds;
  std::map<std::string, mlir::Value> weights;
  std::map<std::pair<const void *, float>, mlir::Value> splats;
  bool weightError = false;
  mlir::Value shift;
  llvm::SmallVector<mlir::NamedAttrList> argAttrs;
};

// Operator handlers; each returns failure after reporting an error.
mlir::LogicalResult emitConv(Emitter &e, const Node &node);
mlir::LogicalResult emitPool(Emitter &e, const Node &node);
mlir::LogicalResult emitGlobalAveragePool(Emitter &e, const Node &node);
mlir::LogicalResult emitGemm(Emitter &e, const Node &node);
mlir::LogicalResult emitMatMul(Emitter &e, const Node &node);
mlir::LogicalResult emitClamp(Emitter &e, const Node &node);
mlir::LogicalResult emitBinary(Emitter &e, const Node &node);
mlir::LogicalResult emitFlattenOrReshape(Emitter &e, const Node &node);
mlir::LogicalResult emitSoftmax(Emitter &e, const Node &node);
mlir::LogicalResult emitLrn(Emitter &e, const Node &node);
mlir::LogicalResult emitUnary(Emitter &e, const Node &node);
mlir::LogicalResult emitHardSigmoid(Emitter &e, const Node &node);
mlir::LogicalResult emitGelu(Emitter &e, const Node &node);
mlir::LogicalResult emitWhere(Emitter &e, const Node &node);
mlir::LogicalResult emitCompare(Emitter &e, const Node &node);
mlir::LogicalResult emitCast(Emitter &e, const Node &node);
mlir::LogicalResult emitTranspose(Emitter &e, const Node &node);
mlir::LogicalResult emitConcat(Emitter &e, const Node &node);
mlir::LogicalResult emitSplit(Emitter &e, const Node &node);
mlir::LogicalResult emitSlice(Emitter &e, const Node &node);
mlir::LogicalResult emitGather(Emitter &e, const Node &node);
mlir::LogicalResult emitConstantOfShape(Emitter &e, const Node &node);
mlir::LogicalResult emitLayerNorm(Emitter &e, const Node &node);
mlir::LogicalResult emitReduceMean(Emitter &e, const Node &node);
mlir::LogicalResult emitBatchNorm(Emitter &e, const Node &node);
/// BatchNormalization folded into a Conv: per-output-channel factor
/// scale / sqrt(var + eps) and shift beta - mean * factor, as [m] tensors.
std::pair<mlir::Value, mlir::Value> batchNormFactors(Emitter &e,
                                                     const Node &bn,
                                                     int64_t channels);
/// Helpers shared by the handlers.
llvm::SmallVector<int64_t> shapeOf(mlir::Value v);
mlir::Value mulValues(Emitter &e, const Node &node, mlir::Value a,
                      mlir::Value b);
mlir::Value addValues(Emitter &e, const Node &node, mlir::Value a,
                      mlir::Value b);
mlir::Value subValues(Emitter &e, const Node &node, mlir::Value a,
                      mlir::Value b);
/// An ONNX axis normalized to [0, rank), or failure with an error.
mlir::FailureOr<int64_t> normalizeAxis(Emitter &e, const Node &node,
                                       int64_t axis, int64_t rank);
/// Sum over `axes` (keeping them as 1s), one tosa.reduce_sum per axis.
mlir::Value reduceSum(Emitter &e, const Node &node, mlir::Value v,
                      llvm::ArrayRef<int64_t> axes);

/// An initializer's values in the layout the op takes them in (`shape`,
/// named as in onnx.layout).
std::vector<float> arrangeWeight(const std::vector<double> &src,
                                 llvm::ArrayRef<int64_t> shape,
                                 llvm::StringRef layout,
                                 bool transposedSource);

/// Integer attribute list with a default; failure if present but wrong.
std::vector<int64_t> intsOr(const Node &node, const std::string &key,
                            std::vector<int64_t> fallback);
int64_t intOr(const Node &node, const std::string &key, int64_t fallback);
double floatOr(const Node &node, const std::string &key, double fallback);

} // namespace salsa::onnx_import

#endif
