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

#include <cmath>

using namespace salsa;

void CostModel::linksFromFigures(const TemporalMapping &temporal, unsigned op,
                                 const MappingFigures &fig,
                                 const MappingFigures &figF,
                                 LinkFigures &out) const {
  // Only the operand's levels: the tables read no other.
  for (unsigned lv = 0; lv < temporal.numLevels[op]; ++lv)
    for (unsigned d = 0; d < kNumDataDirs; ++d) {
      LinkFigure &f = out[op][lv][d];
      f = LinkFigure();
      const UnitMemMovement &u = fig.movement[op][lv];
      f.count = u.periodCount[d];
      f.period = u.period[d]; // integral (UnitMemMovement)
      f.cycles = realTransferCycles(u, d, ports->bwMax[op][lv][d]);
      if (ports->bwMax[op][lv][d] > 0)
        f.onceMinimum =
            std::ceil(fig.dataBitUnrolled[op][1] / ports->bwMax[op][lv][d]);
      // As computeLatency's effective use divides it.
      const unsigned arch = crossedLevel(lv, d);
      if (arch >= 1)
        f.share =
            figF.dataBitUnrolled[op][arch] / ports->sizeBits[op][arch - 1];
      if (f.count > 1)
        f.requiredBandwidth = fig.requiredBandwidth(op, lv, d);
    }
}

std::vector<CostModel::PortLinks> CostModel::portLinks() const {
  std::vector<PortLinks> out;
  for (const PortPlan::Port &port : ports->ports) {
    PortLinks &p = out.emplace_back();
    p.sharedByInputs = port.sharedByInputs;
    p.bandwidthMax = port.bandwidthMax;
    for (const PortPlan::Use &use : port.uses)
      p.links.push_back({use.op, use.lv, use.dir, use.loads});
  }
  return out;
}
