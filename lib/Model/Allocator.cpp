//===- Allocator.cpp - ZigZag LOMA memory allocation ----------------------===//

#include "salsa/Model/Allocator.h"

#include "llvm/Support/FormatVariadic.h"

#include <limits>

using namespace salsa;

llvm::StringRef salsa::mappingTypeName(MappingType type) {
  return type == MappingType::Even ? "even" : "uneven";
}

std::optional<MappingType> salsa::parseMappingType(llvm::StringRef name) {
  if (name == "even")
    return MappingType::Even;
  if (name == "uneven")
    return MappingType::Uneven;
  return std::nullopt;
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
  for (unsigned op = 0; op < bound.numOperands(); ++op)
    topMemory.push_back(bound.levels[op].back());
}

namespace {
struct OperandState {
  double cum[kMaxLayerDims]; // allocated (spatial + temporal) size per dim
  unsigned pos = 0;          // first unallocated loop of the ordering
  unsigned level = 0;        // memory level of this operand being filled
};
} // namespace

bool Allocator::run(llvm::ArrayRef<Loop> ordering, PerOperandLoops &out,
                    AllocationFailure *failure) const {
  const Layer &layer = *bound.layer;
  const Accelerator &accel = *bound.accel;
  const unsigned numOps = bound.numOperands();
  const unsigned n = ordering.size();
  const unsigned numDims = layer.dims.size();

  llvm::SmallVector<OperandState, 3> state(numOps);
  out.assign(numOps, {});
  for (unsigned op = 0; op < numOps; ++op) {
    std::fill(state[op].cum, state[op].cum + kMaxLayerDims, 1.0);
    for (const Loop &l : spatial[op][0])
      state[op].cum[l.dim] *= l.size;
  }
  // Suffix products of the ordering: iterations left above position i.
  llvm::SmallVector<double, 32> suffix(n + 1, 1.0);
  for (unsigned i = n; i-- > 0;)
    suffix[i] = suffix[i + 1] * ordering[i].size;

  auto fail = [&](AllocationFailure::Kind kind, unsigned mem, unsigned op) {
    if (failure)
      *failure = {kind, mem, op};
    return false;
  };

  // Slice sizes per operand at this memory: sizes[k][i] is the footprint in
  // bits when the next i loops are allocated here.
  llvm::SmallVector<llvm::SmallVector<double, 32>, 3> sizes;
  llvm::SmallVector<llvm::SmallVector<double, 32>, 3> accesses;
  for (unsigned m = 0; m < accel.memories.size(); ++m) {
    const llvm::SmallVector<unsigned, 3> &ops = operandsAt[m];
    if (ops.empty())
      continue;
    const double capacity = double(accel.memories[m].sizeBits);
    sizes.assign(ops.size(), {});
    accesses.assign(ops.size(), {});
    llvm::SmallVector<unsigned, 3> offset(ops.size(), 0);

    for (unsigned k = 0; k < ops.size(); ++k) {
      unsigned op = ops[k];
      OperandState &st = state[op];
      const LayerOperand &lop = layer.operands[op];
      int precision = lop.precision;
      if (lop.isOutput) {
        // Final-output precision once no irrelevant loop is left above.
        DimMask above = 0;
        for (unsigned lv = st.level + 1; lv < spatial[op].size(); ++lv)
          for (const Loop &l : spatial[op][lv])
            above |= DimMask(1) << l.dim;
        for (unsigned i = st.pos; i < n; ++i)
          above |= DimMask(1) << ordering[i].dim;
        if (!(above & lop.irrelevant))
          precision = layer.finalOutputPrecision;
      }
      double cum[kMaxLayerDims];
      std::copy(st.cum, st.cum + numDims, cum);
      for (unsigned i = 0; st.pos + i <= n; ++i) {
        if (i > 0)
          cum[ordering[st.pos + i - 1].dim] *= ordering[st.pos + i - 1].size;
        double bits = layer.tensorSize(op, cum) * precision;
        if (bits > capacity) {
          if (i == 0)
            return fail(AllocationFailure::MemoryTooSmall, m, op);
          break;
        }
        sizes[k].push_back(bits);
      }
      bool isTop = topMemory[op] == m;
      if (isTop) {
        offset[k] = sizes[k].size() - 1;
        double last = sizes[k].back();
        sizes[k].assign(1, last);
      }
      for (unsigned i = 0; i < sizes[k].size(); ++i)
        accesses[k].push_back(isTop ? 0.0
                                    : suffix[st.pos + i + offset[k]] *
                                          sizes[k][i]);
    }

    // Enumerate combinations, first operand most significant; the last
    // combination with the fewest accesses wins (ZigZag uses <=).
    unsigned numCombos = 1;
    for (auto &s : sizes)
      numCombos *= s.size();
    llvm::SmallVector<unsigned, 3> best(ops.size(), 0), idx(ops.size(), 0);
    double bestAccesses = std::numeric_limits<double>::infinity();
    for (unsigned c = 0; c < numCombos; ++c) {
      unsigned rest = c;
      for (unsigned k = ops.size(); k-- > 0;) {
        idx[k] = rest % sizes[k].size();
        rest /= sizes[k].size();
      }
      double total = 0, acc = 0;
      for (unsigned k = 0; k < ops.size(); ++k) {
        total += sizes[k][idx[k]];
        acc += accesses[k][idx[k]];
      }
      if (total > capacity) {
        if (c == 0)
          return fail(AllocationFailure::MemoryTooSmall, m, ops[0]);
        continue;
      }
      if (acc > bestAccesses)
        continue;
      if (type == MappingType::Even) {
        // No loop may be allocated here for one operand while staying above
        // this memory for another.
        bool valid = true;
        for (unsigned a = 0; a < ops.size() && valid; ++a) {
          unsigned cutA = state[ops[a]].pos + idx[a] + offset[a];
          for (unsigned b = 0; b < ops.size() && valid; ++b) {
            unsigned cutB = state[ops[b]].pos + idx[b] + offset[b];
            if (std::max(state[ops[a]].pos, cutB) < cutA)
              valid = false;
          }
        }
        if (!valid)
          continue;
      }
      bestAccesses = acc;
      for (unsigned k = 0; k < ops.size(); ++k)
        best[k] = idx[k] + offset[k];
    }

    for (unsigned k = 0; k < ops.size(); ++k) {
      unsigned op = ops[k];
      OperandState &st = state[op];
      std::vector<Loop> level(ordering.begin() + st.pos,
                              ordering.begin() + st.pos + best[k]);
      for (const Loop &l : level)
        st.cum[l.dim] *= l.size;
      st.pos += best[k];
      out[op].push_back(std::move(level));
      // Spatial loops served by this memory become part of what the next
      // memory up must hold.
      for (const Loop &l : spatial[op][st.level + 1])
        st.cum[l.dim] *= l.size;
      if (topMemory[op] == m && st.pos != n)
        return fail(AllocationFailure::HierarchyTooSmall, m, op);
      ++st.level;
    }
  }
  return true;
}
