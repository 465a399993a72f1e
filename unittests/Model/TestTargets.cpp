#include "TestTargets.h"

#include "salsa/IO/Presets.h"
#include "salsa/IO/ZigZagFiles.h"
#include "salsa/Model/SpatialGeneration.h"

#include "gtest/gtest.h"

using namespace salsa;

void test::tinyMatVec(Layer &out, int psumBits, int64_t k) {
  LayerSpec spec;
  spec.name = "matvec";
  spec.operatorType = "Gemm";
  spec.equation = "O[k]+=W[k][c]*I[c]";
  spec.dims = {"K", "C"};
  spec.sizes = {k, 4};
  spec.precisions = {{"W", 8}, {"I", 8}, {"O", psumBits}, {"O_final", 8}};
  auto layer = buildLayer(spec);
  ASSERT_TRUE(bool(layer)) << llvm::toString(layer.takeError());
  out = std::move(*layer);
}

MemoryLevel test::memory(std::string name, int64_t bits,
                         std::vector<MemOperand> operands, double rCost,
                         double wCost, int64_t bw) {
  MemoryLevel mem;
  mem.name = std::move(name);
  mem.sizeBits = bits;
  mem.readCost = rCost;
  mem.writeCost = wCost;
  mem.operands = operands;
  MemoryPort port{"rw", PortType::ReadWrite, bw, bw, {}};
  for (MemOperand op : operands) {
    port.allocation.push_back({op, DataDir::WrInByHigh});
    port.allocation.push_back({op, DataDir::RdOutToLow});
    if (op == MemOperand::O) {
      port.allocation.push_back({op, DataDir::WrInByLow});
      port.allocation.push_back({op, DataDir::RdOutToHigh});
    }
  }
  mem.ports = {port};
  return mem;
}

Accelerator test::onePE(std::vector<MemoryLevel> memories, double macEnergy) {
  Accelerator acc;
  acc.name = "test";
  acc.array.dims = {"D1"};
  acc.array.sizes = {1};
  acc.array.macEnergy = macEnergy;
  acc.memories = std::move(memories);
  return acc;
}

OperandLinks test::defaultLinks() {
  return {{"O", MemOperand::O}, {"W", MemOperand::I2}, {"I", MemOperand::I1}};
}

std::vector<Loop>
test::loops(const Layer &layer,
            std::initializer_list<std::pair<const char *, int>> l) {
  std::vector<Loop> out;
  for (auto [dim, size] : l)
    out.push_back({unsigned(layer.findDim(dim)), double(size)});
  return out;
}

LayerSpec test::onnxConv(std::vector<int64_t> sizes) {
  LayerSpec spec;
  spec.name = "conv";
  spec.operatorType = "Conv";
  spec.equation = "O[b][g][k][oy][ox]+=W[g][k][c][fy][fx]*I[b][g][c][iy][ix]";
  spec.dims = {"B", "K", "G", "OX", "OY", "C", "FX", "FY"};
  spec.sizes = std::move(sizes);
  spec.dimensionRelations = {"ix=1*ox+1*fx", "iy=1*oy+1*fy"};
  spec.precisions = {{"W", 8}, {"I", 8}, {"O", 16}, {"O_final", 8}};
  return spec;
}

LayerSpec test::onnxGemm(int64_t c, int64_t d, int64_t k) {
  LayerSpec spec;
  spec.name = "gemm";
  spec.operatorType = "Gemm";
  spec.equation = "O[d][k]+=I[d][c]*W[c][k]";
  spec.dims = {"C", "D", "K"};
  spec.sizes = {c, d, k};
  spec.precisions = {{"W", 8}, {"I", 8}, {"O", 16}, {"O_final", 8}};
  return spec;
}

std::unique_ptr<ScheduleProblem>
test::presetProblem(const char *preset, const LayerSpec &spec,
                    MappingType type) {
  auto fail = [](llvm::Error e) {
    ADD_FAILURE() << llvm::toString(std::move(e));
    return nullptr;
  };
  auto target = io::loadTarget(preset);
  if (!target)
    return fail(target.takeError());
  auto layer = buildLayer(spec);
  if (!layer)
    return fail(layer.takeError());
  const MappingEntry *entry =
      selectMapping(target->mapping, layer->name, layer->operatorType);
  if (!entry) {
    ADD_FAILURE() << "no mapping entry for " << spec.name << " on " << preset;
    return nullptr;
  }
  auto bound = bindLayer(*layer, target->accel, entry->links);
  if (!bound)
    return fail(bound.takeError());
  auto spatial = generateSpatialMappings(*bound, entry->spatial, 1);
  if (spatial.empty()) {
    ADD_FAILURE() << "no spatial mapping for " << spec.name << " on "
                  << preset;
    return nullptr;
  }
  auto problem = ScheduleProblem::create(*layer, target->accel, entry->links,
                                         spatial.front(), type);
  if (!problem)
    return fail(problem.takeError());
  return std::move(*problem);
}
