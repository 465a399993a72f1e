//===- SpatialGenerationTest.cpp - ZigZag's spatial candidates -------------===//

#include "TestTargets.h"

#include "salsa/IO/Presets.h"
#include "salsa/IO/ZigZagFiles.h"
#include "salsa/Model/SpatialGeneration.h"
#include "salsa/Model/ZigZagSetOrder.h"

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

#include "gtest/gtest.h"

using namespace salsa;

namespace {
using Strings = std::vector<std::string>;

/// "D1 K 4, D1 C 2 | D1 K 8": candidates as text, to compare and print.
std::string show(const std::vector<UserSpatialMapping> &cands) {
  std::string out;
  for (const UserSpatialMapping &m : cands) {
    if (!out.empty())
      out += " | ";
    for (unsigned i = 0; i < m.size(); ++i)
      out += (i ? ", " : "") + m[i].arrayDim + " " + m[i].layerDim + " " +
             (m[i].factor == std::trunc(m[i].factor)
                  ? std::to_string(int64_t(m[i].factor))
                  : llvm::formatv("{0:f6}", m[i].factor).str());
  }
  return out;
}

/// O[k] += W[k][c] * I[c] (K = C = 4) on an array of `sizes`, served by
/// one memory that serves no array dimension (so neither bandwidth nor
/// capacity limits an unroll: each is capped by the sizes alone).
struct MatVec {
  Layer layer;
  Accelerator accel;
  BoundLayer bound;
  explicit MatVec(std::vector<int64_t> sizes) {
    test::tinyMatVec(layer, 16, 4);
    using MO = MemOperand;
    accel = test::onePE({test::memory("rf", 1 << 20, {MO::I1, MO::I2, MO::O},
                                      1, 1, 1 << 20),
                         test::memory("dram", int64_t(1) << 40,
                                      {MO::I1, MO::I2, MO::O}, 10, 10, 64)});
    accel.array.sizes = sizes;
    accel.array.dims.clear();
    for (unsigned a = 0; a < sizes.size(); ++a)
      accel.array.dims.push_back("D" + std::to_string(a + 1));
    bound = cantFail(bindLayer(layer, accel, test::defaultLinks()));
  }
};
} // namespace

// Python's set of ZigZag LayerDims iterates by hash, not as written
// (orders printed by ZigZag 3.8.5: `[str(d) for d in {LayerDim(n) ...}]`).
TEST(SpatialGeneration, ZigZagSetOrder) {
  EXPECT_EQ(zigzagSetOrder({"B", "K", "C", "OY", "OX", "FY", "FX"}),
            (Strings{"FY", "FX", "B", "OX", "C", "K", "OY"}));
  EXPECT_EQ(zigzagSetOrder({"B", "K", "G", "OX", "OY", "C", "FX", "FY"}),
            (Strings{"FY", "FX", "B", "G", "OX", "C", "K", "OY"}));
  EXPECT_EQ(zigzagSetOrder({"C", "FX", "FY"}), (Strings{"FX", "C", "FY"}));
  EXPECT_EQ(zigzagSetOrder({"C", "D", "K"}), (Strings{"K", "D", "C"}));
  EXPECT_EQ(zigzagSetOrder({"D0", "D1", "D2"}), (Strings{"D0", "D2", "D1"}));
  EXPECT_EQ(zigzagSetOrder({"K", "C", "K"}), (Strings{"K", "C"}));
  // A name without a known hash: as written.
  EXPECT_EQ(zigzagSetOrder({"C", "Q", "K"}), (Strings{"C", "Q", "K"}));
}

// D1 (8 PEs) open. The set {K, C} iterates K, C. Single unrolls, divisors
// largest first: K4 K2 K1 C4 C2 C1; a single unroll's indicator is its
// utilization u (u + u/u - 1), so the stable sort gives K4 C4 K2 C2 K1 C1.
// Mixed adds (K, C) by non-trivial divisors smallest first, products <= 8:
// K2C2 (4 + 4/2 - 1 = 5), K2C4 (8 + 8/4 - 1 = 9), K4C2 (9); K4C4 = 16 > 8.
TEST(SpatialGeneration, SingleAndMixedOneArrayDim) {
  MatVec t({8});
  EXPECT_EQ(show(generateSpatialMappings(t.bound, {}, 3)),
            "D1 K 4 | D1 C 4 | D1 K 2");
  EXPECT_EQ(show(generateSpatialMappings(t.bound, {}, 5, {}, true)),
            "D1 K 2, D1 C 4 | D1 K 4, D1 C 2 | D1 K 2, D1 C 2 | D1 K 4 | "
            "D1 C 4");
}

