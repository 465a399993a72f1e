//===- Permutations.cpp - Williams' cool-lex multiset permutations --------===//

#include "salsa/Search/Permutations.h"

#include <algorithm>
#include <functional>

using namespace salsa;

MultisetPermutations::MultisetPermutations(llvm::ArrayRef<unsigned> values)
    : value(values.begin(), values.end()) {
  // The list starts in non-increasing order; h, i, j point to the first,
  // second-last and last nodes.
  std::sort(value.begin(), value.end(), std::greater<unsigned>());
  nextNode.resize(value.size());
  for (unsigned k = 0; k < value.size(); ++k)
    nextNode[k] = k + 1 < value.size() ? int(k + 1) : -1;
  head = value.empty() ? -1 : 0;
  j = int(value.size()) - 1;
  i = int(value.size()) - 2;
}

void MultisetPermutations::current(unsigned *out) const {
  for (int n = head; n >= 0; n = nextNode[n])
    *out++ = value[n];
}

bool MultisetPermutations::next() {
  if (value.size() < 2)
    return false;
  if (!(nextNode[j] >= 0 || value[j] < value[head]))
    return false;
  int s = (nextNode[j] >= 0 && value[i] >= value[nextNode[j]]) ? j : i;
  int t = nextNode[s];
  nextNode[s] = nextNode[t];
  nextNode[t] = head;
  if (value[t] < value[head])
    i = t;
  j = nextNode[i];
  head = t;
  return true;
}
