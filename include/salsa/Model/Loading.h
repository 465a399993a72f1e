//===- Loading.h - ZigZag's on- and off-loading from per-link loads -*- C++ -*-===//
//
// computeLatency's data_onloading_cycle and data_offloading_cycle from one
// load per link: the longer of the two loads of each level pair, summed per
// input by whether their ports carry both inputs (ZigZag's quirks kept), and
// over the output's pairs. The exact engine's latency bound assembles its
// lower bounds on the loads with the same function: the assembly only adds,
// takes maxima and minima, so bounds in give a bound out.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_MODEL_LOADING_H
#define SALSA_MODEL_LOADING_H

#include "salsa/Model/TemporalMapping.h"
#include "salsa/Model/Workload.h"

#include <cstdint>

namespace salsa {

/// One link's load and whether its port carries both inputs.
struct LinkLoad {
  double cycles;
  bool sharedPort;
};
/// [operand][level][DataDir]. Only the level pairs' entries are read:
/// WrInByHigh at a level and RdOutToLow at the next for the inputs
/// (operands 1..), RdOutToHigh and WrInByLow for the output (operand 0).
using LinkLoads = LinkLoad[kMaxOperands][kMaxLevels][kNumDataDirs];

/// `addHalfShared`: CostModelOptions::fixZigZagBugs (ZigZag keeps only the
/// last half-shared pair).
void loadingCycles(const LinkLoads &loads, unsigned numOps,
                   const uint8_t *numLevels, bool addHalfShared,
                   double &onloading, double &offloading);

} // namespace salsa

#endif
