//===- LinalgToLayer.cpp - linalg op -> scheduling layer ------------------===//

#include "salsa/Conversion/LinalgToLayer.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/AffineExprVisitor.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace salsa;

namespace {
/// A zero point: an input that is a scalar (rank 0 or not shaped).
bool isScalarInput(OpOperand *operand) {
  auto shaped = dyn_cast<ShapedType>(operand->get().getType());
  return !shaped || shaped.getRank() == 0;
}

/// Follows a chain of casts (extsi, extui, sitofp, extf, ...) up to a value.
Value stripCasts(Value v) {
  while (Operation *def = v.getDefiningOp()) {
    if (!isa<CastOpInterface>(def) || def->getNumOperands() != 1)
      break;
    v = def->getOperand(0);
  }
  return v;
}

/// The block argument a multiplicand comes from: `arg`, casts of it, or
/// (quantized) casts of it minus casts of a zero point.
BlockArgument multiplicandArg(Value v, ArrayRef<bool> scalarArg) {
  v = stripCasts(v);
  if (Operation *def = v.getDefiningOp();
      def && isa<arith::SubIOp, arith::SubFOp>(def)) {
    auto zp = dyn_cast<BlockArgument>(stripCasts(def->getOperand(1)));
    if (!zp || !scalarArg[zp.getArgNumber()])
      return {};
    v = stripCasts(def->getOperand(0));
  }
  return dyn_cast<BlockArgument>(v);
}

/// Quantized multiply-accumulate: out += (a - a_zp) * (b - b_zp), each term
/// possibly widened by casts, the zero points scalar inputs (ZigZag has no
/// such operand: a zero point moves no data the schedule places).
bool isQuantizedMulAdd(linalg::LinalgOp op) {
  Block &body = *op.getBlock();
  SmallVector<bool> scalarArg;
  for (OpOperand &operand : op->getOpOperands())
    scalarArg.push_back(op.isDpsInput(&operand) && isScalarInput(&operand));
  auto yield = cast<linalg::YieldOp>(body.getTerminator());
  if (yield.getNumOperands() != 1)
    return false;
  Operation *add = yield.getOperand(0).getDefiningOp();
  if (!add || !isa<arith::AddIOp, arith::AddFOp>(add))
    return false;
  BlockArgument acc = body.getArguments().back();
  Value product;
  if (add->getOperand(0) == acc)
    product = add->getOperand(1);
  else if (add->getOperand(1) == acc)
    product = add->getOperand(0);
  else
    return false;
  Operation *mul = product.getDefiningOp();
  if (!mul || !isa<arith::MulIOp, arith::MulFOp>(mul))
    return false;
  BlockArgument a = multiplicandArg(mul->getOperand(0), scalarArg);
  BlockArgument b = multiplicandArg(mul->getOperand(1), scalarArg);
  if (!a || !b || a == b || scalarArg[a.getArgNumber()] ||
      scalarArg[b.getArgNumber()] || a == acc || b == acc)
    return false;
  return true;
}

/// The two data inputs of a (possibly quantized) layer, in operand order.
SmallVector<OpOperand *, 2> dataInputs(linalg::LinalgOp op) {
  SmallVector<OpOperand *, 2> data;
  for (OpOperand *in : op.getDpsInputOperands())
    if (!isScalarInput(in))
      data.push_back(in);
  return data;
}

/// A linalg.generic over the op's two data inputs and its init, with the
/// same indexing maps and iterators, inserted nowhere: linalg's structure
/// inference wants exactly two inputs, so it reads this in place of a
/// quantized op. Erased with the view.
struct PlainView {
  linalg::LinalgOp op;
  Operation *owned = nullptr;
  PlainView() = default;
  PlainView(const PlainView &) = delete;
  ~PlainView() {
    if (owned)
      owned->erase();
  }
};

void makePlainView(linalg::LinalgOp op, PlainView &view) {
  SmallVector<OpOperand *, 2> data = dataInputs(op);
  if (op.getNumDpsInputs() == 2) {
    view.op = op;
    return;
  }
  OpBuilder b(op->getContext());
  OpOperand *init = op.getDpsInitOperand(0);
  SmallVector<AffineMap> maps = {op.getMatchingIndexingMap(data[0]),
                                 op.getMatchingIndexingMap(data[1]),
                                 op.getMatchingIndexingMap(init)};
  SmallVector<Type> results;
  if (isa<RankedTensorType>(init->get().getType()))
    results.push_back(init->get().getType());
  auto generic = linalg::GenericOp::create(
      b, op.getLoc(), results, ValueRange{data[0]->get(), data[1]->get()},
      ValueRange{init->get()}, maps, op.getIteratorTypesArray(),
      [](OpBuilder &nested, Location loc, ValueRange args) {
        linalg::YieldOp::create(nested, loc, args.back());
      });
  view.op = cast<linalg::LinalgOp>(generic.getOperation());
  view.owned = generic;
}
} // namespace

