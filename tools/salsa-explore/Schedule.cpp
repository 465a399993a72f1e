//===- Schedule.cpp - salsa-explore schedule ------------------------------===//
//
// Searches the temporal mapping of layers: from ZigZag's three input files,
// or from problem records in the format of search-baselines.jsonl.
//
//===----------------------------------------------------------------------===//

#include "Commands.h"
#include "Problems.h"
#include "salsa/Report/LayerTable.h"
#include "salsa/Report/NetworkReport.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <deque>
#include <optional>

using namespace salsa;
using namespace salsa::report;
using namespace salsa::explore;
namespace json = llvm::json;

namespace {
/// A ZigZag mapping file entry for the schedule (temporal_ordering is
/// innermost first, as ZigZag reads it).
void writeZigZagEntry(llvm::raw_ostream &os, llvm::StringRef name,
                      const ScheduleProblem &p, const Schedule &s) {
  const Layer &layer = p.layer();
  os << "- name: " << name << "\n";
  os << "  spatial_mapping:\n";
  std::vector<std::string> arrayDims;
  for (const SpatialUnroll &u : p.userSpatial())
    if (!llvm::is_contained(arrayDims, u.arrayDim))
      arrayDims.push_back(u.arrayDim);
  for (const std::string &ad : arrayDims) {
    os << "    " << ad << ":\n";
    for (const SpatialUnroll &u : p.userSpatial())
      if (u.arrayDim == ad)
        os << "      - " << u.layerDim << ", " << int64_t(u.factor) << "\n";
  }
  os << "  temporal_ordering:\n";
  for (const Loop &l : s.ordering)
    os << "    - [" << layer.dims[l.dim] << ", " << int64_t(l.size) << "]\n";
  os << "  memory_operand_links:\n";
  for (unsigned op = 0; op < p.bound().numOperands(); ++op)
    os << "    " << layer.operands[op].name << ": "
       << memOperandName(p.bound().memOperand[op]) << "\n";
}
/// A layer searched before, for the later layers identical to it. The
/// search reads a layer's name only to select its mapping entry and its
/// precisions from the target: a layer equal to it but for the name, with
/// the same selections, the same options and no fixed spatial mapping or
/// links, gets the schedule its own search would give. (Networks repeat
/// layers under distinct names: ResNet-18's ONNX model has 21 to schedule,
/// 12 distinct.)
struct Searched {
  LayerSpec spec; // without its name
  const MappingEntry *entry;
  const OperandPrecisions *targetPrecisions;
  std::string label;
  LayerSchedule schedule;
};

/// Can `job` share a search with an identical layer? Jobs from the files
/// (one target, the command line's options); the warnings a search gives
/// name its layer, so a schedule with warnings is not shared.
bool reusable(const Job &job) {
  return !job.record && !job.request.fixedSpatial && !job.request.fixedLinks;
}
Searched keyOf(const Job &job) {
  const LayerSpec &spec = job.request.spec;
  const Target &target = *job.request.target;
  Searched key{spec, &target.entryFor(spec.name, spec.operatorType),
               &target.precisionsFor(spec.name, spec.operatorType), job.label,
               {}};
  key.spec.name.clear();
  return key;
}

llvm::Error writeFile(const std::string &path,
                      llvm::function_ref<void(llvm::raw_ostream &)> write) {
  std::error_code ec;
  llvm::raw_fd_ostream out(path, ec);
  if (ec)
    return llvm::createStringError(ec, "%s: cannot write: %s", path.c_str(),
                                   ec.message().c_str());
  write(out);
  return llvm::Error::success();
}
} // namespace

