//===- Orderings.h - Every distinct ordering, in tests ----------*- C++ -*-===//
#ifndef SALSA_UNITTESTS_ORDERINGS_H
#define SALSA_UNITTESTS_ORDERINGS_H

#include "salsa/Search/Problem.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace salsa::test {
/// Calls visit(ordering) for every distinct ordering of the problem's
/// prime factors, in lexicographic order (std::next_permutation over the
/// sorted multiset), until it returns false.
template <typename Visit>
void forEveryOrdering(const ScheduleProblem &p, Visit &&visit) {
  auto less = [](const Loop &a, const Loop &b) {
    return std::tie(a.dim, a.size) < std::tie(b.dim, b.size);
  };
  std::vector<Loop> order = p.primeFactors();
  std::sort(order.begin(), order.end(), less);
  do {
    if (!visit(const_cast<const std::vector<Loop> &>(order)))
      return;
  } while (std::next_permutation(order.begin(), order.end(), less));
}
} // namespace salsa::test

#endif
