//===- Accelerator.cpp - Target structure and its rules -------------------===//

#include "salsa/Model/Accelerator.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>

using namespace salsa;

llvm::StringRef salsa::portTypeName(PortType type) {
  switch (type) {
  case PortType::Read:
    return "read";
  case PortType::Write:
    return "write";
  case PortType::ReadWrite:
    return "read_write";
  }
  return "?";
}

std::optional<PortType> salsa::parsePortType(llvm::StringRef name) {
  if (name == "read")
    return PortType::Read;
  if (name == "write")
    return PortType::Write;
  if (name == "read_write")
    return PortType::ReadWrite;
  return std::nullopt;
}

llvm::StringRef salsa::dataDirShortName(DataDir dir) {
  switch (dir) {
  case DataDir::WrInByHigh:
    return "fh";
  case DataDir::RdOutToLow:
    return "tl";
  case DataDir::WrInByLow:
    return "fl";
  case DataDir::RdOutToHigh:
    return "th";
  }
  return "?";
}

std::optional<DataDir> salsa::parseDataDirShortName(llvm::StringRef name) {
  if (name == "fh")
    return DataDir::WrInByHigh;
  if (name == "tl")
    return DataDir::RdOutToLow;
  if (name == "fl")
    return DataDir::WrInByLow;
  if (name == "th")
    return DataDir::RdOutToHigh;
  return std::nullopt;
}

bool MemoryLevel::holds(MemOperand op) const {
  return llvm::is_contained(operands, op);
}

const MemoryPort *MemoryLevel::portFor(MemOperand op, DataDir dir) const {
  const MemoryPort *found = nullptr;
  for (const MemoryPort &port : ports)
    for (const PortUse &use : port.allocation)
      if (use.operand == op && use.dir == dir)
        found = &port;
  return found;
}

int64_t OperationalArray::totalUnits() const {
  int64_t n = 1;
  for (int64_t s : sizes)
    n *= s;
  return n;
}

int OperationalArray::findDim(llvm::StringRef name) const {
  for (unsigned i = 0; i < dims.size(); ++i)
    if (dims[i] == name)
      return i;
  return -1;
}

llvm::SmallVector<unsigned, 4> Accelerator::levelsOf(MemOperand op) const {
  llvm::SmallVector<unsigned, 4> levels;
  for (unsigned m = 0; m < memories.size(); ++m)
    if (memories[m].holds(op))
      levels.push_back(m);
  return levels;
}

int64_t Accelerator::instances(unsigned m) const {
  int64_t n = 1;
  for (unsigned d = 0; d < array.dims.size(); ++d)
    if (!llvm::is_contained(memories[m].servedDims, array.dims[d]))
      n *= array.sizes[d];
  return n;
}

static bool isPositiveFinite(double v) { return std::isfinite(v) && v > 0; }

llvm::Error Accelerator::verify() const {
  auto fail = [](const llvm::Twine &msg) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(), msg);
  };
  if (name.empty())
    return fail("accelerator has an empty name");
  if (array.dims.empty())
    return fail("operational array has no dimensions");
  if (array.dims.size() != array.sizes.size())
    return fail(llvm::formatv("operational array has {0} dimensions but {1} "
                              "sizes",
                              array.dims.size(), array.sizes.size()));
  llvm::StringSet<> seenDims;
  for (unsigned d = 0; d < array.dims.size(); ++d) {
    if (!seenDims.insert(array.dims[d]).second)
      return fail(llvm::formatv(
          "operational array dimension '{0}' is listed twice", array.dims[d]));
    if (array.sizes[d] <= 0)
      return fail(llvm::formatv(
          "operational array dimension '{0}' has size {1}; sizes must be "
          "positive",
          array.dims[d], array.sizes[d]));
  }
  if (!isPositiveFinite(array.macEnergy))
    return fail(llvm::formatv("MAC energy must be positive, got {0}",
                              array.macEnergy));
  if (memories.empty())
    return fail("accelerator has no memory levels");

  llvm::StringSet<> seenMems;
  for (const MemoryLevel &mem : memories) {
    if (mem.name.empty())
      return fail("a memory level has an empty name");
    if (!seenMems.insert(mem.name).second)
      return fail(llvm::formatv("memory name '{0}' is used twice", mem.name));
    if (mem.sizeBits <= 0)
      return fail(llvm::formatv(
          "memory '{0}' has size {1} bits; sizes must be positive", mem.name,
          mem.sizeBits));
    if (!isPositiveFinite(mem.readCost) || !isPositiveFinite(mem.writeCost))
      return fail(llvm::formatv(
          "memory '{0}' has read/write energy {1}/{2} pJ; energies must be "
          "positive",
          mem.name, mem.readCost, mem.writeCost));
    if (mem.area < 0 || !std::isfinite(mem.area))
      return fail(
          llvm::formatv("memory '{0}' has negative area", mem.name));
    if (mem.latency < 0)
      return fail(
          llvm::formatv("memory '{0}' has negative latency", mem.name));
    if (mem.operands.empty())
      return fail(
          llvm::formatv("memory '{0}' holds no operand", mem.name));
    for (unsigned i = 0; i < mem.operands.size(); ++i)
      for (unsigned j = i + 1; j < mem.operands.size(); ++j)
        if (mem.operands[i] == mem.operands[j])
          return fail(llvm::formatv("memory '{0}' lists operand {1} twice",
                                    mem.name,
                                    memOperandName(mem.operands[i])));
    for (const std::string &dim : mem.servedDims)
      if (array.findDim(dim) < 0)
        return fail(llvm::formatv(
            "memory '{0}' serves array dimension '{1}', which the "
            "operational array does not have",
            mem.name, dim));
    if (mem.ports.empty())
      return fail(llvm::formatv("memory '{0}' has no port", mem.name));
    llvm::StringSet<> seenPorts;
    for (const MemoryPort &port : mem.ports) {
      if (!seenPorts.insert(port.name).second)
        return fail(llvm::formatv("memory '{0}' has two ports named '{1}'",
                                  mem.name, port.name));
      if (port.bandwidthMin <= 0 || port.bandwidthMax <= 0 ||
          port.bandwidthMin > port.bandwidthMax)
        return fail(llvm::formatv(
            "port '{0}' of memory '{1}' has bandwidth min/max {2}/{3}; both "
            "must be positive with min <= max",
            port.name, mem.name, port.bandwidthMin, port.bandwidthMax));
      for (const PortUse &use : port.allocation) {
        if (!mem.holds(use.operand))
          return fail(llvm::formatv(
              "port '{0}' of memory '{1}' is allocated to operand {2}, which "
              "the memory does not hold",
              port.name, mem.name, memOperandName(use.operand)));
        bool isRead =
            use.dir == DataDir::RdOutToLow || use.dir == DataDir::RdOutToHigh;
        if ((isRead && port.type == PortType::Write) ||
            (!isRead && port.type == PortType::Read))
          return fail(llvm::formatv(
              "port '{0}' of memory '{1}' is a {2} port but is allocated to "
              "'{3}, {4}'",
              port.name, mem.name, portTypeName(port.type),
              memOperandName(use.operand), dataDirShortName(use.dir)));
      }
    }
  }
  for (MemOperand op : {MemOperand::I1, MemOperand::I2, MemOperand::O})
    if (levelsOf(op).empty())
      return fail(llvm::formatv(
          "no memory holds operand {0}: every operand needs a path of "
          "memories up to a top level",
          memOperandName(op)));
  return llvm::Error::success();
}
