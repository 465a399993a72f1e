//===- LinkFigures.cpp - Per-link transfer figures for latency bounds -----===//
//
// The exact engine bounds ZigZag's latency by the busiest port: every link
// a port carries costs its transfer cycles once per period after the first
// (computeLatency's stall and updating windows add up to that, less a union
// window no longer than the layer's temporal cycles). These are the figures
// it tabulates; computeLatency stays the one place the latency is defined.
//
//===----------------------------------------------------------------------===//

#include "DataMovement.h"
#include "Latency.h"

using namespace salsa;

void CostModel::linkFigures(const TemporalMapping &temporal,
                            LinkFigures &out) const {
  StationaryMapping tm;
  tm.compute(*boundLayer.layer, temporal);
  MappingFigures fig;
  computeMappingFigures(boundLayer, sameSpatial ? *fractional : *integer, tm,
                        options.sameDataNoAccess, fig);
  for (unsigned op = 0; op < boundLayer.numOperands(); ++op)
    for (unsigned lv = 0; lv < kMaxLevels; ++lv)
      for (unsigned d = 0; d < kNumDataDirs; ++d) {
        LinkFigure &f = out[op][lv][d];
        f = LinkFigure();
        if (lv >= temporal.numLevels[op])
          continue;
        const UnitMemMovement &u = fig.movement[op][lv];
        f.count = u.periodCount[d];
        f.period = u.period[d]; // integral (UnitMemMovement)
        f.cycles = realTransferCycles(u, d, ports->bwMax[op][lv][d]);
      }
}

std::vector<std::vector<CostModel::LinkId>> CostModel::portLinks() const {
  std::vector<std::vector<LinkId>> out;
  for (const PortPlan::Port &port : ports->ports) {
    out.emplace_back();
    for (const PortPlan::Use &use : port.uses)
      out.back().push_back({use.op, use.lv, use.dir});
  }
  return out;
}