bool salsa::isScheduleCandidate(linalg::LinalgOp op) {
  if (op.getNumDpsInits() != 1 || dataInputs(op).size() != 2)
    return false;
  if (op.getNumDpsInputs() == 2) {
    // Multiply-accumulate bodies only: pooling has a convolution's indices
    // but no multiplication.
    auto isMulAdd = [](Operation *elementwise, Operation *reduce) {
      return isa<arith::MulFOp, arith::MulIOp>(elementwise) &&
             isa<arith::AddFOp, arith::AddIOp>(reduce);
    };
    if (!linalg::detail::isContractionBody(*op.getBlock(), isMulAdd))
      return false;
    return linalg::isaConvolutionOpInterface(op) ||
           linalg::isaContractionOpInterface(op);
  }
  // Quantized: conv_2d_nhwc_hwcf_q, quantized_matmul, generics with
  // zero-point subtraction.
  if (!isQuantizedMulAdd(op))
    return false;
  PlainView view;
  makePlainView(op, view);
  return succeeded(linalg::inferConvolutionDims(view.op)) ||
         succeeded(linalg::inferContractionDims(view.op));
}

std::string salsa::whyNotCandidate(linalg::LinalgOp op) {
  if (op.getNumDpsInits() != 1)
    return "it has more than one output";
  if (dataInputs(op).size() != 2)
    return "it is not a layer of two data inputs (elementwise, fill, copy, "
           "reduction or transpose)";
  if (linalg::isaConvolutionOpInterface(op, /*allowEmptyConvolvedDims=*/true) ||
      succeeded(linalg::inferConvolutionDims(op)))
    return "a convolution without multiply-accumulate (pooling)";
  return "its body is not a multiply-accumulate of the two inputs";
}

namespace {
/// A linear index expression: sum of coefficient * loop (plus a constant).
struct LinearExpr {
  llvm::SmallVector<std::pair<unsigned, int64_t>, 2> terms;
  bool ok = true;
};

void collectLinear(AffineExpr e, int64_t scale, LinearExpr &out) {
  if (auto d = dyn_cast<AffineDimExpr>(e)) {
    out.terms.push_back({d.getPosition(), scale});
    return;
  }
  if (isa<AffineConstantExpr>(e))
    return;
  auto bin = dyn_cast<AffineBinaryOpExpr>(e);
  if (!bin) {
    out.ok = false;
    return;
  }
  if (bin.getKind() == AffineExprKind::Add) {
    collectLinear(bin.getLHS(), scale, out);
    collectLinear(bin.getRHS(), scale, out);
    return;
  }
  if (bin.getKind() == AffineExprKind::Mul) {
    if (auto c = dyn_cast<AffineConstantExpr>(bin.getRHS())) {
      collectLinear(bin.getLHS(), scale * c.getValue(), out);
      return;
    }
    if (auto c = dyn_cast<AffineConstantExpr>(bin.getLHS())) {
      collectLinear(bin.getRHS(), scale * c.getValue(), out);
      return;
    }
  }
  out.ok = false;
}

/// Names a group of loops: the first gets `base`, more get base2, base3...
void nameAll(llvm::ArrayRef<unsigned> loops, llvm::StringRef base,
             llvm::SmallVectorImpl<std::string> &names) {
  for (unsigned i = 0; i < loops.size(); ++i)
    names[loops[i]] = i == 0 ? base.str() : (base + llvm::Twine(i + 1)).str();
}

int bitsOf(Value v) {
  Type t = getElementTypeOrSelf(v.getType());
  return t.isIntOrIndexOrFloat() ? t.getIntOrFloatBitWidth() : 0;
}

std::string indexList(llvm::ArrayRef<std::string> names) {
  std::string s;
  for (const std::string &n : names)
    s += "[" + llvm::StringRef(n).lower() + "]";
  return s;
}
} // namespace

