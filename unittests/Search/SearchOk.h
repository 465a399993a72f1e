//===- SearchOk.h - Engine results in tests --------------------*- C++ -*-===//
#ifndef SALSA_UNITTESTS_SEARCHOK_H
#define SALSA_UNITTESTS_SEARCHOK_H

#include "salsa/Search/Engines.h"

#include "gtest/gtest.h"

namespace salsa {
/// The result of an engine expected to search; an engine error fails the
/// test (and gives an empty, not-found result).
inline SearchResult ok(llvm::Expected<SearchResult> r) {
  if (!r) {
    ADD_FAILURE() << "engine error: " << llvm::toString(r.takeError());
    return {};
  }
  return std::move(*r);
}
} // namespace salsa

#endif
