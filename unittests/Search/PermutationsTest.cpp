#include "salsa/Search/Factorization.h"
#include "salsa/Search/Permutations.h"

#include "gtest/gtest.h"

#include <set>

using namespace salsa;

static std::vector<Loop> multiset(std::initializer_list<unsigned> dims) {
  std::vector<Loop> loops;
  for (unsigned d : dims)
    loops.push_back({d, 2});
  return loops;
}

// Every distinct ordering exactly once, and as many as the multinomial.
TEST(Permutations, CountsAndNoDuplicates) {
  std::vector<std::vector<unsigned>> cases = {
      {},           {0},       {0, 0},          {0, 1},
      {0, 0, 1},    {0, 1, 2}, {0, 0, 1, 1, 2}, {3, 3, 3, 1, 1, 0, 2},
      {0, 0, 0, 0}, {5, 4, 3, 2, 1, 0}};
  for (const auto &values : cases) {
    MultisetPermutations perms(values);
    std::set<std::vector<unsigned>> seen;
    std::vector<unsigned> buf(values.size());
    do {
      perms.current(buf.data());
      EXPECT_TRUE(seen.insert(buf).second) << "duplicate ordering";
      std::vector<unsigned> sortedBuf = buf, sortedValues = values;
      std::sort(sortedBuf.begin(), sortedBuf.end());
      std::sort(sortedValues.begin(), sortedValues.end());
      EXPECT_EQ(sortedBuf, sortedValues);
    } while (perms.next());
    std::vector<Loop> loops;
    for (unsigned v : values)
      loops.push_back({v, 2});
    EXPECT_EQ(OrderingCount(seen.size()), countOrderings(loops));
  }
}

TEST(Factorization, PrimeFactorsAndCounts) {
  std::vector<Loop> lpfs = primeFactors({{0, 12}, {1, 7}, {2, 1}});
  ASSERT_EQ(lpfs.size(), 4u);
  EXPECT_EQ(lpfs[0], (Loop{0, 2}));
  EXPECT_EQ(lpfs[1], (Loop{0, 2}));
  EXPECT_EQ(lpfs[2], (Loop{0, 3}));
  EXPECT_EQ(lpfs[3], (Loop{1, 7}));
  // 4! / 2! = 12 distinct orderings of K2 K2 K3 C7.
  EXPECT_EQ(countOrderings(lpfs), OrderingCount(12));
  // 30 factors of 2 in 30 dimensions: 30! overflows 64 bits (2.65e32).
  std::vector<Loop> many;
  for (unsigned d = 0; d < 30; ++d)
    many.push_back({d, 2});
  EXPECT_EQ(toString(countOrderings(many)),
            "265252859812191058636308480000000");
  // 40 distinct loops: 40! > 2^128 saturates.
  for (unsigned d = 0; d < 10; ++d)
    many.push_back({d, 3});
  EXPECT_EQ(countOrderings(many), ~OrderingCount(0));
}

// ZigZag's limit_lpfs: merge the two smallest factors of the dimension with
// the most factors until the limit.
TEST(Factorization, LomaLimit) {
  // K = 64 (2^6), C = 3: 7 factors, limit 6 merges two K2 into K4:
  // K2 K2 K2 K2 K4 C3.
  std::vector<Loop> lpfs = primeFactors({{0, 64}, {1, 3}});
  std::vector<Loop> merged = limitPrimeFactors(lpfs, 6);
  ASSERT_EQ(merged.size(), 6u);
  EXPECT_EQ(merged[0], (Loop{0, 2}));
  EXPECT_EQ(merged[3], (Loop{0, 2}));
  EXPECT_EQ(merged[4], (Loop{0, 4}));
  EXPECT_EQ(merged[5], (Loop{1, 3}));
  // Never fewer than one factor per dimension.
  EXPECT_EQ(limitPrimeFactors(lpfs, 1).size(), 2u);
}
