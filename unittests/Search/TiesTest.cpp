//===- TiesTest.cpp - Tie semantics every engine shares --------------------===//

#include "salsa/Search/Problem.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

using namespace salsa;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(Ties, TieValueIsMonotoneAndMergesRoundingOnly) {
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> mantissa(1, 10);
  std::uniform_int_distribution<int> decade(-3, 12);
  for (int i = 0; i < 100000; ++i) {
    double a = mantissa(rng) * std::pow(10.0, decade(rng));
    double b = mantissa(rng) * std::pow(10.0, decade(rng));
    if (a > b)
      std::swap(a, b);
    ASSERT_LE(tieValue(a), tieValue(b)) << a << " " << b;
    // Sums in another order: a few ulps apart, almost always one cell.
    // A relative 1e-9 (what check-reference tolerates) never is.
    ASSERT_NE(tieValue(a), tieValue(a * (1 + 1e-9))) << a;
  }
  // Integers (cycles) below 2^40 are their own tie value.
  EXPECT_EQ(tieValue(112896.0), 112896.0);
  EXPECT_EQ(tieValue(0.0), 0.0);
  EXPECT_EQ(tieValue(kInf), kInf);
}

TEST(Ties, CompareBoundSaysLosesTiesOrMayBeat) {
  const double best = 126403618.912;
  EXPECT_EQ(compareBound(best, best), 0);
  // Another summation order of the same terms: a tie, not a loss.
  EXPECT_EQ(compareBound(best * (1 + 1e-15), best), 0);
  EXPECT_EQ(compareBound(best * (1 - 1e-15), best), 0);
  EXPECT_EQ(compareBound(best * (1 + 1e-9), best), 1);
  EXPECT_EQ(compareBound(best * (1 - 1e-9), best), -1);
  // Nothing bounded, nothing found yet, nothing fits.
  EXPECT_EQ(compareBound(-kInf, best), -1);
  EXPECT_EQ(compareBound(best, kInf), -1);
  EXPECT_EQ(compareBound(kInf, best), 1);
  // Integral latencies: the temporal cycles tie exactly.
  EXPECT_EQ(compareBound(112896, 112896), 0);
  EXPECT_EQ(compareBound(112897, 112896), 1);
}

TEST(Ties, RoundingLevelEnergiesAreBrokenByLatencyThenOrdering) {
  const std::vector<Loop> first = {{0, 2}, {1, 3}}, second = {{1, 3}, {0, 2}};
  const double e = 57967469.31200001;
  ObjectiveKey a{e, 1000}, b{e * (1 + 2e-16), 999};
  // b's energy is a's but for the last bit: its lower latency wins.
  EXPECT_TRUE(isBetter(b, second, a, first));
  EXPECT_FALSE(isBetter(a, first, b, second));
  // Equal keys: the lexicographically smaller ordering.
  EXPECT_TRUE(isBetter(a, first, a, second));
  EXPECT_FALSE(isBetter(a, second, a, first));
  // A real difference in energy decides before latency.
  ObjectiveKey c{e * (1 + 1e-9), 1};
  EXPECT_TRUE(isBetter(a, second, c, first));
}

} // namespace
