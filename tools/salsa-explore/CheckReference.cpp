//===- CheckReference.cpp - salsa-explore check-reference -----------------===//
//
// Replays ZigZag's cost-model vectors: allocator on each ordering, cost
// model on the allocation, every figure compared with ZigZag's.
//
//===----------------------------------------------------------------------===//

#include "Commands.h"

#include "salsa/IO/ReferenceVectors.h"
#include "salsa/IO/ZigZagFiles.h"
#include "salsa/Model/Allocator.h"
#include "salsa/Model/CostModel.h"
#include "salsa/Model/SpatialGeneration.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>

using namespace salsa;
using namespace salsa::explore;
namespace json = llvm::json;

namespace {
/// Collects the mismatches of one vector.
struct Comparison {
  std::string id;
  std::vector<std::string> mismatches;

  void number(llvm::StringRef field, double ours, std::optional<double> theirs,
              double tolerance) {
    if (!theirs) {
      mismatches.push_back(
          llvm::formatv("{0}: {1}: missing in the reference", id, field));
      return;
    }
    double err = std::abs(ours - *theirs) /
                 std::max(std::abs(*theirs), 1e-300);
    if (ours == *theirs || err <= tolerance)
      return;
    mismatches.push_back(
        llvm::formatv("{0}: {1}: ours {2}, theirs {3}, rel.err {4:e}", id,
                      field, ours, *theirs, err));
  }
  void text(llvm::StringRef field, const std::string &ours,
            const std::string &theirs) {
    if (ours != theirs)
      mismatches.push_back(llvm::formatv("{0}: {1}: ours {2}, theirs {3}", id,
                                         field, ours, theirs));
  }
  void failure(llvm::StringRef field, const llvm::Twine &msg) {
    mismatches.push_back(llvm::formatv("{0}: {1}: {2}", id, field, msg.str()));
  }
};

std::string renderLevels(const PerOperandLoops &loops, const Layer &layer,
                         unsigned op) {
  json::Array levels;
  for (const std::vector<Loop> &level : loops[op])
    levels.push_back(io::loopsToJson(level, layer));
  std::string s;
  llvm::raw_string_ostream os(s);
  os << json::Value(std::move(levels));
  return s;
}

/// Compares loops per operand and level: dims exactly, sizes to 1e-9.
/// Spatial loops of one level are unordered: ZigZag lists them in the
/// iteration order of a Python set, and only their product matters.
void compareLevels(Comparison &cmp, llvm::StringRef field,
                   PerOperandLoops ours, const json::Value *theirsJson,
                   const Layer &layer, bool unordered = false) {
  auto theirs = io::parsePerOperandLoops(theirsJson, layer);
  if (!theirs) {
    cmp.failure(field, llvm::toString(theirs.takeError()));
    return;
  }
  if (unordered)
    for (PerOperandLoops *side : {&ours, &*theirs})
      for (LevelLoops &levels : *side)
        for (std::vector<Loop> &level : levels)
          llvm::sort(level, [](const Loop &a, const Loop &b) {
            return a.dim < b.dim;
          });
  for (unsigned op = 0; op < layer.operands.size(); ++op) {
    bool same = ours[op].size() == (*theirs)[op].size();
    for (unsigned lv = 0; same && lv < ours[op].size(); ++lv) {
      const auto &a = ours[op][lv], &b = (*theirs)[op][lv];
      same = a.size() == b.size();
      for (unsigned i = 0; same && i < a.size(); ++i)
        same = a[i].dim == b[i].dim &&
               std::abs(a[i].size - b[i].size) <= 1e-9 * std::abs(b[i].size);
    }
    if (!same)
      cmp.text((field + "." + layer.operands[op].name).str(),
               renderLevels(ours, layer, op),
               renderLevels(*theirs, layer, op));
  }
}

void compareCosts(Comparison &cmp, const CostResult &res,
                  const json::Object &expected, const Layer &layer,
                  const CheckOptions &opts) {
  double e = opts.energyTolerance, l = opts.latencyTolerance;
  cmp.number("energy_total", res.energyTotal,
             expected.getNumber("energy_total"), e);
  cmp.number("mac_energy", res.macEnergy, expected.getNumber("mac_energy"), e);
  cmp.number("mem_energy", res.memEnergy, expected.getNumber("mem_energy"), e);
  const json::Object *breakdown = expected.getObject("mem_energy_breakdown");
  const json::Object *words = expected.getObject("memory_word_access");
  for (unsigned op = 0; op < layer.operands.size(); ++op) {
    const std::string &name = layer.operands[op].name;
    const json::Array *levels = breakdown ? breakdown->getArray(name) : nullptr;
    const json::Array *wordLevels = words ? words->getArray(name) : nullptr;
    if (!levels || levels->size() != res.numLevels[op]) {
      cmp.failure("mem_energy_breakdown." + name,
                  "level count differs from the reference");
      continue;
    }
    for (unsigned lv = 0; lv < levels->size(); ++lv) {
      std::string f = llvm::formatv("mem_energy_breakdown.{0}[{1}]", name, lv);
      cmp.number(f, res.memEnergyBreakdown[op][lv], (*levels)[lv].getAsNumber(),
                 e);
      const json::Object *w =
          wordLevels && lv < wordLevels->size()
              ? (*wordLevels)[lv].getAsObject()
              : nullptr;
      for (unsigned d = 0; d < kNumDataDirs; ++d) {
        llvm::StringRef dir = dataDirName(DataDir(d));
        std::string wf =
            llvm::formatv("memory_word_access.{0}[{1}].{2}", name, lv, dir);
        cmp.number(wf, res.memoryWordAccess[op][lv][d],
                   w ? w->getNumber(dir) : std::nullopt, e);
      }
    }
  }
  cmp.number("latency_total0", res.latencyTotal0,
             expected.getNumber("latency_total0"), l);
  cmp.number("latency_total1", res.latencyTotal1,
             expected.getNumber("latency_total1"), l);
  cmp.number("latency_total2", res.latencyTotal2,
             expected.getNumber("latency_total2"), l);
  cmp.number("ideal_cycle", res.idealCycle, expected.getNumber("ideal_cycle"),
             1e-12);
  cmp.number("ideal_temporal_cycle", res.idealTemporalCycle,
             expected.getNumber("ideal_temporal_cycle"), 1e-12);
  cmp.number("mac_spatial_utilization", res.macSpatialUtilization,
             expected.getNumber("mac_spatial_utilization"), 1e-9);
  for (auto [field, ours] :
       {std::pair{"mac_utilization0", res.macUtilization0},
        std::pair{"mac_utilization1", res.macUtilization1},
        std::pair{"mac_utilization2", res.macUtilization2}})
    cmp.number(field, ours, expected.getNumber(field), l);
  if (opts.strictLatencyTerms) {
    cmp.number("stall_slack_comb", res.stallSlackComb,
               expected.getNumber("stall_slack_comb"), l);
    cmp.number("data_onloading_cycle", res.dataOnloadingCycle,
               expected.getNumber("data_onloading_cycle"), l);
    cmp.number("data_offloading_cycle", res.dataOffloadingCycle,
               expected.getNumber("data_offloading_cycle"), l);
  }
}

std::string renderSpatial(UserSpatialMapping m) {
  llvm::sort(m, [](const SpatialUnroll &a, const SpatialUnroll &b) {
    return std::tie(a.arrayDim, a.layerDim) < std::tie(b.arrayDim, b.layerDim);
  });
  std::string s;
  for (const SpatialUnroll &u : m)
    s += llvm::formatv("{0}:{1}={2} ", u.arrayDim, u.layerDim, u.factor).str();
  return s;
}

/// Checks one vector; returns its mismatches. `mapping` is the target's
/// mapping file, when the inputs have one.
std::vector<std::string>
checkVector(io::ReferenceRecord &rec, const Accelerator &accel,
            const std::vector<MappingEntry> *mapping,
            const CheckOptions &opts) {
  Comparison cmp{rec.id, {}};
  auto layer = buildLayer(rec.layer);
  if (!layer) {
    cmp.failure("layer", llvm::toString(layer.takeError()));
    return cmp.mismatches;
  }
  io::orderSpatialMapping(rec.spatial, accel);
  auto bound = bindLayer(*layer, accel, rec.links);
  if (!bound) {
    cmp.failure("memory_operand_links", llvm::toString(bound.takeError()));
    return cmp.mismatches;
  }
  // The record's spatial mapping is ZigZag's generator output; ours must
  // produce it from the mapping file's entry for the layer.
  if (mapping) {
    if (const MappingEntry *entry =
            selectMapping(*mapping, layer->name, layer->operatorType)) {
      auto fromFile = generateSpatialMappings(*bound, entry->spatial);
      cmp.text("spatial_mapping (from mapping file)",
               renderSpatial(fromFile.front()), renderSpatial(rec.spatial));
    }
  }
  auto spatial = convertSpatialMapping(*bound, rec.spatial);
  if (!spatial) {
    cmp.failure("spatial_mapping", llvm::toString(spatial.takeError()));
    return cmp.mismatches;
  }
  const json::Object &raw = rec.raw;
  compareLevels(cmp, "spatial_mapping_internal", spatial->fractionalLevels,
                raw.get("spatial_mapping_internal"), *layer, true);
  compareLevels(cmp, "spatial_mapping_int_internal", spatial->integerLevels,
                raw.get("spatial_mapping_int_internal"), *layer, true);

  std::vector<Loop> temporal = temporalLoops(*layer, spatial->fractionalLevels);
  if (const json::Object *tl = raw.getObject("temporal_loops")) {
    std::string ours, theirs;
    for (const Loop &l : temporal)
      ours += llvm::formatv("{0}={1} ", layer->dims[l.dim], l.size).str();
    for (const Loop &l : temporal)
      if (auto v = tl->getNumber(layer->dims[l.dim]))
        theirs += llvm::formatv("{0}={1} ", layer->dims[l.dim], *v).str();
    if (tl->size() != temporal.size())
      theirs += "(" + std::to_string(tl->size()) + " dims)";
    cmp.text("temporal_loops", ours, theirs);
  }

  auto ordering = io::parseLoops(raw.get("ordering"), *layer);
  if (!ordering) {
    cmp.failure("ordering", llvm::toString(ordering.takeError()));
    return cmp.mismatches;
  }
  Allocator allocator(*bound, spatial->fractionalLevels, rec.mappingType);
  TemporalMapping allocated;
  AllocationFailure why;
  if (!allocator.run(*ordering, allocated, &why)) {
    cmp.failure("allocated", "rejected: " + why.describe(*bound));
    return cmp.mismatches;
  }
  compareLevels(cmp, "allocated", allocated.toLoops(), raw.get("allocated"),
                *layer);
  if (raw.get("allocated_stationary")) {
    TemporalMapping stationary = allocated;
    mergeDownStationary(*layer, stationary);
    compareLevels(cmp, "allocated_stationary", stationary.toLoops(),
                  raw.get("allocated_stationary"), *layer);
  }

  CostModel model(*bound, *spatial);
  CostResult res;
  std::string error;
  if (!model.evaluate(allocated, res, &error)) {
    cmp.failure("cost_model", error);
    return cmp.mismatches;
  }
  if (const json::Object *expected = raw.getObject("expected"))
    compareCosts(cmp, res, *expected, *layer, opts);
  else
    cmp.failure("expected", "missing");
  return cmp.mismatches;
}
} // namespace

