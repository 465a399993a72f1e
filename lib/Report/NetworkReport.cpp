//===- NetworkReport.cpp - A network's schedules as an HTML page ----------===//

#include "salsa/Report/NetworkReport.h"

#include "SvgChart.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FormatVariadic.h"

using namespace salsa;
using namespace salsa::report;

LayerSummary salsa::report::summarize(const LayerReport &r) {
  LayerSummary s;
  s.label = r.layer.name.empty() ? r.id : r.id + " " + r.layer.name;
  const CostResult &c = r.cost;
  s.macEnergy = c.macEnergy;
  s.energyTotal = c.energyTotal;
  for (unsigned op = 0; op < r.bound.numOperands(); ++op)
    for (unsigned lv = 0; lv < c.numLevels[op]; ++lv)
      s.memoryParts.push_back(
          {r.bound.accel->memories[r.bound.levels[op][lv]].name,
           r.layer.operands[op].name, c.memEnergyBreakdown[op][lv]});
  s.latency = c.latencyTotal2;
  s.computeCycles = c.idealTemporalCycle;
  s.stallCycles = c.stallSlackComb;
  s.onloadCycles = c.dataOnloadingCycle;
  s.offloadCycles = c.dataOffloadingCycle;
  s.idealCycle = c.idealCycle;
  s.utilization = c.macUtilization2;
  s.spatialUtilization = c.macSpatialUtilization;
  return s;
}

static StackedBarChart energyChart(const NetworkReport &report) {
  StackedBarChart chart;
  chart.title = "Energy per layer, by memory level and operand";
  chart.valueLabel = "pJ";
  chart.series.push_back("MAC");
  // Series in order of first appearance, so the stacks follow the hierarchy.
  for (const LayerSummary &l : report.layers)
    for (const EnergyPart &p : l.memoryParts) {
      std::string name = p.memory + " / " + p.operand;
      if (!llvm::is_contained(chart.series, name))
        chart.series.push_back(name);
    }
  for (const LayerSummary &l : report.layers) {
    chart.categories.push_back(l.label);
    std::vector<double> stack(chart.series.size(), 0);
    stack[0] = l.macEnergy;
    for (const EnergyPart &p : l.memoryParts)
      stack[llvm::find(chart.series, p.memory + " / " + p.operand) -
            chart.series.begin()] += p.energy;
    chart.values.push_back(std::move(stack));
  }
  return chart;
}

static StackedBarChart latencyChart(const NetworkReport &report) {
  StackedBarChart chart;
  chart.title = "Latency per layer, with MAC utilization";
  chart.valueLabel = "cycles";
  chart.series = {"compute", "stalls", "on-loading", "off-loading"};
  chart.overlayLabel = "utilization";
  for (const LayerSummary &l : report.layers) {
    chart.categories.push_back(l.label);
    chart.values.push_back({l.computeCycles, std::max(0.0, l.stallCycles),
                            l.onloadCycles, l.offloadCycles});
    chart.overlay.push_back(std::clamp(l.utilization, 0.0, 1.0));
  }
  return chart;
}

namespace {
struct Totals {
  double energy = 0, latency = 0, seconds = 0;
  uint64_t evaluations = 0;
};
} // namespace

static Totals totalsOf(const NetworkReport &report) {
  Totals t;
  for (const LayerSummary &l : report.layers) {
    t.energy += l.energyTotal;
    t.latency += l.latency;
    t.seconds += l.seconds;
    t.evaluations += l.evaluations;
  }
  return t;
}

static void writeSearchTable(llvm::raw_ostream &os,
                             const NetworkReport &report,
                             const Totals &totals) {
  os << "<table>\n<tr><th>layer</th><th>energy (pJ)</th><th>latency "
        "(cycles)</th><th>utilization</th><th>spatial util.</th>"
        "<th>engine</th><th>orderings N</th><th>evaluations</th>"
        "<th>search (s)</th><th>proven optimal</th></tr>\n";
  for (const LayerSummary &l : report.layers) {
    os << llvm::formatv(
        "<tr><td>{0}</td><td>{1}</td><td>{2}</td><td>{3:f1}%</td>"
        "<td>{4:f1}%</td><td title='{5}'>{6}</td><td>{7}</td><td>{8}</td>"
        "<td>{9:f3}</td><td>{10}</td></tr>\n",
        escapeXml(l.label), compactNumber(l.energyTotal),
        compactNumber(l.latency), 100 * l.utilization,
        100 * l.spatialUtilization, escapeXml(l.reason), escapeXml(l.engine),
        escapeXml(l.orderings), l.evaluations, l.seconds,
        l.provenOptimal ? "yes" : "no");
  }
  os << llvm::formatv("<tr class='total'><td>total</td><td>{0}</td><td>{1}"
                      "</td><td></td><td></td><td></td><td></td><td>{2}</td>"
                      "<td>{3:f3}</td><td></td></tr>\n</table>\n",
                      compactNumber(totals.energy),
                      compactNumber(totals.latency), totals.evaluations,
                      totals.seconds);
}

void salsa::report::writeHtml(llvm::raw_ostream &os,
                              const NetworkReport &report) {
  const Totals totals = totalsOf(report);
  os << "<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n"
     << "<title>" << escapeXml(report.title) << "</title>\n"
     << "<style>\nbody{font-family:sans-serif;margin:2em;color:#222}\n"
        "table{border-collapse:collapse;font-size:13px}\n"
        "td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}\n"
        "td:first-child,th:first-child{text-align:left}\n"
        "tr.total{font-weight:bold}\nsvg{display:block;margin:1em 0}\n"
        "</style>\n</head>\n<body>\n";
  os << "<h1>" << escapeXml(report.title) << "</h1>\n";
  os << llvm::formatv("<p>Accelerator <b>{0}</b>, objective <b>{1}</b>: {2} "
                      "layers, total energy <b>{3} pJ</b>, total latency "
                      "<b>{4} cycles</b>.</p>\n",
                      escapeXml(report.accelerator),
                      escapeXml(report.objective), report.layers.size(),
                      compactNumber(totals.energy),
                      compactNumber(totals.latency));
  drawStackedBars(os, energyChart(report));
  drawStackedBars(os, latencyChart(report));
  os << "<h2>Schedules and search</h2>\n";
  writeSearchTable(os, report, totals);
  os << "<p>Energies and latencies from salsa's reproduction of ZigZag's cost "
        "model; hover a bar segment for its value.</p>\n</body>\n</html>\n";
}
