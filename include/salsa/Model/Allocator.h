//===- Allocator.h - Loop ordering to memory levels (LOMA) ------*- C++ -*-===//
//
// Given one ordering of the temporal loops (innermost first), assigns each
// loop to a memory level of every operand, bottom-up, exactly as ZigZag's
// LOMA MemoryAllocator: at each memory, every operand it holds takes the
// longest run of the next loops that still fits, choosing among the fitting
// combinations the one with the fewest accesses to the level above (ties go
// to the last combination enumerated). "Even" mapping additionally forces
// operands sharing a memory to cut the ordering at the same place. With
// fractional spatial unrolling, ties are decided by rounding, so footprints
// and access sums are computed in ZigZag's floating-point order
// (docs/ZigZagModel.md, "Rounding in the allocator").
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_MODEL_ALLOCATOR_H
#define SALSA_MODEL_ALLOCATOR_H

#include "salsa/Model/Mapping.h"
#include "salsa/Model/NamedEnum.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <array>
#include <string>

namespace salsa {

enum class MappingType : uint8_t { Even, Uneven };
llvm::ArrayRef<EnumName<MappingType>> mappingTypeNames();
llvm::StringRef mappingTypeName(MappingType type);
std::optional<MappingType> parseMappingType(llvm::StringRef name);

/// Why an ordering cannot be allocated.
struct AllocationFailure {
  enum Kind : uint8_t {
    /// The data fixed below a memory (lower loops plus spatial unrolling)
    /// already overflows it (ZigZag MemoryTooSmallException).
    MemoryTooSmall,
    /// The top memory of an operand cannot hold the remaining loops
    /// (ZigZag MemoryHierarchyTooSmallException).
    HierarchyTooSmall,
  };
  Kind kind = MemoryTooSmall;
  unsigned memory = 0;  // index into Accelerator::memories
  unsigned operand = 0; // layer operand
  std::string describe(const BoundLayer &bound) const;
};

class Allocator {
public:
  /// `spatialLevels` is the fractional internal spatial mapping.
  Allocator(const BoundLayer &bound, const PerOperandLoops &spatialLevels,
            MappingType type);

  /// Allocates `ordering` (innermost first, at most kMaxTemporalLoops
  /// loops). On success fills `out` with the ordering cut into the memory
  /// levels of each operand and returns true.
  ///
  /// `horizon`, if given, receives how much of the ordering the outcome
  /// depends on: any ordering that agrees on positions [0, horizon) (and so
  /// has the same loops in the rest) gets the same cuts, or the same
  /// failure. Top memories depend only on the multiset of loops left.
  bool run(llvm::ArrayRef<Loop> ordering, TemporalMapping &out,
           AllocationFailure *failure = nullptr,
           unsigned *horizon = nullptr) const;

