//===- ExactBench.cpp - The exact engine on whole networks ----------------===//
//
// Reads the layers of a network as `salsa-opt --salsa-print-layers` prints
// them (after salsa-import-onnx and upstream TOSA-to-linalg), and schedules
// each the way salsa-schedule does (scheduleLayer: the target's mapping
// entry, every spatial candidate, uneven) at ZigZag's 8/16-bit precisions
// with the exact engine, for one objective, on one thread unless told. Per
// layer: the whole mapping space's certificate (spatial x temporal), the
// seconds of each candidate and of the layer. Where every candidate has at
// most --agreement-limit orderings it also schedules the layer with the
// exhaustive engine and checks both give the same key and ordering. With
// --audit=RATE the engine re-costs that fraction of its pruned prefixes,
// equivalence classes and evaluated orderings with the cost model
// (SearchOptions::exactAuditRate); a contradiction shows as proven false and
// a NOT PROVEN reason. Prints JSON.
//
//   build/bin/salsa-bench-exact --layers L.jsonl --target tpu_like
//       [--mapping M.yaml] [--objective latency] [--threads 1] [--audit=0.01]
//
//===----------------------------------------------------------------------===//

#include "salsa/IO/Presets.h"
#include "salsa/IO/ReferenceVectors.h"
#include "salsa/Model/SpatialGeneration.h"
#include "salsa/Search/Engines.h"
#include "salsa/Search/Scheduler.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>

using namespace salsa;
namespace json = llvm::json;

static llvm::cl::opt<std::string>
    layersFile("layers", llvm::cl::desc("salsa-print-layers output"),
               llvm::cl::Required);
static llvm::cl::opt<std::string>
    targetName("target",
               llvm::cl::desc("Preset, or a ZigZag hardware YAML (with "
                              "--mapping)"),
               llvm::cl::Required);
static llvm::cl::opt<std::string>
    mappingFile("mapping", llvm::cl::desc("ZigZag mapping YAML"),
                llvm::cl::init(""));
static llvm::cl::opt<std::string>
    objectiveName_("objective",
                   llvm::cl::desc("energy, latency or edp"),
                   llvm::cl::init("energy"));
static llvm::cl::opt<unsigned>
    threads("threads", llvm::cl::desc("Threads per search (0: all cores)"),
            llvm::cl::init(1));
static llvm::cl::opt<double> agreementLimit(
    "agreement-limit",
    llvm::cl::desc("Also enumerate spaces up to this many orderings"),
    llvm::cl::init(1e6));
static llvm::cl::opt<double> budget("budget",
                                    llvm::cl::desc("Exact engine seconds"),
                                    llvm::cl::init(10));
static llvm::cl::opt<double>
    auditRate("audit",
              llvm::cl::desc("Fraction of the exact engine's pruned prefixes, "
                             "equivalence classes and evaluations to re-cost "
                             "with the cost model (0: off)"),
              llvm::cl::init(0));

