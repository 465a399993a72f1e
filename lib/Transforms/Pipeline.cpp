//===- Pipeline.cpp - salsa-lower: schedule, then tile --------------------===//

#include "salsa/Transforms/Passes.h"

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"
#include "mlir/Pass/PassRegistry.h"

using namespace mlir;
using namespace salsa;

namespace {
struct LowerOptions : public PassPipelineOptions<LowerOptions> {
  // The salsa-schedule options, passed through.
  Option<std::string> target{
      *this, "target",
      llvm::cl::desc("Built-in preset name (tpu_like, edge_tpu_like, "
                     "meta_prototype, tesla_npu_like, ascend_like, "
                     "eyeriss_like) or path to a ZigZag hardware YAML; empty: "
                     "the module's salsa.target")};
  Option<std::string> mapping{
      *this, "mapping",
      llvm::cl::desc("Path to a ZigZag mapping YAML (required with a "
                     "hardware path)")};
  Option<std::string> engine{
      *this, "engine",
      llvm::cl::desc("salsa (dual), exhaustive, annealing, loma or exact"),
      llvm::cl::init("salsa")};
  Option<std::string> objective{
      *this, "objective", llvm::cl::desc("energy, latency or edp"),
      llvm::cl::init("energy")};
  Option<std::string> mappingType{
      *this, "mapping-type", llvm::cl::desc("uneven or even"),
      llvm::cl::init("uneven")};
  Option<uint64_t> seed{*this, "seed",
                        llvm::cl::desc("Seed of the annealing chains"),
                        llvm::cl::init(0)};
  Option<unsigned> iterations{*this, "iterations",
                              llvm::cl::desc("Annealing iterations per chain"),
                              llvm::cl::init(1000)};
  Option<unsigned> chains{*this, "chains",
                          llvm::cl::desc("Independent annealing chains"),
                          llvm::cl::init(8)};
  Option<unsigned> threads{
      *this, "threads",
      llvm::cl::desc("Search threads per op (0: one per core)"),
      llvm::cl::init(0)};
  Option<unsigned> lpfLimit{*this, "lpf-limit",
                            llvm::cl::desc("LOMA engine's prime factor limit"),
                            llvm::cl::init(6)};
  Option<double> exhaustiveLimit{
      *this, "exhaustive-limit",
      llvm::cl::desc("Dual engine: enumerate up to this many orderings"),
      llvm::cl::init(2e6)};
  Option<double> exactBudget{
      *this, "exact-budget",
      llvm::cl::desc("Exact engine: seconds per search before giving up"),
      llvm::cl::init(10)};
  Option<std::string> precisions{
      *this, "precisions",
      llvm::cl::desc("Operand precisions overriding element types, e.g. "
                     "W=8,I=8,O=16,O_final=8")};
  Option<unsigned> spatialCandidates{
      *this, "spatial-candidates",
      llvm::cl::desc("Spatial mappings tried for open array dimensions"),
      llvm::cl::init(3)};
  Option<bool> remarks{*this, "remarks",
                       llvm::cl::desc("One remark per scheduled op"),
                       llvm::cl::init(false)};
  Option<bool> printSchedule{
      *this, "print-schedule",
      llvm::cl::desc("Print each schedule to stderr as a loop-nest table"),
      llvm::cl::init(false)};
  Option<std::string> transformScript{
      *this, "transform-script",
      llvm::cl::desc("Instead of tiling, write the schedules as a "
                     "transform-dialect script to this file ('-': stdout)")};
};

void buildLowerPipeline(OpPassManager &pm, const LowerOptions &o) {
  SalsaScheduleOptions s;
  s.target = o.target;
  s.mapping = o.mapping;
  s.engine = o.engine;
  s.objective = o.objective;
  s.mappingType = o.mappingType;
  s.seed = o.seed;
  s.iterations = o.iterations;
  s.chains = o.chains;
  s.threads = o.threads;
  s.lpfLimit = o.lpfLimit;
  s.exhaustiveLimit = o.exhaustiveLimit;
  s.exactBudget = o.exactBudget;
  s.precisions = o.precisions;
  s.spatialCandidates = o.spatialCandidates;
  s.remarks = o.remarks;
  s.printSchedule = o.printSchedule;
  pm.addNestedPass<func::FuncOp>(createSalsaSchedule(s));
  if (o.transformScript.empty()) {
    pm.addNestedPass<func::FuncOp>(createSalsaTile());
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
