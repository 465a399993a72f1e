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

#include "salsa/IO/ReferenceVectors.h"
#include "salsa/IO/ZigZagFiles.h"
#include "salsa/Model/SpatialGeneration.h"
#include "salsa/Search/Engines.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>

using namespace salsa;
using namespace salsa::report;
using namespace salsa::explore;
namespace json = llvm::json;

namespace {
/// A ZigZag mapping file entry for the schedule (temporal_ordering is
/// innermost first, as ZigZag reads it).
void writeZigZagEntry(llvm::raw_ostream &os, const ScheduleProblem &p,
                      const Schedule &s) {
  const Layer &layer = p.layer();
  os << "- name: " << layer.name << "\n";
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
  SearchOptions searchOptions;
  auto engine = parseEngine(opts.engine);
  if (!engine)
    return fail(llvm::createStringError(
        "--engine must be salsa, exhaustive, annealing, loma or exact, got '" +
        opts.engine + "'"));
  searchOptions.engine = *engine;
  auto objective = parseObjective(opts.objective);
  if (!objective)
    return fail(llvm::createStringError(
        "--objective must be energy, latency or edp, got '" + opts.objective +
        "'"));
  auto type = parseMappingType(opts.mappingType);
  if (!type)
    return fail(llvm::createStringError(
        "--mapping-type must be even or uneven, got '" + opts.mappingType +
        "'"));
  auto moves = parseMoveSet(opts.moves);
  if (!moves)
    return fail(llvm::createStringError(
        "--moves must be swap or mixed, got '" + opts.moves + "'"));
  searchOptions.moves = *moves;
  searchOptions.seed = opts.seed;
  searchOptions.threads = opts.threads;
  searchOptions.iterations = opts.iterations;
  searchOptions.chains = opts.chains;
  searchOptions.lpfLimit = opts.lpfLimit;
  searchOptions.exhaustiveLimit = opts.exhaustiveLimit;
  searchOptions.exactTimeBudget = opts.exactBudget;

  bool fromFiles = !opts.hardware.empty() || !opts.workload.empty() ||
                   !opts.mapping.empty();
  if (fromFiles == !opts.problems.empty())
    return fail(llvm::createStringError(
        "give either --hardware, --workload and --mapping, or --problems "
        "(with --inputs)"));
  if (fromFiles &&
      (opts.hardware.empty() || opts.workload.empty() || opts.mapping.empty()))
    return fail(llvm::createStringError(
        "--hardware, --workload and --mapping go together"));
  auto jobs = fromFiles ? jobsFromFiles(opts, *type, *objective)
                        : jobsFromProblems(opts, *objective);
  if (!jobs)
    return fail(jobs.takeError());

  std::string exportText;
  llvm::raw_string_ostream exportStream(exportText);
  report::NetworkReport network;
  network.title = opts.workload.empty()
                      ? "salsa schedules for " + opts.problems
                      : "salsa schedules for " +
                            llvm::sys::path::filename(opts.workload).str();
  network.objective = objectiveName(*objective);
  // Progress only for a person watching a terminal.
  const bool progress =
      !opts.quiet && llvm::sys::Process::StandardErrIsDisplayed();
  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                         start)
        .count();
  };
  for (size_t done = 0; done < jobs->size(); ++done) {
    Job &job = (*jobs)[done];
    if (progress)
      llvm::errs() << llvm::formatv("\r\x1b[K[{0}/{1}] layer {2}, {3:f1} s",
                                    done, jobs->size(), job.label, elapsed());
    // Every spatial candidate; the best schedule wins.
    const ScheduleProblem *chosen = job.problem.get();
    SearchResult r = salsa::search(*chosen, searchOptions);
    for (const auto &alt : job.alternatives) {
      SearchResult other = salsa::search(*alt, searchOptions);
      Objective o = alt->objective();
      if (other.found &&
          (!r.found ||
           isBetter(ObjectiveKey::of(o, other.best.cost), other.best.ordering,
                    ObjectiveKey::of(o, r.best.cost), r.best.ordering))) {
        r = std::move(other);
        chosen = alt.get();
      }
    }
    const ScheduleProblem &p = *chosen;
    if (r.refused) {
      llvm::errs() << "salsa-explore: layer " << job.label << ": " << r.reason
                   << "\n";
      return 1;
    }
    if (!r.found) {
      llvm::errs() << "salsa-explore: layer " << job.label
                   << ": no ordering fits the memory hierarchy of '"
                   << p.accelerator().name << "': " << describeMisfit(p)
                   << "\n";
      return 1;
    }
    LayerReport report{job.label, p.layer(), p.bound(), p.spatial(),
                       r.best.mapping, r.best.cost};
    json::Object obj = reportToJson(report);
    obj["engine_used"] = engineName(r.engineUsed);
    obj["n_orderings"] = toString(r.orderings);
    obj["n_orderings_log10"] = std::log10(std::max(1.0, toDouble(r.orderings)));
    obj["evaluations"] = int64_t(r.evaluations);
    obj["search_seconds"] = r.seconds;
    obj["proven_optimal"] = r.provenOptimal;
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
    report::LayerSummary summary = report::summarize(report);
    summary.engine = engineName(r.engineUsed);
    summary.orderings = toString(r.orderings);
    summary.reason = r.reason;
    summary.evaluations = r.evaluations;
    summary.seconds = r.seconds;
    summary.provenOptimal = r.provenOptimal;
    network.accelerator = p.accelerator().name;
    network.layers.push_back(std::move(summary));
    if (progress)
      llvm::errs() << "\r\x1b[K";
    if (opts.json) {
      llvm::outs() << json::Value(std::move(obj)) << "\n";
    } else {
      printReport(llvm::outs(), report);
      llvm::outs() << llvm::formatv(
          "  search: {0}, {1} orderings, {2} evaluations, {3:f3} s{4}{5}\n\n",
          engineName(r.engineUsed), toString(r.orderings), r.evaluations,
          r.seconds, r.provenOptimal ? ", proven optimal" : "",
          r.reason.empty() ? "" : " (" + r.reason + ")");
    }
    writeZigZagEntry(exportStream, p, r.best);
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
