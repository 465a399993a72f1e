//===- Allocator.cpp - ZigZag LOMA memory allocation ----------------------===//

#include "salsa/Model/Allocator.h"

#include "FastArith.h"
#include "Multiversion.h"

#include "llvm/Support/FormatVariadic.h"

#include <cmath>
#include <cstring>
#include <limits>

using namespace salsa;

/// Integers up to 2^53 are exact doubles.
static constexpr double kExactLimit = 9007199254740992.0;
/// Bounds the relative rounding error of a footprint computed in another
/// order of the same multiplications (a few dozen roundings of 2^-53).
static constexpr double kRoundingMargin = 1e-12;
/// The finest dyadic fraction a spatial size may be for fractionBits (a
/// greedy unrolling over an array dimension of up to 1024 PEs).
static constexpr int kMaxFractionExponent = 10;

static constexpr EnumName<MappingType> kMappingTypeNames[] = {
    {MappingType::Uneven, "uneven",
     "each operand sharing a memory takes its own cut (ZigZag's default)"},
    {MappingType::Even, "even",
     "operands sharing a memory cut the ordering at the same loop"},
};
llvm::ArrayRef<EnumName<MappingType>> salsa::mappingTypeNames() {
  return kMappingTypeNames;
}
llvm::StringRef salsa::mappingTypeName(MappingType type) {
  return nameOf(mappingTypeNames(), type);
}
std::optional<MappingType> salsa::parseMappingType(llvm::StringRef name) {
  return lookupName(mappingTypeNames(), name);
}

std::string AllocationFailure::describe(const BoundLayer &bound) const {
  const std::string &mem = bound.accel->memories[memory].name;
  const std::string &op = bound.layer->operands[operand].name;
  if (kind == MemoryTooSmall)
    return llvm::formatv("memory '{0}' is too small for operand '{1}': the "
                         "tile fixed by the loops below it does not fit",
                         mem, op);
  return llvm::formatv("memory '{0}' is the top level of operand '{1}' but "
                       "cannot hold all of its remaining loops",
                       mem, op);
}

Allocator::Allocator(const BoundLayer &bound,
                     const PerOperandLoops &spatialLevels, MappingType type)
    : bound(bound), spatial(spatialLevels), type(type) {
  const Accelerator &accel = *bound.accel;
  operandsAt.resize(accel.memories.size());
  for (unsigned m = 0; m < accel.memories.size(); ++m)
    for (MemOperand mo : accel.memories[m].operands) {
      int op = bound.layerOperandOf(mo);
      if (op >= 0)
        operandsAt[m].push_back(op);
    }
  for (unsigned op = 0; op < bound.numOperands(); ++op) {
    topMemory[op] = bound.levels[op].back();
    const LevelLoops &levels = spatialLevels[op];
    std::vector<std::array<double, kMaxLayerDims>> sizes(levels.size());
    std::vector<DimMask> above(levels.size() + 1, 0);
    bool fractional = false;
    // Only a dimension the footprint depends on can make it fractional
    // (a fractional OX unrolling leaves the weights' footprints integers).
    const DimMask footprint = bound.layer->operands[op].footprint;
    fractionExponent[op] = 0;
    for (unsigned lv = 0; lv < levels.size(); ++lv) {
      sizes[lv].fill(1.0);
      for (const Loop &l : levels[lv]) {
        sizes[lv][l.dim] *= l.size;
        if (!((footprint >> l.dim) & 1) || l.size == std::trunc(l.size))
          continue;
        fractional = true;
        int e = 1;
        while (e <= kMaxFractionExponent &&
               std::ldexp(l.size, e) != std::trunc(std::ldexp(l.size, e)))
          ++e;
        fractionExponent[op] =
            fractionExponent[op] < 0 || e > kMaxFractionExponent
                ? -1
                : fractionExponent[op] + e;
      }
    }
    fractionalSpatial[op] = fractional;
    for (unsigned lv = levels.size(); lv-- > 0;) {
      above[lv] = above[lv + 1];
      for (const Loop &l : levels[lv])
        above[lv] |= DimMask(1) << l.dim;
    }
    // Running products of the spatial sizes per level, for the top
    // memory's shortcut (exact integers only, so any order will do).
    spatialUpTo[op].assign(levels.size(), {});
    double all = 1;
    for (unsigned lv = 0; lv < levels.size(); ++lv)
      for (unsigned d = 0; d < kMaxLayerDims; ++d) {
        spatialUpTo[op][lv][d] =
            (lv ? spatialUpTo[op][lv - 1][d] : 1.0) * sizes[lv][d];
        all *= sizes[lv][d];
      }
    spatialProduct[op] = all;
    numLevels[op] = bound.levels[op].size();
    relevantSpatialUpTo[op].assign(levels.size(), 1.0);
    for (unsigned lv = 0; lv < levels.size(); ++lv)
      for (uint8_t d : bound.layer->operands[op].relevantList)
        relevantSpatialUpTo[op][lv] *= spatialUpTo[op][lv][d];
    spatialSizes.push_back(std::move(sizes));
    spatialAbove.push_back(std::move(above));
  }
}

