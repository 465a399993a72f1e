//===- NormOps.cpp - LayerNormalization, ReduceMean, BatchNormalization ---===//
//
// None has a TOSA op; each is composed from TOSA ops (reduce_sum, sub,
// mul, rsqrt, add). A BatchNormalization after a Conv with constant
// parameters is folded into the Conv's weights and bias instead (emitConv
// calls batchNormFactors), so the scheduled layer is the Conv alone.
//
//===----------------------------------------------------------------------===//

#include "Emitter.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"

using namespace mlir;
using namespace salsa::onnx_import;

namespace {

Value ones(Emitter &e, const Node &node, Value like, float value) {
  SmallVector<int64_t> s(shapeOf(like).size(), 1);
  return e.splat(node, s, value);
}

/// `v` (ONNX layout, shape `tail`) reshaped to `rank` with leading ones.
Value withLeadingOnes(Emitter &e, const Node &node, Value v, int64_t rank) {
  SmallVector<int64_t> s = shapeOf(v);
  SmallVector<int64_t> shape(rank - s.size(), 1);
  shape.append(s.begin(), s.end());
  return e.reshape(node, v, shape);
}

Value add(Emitter &e, const Node &node, Value a, Value b) {
  return addValues(e, node, a, b);
}

Value sub(Emitter &e, const Node &node, Value a, Value b) {
  return subValues(e, node, a, b);
}

/// The axes of a Reduce* node: the attribute (before opset 18) or the
/// constant second input; all axes when none are given.
FailureOr<std::vector<int64_t>> reduceAxes(Emitter &e, const Node &node,
                                           int64_t rank) {
  std::vector<int64_t> axes;
  bool fromInput = node.opType == "ReduceSum" ? e.graph.opset >= 13
                                              : e.graph.opset >= 18;
  if (fromInput) {
    if (e.hasInput(node, 1)) {
      auto a = e.constantInts(node, 1);
      if (failed(a))
        return failure();
      axes = *a;
    }
  } else {
    axes = intsOr(node, "axes", {});
  }
  if (axes.empty()) {
    if (intOr(node, "noop_with_empty_axes", 0)) {
      e.error(node) << "noop_with_empty_axes is not supported";
      return failure();
    }
    for (int64_t i = 0; i < rank; ++i)
      axes.push_back(i);
  }
  for (int64_t &a : axes) {
    if (a < 0)
      a += rank;
    if (a < 0 || a >= rank) {
      e.error(node) << "axis " << a << " is outside the rank-" << rank
                    << " input";
      return failure();
    }
  }
  return axes;
}

} // namespace

Value salsa::onnx_import::reduceSum(Emitter &e, const Node &node, Value v,
                                    ArrayRef<int64_t> axes) {
  for (int64_t axis : axes) {
    SmallVector<int64_t> s = shapeOf(v);
    s[axis] = 1;
    v = tosa::ReduceSumOp::create(e.b, e.loc(node), e.tensorType(s), v,
                                  e.b.getI32IntegerAttr(axis));
  }
  return v;
}

LogicalResult salsa::onnx_import::emitReduceMean(Emitter &e,
                                                 const Node &node) {
  auto xIn = e.input(node, 0);
  auto out = e.shape(node, node.outputs[0]);
  if (failed(xIn) || failed(out))
    return failure();
  Value x = e.toOnnxLayout(node, *xIn);
  SmallVector<int64_t> shape = shapeOf(x);
  auto axes = reduceAxes(e, node, shape.size());
  if (failed(axes))
    return failure();
  int64_t count = 1;
  for (int64_t a : *axes)
    count *= shape[a];
  Value sum = reduceSum(e, node, x, *axes);
  if (node.opType == "ReduceMean")
    sum = mulValues(e, node, sum, ones(e, node, sum, 1.0f / count));
  e.define(node.outputs[0], e.reshape(node, sum, *out));
  return success();
}

