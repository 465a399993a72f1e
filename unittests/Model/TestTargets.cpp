#include "TestTargets.h"

#include "gtest/gtest.h"

using namespace salsa;

void test::tinyMatVec(Layer &out, int psumBits) {
  LayerSpec spec;
  spec.name = "matvec";
  spec.operatorType = "Gemm";
  spec.equation = "O[k]+=W[k][c]*I[c]";
  spec.dims = {"K", "C"};
  spec.sizes = {2, 4};
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
