//===- ConvOps.cpp - Conv, pooling: ONNX -> TOSA (linalg for groups) ------===//
//
// ONNX computes output sizes with floor (or ceil) division and lets the
// window stop short of the padded end; TOSA requires the window to land
// exactly on it. So the trailing padding is recomputed from ONNX's own
// output size, and when even zero trailing padding overshoots, the unread
// trailing rows are sliced off — what torch-mlir and onnx-mlir do too.
//
//===----------------------------------------------------------------------===//

#include "Emitter.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"

using namespace mlir;
using namespace salsa::onnx_import;

namespace {

/// One spatial axis of a sliding window, in TOSA's terms.
struct Axis {
  int64_t padLow = 0, padHigh = 0;
  int64_t sliced = 0; // trailing input rows dropped (never read)
};

/// 2-D window geometry shared by Conv and the pools.
struct Window {
  std::vector<int64_t> kernel, strides, dilations;
  Axis y, x;
  int64_t inH = 0, inW = 0, outH = 0, outW = 0;
};

/// Reads kernel/strides/dilations/pads/auto_pad and fits TOSA's exact
/// window rule to ONNX's output size.
FailureOr<Window> readWindow(Emitter &e, const Node &node,
                             ArrayRef<int64_t> in, ArrayRef<int64_t> out,
                             std::vector<int64_t> kernel) {
  Window w;
  w.kernel = intsOr(node, "kernel_shape", kernel);
  w.strides = intsOr(node, "strides", {1, 1});
  w.dilations = intsOr(node, "dilations", {1, 1});
  std::vector<int64_t> pads = intsOr(node, "pads", {0, 0, 0, 0});
  if (w.kernel.size() != 2 || w.strides.size() != 2 ||
      w.dilations.size() != 2 || pads.size() != 4) {
    e.error(node) << "kernel_shape, strides, dilations and pads must "
                     "describe a 2-D window";
    return failure();
  }
  for (int64_t v : pads)
    if (v < 0) {
      e.error(node) << "negative pads are not supported";
      return failure();
    }
  w.inH = in[2];
  w.inW = in[3];
  w.outH = out[2];
  w.outW = out[3];
  const AttrValue *autoPad = node.attr("auto_pad");
  std::string mode = autoPad ? autoPad->s : "NOTSET";
  auto fit = [&](int axis, int64_t inSize, int64_t outSize, int64_t lo,
                 int64_t hi) -> FailureOr<Axis> {
    int64_t span = (w.kernel[axis] - 1) * w.dilations[axis] + 1;
    int64_t total = (outSize - 1) * w.strides[axis] + span - inSize;
    if (mode == "SAME_UPPER" || mode == "SAME_LOWER") {
      int64_t t = std::max<int64_t>(total, 0);
      lo = mode == "SAME_UPPER" ? t / 2 : t - t / 2;
    } else if (mode == "VALID") {
      lo = 0;
    } else if (mode != "NOTSET") {
      e.error(node) << "auto_pad '" << mode << "' is not an ONNX value";
      return failure();
    }
    (void)hi; // ONNX's trailing pad only matters through the output size
    Axis a;
    a.padLow = lo;
    int64_t high = total - lo; // trailing pad that yields exactly outSize
    if (high >= 0)
      a.padHigh = high;
    else
      a.sliced = -high;
    if (a.sliced >= inSize) {
      e.error(node) << "the window geometry does not match the inferred "
                       "output size";
      return failure();
    }
    return a;
  };
  auto y = fit(0, w.inH, w.outH, pads[0], pads[2]);
  auto x = fit(1, w.inW, w.outW, pads[1], pads[3]);
  if (failed(y) || failed(x))
    return failure();
  w.y = *y;
  w.x = *x;
  return w;
}

/// NHWC input with the never-read trailing rows/columns removed.
Value sliceUnread(Emitter &e, const Node &node, Value nhwc, const Window &w) {
  if (w.y.sliced == 0 && w.x.sliced == 0)
    return nhwc;
  auto s = cast<RankedTensorType>(nhwc.getType()).getShape();
  SmallVector<int64_t> size = {s[0], s[1] - w.y.sliced, s[2] - w.x.sliced,
                               s[3]};
  // One op per statement: argument evaluation order is unspecified, and the
  // printed IR must not depend on the compiler.
  Value start = e.shapeValue(node, {0, 0, 0, 0});
  Value extent = e.shapeValue(node, size);
  return tosa::SliceOp::create(e.b, e.loc(node), e.tensorType(size), nhwc,
                               start, extent);
}

DenseI64ArrayAttr tosaPad(Emitter &e, const Window &w) {
  return e.b.getDenseI64ArrayAttr(
      {w.y.padLow, w.y.padHigh, w.x.padLow, w.x.padHigh});
}

struct ConvShapes {
  std::vector<int64_t> in, weight, out;
};

FailureOr<ConvShapes> convShapes(Emitter &e, const Node &node) {
  ConvShapes s;
  auto in = e.shape(node, node.inputs[0]);
  auto weight = node.inputs.size() > 1 ? e.shape(node, node.inputs[1])
                                       : FailureOr<std::vector<int64_t>>();
  auto out = e.shape(node, node.outputs[0]);
  if (failed(in) || failed(weight) || failed(out))
    return failure();
  if (in->size() != 4 || weight->size() != 4) {
    e.error(node) << "only 2-D convolutions (4-D tensors) are imported";
    return failure();
  }
  s.in = *in;
  s.weight = *weight;
  s.out = *out;
  return s;
}

/// A grouped convolution that is not depthwise: TOSA has no op for it, so
/// it becomes linalg.conv_2d_nhwgc_gfhwc on the NHWC activations.
Value emitGroupedConv(Emitter &e, const Node &node, Value x,
                      const ConvShapes &s, const Window &w, int64_t groups,
                      Value bnFactor) {
  Location loc = e.loc(node);
  int64_t n = s.in[0], c = s.in[1], m = s.out[1];
  auto xs = cast<RankedTensorType>(x.getType()).getShape();
  Value grouped =
      e.reshape(node, x, {n, xs[1], xs[2], groups, c / groups});
  // tensor.pad with static bounds, as tosa-to-linalg-named pads TOSA's
  // convolutions, so salsa reads the unpadded input size off it.
  Value zero = arith::ConstantOp::create(e.b, loc, e.b.getF32FloatAttr(0));
  auto index = [&](int64_t v) -> OpFoldResult { return e.b.getIndexAttr(v); };
  SmallVector<OpFoldResult> low = {index(0), index(w.y.padLow),
                                   index(w.x.padLow), index(0), index(0)};
  SmallVector<OpFoldResult> high = {index(0), index(w.y.padHigh),
                                    index(w.x.padHigh), index(0), index(0)};
  Value padded = tensor::PadOp::create(
      e.b, loc,
      e.tensorType({n, xs[1] + w.y.padLow + w.y.padHigh,
                    xs[2] + w.x.padLow + w.x.padHigh, groups, c / groups}),
      grouped, low, high, zero);
  Value filter =
      e.weight(node, node.inputs[1],
               {groups, m / groups, s.weight[2], s.weight[3], c / groups},
               "GFHWC");
  if (bnFactor)
    filter = mulValues(e, node, filter,
                       e.reshape(node, bnFactor, {groups, m / groups, 1, 1, 1}));
  SmallVector<int64_t> outShape = {n, w.outH, w.outW, groups, m / groups};
  Value empty = tensor::EmptyOp::create(e.b, loc, outShape,
                                        e.b.getF32Type());
  Value init = linalg::FillOp::create(e.b, loc, zero, empty).getResult(0);
  auto vec = [&](ArrayRef<int64_t> v) {
    return DenseIntElementsAttr::get(
        RankedTensorType::get({2}, e.b.getI64Type()), v);
  };
  Value conv = linalg::Conv2DNhwgcGfhwcOp::create(
                   e.b, loc, TypeRange{e.tensorType(outShape)},
                   ValueRange{padded, filter}, ValueRange{init},
                   vec(w.strides), vec(w.dilations))
                   .getResult(0);
  return e.reshape(node, conv, {n, w.outH, w.outW, m});
}

} // namespace

