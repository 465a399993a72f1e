// The allocator against a plain transcription of ZigZag's LOMA
// MemoryAllocator: every candidate footprint recomputed from the whole loop
// list (per-dimension running products, then the product over the
// operand's dimensions in equation order, then x precision), every
// combination of cuts enumerated, accesses summed over the operands of a
// memory and compared with `<=`. On layers whose spatial unrolling does not
// divide their dimensions this decides ties by rounding exactly as ZigZag
// does; the allocator must pick the same cuts for every ordering tried.
#include "TestTargets.h"

#include "salsa/Model/Allocator.h"

#include "gtest/gtest.h"

#include <cmath>
#include <limits>
#include <random>

using namespace salsa;
using namespace salsa::test;

namespace {

/// Loop dimensions of each operand in the order the equation indexes them.
std::vector<std::vector<unsigned>> equationOrder(const Layer &layer,
                                                 llvm::StringRef equation) {
  std::vector<std::vector<unsigned>> out;
  std::string name;
  bool inIndex = false, termStarted = false;
  for (char ch : equation) {
    if (ch == '=' || ch == '*' || ch == '+') {
      termStarted = false;
    } else if (ch == '[') {
      inIndex = true;
      name.clear();
    } else if (ch == ']') {
      inIndex = false;
      std::string upper;
      for (char x : name)
        upper += char(std::toupper(x));
      int d = layer.findDim(upper);
      if (d >= 0)
        out.back().push_back(d);
    } else if (inIndex) {
      name += ch;
    } else if (!termStarted) {
      termStarted = true;
      out.emplace_back();
    }
  }
  return out;
}

/// ZigZag's MemoryAllocator.run, as plainly as it is defined. Returns false
/// where it raises; else `counts[op]` is the number of loops per level.
bool zigzagAllocate(const BoundLayer &bound, const PerOperandLoops &spatial,
                    const std::vector<std::vector<unsigned>> &dimOrder,
                    MappingType type, const std::vector<Loop> &ordering,
                    std::vector<std::vector<unsigned>> &counts) {
  const Layer &layer = *bound.layer;
  const Accelerator &accel = *bound.accel;
  const unsigned numOps = bound.numOperands();
  std::vector<std::vector<Loop>> allocated(numOps), unallocated(numOps);
  std::vector<unsigned> memLevel(numOps, 1), taken(numOps, 0);
  counts.assign(numOps, {});
  for (unsigned op = 0; op < numOps; ++op) {
    allocated[op] = spatial[op][0];
    unallocated[op] = ordering;
  }
  auto footprint = [&](unsigned op, const std::vector<Loop> &loops,
                       int precision) {
    std::vector<double> dims(layer.dims.size(), 1.0);
    for (const Loop &l : loops)
      dims[l.dim] *= l.size;
    double size = 1;
    for (unsigned d : dimOrder[op])
      if ((layer.operands[op].relevant >> d) & 1)
        size *= dims[d];
    for (unsigned rel : layer.operands[op].partial)
      size *= layer.partialDimSize(rel, dims.data());
    return size * precision;
  };
  for (unsigned m = 0; m < accel.memories.size(); ++m) {
    const double capacity = double(accel.memories[m].sizeBits);
    std::vector<unsigned> ops;
    for (MemOperand mo : accel.memories[m].operands)
      if (bound.layerOperandOf(mo) >= 0)
        ops.push_back(bound.layerOperandOf(mo));
    if (ops.empty())
      continue;
    const unsigned k = ops.size();
    std::vector<std::vector<double>> sizes(k), accesses(k);
    std::vector<unsigned> offset(k, 0);
    for (unsigned j = 0; j < k; ++j) {
      const unsigned op = ops[j];
      const LayerOperand &lop = layer.operands[op];
      int precision = lop.precision;
      if (lop.isOutput) {
        bool irrelevantLeft = false;
        for (unsigned lv = memLevel[op]; lv < spatial[op].size(); ++lv)
          for (const Loop &l : spatial[op][lv])
            irrelevantLeft |= (lop.irrelevant >> l.dim) & 1;
        for (const Loop &l : unallocated[op])
          irrelevantLeft |= (lop.irrelevant >> l.dim) & 1;
        if (!irrelevantLeft)
          precision = layer.finalOutputPrecision;
      }
      for (unsigned i = 0; i <= unallocated[op].size(); ++i) {
        std::vector<Loop> loops = allocated[op];
        loops.insert(loops.end(), unallocated[op].begin(),
                     unallocated[op].begin() + i);
        double bits = footprint(op, loops, precision);
        if (bits > capacity) {
          if (i == 0)
            return false;
          break;
        }
        sizes[j].push_back(bits);
      }
      const bool top = bound.levels[op].back() == m;
      if (top) {
        offset[j] = sizes[j].size() - 1;
        sizes[j] = {sizes[j].back()};
      }
      for (unsigned i = 0; i < sizes[j].size(); ++i) {
        double iterations = 1;
        for (unsigned p = i + offset[j]; p < unallocated[op].size(); ++p)
          iterations *= unallocated[op][p].size;
        accesses[j].push_back(top ? 0.0 : iterations * sizes[j][i]);
      }
    }
    unsigned combinations = 1;
    for (unsigned j = 0; j < k; ++j)
      combinations *= sizes[j].size();
    std::vector<unsigned> best(k, 0), idx(k);
    for (unsigned j = 0; j < k; ++j)
      best[j] = offset[j];
    double bestAccesses = std::numeric_limits<double>::infinity();
    for (unsigned c = 0; c < combinations; ++c) {
      unsigned rest = c;
      for (unsigned j = k; j-- > 0;) {
        idx[j] = rest % sizes[j].size();
        rest /= sizes[j].size();
      }
      double size = 0, acc = 0;
      for (unsigned j = 0; j < k; ++j) {
        size += sizes[j][idx[j]];
        acc += accesses[j][idx[j]];
      }
      if (size > capacity) {
        if (c == 0)
          return false;
        continue;
      }
      bool valid = true;
      if (type == MappingType::Even) {
        // No position may be allocated here for one operand and stay above
        // this memory for another.
        for (unsigned a = 0; a < k; ++a)
          for (unsigned b = 0; b < k; ++b) {
            unsigned fromA = taken[ops[a]];
            unsigned toA = fromA + idx[a] + offset[a];
            unsigned fromB = taken[ops[b]] + idx[b] + offset[b];
            for (unsigned p = fromA; p < toA; ++p)
              valid &= p < fromB;
          }
      }
      if (acc <= bestAccesses && valid) {
        bestAccesses = acc;
        for (unsigned j = 0; j < k; ++j)
          best[j] = idx[j] + offset[j];
      }
    }
    for (unsigned j = 0; j < k; ++j) {
      const unsigned op = ops[j];
      counts[op].push_back(best[j]);
      allocated[op].insert(allocated[op].end(), unallocated[op].begin(),
                           unallocated[op].begin() + best[j]);
      unallocated[op].erase(unallocated[op].begin(),
                            unallocated[op].begin() + best[j]);
      taken[op] += best[j];
      allocated[op].insert(allocated[op].end(),
                           spatial[op][memLevel[op]].begin(),
                           spatial[op][memLevel[op]].end());
      if (bound.levels[op].back() == m && !unallocated[op].empty())
        return false;
      ++memLevel[op];
    }
  }
  return true;
}

struct Case {
  const char *preset;
  LayerSpec spec;
};

// Fractional unrollings on the presets' arrays (eyeriss_like 14 x 12,
// tpu_like 32 x 32, ascend_like 16 x 16 x 2 x 2, tesla_npu_like 32 x 8 x 4),
// and integral ones for the exact fast path.
std::vector<Case> cases() {
  return {
      {"eyeriss_like", onnxConv({1, 96, 1, 14, 14, 576, 1, 1})}, // K 13.71
      {"eyeriss_like", onnxConv({1, 128, 1, 28, 28, 40, 1, 1})}, // K 12.8, C 10
      {"eyeriss_like", onnxConv({1, 32, 1, 28, 28, 144, 3, 3})}, // K 10.67
      // K 13.71 with odd OX, OY: O's K * OY * OX and K * OX * OY round
      // apart (the equation's order decides some ties).
      {"eyeriss_like", onnxConv({1, 96, 1, 21, 21, 16, 1, 1})},
      {"eyeriss_like", onnxConv({1, 168, 1, 14, 14, 96, 1, 1})}, // integral
      {"tpu_like", onnxGemm(512, 1, 1000)},                      // K 31.25
      {"tpu_like", onnxGemm(100, 12, 1000)},                     // C 25 too
      {"tpu_like", onnxConv({1, 64, 1, 14, 14, 64, 3, 3})},      // integral
      {"ascend_like", onnxGemm(1280, 1, 1000)},                  // K 15.87
      {"ascend_like", onnxConv({1, 24, 1, 15, 15, 144, 1, 1})},  // OX 1.875
      {"tesla_npu_like", onnxConv({1, 160, 1, 7, 7, 960, 1, 1})}, // OY 3.5
  };
}

} // namespace

