#include "TestTargets.h"

#include "salsa/Model/Allocator.h"

#include "gtest/gtest.h"

using namespace salsa;
using namespace salsa::test;

namespace {
struct Fixture {
  Layer layer;
  Accelerator accel;
  BoundLayer bound;
  SpatialMappings spatial;
  /// tinyMatVec on `a`; callers wrap it in ASSERT_NO_FATAL_FAILURE.
  void init(Accelerator a) {
    ASSERT_NO_FATAL_FAILURE(tinyMatVec(layer));
    accel = std::move(a);
    auto b = bindLayer(layer, accel, defaultLinks());
    ASSERT_TRUE(bool(b)) << llvm::toString(b.takeError());
    bound = *b;
    auto s = convertSpatialMapping(bound, {});
    ASSERT_TRUE(bool(s)) << llvm::toString(s.takeError());
    spatial = *s;
  }
  PerOperandLoops run(std::vector<Loop> ordering, MappingType type,
                      AllocationFailure *why = nullptr) {
    Allocator alloc(bound, spatial.fractionalLevels, type);
    TemporalMapping out;
    EXPECT_EQ(alloc.run(ordering, out, why), why == nullptr);
    return why ? PerOperandLoops() : out.toLoops();
  }
};
} // namespace

// A 16-bit register holding one partial sum of O[k] below DRAM. Ordering
// (innermost first) C2, C2, K2. O does not depend on C, so the register
// holds 1 element (16 bits, partial sums while C runs above) for the first
// two loops; adding K2 needs 2 elements = 32 bits > 16. Accesses to DRAM per
// cut i are (iterations above) * size: i=0: 8*16, i=1: 4*16, i=2: 2*16, so
// the register takes C2, C2 and DRAM keeps K2.
TEST(Allocator, OutputRegisterTakesReductionLoops) {
  Fixture f;
  ASSERT_NO_FATAL_FAILURE(
      f.init(onePE({memory("reg", 16, {MemOperand::O}, 0.1, 0.1),
                    memory("dram", 1 << 20,
                           {MemOperand::I1, MemOperand::I2, MemOperand::O},
                           10, 20)})));
  PerOperandLoops out =
      f.run(loops(f.layer, {{"C", 2}, {"C", 2}, {"K", 2}}), MappingType::Uneven);
  ASSERT_EQ(out[0].size(), 2u);
  EXPECT_EQ(out[0][0], loops(f.layer, {{"C", 2}, {"C", 2}}));
  EXPECT_EQ(out[0][1], loops(f.layer, {{"K", 2}}));
  // W and I only live in DRAM: everything there.
  EXPECT_EQ(out[1].size(), 1u);
  EXPECT_EQ(out[1][0].size(), 3u);
}

// A 32-bit memory shared by I (8 bit) and O (16-bit partial sums), ordering
// C2, K2, C2. Footprints per cut i = 0..3: I: 8, 16, 16, 32 bits with
// accesses 64, 64, 32, 32; O: 16, 16, 32, 32 bits with accesses 128, 64, 64,
// 32. Pairs that fit (sum <= 32): I cut 0..2 with O cut 0..1. Uneven: the
// fewest accesses is I cut 2 + O cut 1 = 32 + 64. Even forces equal cuts:
// (1, 1) = 64 + 64 beats (0, 0) = 192.
TEST(Allocator, EvenForcesSharedCuts) {
  Fixture f;
  ASSERT_NO_FATAL_FAILURE(
      f.init(onePE({memory("buf", 32, {MemOperand::I1, MemOperand::O}, 1, 1),
                    memory("dram", 1 << 20,
                           {MemOperand::I1, MemOperand::I2, MemOperand::O},
                           10, 20)})));
  auto ordering = loops(f.layer, {{"C", 2}, {"K", 2}, {"C", 2}});
  PerOperandLoops uneven = f.run(ordering, MappingType::Uneven);
  EXPECT_EQ(uneven[2][0], loops(f.layer, {{"C", 2}, {"K", 2}}));
  EXPECT_EQ(uneven[0][0], loops(f.layer, {{"C", 2}}));
  PerOperandLoops even = f.run(ordering, MappingType::Even);
  EXPECT_EQ(even[2][0], loops(f.layer, {{"C", 2}}));
  EXPECT_EQ(even[0][0], loops(f.layer, {{"C", 2}}));
}

// An 8-bit register cannot even hold one 16-bit partial sum.
TEST(Allocator, TooSmallIsAnErrorValue) {
  Fixture f;
  ASSERT_NO_FATAL_FAILURE(
      f.init(onePE({memory("reg", 8, {MemOperand::O}, 0.1, 0.1),
                    memory("dram", 1 << 20,
                           {MemOperand::I1, MemOperand::I2, MemOperand::O},
                           10, 20)})));
  AllocationFailure why;
  f.run(loops(f.layer, {{"C", 4}, {"K", 2}}), MappingType::Uneven, &why);
  EXPECT_EQ(why.kind, AllocationFailure::MemoryTooSmall);
  EXPECT_EQ(why.memory, 0u);
  EXPECT_EQ(why.describe(f.bound),
            "memory 'reg' is too small for operand 'O': the tile fixed by "
            "the loops below it does not fit");
}

// W's only memory holds 40 bits: C4 (32 bits) fits, K2 more (64) does not,
// so W's top level cannot take all its loops.
TEST(Allocator, HierarchyTooSmall) {
  Fixture f;
  ASSERT_NO_FATAL_FAILURE(
      f.init(onePE({memory("wmem", 40, {MemOperand::I2}, 1, 1),
                    memory("dram", 1 << 20, {MemOperand::I1, MemOperand::O},
                           10, 20)})));
  AllocationFailure why;
  f.run(loops(f.layer, {{"C", 4}, {"K", 2}}), MappingType::Uneven, &why);
  EXPECT_EQ(why.kind, AllocationFailure::HierarchyTooSmall);
  EXPECT_EQ(why.describe(f.bound),
            "memory 'wmem' is the top level of operand 'W' but cannot hold "
            "all of its remaining loops");
}
