//===- Schedule.cpp - salsa-explore schedule ------------------------------===//
//
// Searches the temporal mapping of layers: from ZigZag's three input files,
// or from problem records in the format of search-baselines.jsonl.
//
//===----------------------------------------------------------------------===//

#include "Commands.h"
#include "Report.h"

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
#include "llvm/Support/raw_ostream.h"

using namespace salsa;
using namespace salsa::explore;
namespace json = llvm::json;

namespace {
struct Job {
  std::string label; // layer id or record id
  std::unique_ptr<ScheduleProblem> problem;
};

llvm::Expected<std::vector<OrderConstraint>>
parseConstraints(const ScheduleOptions &opts, const Layer &layer) {
  std::vector<OrderConstraint> out;
  auto dim = [&](llvm::StringRef name) -> llvm::Expected<unsigned> {
    int d = layer.findDim(name.trim().upper());
    if (d < 0)
      return llvm::createStringError(llvm::formatv(
          "constraint names dimension '{0}', which layer '{1}' does not have",
          name.trim(), layer.name));
    return unsigned(d);
  };
  for (const std::string &c : opts.constraints) {
    auto [inner, outer] = llvm::StringRef(c).split('<');
    if (outer.empty())
      return llvm::createStringError(llvm::formatv(
          "constraint '{0}' must read INNER<OUTER (e.g. OX<K: every OX loop "
          "inside every K loop)",
          c));
    auto a = dim(inner), b = dim(outer);
    if (!a)
      return a.takeError();
    if (!b)
      return b.takeError();
    out.push_back({*a, *b});
  }
  // Pinned dimensions: outside (or inside) every other dimension.
  for (auto [names, outermost] : {std::pair{&opts.outermost, true},
                                  std::pair{&opts.innermost, false}})
    for (const std::string &name : *names) {
      auto d = dim(name);
      if (!d)
        return d.takeError();
      for (unsigned other = 0; other < layer.dims.size(); ++other)
        if (other != *d)
          out.push_back(outermost ? OrderConstraint{other, *d}
                                  : OrderConstraint{*d, other});
    }
  return out;
}

llvm::Expected<std::vector<Job>> jobsFromFiles(const ScheduleOptions &opts,
                                               MappingType type,
                                               Objective objective) {
  auto accel = io::readHardware(opts.hardware);
  if (!accel)
    return accel.takeError();
  auto workload = io::readWorkload(opts.workload);
  if (!workload)
    return workload.takeError();
  auto mapping = io::readMapping(opts.mapping);
  if (!mapping)
    return mapping.takeError();
  std::vector<Job> jobs;
  for (const io::WorkloadLayer &wl : *workload) {
    if (!opts.layers.empty() && !llvm::is_contained(opts.layers, wl.id))
      continue;
    auto layer = buildLayer(wl.spec);
    if (!layer)
      return layer.takeError();
    const io::MappingEntry *entry =
        io::selectMapping(*mapping, layer->name, layer->operatorType);
    if (!entry)
      return llvm::createStringError(llvm::formatv(
          "{0}: no mapping entry for layer '{1}' (nor '{2}' or 'default')",
          opts.mapping, layer->name, layer->operatorType));
    auto constraints = parseConstraints(opts, *layer);
    if (!constraints)
      return constraints.takeError();
    // The generator clips the entry's spatial mapping to this layer.
    auto bound = bindLayer(*layer, *accel, entry->links);
    if (!bound)
      return bound.takeError();
    UserSpatialMapping spatial =
        generateSpatialMappings(*bound, entry->spatial).front();
    auto problem = ScheduleProblem::create(*layer, *accel, entry->links,
                                           spatial, type, objective,
                                           *constraints);
    if (!problem)
      return problem.takeError();
    jobs.push_back({std::to_string(wl.id), std::move(*problem)});
  }
  if (jobs.empty())
    return llvm::createStringError(
        llvm::formatv("{0}: no layer selected", opts.workload));
  return jobs;
}

llvm::Expected<std::vector<Job>> jobsFromProblems(const ScheduleOptions &opts,
                                                  Objective objective) {
  auto buffer = llvm::MemoryBuffer::getFile(opts.problems, /*IsText=*/true);
  if (!buffer)
    return llvm::createStringError(buffer.getError(), "%s: cannot read",
                                   opts.problems.c_str());
  std::vector<Job> jobs;
  llvm::StringMap<Accelerator> accelerators;
  unsigned lineNo = 0;
  llvm::SmallVector<llvm::StringRef, 0> lines;
  (*buffer)->getBuffer().split(lines, '\n');
  for (llvm::StringRef line : lines) {
    ++lineNo;
    if (line.trim().empty())
      continue;
    auto rec = io::parseReferenceRecord(line, opts.problems, lineNo);
    if (!rec)
      return rec.takeError();
    auto it = accelerators.find(rec->accelerator);
    if (it == accelerators.end()) {
      llvm::SmallString<256> path(opts.inputs);
      llvm::sys::path::append(path, "hardware", rec->accelerator + ".yaml");
      auto accel = io::readHardware(path);
      if (!accel)
        return accel.takeError();
      it = accelerators.insert({rec->accelerator, std::move(*accel)}).first;
    }
    auto layer = buildLayer(rec->layer);
    if (!layer)
      return layer.takeError();
    io::orderSpatialMapping(rec->spatial, it->second);
    auto constraints = parseConstraints(opts, *layer);
    if (!constraints)
      return constraints.takeError();
    Objective obj = objective;
    if (auto o = rec->raw.getString("objective"); o && !opts.objectiveGiven)
      if (auto parsed = parseObjective(*o))
        obj = *parsed;
    MappingType type = rec->mappingType;
    if (opts.mappingTypeGiven)
      type = *parseMappingType(opts.mappingType);
    auto problem = ScheduleProblem::create(*layer, it->second, rec->links,
                                           rec->spatial, type, obj,
                                           *constraints);
    if (!problem)
      return problem.takeError();
    jobs.push_back({rec->id, std::move(*problem)});
  }
  return jobs;
}

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
        "--engine must be salsa, exhaustive, annealing or loma, got '" +
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
  json::Array all;
  for (Job &job : *jobs) {
    const ScheduleProblem &p = *job.problem;
    SearchResult r = salsa::search(p, searchOptions);
    if (!r.found) {
      llvm::errs() << "salsa-explore: layer " << job.label
                   << ": no ordering fits the memory hierarchy of '"
                   << p.accelerator().name << "'\n";
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
  if (!opts.exportZigZag.empty()) {
    std::error_code ec;
    llvm::raw_fd_ostream out(opts.exportZigZag, ec);
    if (ec)
      return fail(llvm::createStringError(ec, "%s: cannot write: %s",
                                          opts.exportZigZag.c_str(),
                                          ec.message().c_str()));
    out << "# Written by salsa-explore schedule: ZigZag mapping entries with "
           "the chosen temporal orderings.\n"
        << exportText;
  }
  return 0;
}
