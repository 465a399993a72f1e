//===- AttachTarget.cpp - salsa-attach-target -----------------------------===//

#include "salsa/Transforms/Passes.h"
#include "salsa/Transforms/TargetResolution.h"

namespace salsa {
#define GEN_PASS_DEF_SALSAATTACHTARGET
#include "salsa/Transforms/Passes.h.inc"
} // namespace salsa

using namespace mlir;
using namespace salsa;

namespace {
struct AttachTargetPass
    : public salsa::impl::SalsaAttachTargetBase<AttachTargetPass> {
  AttachTargetPass() = default;
  AttachTargetPass(const AttachTargetPass &other)
      : SalsaAttachTargetBase(other) {}

#define SALSA_DECLARE_GROUP(G) SALSA_ONLY_Target(G)
#include "salsa/Transforms/SchedulingOptionDecls.inc"

  void runOnOperation() override {
    ModuleOp module = getOperation();
    FailureOr<Target> resolved = resolveTarget(module, target, mapping);
    if (failed(resolved))
      return signalPassFailure();
    // Without a target option the module's own attribute was checked.
    if (!target.empty())
      module->setAttr(SalsaDialect::kTargetAttrName,
                      acceleratorToAttr(module.getContext(), *resolved));
  }
};
} // namespace