int salsa::explore::runSchedule(const ScheduleOptions &opts) {
  auto fail = [](llvm::Error err) {
    llvm::errs() << "salsa-explore: " << llvm::toString(std::move(err))
                 << "\n";
    return 1;
  };
  if (llvm::Error err = opts.scheduler.check())
    return fail(std::move(err));
  bool fromFiles = !opts.hardware.empty() || !opts.workload.empty() ||
                   !opts.mapping.empty();
  if (fromFiles == !opts.problems.empty())
    return fail(llvm::createStringError(
        "give either --hardware, --workload and --mapping, or --problems "
        "(with --inputs)"));
  if (fromFiles && (opts.hardware.empty() || opts.workload.empty()))
    return fail(llvm::createStringError(
        "--hardware and --workload go together (and --mapping, unless "
        "--hardware names a preset)"));
  auto jobs = fromFiles ? jobsFromFiles(opts) : jobsFromProblems(opts);
  if (!jobs)
    return fail(jobs.takeError());

  std::string exportText;
  llvm::raw_string_ostream exportStream(exportText);
  report::NetworkReport network;
  network.title = opts.workload.empty()
                      ? "salsa schedules for " + opts.problems
                      : "salsa schedules for " +
                            llvm::sys::path::filename(opts.workload).str();
  network.objective = objectiveName(opts.scheduler.objective);
  // Progress only for a person watching a terminal.
  const bool progress =
      !opts.quiet && llvm::sys::Process::StandardErrIsDisplayed();
  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                         start)
        .count();
  };
  std::deque<Searched> searched;
  for (size_t done = 0; done < jobs->size(); ++done) {
    Job &job = (*jobs)[done];
    if (progress)
      llvm::errs() << llvm::formatv("\r\x1b[K[{0}/{1}] layer {2}, {3:f1} s",
                                    done, jobs->size(), job.label, elapsed());
    const Searched *same = nullptr;
    std::optional<Searched> key;
    if (reusable(job)) {
      key = keyOf(job);
      for (const Searched &earlier : searched)
        if (earlier.spec == key->spec && earlier.entry == key->entry &&
            earlier.targetPrecisions == key->targetPrecisions) {
          same = &earlier;
          break;
        }
    }
    const bool reused = same != nullptr;
    const LayerSchedule *s = reused ? &same->schedule : nullptr;
    std::optional<LayerSchedule> own;
    if (!reused) {
      llvm::Expected<LayerSchedule> scheduled =
          scheduleLayer(job.request, job.options);
      if (!scheduled) {
        std::string why = llvm::toString(scheduled.takeError());
        if (progress)
          llvm::errs() << "\r\x1b[K";
        if (job.options.onError == OnError::Skip) {
          llvm::errs() << "salsa-explore: warning: layer " << job.label
                       << " not scheduled (on-error=skip): " << why << "\n";
          continue;
        }
        llvm::errs() << "salsa-explore: layer " << job.label << ": " << why
                     << "\n";
        return 1;
      }
      for (const std::string &w : scheduled->warnings)
        llvm::errs() << "salsa-explore: warning: layer " << job.label << ": "
                     << w << "\n";
      if (key && scheduled->warnings.empty()) {
        key->schedule = std::move(*scheduled);
        s = &searched.emplace_back(std::move(*key)).schedule;
      } else {
        s = &own.emplace(std::move(*scheduled));
      }
    }
    const ScheduleProblem &p = *s->problem;
    const SearchResult &r = s->result;
    // A reused schedule cost no search of its own.
    const uint64_t evaluations = reused ? 0 : s->evaluations;
    const double seconds = reused ? 0.0 : s->seconds;
    // The problem's layer carries the name of the layer first searched.
    Layer layer = p.layer();
    layer.name = job.request.spec.name;
    LayerReport report{job.label, layer, p.bound(), p.spatial(),
                       r.best.mapping, r.best.cost};
    json::Object obj = reportToJson(report);
    // The layer as read (ZigZag's vocabulary), for comparing parses.
    obj["loop_dims"] = json::Array(job.request.spec.dims);
    obj["loop_sizes"] = json::Array(job.request.spec.sizes);
    obj["dimension_relations"] =
        json::Array(job.request.spec.dimensionRelations);
    obj["precisions"] = formatPrecisions(s->precisions);
    obj["engine_used"] = engineName(r.engineUsed);
    obj["n_orderings"] = toString(r.orderings);
    obj["n_orderings_log10"] = std::log10(std::max(1.0, toDouble(r.orderings)));
    obj["evaluations"] = int64_t(evaluations);
    obj["search_seconds"] = seconds;
    if (reused)
      obj["same_schedule_as"] = same->label;
    obj["proven_optimal"] = s->proven();
    obj["spatial_candidates"] = int64_t(s->candidates);
    obj["objective"] = objectiveName(p.objective());
    obj["mapping_type"] = mappingTypeName(p.mappingType());
    if (!r.reason.empty())
      obj["reason"] = r.reason;
    if (const std::optional<Certificate> &c = r.certificate)
      obj["certificate"] = json::Object{
          {"evaluated", toString(c->evaluated)},
          {"equivalent", toString(c->equivalent)},
          {"bounded", toString(c->bounded)},
          {"excluded", toString(c->excluded)},
          {"unexplored", toString(c->unexplored)},
          {"lower_bound", c->lowerBound},
          {"prefixes", int64_t(c->nodes)}};
    // The whole mapping space (every spatial candidate).
    const SpaceCertificate space = s->space();
    obj["space_certificate"] = json::Object{
        {"candidates", int64_t(space.candidates)},
        {"orderings", toString(space.orderings)},
        {"evaluated", toString(space.covered.evaluated)},
        {"equivalent", toString(space.covered.equivalent)},
        {"bounded", toString(space.covered.bounded)},
        {"excluded", toString(space.covered.excluded)},
        {"infeasible", toString(space.infeasible)},
        {"unexplored", toString(space.covered.unexplored)},
        {"candidates_closed_by_bound", int64_t(space.closedByBound)}};
    std::string frontText;
    if (!s->front.empty()) {
      json::Array front;
      for (const FrontPoint &f : s->front) {
        front.push_back(json::Object{{"energy", f.energy},
                                     {"latency", f.latency},
                                     {"candidate", int64_t(f.candidate)}});
        frontText += llvm::formatv("    {0,14:e} pJ {1,12} cycles (candidate "
                                   "{2})\n",
                                   f.energy, int64_t(f.latency), f.candidate);
      }
      obj["pareto_front"] = std::move(front);
    }
    report::LayerSummary summary = report::summarize(report);
    summary.engine = engineName(r.engineUsed);
    summary.orderings = toString(r.orderings);
    summary.reason = r.reason;
    summary.evaluations = evaluations;
    summary.seconds = seconds;
    summary.provenOptimal = s->proven();
    network.accelerator = p.accelerator().name;
    network.layers.push_back(std::move(summary));
    if (progress)
      llvm::errs() << "\r\x1b[K";
    if (opts.json) {
      llvm::outs() << json::Value(std::move(obj)) << "\n";
    } else {
      printReport(llvm::outs(), report);
      if (reused)
        llvm::outs() << llvm::formatv(
            "  search: the schedule of the identical layer {0} (not searched "
            "again){1}\n\n",
            same->label, s->proven() ? ", proven optimal" : "");
      else
        llvm::outs() << llvm::formatv(
            "  search: {0}, {1} orderings, {2} evaluations, {3:f3} s{4}{5}\n\n",
            engineName(r.engineUsed), toString(r.orderings), evaluations,
            seconds, s->proven() ? ", proven optimal" : "",
            r.reason.empty() ? "" : " (" + r.reason + ")");
      if (!frontText.empty())
        llvm::outs() << llvm::formatv(
            "  energy-latency Pareto front, {0} schedule(s){1}:\n{2}\n",
            s->front.size(),
            s->proven() ? ", each proven non-dominated" : " (not proven)",
            frontText);
    }
    writeZigZagEntry(exportStream, layer.name, p, r.best);
  }
  if (progress)
    llvm::errs() << llvm::formatv("\r\x1b[K[{0}/{0}] done, {1:f1} s\n",
                                  jobs->size(), elapsed());
  if (!opts.report.empty())
    if (llvm::Error err = writeFile(opts.report, [&](llvm::raw_ostream &out) {
          report::writeHtml(out, network);
        }))
      return fail(std::move(err));
  if (!opts.exportZigZag.empty())
    if (llvm::Error err =
            writeFile(opts.exportZigZag, [&](llvm::raw_ostream &out) {
              out << "# Written by salsa-explore schedule: ZigZag mapping "
                     "entries with the chosen temporal orderings.\n"
                  << exportText;
            }))
      return fail(std::move(err));
  return 0;
}
