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

SmallVector<int64_t> salsa::onnx_import::shapeOf(Value v) {
  auto s = cast<RankedTensorType>(v.getType()).getShape();
  return SmallVector<int64_t>(s.begin(), s.end());
}

namespace {

Type elementOf(Value v) {
  return cast<RankedTensorType>(v.getType()).getElementType();
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

/// A splat of `value` with `v`'s rank (all ones), for broadcasting.
Value scalarLike(Emitter &e, const Node &node, Value v, float value) {
  SmallVector<int64_t> ones(shapeOf(v).size(), 1);
  return e.splat(node, ones, value);
}

Value add(Emitter &e, const Node &node, Value a, Value b) {
  return tosa::AddOp::create(e.b, e.loc(node),
                             e.tensorType(broadcastShape(a, b)), a, b);
}

/// Every operand in ONNX's layout at one rank (numpy broadcasting).
SmallVector<Value> sameRank(Emitter &e, const Node &node,
                            ArrayRef<Imported> in) {
  SmallVector<Value> out;
  size_t rank = 0;
  for (const Imported &v : in)
    rank = std::max<size_t>(rank, shapeOf(v.value).size());
  for (const Imported &v : in) {
    Value onnx = e.toOnnxLayout(node, v);
    SmallVector<int64_t> s = shapeOf(onnx);
    SmallVector<int64_t> shape(rank - s.size(), 1);
    shape.append(s.begin(), s.end());
    out.push_back(e.reshape(node, onnx, shape));
  }
  return out;
}

/// The constant scalar value of input `i`, if it is one.
std::optional<double> constantScalar(Emitter &e, const Node &node,
                                     unsigned i) {
  if (!e.hasInput(node, i))
    return std::nullopt;
  const std::vector<double> *v = e.constantValues(node.inputs[i]);
  if (!v || v->size() != 1)
    return std::nullopt;
  return (*v)[0];
}

Value sqrtOf(Emitter &e, const Node &node, Value x) {
  // TOSA has no sqrt: x^0.5.
  return tosa::PowOp::create(e.b, e.loc(node), x.getType(), x,
                             scalarLike(e, node, x, 0.5f));
}

} // namespace

Value salsa::onnx_import::mulValues(Emitter &e, const Node &node, Value a,
                                    Value b) {
  return mul(e, node, a, b);
}

Value salsa::onnx_import::addValues(Emitter &e, const Node &node, Value a,
                                    Value b) {
  return add(e, node, a, b);
}

Value salsa::onnx_import::subValues(Emitter &e, const Node &node, Value a,
                                    Value b) {
  return tosa::SubOp::create(e.b, e.loc(node),
                             e.tensorType(broadcastShape(a, b)), a, b);
}

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
  const std::string &op = node.opType;
  auto nan = tosa::NanPropagationModeAttr::get(
      e.b.getContext(), tosa::NanPropagationMode::PROPAGATE);
  Value result;
  if (op == "Add") {
    result = tosa::AddOp::create(e.b, loc, type, a, b);
  } else if (op == "Sub") {
    result = tosa::SubOp::create(e.b, loc, type, a, b);
  } else if (op == "Mul") {
    result = mul(e, node, a, b);
  } else if (op == "Div") {
    // TOSA divides integers only: a * (1 / b).
    Value inv = tosa::ReciprocalOp::create(e.b, loc, b.getType(), b);
    result = mul(e, node, a, inv);
  } else if (op == "Max") {
    result = tosa::MaximumOp::create(e.b, loc, type, a, b, nan);
  } else if (op == "Min") {
    result = tosa::MinimumOp::create(e.b, loc, type, a, b, nan);
  } else {
    // Pow: small constant integer exponents as products (x^3 of the tanh
    // Gelu form has a negative base, which powf only gets right for
    // integral exponents), 0.5 as sqrt, others tosa.pow.
    std::optional<double> k = constantScalar(e, node, 1);
    if (k && (*k == 1 || *k == 2 || *k == 3)) {
      result = a;
      // A one-element exponent: the result has a's shape.
      for (int i = 1; i < int(*k); ++i)
        result = mul(e, node, result, a);
    } else {
      result = tosa::PowOp::create(e.b, loc, type, a, b);
    }
  }
  e.define(node.outputs[0], result, pair->first.nhwc);
  return success();
}

