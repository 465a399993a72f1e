//===- PrintLayersPass.cpp - salsa-print-layers ---------------------------===//

#include "salsa/Conversion/LinalgToLayer.h"
#include "salsa/Transforms/LocationText.h"
#include "salsa/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"

#include "llvm/Support/JSON.h"

namespace salsa {
#define GEN_PASS_DEF_SALSAPRINTLAYERS
#include "salsa/Transforms/Passes.h.inc"
} // namespace salsa

using namespace mlir;
using namespace salsa;

namespace {

llvm::json::Object layerJson(linalg::LinalgOp op, const LayerSpec &spec) {
  llvm::json::Array padding, precisions;
  for (auto [lo, hi] : spec.padding)
    padding.push_back(llvm::json::Array{lo, hi});
  llvm::json::Object precision;
  for (const auto &[name, bits] : spec.precisions)
    precision[name] = bits;
  return llvm::json::Object{
      {"loc", locationText(op.getLoc())},
      {"op", op->getName().getStringRef()},
      {"operator_type", spec.operatorType},
      {"equation", spec.equation},
      {"loop_dims", llvm::json::Array(spec.dims)},
      {"loop_sizes", llvm::json::Array(spec.sizes)},
      {"dimension_relations", llvm::json::Array(spec.dimensionRelations)},
      {"pr_loop_dims", llvm::json::Array(spec.prDims)},
      {"pr_loop_sizes", llvm::json::Array(spec.prSizes)},
      {"padding", std::move(padding)},
      {"operand_precision", std::move(precision)},
  };
}

struct PrintLayersPass
    : public salsa::impl::SalsaPrintLayersBase<PrintLayersPass> {
  using SalsaPrintLayersBase::SalsaPrintLayersBase;

  void runOnOperation() override {
    std::string lines;
    llvm::raw_string_ostream os(lines);
    getOperation().walk([&](linalg::LinalgOp op) {
      if (!isScheduleCandidate(op))
        return;
      FailureOr<ExtractedLayer> layer = extractLayer(
          op, [&] { return op.emitWarning() << "salsa: not scheduled: "; });
      if (failed(layer))
        return;
      os << llvm::json::Value(layerJson(op, layer->spec)) << "\n";
    });
    // One write per function so parallel functions do not interleave.
    llvm::errs() << lines;
    markAllAnalysesPreserved();
  }
};

} // namespace