TEST(AllocatorRounding, MatchesZigZagTranscription) {
  std::mt19937_64 rng(15);
  // Operands a fractional unrolling leaves with integer footprints (it
  // unrolls a dimension they do not depend on: the weights under OY 3.5):
  // the allocator takes their exact shortcuts.
  unsigned fractionalCases = 0, compared = 0, integralOperands = 0;
  for (const Case &c : cases()) {
    SCOPED_TRACE(std::string(c.preset) + " " + c.spec.name);
    auto p = presetProblem(c.preset, c.spec, MappingType::Uneven);
    ASSERT_NE(p, nullptr);
    const Layer &layer = p->layer();
    const PerOperandLoops &spatial = p->spatial().fractionalLevels;
    for (const SpatialUnroll &u : p->spatial().fractional)
      if (u.factor != std::trunc(u.factor)) {
        ++fractionalCases;
        Allocator allocator(p->bound(), spatial, MappingType::Uneven);
        for (unsigned op = 0; op < layer.operands.size(); ++op)
          integralOperands += !allocator.fractionalUnrolling(op);
        break;
      }
    const auto dimOrder = equationOrder(layer, c.spec.equation);
    ASSERT_EQ(dimOrder.size(), layer.operands.size());
    std::vector<Loop> ordering = p->primeFactors();
    for (MappingType type : {MappingType::Uneven, MappingType::Even}) {
      Allocator allocator(p->bound(), spatial, type);
      for (unsigned i = 0; i < 150; ++i) {
        std::shuffle(ordering.begin(), ordering.end(), rng);
        std::vector<std::vector<unsigned>> expected;
        bool zigzagOk = zigzagAllocate(p->bound(), spatial, dimOrder, type,
                                       ordering, expected);
        TemporalMapping got;
        bool ok = allocator.run(ordering, got);
        ASSERT_EQ(ok, zigzagOk) << mappingTypeName(type).str();
        if (!ok)
          continue;
        ++compared;
        for (unsigned op = 0; op < got.numOperands; ++op) {
          ASSERT_EQ(got.numLevels[op], expected[op].size());
          for (unsigned lv = 0; lv < got.numLevels[op]; ++lv)
            ASSERT_EQ(unsigned(got.cut[op][lv + 1] - got.cut[op][lv]),
                      expected[op][lv])
                << mappingTypeName(type).str() << " operand "
                << layer.operands[op].name << " level " << lv
                << " ordering #" << i;
        }
      }
    }
  }
  // The fixture must exercise what it is about.
  EXPECT_GE(fractionalCases, 7u);
  EXPECT_GE(integralOperands, 5u);
  EXPECT_GT(compared, 1000u);
}