SALSA_MULTIVERSION
bool Allocator::run(llvm::ArrayRef<Loop> ordering, TemporalMapping &out,
                    AllocationFailure *failure, unsigned *horizon) const {
  const Layer &layer = *bound.layer;
  const Accelerator &accel = *bound.accel;
  // bindLayer guarantees these bounds; the min() lets the compiler see them.
  const unsigned numOps = std::min<unsigned>(bound.numOperands(), kMaxOperands);
  const unsigned n = ordering.size();
  const unsigned numDims = std::min<unsigned>(layer.dims.size(), kMaxLayerDims);
  assert(n <= kMaxTemporalLoops && "too many temporal loops");

  out.order.assign(ordering.begin(), ordering.end());
  out.numOperands = numOps;

  // Per operand: allocated size per dim (spatial + temporal), first
  // unallocated loop, memory level being filled.
  double cum[kMaxOperands][kMaxLayerDims];
  unsigned pos[kMaxOperands] = {0, 0, 0};
  unsigned level[kMaxOperands] = {0, 0, 0};
  // Running products are copied whole: a fixed size the compiler inlines
  // (most layers have at most 8 dimensions; the others are 1).
  const unsigned copyDims = numDims <= 8 ? 8 : kMaxLayerDims;
  auto copyDimsOf = [copyDims](double *to, const double *from) {
    if (copyDims == 8)
      std::memcpy(to, from, 8 * sizeof(double));
    else
      std::memcpy(to, from, kMaxLayerDims * sizeof(double));
  };
  for (unsigned op = 0; op < numOps; ++op)
    out.numLevels[op] = numLevels[op];
  // Suffix products and dimension masks of the ordering.
  double suffix[kMaxTemporalLoops + 1];
  DimMask suffixDims[kMaxTemporalLoops + 1];
  suffix[n] = 1.0;
  suffixDims[n] = 0;
  bool integralLoops = true;
  // Product of the ordering's loops per dimension (for top memories).
  double total[kMaxLayerDims];
  std::fill(total, total + numDims, 1.0);
  for (unsigned i = n; i-- > 0;) {
    suffix[i] = suffix[i + 1] * ordering[i].size;
    suffixDims[i] = suffixDims[i + 1] | (DimMask(1) << ordering[i].dim);
    integralLoops &= isIntegral(ordering[i].size);
    total[ordering[i].dim] *= ordering[i].size;
  }
  // Operands whose every size is an integer and every product of them
  // exact (below 2^53) take their footprints from prefix products over the
  // ordering: at a cut p of level L the running size of dimension d is the
  // spatial product up to L times the product of d's loops before p, in
  // any order. No running products to keep per level, and no branch on a
  // loop's dimension (a coin toss for the predictor in a random ordering).
  bool tabled[kMaxOperands];
  double relevantBefore[kMaxOperands][kMaxTemporalLoops + 1];
  double partialBefore[kMaxOperands][2][2][kMaxTemporalLoops + 1];
  for (unsigned op = 0; op < numOps; ++op) {
    tabled[op] = integralLoops && !fractionalSpatial[op] &&
                 suffix[0] * spatialProduct[op] < kExactLimit;
    if (!tabled[op]) {
      std::memcpy(cum[op], spatialSizes[op][0].data(), sizeof cum[op]);
      continue;
    }
    const LayerOperand &lop = layer.operands[op];
    const unsigned numPartial = std::min<unsigned>(lop.partial.size(), 2);
    double *rel = relevantBefore[op];
    rel[0] = 1;
    for (unsigned i = 0; i < n; ++i)
      rel[i + 1] = rel[i] * factorIf((lop.relevant >> ordering[i].dim) & 1,
                                     ordering[i].size);
    for (unsigned k = 0; k < numPartial; ++k) {
      const PartialRelation &r = layer.relations[lop.partial[k]];
      double *a = partialBefore[op][k][0], *b = partialBefore[op][k][1];
      a[0] = b[0] = 1;
      for (unsigned i = 0; i < n; ++i) {
        a[i + 1] = a[i] * factorIf(ordering[i].dim == r.dimA, ordering[i].size);
        b[i + 1] = b[i] * factorIf(ordering[i].dim == r.dimB, ordering[i].size);
      }
    }
  }
  unsigned examined = 0; // positions [0, examined) decided the outcome
  auto fail = [&](AllocationFailure::Kind kind, unsigned mem, unsigned op) {
    if (failure)
      *failure = {kind, mem, op};
    if (horizon)
      *horizon = examined;
    return false;
  };

  // sizes[k][i]: footprint in bits of operand k of this memory when the
  // next i loops are allocated here.
  double sizes[kMaxOperands][kMaxTemporalLoops + 1];
  double accesses[kMaxOperands][kMaxTemporalLoops + 1];
  unsigned numSizes[kMaxOperands], offset[kMaxOperands];
  for (unsigned m = 0; m < accel.memories.size(); ++m) {
    const llvm::SmallVector<unsigned, 3> &ops = operandsAt[m];
    const unsigned k = ops.size();
    if (k == 0)
      continue;
    const double capacity = double(accel.memories[m].sizeBits);
    // Positions this memory's scans looked at; they count towards the
    // horizon unless the decision turns out not to depend on them.
    unsigned scanned = examined;
    // Whether every footprint and access count here is an integer below
    // 2^53 (no fractional spatial unrolling): then the arithmetic is exact,
    // so neither the order of the multiplications nor that of the sums can
    // change a decision, and the shortcuts below apply. Otherwise the
    // allocator computes every figure in ZigZag's floating-point order
    // (docs/ZigZagModel.md, "Rounding in the allocator").
    bool exact = integralLoops && capacity < kExactLimit;
    // Some operand's top memory took all its remaining loops without a
    // scan (their order does not matter there unless rounding does).
    bool tookAll = false;
    // One operand below its top memory: its scan keeps the last cut with
    // the fewest accesses as it goes (every scanned cut fits).
    const bool single = k == 1 && type == MappingType::Uneven;
    unsigned singleBest = 0;

    for (unsigned j = 0; j < k; ++j) {
      const unsigned op = ops[j];
      const LayerOperand &lop = layer.operands[op];
      const int precision = fitPrecision(op, level[op], suffixDims[pos[op]]);
      const bool fromTables = tabled[op];
      double c[kMaxLayerDims];
      if (!fromTables)
        copyDimsOf(c, cum[op]);
      // Partially relevant sizes are truncated to integers; only the
      // relevant dimensions can make the footprint fractional. Products of
      // integral loop sizes are integers (exact below 2^53, and every
      // double above is one), so only a fractional unrolling needs a look.
      bool integral = integralLoops;
      if (integral && fractionalSpatial[op])
        for (uint8_t d : lop.relevantList)
          integral &= c[d] == std::trunc(c[d]);
      exact &= integral;
      numSizes[j] = 0;
      const bool isTop = topMemory[op] == m;
      const bool scanBest = single && !isTop;
      double singleLeast = 0;
      if (isTop) {
        // A top memory takes every remaining loop; footprints only grow
        // along the ordering, so if the whole remainder fits, the prefixes
        // need no scan.
        if (tabled[op]) {
          // Exact integers: every loop and the spatial ones below, in any
          // order, give the same products as multiplying them one by one.
          const auto &below = spatialUpTo[op][level[op]];
          for (unsigned d = 0; d < numDims; ++d)
            c[d] = below[d] * total[d];
        } else {
          for (unsigned i = pos[op]; i < n; ++i)
            c[ordering[i].dim] *= ordering[i].size;
        }
        double all = layer.tensorSize(op, c) * precision;
        if (all <= capacity) {
          sizes[j][0] = all;
          accesses[j][0] = 0.0;
          numSizes[j] = 1;
          offset[j] = n - pos[op];
          tookAll = true;
          continue;
        }
        if (!fromTables)
          copyDimsOf(c, cum[op]);
      }
      // The footprint as (product of relevant sizes) * (partially relevant
      // data sizes), updated loop by loop: only loops the operand depends
      // on change it. ZigZag recomputes the product over the dimensions
      // (in equation order) for every candidate; with integral sizes that
      // is the running product, else it is recomputed the same way.
      double relevant = 1, partial[2] = {1, 1};
      if (!fromTables)
        for (uint8_t d : lop.relevantList)
          relevant *= c[d];
      const unsigned numPartial = std::min<unsigned>(lop.partial.size(), 2);
      // With integral loops and unrolling every c[d] is an integer: no
      // truncation to do.
      const bool integerSizes = integralLoops && !fractionalSpatial[op];
      const PartialRelation *relation[2] = {};
      for (unsigned k = 0; k < numPartial; ++k)
        relation[k] = &layer.relations[lop.partial[k]];
      auto partialSize = [&](unsigned k) {
        const unsigned rel = lop.partial[k];
        const PartialRelation &r = *relation[k];
        return integerSizes
                   ? layer.partialDimSizeOfIntegers(rel, c[r.dimA], c[r.dimB])
                   : layer.partialDimSize(rel, c);
      };
      if (!fromTables)
        for (unsigned k = 0; k < numPartial; ++k)
          partial[k] = partialSize(k);
      double bits = relevant * partial[0] * partial[1] * precision;
      const double relevantSpatial = relevantSpatialUpTo[op][level[op]];
      const auto &spatialBelow = spatialUpTo[op][level[op]];
      for (unsigned i = 0; pos[op] + i <= n; ++i) {
        if (fromTables) {
          // The same footprint as the running products (see tabled).
          const unsigned p = pos[op] + i;
          relevant = relevantSpatial * relevantBefore[op][p];
          for (unsigned k = 0; k < numPartial; ++k) {
            const PartialRelation &r = *relation[k];
            partial[k] = layer.partialDimSizeOfIntegers(
                lop.partial[k], spatialBelow[r.dimA] * partialBefore[op][k][0][p],
                spatialBelow[r.dimB] * partialBefore[op][k][1][p]);
          }
          bits = relevant * partial[0] * partial[1] * precision;
        } else if (i > 0) {
          const Loop &l = ordering[pos[op] + i - 1];
          c[l.dim] *= l.size;
          if (!((lop.footprint >> l.dim) & 1))
            goto unchanged;
          if ((lop.relevant >> l.dim) & 1) {
            if (integral) {
              relevant *= l.size;
            } else {
              relevant = 1;
              for (uint8_t d : lop.relevantList)
                relevant *= c[d];
            }
          }
          for (unsigned k = 0; k < numPartial; ++k) {
            const PartialRelation &r = *relation[k];
            if (r.dimA == l.dim || r.dimB == l.dim)
              partial[k] = partialSize(k);
          }
          bits = relevant * partial[0] * partial[1] * precision;
        }
      unchanged:
        if (bits > capacity) {
          if (i == 0) {
            examined = std::max(scanned, std::min(n, pos[op] + 1));
            return fail(AllocationFailure::MemoryTooSmall, m, op);
          }
          break;
        }
        if (scanBest) {
          double acc = suffix[pos[op] + i] * bits;
          // Sums of up to kMaxOperands such counts stay exact.
          exact &= acc < kExactLimit / 4;
          const bool better = i == 0 || acc <= singleLeast;
          singleLeast = better ? acc : singleLeast;
          singleBest = better ? i : singleBest;
          ++numSizes[j];
          continue;
        }
        sizes[j][numSizes[j]++] = bits;
      }
      // The scan looked at positions up to the one that overflowed.
      scanned = std::max(scanned, std::min(n, pos[op] + numSizes[j]));
      offset[j] = 0;
      if (scanBest)
        continue;
      if (isTop) {
        offset[j] = numSizes[j] - 1;
        sizes[j][0] = sizes[j][numSizes[j] - 1];
        numSizes[j] = 1;
      }
      for (unsigned i = 0; i < numSizes[j]; ++i) {
        accesses[j][i] =
            isTop ? 0.0 : suffix[pos[op] + i + offset[j]] * sizes[j][i];
        // Sums of up to kMaxOperands such counts stay exact.
        exact &= accesses[j][i] < kExactLimit / 4;
      }
    }
    // With rounding, another order of the loops a top memory took could
    // round its footprint (and the totals here) to the other side of the
    // capacity: unless every combination fits with room to spare, the
    // outcome depends on the whole ordering.
    if (tookAll && !exact) {
      double most = 0;
      for (unsigned j = 0; j < k; ++j)
        most += sizes[j][numSizes[j] - 1];
      if (!(most * (1 + kRoundingMargin) <= capacity))
        scanned = n;
    }

    // ZigZag enumerates combinations, first operand most significant, and
    // keeps the last one with the fewest accesses (<=) that fits.
    unsigned best[kMaxOperands] = {0, 0, 0}, idx[kMaxOperands] = {0, 0, 0};
    double bestAccesses = std::numeric_limits<double>::infinity();
    if (!single) {
      double total = 0;
      for (unsigned j = 0; j < k; ++j)
        total += sizes[j][0];
      if (total > capacity) {
        examined = scanned;
        return fail(AllocationFailure::MemoryTooSmall, m, ops[0]);
      }
    }
    if (single) {
      // Every scanned cut fits; the last fewest accesses wins (a top
      // memory has one cut, which fits).
      best[0] = topMemory[ops[0]] == m ? offset[0] : singleBest;
    } else if (type == MappingType::Uneven) {
      // Same result without visiting every combination: footprints grow
      // with the cut, so for fixed cuts of the other operands the last
      // operand's feasible cuts are a prefix, and its best choice there is
      // the last minimum of the summed accesses over that prefix. With
      // exact sums that is the last minimum of its own accesses; with
      // rounding, adding the others' accesses can make different counts
      // equal, and ZigZag compares the sums.
      const unsigned last = k - 1;
      unsigned prefixBest[kMaxTemporalLoops + 1];
      double prefixLeast = 0;
      for (unsigned i = 0; i < numSizes[last]; ++i) {
        if (i == 0 || accesses[last][i] <= prefixLeast) {
          prefixBest[i] = i;
          prefixLeast = accesses[last][i];
        } else {
          prefixBest[i] = prefixBest[i - 1];
        }
      }
      for (bool first = true;; first = false) {
        if (!first) {
          unsigned j = last;
          while (j > 0 && ++idx[j - 1] == numSizes[j - 1])
            idx[--j] = 0;
          if (j == 0)
            break;
        }
        double base = 0, baseAcc = 0;
        for (unsigned j = 0; j < last; ++j) {
          base += sizes[j][idx[j]];
          baseAcc += accesses[j][idx[j]];
        }
        // Largest feasible cut of the last operand (same floating sums as
        // the full enumeration).
        unsigned lo = 0, hi = numSizes[last];
        while (lo < hi) {
          unsigned mid = (lo + hi) / 2;
          if (base + sizes[last][mid] <= capacity)
            lo = mid + 1;
          else
            hi = mid;
        }
        if (lo == 0)
          continue;
        unsigned choice = prefixBest[lo - 1];
        double acc = baseAcc + accesses[last][choice];
        // Rounding is monotone, so no sum is below this one; a later cut
        // whose larger count rounds to the same sum wins the tie.
        if (!exact)
          for (unsigned i = lo - 1; i > choice; --i)
            if (baseAcc + accesses[last][i] == acc) {
              choice = i;
              break;
            }
        if (acc <= bestAccesses) {
          bestAccesses = acc;
          for (unsigned j = 0; j < last; ++j)
            best[j] = idx[j] + offset[j];
          best[last] = choice + offset[last];
        }
        if (last == 0)
          break;
      }
    }
    for (bool first = true; type == MappingType::Even; first = false) {
      if (!first) {
        // Odometer step: the last operand varies fastest.
        unsigned j = k;
        while (j > 0 && ++idx[j - 1] == numSizes[j - 1])
          idx[--j] = 0;
        if (j == 0)
          break;
      }
      double total = 0, acc = 0;
      for (unsigned j = 0; j < k; ++j) {
        total += sizes[j][idx[j]];
        acc += accesses[j][idx[j]];
      }
      if (total > capacity) {
        if (first) {
          examined = scanned;
          return fail(AllocationFailure::MemoryTooSmall, m, ops[0]);
        }
        continue;
      }
      if (acc > bestAccesses)
        continue;
      if (type == MappingType::Even) {
        // No loop may be allocated here for one operand while staying above
        // this memory for another.
        bool valid = true;
        for (unsigned a = 0; a < k && valid; ++a) {
          unsigned cutA = pos[ops[a]] + idx[a] + offset[a];
          for (unsigned b = 0; b < k && valid; ++b) {
            unsigned cutB = pos[ops[b]] + idx[b] + offset[b];
            if (std::max(pos[ops[a]], cutB) < cutA)
              valid = false;
          }
        }
        if (!valid)
          continue;
      }
      bestAccesses = acc;
      for (unsigned j = 0; j < k; ++j)
        best[j] = idx[j] + offset[j];
    }

    // Every operand here taking all its remaining loops is a decision no
    // order of those loops changes: that combination fits (it was chosen)
    // and has the fewest accesses of any (a tile grows by at most the loops
    // it absorbs, which divide the refills), so it wins for every order of
    // the same remainder, ties included (it is enumerated last). Then the
    // scans do not extend the horizon. This needs exact comparisons: with
    // fractional (non-divisor) spatial unrolling, rounding can break the
    // ties either way, and the scans count.
    bool takesAll = type == MappingType::Uneven && exact;
    for (unsigned j = 0; j < k; ++j)
      takesAll &= pos[ops[j]] + best[j] == n;
    if (!takesAll)
      examined = scanned;
    for (unsigned j = 0; j < k; ++j) {
      const unsigned op = ops[j];
      out.cut[op][level[op]] = pos[op];
      if (!tabled[op]) {
        for (unsigned i = pos[op]; i < pos[op] + best[j]; ++i)
          cum[op][ordering[i].dim] *= ordering[i].size;
        // Spatial loops served by this memory become part of what the next
        // memory up must hold (one by one, as ZigZag multiplies them).
        for (const Loop &l : spatial[op][level[op] + 1])
          cum[op][l.dim] *= l.size;
      }
      pos[op] += best[j];
      if (topMemory[op] == m && pos[op] != n)
        return fail(AllocationFailure::HierarchyTooSmall, m, op);
      ++level[op];
    }
  }
  for (unsigned op = 0; op < numOps; ++op)
    out.cut[op][out.numLevels[op]] = n;
  if (horizon)
    *horizon = examined;
  return true;
}