LogicalResult salsa::onnx_import::emitUnary(Emitter &e, const Node &node) {
  auto x = e.input(node, 0);
  if (failed(x))
    return failure();
  Value v = x->value;
  Location loc = e.loc(node);
  Type type = v.getType();
  const std::string &op = node.opType;
  Value result;
  if (op == "Erf")
    result = tosa::ErfOp::create(e.b, loc, type, v);
  else if (op == "Tanh")
    result = tosa::TanhOp::create(e.b, loc, type, v);
  else if (op == "Sigmoid")
    result = tosa::SigmoidOp::create(e.b, loc, type, v);
  else if (op == "Exp")
    result = tosa::ExpOp::create(e.b, loc, type, v);
  else if (op == "Abs")
    result = tosa::AbsOp::create(e.b, loc, type, v);
  else if (op == "Reciprocal")
    result = tosa::ReciprocalOp::create(e.b, loc, type, v);
  else if (op == "Sqrt")
    result = sqrtOf(e, node, v);
  else // Neg
    result = tosa::SubOp::create(e.b, loc, type, scalarLike(e, node, v, 0.0f),
                                 v);
  e.define(node.outputs[0], result, x->nhwc);
  return success();
}

LogicalResult salsa::onnx_import::emitHardSigmoid(Emitter &e,
                                                  const Node &node) {
  // HardSigmoid = clamp(alpha * x + beta, 0, 1); HardSwish = x *
  // HardSigmoid(x) with alpha = 1/6, beta = 1/2.
  auto x = e.input(node, 0);
  if (failed(x))
    return failure();
  bool swish = node.opType == "HardSwish";
  float alpha = swish ? 1.0f / 6 : floatOr(node, "alpha", 0.2);
  float beta = swish ? 0.5f : floatOr(node, "beta", 0.5);
  Value v = x->value;
  Value lin = add(e, node, mul(e, node, v, scalarLike(e, node, v, alpha)),
                  scalarLike(e, node, v, beta));
  Value result = tosa::ClampOp::create(e.b, e.loc(node), v.getType(), lin,
                                       e.b.getF32FloatAttr(0.0f),
                                       e.b.getF32FloatAttr(1.0f));
  if (swish)
    result = mul(e, node, v, result);
  e.define(node.outputs[0], result, x->nhwc);
  return success();
}

LogicalResult salsa::onnx_import::emitGelu(Emitter &e, const Node &node) {
  // none: x/2 * (1 + erf(x / sqrt 2));
  // tanh: x/2 * (1 + tanh(sqrt(2/pi) * (x + 0.044715 x^3))).
  auto x = e.input(node, 0);
  if (failed(x))
    return failure();
  const AttrValue *a = node.attr("approximate");
  std::string mode = a ? a->s : "none";
  if (mode != "none" && mode != "tanh") {
    e.error(node) << "approximate '" << mode << "' is not an ONNX value";
    return failure();
  }
  Value v = x->value;
  Location loc = e.loc(node);
  Type type = v.getType();
  Value inner;
  if (mode == "none") {
    Value scaled = mul(e, node, v, scalarLike(e, node, v, 0.70710678118654752f));
    inner = tosa::ErfOp::create(e.b, loc, type, scaled);
  } else {
    Value cube = mul(e, node, mul(e, node, v, v), v);
    Value poly = add(e, node, v,
                     mul(e, node, cube, scalarLike(e, node, v, 0.044715f)));
    Value scaled =
        mul(e, node, poly, scalarLike(e, node, v, 0.79788456080286536f));
    inner = tosa::TanhOp::create(e.b, loc, type, scaled);
  }
  Value onePlus = add(e, node, inner, scalarLike(e, node, v, 1.0f));
  Value half = mul(e, node, v, scalarLike(e, node, v, 0.5f));
  e.define(node.outputs[0], mul(e, node, half, onePlus), x->nhwc);
  return success();
}

LogicalResult salsa::onnx_import::emitWhere(Emitter &e, const Node &node) {
  auto c = e.anyInput(node, 0);
  auto x = e.anyInput(node, 1);
  auto y = e.anyInput(node, 2);
  if (failed(c) || failed(x) || failed(y))
    return failure();
  if (!elementOf(c->value).isInteger(1)) {
    e.error(node) << "the condition '" << node.inputs[0] << "' must be bool";
    return failure();
  }
  SmallVector<Value> v = sameRank(e, node, {*c, *x, *y});
  SmallVector<int64_t> shape = broadcastShape(v[0], v[1]);
  for (auto [d, t] : llvm::zip(shape, shapeOf(v[2])))
    d = std::max(d, t);
  Value result = tosa::SelectOp::create(
      e.b, e.loc(node), e.tensorType(shape, elementOf(v[1])), v[0], v[1], v[2]);
  e.define(node.outputs[0], result);
  return success();
}

