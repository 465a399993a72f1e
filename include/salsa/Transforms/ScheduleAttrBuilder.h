//===- ScheduleAttrBuilder.h - Search result -> #salsa.schedule -*- C++ -*-===//
#ifndef SALSA_TRANSFORMS_SCHEDULEATTRBUILDER_H
#define SALSA_TRANSFORMS_SCHEDULEATTRBUILDER_H

#include "salsa/Conversion/LinalgToLayer.h"
#include "salsa/Dialect/Salsa/ScheduleCheck.h"
#include "salsa/Search/Engines.h"

namespace salsa {

/// The schedule as IR: the op's loop names, the spatial unrolling, the
/// temporal loops outermost first with each operand's memory level, and the
/// predicted cost.
ScheduleAttr buildScheduleAttr(mlir::MLIRContext *ctx,
                               const ScheduleProblem &problem,
                               const ExtractedLayer &layer,
                               const SearchResult &result);

} // namespace salsa

#endif
