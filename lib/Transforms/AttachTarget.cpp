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
  using SalsaAttachTargetBase::SalsaAttachTargetBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    FailureOr<ResolvedTarget> resolved =
        resolveTarget(module, target, mapping);
    if (failed(resolved))
      return signalPassFailure();
    module->setAttr(SalsaDialect::kTargetAttrName, resolved->attr);
  }
};
} // namespace