int main(int argc, char **argv) {
  llvm::cl::ParseCommandLineOptions(argc, argv, "exact engine on networks\n");
  auto buffer = llvm::MemoryBuffer::getFile(layersFile);
  if (!buffer) {
    llvm::errs() << "cannot read " << layersFile << "\n";
    return 1;
  }
  std::optional<Objective> objective = parseObjective(objectiveName_);
  if (!objective) {
    llvm::errs() << "unknown objective '" << objectiveName_ << "'\n";
    return 1;
  }
  auto target = io::loadTarget(targetName, mappingFile);
  if (!target) {
    llvm::errs() << llvm::toString(target.takeError()) << "\n";
    return 1;
  }
  llvm::SmallVector<llvm::StringRef, 0> lines;
  (*buffer)->getBuffer().split(lines, '\n', -1, false);
  json::Array rows;
  unsigned lineNo = 0, proven = 0, agreed = 0, compared = 0;
  std::vector<double> times, candidateTimes;
  for (llvm::StringRef line : lines) {
    ++lineNo;
    if (!line.starts_with("{"))
      continue;
    auto parsed = json::parse(line);
    if (!parsed || !parsed->getAsObject()) {
      llvm::errs() << layersFile << ":" << lineNo << ": not JSON\n";
      return 1;
    }
    const json::Object &obj = *parsed->getAsObject();
    auto spec = io::parseLayerObject(obj, layersFile, lineNo);
    if (!spec) {
      llvm::errs() << llvm::toString(spec.takeError()) << "\n";
      return 1;
    }
    spec->name = obj.getString("op").value_or("layer").str();
    spec->precisions = {{"W", 8}, {"I", 8}, {"O", 16}, {"O_final", 8}};
    SchedulerOptions options;
    options.search.engine = Engine::Exact;
    options.search.threads = threads;
    options.search.exactTimeBudget = budget;
    options.search.exactAuditRate = auditRate;
    options.objective = *objective;
    LayerRequest request;
    request.spec = *spec;
    request.target = &*target;
    // ZigZag's precisions, as the reference flows use them.
    request.layerPrecisions = LayerPrecisions::Workload;
    llvm::Expected<LayerSchedule> scheduled = scheduleLayer(request, options);
    if (!scheduled) {
      llvm::errs() << layersFile << ":" << lineNo << ": "
                   << llvm::toString(scheduled.takeError()) << "\n";
      return 1;
    }
    const LayerSchedule &sched = *scheduled;
    const SearchResult &r = sched.result;
    const SpaceCertificate space = sched.space();
    const Certificate &c = space.covered;
    proven += sched.proven();
    times.push_back(sched.seconds);
    json::Array candidates;
    double largest = 0;
    for (const CandidateRecord &cr : sched.records) {
      largest = std::max(largest, toDouble(cr.orderings));
      candidateTimes.push_back(cr.seconds);
      candidates.push_back(json::Object{
          {"n_orderings", toString(cr.orderings)},
          {"seconds", cr.seconds},
          {"closed", cr.closed},
          {"misfit", cr.misfit},
          {"closed_by_bound",
           cr.certificate && cr.certificate->evaluated == 0 &&
               cr.certificate->bounded == cr.orderings},
      });
    }
    const ObjectiveKey key = ObjectiveKey::of(*objective, r.best.cost);
    json::Object row{
        {"loc", obj.getString("loc").value_or("").str()},
        {"op", spec->name},
        {"n_orderings", toString(space.orderings)},
        {"n_orderings_log10",
         std::log10(std::max(1.0, toDouble(space.orderings)))},
        {"seconds", sched.seconds},
        {"proven_optimal", sched.proven()},
        {"objective_value", key.primary},
        {"energy", r.best.cost.energyTotal},
        {"latency", r.best.cost.latencyTotal2},
        {"lower_bound", c.lowerBound},
        {"evaluated", toString(c.evaluated)},
        {"equivalent", toString(c.equivalent)},
        {"bounded", toString(c.bounded)},
        {"infeasible", toString(space.infeasible)},
        {"unexplored", toString(c.unexplored)},
        {"candidates", std::move(candidates)},
        {"candidates_closed_by_bound", int64_t(space.closedByBound)},
        {"reason", r.reason},
        {"certificate_sums_to_n",
         c.evaluated + c.equivalent + c.bounded + c.excluded + c.unexplored +
                 space.infeasible ==
             space.orderings},
    };
    if (largest <= agreementLimit) {
      SchedulerOptions all = options;
      all.search.engine = Engine::Exhaustive;
      all.search.threads = 0;
      LayerSchedule ex = cantFail(scheduleLayer(request, all));
      const ObjectiveKey exKey = ObjectiveKey::of(*objective, ex.result.best.cost);
      bool agree = ex.result.found == r.found &&
                   (!r.found || (exKey.primary == key.primary &&
                                 exKey.secondary == key.secondary &&
                                 ex.result.best.ordering == r.best.ordering));
      ++compared;
      agreed += agree;
      row["exhaustive_objective_value"] = exKey.primary;
      row["exhaustive_seconds"] = ex.seconds;
      row["agrees_with_exhaustive"] = agree;
    }
    rows.push_back(std::move(row));
  }
  auto median = [](std::vector<double> v) {
    llvm::sort(v);
    return v.empty() ? 0.0 : v[v.size() / 2];
  };
  auto largestOf = [](const std::vector<double> &v) {
    return v.empty() ? 0.0 : *llvm::max_element(v);
  };
  json::Object out{
      {"benchmark", "exact engine on a network"},
      {"target", targetName.getValue()},
      {"mapping", mappingFile.getValue()},
      {"objective", objectiveName(*objective).str()},
      {"threads", int64_t(threads)},
      {"layers_file", layersFile.getValue()},
      {"layers", int64_t(times.size())},
      {"proven", int64_t(proven)},
      {"compared_with_exhaustive", int64_t(compared)},
      {"agreeing", int64_t(agreed)},
      {"median_seconds", median(times)},
      {"max_seconds", largestOf(times)},
      {"candidates", int64_t(candidateTimes.size())},
      {"median_candidate_seconds", median(candidateTimes)},
      {"max_candidate_seconds", largestOf(candidateTimes)},
      {"rows", std::move(rows)},
  };
  llvm::outs() << llvm::formatv("{0:2}", json::Value(std::move(out))) << "\n";
  return proven == times.size() && agreed == compared ? 0 : 1;
}