// A hint narrows what an open array dimension unrolls; a hinted dimension
// the layer lacks (G) generates nothing, and a hint naming no dimension of
// the layer is dropped (all dimensions again).
TEST(SpatialGeneration, Hint) {
  MatVec t({8});
  SpatialMappingHint onlyC = {{"D1", {"G", "C"}}};
  EXPECT_EQ(show(generateSpatialMappings(t.bound, {}, 5, onlyC, true)),
            "D1 C 4 | D1 C 2 | D1 C 1");
  SpatialMappingHint none = {{"D1", {"G"}}};
  EXPECT_EQ(show(generateSpatialMappings(t.bound, {}, 3, none)),
            "D1 K 4 | D1 C 4 | D1 K 2");
}

// D1 fixed at K 4, D2 (8 PEs) open: K is used up (4 of 4), so on D2 only
// K1 and every C unroll are valid, and no mixed one (each has K >= 2).
// Indicators with the template: C4 16 + 16/4 - 1 = 19, C2 8 + 1 = 9,
// K1 4 + 0 = 4 and C1 4 (K1 first: generated first).
TEST(SpatialGeneration, TemplateUsesUpALayerDim) {
  MatVec t({4, 8});
  UserSpatialMapping user = {{"D1", "K", 4}};
  EXPECT_EQ(show(generateSpatialMappings(t.bound, user, 3, {}, true)),
            "D1 K 4, D2 C 4 | D1 K 4, D2 C 2 | D1 K 4, D2 K 1");
}

// ZigZag 3.8.5's own candidates (SpatialMappingGeneratorStage, 5 per case)
// for four ResNet-18 layers on six targets, four mapping entries, with and
// without mixed mappings: test/Inputs/spatial/README.md.
TEST(SpatialGeneration, MatchesZigZag) {
  const std::string zigzag = SALSA_ZIGZAG_DIR;
  const std::string dir = SALSA_SPATIAL_DIR;
  auto text = llvm::MemoryBuffer::getFile(dir + "/spatial-candidates.jsonl");
  ASSERT_TRUE(bool(text)) << "missing " << dir;
  auto workload = io::readWorkload(dir + "/workload.yaml");
  ASSERT_TRUE(bool(workload)) << llvm::toString(workload.takeError());
  unsigned cases = 0, mixedCases = 0;
  llvm::SmallVector<llvm::StringRef> lines;
  (*text)->getBuffer().split(lines, '\n', -1, false);
  for (llvm::StringRef line : lines) {
    llvm::Expected<llvm::json::Value> v = llvm::json::parse(line);
    ASSERT_TRUE(bool(v)) << llvm::toString(v.takeError());
    const llvm::json::Object &o = *v->getAsObject();
    std::string hw = o.getString("hardware")->str();
    std::string map = o.getString("mapping")->str();
    int64_t index = *o.getInteger("layer");
    bool mixed = *o.getBoolean("mixed");
    auto target = io::loadTarget(zigzag + "/hardware/" + hw + ".yaml",
                                 dir + "/" + map + ".yaml");
    ASSERT_TRUE(bool(target)) << llvm::toString(target.takeError());
    auto layer = buildLayer((*workload)[index].spec);
    ASSERT_TRUE(bool(layer)) << llvm::toString(layer.takeError());
    const MappingEntry &entry =
        target->entryFor(layer->name, layer->operatorType);
    auto bound = bindLayer(*layer, target->accel, entry.links);
    ASSERT_TRUE(bool(bound)) << llvm::toString(bound.takeError());
    std::vector<UserSpatialMapping> expected;
    for (const llvm::json::Value &c : *o.getArray("candidates")) {
      UserSpatialMapping &m = expected.emplace_back();
      for (const llvm::json::Value &u : *c.getAsArray()) {
        const llvm::json::Array &a = *u.getAsArray();
        m.push_back({a[0].getAsString()->str(), a[1].getAsString()->str(),
                     *a[2].getAsNumber()});
      }
    }
    EXPECT_EQ(show(generateSpatialMappings(*bound, entry.spatial, 5,
                                           entry.spatialHint, mixed)),
              show(expected))
        << hw << " " << map << " layer " << index << (mixed ? " mixed" : "");
    ++cases;
    mixedCases += mixed;
  }
  EXPECT_GE(cases, 150u);
  EXPECT_GE(mixedCases, 70u);
}
