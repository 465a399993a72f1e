//===- Pipeline.cpp - salsa-lower: schedule, then tile --------------------===//

#include "salsa/Transforms/Passes.h"

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"
#include "mlir/Pass/PassRegistry.h"

using namespace mlir;
using namespace salsa;

namespace {
struct LowerOptions : public PassPipelineOptions<LowerOptions> {
  // Every salsa-schedule option, from the same table.
#define SALSA_DECLARE_GROUP(G) SALSA_KEEP
#include "salsa/Transforms/SchedulingOptionDecls.inc"

  Option<std::string> transformScript{
      *this, "transform-script",
      llvm::cl::desc("Instead of tiling, write the schedules as a "
                     "transform-dialect script to this file ('-': stdout)")};
  Option<bool> buffers{
      *this, "buffers",
      llvm::cl::desc("salsa-tile's buffers: explicit buffers per memory level "
                     "and copies between them (memrefs only)"),
      llvm::cl::init(false)};
};

void buildLowerPipeline(OpPassManager &pm, const LowerOptions &o) {
  pm.addNestedPass<func::FuncOp>(
      createSalsaSchedulePass(configFromOptions(o)));
  if (o.transformScript.empty()) {
    SalsaTileOptions t;
    t.buffers = o.buffers;
    t.target = o.target;
    t.mapping = o.mapping;
    pm.addNestedPass<func::FuncOp>(createSalsaTile(t));
  } else {
    SalsaEmitTransformOptions e;
    e.script = o.transformScript;
    pm.addPass(createSalsaEmitTransform(e));
  }
}
} // namespace

void salsa::registerSalsaPipelines() {
  PassPipelineRegistration<LowerOptions>(
      "salsa-lower",
      "Schedule linalg convolutions and matmuls onto the target and rewrite "
      "them into tiled, reordered loop nests annotated with memory levels "
      "(salsa-schedule, then salsa-tile)",
      buildLowerPipeline);
}
