#include "TestTargets.h"

#include "salsa/Model/Allocator.h"
#include "salsa/Model/CostModel.h"

#include "gtest/gtest.h"

using namespace salsa;
using namespace salsa::test;

/// Allocates `ordering` and evaluates it into `res`; callers wrap it in
/// ASSERT_NO_FATAL_FAILURE.
static void evaluate(const Layer &layer, const Accelerator &accel,
                     std::vector<Loop> ordering, CostResult &res) {
  auto bound = bindLayer(layer, accel, defaultLinks());
  ASSERT_TRUE(bool(bound)) << llvm::toString(bound.takeError());
  auto spatial = convertSpatialMapping(*bound, {});
  ASSERT_TRUE(bool(spatial)) << llvm::toString(spatial.takeError());
  Allocator alloc(*bound, spatial->fractionalLevels, MappingType::Uneven);
  TemporalMapping tm;
  ASSERT_TRUE(alloc.run(ordering, tm));
  CostModel model(*bound, *spatial);
  std::string error;
  ASSERT_TRUE(model.evaluate(tm, res, &error)) << error;
}

// O[k] += W[k][c] * I[c], K = 2, C = 4 (8 MACs at 1 pJ), everything in one
// DRAM with an 8-bit port, 10 pJ per read and 20 pJ per write.
// Ordering C2, C2, K2 (innermost first), all loops at DRAM:
//  - W changes every cycle: 8 reads of 8 bits = 8 * 10 = 80 pJ;
//  - I: its innermost loop is C (relevant), so no stationarity: 80 pJ;
//  - O: 16-bit partial sums, C above the MAC: every cycle writes one psum
//    (2 words of 8 bits) and reads one back: 16 * 20 + 16 * 10 = 480 pJ.
// Total 80 + 80 + 480 + 8 = 648 pJ.
TEST(CostModel, HandComputedEnergy) {
  Layer layer;
  ASSERT_NO_FATAL_FAILURE(tinyMatVec(layer));
  Accelerator accel =
      onePE({memory("dram", 1 << 20,
                    {MemOperand::I1, MemOperand::I2, MemOperand::O}, 10, 20)});
  CostResult r;
  ASSERT_NO_FATAL_FAILURE(
      evaluate(layer, accel, loops(layer, {{"C", 2}, {"C", 2}, {"K", 2}}), r));
  EXPECT_DOUBLE_EQ(r.macEnergy, 8);
  EXPECT_DOUBLE_EQ(r.memEnergyBreakdown[1][0], 80); // W
  EXPECT_DOUBLE_EQ(r.memEnergyBreakdown[2][0], 80); // I
  EXPECT_DOUBLE_EQ(r.memEnergyBreakdown[0][0], 480); // O
  EXPECT_DOUBLE_EQ(r.energyTotal, 648);
  EXPECT_DOUBLE_EQ(r.memoryWordAccess[0][0][unsigned(DataDir::WrInByLow)], 16);
  EXPECT_DOUBLE_EQ(r.memoryWordAccess[0][0][unsigned(DataDir::RdOutToLow)],
                   16);
  EXPECT_DOUBLE_EQ(r.idealCycle, 8);
  EXPECT_DOUBLE_EQ(r.idealTemporalCycle, 8);
}

// Same, with K innermost: I[c] stays at the MAC for the two K iterations
// (ZigZag's access_same_data_considered_as_no_access), so I is read 4 times:
// 40 pJ instead of 80. Total 608 pJ.
TEST(CostModel, InnermostIrrelevantLoopKeepsInputStationary) {
  Layer layer;
  ASSERT_NO_FATAL_FAILURE(tinyMatVec(layer));
  Accelerator accel =
      onePE({memory("dram", 1 << 20,
                    {MemOperand::I1, MemOperand::I2, MemOperand::O}, 10, 20)});
  CostResult r;
  ASSERT_NO_FATAL_FAILURE(
      evaluate(layer, accel, loops(layer, {{"K", 2}, {"C", 2}, {"C", 2}}), r));
  EXPECT_DOUBLE_EQ(r.memEnergyBreakdown[2][0], 40);
  EXPECT_DOUBLE_EQ(r.memEnergyBreakdown[1][0], 80);
  EXPECT_DOUBLE_EQ(r.energyTotal, 608);
}

// The merge-down moves irrelevant loops at the bottom of a level one level
// down, until a relevant loop stops them.
TEST(CostModel, StationaryMergeDown) {
  Layer layer;
  ASSERT_NO_FATAL_FAILURE(tinyMatVec(layer));
  // For I (depends on C only), level 1 starts with K: it moves to level 0.
  // O (depends on K) keeps its cut: level 1 starts with K. W depends on
  // both: nothing moves.
  PerOperandLoops loopsPerOp(3);
  loopsPerOp[2] = {loops(layer, {{"C", 2}}), loops(layer, {{"K", 2}, {"C", 2}})};
  loopsPerOp[0] = loopsPerOp[2];
  loopsPerOp[1] = loopsPerOp[2];
  TemporalMapping tm;
  ASSERT_TRUE(TemporalMapping::fromLoops(loopsPerOp, tm));
  double mac[kMaxOperands];
  mergeDownStationary(layer, tm, mac);
  PerOperandLoops st = tm.toLoops();
  EXPECT_EQ(st[2][0], loops(layer, {{"C", 2}, {"K", 2}}));
  EXPECT_EQ(st[2][1], loops(layer, {{"C", 2}}));
  EXPECT_EQ(st[0][0], loops(layer, {{"C", 2}}));
  EXPECT_EQ(st[1][0], loops(layer, {{"C", 2}}));
  EXPECT_EQ(mac[2], 1); // level 0 starts with C, which I depends on
  // O's level 0 is C2 (irrelevant to O): stationary for 2 cycles.
  EXPECT_EQ(mac[0], 2);
}
