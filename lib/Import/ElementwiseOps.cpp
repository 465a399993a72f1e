//===- ElementwiseOps.cpp - activations, arithmetic, reshapes -------------===//
//
// The glue between the accelerated layers: layout-agnostic ops keep the
// producer's layout (NHWC stays NHWC); flatten and reshape need ONNX's
// element order and transpose back first. Softmax and LRN have no TOSA op
// and are composed from TOSA ops.
//
//===----------------------------------------------------------------------===//

#include "Emitter.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"

#include <cfloat>

using namespace mlir;
using namespace salsa::onnx_import;

namespace {

SmallVector<int64_t> shapeOf(Value v) {
  auto s = cast<RankedTensorType>(v.getType()).getShape();
  return SmallVector<int64_t>(s.begin(), s.end());
}

/// Numpy broadcast of two equal-rank shapes.
SmallVector<int64_t> broadcastShape(Value a, Value b) {
  SmallVector<int64_t> s = shapeOf(a), t = shapeOf(b);
  for (size_t i = 0; i < s.size(); ++i)
    s[i] = std::max(s[i], t[i]);
  return s;
}

/// A Clip bound: the optional input `i` (opset >= 11) or attribute `key`.
FailureOr<float> clipBound(Emitter &e, const Node &node, unsigned i,
                           const std::string &key, float fallback) {
  if (e.graph.opset < 11)
    return float(floatOr(node, key, fallback));
  if (i >= node.inputs.size() || node.inputs[i].empty())
    return fallback;
  const std::vector<double> *v = e.constantValues(node.inputs[i]);
  if (!v || v->size() != 1) {
    e.error(node) << "the bound '" << node.inputs[i]
                  << "' must be a constant scalar";
    return failure();
  }
  return float((*v)[0]);
}

Value mul(Emitter &e, const Node &node, Value a, Value b) {
  return tosa::MulOp::create(e.b, e.loc(node),
                             e.tensorType(broadcastShape(a, b)), a, b,
                             e.mulShift(node));
}

} // namespace

LogicalResult salsa::onnx_import::emitClamp(Emitter &e, const Node &node) {
  auto x = e.input(node, 0);
  if (failed(x))
    return failure();
  float lo = 0.0f, hi = FLT_MAX;
  if (node.opType == "Clip") {
    auto l = clipBound(e, node, 1, "min", -FLT_MAX);
    auto h = clipBound(e, node, 2, "max", FLT_MAX);
    if (failed(l) || failed(h))
      return failure();
    lo = *l;
    hi = *h;
  }
  Value result = tosa::ClampOp::create(
      e.b, e.loc(node), x->value.getType(), x->value, e.b.getF32FloatAttr(lo),
      e.b.getF32FloatAttr(hi));
  e.define(node.outputs[0], result, x->nhwc);
  return success();
}

LogicalResult salsa::onnx_import::emitBinary(Emitter &e, const Node &node) {
  auto lhs = e.input(node, 0);
  auto rhs = e.input(node, 1);
  if (failed(lhs) || failed(rhs))
    return failure();
  auto pair = e.broadcastPair(node, *lhs, *rhs);
  if (failed(pair))
    return failure();
  Value a = pair->first.value, b = pair->second.value;
  Location loc = e.loc(node);
  auto type = e.tensorType(broadcastShape(a, b));
  Value result;
  if (node.opType == "Add")
    result = tosa::AddOp::create(e.b, loc, type, a, b);
  else if (node.opType == "Sub")
    result = tosa::SubOp::create(e.b, loc, type, a, b);
  else
    result = mul(e, node, a, b);
  e.define(node.outputs[0], result, pair->first.nhwc);
  return success();
}

LogicalResult salsa::onnx_import::emitFlattenOrReshape(Emitter &e,
                                                       const Node &node) {
  auto x = e.input(node, 0);
  auto out = e.shape(node, node.outputs[0]);
  if (failed(x) || failed(out))
    return failure();
  e.define(node.outputs[0], e.reshape(node, e.toOnnxLayout(node, *x), *out));
  return success();
}