LogicalResult salsa::onnx_import::emitCompare(Emitter &e, const Node &node) {
  Location loc = e.loc(node);
  auto a = e.anyInput(node, 0);
  if (failed(a))
    return failure();
  if (node.opType == "Not") {
    if (!elementOf(a->value).isInteger(1)) {
      e.error(node) << "the input must be bool";
      return failure();
    }
    e.define(node.outputs[0],
             tosa::LogicalNotOp::create(e.b, loc, a->value.getType(), a->value),
             a->nhwc);
    return success();
  }
  auto b = e.anyInput(node, 1);
  if (failed(b))
    return failure();
  if (elementOf(a->value) != elementOf(b->value)) {
    e.error(node) << "the operands have different element types";
    return failure();
  }
  SmallVector<Value> v = sameRank(e, node, {*a, *b});
  auto type = e.tensorType(broadcastShape(v[0], v[1]), e.b.getI1Type());
  Value result;
  if (node.opType == "Equal")
    result = tosa::EqualOp::create(e.b, loc, type, v[0], v[1]);
  else if (node.opType == "Greater")
    result = tosa::GreaterOp::create(e.b, loc, type, v[0], v[1]);
  else
    result = tosa::GreaterOp::create(e.b, loc, type, v[1], v[0]);
  e.define(node.outputs[0], result);
  return success();
}

LogicalResult salsa::onnx_import::emitCast(Emitter &e, const Node &node) {
  auto x = e.anyInput(node, 0);
  if (failed(x))
    return failure();
  int to = int(intOr(node, "to", 0));
  Type target = e.elementType(to);
  Type source = elementOf(x->value);
  if (!target) {
    e.error(node) << "casting to ONNX type " << to << " is not supported "
                  << "(float32, bool and integer types are)";
    return failure();
  }
  Location loc = e.loc(node);
  Value v = x->value;
  auto type = e.tensorType(shapeOf(v), target);
  Value result;
  if (source == target) {
    result = v;
  } else if (target.isInteger(1)) {
    // x != 0.
    SmallVector<int64_t> ones(shapeOf(v).size(), 1);
    auto zeroType = e.tensorType(ones, source);
    Value zero = tosa::ConstOp::create(
        e.b, loc, zeroType,
        source.isF32() ? DenseElementsAttr::get(zeroType, 0.0f)
                       : DenseElementsAttr::get(zeroType, int32_t(0)));
    Value eq = tosa::EqualOp::create(e.b, loc, type, v, zero);
    result = tosa::LogicalNotOp::create(e.b, loc, type, eq);
  } else if (source.isF32()) {
    e.error(node) << "casting float32 to an integer type is not supported "
                     "(ONNX truncates, TOSA rounds)";
    return failure();
  } else {
    result = tosa::CastOp::create(e.b, loc, type, v);
  }
  e.define(node.outputs[0], result, x->nhwc);
  return success();
}

LogicalResult salsa::onnx_import::emitFlattenOrReshape(Emitter &e,
                                                       const Node &node) {
  // Flatten, Reshape, Squeeze, Unsqueeze: ONNX's shape inference gives the
  // result shape; the shape/axes inputs are not read.
  auto x = e.anyInput(node, 0);
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
  auto normalized = normalizeAxis(
      e, node, intOr(node, "axis", e.graph.opset >= 13 ? -1 : 1), rank);
  if (failed(normalized))
    return failure();
  int64_t axis = *normalized;
  // Before opset 13 the input is coerced to 2-D at `axis` and the softmax
  // runs over the second dimension.
  Value work = x;
  if (e.graph.opset < 13) {
    int64_t outer = 1, inner = 1;
    for (int64_t i = 0; i < rank; ++i)
      (i < axis ? outer : inner) *= shape[i];
    work = e.reshape(node, x, {outer, inner});
    axis = 1;
  }
  // exp(x - max) / sum(exp(x - max)) along the axis.
  Location loc = e.loc(node);
  SmallVector<int64_t> reduced = shapeOf(work);
  reduced[axis] = 1;
  auto axisAttr = e.b.getI32IntegerAttr(axis);
  Value max = tosa::ReduceMaxOp::create(e.b, loc, e.tensorType(reduced), work,
                                        axisAttr);
  Value shifted = tosa::SubOp::create(e.b, loc, work.getType(), work, max);
  Value exp = tosa::ExpOp::create(e.b, loc, work.getType(), shifted);
  Value sum = tosa::ReduceSumOp::create(e.b, loc, e.tensorType(reduced), exp,
                                        axisAttr);
  Value inv = tosa::ReciprocalOp::create(e.b, loc, sum.getType(), sum);
  e.define(node.outputs[0], e.reshape(node, mul(e, node, exp, inv), shape));
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
