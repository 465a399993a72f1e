//===- ShapeOps.cpp - Transpose, Concat, Split, Slice, Gather -------------===//
//
// Data movement: these ops work on any element type (float activations,
// bool masks, i32 indices) and in ONNX's layout, except Concat of NHWC
// activations, which concatenates NHWC along the mapped axis.
// Shapes come from ONNX's shape inference wherever it has them.
//
//===----------------------------------------------------------------------===//

#include "Emitter.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"

using namespace mlir;
using namespace salsa::onnx_import;

namespace {

Type elementOf(Value v) {
  return cast<RankedTensorType>(v.getType()).getElementType();
}

Value slice(Emitter &e, const Node &node, Value v, ArrayRef<int64_t> start,
            ArrayRef<int64_t> size) {
  if (shapeOf(v) == SmallVector<int64_t>(size.begin(), size.end()))
    return v;
  return tosa::SliceOp::create(e.b, e.loc(node),
                               e.tensorType(size, elementOf(v)), v,
                               e.shapeValue(node, start),
                               e.shapeValue(node, size));
}

} // namespace

FailureOr<int64_t> salsa::onnx_import::normalizeAxis(Emitter &e,
                                                     const Node &node,
                                                     int64_t axis,
                                                     int64_t rank) {
  int64_t a = axis < 0 ? axis + rank : axis;
  if (a < 0 || a >= rank) {
    e.error(node) << "axis " << axis << " is outside the rank-" << rank
                  << " input";
    return failure();
  }
  return a;
}

LogicalResult salsa::onnx_import::emitTranspose(Emitter &e, const Node &node) {
  auto x = e.anyInput(node, 0);
  if (failed(x))
    return failure();
  Value v = e.toOnnxLayout(node, *x);
  int64_t rank = shapeOf(v).size();
  std::vector<int64_t> fallback;
  for (int64_t i = rank - 1; i >= 0; --i)
    fallback.push_back(i);
  std::vector<int64_t> perm = intsOr(node, "perm", fallback);
  std::vector<bool> seen(rank, false);
  bool valid = int64_t(perm.size()) == rank;
  for (int64_t p : perm) {
    if (p < 0 || p >= rank || seen[p]) {
      valid = false;
      break;
    }
    seen[p] = true;
  }
  if (!valid) {
    e.error(node) << "perm is not a permutation of the " << rank
                  << " dimensions";
    return failure();
  }
  SmallVector<int32_t> perms(perm.begin(), perm.end());
  e.define(node.outputs[0], e.transpose(node, v, perms));
  return success();
}

LogicalResult salsa::onnx_import::emitConcat(Emitter &e, const Node &node) {
  auto out = e.shape(node, node.outputs[0]);
  if (failed(out))
    return failure();
  SmallVector<Imported> ins;
  bool allNhwc = true;
  for (unsigned i = 0; i < node.inputs.size(); ++i) {
    auto v = e.anyInput(node, i);
    if (failed(v))
      return failure();
    allNhwc &= v->nhwc;
    ins.push_back(*v);
  }
  if (ins.empty()) {
    e.error(node) << "has no inputs";
    return failure();
  }
  int64_t rank = out->size();
  auto axis = normalizeAxis(e, node, intOr(node, "axis", 0), rank);
  if (failed(axis))
    return failure();
  Type element = elementOf(ins[0].value);
  SmallVector<Value> values;
  for (Imported &v : ins) {
    if (elementOf(v.value) != element) {
      e.error(node) << "the inputs have different element types";
      return failure();
    }
    values.push_back(allNhwc ? v.value : e.toOnnxLayout(node, v));
  }
  // NHWC activations concatenate in NHWC: ONNX axis 1 (C) is axis 3.
  static const int64_t nhwcAxis[] = {0, 3, 1, 2};
  int64_t a = allNhwc ? nhwcAxis[*axis] : *axis;
  SmallVector<int64_t> shape = shapeOf(values[0]);
  shape[a] = 0;
  for (Value v : values)
    shape[a] += shapeOf(v)[a];
  Value result = tosa::ConcatOp::create(e.b, e.loc(node),
                                        e.tensorType(shape, element), values,
                                        e.b.getI32IntegerAttr(a));
  e.define(node.outputs[0], result, allNhwc);
  return success();
}

LogicalResult salsa::onnx_import::emitSplit(Emitter &e, const Node &node) {
  auto x = e.anyInput(node, 0);
  if (failed(x))
    return failure();
  Value v = e.toOnnxLayout(node, *x);
  SmallVector<int64_t> shape = shapeOf(v);
  auto axis = normalizeAxis(e, node, intOr(node, "axis", 0), shape.size());
  if (failed(axis))
    return failure();
  // Each output's extent along the axis is ONNX's inferred shape.
  int64_t offset = 0;
  for (const std::string &name : node.outputs) {
    auto s = e.shape(node, name);
    if (failed(s))
      return failure();
    SmallVector<int64_t> start(shape.size(), 0);
    start[*axis] = offset;
    offset += (*s)[*axis];
    if (!name.empty())
      e.define(name, slice(e, node, v, start, *s));
  }
  if (offset != shape[*axis]) {
    e.error(node) << "the outputs cover " << offset << " of the "
                  << shape[*axis] << " elements along axis " << *axis;
    return failure();
  }
  return success();
}

