//===- TilePass.cpp - salsa-tile ------------------------------------------===//

#include "salsa/Search/Scheduler.h"
#include "salsa/Transforms/Buffers.h"
#include "salsa/Transforms/Passes.h"
#include "salsa/Transforms/TargetResolution.h"
#include "salsa/Transforms/Tiling.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

namespace salsa {
#define GEN_PASS_DEF_SALSATILE
#include "salsa/Transforms/Passes.h.inc"
} // namespace salsa

using namespace mlir;
using namespace salsa;

namespace {
struct TilePass : public salsa::impl::SalsaTileBase<TilePass> {
  using SalsaTileBase::SalsaTileBase;

  void runOnOperation() override {
    SmallVector<std::pair<Operation *, ScheduleAttr>> scheduled;
    getOperation().walk([&](Operation *op) {
      if (auto s = op->getAttrOfType<ScheduleAttr>(kScheduleAttrName))
        scheduled.push_back({op, s});
    });
    IRRewriter rewriter(&getContext());
    if (buffers) {
      if (scheduled.empty())
        return;
      FailureOr<Target> resolved = resolveTarget(getOperation(), target,
                                                 mapping);
      if (failed(resolved))
        return signalPassFailure();
      auto parsed = parsePrecisions(precisions);
      if (!parsed) {
        getOperation().emitError()
            << "salsa: " << llvm::toString(parsed.takeError());
        return signalPassFailure();
      }
      for (auto [index, item] : llvm::enumerate(scheduled)) {
        // The precisions the schedule was computed at, when it says; the
        // option otherwise (schedules written by hand).
        DictionaryAttr recorded = item.second.getPrecisions();
        OperandPrecisions widths =
            recorded ? precisionsFromAttr(recorded) : *parsed;
        if (failed(applyBuffers(rewriter, item.first, item.second, *resolved,
                                widths, index)))
          return signalPassFailure();
      }
      return;
    }
    for (auto [index, item] : llvm::enumerate(scheduled)) {
      auto [op, schedule] = item;
      auto steps =
          planTiling(op, schedule, [op = op]() { return op->emitError(); });
      if (failed(steps) || failed(applyTiling(rewriter, op, *steps, index)))
        return signalPassFailure();
    }
  }
};
} // namespace
