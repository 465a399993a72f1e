//===- TestTargets.h - Small hand-checkable layers and targets --*- C++ -*-===//
#ifndef SALSA_UNITTESTS_TESTTARGETS_H
#define SALSA_UNITTESTS_TESTTARGETS_H

#include "salsa/Model/Mapping.h"
#include "salsa/Search/Problem.h"

#include <memory>

namespace salsa::test {

/// O[k] += W[k][c] * I[c] with C = 4, K = `k`; 8-bit operands, 16-bit psums.
/// Fails the test fatally if the layer does not build (callers wrap it in
/// ASSERT_NO_FATAL_FAILURE).
void tinyMatVec(Layer &out, int psumBits = 16, int64_t k = 2);

/// One-PE array; memories listed innermost first as given. Each memory has
/// one read_write port of `bw` bits serving every direction of its operands.
MemoryLevel memory(std::string name, int64_t bits,
                   std::vector<MemOperand> operands, double rCost,
                   double wCost, int64_t bw = 8);
Accelerator onePE(std::vector<MemoryLevel> memories, double macEnergy = 1.0);

/// Links W->I2, I->I1, O->O.
OperandLinks defaultLinks();

/// Loops from (dim name, size) pairs, innermost first.
std::vector<Loop> loops(const Layer &layer,
                        std::initializer_list<std::pair<const char *, int>> l);

/// Layers as ZigZag's ONNX parser builds them (its loop order, 8-bit
/// operands and outputs, 16-bit partial sums): a stride-1 convolution over
/// B, K, G, OX, OY, C, FX, FY (`sizes` in that order) and a Gemm
/// O[d][k] += I[d][c] * W[c][k].
LayerSpec onnxConv(std::vector<int64_t> sizes);
LayerSpec onnxGemm(int64_t c, int64_t d, int64_t k);

/// `spec` on a preset as salsa-schedule places it: the preset's mapping
/// entry, its first spatial mapping candidate. Null (with the test failed)
/// if any step fails.
std::unique_ptr<ScheduleProblem> presetProblem(const char *preset,
                                               const LayerSpec &spec,
                                               MappingType type);

} // namespace salsa::test

#endif
