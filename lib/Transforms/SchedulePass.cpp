//===- SchedulePass.cpp - salsa-schedule ----------------------------------===//
//
// Translates each linalg layer into a ScheduleProblem, runs the search, and
// translates the schedule back into a #salsa.schedule attribute. No cost
// logic here: that lives in lib/Model and lib/Search.
//
//===----------------------------------------------------------------------===//

#include "salsa/Conversion/LinalgToLayer.h"
#include "salsa/Model/SpatialGeneration.h"
#include "salsa/Report/LayerTable.h"
#include "salsa/Search/Engines.h"
#include "salsa/Transforms/LocationText.h"
#include "salsa/Transforms/Passes.h"
#include "salsa/Transforms/ScheduleAttrBuilder.h"
#include "salsa/Transforms/TargetResolution.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"

#include "llvm/Support/FormatVariadic.h"

namespace salsa {
#define GEN_PASS_DEF_SALSASCHEDULE
#include "salsa/Transforms/Passes.h.inc"
} // namespace salsa

using namespace mlir;
using namespace salsa;

namespace {
struct SchedulePass : public salsa::impl::SalsaScheduleBase<SchedulePass> {
  using SalsaScheduleBase::SalsaScheduleBase;

  LogicalResult initialize(MLIRContext *ctx) override {
    // Option errors surface once, before any function is processed.
    if (!parseEngine(engine) || !parseObjective(objective) ||
        !parseMappingType(mappingType))
      return emitError(UnknownLoc::get(ctx))
             << "salsa-schedule: engine must be salsa, exhaustive, annealing, "
                "loma or exact; objective energy, latency or edp; mapping-type "
                "uneven or even (got '"
             << engine << "', '" << objective << "', '" << mappingType << "')";
    auto parsed = parsePrecisions(precisions);
    if (failed(parsed))
      return emitError(UnknownLoc::get(ctx))
             << "salsa-schedule: precisions must read like "
                "W=8,I=8,O=16,O_final=8, got '"
             << precisions << "'";
    precisionOverride = *parsed;
    if (!target.empty()) {
      auto loaded = io::loadTarget(target, mapping);
      if (!loaded)
        return emitError(UnknownLoc::get(ctx))
               << "salsa-schedule: " << llvm::toString(loaded.takeError());
      fileTarget = std::make_shared<io::Target>(std::move(*loaded));
    }
    return success();
  }

  void runOnOperation() override;

private:
  /// "W=8,I=8" -> pairs.
  static FailureOr<std::vector<std::pair<std::string, int>>>
  parsePrecisions(StringRef text) {
    std::vector<std::pair<std::string, int>> out;
    SmallVector<StringRef> items;
    text.split(items, ',', -1, false);
    for (StringRef item : items) {
      auto [name, bits] = item.split('=');
      int value;
      if (name.trim().empty() || bits.trim().getAsInteger(10, value) ||
          value <= 0)
        return failure();
      out.push_back({name.trim().str(), value});
    }
    return out;
  }

  SearchOptions searchOptions() const {
    SearchOptions o;
    o.engine = *parseEngine(engine);
    o.seed = seed;
    o.threads = threads;
    o.iterations = iterations;
    o.chains = chains;
    o.lpfLimit = lpfLimit;
    o.exhaustiveLimit = exhaustiveLimit;
    o.exactTimeBudget = exactBudget;
    return o;
  }

  std::shared_ptr<io::Target> fileTarget;
  std::vector<std::pair<std::string, int>> precisionOverride;
};
} // namespace

