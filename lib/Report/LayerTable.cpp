//===- LayerTable.cpp - A scheduled layer for people and tools ------------===//

#include "salsa/Report/LayerTable.h"

#include "salsa/IO/ReferenceVectors.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"

using namespace salsa;
using namespace salsa::report;
namespace json = llvm::json;

json::Object salsa::report::temporalToJson(const Layer &layer,
                                            const TemporalMapping &temporal) {
  json::Object obj;
  for (unsigned op = 0; op < temporal.numOperands; ++op) {
    json::Array levels;
    for (unsigned lv = 0; lv < temporal.numLevels[op]; ++lv)
      levels.push_back(io::loopsToJson(temporal.level(op, lv), layer));
    obj[layer.operands[op].name] = std::move(levels);
  }
  return obj;
}

static std::string formatSize(double size) {
  if (size == std::trunc(size))
    return llvm::formatv("{0}", int64_t(size));
  return llvm::formatv("{0:f2}", size);
}

void salsa::report::printReport(llvm::raw_ostream &os,
                                 const LayerReport &r) {
  const Layer &layer = r.layer;
  const Accelerator &accel = *r.bound.accel;
  const unsigned numOps = r.bound.numOperands();
  os << llvm::formatv("layer {0} '{1}' ({2}) on {3}\n", r.id, layer.name,
                      layer.operatorType, accel.name);
  // The temporal loops in one global order; each operand cuts it into its
  // memory levels.
  llvm::ArrayRef<Loop> order = r.temporal.order;
  std::vector<std::vector<std::string>> where(order.size(),
                                              std::vector<std::string>(numOps));
  for (unsigned op = 0; op < numOps; ++op)
    for (unsigned lv = 0; lv < r.temporal.numLevels[op]; ++lv)
      for (unsigned p = r.temporal.cut[op][lv]; p < r.temporal.cut[op][lv + 1];
           ++p)
        where[p][op] = accel.memories[r.bound.levels[op][lv]].name;
  os << llvm::formatv("  {0,-22}", "loop (outer first)");
  for (unsigned op = 0; op < numOps; ++op)
    os << llvm::formatv("{0,-16}", layer.operands[op].name);
  os << "\n";
  for (unsigned i = order.size(); i-- > 0;) {
    std::string loop = llvm::formatv("for {0} in {1}", layer.dims[order[i].dim],
                                     formatSize(order[i].size));
    os << llvm::formatv("  {0,-22}", loop);
    for (unsigned op = 0; op < numOps; ++op)
      os << llvm::formatv("{0,-16}", where[i][op]);
    os << "\n";
  }
  std::string spatial;
  for (const SpatialUnroll &u : r.spatial.fractional)
    spatial += llvm::formatv("{0}{1} {2} over {3}", spatial.empty() ? "" : ", ",
                             u.layerDim, formatSize(u.factor), u.arrayDim)
                   .str();
  os << "  parfor " << (spatial.empty() ? "(none)" : spatial) << "\n";

  const CostResult &c = r.cost;
  os << llvm::formatv("  energy {0:e} pJ = MAC {1:e} + memory {2:e}\n",
                      c.energyTotal, c.macEnergy, c.memEnergy);
  os << llvm::formatv("  {0,-8}{1,-14}{2,14}{3,14}{4,14}{5,14}{6,14}\n",
                      "operand", "memory", "energy (pJ)", "rd to low",
                      "wr from low", "rd to high", "wr from high");
  for (unsigned op = 0; op < numOps; ++op)
    for (unsigned lv = 0; lv < c.numLevels[op]; ++lv) {
      const FourWay &w = c.memoryWordAccess[op][lv];
      os << llvm::formatv("  {0,-8}{1,-14}{2,14:e}{3,14}{4,14}{5,14}{6,14}\n",
                          layer.operands[op].name,
                          accel.memories[r.bound.levels[op][lv]].name,
                          c.memEnergyBreakdown[op][lv], formatSize(w[0]),
                          formatSize(w[1]), formatSize(w[2]),
                          formatSize(w[3]));
    }
  os << llvm::formatv("  latency {0} cycles = compute {1} + stalls {2} + "
                      "on-loading {3} + off-loading {4}\n",
                      formatSize(c.latencyTotal2),
                      formatSize(c.idealTemporalCycle),
                      formatSize(c.stallSlackComb),
                      formatSize(c.dataOnloadingCycle),
                      formatSize(c.dataOffloadingCycle));
  os << llvm::formatv("  utilization {0:p} spatial, {1:p} overall (ideal {2} "
                      "cycles)\n",
                      c.macSpatialUtilization, c.macUtilization2,
                      formatSize(c.idealCycle));
}

json::Object salsa::report::reportToJson(const LayerReport &r) {
  const CostResult &c = r.cost;
  const Layer &layer = r.layer;
  json::Object breakdown, words;
  for (unsigned op = 0; op < r.bound.numOperands(); ++op) {
    json::Array e, w;
    for (unsigned lv = 0; lv < c.numLevels[op]; ++lv) {
      e.push_back(c.memEnergyBreakdown[op][lv]);
      json::Object dirs;
      for (unsigned d = 0; d < kNumDataDirs; ++d)
        dirs[dataDirName(DataDir(d))] = c.memoryWordAccess[op][lv][d];
      w.push_back(std::move(dirs));
    }
    breakdown[layer.operands[op].name] = std::move(e);
    words[layer.operands[op].name] = std::move(w);
  }
  json::Object spatial;
  for (const SpatialUnroll &u : r.spatial.fractional) {
    json::Array *list = spatial.getArray(u.arrayDim);
    if (!list) {
      spatial[u.arrayDim] = json::Array();
      list = spatial.getArray(u.arrayDim);
    }
    list->push_back(json::Array{u.layerDim, u.factor});
  }
  return json::Object{
      {"layer", r.id},
      {"name", layer.name},
      {"accelerator", r.bound.accel->name},
      {"spatial_mapping", std::move(spatial)},
      {"temporal_mapping", temporalToJson(layer, r.temporal)},
      {"energy_total", c.energyTotal},
      {"mac_energy", c.macEnergy},
      {"mem_energy", c.memEnergy},
      {"mem_energy_breakdown", std::move(breakdown)},
      {"memory_word_access", std::move(words)},
      {"latency_total0", c.latencyTotal0},
      {"latency_total1", c.latencyTotal1},
      {"latency_total2", c.latencyTotal2},
      {"ideal_cycle", c.idealCycle},
      {"ideal_temporal_cycle", c.idealTemporalCycle},
      {"stall_slack_comb", c.stallSlackComb},
      {"data_onloading_cycle", c.dataOnloadingCycle},
      {"data_offloading_cycle", c.dataOffloadingCycle},
      {"mac_spatial_utilization", c.macSpatialUtilization},
      {"mac_utilization0", c.macUtilization0},
      {"mac_utilization1", c.macUtilization1},
      {"mac_utilization2", c.macUtilization2},
  };
}
