//===- TargetResolution.cpp - The one place a target is found -------------===//

#include "salsa/Transforms/TargetResolution.h"

#include "salsa/IO/Presets.h"

#include "mlir/IR/BuiltinOps.h"

using namespace mlir;
using namespace salsa;

FailureOr<Target> salsa::resolveTarget(Operation *anchor, StringRef target,
                                       StringRef mapping) {
  if (!target.empty()) {
    auto loaded = io::loadTarget(target, mapping);
    if (!loaded)
      return anchor->emitError() << "salsa: "
                                 << llvm::toString(loaded.takeError());
    return std::move(*loaded);
  }
  if (!mapping.empty())
    return anchor->emitError()
           << "salsa: the 'mapping' option needs a 'target' option too";
  auto module = dyn_cast<ModuleOp>(anchor);
  if (!module)
    module = anchor->getParentOfType<ModuleOp>();
  auto attr = module ? module->getAttrOfType<AcceleratorAttr>(
                           SalsaDialect::kTargetAttrName)
                     : AcceleratorAttr();
  if (!attr)
    return anchor->emitError()
           << "salsa: no target accelerator: give the pass a 'target' option "
              "(a preset: "
           << io::presetNames()
           << "; or a ZigZag hardware YAML with 'mapping') or put a "
              "#salsa.accelerator in the module's '"
           << SalsaDialect::kTargetAttrName << "' attribute";
  return attrToTarget(attr, [&]() { return anchor->emitError(); });
}
