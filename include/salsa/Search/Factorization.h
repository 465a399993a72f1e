//===- Factorization.h - Loop prime factors and ordering counts -*- C++ -*-===//
//
// The temporal loops left after spatial unrolling are split into loop prime
// factors (LPFs): K = 12 becomes K2, K2, K3. An ordering of the temporal
// nest is an ordering of this multiset; identical factors of one dimension
// are interchangeable, so there are (sum n)! / prod(m_j!) distinct ones.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_SEARCH_FACTORIZATION_H
#define SALSA_SEARCH_FACTORIZATION_H

#include "salsa/Model/Workload.h"

#include <string>
#include <vector>

namespace salsa {

/// Prime factors of every loop, loops in the given order, each loop's
/// factors ascending (sympy.factorint order, as ZigZag).
std::vector<Loop> primeFactors(const std::vector<Loop> &loops);

/// An ordering of merged loops (LOMA's K4) as prime-factor loops (K2, K2),
/// each loop's factors ascending, the order of the loops kept.
std::vector<Loop> expandToPrimes(llvm::ArrayRef<Loop> ordering);

/// ZigZag LOMA's limit_lpfs: while there are more than `limit` factors
/// (but never fewer than one per dimension), merge the two smallest factors
/// of the dimension with the most factors... see the implementation for the
/// exact rule. Returns the merged multiset.
std::vector<Loop> limitPrimeFactors(const std::vector<Loop> &lpfs,
                                    unsigned limit);

/// Number of distinct orderings of a multiset of loops (equal loops are
/// interchangeable), saturated at UINT128 max.
using OrderingCount = unsigned __int128;
OrderingCount countOrderings(const std::vector<Loop> &multiset);
/// Decimal text of a count (for JSON and messages).
std::string toString(OrderingCount n);
/// A count as a double (for cost estimates).
inline double toDouble(OrderingCount n) { return double(n); }

} // namespace salsa

#endif
