//===- TemporalMapping.h - A loop order cut into memory levels --*- C++ -*-===//
//
// Every operand sees the same temporal loop order; the allocator only
// decides, per operand, where that order is cut into memory levels. So a
// temporal mapping is stored as one order plus cut positions: compact,
// allocation-free to copy, and cheap to evaluate.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_MODEL_TEMPORALMAPPING_H
#define SALSA_MODEL_TEMPORALMAPPING_H

#include "salsa/Model/Workload.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"

#include <array>
#include <vector>

namespace salsa {

/// A layer has one output and two inputs.
constexpr unsigned kMaxOperands = 3;
/// Memory levels per operand.
constexpr unsigned kMaxLevels = 16;
/// Temporal loops (prime factors) of one layer.
constexpr unsigned kMaxTemporalLoops = 128;

using LevelLoops = std::vector<std::vector<Loop>>;
using PerOperandLoops = std::vector<LevelLoops>;

struct TemporalMapping {
  /// Temporal loops, innermost first.
  llvm::SmallVector<Loop, 32> order;
  unsigned numOperands = 0;
  std::array<uint8_t, kMaxOperands> numLevels{};
  /// cut[op][lv] is the first position of level lv in `order`;
  /// cut[op][numLevels[op]] == order.size().
  std::array<std::array<uint16_t, kMaxLevels + 1>, kMaxOperands> cut{};

  llvm::ArrayRef<Loop> level(unsigned op, unsigned lv) const {
    return llvm::ArrayRef<Loop>(order).slice(cut[op][lv],
                                             cut[op][lv + 1] - cut[op][lv]);
  }
  /// Loops per operand and level, for printing and comparisons.
  PerOperandLoops toLoops() const;
  /// From explicit per-level lists; false if the operands do not share one
  /// loop order.
  static bool fromLoops(const PerOperandLoops &loops, TemporalMapping &out);
};

} // namespace salsa

#endif
