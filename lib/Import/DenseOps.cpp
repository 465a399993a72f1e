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
  // ONNX MatMul is numpy's: 1-D operands gain (and lose) a unit dimension,
  // leading dimensions broadcast. A right operand without batch (every
  // transformer projection: [.., M, K] x [K, N]) folds the left operand's
  // batch into M: one [1, B*M, K] x [1, K, N] tosa.matmul, the layer
  // ZigZag parses (D = M rows per batch element... times the batch).
  // Batched operands (attention's Q.K^T, P.V over heads) become
  // [P, M, K] x [P, K, N] with P the product of the broadcast batch, each
  // side tiled where it broadcasts.
  if (node.inputs.size() < 2) {
    e.error(node) << "input 1 is missing";
    return failure();
  }
  auto aShape = e.shape(node, node.inputs[0]);
  auto bShape = e.shape(node, node.inputs[1]);
  auto out = e.shape(node, node.outputs[0]);
  auto aIn = e.input(node, 0);
  if (failed(aShape) || failed(bShape) || failed(out) || failed(aIn))
    return failure();
  std::vector<int64_t> as = *aShape, bs = *bShape;
  if (as.empty() || bs.empty()) {
    e.error(node) << "scalar operands are not valid for MatMul";
    return failure();
  }
  if (as.size() == 1)
    as.insert(as.begin(), 1);
  if (bs.size() == 1)
    bs.push_back(1);
  int64_t m = as[as.size() - 2], k = as.back(), n = bs.back();
  if (bs[bs.size() - 2] != k) {
    e.error(node) << "the operands' inner dimensions differ (" << k << " vs "
                  << bs[bs.size() - 2] << ")";
    return failure();
  }
  std::vector<int64_t> batchA(as.begin(), as.end() - 2),
      batchB(bs.begin(), bs.end() - 2);
  auto product = [](const std::vector<int64_t> &v) {
    int64_t p = 1;
    for (int64_t d : v)
      p *= d;
    return p;
  };
  Value a = e.toOnnxLayout(node, *aIn);
  const std::string &bName = node.inputs[1];
  bool bIsWeight = e.graph.initializers.count(bName) > 0;
  Value result;
  if (product(batchB) == 1) {
    int64_t rows = product(batchA) * m;
    a = e.reshape(node, a, {1, rows, k});
    Value b;
    if (bIsWeight) {
      b = e.weight(node, bName, {1, k, n}, "KN");
    } else {
      auto bIn = e.input(node, 1);
      if (failed(bIn))
        return failure();
      b = e.reshape(node, e.toOnnxLayout(node, *bIn), {1, k, n});
    }
    result = matmul(e, node, a, b, {1, rows, n});
  } else {
    // numpy broadcast of the batch dimensions.
    size_t rank = std::max(batchA.size(), batchB.size());
    batchA.insert(batchA.begin(), rank - batchA.size(), 1);
    batchB.insert(batchB.begin(), rank - batchB.size(), 1);
    std::vector<int64_t> batch(rank);
    for (size_t i = 0; i < rank; ++i) {
      if (batchA[i] != batchB[i] && batchA[i] != 1 && batchB[i] != 1) {
        e.error(node) << "batch dimension " << i << " does not broadcast ("
                      << batchA[i] << " vs " << batchB[i] << ")";
        return failure();
      }
      batch[i] = std::max(batchA[i], batchB[i]);
    }
    int64_t p = product(batch);
    // One operand [batch..., R, C] -> [p, R, C], tiled where it broadcasts.
    auto batched = [&](Value v, const std::vector<int64_t> &own, int64_t r,
                       int64_t c) {
      std::vector<int64_t> shape = own;
      shape.push_back(r);
      shape.push_back(c);
      v = e.reshape(node, v, shape);
      if (own != batch) {
        std::vector<int64_t> multiples;
        std::vector<int64_t> tiled;
        for (size_t i = 0; i < rank; ++i) {
          multiples.push_back(batch[i] / own[i]);
          tiled.push_back(batch[i]);
        }
        multiples.push_back(1);
        multiples.push_back(1);
        tiled.push_back(r);
        tiled.push_back(c);
        v = tosa::TileOp::create(e.b, e.loc(node), e.tensorType(tiled), v,
                                 e.shapeValue(node, multiples));
      }
      return e.reshape(node, v, {p, r, c});
    };
    a = batched(a, batchA, m, k);
    Value b;
    if (bIsWeight && batchB == batch) {
      b = e.weight(node, bName, {p, k, n}, "KN");
    } else {
      auto bIn = e.input(node, 1);
      if (failed(bIn))
        return failure();
      b = batched(e.toOnnxLayout(node, *bIn), batchB, k, n);
    }
    result = matmul(e, node, a, b, {p, m, n});
  }
  e.define(node.outputs[0], e.reshape(node, result, *out));
  return success();
}