  /// The allocator's fit test, for bounds: bits operand `op` occupies in
  /// its memory level `level` when the temporal loops at and below that
  /// level multiply to `temporalBelow` per layer dimension, at `precision`
  /// bits per element, and the capacity of that memory.
  double tileBits(unsigned op, unsigned level, const double *temporalBelow,
                  int precision) const;
  double capacityBits(unsigned op, unsigned level) const;
  /// Could those loops fit there in some order? tileBits <= capacityBits,
  /// less strict by the rounding the allocator's own order of the
  /// multiplications may add when a spatial unrolling is fractional (then
  /// the allocator may fit what this does not, never the reverse).
  bool mayFit(unsigned op, unsigned level, const double *temporalBelow,
              int precision) const;
  /// What the caller knows of an operand's tiles in a memory: every
  /// sub-multiset of the temporal loops as its tile there.
  struct TileFacts {
    /// Every tile's bits and accesses (the loops above times the bits) is
    /// a multiple of 2^-fractionBits(op) below 2^50 (times that): exact
    /// doubles, and so are their sums and products in any order.
    bool exact;
    /// No tile has fewer accesses than the whole one.
    bool wholeHasFewestAccesses;
  };
  /// Which layer operands of memory `memory` keep every loop there (their
  /// cuts above it at the end of the ordering), whatever the ordering? A
  /// bit per operand. So when it is none of their top memories, with
  /// uneven mapping, they fit in it together whole (`allTemporal`: the
  /// product of every temporal loop per dimension; the output at its
  /// larger precision; footprints only grow along the ordering, so every
  /// combination of smaller tiles fits too), with exact figures: then the
  /// summed accesses ZigZag's uneven allocation compares are separable,
  /// the fewest are each operand's fewest, and the last combination it
  /// enumerates with them takes each operand's last fewest-access cut --
  /// the whole one for an operand no tile of which has fewer accesses.
  /// Integer figures below 2^53 are exact, and undilated windows of any
  /// stride have the whole's accesses fewest in ZigZag's window formula;
  /// the other operands `tiles(op, level)` says (the caller knows the
  /// tiles): dilated windows, and a fractional unrolling (its truncated
  /// windows can make a smaller tile cheaper).
  unsigned keepWhole(unsigned memory, const double *allTemporal,
                     llvm::function_ref<TileFacts(unsigned op, unsigned level)>
                         tiles) const;
  /// The power of two that makes every footprint of `op` an integer: 0
  /// without a fractional unrolling (fractionalUnrolling), the sum of the
  /// fractional sizes' binary exponents when each is a dyadic fraction
  /// (14 over 4 PEs: 3.5, 1), and -1 when one is not (then footprints
  /// round).
  int fractionBits(unsigned op) const { return fractionExponent[op]; }
  /// Is some spatial loop of a dimension the operand's footprint depends
  /// on fractional? Then its footprints are rounded in the allocator's
  /// order of the loops (else they are integers).
  bool fractionalUnrolling(unsigned op) const { return fractionalSpatial[op]; }
  /// The precision the allocator fits operand `op` with at its memory
  /// level `level` when the temporal loops from that level's first one up
  /// have dimensions `temporalFromStart`: the output's final precision once
  /// no loop it ignores is left there or above (spatial ones included).
  int fitPrecision(unsigned op, unsigned level,
                   DimMask temporalFromStart) const {
    const LayerOperand &lop = bound.layer->operands[op];
    if (!lop.isOutput ||
        ((spatialAbove[op][level + 1] | temporalFromStart) & lop.irrelevant))
      return lop.precision;
    return bound.layer->finalOutputPrecision;
  }
  /// Does the cut above `level` (not the operand's top) always fall after
  /// the longest prefix that fits by mayFit? So when the memory holds no
  /// other operand of the layer (no combination to choose), the operand
  /// has no partially relevant dimension (its accesses, the loops above
  /// times the tile, never grow along the ordering, so the last
  /// fewest-access cut is the last that fits), no fractional unrolling
  /// (mayFit is exact), with uneven mapping; at the precision the allocator
  /// fits the operand with there (for the output, partial sums while a
  /// loop it ignores is at or above the level's first loop).
  bool takesLongestFit(unsigned op, unsigned level) const {
    const LayerOperand &lop = bound.layer->operands[op];
    return scansAlone(op, level) && lop.partial.empty() &&
           !fractionalSpatial[op];
  }
  /// Does the cut above `level` come from the operand's own scan? So when
  /// it is alone (of the layer's operands) in that memory, below its top,
  /// with uneven mapping: the cut is the last of the fitting ones with the
  /// fewest accesses, the loops above it times the tile.
  bool scansAlone(unsigned op, unsigned level) const {
    const unsigned m = bound.levels[op][level];
    return type == MappingType::Uneven && operandsAt[m].size() == 1 &&
           m != topMemory[op];
  }

private:
  const BoundLayer &bound;
  const PerOperandLoops &spatial;
  MappingType type;
  /// Per memory: the layer operands it holds, in the memory's operand order.
  std::vector<llvm::SmallVector<unsigned, 3>> operandsAt;
  /// Per operand: index into Accelerator::memories of its top memory.
  std::array<unsigned, kMaxOperands> topMemory{};
  /// Per operand and level: product per dimension of the spatial loops at
  /// that level (ZigZag adds them to the allocated loops).
  std::vector<std::vector<std::array<double, kMaxLayerDims>>> spatialSizes;
  /// Per operand and level: products per dimension of the spatial loops
  /// at that level and below; per operand: of all its spatial loops.
  std::array<std::vector<std::array<double, kMaxLayerDims>>, kMaxOperands>
      spatialUpTo;
  std::array<double, kMaxOperands> spatialProduct{};
  std::array<uint8_t, kMaxOperands> numLevels{}; // memory levels per operand
  /// Per operand and level: the product of spatialUpTo over the operand's
  /// relevant dimensions.
  std::array<std::vector<double>, kMaxOperands> relevantSpatialUpTo;
  /// Per operand and level: dimensions of the spatial loops at that level
  /// and above (for the output's precision choice).
  std::vector<std::vector<DimMask>> spatialAbove;
  /// Per operand: does any spatial loop of a dimension its footprint
  /// depends on have a fractional size?
  std::array<bool, kMaxOperands> fractionalSpatial{};
  std::array<int, kMaxOperands> fractionExponent{};
};

} // namespace salsa

#endif // SALSA_MODEL_ALLOCATOR_H