LogicalResult salsa::onnx_import::emitConv(Emitter &e, const Node &node) {
  auto s = convShapes(e, node);
  if (failed(s))
    return failure();
  auto xIn = e.input(node, 0);
  if (failed(xIn))
    return failure();
  if (node.inputs.size() < 2 || !e.graph.initializers.count(node.inputs[1])) {
    e.error(node) << "the weights must be an initializer";
    return failure();
  }
  auto w = readWindow(e, node, s->in, s->out, {s->weight[2], s->weight[3]});
  if (failed(w))
    return failure();
  int64_t groups = intOr(node, "group", 1);
  int64_t n = s->in[0], c = s->in[1], m = s->out[1];
  if (groups < 1 || c % groups || m % groups || s->weight[1] * groups != c) {
    e.error(node) << "group " << groups << " does not divide the " << c
                  << " input and " << m << " output channels";
    return failure();
  }
  Location loc = e.loc(node);
  Value x = sliceUnread(e, node, e.toNhwc(node, *xIn), *w);
  bool hasBias = node.inputs.size() > 2 && !node.inputs[2].empty();
  if (hasBias && !e.graph.initializers.count(node.inputs[2])) {
    e.error(node) << "the bias must be an initializer";
    return failure();
  }
  // A BatchNormalization folded into this Conv scales each output
  // channel's filter and gives the bias bias * factor + shift.
  Value bnFactor, bnShift;
  if (const Node *bn = e.foldedBatchNorm(node.outputs[0]))
    std::tie(bnFactor, bnShift) = batchNormFactors(e, *bn, m);
  auto bias = [&]() -> Value {
    if (bnFactor)
      return hasBias ? tosa::AddOp::create(
                           e.b, loc, e.tensorType({m}),
                           mulValues(e, node,
                                     e.weight(node, node.inputs[2], {m}, "bias"),
                                     bnFactor),
                           bnShift)
                     : bnShift;
    return hasBias ? e.weight(node, node.inputs[2], {m}, "bias")
                   : e.splat(node, {m}, 0.0f);
  };
  auto scaled = [&](Value filter, ArrayRef<int64_t> factorShape) {
    return bnFactor ? mulValues(e, node, filter,
                                e.reshape(node, bnFactor, factorShape))
                    : filter;
  };
  auto outType = e.tensorType({n, w->outH, w->outW, m});
  Value zp = e.zeroPoint(node);
  auto stride = e.b.getDenseI64ArrayAttr(w->strides);
  auto dilation = e.b.getDenseI64ArrayAttr(w->dilations);
  auto acc = TypeAttr::get(e.b.getF32Type());
  Value result;
  if (groups == 1) {
    Value filter = e.weight(node, node.inputs[1],
                            {m, s->weight[2], s->weight[3], c}, "OHWI");
    filter = scaled(filter, {m, 1, 1, 1});
    result = tosa::Conv2DOp::create(e.b, loc, outType, x, filter, bias(), zp,
                                    zp, tosaPad(e, *w), stride, dilation, acc);
  } else if (groups == c) {
    Value filter = e.weight(node, node.inputs[1],
                            {s->weight[2], s->weight[3], c, m / c}, "HWCM");
    filter = scaled(filter, {1, 1, c, m / c});
    result = tosa::DepthwiseConv2DOp::create(e.b, loc, outType, x, filter,
                                             bias(), zp, zp, tosaPad(e, *w),
                                             stride, dilation, acc);
  } else {
    result = emitGroupedConv(e, node, x, *s, *w, groups, bnFactor);
    if (hasBias || bnFactor) {
      Value b4 = e.reshape(node, bias(), {1, 1, 1, m});
      result = tosa::AddOp::create(e.b, loc, outType, result, b4);
    }
  }
  e.define(node.outputs[0], result, /*nhwc=*/true);
  return success();
}

