//===- SchedulePass.cpp - salsa-schedule ----------------------------------===//
//
// Only translates: the target from options or IR, each linalg layer into a
// LayerRequest, scheduleLayer (lib/Search/Scheduler.cpp) for the schedule,
// and the schedule back into a #salsa.schedule attribute. No cost logic.
//
//===----------------------------------------------------------------------===//

#include "salsa/Conversion/LinalgToLayer.h"
#include "salsa/Report/LayerTable.h"
#include "salsa/Transforms/LocationText.h"
#include "salsa/Transforms/Passes.h"
#include "salsa/Transforms/ScheduleAttrBuilder.h"
#include "salsa/Transforms/TargetResolution.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Process.h"

#include <deque>

namespace salsa {
#define GEN_PASS_DEF_SALSASCHEDULE
#include "salsa/Transforms/Passes.h.inc"
} // namespace salsa

using namespace mlir;
using namespace salsa;

namespace {
DictionaryAttr predictedTraffic(MLIRContext *ctx, const LayerSchedule &s);

struct SchedulePass : public salsa::impl::SalsaScheduleBase<SchedulePass> {
  SchedulePass() = default;
  SchedulePass(const SchedulePass &other) : SalsaScheduleBase(other) {}
  explicit SchedulePass(const SchedulePassConfig &config) {
    setOptionsFromConfig(*this, config);
  }

#define SALSA_DECLARE_GROUP(G) SALSA_KEEP
#include "salsa/Transforms/SchedulingOptionDecls.inc"

  // -mlir-pass-statistics (Debian's release LLVM compiles statistics out;
  // the `summary` option gives the same figures as a remark per function).
  Statistic opsScheduled{this, "ops-scheduled", "Ops scheduled"};
  Statistic opsProven{this, "ops-proven-optimal",
                      "Ops whose schedule is proven optimal"};
  Statistic opsSkipped{this, "ops-skipped",
                       "Ops left as they were (warning says why)"};
  Statistic opsReused{this, "ops-reused",
                      "Ops given the schedule of an identical layer before "
                      "them"};
  Statistic evaluations{this, "evaluations",
                        "Orderings evaluated (allocation + cost model)"};
  Statistic searchMilliseconds{this, "search-ms",
                               "Milliseconds spent in scheduleLayer"};

  LogicalResult initialize(MLIRContext *ctx) override {
    // Option errors surface once, before any function is processed.
    if (llvm::Error err = configFromOptions(*this).scheduler.check())
      return emitError(UnknownLoc::get(ctx))
             << "salsa-schedule: " << llvm::toString(std::move(err));
    return success();
  }

  void runOnOperation() override;
};

/// A layer scheduled before in this function and where its op is.
struct ScheduledLayer {
  LayerSpec spec;
  LayerSchedule schedule;
  Location loc;
};

/// Remark and table for one scheduled op; `reusedFrom` is the op whose
/// schedule it got, if any.
void report(linalg::LinalgOp op, const LayerSchedule &s,
            const SchedulePassConfig &config,
            const ScheduledLayer *reusedFrom);
} // namespace

void SchedulePass::runOnOperation() {
  const SchedulePassConfig config = configFromOptions(*this);
  SmallVector<linalg::LinalgOp> ops;
  getOperation().walk([&](linalg::LinalgOp op) {
    if (op->hasAttr(kScheduledAttrName))
      return; // produced by salsa-tile: scheduled already
    if (isScheduleCandidate(op))
      ops.push_back(op);
    else if (config.remarks)
      op.emitRemark() << "salsa: not scheduled: " << whyNotCandidate(op);
  });
  if (ops.empty())
    return;
  FailureOr<Target> target =
      resolveTarget(getOperation(), config.target, config.mapping);
  if (failed(target))
    return signalPassFailure();
  const bool skip = config.scheduler.onError == OnError::Skip;
  // For a person at a terminal: long runs show where they are.
  const bool progress =
      config.progress && llvm::sys::Process::StandardErrIsDisplayed();
  // Networks repeat layers (MobileNetV2: 53 ops, 31 distinct). The search
  // is a function of the request alone, so an op whose layer equals an
  // earlier op's gets that schedule: the one its own search would give.
  std::deque<ScheduledLayer> scheduledLayers;
  struct {
    unsigned scheduled = 0, proven = 0, skipped = 0, reused = 0;
    uint64_t evaluations = 0;
    double seconds = 0;
  } tally;
  for (auto [index, op] : llvm::enumerate(ops)) {
    if (progress)
      llvm::errs() << llvm::formatv("\r\x1b[Ksalsa: @{0}: op {1}/{2} ({3})",
                                    getOperation().getSymName(), index + 1,
                                    ops.size(), locationText(op->getLoc()));
    FailureOr<ExtractedLayer> layer = extractLayer(
        op, [&] { return op.emitWarning() << "salsa: not scheduled: "; });
    if (failed(layer)) {
      ++tally.skipped;
      continue;
    }
    const ScheduledLayer *same = nullptr;
    for (const ScheduledLayer &done : scheduledLayers)
      if (done.spec == layer->spec) {
        same = &done;
        break;
      }
    if (!same) {
      LayerRequest request{layer->spec, &*target, std::nullopt, std::nullopt,
                           LayerPrecisions::ElementTypes};
      llvm::Expected<LayerSchedule> s =
          scheduleLayer(request, config.scheduler);
      if (!s) {
        std::string why = llvm::toString(s.takeError());
        if (skip) {
          op.emitWarning() << "salsa: not scheduled (on-error=skip): " << why;
          ++tally.skipped;
          continue;
        }
        op.emitError() << "salsa: " << why;
        return signalPassFailure();
      }
      tally.evaluations += s->evaluations;
      tally.seconds += s->seconds;
      scheduledLayers.push_back({layer->spec, std::move(*s), op->getLoc()});
    } else {
      ++tally.reused;
    }
    const LayerSchedule &s = (same ? *same : scheduledLayers.back()).schedule;
    for (const std::string &w : s.warnings)
      op.emitWarning() << "salsa: " << w;
    op->setAttr(kScheduleAttrName,
                buildScheduleAttr(op->getContext(), *s.problem, *layer,
                                  s.result));
    if (config.predictTraffic)
      op->setAttr(kPredictedTrafficAttrName, predictedTraffic(op->getContext(), s));
    ++tally.scheduled;
    tally.proven += s.proven();
    report(op, s, config, same);
  }
  if (progress)
    llvm::errs() << "\r\x1b[K";
  opsScheduled += tally.scheduled;
  opsProven += tally.proven;
  opsSkipped += tally.skipped;
  opsReused += tally.reused;
  evaluations += tally.evaluations;
  searchMilliseconds += uint64_t(tally.seconds * 1000);
  if (config.summary)
    getOperation().emitRemark() << llvm::formatv(
        "salsa: {0} ops scheduled ({1} proven optimal, {2} with the schedule "
        "of an identical layer), {3} left as they were; {4} evaluations, "
        "{5:f2} s of search",
        tally.scheduled, tally.proven, tally.reused, tally.skipped,
        tally.evaluations, tally.seconds);
}