LogicalResult salsa::onnx_import::emitSoftmax(Emitter &e, const Node &node) {
  auto xIn = e.input(node, 0);
  if (failed(xIn))
    return failure();
  Value x = e.toOnnxLayout(node, *xIn);
  SmallVector<int64_t> shape = shapeOf(x);
  int64_t rank = shape.size();
  int64_t axis = intOr(node, "axis", e.graph.opset >= 13 ? -1 : 1);
  if (axis < 0)
    axis += rank;
  if (axis < 0 || axis >= rank ||
      (e.graph.opset < 13 && axis != rank - 1)) {
    e.error(node) << "softmax over axis " << axis << " of a rank-" << rank
                  << " tensor is not supported (only the last axis)";
    return failure();
  }
  // exp(x - max) / sum(exp(x - max)) along the axis.
  Location loc = e.loc(node);
  SmallVector<int64_t> reduced = shape;
  reduced[axis] = 1;
  auto axisAttr = e.b.getI32IntegerAttr(axis);
  Value max = tosa::ReduceMaxOp::create(e.b, loc, e.tensorType(reduced), x,
                                        axisAttr);
  Value shifted = tosa::SubOp::create(e.b, loc, x.getType(), x, max);
  Value exp = tosa::ExpOp::create(e.b, loc, x.getType(), shifted);
  Value sum = tosa::ReduceSumOp::create(e.b, loc, e.tensorType(reduced), exp,
                                        axisAttr);
  Value inv = tosa::ReciprocalOp::create(e.b, loc, sum.getType(), sum);
  e.define(node.outputs[0], mul(e, node, exp, inv));
  return success();
}

LogicalResult salsa::onnx_import::emitLrn(Emitter &e, const Node &node) {
  // y = x / (bias + alpha / size * sum of x^2 over `size` channels)^beta.
  // The channel-window sum is an average pool over C after moving C into
  // a pooled axis: [N, H, W, C] -> [N*H*W, C, 1, 1], zero-padded
  // explicitly so the divisor is always `size`.
  auto xIn = e.input(node, 0);
  if (failed(xIn))
    return failure();
  if (cast<RankedTensorType>(xIn->value.getType()).getRank() != 4) {
    e.error(node) << "only 4-D inputs are imported";
    return failure();
  }
  int64_t size = intOr(node, "size", 0);
  if (size < 1) {
    e.error(node) << "the 'size' attribute must be positive";
    return failure();
  }
  float alpha = floatOr(node, "alpha", 1e-4), beta = floatOr(node, "beta", 0.75),
        bias = floatOr(node, "bias", 1.0);
  Location loc = e.loc(node);
  Value x = e.toNhwc(node, *xIn);
  SmallVector<int64_t> s = shapeOf(x);
  int64_t pixels = s[0] * s[1] * s[2], c = s[3];
  int64_t before = (size - 1) / 2, after = size - 1 - before;
  Value squares = e.reshape(node, mul(e, node, x, x), {pixels, c, 1, 1});
  // One op per statement (argument evaluation order is unspecified).
  Value padding = e.shapeValue(node, {0, 0, before, after, 0, 0, 0, 0});
  Value zp = e.zeroPoint(node);
  Value padded = tosa::PadOp::create(
      e.b, loc, e.tensorType({pixels, c + size - 1, 1, 1}), squares, padding,
      zp);
  Value mean = tosa::AvgPool2dOp::create(
      e.b, loc, e.tensorType({pixels, c, 1, 1}), padded, zp, zp,
      e.b.getDenseI64ArrayAttr({size, 1}), e.b.getDenseI64ArrayAttr({1, 1}),
      e.b.getDenseI64ArrayAttr({0, 0, 0, 0}), TypeAttr::get(e.b.getF32Type()));
  mean = e.reshape(node, mean, s);
  Value scaled = mul(e, node, mean, e.splat(node, {1, 1, 1, 1}, alpha));
  Value base = tosa::AddOp::create(e.b, loc, x.getType(), scaled,
                                   e.splat(node, {1, 1, 1, 1}, bias));
  Value scale = tosa::PowOp::create(e.b, loc, x.getType(), base,
                                    e.splat(node, {1, 1, 1, 1}, -beta));
  e.define(node.outputs[0], mul(e, node, x, scale), /*nhwc=*/true);
  return success();
}
