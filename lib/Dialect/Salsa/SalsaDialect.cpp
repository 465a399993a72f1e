//===- SalsaDialect.cpp - The salsa dialect -------------------------------===//

#include "salsa/Dialect/Salsa/SalsaDialect.h"
#include "salsa/Dialect/Salsa/SalsaAttrs.h"

#include "salsa/Dialect/Salsa/ScheduleCheck.h"

#include "mlir/IR/BuiltinOps.h"

using namespace mlir;
using namespace salsa;

#include "salsa/Dialect/Salsa/SalsaDialect.cpp.inc"

void SalsaDialect::initialize() { registerAttributes(); }

LogicalResult SalsaDialect::verifyOperationAttribute(Operation *op,
                                                     NamedAttribute attr) {
  if (attr.getName() == kTargetAttrName) {
    if (!isa<ModuleOp>(op))
      return op->emitError() << "'" << kTargetAttrName
                             << "' belongs on a builtin.module";
    if (!isa<AcceleratorAttr>(attr.getValue()))
      return op->emitError() << "'" << kTargetAttrName
                             << "' must be a #salsa.accelerator";
    return success();
  }
  if (attr.getName() == kScheduleAttrName) {
    auto schedule = dyn_cast<ScheduleAttr>(attr.getValue());
    if (!schedule)
      return op->emitError() << "'" << kScheduleAttrName
                             << "' must be a #salsa.schedule";
    return success(succeeded(
        resolveSchedule(op, schedule, [&]() { return op->emitError(); })));
  }
  if (attr.getName() == kLoopAttrName) {
    if (!isa<LoopAttr>(attr.getValue()))
      return op->emitError() << "'" << kLoopAttrName
                             << "' must be a #salsa.loop";
    return success();
  }
  if (attr.getName() == kScheduledAttrName) {
    if (!isa<IntegerAttr>(attr.getValue()))
      return op->emitError() << "'" << kScheduledAttrName
                             << "' must be an integer";
    return success();
  }
  return op->emitError() << "unknown salsa attribute '" << attr.getName().getValue()
                         << "'";
}