LogicalResult salsa::onnx_import::emitLayerNorm(Emitter &e, const Node &node) {
  // y = (x - mean) * rsqrt(var + eps) * scale + bias over axes axis..end.
  auto xIn = e.input(node, 0);
  auto scale = e.input(node, 1);
  if (failed(xIn) || failed(scale))
    return failure();
  for (unsigned i = 1; i < node.outputs.size(); ++i)
    if (!node.outputs[i].empty()) {
      e.error(node) << "the Mean and InvStdDev outputs are not supported";
      return failure();
    }
  Value x = e.toOnnxLayout(node, *xIn);
  SmallVector<int64_t> shape = shapeOf(x);
  int64_t rank = shape.size();
  auto normalized = normalizeAxis(e, node, intOr(node, "axis", -1), rank);
  if (failed(normalized))
    return failure();
  int64_t axis = *normalized;
  float eps = floatOr(node, "epsilon", 1e-5);
  SmallVector<int64_t> axes;
  int64_t count = 1;
  for (int64_t a = axis; a < rank; ++a) {
    axes.push_back(a);
    count *= shape[a];
  }
  Value mean = mulValues(e, node, reduceSum(e, node, x, axes),
                         ones(e, node, x, 1.0f / count));
  Value centered = sub(e, node, x, mean);
  Value var = mulValues(e, node,
                        reduceSum(e, node, mulValues(e, node, centered, centered),
                                  axes),
                        ones(e, node, x, 1.0f / count));
  Value varEps = add(e, node, var, ones(e, node, x, eps));
  Value rstd = tosa::RsqrtOp::create(e.b, e.loc(node), varEps.getType(), varEps);
  Value y = mulValues(e, node, centered, rstd);
  y = mulValues(e, node, y,
                withLeadingOnes(e, node, e.toOnnxLayout(node, *scale), rank));
  if (e.hasInput(node, 2)) {
    auto bias = e.input(node, 2);
    if (failed(bias))
      return failure();
    y = add(e, node, y,
            withLeadingOnes(e, node, e.toOnnxLayout(node, *bias), rank));
  }
  e.define(node.outputs[0], y);
  return success();
}

std::pair<Value, Value>
salsa::onnx_import::batchNormFactors(Emitter &e, const Node &bn,
                                     int64_t channels) {
  // factor = scale / sqrt(var + eps), shift = bias - mean * factor.
  float eps = floatOr(bn, "epsilon", 1e-5);
  auto param = [&](unsigned i) {
    return e.weight(bn, bn.inputs[i], {channels}, "onnx");
  };
  Value scale = param(1), bias = param(2), mean = param(3), var = param(4);
  Value varEps = add(e, bn, var, e.splat(bn, {1}, eps));
  Value rstd = tosa::RsqrtOp::create(e.b, e.loc(bn), varEps.getType(), varEps);
  Value factor = mulValues(e, bn, scale, rstd);
  Value shift = sub(e, bn, bias, mulValues(e, bn, mean, factor));
  return {factor, shift};
}

LogicalResult salsa::onnx_import::emitBatchNorm(Emitter &e, const Node &node) {
  auto xIn = e.input(node, 0);
  if (failed(xIn))
    return failure();
  if (intOr(node, "training_mode", 0)) {
    e.error(node) << "training_mode is not supported (inference only)";
    return failure();
  }
  for (unsigned i = 1; i < node.outputs.size(); ++i)
    if (!node.outputs[i].empty()) {
      e.error(node) << "the running mean/variance outputs are not supported";
      return failure();
    }
  SmallVector<int64_t> shape = shapeOf(e.toOnnxLayout(node, *xIn));
  if (shape.size() < 2 || node.inputs.size() != 5) {
    e.error(node) << "needs an input of rank 2 or more and its four "
                     "parameters";
    return failure();
  }
  int64_t c = shape[1];
  Value factor, shift;
  bool allInit = true;
  for (unsigned i = 1; i < 5; ++i)
    allInit &= e.graph.initializers.count(node.inputs[i]) > 0;
  if (allInit) {
    std::tie(factor, shift) = batchNormFactors(e, node, c);
  } else {
    SmallVector<Value> p;
    for (unsigned i = 1; i < 5; ++i) {
      auto v = e.input(node, i);
      if (failed(v))
        return failure();
      p.push_back(e.reshape(node, e.toOnnxLayout(node, *v), {c}));
    }
    Value varEps = add(e, node, p[3], e.splat(node, {1},
                                             floatOr(node, "epsilon", 1e-5)));
    Value rstd =
        tosa::RsqrtOp::create(e.b, e.loc(node), varEps.getType(), varEps);
    factor = mulValues(e, node, p[0], rstd);
    shift = sub(e, node, p[1], mulValues(e, node, p[2], factor));
  }
  // Per channel: C is dimension 1 in ONNX's layout, the last in NHWC.
  SmallVector<int64_t> bshape(shape.size(), 1);
  Value x = xIn->value;
  if (xIn->nhwc)
    bshape.back() = c;
  else
    bshape[1] = c;
  Value y = mulValues(e, node, x, e.reshape(node, factor, bshape));
  y = add(e, node, y, e.reshape(node, shift, bshape));
  e.define(node.outputs[0], y, xIn->nhwc);
  return success();
}
