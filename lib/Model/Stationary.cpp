//===- Stationary.cpp - ZigZag's innermost-stationary merge-down ----------===//
//
// ZigZag (TemporalMapping.innermost_stationary_loop_merge_down) repeatedly
// moves the irrelevant loops at the bottom of each memory level one level
// down until nothing moves. Loops keep their global order, so the fixpoint is
// reached directly: the boundary below every level above the first moves up
// past irrelevant loops until it meets a loop the operand depends on.
//
// StationaryMapping::compute adds the per-level products the cost model
// reads. With exact integer cycles and at most 63 loops it finds the runs
// of (ir)relevant loops with bit masks over the positions and takes the
// products from prefix products (exact quotients), instead of walking the
// loops: the lengths of those runs in a random ordering are unpredictable
// branches.
//
//===----------------------------------------------------------------------===//

#include "DataMovement.h"
#include "Multiversion.h"

#include "llvm/ADT/bit.h"

using namespace salsa;

void salsa::mergeDownStationary(const Layer &layer, TemporalMapping &tm,
                                double *macStationary) {
  const unsigned n = tm.order.size();
  for (unsigned op = 0; op < tm.numOperands; ++op) {
    DimMask ir = layer.operands[op].irrelevant;
    auto isIrrelevant = [&](unsigned p) {
      return (ir >> tm.order[p].dim) & 1;
    };
    for (unsigned lv = 1; lv < tm.numLevels[op]; ++lv) {
      unsigned p = tm.cut[op][lv];
      while (p < n && isIrrelevant(p))
        ++p;
      tm.cut[op][lv] = p;
    }
    if (macStationary) {
      double stationary = 1;
      // Level 0 ends at cut[op][1] (== n when it is the only level).
      for (unsigned p = 0; p < tm.cut[op][1] && isIrrelevant(p); ++p)
        stationary *= tm.order[p].size;
      macStationary[op] = stationary;
    }
  }
}

/// Length of the run of set bits of `mask` ending just below bit `end`,
/// within [begin, end).
SALSA_INLINE_INTO_CLONES static unsigned runBelow(uint64_t mask, unsigned begin, unsigned end) {
  const unsigned width = end - begin;
  if (width == 0)
    return 0;
  const uint64_t window = (mask >> begin) & (~0ull >> (64 - width));
  // Shift the window to the top: the run is the leading ones.
  return std::min<unsigned>(width, llvm::countl_one(window << (64 - width)));
}

/// The exact-integer path of StationaryMapping::compute (see the file
/// comment). `prefix[i]` is the product of the first i loop sizes.
SALSA_INLINE_INTO_CLONES static void computeExact(const Layer &layer, StationaryMapping &sm,
                         const double *prefix, unsigned onlyOperand) {
  TemporalMapping &tm = sm.mapping;
  const unsigned n = tm.order.size();
  for (unsigned op = 0; op < tm.numOperands; ++op) {
    if (onlyOperand != kAllOperands && op != onlyOperand)
      continue;
    const LayerOperand &lop = layer.operands[op];
    uint64_t irrelevant = 0, relevant = 0;
    for (unsigned p = 0; p < n; ++p) {
      const unsigned dim = tm.order[p].dim;
      irrelevant |= uint64_t((lop.irrelevant >> dim) & 1) << p;
      relevant |= uint64_t((lop.relevant >> dim) & 1) << p;
    }
    // The merge-down: each boundary above level 0 skips irrelevant loops.
    for (unsigned lv = 1; lv < tm.numLevels[op]; ++lv) {
      unsigned p = tm.cut[op][lv];
      if (p < n)
        p = std::min(n, p + unsigned(llvm::countr_one(irrelevant >> p)));
      tm.cut[op][lv] = p;
    }
    const unsigned level0End = tm.cut[op][1];
    sm.macStationary[op] = prefix[std::min<unsigned>(
        level0End, llvm::countr_one(irrelevant))];
    sm.topRelevant[op][0] = 1;
    sm.topIrrelevant[op][0] = 1;
    for (unsigned lv = 0; lv < tm.numLevels[op]; ++lv) {
      const unsigned a = tm.cut[op][lv], b = tm.cut[op][lv + 1];
      sm.cycleCabl[op][lv] = prefix[b];
      sm.topRelevant[op][lv + 1] =
          prefix[b] / prefix[b - runBelow(relevant, a, b)];
      sm.topIrrelevant[op][lv + 1] =
          prefix[b] / prefix[b - runBelow(irrelevant, a, b)];
    }
  }
  sm.totalCycle = prefix[n];
}

SALSA_MULTIVERSION
void StationaryMapping::compute(const Layer &layer,
                                const TemporalMapping &temporal,
                                unsigned onlyOperand) {
  mapping = temporal;
  const unsigned n = mapping.order.size();
  bool integral = true;
  double prefix[kMaxTemporalLoops + 1];
  prefix[0] = 1;
  for (unsigned i = 0; i < n; ++i) {
    const double size = mapping.order[i].size;
    integral &= size >= 1 && isIntegral(size);
    prefix[i + 1] = prefix[i] * size;
  }
  // Every product of the sizes is exact (and divides the total exactly).
  exactCycles = integral && prefix[n] < 9007199254740992.0;
  if (exactCycles && n < 64) {
    computeExact(layer, *this, prefix, onlyOperand);
    return;
  }
  // Rounded products: totalCycle is operand 0's, every operand computed.
  mergeDownStationary(layer, mapping, macStationary);
  for (unsigned op = 0; op < mapping.numOperands; ++op) {
    const LayerOperand &lop = layer.operands[op];
    double cum = 1;
    topRelevant[op][0] = 1;
    topIrrelevant[op][0] = 1;
    for (unsigned lv = 0; lv < mapping.numLevels[op]; ++lv) {
      llvm::ArrayRef<Loop> level = mapping.level(op, lv);
      double iterations = 1;
      for (const Loop &l : level)
        iterations *= l.size;
      cum *= iterations;
      cycleCabl[op][lv] = cum;
      double topR = 1, topIr = 1;
      for (auto it = level.rbegin(); it != level.rend(); ++it) {
        if (!((lop.relevant >> it->dim) & 1))
          break;
        topR *= it->size;
      }
      for (auto it = level.rbegin(); it != level.rend(); ++it) {
        if (!((lop.irrelevant >> it->dim) & 1))
          break;
        topIr *= it->size;
      }
      topRelevant[op][lv + 1] = topR;
      topIrrelevant[op][lv + 1] = topIr;
    }
    if (op == 0)
      totalCycle = cum;
  }
}
