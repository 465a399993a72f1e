#include "Model/Latency.h"

#include "gtest/gtest.h"

using namespace salsa;

// ZigZag's reduce_balanced lowers the longest loads first, sharing the
// budget evenly between the loads already reached.
TEST(Latency, ReduceBalanced) {
  // Budget 6 < headroom 8 of the longest: it alone drops by 6.
  double r[2];
  reduceBalanced({10, 4}, {2, 2}, 6, r);
  EXPECT_EQ(r[0], 4);
  EXPECT_EQ(r[1], 4);
  // Budget 20: the longest drops to its minimum (8 used), then both drop by
  // the second's headroom 2 (4 used). ZigZag's quirk: the first goes below
  // its minimum.
  reduceBalanced({10, 4}, {2, 2}, 20, r);
  EXPECT_EQ(r[0], 0);
  EXPECT_EQ(r[1], 2);
  // The fix stops at the minimum.
  reduceBalanced({10, 4}, {2, 2}, 20, r, /*clampToMinimum=*/true);
  EXPECT_EQ(r[0], 2);
  EXPECT_EQ(r[1], 2);
  // No budget, no change.
  reduceBalanced({3, 5}, {1, 1}, 0, r);
  EXPECT_EQ(r[0], 3);
  EXPECT_EQ(r[1], 5);
}

TEST(Latency, UpdatingWindowUnion) {
  // Windows of 1 every 4 cycles and 2 every 8: within 8 cycles positions
  // {0, 4} and {0, 1} are busy, 3 in all, times the 5 periods of 8.
  EXPECT_EQ(updatingWindowUnion({{4, 1, 10}, {8, 2, 5}}), 15);
  // Periods 4, 6, 12 (not a divisibility chain): in 12 cycles {0,4,8},
  // {0,6}, {0} are busy: 4 positions, times 2 periods of 12.
  EXPECT_EQ(updatingWindowUnion({{4, 1, 6}, {6, 1, 4}, {12, 1, 2}}), 8);
  // A window as long as its period covers everything.
  EXPECT_EQ(updatingWindowUnion({{4, 4, 3}, {8, 1, 2}}), 12);
}