namespace {
/// {"O:rf_2B:rd_out_to_low" = 524288.0 : f64, ...}: the cost model's
/// elements moved for the schedule, every level and direction it counts.
DictionaryAttr predictedTraffic(MLIRContext *ctx, const LayerSchedule &s) {
  const ScheduleProblem &p = *s.problem;
  const BoundLayer &bound = p.bound();
  CostModel::ElementMoves moves;
  p.costModel().elementMoves(s.result.best.mapping, moves);
  SmallVector<NamedAttribute> entries;
  Builder b(ctx);
  for (unsigned op = 0; op < bound.numOperands(); ++op)
    for (unsigned m = 0; m < bound.levels[op].size(); ++m)
      for (unsigned d = 0; d < kNumDataDirs; ++d)
        entries.push_back(b.getNamedAttr(
            llvm::formatv("{0}:{1}:{2}", p.layer().operands[op].name,
                          bound.accel->memories[bound.levels[op][m]].name,
                          dataDirName(DataDir(d)))
                .str(),
            b.getF64FloatAttr(moves[op][m][d])));
  return b.getDictionaryAttr(entries);
}

void report(linalg::LinalgOp op, const LayerSchedule &s,
            const SchedulePassConfig &config,
            const ScheduledLayer *reusedFrom) {
  const SearchResult &r = s.result;
  const ScheduleProblem &p = *s.problem;
  if (config.printSchedule) {
    // One write per table so parallel functions do not interleave lines.
    std::string table;
    llvm::raw_string_ostream os(table);
    report::printReport(os, {locationText(op->getLoc()), p.layer(), p.bound(),
                             p.spatial(), r.best.mapping, r.best.cost});
    os << "  precisions: " << formatPrecisions(s.precisions) << " (from "
       << s.precisionSource << ")\n";
    llvm::errs() << table;
  }
  if (!config.remarks)
    return;
  InFlightDiagnostic remark = op.emitRemark() << llvm::formatv(
      "salsa: scheduled on {0} with {1} over {2} orderings{3}: energy {4:e} "
      "pJ, latency {5} cycles; precisions {6} (from {7}){8}{9}",
      p.accelerator().name, engineName(r.engineUsed), toString(r.orderings),
      s.proven() ? " (proven optimal)" : "", r.best.cost.energyTotal,
      int64_t(r.best.cost.latencyTotal2), formatPrecisions(s.precisions),
      s.precisionSource,
      // Which engine ran and why (the dual engine's choice).
      r.reason.empty() ? "" : "; " + r.reason,
      reusedFrom ? "; the schedule of the identical layer at " +
                       locationText(reusedFrom->loc) + " (not searched again)"
                 : "");
  if (!s.front.empty()) {
    std::string points;
    for (const FrontPoint &f : s.front)
      points += llvm::formatv("{0}({1:e} pJ, {2} cycles)",
                              points.empty() ? "" : ", ", f.energy,
                              int64_t(f.latency));
    remark.attachNote() << llvm::formatv(
        "salsa: energy-latency Pareto front of {0} schedule(s){1}: {2}; the "
        "op gets the first",
        s.front.size(),
        s.proven() ? ", each proven non-dominated over the mapping space"
                   : " (not proven: a search ran out of time)",
        points);
  }
  if (!r.certificate)
    return;
  // The whole mapping space: every spatial candidate's orderings.
  const SpaceCertificate space = s.space();
  const Certificate &c = space.covered;
  remark.attachNote() << llvm::formatv(
      "salsa: certificate over {0} spatial candidate(s), {1} orderings: {2} "
      "evaluated, {3} equivalent, {4} bounded, {5} excluded, {6} infeasible, "
      "{7} unexplored; {8} candidate(s) closed by bound alone; lower bound "
      "{9:e} {10}; {11:f3} s",
      space.candidates, toString(space.orderings), toString(c.evaluated),
      toString(c.equivalent), toString(c.bounded), toString(c.excluded),
      toString(space.infeasible), toString(c.unexplored), space.closedByBound,
      c.lowerBound, objectiveUnit(p.objective()), s.seconds);
}
} // namespace

std::unique_ptr<Pass>
salsa::createSalsaSchedulePass(const SchedulePassConfig &config) {
  return std::make_unique<SchedulePass>(config);
}