LogicalResult salsa::onnx_import::emitPool(Emitter &e, const Node &node) {
  auto in = e.shape(node, node.inputs[0]);
  auto out = e.shape(node, node.outputs[0]);
  auto xIn = e.input(node, 0);
  if (failed(in) || failed(out) || failed(xIn))
    return failure();
  if (in->size() != 4) {
    e.error(node) << "only 2-D pooling (4-D tensors) is imported";
    return failure();
  }
  if (!node.attr("kernel_shape")) {
    e.error(node) << "kernel_shape is required";
    return failure();
  }
  auto w = readWindow(e, node, *in, *out, {});
  if (failed(w))
    return failure();
  if (w->dilations != std::vector<int64_t>{1, 1}) {
    e.error(node) << "dilated pooling is not supported (TOSA has none)";
    return failure();
  }
  bool average = node.opType == "AveragePool";
  if (average && intOr(node, "count_include_pad", 0) != 0 &&
      (w->y.padLow || w->y.padHigh || w->x.padLow || w->x.padHigh)) {
    e.error(node) << "count_include_pad=1 with padding is not supported "
                     "(TOSA's average excludes padding)";
    return failure();
  }
  if (!average && node.outputs.size() > 1 && !node.outputs[1].empty()) {
    e.error(node) << "the Indices output is not supported";
    return failure();
  }
  Location loc = e.loc(node);
  Value x = sliceUnread(e, node, e.toNhwc(node, *xIn), *w);
  auto outType = e.tensorType({(*out)[0], w->outH, w->outW, (*out)[1]});
  auto kernel = e.b.getDenseI64ArrayAttr(w->kernel);
  auto stride = e.b.getDenseI64ArrayAttr(w->strides);
  Value result;
  if (average) {
    Value zp = e.zeroPoint(node);
    result = tosa::AvgPool2dOp::create(e.b, loc, outType, x, zp, zp, kernel,
                                       stride, tosaPad(e, *w),
                                       TypeAttr::get(e.b.getF32Type()));
  } else {
    result = tosa::MaxPool2dOp::create(e.b, loc, outType, x, kernel, stride,
                                       tosaPad(e, *w));
  }
  e.define(node.outputs[0], result, /*nhwc=*/true);
  return success();
}

LogicalResult salsa::onnx_import::emitGlobalAveragePool(Emitter &e,
                                                        const Node &node) {
  auto in = e.shape(node, node.inputs[0]);
  auto xIn = e.input(node, 0);
  if (failed(in) || failed(xIn))
    return failure();
  if (in->size() != 4) {
    e.error(node) << "only 4-D inputs are imported";
    return failure();
  }
  Value zp = e.zeroPoint(node);
  Value result = tosa::AvgPool2dOp::create(
      e.b, e.loc(node), e.tensorType({(*in)[0], 1, 1, (*in)[1]}),
      e.toNhwc(node, *xIn), zp, zp,
      e.b.getDenseI64ArrayAttr({(*in)[2], (*in)[3]}),
      e.b.getDenseI64ArrayAttr({1, 1}), e.b.getDenseI64ArrayAttr({0, 0, 0, 0}),
      TypeAttr::get(e.b.getF32Type()));
  e.define(node.outputs[0], result, /*nhwc=*/true);
  return success();
}
