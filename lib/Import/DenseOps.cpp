//===- DenseOps.cpp - Gemm, MatMul: ONNX -> tosa.matmul -------------------===//
//
// TOSA's matmul is batched and 3-D ([B, M, K] x [B, K, N]); 2-D operands
// get a unit batch. Weights enter in [1, K, N] whatever transB says: the
// importer chooses their layout, as it does for convolution filters.
//
//===----------------------------------------------------------------------===//

#include "Emitter.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"

using namespace mlir;
using namespace salsa::onnx_import;

namespace {

/// The B operand as [batch, K, N]; an initializer becomes a weight in that
/// layout directly.
FailureOr<Value> rightOperand(Emitter &e, const Node &node, int64_t batch,
                              int64_t k, int64_t n, bool transposed) {
  const std::string &name = node.inputs[1];
  if (e.graph.initializers.count(name))
    return e.weight(node, name, {batch, k, n}, "KN", transposed);
  auto in = e.input(node, 1);
  if (failed(in))
    return failure();
  Value v = e.toOnnxLayout(node, *in);
  if (transposed)
    v = e.transpose(node, v, {1, 0});
  return e.reshape(node, v, {batch, k, n});
}

Value matmul(Emitter &e, const Node &node, Value a, Value b,
             ArrayRef<int64_t> outShape) {
  Value zp = e.zeroPoint(node);
  return tosa::MatMulOp::create(e.b, e.loc(node), e.tensorType(outShape), a,
                                b, zp, zp);
}

} // namespace

LogicalResult salsa::onnx_import::emitGemm(Emitter &e, const Node &node) {
  auto aShape = e.shape(node, node.inputs[0]);
  auto out = e.shape(node, node.outputs[0]);
  auto aIn = e.input(node, 0);
  if (failed(aShape) || failed(out) || failed(aIn))
    return failure();
  if (floatOr(node, "alpha", 1.0) != 1.0 || floatOr(node, "beta", 1.0) != 1.0) {
    e.error(node) << "alpha and beta other than 1 are not supported";
    return failure();
  }
  if (node.inputs.size() < 2) {
    e.error(node) << "input 1 is missing";
    return failure();
  }
  int64_t m = (*out)[0], n = (*out)[1];
  bool transA = intOr(node, "transA", 0) != 0;
  int64_t k = transA ? (*aShape)[0] : (*aShape)[1];
  Value a = e.toOnnxLayout(node, *aIn);
  if (transA)
    a = e.transpose(node, a, {1, 0});
  a = e.reshape(node, a, {1, m, k});
  auto b = rightOperand(e, node, 1, k, n, intOr(node, "transB", 0) != 0);
  if (failed(b))
    return failure();
  Value result = e.reshape(node, matmul(e, node, a, *b, {1, m, n}), {m, n});
  if (node.inputs.size() > 2 && !node.inputs[2].empty()) {
    auto c = e.input(node, 2);
    if (failed(c))
      return failure();
    auto pair = e.broadcastPair(node, {result, false}, *c);
    if (failed(pair))
      return failure();
    result = tosa::AddOp::create(e.b, e.loc(node), e.tensorType({m, n}),
                                 pair->first.value, pair->second.value);
  }
  e.define(node.outputs[0], result);
  return success();
}

LogicalResult salsa::onnx_import::emitMatMul(Emitter &e, const Node &node) {
  auto aShape = e.shape(node, node.inputs[0]);
  auto bShape = node.inputs.size() > 1 ? e.shape(node, node.inputs[1])
                                       : FailureOr<std::vector<int64_t>>();
  auto out = e.shape(node, node.outputs[0]);
  auto aIn = e.input(node, 0);
  if (failed(aShape) || failed(bShape) || failed(out) || failed(aIn))
    return failure();
  size_t rank = aShape->size();
  if ((rank != 2 && rank != 3) || bShape->size() != rank) {
    e.error(node) << "only 2-D x 2-D and batched 3-D x 3-D MatMul are "
                     "imported";
    return failure();
  }
  int64_t batch = rank == 3 ? (*aShape)[0] : 1;
  int64_t m = (*aShape)[rank - 2], k = (*aShape)[rank - 1];
  int64_t n = (*bShape)[rank - 1];
  Value a = e.reshape(node, e.toOnnxLayout(node, *aIn), {batch, m, k});
  auto b = rightOperand(e, node, batch, k, n, /*transposed=*/false);
  if (failed(b))
    return failure();
  Value result = matmul(e, node, a, *b, {batch, m, n});
  e.define(node.outputs[0], e.reshape(node, result, *out));
  return success();
}
