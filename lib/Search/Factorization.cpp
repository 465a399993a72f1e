//===- Factorization.cpp - Loop prime factors and ordering counts ---------===//

#include "salsa/Search/Factorization.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <map>

using namespace salsa;

std::vector<Loop> salsa::primeFactors(const std::vector<Loop> &loops) {
  std::vector<Loop> lpfs;
  for (const Loop &l : loops) {
    int64_t n = int64_t(l.size);
    for (int64_t p = 2; p * p <= n; ++p)
      while (n % p == 0) {
        lpfs.push_back({l.dim, double(p)});
        n /= p;
      }
    if (n > 1)
      lpfs.push_back({l.dim, double(n)});
  }
  return lpfs;
}

std::vector<Loop> salsa::limitPrimeFactors(const std::vector<Loop> &lpfs,
                                           unsigned limit) {
  // Per dimension (first-appearance order): factors ascending with counts.
  std::vector<unsigned> dims;
  std::map<unsigned, std::vector<std::pair<int64_t, int>>> factors;
  for (const Loop &l : lpfs) {
    if (!llvm::is_contained(dims, l.dim))
      dims.push_back(l.dim);
    auto &f = factors[l.dim];
    auto it = llvm::find_if(f, [&](auto &p) { return p.first == l.size; });
    if (it != f.end())
      ++it->second;
    else
      f.push_back({int64_t(l.size), 1});
  }
  for (auto &[d, f] : factors)
    llvm::sort(f);
  // LOMA never limits below one factor per dimension.
  limit = std::max<unsigned>(limit, dims.size());
  auto countOf = [&](unsigned d) {
    int n = 0;
    for (auto &p : factors[d])
      n += p.second;
    return n;
  };
  unsigned total = lpfs.size();
  while (total > limit) {
    // The dimension with the most factors (first such), merging its two
    // smallest factors.
    unsigned best = dims.front();
    for (unsigned d : dims)
      if (countOf(d) > countOf(best))
        best = d;
    auto &f = factors[best];
    unsigned a = 0, b = f[0].second > 1 ? 0 : 1;
    int64_t merged = f[a].first * f[b].first;
    --f[a].second;
    --f[b].second;
    auto it = llvm::find_if(f, [&](auto &p) { return p.first == merged; });
    if (it != f.end())
      ++it->second;
    else
      f.push_back({merged, 1});
    llvm::erase_if(f, [](auto &p) { return p.second == 0; });
    llvm::sort(f);
    --total;
  }
  std::vector<Loop> out;
  for (unsigned d : dims)
    for (auto &[value, count] : factors[d])
      for (int i = 0; i < count; ++i)
        out.push_back({d, double(value)});
  return out;
}

OrderingCount salsa::countOrderings(const std::vector<Loop> &multiset) {
  // Multinomial coefficient built as a product of binomials, each exact:
  // C(n, k) for growing n, saturating on overflow.
  const OrderingCount max = ~OrderingCount(0);
  std::map<std::pair<unsigned, double>, unsigned> groups;
  for (const Loop &l : multiset)
    ++groups[{l.dim, l.size}];
  OrderingCount result = 1;
  unsigned placed = 0;
  for (auto &[key, k] : groups) {
    // result *= C(placed + k, k), computed incrementally:
    // C(n, j) = C(n, j-1) * (n - j + 1) / j stays integral.
    OrderingCount binom = 1;
    for (unsigned j = 1; j <= k; ++j) {
      OrderingCount factor = placed + j;
      if (binom > max / factor)
        return max;
      binom = binom * factor / j;
    }
    if (binom != 0 && result > max / binom)
      return max;
    result *= binom;
    placed += k;
  }
  return result;
}

std::string salsa::toString(OrderingCount n) {
  if (n == 0)
    return "0";
  std::string s;
  while (n > 0) {
    s.push_back(char('0' + unsigned(n % 10)));
    n /= 10;
  }
  std::reverse(s.begin(), s.end());
  return s;
}

std::vector<Loop> salsa::expandToPrimes(llvm::ArrayRef<Loop> ordering) {
  std::vector<Loop> out;
  for (const Loop &l : ordering) {
    std::vector<Loop> primes = primeFactors({l});
    out.insert(out.end(), primes.begin(), primes.end());
  }
  return out;
}
