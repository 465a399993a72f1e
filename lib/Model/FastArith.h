//===- FastArith.h - Cheap tests and selects (private) --------*- C++ -*-===//
//
// Private to lib/Model. Without SSE4.1 std::trunc is a dozen instructions;
// the cost model asks "is this an integer?" of every loop size, so it asks
// it the cheap way, with the same answer for every double. And the
// dimension of the next loop of a random ordering is a coin toss to the
// branch predictor: the hot loops select factors instead of branching.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_LIB_MODEL_FASTARITH_H
#define SALSA_LIB_MODEL_FASTARITH_H

#include <cmath>
#include <cstdint>
#include <cstring>

namespace salsa {

/// std::trunc(v) == v. For 0 <= v < 2^52, adding and subtracting 2^52
/// rounds v to an integer, which is v only if v is one; every double from
/// 2^52 up is an integer.
inline bool isIntegral(double v) {
  constexpr double kTwo52 = 4503599627370496.0;
  if (v >= 0)
    return v >= kTwo52 || (v + kTwo52) - kTwo52 == v;
  return std::trunc(v) == v; // negative or not a number
}

/// take ? size : 1.0 without a branch (an integer select on the bits);
/// multiplying by the 1.0 is exact, so a running product may multiply by
/// it unconditionally.
inline double factorIf(bool take, double size) {
  constexpr uint64_t kOne = 0x3ff0000000000000ull; // 1.0
  uint64_t bits;
  std::memcpy(&bits, &size, sizeof bits);
  // A mask, not a ternary: the compiler keeps it branch-free.
  const uint64_t mask = -uint64_t(take);
  bits = (bits & mask) | (kOne & ~mask);
  double out;
  std::memcpy(&out, &bits, sizeof out);
  return out;
}

} // namespace salsa

#endif // SALSA_LIB_MODEL_FASTARITH_H
