#include "salsa/Model/Workload.h"

#include "gtest/gtest.h"

using namespace salsa;

static LayerSpec convSpec(int64_t stride) {
  LayerSpec spec;
  spec.name = "conv";
  spec.operatorType = "Conv";
  spec.equation = "O[b][k][oy][ox]+=W[k][c][fy][fx]*I[b][c][iy][ix]";
  spec.dims = {"B", "K", "C", "OY", "OX", "FY", "FX"};
  spec.sizes = {1, 8, 4, 5, 4, 3, 3};
  std::string s = std::to_string(stride);
  spec.dimensionRelations = {"ix=" + s + "*ox+1*fx", "iy=" + s + "*oy+1*fy"};
  spec.precisions = {{"W", 8}, {"I", 8}, {"O", 16}, {"O_final", 8}};
  return spec;
}

/// Callers wrap it in ASSERT_NO_FATAL_FAILURE.
static void conv(int64_t stride, Layer &out) {
  auto layer = buildLayer(convSpec(stride));
  ASSERT_TRUE(bool(layer)) << llvm::toString(layer.takeError());
  out = std::move(*layer);
}

static DimMask mask(const Layer &l, std::initializer_list<const char *> dims) {
  DimMask m = 0;
  for (const char *d : dims)
    m |= DimMask(1) << l.findDim(d);
  return m;
}

TEST(Workload, ConvRelevancy) {
  Layer l;
  ASSERT_NO_FATAL_FAILURE(conv(1, l));
  ASSERT_EQ(l.operands.size(), 3u);
  EXPECT_EQ(l.operands[0].name, "O");
  EXPECT_EQ(l.operands[1].name, "W");
  EXPECT_EQ(l.operands[2].name, "I");
  // Size-1 B is neither relevant nor irrelevant to O and W.
  EXPECT_EQ(l.operands[0].relevant, mask(l, {"K", "OY", "OX"}));
  EXPECT_EQ(l.operands[0].irrelevant, mask(l, {"C", "FY", "FX"}));
  EXPECT_EQ(l.operands[1].relevant, mask(l, {"K", "C", "FY", "FX"}));
  EXPECT_EQ(l.operands[1].irrelevant, mask(l, {"OY", "OX"}));
  // The input sees OX/FX, OY/FY only through IX, IY; ZigZag keeps its
  // size-1 relevant dimension B.
  EXPECT_EQ(l.operands[2].relevant, mask(l, {"B", "C"}));
  EXPECT_EQ(l.operands[2].irrelevant, mask(l, {"K"}));
  EXPECT_EQ(l.operands[2].partial.size(), 2u);
}

TEST(Workload, PartialDimensionSize) {
  Layer l;
  ASSERT_NO_FATAL_FAILURE(conv(2, l));
  double sizes[kMaxLayerDims];
  std::fill(sizes, sizes + kMaxLayerDims, 1.0);
  // ix = 2*ox + fx over OX = 4, FX = 3 touches 0..8: 9 columns
  // (4*3 - max(0, 3-2) * (4-1) = 9).
  sizes[l.findDim("OX")] = 4;
  sizes[l.findDim("FX")] = 3;
  EXPECT_EQ(l.partialDimSize(0, sizes), 9);
  // OX = 4, FX = 1 with stride 2: 4 separate columns.
  sizes[l.findDim("FX")] = 1;
  EXPECT_EQ(l.partialDimSize(0, sizes), 4);
  // The unpadded input is 2*(4-1)+3 = 9 wide, 2*(5-1)+3 = 11 high.
  EXPECT_EQ(l.relations[0].totalSize, 9);
  EXPECT_EQ(l.relations[1].totalSize, 11);
  // Whole input: C * IY * IX = 4 * 11 * 9.
  EXPECT_EQ(l.operandElements(2), 4 * 11 * 9);
  EXPECT_EQ(l.operandElements(1), 8 * 4 * 3 * 3);
  EXPECT_EQ(l.totalMacs(), 8 * 4 * 5 * 4 * 3 * 3);
}

TEST(Workload, Errors) {
  LayerSpec spec;
  spec.name = "bad";
  spec.equation = "O[k]+=W[k][c]*I[x]";
  spec.dims = {"K", "C"};
  spec.sizes = {2, 3};
  spec.precisions = {{"W", 8}, {"I", 8}, {"O", 16}};
  auto layer = buildLayer(spec);
  ASSERT_FALSE(bool(layer));
  EXPECT_EQ(llvm::toString(layer.takeError()),
            "equation 'O[k]+=W[k][c]*I[x]': operand 'I' is indexed by 'X', "
            "which is neither a loop dimension nor a dimension relation");
  spec.equation = "O[k]+=W[k][c]*I[c]";
  spec.sizes = {2, 0};
  layer = buildLayer(spec);
  ASSERT_FALSE(bool(layer));
  EXPECT_EQ(llvm::toString(layer.takeError()),
            "layer 'bad': loop dimension 'C' has size 0; sizes must be "
            "positive");
}

// Footprints multiply the operand's dimensions in the order its equation
// indexes them (ZigZag's r_dims), not in the layer's loop order: with a
// fractional unrolling the two round differently, and ZigZag's allocator
// breaks ties by that rounding.
TEST(Workload, FootprintMultipliesInEquationOrder) {
  LayerSpec spec = convSpec(1);
  // The loop order of ZigZag's ONNX parser: OX before OY, FX before FY.
  spec.dims = {"B", "K", "C", "OX", "OY", "FX", "FY"};
  spec.sizes = {1, 128, 8, 15, 15, 3, 3};
  auto layer = buildLayer(spec);
  ASSERT_TRUE(bool(layer)) << llvm::toString(layer.takeError());
  const Layer &l = *layer;
  const int K = l.findDim("K"), C = l.findDim("C"), OX = l.findDim("OX"),
            OY = l.findDim("OY"), FX = l.findDim("FX"), FY = l.findDim("FY");
  auto list = [&](unsigned op) {
    return std::vector<int>(l.operands[op].relevantList.begin(),
                            l.operands[op].relevantList.end());
  };
  EXPECT_EQ(list(0), (std::vector<int>{K, OY, OX}));
  EXPECT_EQ(list(1), (std::vector<int>{K, C, FY, FX}));

  // K unrolled by 12.8 (128 over 10 columns): K 12.8, OY 3, OX 5.
  std::vector<double> dims(l.dims.size(), 1.0);
  dims[K] = 128.0 / 10;
  dims[OY] = 3;
  dims[OX] = 5;
  const double equationOrder = ((1.0 * dims[K]) * dims[OY]) * dims[OX];
  const double loopOrder = ((1.0 * dims[K]) * dims[OX]) * dims[OY];
  ASSERT_NE(equationOrder, loopOrder); // the fixture must tell them apart
  EXPECT_EQ(l.tensorSize(0, dims.data()), equationOrder);

  dims[C] = 2;
  dims[FY] = 3;
  dims[FX] = 5;
  const double wEquation =
      (((1.0 * dims[K]) * dims[C]) * dims[FY]) * dims[FX];
  const double wLoop = (((1.0 * dims[K]) * dims[C]) * dims[FX]) * dims[FY];
  ASSERT_NE(wEquation, wLoop);
  EXPECT_EQ(l.tensorSize(1, dims.data()), wEquation);
}
