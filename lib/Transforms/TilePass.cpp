//===- TilePass.cpp - salsa-tile ------------------------------------------===//

#include "salsa/Transforms/Passes.h"
#include "salsa/Transforms/Tiling.h"

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