FailureOr<ExtractedLayer>
salsa::extractLayer(linalg::LinalgOp op,
                    function_ref<InFlightDiagnostic()> emitDiag) {
  if (!isScheduleCandidate(op)) 
    return emitDiag() << "it is not a convolution or contraction with two inputs and one "
             "output";
  if (op.hasDynamicShape()) 
    return emitDiag() << "its shapes are not static";
  // Zero points of quantized ops are left out: the layer is the two data
  // inputs and the output.
  const std::string opName = op->getName().getStringRef().str();
  PlainView view;
  makePlainView(op, view);
  op = view.op;
  ExtractedLayer out;
  const unsigned numLoops = op.getNumLoops();
  out.loopSizes = op.getStaticLoopRanges();
  out.loopNames.assign(numLoops, "");
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  Value input = op.getDpsInputOperand(0)->get();
  LayerSpec &spec = out.spec;

  // Index names of each operand's map results; the conv input's composite
  // expressions become IY/IX relations.
  SmallVector<SmallVector<std::string>, 3> indices(3);
  if (auto conv = linalg::inferConvolutionDims(op); succeeded(conv)) {
    spec.operatorType = "Conv";
    nameAll(conv->batch, "B", out.loopNames);
    nameAll(conv->outputChannel, "K", out.loopNames);
    nameAll(conv->inputChannel, "C", out.loopNames);
    nameAll(conv->depth, "G", out.loopNames);
    static const char *imageNames[3][3] = {
        {"OX", "", ""}, {"OY", "OX", ""}, {"OZ", "OY", "OX"}};
    unsigned numImage = conv->outputImage.size();
    if (numImage == 0 || numImage > 3) 
      return emitDiag() << "only 1-D to 3-D convolutions are supported";
    for (unsigned i = 0; i < numImage; ++i)
      out.loopNames[conv->outputImage[i]] = imageNames[numImage - 1][i];
    // Pair each output-image loop with its filter loop through the input's
    // index expressions: i = stride * o + dilation * f.
    auto shape = cast<ShapedType>(input.getType()).getShape();
    SmallVector<int64_t> padLow(shape.size(), 0), padHigh(shape.size(), 0);
    SmallVector<int64_t> unpadded(shape.begin(), shape.end());
    if (auto pad = input.getDefiningOp<tensor::PadOp>()) {
      auto low = pad.getStaticLow(), high = pad.getStaticHigh();
      auto src = pad.getSourceType().getShape();
      if (!ShapedType::isDynamicShape(low) && !ShapedType::isDynamicShape(high))
        for (unsigned i = 0; i < shape.size(); ++i) {
          padLow[i] = low[i];
          padHigh[i] = high[i];
          unpadded[i] = src[i];
        }
    }
    AffineMap inputMap = maps[0];
    for (unsigned r = 0; r < inputMap.getNumResults(); ++r) {
      AffineExpr e = inputMap.getResult(r);
      if (auto d = dyn_cast<AffineDimExpr>(e)) {
        indices[0].push_back(""); // named below
        continue;
      }
      LinearExpr lin;
      collectLinear(e, 1, lin);
      if (!lin.ok || lin.terms.size() != 2) 
        return emitDiag() << "an input index is not of the form stride * o + dilation * "
                 "f";
      auto [a, ca] = lin.terms[0];
      auto [b, cb] = lin.terms[1];
      if (llvm::is_contained(conv->filterLoop, a)) {
        std::swap(a, b);
        std::swap(ca, cb);
      }
      if (!llvm::is_contained(conv->outputImage, a) ||
          !llvm::is_contained(conv->filterLoop, b)) 
        return emitDiag() << "an input index does not combine an output-image loop with "
                 "a filter loop";
      std::string image = out.loopNames[a]; // "OY"
      std::string suffix = image.substr(1);  // "Y"
      out.loopNames[b] = "F" + suffix;
      std::string rel = "I" + suffix;
      spec.dimensionRelations.push_back(
          llvm::formatv("{0}={1}*{2}+{3}*{4}", llvm::StringRef(rel).lower(),
                        ca, llvm::StringRef(image).lower(), cb,
                        llvm::StringRef("F" + suffix).lower())
              .str());
      spec.prDims.push_back(rel);
      spec.prSizes.push_back(unpadded[r]);
      spec.padding.push_back({padLow[r], padHigh[r]});
      indices[0].push_back(rel);
    }
  } else if (auto mm = linalg::inferContractionDims(op); succeeded(mm)) {
    spec.operatorType = "Gemm";
    nameAll(mm->batch, "B", out.loopNames);
    nameAll(mm->m, "D", out.loopNames);
    nameAll(mm->n, "K", out.loopNames);
    nameAll(mm->k, "C", out.loopNames);
  } else 
    return emitDiag() << "linalg cannot infer its convolution or contraction dimensions";
  for (unsigned l = 0; l < numLoops; ++l)
    if (out.loopNames[l].empty()) 
      return emitDiag() << llvm::formatv("loop {0} has no convolution or contraction role",
                             l);

  // Plain dimension indices of every operand.
  for (unsigned o = 0; o < 3; ++o) {
    AffineMap map = maps[o];
    if (indices[o].empty())
      indices[o].assign(map.getNumResults(), "");
    for (unsigned r = 0; r < map.getNumResults(); ++r) {
      if (!indices[o][r].empty())
        continue;
      auto d = dyn_cast<AffineDimExpr>(map.getResult(r));
      if (!d) 
        return emitDiag() << llvm::formatv("operand {0} has a non-trivial index", o);
      indices[o][r] = out.loopNames[d.getPosition()];
    }
  }
  // The conv input and the contraction LHS play ZigZag's I, the other input
  // W (weights), the init O.
  out.operandNames = {"I", "W", "O"};
  spec.name = opName;
  spec.equation = "O" + indexList(indices[2]) + "+=W" + indexList(indices[1]) +
                  "*I" + indexList(indices[0]);
  for (unsigned l = 0; l < numLoops; ++l) {
    spec.dims.push_back(out.loopNames[l]);
    spec.sizes.push_back(out.loopSizes[l]);
  }
  int wBits = bitsOf(op.getDpsInputOperand(1)->get());
  int iBits = bitsOf(input);
  int oBits = bitsOf(op.getDpsInitOperand(0)->get());
  spec.precisions = {{"W", wBits}, {"I", iBits}, {"O", oBits},
                     {"O_final", oBits}};
  return out;
}
