//===- ExactBench.cpp - The exact engine on whole networks ----------------===//
//
// Reads the layers of a network as `salsa-opt --salsa-print-layers` prints
// them (after salsa-import-onnx and upstream TOSA-to-linalg), places each on
// a preset the way salsa-schedule does (the preset's mapping entry, the
// first spatial mapping candidate, uneven, energy) at ZigZag's 8/16-bit
// precisions, and runs the exact engine. Where the space has at most
// --agreement-limit orderings it also enumerates them all (the exhaustive
// engine) and checks the two optima agree to 1e-9. With --audit=RATE the
// engine re-costs that fraction of its pruned prefixes, equivalence classes
// and evaluated orderings with the cost model (SearchOptions::
// exactAuditRate); a contradiction shows as proven_optimal false and a
// NOT PROVEN reason. Prints JSON.
//
//   build/bin/salsa-bench-exact --layers L.jsonl --target tpu_like [--audit=0.01]
//
//===----------------------------------------------------------------------===//

#include "salsa/IO/Presets.h"
#include "salsa/IO/ReferenceVectors.h"
#include "salsa/Model/SpatialGeneration.h"
#include "salsa/Search/Engines.h"

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
static llvm::cl::opt<std::string> targetName("target",
                                             llvm::cl::desc("Preset"),
                                             llvm::cl::Required);
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
  auto target = io::loadTarget(targetName);
  if (!target) {
    llvm::errs() << llvm::toString(target.takeError()) << "\n";
    return 1;
  }
  llvm::SmallVector<llvm::StringRef, 0> lines;
  (*buffer)->getBuffer().split(lines, '\n', -1, false);
  json::Array rows;
  unsigned lineNo = 0, proven = 0, agreed = 0, compared = 0;
  std::vector<double> times;
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
    auto layer = buildLayer(*spec);
    if (!layer) {
      llvm::errs() << llvm::toString(layer.takeError()) << "\n";
      return 1;
    }
    const MappingEntry *entry = selectMapping(
        target->mapping, layer->name, layer->operatorType);
    auto bound = bindLayer(*layer, target->accel, entry->links);
    if (!bound) {
      llvm::errs() << llvm::toString(bound.takeError()) << "\n";
      return 1;
    }
    auto spatial = generateSpatialMappings(*bound, entry->spatial, 1);
    auto problem = ScheduleProblem::create(*layer, target->accel,
                                           entry->links, spatial.front());
    if (!problem) {
      llvm::errs() << llvm::toString(problem.takeError()) << "\n";
      return 1;
    }
    SearchOptions options;
    options.exactTimeBudget = budget;
    options.exactAuditRate = auditRate;
    llvm::Expected<SearchResult> searched = searchExact(**problem, options);
    if (!searched) {
      llvm::errs() << llvm::toString(searched.takeError()) << "\n";
      return 1;
    }
    SearchResult r = std::move(*searched);
    const Certificate &c = *r.certificate;
    proven += r.provenOptimal;
    times.push_back(r.seconds);
    json::Object row{
        {"loc", obj.getString("loc").value_or("").str()},
        {"op", spec->name},
        {"n_orderings", toString(r.orderings)},
        {"n_orderings_log10", std::log10(std::max(1.0, toDouble(r.orderings)))},
        {"seconds", r.seconds},
        {"proven_optimal", r.provenOptimal},
        {"energy", r.best.cost.energyTotal},
        {"lower_bound", c.lowerBound},
        {"evaluated", toString(c.evaluated)},
        {"equivalent", toString(c.equivalent)},
        {"bounded", toString(c.bounded)},
        {"unexplored", toString(c.unexplored)},
        {"audited", int64_t(c.audited)},
        {"reason", r.reason},
        {"certificate_sums_to_n",
         c.evaluated + c.equivalent + c.bounded + c.excluded + c.unexplored ==
             r.orderings},
    };
    if (toDouble(r.orderings) <= agreementLimit) {
      SearchResult ex = cantFail(searchExhaustive(**problem, options));
      bool agree = ex.found == r.found &&
                   (!ex.found || std::abs(ex.best.cost.energyTotal -
                                          r.best.cost.energyTotal) <=
                                     1e-9 * ex.best.cost.energyTotal);
      ++compared;
      agreed += agree;
      row["exhaustive_energy"] = ex.best.cost.energyTotal;
      row["exhaustive_seconds"] = ex.seconds;
      row["agrees_with_exhaustive"] = agree;
      if (!agree) {
        // Evidence: both schedules evaluated afresh.
        Schedule a, b;
        evaluateOrdering(**problem, r.best.ordering, a);
        evaluateOrdering(**problem, ex.best.ordering, b);
        row["exact_schedule_fresh_energy"] = a.cost.energyTotal;
        row["exhaustive_schedule_fresh_energy"] = b.cost.energyTotal;
      }
    }
    rows.push_back(std::move(row));
  }
  std::vector<double> sorted = times;
  llvm::sort(sorted);
  json::Object out{
      {"benchmark", "exact engine on a network"},
      {"target", targetName.getValue()},
      {"layers_file", layersFile.getValue()},
      {"layers", int64_t(times.size())},
      {"proven", int64_t(proven)},
      {"compared_with_exhaustive", int64_t(compared)},
      {"agreeing", int64_t(agreed)},
      {"median_seconds", sorted.empty() ? 0.0 : sorted[sorted.size() / 2]},
      {"max_seconds", sorted.empty() ? 0.0 : sorted.back()},
      {"rows", std::move(rows)},
  };
  llvm::outs() << llvm::formatv("{0:2}", json::Value(std::move(out))) << "\n";
  return proven == times.size() && agreed == compared ? 0 : 1;
}