double Allocator::tileBits(unsigned op, unsigned level,
                           const double *temporalBelow, int precision) const {
  const Layer &layer = *bound.layer;
  double c[kMaxLayerDims];
  for (unsigned d = 0; d < layer.dims.size(); ++d) {
    c[d] = temporalBelow[d];
    // What the allocator's running product holds at this level: spatial
    // loops served by this memory and every one below it.
    for (unsigned lv = 0; lv <= level && lv < spatialSizes[op].size(); ++lv)
      c[d] *= spatialSizes[op][lv][d];
  }
  return layer.tensorSize(op, c) * precision;
}

bool Allocator::mayFit(unsigned op, unsigned level,
                       const double *temporalBelow, int precision) const {
  double bits = tileBits(op, level, temporalBelow, precision);
  double capacity = capacityBits(op, level);
  // With a fractional unrolling the allocator rounds in the order of the
  // loops, which tileBits does not know: allow for the rounding.
  return bits <= capacity ||
         (fractionalSpatial[op] && bits <= capacity * (1 + kRoundingMargin));
}

double Allocator::capacityBits(unsigned op, unsigned level) const {
  return double(bound.accel->memories[bound.levels[op][level]].sizeBits);
}

unsigned Allocator::keepWhole(
    unsigned memory, const double *allTemporal,
    llvm::function_ref<TileFacts(unsigned op, unsigned level)> tiles) const {
  const Layer &layer = *bound.layer;
  if (type != MappingType::Uneven || operandsAt[memory].empty())
    return 0;
  double bits = 0;
  unsigned keep = 0;
  for (unsigned op : operandsAt[memory]) {
    const LayerOperand &lop = layer.operands[op];
    if (topMemory[op] == memory || fractionExponent[op] < 0)
      return 0;
    const unsigned level = llvm::find(bound.levels[op], memory) -
                           bound.levels[op].begin();
    int precision = lop.precision;
    if (lop.isOutput)
      precision = std::max(precision, layer.finalOutputPrecision);
    bits += tileBits(op, level, allTemporal, precision);
    // ZigZag's window a*b - (b - A)(a - B) rows for a outputs and b filter
    // taps (A, B: stride and dilation over their gcd) covers no more rows
    // per output and tap as either grows when B is 1, so accesses never
    // grow along the ordering; with B above 1 they can, and so can the
    // truncated windows of a fractional unrolling.
    const bool ask = fractionalSpatial[op] ||
                     llvm::any_of(lop.partial, [&](unsigned rel) {
                       return layer.relations[rel].reducedB != 1;
                     });
    TileFacts facts{true, true};
    if (ask)
      facts = tiles(op, level);
    if (!facts.exact)
      return 0;
    if (facts.wholeHasFewestAccesses)
      keep |= 1u << op;
  }
  if (bits > double(bound.accel->memories[memory].sizeBits))
    return 0;
  return keep;
}
