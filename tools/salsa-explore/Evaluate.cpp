//===- Evaluate.cpp - salsa-explore evaluate ------------------------------===//
//
// Cost breakdown of a complete mapping given in ZigZag's files: the mapping
// entry of each layer must carry a temporal_ordering covering its loops.
//
//===----------------------------------------------------------------------===//

#include "Commands.h"
#include "salsa/Report/LayerTable.h"

#include "salsa/IO/ZigZagFiles.h"
#include "salsa/Model/Allocator.h"
#include "salsa/Model/CostModel.h"

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

#include <map>

using namespace salsa;
using namespace salsa::report;
namespace json = llvm::json;

/// The temporal ordering must multiply to the temporal loop sizes.
static llvm::Error checkComplete(const Layer &layer,
                                 llvm::ArrayRef<Loop> ordering,
                                 llvm::ArrayRef<Loop> temporal) {
  std::map<unsigned, double> need, have;
  for (const Loop &l : temporal)
    need[l.dim] = l.size;
  for (const Loop &l : ordering)
    if (l.size != 1)
      have[l.dim] = (have.count(l.dim) ? have[l.dim] : 1.0) * l.size;
  if (need == have)
    return llvm::Error::success();
  std::string needText, haveText;
  for (auto [d, s] : need)
    needText += llvm::formatv("{0} {1}, ", layer.dims[d], s).str();
  for (auto [d, s] : have)
    haveText += llvm::formatv("{0} {1}, ", layer.dims[d], s).str();
  return llvm::createStringError(llvm::formatv(
      "layer '{0}': the temporal_ordering ({1}) does not cover the temporal "
      "loops left after spatial unrolling ({2})",
      layer.name, llvm::StringRef(haveText).drop_back(2),
      llvm::StringRef(needText).drop_back(2)));
}

int salsa::explore::runEvaluate(const EvaluateOptions &opts) {
  auto fail = [](llvm::Error err) {
    llvm::errs() << "salsa-explore: " << llvm::toString(std::move(err))
                 << "\n";
    return 1;
  };
  auto accel = io::readHardware(opts.hardware);
  if (!accel)
    return fail(accel.takeError());
  auto workload = io::readWorkload(opts.workload);
  if (!workload)
    return fail(workload.takeError());
  auto mapping = io::readMapping(opts.mapping);
  if (!mapping)
    return fail(mapping.takeError());
  const MappingType *type = &opts.mappingType;

  json::Array results;
  bool any = false;
  for (const io::WorkloadLayer &wl : *workload) {
    if (opts.layer && wl.id != *opts.layer)
      continue;
    any = true;
    auto layer = buildLayer(wl.spec);
    if (!layer)
      return fail(layer.takeError());
    const MappingEntry *entry =
        selectMapping(*mapping, layer->name, layer->operatorType);
    if (!entry)
      return fail(llvm::createStringError(llvm::formatv(
          "{0}: no mapping entry for layer '{1}' (nor for '{2}' or "
          "'default')",
          opts.mapping, layer->name, layer->operatorType)));
    auto bound = bindLayer(*layer, *accel, entry->links);
    if (!bound)
      return fail(bound.takeError());
    auto spatial = convertSpatialMapping(
        *bound, clipSpatialMapping(entry->spatial, *layer, *accel));
    if (!spatial)
      return fail(spatial.takeError());
    std::vector<Loop> ordering;
    for (auto &[dim, size] : entry->temporalOrdering) {
      int d = layer->findDim(dim);
      if (d < 0)
        continue; // ZigZag drops loops of dimensions the layer lacks.
      ordering.push_back({unsigned(d), double(size)});
    }
    std::vector<Loop> temporal = temporalLoops(*layer, spatial->fractionalLevels);
    if (entry->temporalOrdering.empty())
      return fail(llvm::createStringError(llvm::formatv(
          "{0}: mapping entry '{1}' has no temporal_ordering; evaluate needs "
          "a complete mapping (use `salsa-explore schedule` to search one)",
          opts.mapping, entry->name)));
    if (auto err = checkComplete(*layer, ordering, temporal))
      return fail(std::move(err));
    Allocator allocator(*bound, spatial->fractionalLevels, *type);
    TemporalMapping allocated;
    AllocationFailure why;
    if (!allocator.run(ordering, allocated, &why))
      return fail(llvm::createStringError(llvm::formatv(
          "layer '{0}': the temporal ordering does not fit: {1}", layer->name,
          why.describe(*bound))));
    CostModelOptions modelOptions;
    modelOptions.fixZigZagBugs = opts.fixZigZagBugs;
    CostModel model(*bound, *spatial, modelOptions);
    CostResult cost;
    std::string error;
    if (!model.evaluate(allocated, cost, &error))
      return fail(llvm::createStringError(error));
    LayerReport report{std::to_string(wl.id), *layer, *bound, *spatial, allocated, cost};
    if (opts.json)
      results.push_back(reportToJson(report));
    else
      printReport(llvm::outs(), report);
  }
  if (!any)
    return fail(llvm::createStringError(llvm::formatv(
        "{0}: no layer with id {1}", opts.workload, opts.layer.value_or(-1))));
  if (opts.json)
    llvm::outs() << llvm::formatv("{0:2}", json::Value(std::move(results)))
                 << "\n";
  return 0;
}
