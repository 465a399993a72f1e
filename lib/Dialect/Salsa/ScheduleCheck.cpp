//===- ScheduleCheck.cpp - A #salsa.schedule against its op ---------------===//

#include "salsa/Dialect/Salsa/ScheduleCheck.h"
#include "salsa/Dialect/Salsa/Target.h"

#include "mlir/Dialect/Linalg/IR/LinalgInterfaces.h"
#include "mlir/IR/BuiltinOps.h"

using namespace mlir;
using namespace salsa;

FailureOr<ResolvedSchedule>
salsa::resolveSchedule(Operation *op, ScheduleAttr schedule,
                       function_ref<InFlightDiagnostic()> emitError) {
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  if (!linalgOp)
    return emitError() << "'" << kScheduleAttrName
                       << "' belongs on a linalg op";
  if (linalgOp.hasDynamicShape())
    return emitError() << "'" << kScheduleAttrName
                       << "' needs static shapes";
  ResolvedSchedule r;
  r.sizes = linalgOp.getStaticLoopRanges();
  const unsigned numLoops = r.sizes.size();
  ArrayAttr dims = schedule.getLoopDims();
  if (dims.size() != numLoops)
    return emitError() << "schedule names " << dims.size()
                       << " loop dimensions but the op has " << numLoops
                       << " loops";
  auto loopOf = [&](StringRef name) -> int {
    for (unsigned l = 0; l < numLoops; ++l)
      if (cast<StringAttr>(dims[l]).getValue() == name)
        return l;
    return -1;
  };
  for (auto it : linalgOp.getIteratorTypesArray())
    r.reduction.push_back(it == utils::IteratorType::reduction);
  r.unroll.assign(numLoops, 1);
  r.arrayDims.assign(numLoops, "");
  for (Attribute a : schedule.getSpatial()) {
    auto u = cast<UnrollAttr>(a);
    int l = loopOf(u.getLayerDim());
    r.unroll[l] *= u.getFactor();
    r.arrayDims[l] += (r.arrayDims[l].empty() ? "" : "*") + u.getArrayDim().str();
  }
  SmallVector<int64_t> trips(numLoops, 1);
  for (Attribute a : schedule.getLoops()) {
    auto loop = cast<LoopAttr>(a);
    int l = loopOf(loop.getDim());
    r.loops.push_back({unsigned(l), loop.getFactor(), loop});
    trips[l] *= loop.getFactor();
  }
  for (unsigned l = 0; l < numLoops; ++l) {
    int64_t need = (r.sizes[l] + r.unroll[l] - 1) / r.unroll[l];
    if (trips[l] != need)
      return emitError() << "schedule loops over '"
                         << cast<StringAttr>(dims[l]).getValue()
                         << "' multiply to " << trips[l] << ", but size "
                         << r.sizes[l] << " unrolled by " << r.unroll[l]
                         << " needs " << need;
  }
  // Memory names, when the module carries its target.
  auto module = op->getParentOfType<ModuleOp>();
  auto target = module ? module->getAttrOfType<AcceleratorAttr>("salsa.target")
                       : AcceleratorAttr();
  if (!target || target.getName() != schedule.getTarget())
    return r;
  for (const ResolvedSchedule::TemporalLoop &loop : r.loops)
    for (NamedAttribute m : loop.attr.getMemories()) {
      StringRef name = cast<StringAttr>(m.getValue()).getValue();
      bool found = llvm::any_of(target.getMemories(), [&](Attribute mem) {
        return cast<MemoryAttr>(mem).getName() == name;
      });
      if (!found)
        return emitError() << "schedule puts operand '"
                           << m.getName().getValue() << "' in memory '"
                           << name << "', which target '" << target.getName()
                           << "' does not have";
    }
  return r;
}
