//===- TargetResolution.cpp - Finding a module's target -------------------===//

#include "salsa/Transforms/TargetResolution.h"

using namespace mlir;
using namespace salsa;

FailureOr<TargetDescription>
salsa::describeTarget(const io::Target &target,
                      function_ref<InFlightDiagnostic()> emitError) {
  const io::MappingEntry *entry = io::selectMapping(target.mapping, "", "");
  if (!entry)
    return emitError() << "the mapping of target '" << target.accel.name
                       << "' has no 'default' entry";
  return TargetDescription{target.accel, entry->links, entry->spatial};
}

FailureOr<ResolvedTarget> salsa::resolveTarget(ModuleOp module,
                                               StringRef target,
                                               StringRef mapping) {
  auto emitError = [&]() { return module.emitError(); };
  ResolvedTarget resolved;
  if (target.empty()) {
    if (!mapping.empty())
      return module.emitError()
             << "the 'mapping' option needs a 'target' option too";
    auto attr = module->getAttrOfType<AcceleratorAttr>(
        SalsaDialect::kTargetAttrName);
    if (!attr)
      return module.emitError()
             << "no target accelerator: give the pass a 'target' option (a "
                "preset: "
             << io::presetNames()
             << "; or a ZigZag hardware YAML with 'mapping') or put a "
                "#salsa.accelerator in the module's '"
             << SalsaDialect::kTargetAttrName << "' attribute";
    auto desc = attrToTarget(attr, emitError);
    if (failed(desc))
      return failure();
    resolved.description = std::move(*desc);
    resolved.attr = attr;
    return resolved;
  }
  auto loaded = io::loadTarget(target, mapping);
  if (!loaded)
    return module.emitError() << llvm::toString(loaded.takeError());
  auto desc = describeTarget(*loaded, emitError);
  if (failed(desc))
    return failure();
  resolved.description = std::move(*desc);
  resolved.mappingEntries = std::move(loaded->mapping);
  resolved.attr = acceleratorToAttr(module.getContext(), resolved.description);
  return resolved;
}
