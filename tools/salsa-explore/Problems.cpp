//===- Problems.cpp - Scheduling problems from files ----------------------===//

#include "Problems.h"

#include "salsa/IO/ReferenceVectors.h"
#include "salsa/IO/ZigZagFiles.h"
#include "salsa/Model/SpatialGeneration.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace salsa;
using namespace salsa::explore;

namespace {
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

} // namespace

llvm::Expected<std::vector<Job>> salsa::explore::jobsFromFiles(const ScheduleOptions &opts,
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
    // A whole network also holds pooling and element-wise layers (ZigZag
    // gives their missing operand precision 0); only layers that multiply
    // two operands are scheduled, unless asked for by id.
    auto noData = llvm::find_if(wl.spec.precisions,
                                [](const auto &p) { return p.second == 0; });
    if (opts.layers.empty() && noData != wl.spec.precisions.end()) {
      if (!opts.quiet)
        llvm::errs() << llvm::formatv(
            "salsa-explore: skipping layer {0} ({1}): operand {2} has "
            "precision 0, not a multiply-accumulate layer\n",
            wl.id, wl.spec.operatorType, noData->first);
      continue;
    }
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
    Job job{std::to_string(wl.id), nullptr, std::nullopt, {}};
    for (const UserSpatialMapping &spatial :
         generateSpatialMappings(*bound, entry->spatial)) {
      auto problem = ScheduleProblem::create(*layer, *accel, entry->links,
                                             spatial, type, objective,
                                             *constraints);
      if (!problem)
        return problem.takeError();
      if (!job.problem)
        job.problem = std::move(*problem);
      else
        job.alternatives.push_back(std::move(*problem));
    }
    jobs.push_back(std::move(job));
  }
  if (jobs.empty())
    return llvm::createStringError(
        llvm::formatv("{0}: no layer selected", opts.workload));
  return jobs;
}

llvm::Expected<std::vector<Job>>
salsa::explore::jobsFromProblems(const ScheduleOptions &opts,
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
    jobs.push_back({rec->id, std::move(*problem), std::move(rec->raw), {}});
  }
  return jobs;
}