LogicalResult salsa::onnx_import::emitSlice(Emitter &e, const Node &node) {
  auto x = e.anyInput(node, 0);
  if (failed(x))
    return failure();
  Value v = e.toOnnxLayout(node, *x);
  SmallVector<int64_t> shape = shapeOf(v);
  int64_t rank = shape.size();
  std::vector<int64_t> starts, ends, axes, steps;
  if (e.graph.opset < 10) {
    starts = intsOr(node, "starts", {});
    ends = intsOr(node, "ends", {});
    axes = intsOr(node, "axes", {});
  } else {
    auto s = e.constantInts(node, 1);
    auto t = e.constantInts(node, 2);
    if (failed(s) || failed(t))
      return failure();
    starts = *s;
    ends = *t;
    if (e.hasInput(node, 3)) {
      auto a = e.constantInts(node, 3);
      if (failed(a))
        return failure();
      axes = *a;
    }
    if (e.hasInput(node, 4)) {
      auto st = e.constantInts(node, 4);
      if (failed(st))
        return failure();
      steps = *st;
    }
  }
  if (axes.empty())
    for (size_t i = 0; i < starts.size(); ++i)
      axes.push_back(i);
  if (starts.size() != ends.size() || axes.size() != starts.size() ||
      (!steps.empty() && steps.size() != starts.size())) {
    e.error(node) << "starts, ends, axes and steps have different lengths";
    return failure();
  }
  SmallVector<int64_t> start(rank, 0), size(shape);
  for (size_t i = 0; i < axes.size(); ++i) {
    if (!steps.empty() && steps[i] != 1) {
      e.error(node) << "step " << steps[i]
                    << " is not supported (only step 1: tosa.slice)";
      return failure();
    }
    auto a = normalizeAxis(e, node, axes[i], rank);
    if (failed(a))
      return failure();
    int64_t dim = shape[*a];
    auto clampIndex = [&](int64_t idx) {
      if (idx < 0)
        idx += dim;
      return std::clamp<int64_t>(idx, 0, dim);
    };
    int64_t b = clampIndex(starts[i]), en = clampIndex(ends[i]);
    start[*a] = b;
    size[*a] = std::max<int64_t>(en - b, 0);
  }
  e.define(node.outputs[0], slice(e, node, v, start, size));
  return success();
}

LogicalResult salsa::onnx_import::emitGather(Emitter &e, const Node &node) {
  // data [before..., K, after...] is [N, K, C] in row-major order; the
  // indices (flattened to W) are repeated for each of the N rows:
  // tosa.gather gives [N, W, C] = [before..., indices..., after...].
  auto data = e.anyInput(node, 0);
  auto out = e.shape(node, node.outputs[0]);
  auto idxShape = e.hasInput(node, 1) ? e.shape(node, node.inputs[1])
                                      : FailureOr<std::vector<int64_t>>();
  if (failed(data) || failed(out) || failed(idxShape))
    return failure();
  Value v = e.toOnnxLayout(node, *data);
  SmallVector<int64_t> shape = shapeOf(v);
  auto axis = normalizeAxis(e, node, intOr(node, "axis", 0), shape.size());
  if (failed(axis))
    return failure();
  int64_t n = 1, c = 1, k = shape[*axis], w = 1;
  for (int64_t i = 0; i < int64_t(shape.size()); ++i)
    if (i < *axis)
      n *= shape[i];
    else if (i > *axis)
      c *= shape[i];
  for (int64_t d : *idxShape)
    w *= d;
  Location loc = e.loc(node);
  auto indexType = e.tensorType({n, w}, e.b.getI32Type());
  Value indices;
  if (const std::vector<double> *values = e.constantValues(node.inputs[1])) {
    std::vector<int32_t> idx;
    for (int64_t row = 0; row < n; ++row)
      for (double d : *values) {
        int64_t i = int64_t(d) < 0 ? int64_t(d) + k : int64_t(d);
        if (i < 0 || i >= k) {
          e.error(node) << "index " << int64_t(d) << " is outside the " << k
                        << " elements of axis " << *axis;
          return failure();
        }
        idx.push_back(int32_t(i));
      }
    indices = tosa::ConstOp::create(
        e.b, loc, indexType,
        DenseElementsAttr::get(indexType, ArrayRef<int32_t>(idx)));
  } else {
    // Computed indices (an input of token ids): non-negative, as an
    // embedding lookup's are.
    auto in = e.anyInput(node, 1);
    if (failed(in))
      return failure();
    if (!elementOf(in->value).isInteger(32)) {
      e.error(node) << "the indices must be an integer tensor";
      return failure();
    }
    indices = e.reshape(node, e.toOnnxLayout(node, *in), {1, w});
    if (n > 1)
      indices = tosa::TileOp::create(e.b, loc, indexType, indices,
                                     e.shapeValue(node, {n, 1}));
  }
  Value values = e.reshape(node, v, {n, k, c});
  Value gathered = tosa::GatherOp::create(
      e.b, loc, e.tensorType({n, w, c}, elementOf(v)), values, indices);
  e.define(node.outputs[0], e.reshape(node, gathered, *out));
  return success();
}

LogicalResult salsa::onnx_import::emitConstantOfShape(Emitter &e,
                                                      const Node &node) {
  auto dims = e.constantInts(node, 0);
  if (failed(dims))
    return failure();
  int64_t count = 1;
  for (int64_t d : *dims)
    if (d < 0 || __builtin_mul_overflow(count, d, &count) ||
        count > (int64_t(1) << 24)) {
      e.error(node) << "the shape is negative or too large for a constant";
      return failure();
    }
  double value = 0;
  int type = 1;
  if (const AttrValue *a = node.attr("value")) {
    if (a->kind != AttrValue::Kind::Tensor || a->floats.size() != 1) {
      e.error(node) << "'value' must be a one-element tensor";
      return failure();
    }
    value = a->floats[0];
    type = a->elementType;
  }
  if (!e.elementType(type)) {
    e.error(node) << "the value's element type is not imported";
    return failure();
  }
  e.defineConstant(node.outputs[0], std::vector<double>(count, value), type);
  return success();
}