int salsa::explore::runCheckReference(const CheckOptions &opts) {
  auto buffer = llvm::MemoryBuffer::getFileOrSTDIN(opts.file, /*IsText=*/true);
  if (!buffer) {
    llvm::errs() << "salsa-explore: " << opts.file
                 << ": cannot read: " << buffer.getError().message() << "\n";
    return 2;
  }
  llvm::StringMap<Accelerator> accelerators;
  llvm::StringMap<std::optional<std::vector<MappingEntry>>> mappings;
  unsigned passed = 0, failed = 0, lineNo = 0;
  llvm::SmallVector<llvm::StringRef, 0> lines;
  (*buffer)->getBuffer().split(lines, '\n');
  for (llvm::StringRef line : lines) {
    ++lineNo;
    if (line.trim().empty())
      continue;
    auto rec = io::parseReferenceRecord(line, opts.file, lineNo);
    if (!rec) {
      llvm::outs() << llvm::toString(rec.takeError()) << "\n";
      ++failed;
      continue;
    }
    auto it = accelerators.find(rec->accelerator);
    if (it == accelerators.end()) {
      llvm::SmallString<256> path(opts.inputs);
      llvm::sys::path::append(path, "hardware", rec->accelerator + ".yaml");
      auto accel = io::readHardware(path);
      if (!accel) {
        llvm::outs() << rec->id << ": hardware: "
                     << llvm::toString(accel.takeError()) << "\n";
        ++failed;
        continue;
      }
      it = accelerators.insert({rec->accelerator, std::move(*accel)}).first;
    }
    auto mit = mappings.find(rec->accelerator);
    if (mit == mappings.end()) {
      // ZigZag names meta_prototype's mapping meta_prototype_like.yaml.
      std::optional<std::vector<MappingEntry>> entries;
      for (std::string stem : {rec->accelerator, rec->accelerator + "_like"}) {
        llvm::SmallString<256> path(opts.inputs);
        llvm::sys::path::append(path, "mapping", stem + ".yaml");
        if (!llvm::sys::fs::exists(path))
          continue;
        auto read = io::readMapping(path);
        if (!read) {
          llvm::outs() << rec->id << ": mapping: "
                       << llvm::toString(read.takeError()) << "\n";
          break;
        }
        entries = std::move(*read);
        break;
      }
      mit = mappings.insert({rec->accelerator, std::move(entries)}).first;
    }
    std::vector<std::string> mismatches = checkVector(
        *rec, it->second, mit->second ? &*mit->second : nullptr, opts);
    for (const std::string &m : mismatches)
      llvm::outs() << m << "\n";
    (mismatches.empty() ? passed : failed)++;
  }
  llvm::outs() << passed << " passed, " << failed << " failed\n";
  return failed == 0 ? 0 : 1;
}
