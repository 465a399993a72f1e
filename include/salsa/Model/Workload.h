//===- Workload.h - One DNN layer as nested loops over operands -*- C++ -*-===//
//
// A layer is a perfect loop nest (dimensions B, K, C, G, OY, OX, FY, FX, or
// matmul's D/C/K, ...) over an output operand and two input operands. Each
// operand sees every dimension as relevant (indexes it), irrelevant (reuses
// it) or partially relevant (IX/IY from OX/FX through stride and dilation).
// This mirrors ZigZag's LayerNode closely enough to reproduce its numbers.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_MODEL_WORKLOAD_H
#define SALSA_MODEL_WORKLOAD_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace salsa {

/// Bit mask over a layer's dimensions (a layer has at most 32 of them).
using DimMask = uint32_t;
constexpr unsigned kMaxLayerDims = 32;

/// A loop of the nest: which dimension it walks and how many steps. Sizes are
/// doubles because ZigZag's greedy spatial unrolling is fractional
/// (K = 1000 over 32 PEs unrolls K by 31.25).
struct Loop {
  unsigned dim = 0;
  double size = 1;
  bool operator==(const Loop &o) const {
    return dim == o.dim && size == o.size;
  }
};

/// `pr = coefA * dimA + coefB * dimB`, e.g. ix = 2*ox + 1*fx.
struct PartialRelation {
  std::string name; // upper case, e.g. "IX"
  unsigned dimA = 0, dimB = 0;
  int64_t coefA = 1, coefB = 1;
  /// Size of the data dimension without padding (ZigZag's pr_loop_sizes);
  /// footprints are clipped to it.
  double totalSize = 0;
  /// coefA / gcd and coefB / gcd (set by buildLayer).
  int64_t reducedA = 1, reducedB = 1;
};

enum class DataDir : uint8_t { RdOutToLow, WrInByLow, RdOutToHigh, WrInByHigh };
constexpr unsigned kNumDataDirs = 4;
llvm::StringRef dataDirName(DataDir dir);
/// Does the direction move data to or from the level above?
inline bool towardsHigher(unsigned dir) {
  return dir == unsigned(DataDir::RdOutToHigh) ||
         dir == unsigned(DataDir::WrInByHigh);
}
/// The architecture level a link of memory level `lv` crosses: transfers
/// to and from the level below cross the level's own lower cut (level 0:
/// the stationarity run), those to and from the level above the next one.
/// computeLatency reads that level's double buffering and top loops.
inline unsigned crossedLevel(unsigned lv, unsigned dir) {
  return towardsHigher(dir) ? lv + 1 : lv;
}

/// ZigZag's memory operands: the ports of the datapath a layer operand is
/// routed through (I1, I2 inputs; O output).
enum class MemOperand : uint8_t { I1, I2, O };
constexpr unsigned kNumMemOperands = 3;
llvm::StringRef memOperandName(MemOperand op);
std::optional<MemOperand> parseMemOperand(llvm::StringRef name);

struct LayerOperand {
  std::string name; // "O", "W", "I"
  bool isOutput = false;
  int precision = 8; // bits; for the output this is the partial-sum precision
  DimMask relevant = 0;   // ZigZag r_dims
  DimMask irrelevant = 0; // ZigZag ir_dims
  /// Indices into Layer::relations of the data dimensions this operand is
  /// indexed by (non-empty only for the conv input).
  llvm::SmallVector<unsigned, 2> partial;
  /// Derived by buildLayer: `relevant` as a list in the order the equation
  /// indexes the operand (ZigZag's r_dims: footprints multiply in that
  /// order), the dimensions whose loops change the operand's footprint
  /// (relevant or partially relevant), and its total size in elements.
  llvm::SmallVector<uint8_t, 8> relevantList;
  DimMask footprint = 0;
  double elements = 0;
};

struct Layer {
  std::string name;
  std::string operatorType;     // "Conv", "Gemm", ...
  std::vector<std::string> dims; // loop dimension names, upper case
  std::vector<int64_t> sizes;
  std::vector<PartialRelation> relations;
  /// Equation order: output first, then the inputs (e.g. O, W, I for a conv,
  /// O, I, W for ZigZag's Gemm). The order matters for ZigZag tie-breaks.
  std::vector<LayerOperand> operands;
  int finalOutputPrecision = 8;

  /// Dimension index by name, or -1.
  int findDim(llvm::StringRef dim) const;
  /// Operand index by name, or -1.
  int findOperand(llvm::StringRef name) const;
  unsigned outputIndex() const { return 0; }
  double totalMacs() const;

  /// Number of elements of operand `op` touched by loops whose cumulative
  /// size per dimension is `dimSizes` (missing dimensions count as 1).
  double tensorSize(unsigned op, const double *dimSizes) const {
    const LayerOperand &o = operands[op];
    double size = 1;
    for (uint8_t d : o.relevantList)
      size *= dimSizes[d];
    for (unsigned rel : o.partial)
      size *= partialDimSize(rel, dimSizes);
    return size;
  }
  /// Size of a partially relevant data dimension for the given cumulative
  /// loop sizes (ZigZag LayerNode.calc_tensor_dim). Inline: the allocator
  /// and the cost model call it for every partially relevant loop.
  double partialDimSize(unsigned rel, const double *dimSizes) const {
    const PartialRelation &r = relations[rel];
    return partialDimSize(rel, dimSizes[r.dimA], dimSizes[r.dimB]);
  }
  /// The same from the cumulative sizes of the relation's two dimensions.
  double partialDimSize(unsigned rel, double sizeA, double sizeB) const {
    // ZigZag truncates the (possibly fractional) related loop sizes to int.
    // In doubles: exact for every realistic size, and no int64 overflow for
    // absurd ones (ZigZag's Python integers never overflow).
    return partialDimSizeOfIntegers(rel, std::trunc(sizeA), std::trunc(sizeB));
  }
  /// The same for sizes known to be integers (the truncation is the
  /// identity on them).
  double partialDimSizeOfIntegers(unsigned rel, double a, double b) const {
    const PartialRelation &r = relations[rel];
    double unique = a * b - std::max(0.0, b - double(r.reducedA)) *
                                (a - double(r.reducedB));
    return std::min(r.totalSize, unique);
  }
  /// Number of elements of an operand over the whole layer.
  double operandElements(unsigned op) const { return operands[op].elements; }
};

/// Everything needed to build a Layer, in ZigZag's workload-YAML vocabulary.
struct LayerSpec {
  std::string name;
  std::string operatorType;
  std::string equation; // "O[b][k]+=W[k][c]*I[b][c]"
  std::vector<std::string> dims;
  std::vector<int64_t> sizes;
  std::vector<std::string> dimensionRelations; // "ix=2*ox+1*fx"
  /// Operand name -> bits; "O" is the partial sum, "O_final" the output.
  std::vector<std::pair<std::string, int>> precisions;
  std::vector<std::string> prDims;   // "IX", "IY"
  std::vector<int64_t> prSizes;      // unpadded input sizes (optional)
  std::vector<std::pair<int64_t, int64_t>> padding; // per pr dim
};

/// Every field equal: the same layer to every consumer of a LayerSpec.
bool operator==(const LayerSpec &a, const LayerSpec &b);
inline bool operator!=(const LayerSpec &a, const LayerSpec &b) {
  return !(a == b);
}

/// Parses the equation and relations and derives relevancy like ZigZag.
llvm::Expected<Layer> buildLayer(const LayerSpec &spec);

} // namespace salsa

#endif // SALSA_MODEL_WORKLOAD_H
