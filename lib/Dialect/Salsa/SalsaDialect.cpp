//===- SalsaDialect.cpp - The salsa dialect -------------------------------===//

#include "salsa/Dialect/Salsa/SalsaDialect.h"
#include "salsa/Dialect/Salsa/SalsaAttrs.h"

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
  return op->emitError() << "unknown salsa attribute '" << attr.getName().getValue()
                         << "'";
}
