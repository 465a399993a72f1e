//===- Accelerator.h - PE array and memory hierarchy ------------*- C++ -*-===//
//
// A spatial accelerator as ZigZag models it: an operational array of MAC
// units with named dimensions, and memory levels listed innermost first,
// each holding some memory operands (I1, I2, O), serving some array
// dimensions (one instance broadcasts over them; it is replicated over the
// others), with ports whose bandwidth and allocation drive the latency model.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_MODEL_ACCELERATOR_H
#define SALSA_MODEL_ACCELERATOR_H

#include "salsa/Model/Workload.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"

#include <array>
#include <string>
#include <vector>

namespace salsa {

enum class PortType : uint8_t { Read, Write, ReadWrite };
llvm::StringRef portTypeName(PortType type);
std::optional<PortType> parsePortType(llvm::StringRef name);

/// ZigZag's short direction names: fh (from high), tl (to low),
/// fl (from low), th (to high).
llvm::StringRef dataDirShortName(DataDir dir);
std::optional<DataDir> parseDataDirShortName(llvm::StringRef name);

struct PortUse {
  MemOperand operand;
  DataDir dir;
  bool operator==(const PortUse &o) const {
    return operand == o.operand && dir == o.dir;
  }
};

struct MemoryPort {
  std::string name;
  PortType type = PortType::ReadWrite;
  int64_t bandwidthMin = 0; // bits per cycle
  int64_t bandwidthMax = 0;
  std::vector<PortUse> allocation;
  bool operator==(const MemoryPort &o) const {
    return name == o.name && type == o.type &&
           bandwidthMin == o.bandwidthMin && bandwidthMax == o.bandwidthMax &&
           allocation == o.allocation;
  }
};

struct MemoryLevel {
  std::string name;
  int64_t sizeBits = 0;
  double readCost = 0;  // pJ per access of bandwidthMax bits
  double writeCost = 0; // pJ per access of bandwidthMax bits
  double area = 0;
  int64_t latency = 1;
  std::vector<MemOperand> operands;
  std::vector<std::string> servedDims; // operational array dimensions
  std::vector<MemoryPort> ports;
  bool operator==(const MemoryLevel &o) const {
    return name == o.name && sizeBits == o.sizeBits &&
           readCost == o.readCost && writeCost == o.writeCost &&
           area == o.area && latency == o.latency && operands == o.operands &&
           servedDims == o.servedDims && ports == o.ports;
  }

  bool holds(MemOperand op) const;
  /// The port serving `op` in direction `dir` (ZigZag: the last allocation
  /// wins), or nullptr if none does.
  const MemoryPort *portFor(MemOperand op, DataDir dir) const;
};

struct OperationalArray {
  std::vector<std::string> dims; // "D1", "D2", ...
  std::vector<int64_t> sizes;
  double macEnergy = 0; // pJ per MAC
  double unitArea = 0;
  bool operator==(const OperationalArray &o) const {
    return dims == o.dims && sizes == o.sizes && macEnergy == o.macEnergy &&
           unitArea == o.unitArea;
  }
  int64_t totalUnits() const;
  int findDim(llvm::StringRef name) const;
};

struct Accelerator {
  std::string name;
  OperationalArray array;
  std::vector<MemoryLevel> memories; // innermost first
  bool operator==(const Accelerator &o) const {
    return name == o.name && array == o.array && memories == o.memories;
  }

  /// Indices into `memories` holding `op`, innermost first.
  llvm::SmallVector<unsigned, 4> levelsOf(MemOperand op) const;
  /// How many copies of memory `m` the array needs: the product of the array
  /// dimensions it does not serve.
  int64_t instances(unsigned m) const;

  /// The structural rules every target obeys: unique names, positive sizes
  /// and energies, served dimensions that exist, port allocations naming
  /// operands the memory holds, and a memory path for every operand. The
  /// error text names the memory and the rule.
  llvm::Error verify() const;
};

} // namespace salsa

#endif // SALSA_MODEL_ACCELERATOR_H
