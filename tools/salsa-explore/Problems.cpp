//===- Problems.cpp - Layer requests from files ---------------------------===//

#include "Problems.h"

#include "salsa/IO/Presets.h"
#include "salsa/IO/ReferenceVectors.h"
#include "salsa/IO/ZigZagFiles.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace salsa;
using namespace salsa::explore;

llvm::Expected<std::vector<Job>>
salsa::explore::jobsFromFiles(const ScheduleOptions &opts) {
  // A preset name or a hardware YAML (with its mapping), as for the passes.
  auto loaded = io::loadTarget(opts.hardware, opts.mapping);
  if (!loaded)
    return loaded.takeError();
  auto target = std::make_shared<Target>(std::move(*loaded));
  auto workload = io::readWorkload(opts.workload);
  if (!workload)
    return workload.takeError();
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
    Job job{std::to_string(wl.id), LayerRequest{wl.spec, target.get(), {}, {}, LayerPrecisions::Workload},
            target, std::nullopt, opts.scheduler};
    jobs.push_back(std::move(job));
  }
  if (jobs.empty())
    return llvm::createStringError(
        llvm::formatv("{0}: no layer selected", opts.workload));
  return jobs;
}

llvm::Expected<std::vector<Job>>
salsa::explore::jobsFromProblems(const ScheduleOptions &opts) {
  auto buffer = llvm::MemoryBuffer::getFile(opts.problems, /*IsText=*/true);
  if (!buffer)
    return llvm::createStringError(buffer.getError(), "%s: cannot read",
                                   opts.problems.c_str());
  std::vector<Job> jobs;
  llvm::StringMap<std::shared_ptr<Target>> targets;
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
    std::shared_ptr<Target> &target = targets[rec->accelerator];
    if (!target) {
      llvm::SmallString<256> path(opts.inputs);
      llvm::sys::path::append(path, "hardware", rec->accelerator + ".yaml");
      auto accel = io::readHardware(path);
      if (!accel)
        return accel.takeError();
      // Records carry their own links and spatial mapping.
      target = std::make_shared<Target>(
          Target{std::move(*accel), {MappingEntry{"default", {}, {}, {}}}});
    }
    io::orderSpatialMapping(rec->spatial, target->accel);
    Job job{rec->id,
            LayerRequest{rec->layer, target.get(), rec->spatial, rec->links,
                         LayerPrecisions::Workload},
            target, std::move(rec->raw), opts.scheduler};
    if (auto o = job.record->getString("objective"); o && !opts.objectiveGiven)
      if (auto parsed = parseObjective(*o))
        job.options.objective = *parsed;
    if (!opts.mappingTypeGiven)
      job.options.mappingType = rec->mappingType;
    jobs.push_back(std::move(job));
  }
  return jobs;
}
