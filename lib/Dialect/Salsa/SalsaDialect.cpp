//===- SalsaDialect.cpp - The salsa dialect -------------------------------===//

#include "salsa/Dialect/Salsa/SalsaDialect.h"
#include "salsa/Dialect/Salsa/SalsaAttrs.h"

#include "salsa/Dialect/Salsa/ScheduleCheck.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

using namespace mlir;
using namespace salsa;

#include "salsa/Dialect/Salsa/SalsaDialect.cpp.inc"

void SalsaDialect::initialize() { registerAttributes(); }

/// Every buffer allocated in a #salsa.memory_space of `module` names a
/// memory of `target` and its share (bits / instances) fits that memory.
static LogicalResult verifyBufferCapacities(Operation *module,
                                            AcceleratorAttr target) {
  WalkResult walk = module->walk([&](MemoryEffectOpInterface op) {
    for (Value result : op->getResults()) {
      auto type = dyn_cast<MemRefType>(result.getType());
      if (!type)
        continue;
      auto space = dyn_cast_or_null<MemorySpaceAttr>(type.getMemorySpace());
      if (!space || !op.getEffectOnValue<MemoryEffects::Allocate>(result))
        continue;
      MemoryAttr memory;
      for (Attribute m : target.getMemories())
        if (cast<MemoryAttr>(m).getName() == space.getName())
          memory = cast<MemoryAttr>(m);
      if (!memory) {
        op->emitError() << "buffer in memory '" << space.getName()
                        << "', which target '" << target.getName()
                        << "' does not have";
        return WalkResult::interrupt();
      }
      if (!type.hasStaticShape() || !type.getElementType().isIntOrFloat())
        continue;
      int64_t elementBits = space.getElementBits()
                                ? space.getElementBits()
                                : type.getElementType().getIntOrFloatBitWidth();
      int64_t bits = type.getNumElements() * elementBits;
      int64_t share = (bits + space.getInstances() - 1) / space.getInstances();
      if (share > memory.getSize()) {
        auto diag = op->emitError()
                    << "buffer of " << bits << " bits";
        if (space.getInstances() > 1)
          diag << " over " << space.getInstances() << " instances ("
               << share << " bits each)";
        diag << " exceeds memory '" << memory.getName() << "' of "
             << memory.getSize() << " bits";
        return WalkResult::interrupt();
      }
    }
    return WalkResult::advance();
  });
  return failure(walk.wasInterrupted());
}

LogicalResult SalsaDialect::verifyOperationAttribute(Operation *op,
                                                     NamedAttribute attr) {
  if (attr.getName() == kTargetAttrName) {
    if (!isa<ModuleOp>(op))
      return op->emitError() << "'" << kTargetAttrName
                             << "' belongs on a builtin.module";
    auto target = dyn_cast<AcceleratorAttr>(attr.getValue());
    if (!target)
      return op->emitError() << "'" << kTargetAttrName
                             << "' must be a #salsa.accelerator";
    return verifyBufferCapacities(op, target);
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
  // salsa-count-traffic's inputs (predict-traffic, buffers).
  for (llvm::StringLiteral name :
       {kPredictedTrafficAttrName, kMoveAttrName, kLevelsAttrName})
    if (attr.getName() == name) {
      if (!isa<DictionaryAttr>(attr.getValue()))
        return op->emitError() << "'" << name << "' must be a dictionary";
      return success();
    }
  return op->emitError() << "unknown salsa attribute '" << attr.getName().getValue()
                         << "'";
}
