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

bool salsa::isScheduleCandidate(linalg::LinalgOp op) {
  if (op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1)
    return false;
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
  spec.name = op->getName().getStringRef().str();
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
