//===- Permutations.h - Distinct orderings of a multiset --------*- C++ -*-===//
//
// Aaron Williams' loopless multiset permutation algorithm ("Loopless
// Generation of Multiset Permutations using a Constant Number of Variables
// by Prefix Shifts", SODA 2009; the algorithm behind ZigZag's LOMA): every
// step is one prefix shift of a linked list, O(1) time, and each distinct
// ordering is visited exactly once.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_SEARCH_PERMUTATIONS_H
#define SALSA_SEARCH_PERMUTATIONS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"

namespace salsa {

class MultisetPermutations {
public:
  /// `values` in any order; equal values are interchangeable.
  explicit MultisetPermutations(llvm::ArrayRef<unsigned> values);

  /// Writes the current permutation (head of the list first) to `out`.
  void current(unsigned *out) const;
  /// Moves to the next permutation; false once all have been visited.
  bool next();
  size_t size() const { return value.size(); }

private:
  llvm::SmallVector<unsigned, 32> value;
  llvm::SmallVector<int, 32> nextNode; // -1 ends the list
  int head = -1, i = -1, j = -1;
};

} // namespace salsa

#endif