void SchedulePass::runOnOperation() {
  func::FuncOp func = getOperation();
  SmallVector<linalg::LinalgOp> candidates;
  func.walk([&](linalg::LinalgOp op) {
    if (isScheduleCandidate(op))
      candidates.push_back(op);
  });
  if (candidates.empty())
    return;

  // The target: the pass option (loaded once in initialize) or the module's
  // salsa.target, read-only.
  TargetDescription description;
  const std::vector<io::MappingEntry> *entries = nullptr;
  if (fileTarget) {
    auto desc = describeTarget(*fileTarget, [&]() { return func.emitError(); });
    if (failed(desc))
      return signalPassFailure();
    description = std::move(*desc);
    entries = &fileTarget->mapping;
  } else {
    auto module = func->getParentOfType<ModuleOp>();
    auto attr = module ? module->getAttrOfType<AcceleratorAttr>(
                             SalsaDialect::kTargetAttrName)
                       : AcceleratorAttr();
    if (!attr) {
      func.emitError()
          << "salsa-schedule: no target accelerator: give the pass a "
             "'target' option (a preset: "
          << io::presetNames()
          << "; or a ZigZag hardware YAML with 'mapping') or put a "
             "#salsa.accelerator in the module's 'salsa.target' attribute";
      return signalPassFailure();
    }
    auto desc = attrToTarget(attr, [&]() { return func.emitError(); });
    if (failed(desc))
      return signalPassFailure();
    description = std::move(*desc);
  }

  const SearchOptions options = searchOptions();
  const Objective obj = *parseObjective(objective);
  const MappingType type = *parseMappingType(mappingType);
  for (linalg::LinalgOp op : candidates) {
    std::string reason;
    FailureOr<ExtractedLayer> extracted =
        extractLayer(op, reason, precisionOverride);
    if (failed(extracted)) {
      op.emitWarning() << "salsa: not scheduled: " << reason;
      continue;
    }
    auto layer = buildLayer(extracted->spec);
    if (!layer) {
      op.emitWarning() << "salsa: not scheduled: "
                       << llvm::toString(layer.takeError());
      continue;
    }
    OperandLinks links = description.links;
    UserSpatialMapping userSpatial = description.spatial;
    if (entries)
      if (const io::MappingEntry *e =
              io::selectMapping(*entries, layer->name, layer->operatorType)) {
        links = e->links;
        userSpatial = e->spatial;
      }
    auto bound = bindLayer(*layer, description.accel, links);
    if (!bound) {
      op.emitError() << "salsa: " << llvm::toString(bound.takeError());
      return signalPassFailure();
    }
    // Every legal spatial mapping candidate; the best schedule wins.
    std::optional<SearchResult> best;
    std::unique_ptr<ScheduleProblem> bestProblem;
    std::string failure;
    for (const UserSpatialMapping &spatial :
         generateSpatialMappings(*bound, userSpatial, spatialCandidates)) {
      auto problem = ScheduleProblem::create(*layer, description.accel, links,
                                             spatial, type, obj);
      if (!problem) {
        failure = llvm::toString(problem.takeError());
        continue;
      }
      SearchResult r = search(**problem, options);
      if (r.refused) {
        op.emitError() << "salsa: " << r.reason;
        return signalPassFailure();
      }
      if (!r.found) {
        failure = describeMisfit(**problem);
        continue;
      }
      if (!best ||
          isBetter(ObjectiveKey::of(obj, r.best.cost), r.best.ordering,
                   ObjectiveKey::of(obj, best->best.cost),
                   best->best.ordering)) {
        best = std::move(r);
        bestProblem = std::move(*problem);
      }
    }
    if (!best) {
      op.emitError() << "salsa: the layer fits no memory hierarchy of '"
                     << description.accel.name << "': " << failure;
      return signalPassFailure();
    }
    ScheduleAttr attr =
        buildScheduleAttr(op->getContext(), *bestProblem, *extracted, *best);
    op->setAttr(kScheduleAttrName, attr);
    if (printSchedule) {
      // One write per table so parallel functions do not interleave lines.
      std::string id = locationText(op->getLoc());
      std::string table;
      llvm::raw_string_ostream tableStream(table);
      report::printReport(tableStream,
                          {id, bestProblem->layer(), bestProblem->bound(),
                           bestProblem->spatial(), best->best.mapping,
                           best->best.cost});
      llvm::errs() << table;
    }
    if (remarks) {
      InFlightDiagnostic remark = op.emitRemark() << llvm::formatv(
          "salsa: scheduled on {0} with {1} over {2} orderings{3}: energy "
          "{4:e} pJ, latency {5} cycles",
          description.accel.name, engineName(best->engineUsed),
          toString(best->orderings),
          best->provenOptimal ? " (proven optimal)" : "",
          best->best.cost.energyTotal, int64_t(best->best.cost.latencyTotal2));
      if (const std::optional<Certificate> &c = best->certificate)
        remark.attachNote() << llvm::formatv(
            "salsa: certificate: {0} orderings evaluated, {1} equivalent, "
            "{2} bounded, {3} excluded, {4} unexplored; lower bound {5:e} "
            "pJ; {6:f3} s",
            toString(c->evaluated), toString(c->equivalent),
            toString(c->bounded), toString(c->excluded),
            toString(c->unexplored), c->lowerBound, best->seconds);
    }
  }
}
