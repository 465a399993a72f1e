//===- Latency.h - ZigZag's latency model (private) -------------*- C++ -*-===//
#ifndef SALSA_LIB_MODEL_LATENCY_H
#define SALSA_LIB_MODEL_LATENCY_H

#include "DataMovement.h"

namespace salsa {

struct LatencyInputs {
  const BoundLayer &bound;
  const CostModel::SpatialInfo &fractional;
  const CostModel::SpatialInfo &integer;
  const StationaryMapping &tm;
  const MappingFigures &figF; // fractional spatial mapping
  const MappingFigures &figI; // integer spatial mapping
};

/// Fills the latency and utilization fields of `result`.
void computeLatency(const LatencyInputs &in, CostResult &result);

/// The (operand, direction) pairs a port serves, in ZigZag's order.
llvm::SmallVector<PortUse, 8> servedUses(const MemoryLevel &mem,
                                          unsigned port);

/// ZigZag's reduce_balanced: lowers the largest of `cycles` towards their
/// `minimum` with at most `budget` cycles in total; returns the remainders.
llvm::SmallVector<double, 8> reduceBalanced(llvm::ArrayRef<double> cycles,
                                            llvm::ArrayRef<double> minimum,
                                            double budget);

/// Length of the union of periodic memory-updating windows (ZigZag
/// __calc_mem_updating_window_union) for windows (period, allowed, count).
double updatingWindowUnion(llvm::ArrayRef<std::array<double, 3>> windows);

} // namespace salsa

#endif // SALSA_LIB_MODEL_LATENCY_H
