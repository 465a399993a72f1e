//===- LayerTable.h - A scheduled layer for people and tools ----*- C++ -*-===//
#ifndef SALSA_REPORT_LAYERTABLE_H
#define SALSA_REPORT_LAYERTABLE_H

#include "salsa/Model/CostModel.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace salsa::report {

struct LayerReport {
  std::string id; // layer id or record id
  const Layer &layer;
  const BoundLayer &bound;
  const SpatialMappings &spatial;
  const TemporalMapping &temporal; // allocator output
  const CostResult &cost;
};

/// A loop-nest table (outermost first, one column per operand showing its
/// memory level) and the cost breakdown.
void printReport(llvm::raw_ostream &os, const LayerReport &report);
llvm::json::Object reportToJson(const LayerReport &report);
/// {"O": [[[dim, size], ...] per level], ...}
llvm::json::Object temporalToJson(const Layer &layer,
                                  const TemporalMapping &temporal);

} // namespace salsa::report

#endif
