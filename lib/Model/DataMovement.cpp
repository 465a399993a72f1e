//===- DataMovement.cpp - ZigZag's Mapping: data moved per level ----------===//

#include "DataMovement.h"

#include <cmath>

using namespace salsa;

double salsa::roundHalfEven(double v) { return std::nearbyint(v); }

void salsa::decoupledProducts(const Layer &layer, unsigned op,
                              llvm::ArrayRef<LevelSegments> levels,
                              LevelProducts &out) {
  const LayerOperand &lop = layer.operands[op];
  // Per partial relation: cumulative sizes of its two loop dimensions and
  // the data size / reuse reached so far (ZigZag telescopes per loop).
  struct RelState {
    double a = 1, b = 1;
    double prevSize = 1, prevReuse = 1;
  };
  RelState rel[2];
  const unsigned numRel = std::min<unsigned>(lop.partial.size(), 2);
  const DimMask direct = lop.relevant | lop.irrelevant;

  for (unsigned lv = 0; lv < levels.size(); ++lv) {
    double r = 1, ir = 1, notR = 1;
    bool irAboveOne = false;
    for (llvm::ArrayRef<Loop> seg : {levels[lv].first, levels[lv].second}) {
      for (const Loop &l : seg) {
        DimMask bit = DimMask(1) << l.dim;
        if (numRel == 0 || (direct & bit)) {
          if (lop.relevant & bit) {
            r *= l.size;
          } else {
            notR *= l.size;
            if (lop.irrelevant & bit) {
              ir *= l.size;
              irAboveOne |= l.size > 1;
            }
          }
          continue;
        }
        bool matched = false;
        for (unsigned k = 0; k < numRel; ++k) {
          const PartialRelation &pr = layer.relations[lop.partial[k]];
          if (l.dim != pr.dimA && l.dim != pr.dimB)
            continue;
          matched = true;
          RelState &st = rel[k];
          if (l.dim == pr.dimA)
            st.a *= l.size;
          else
            st.b *= l.size;
          double sizes[kMaxLayerDims];
          sizes[pr.dimA] = st.a;
          sizes[pr.dimB] = st.b;
          double dataSize = layer.partialDimSize(lop.partial[k], sizes);
          double reuse = st.a * st.b / dataSize;
          double sizeStep = dataSize / st.prevSize;
          double reuseStep = reuse / st.prevReuse;
          r *= sizeStep;
          notR *= reuseStep;
          ir *= reuseStep;
          irAboveOne |= reuseStep > 1;
          st.prevSize = dataSize;
          st.prevReuse = reuse;
        }
        if (!matched)
          notR *= l.size;
      }
    }
    out.relevant[lv] = r;
    out.irrelevant[lv] = ir;
    out.notRelevant[lv] = notR;
    out.irrelevantAboveOne[lv] = irAboveOne;
  }
}

CostModel::SpatialInfo::SpatialInfo(const Layer &layer,
                                    const PerOperandLoops &spatialLevels)
    : levels(spatialLevels) {
  for (unsigned op = 0; op < levels.size(); ++op) {
    const unsigned A = levels[op].size();
    LevelSegments segs[kMaxArchLevels];
    for (unsigned lv = 0; lv < A; ++lv)
      segs[lv] = {{}, levels[op][lv]};
    LevelProducts p;
    decoupledProducts(layer, op, llvm::ArrayRef(segs, A), p);
    for (unsigned lv = 0; lv < A; ++lv) {
      double total = 1, unique = 1;
      for (unsigned l = lv; l < A; ++l) {
        total *= p.relevant[l] * p.notRelevant[l];
        unique *= p.relevant[l];
      }
      // ZigZag: round(round(prod, 3)).
      unitCount[op][lv] = roundHalfEven(roundHalfEven(total * 1000.0) / 1000.0);
      unitUnique[op][lv] = unique;
    }
    for (unsigned lv = 0; lv + 1 < A; ++lv)
      memBwBoost[op][lv] =
          roundHalfEven(unitUnique[op][lv] / unitUnique[op][lv + 1]);
  }
}

void StationaryMapping::compute(const Layer &layer,
                                const TemporalMapping &temporal) {
  mapping = temporal;
  mergeDownStationary(layer, mapping, macStationary);
  for (unsigned op = 0; op < mapping.numOperands; ++op) {
    const LayerOperand &lop = layer.operands[op];
    double cum = 1;
    topRelevant[op][0] = 1;
    topIrrelevant[op][0] = 1;
    for (unsigned lv = 0; lv < mapping.numLevels[op]; ++lv) {
      llvm::ArrayRef<Loop> level = mapping.level(op, lv);
      double iterations = 1;
      for (const Loop &l : level)
        iterations *= l.size;
      cum *= iterations;
      cycleCabl[op][lv] = cum;
      double topR = 1, topIr = 1;
      for (auto it = level.rbegin(); it != level.rend(); ++it) {
        if (!((lop.relevant >> it->dim) & 1))
          break;
        topR *= it->size;
      }
      for (auto it = level.rbegin(); it != level.rend(); ++it) {
        if (!((lop.irrelevant >> it->dim) & 1))
          break;
        topIr *= it->size;
      }
      topRelevant[op][lv + 1] = topR;
      topIrrelevant[op][lv + 1] = topIr;
    }
    if (op == 0)
      totalCycle = cum;
  }
}

void salsa::computeMappingFigures(const BoundLayer &bound,
                                  const CostModel::SpatialInfo &spatial,
                                  const StationaryMapping &tm,
                                  bool sameDataNoAccess, MappingFigures &out) {
  const Layer &layer = *bound.layer;
  const unsigned numOps = bound.numOperands();
  const double total = tm.totalCycle;
  const int psumPrec = layer.operands[0].precision;
  const int finalPrec = layer.finalOutputPrecision;

  for (unsigned op = 0; op < numOps; ++op) {
    const LayerOperand &lop = layer.operands[op];
    const LevelLoops &su = spatial.levels[op];
    const unsigned n = tm.mapping.numLevels[op];
    const unsigned A = n + 1;

    // 1s1t: level lv holds the temporal loops of memory lv-1 and the spatial
    // loops of arch level lv; 1s2t: temporal of memory lv-1 and spatial of
    // arch level lv-1 (what one instance of memory lv-1 holds).
    LevelSegments segs1[kMaxArchLevels], segs2[kMaxArchLevels];
    for (unsigned lv = 0; lv < A; ++lv) {
      llvm::ArrayRef<Loop> tl =
          lv ? tm.mapping.level(op, lv - 1) : llvm::ArrayRef<Loop>();
      segs1[lv] = {tl, su[lv]};
      segs2[lv] = {tl, lv ? llvm::ArrayRef<Loop>(su[lv - 1])
                          : llvm::ArrayRef<Loop>()};
    }
    LevelProducts p1, p2;
    decoupledProducts(layer, op, llvm::ArrayRef(segs1, A), p1);
    decoupledProducts(layer, op, llvm::ArrayRef(segs2, A), p2);

    // Output: does a level above hold partial sums (an irrelevant loop > 1
    // above it)?
    bool psum[kMaxArchLevels + 1] = {};
    if (lop.isOutput)
      for (unsigned i = A; i-- > 0;)
        psum[i] = psum[i + 1] || (i + 1 < A && p1.irrelevantAboveOne[i + 1]);

    double prec[kMaxArchLevels], data[kMaxArchLevels], cycle[kMaxArchLevels],
        boost[kMaxArchLevels];
    double cumR = 1;
    for (unsigned lv = 0; lv < A; ++lv) {
      prec[lv] = !lop.isOutput ? lop.precision
                 : psum[lv]    ? psumPrec
                               : finalPrec;
      cumR *= p2.relevant[lv];
      data[lv] = roundHalfEven(cumR);
      out.dataBitUnrolled[op][lv] = data[lv] * prec[lv];
      out.effectiveDataBit[op][lv] =
          std::floor(out.dataBitUnrolled[op][lv] / tm.topRelevant[op][lv]);
      if (lv == 0)
        cycle[lv] = (!lop.isOutput && sameDataNoAccess) ? tm.macStationary[op]
                                                        : 1.0;
      else
        cycle[lv] = tm.cycleCabl[op][lv - 1];
      boost[lv] = lv < n ? spatial.memBwBoost[op][lv] : 1.0;
    }
    auto lowRaw = [&](unsigned lv) { return data[lv] * prec[lv] / cycle[lv]; };
    auto highRaw = [&](unsigned lv) { return lowRaw(lv) * boost[lv]; };
    auto count = [&](unsigned lv) { return std::floor(total / cycle[lv]); };

    // Output reuse above each level (ZigZag output_ir_loop_size_caal).
    double caal[kMaxArchLevels + 2];
    caal[A] = caal[A + 1] = 1.0;
    for (unsigned lv = 0; lv < A; ++lv) {
      double prod = 1;
      for (unsigned l = lv; l < A; ++l)
        prod *= p1.irrelevant[l];
      caal[lv] = prod;
    }
    const double outputElems = lop.isOutput ? layer.operandElements(op) : 0;

    for (unsigned m = 0; m < n; ++m) {
      UnitMemMovement &u = out.movement[op][m];
      u = UnitMemMovement{};
      if (!lop.isOutput) {
        at(u.amount, DataDir::RdOutToLow) = data[m] * boost[m];
        at(u.amount, DataDir::WrInByHigh) = data[m + 1];
        at(u.precision, DataDir::RdOutToLow) = lop.precision;
        at(u.precision, DataDir::WrInByHigh) = lop.precision;
        at(u.period, DataDir::RdOutToLow) = std::trunc(cycle[m]);
        at(u.period, DataDir::WrInByHigh) = std::trunc(cycle[m + 1]);
        at(u.periodCount, DataDir::RdOutToLow) = count(m);
        at(u.periodCount, DataDir::WrInByHigh) = count(m + 1);
        at(u.reqBwAver, DataDir::RdOutToLow) = std::trunc(highRaw(m));
        at(u.reqBwAver, DataDir::WrInByHigh) = std::trunc(lowRaw(m + 1));
      } else {
        at(u.reqBwAver, DataDir::WrInByLow) = std::trunc(highRaw(m));
        at(u.period, DataDir::WrInByLow) = std::trunc(cycle[m]);
        at(u.periodCount, DataDir::WrInByLow) = count(m);
        at(u.amount, DataDir::WrInByLow) = std::trunc(data[m] * boost[m]);
        at(u.reqBwAver, DataDir::RdOutToHigh) = std::trunc(lowRaw(m + 1));
        at(u.period, DataDir::RdOutToHigh) = std::trunc(cycle[m + 1]);
        at(u.periodCount, DataDir::RdOutToHigh) = count(m + 1);
        at(u.amount, DataDir::RdOutToHigh) = data[m + 1];
        // Partial sums are read back down only where they are partial.
        if (psum[m])
          for (Way *w : {&u.reqBwAver, &u.period, &u.periodCount, &u.amount})
            at(*w, DataDir::RdOutToLow) = at(*w, DataDir::WrInByLow);
        if (psum[m + 1])
          for (Way *w : {&u.reqBwAver, &u.period, &u.periodCount, &u.amount})
            at(*w, DataDir::WrInByHigh) = at(*w, DataDir::RdOutToHigh);
        double rdLowElems = std::trunc(outputElems * (caal[m + 1] - 1));
        double wrHighElems = std::trunc(outputElems * (caal[m + 2] - 1));
        at(u.precision, DataDir::WrInByLow) =
            rdLowElems != 0 ? psumPrec : finalPrec;
        at(u.precision, DataDir::RdOutToLow) = rdLowElems != 0 ? psumPrec : 0;
        at(u.precision, DataDir::WrInByHigh) =
            wrHighElems != 0 ? psumPrec : 0;
        at(u.precision, DataDir::RdOutToHigh) =
            wrHighElems != 0 ? psumPrec : finalPrec;
      }
      double curr = std::trunc(tm.topIrrelevant[op][m]);
      double next = std::trunc(tm.topIrrelevant[op][m + 1]);
      for (unsigned d = 0; d < kNumDataDirs; ++d) {
        DataDir dir = DataDir(d);
        bool high = dir == DataDir::RdOutToHigh || dir == DataDir::WrInByHigh;
        u.instWindow[d] = std::trunc(u.period[d] / (high ? next : curr));
      }
    }
    // Traffic between the top memory and the outside world is not counted.
    if (n > 0) {
      UnitMemMovement &top = out.movement[op][n - 1];
      for (Way *w : {&top.amount, &top.precision, &top.period,
                     &top.periodCount, &top.reqBwAver, &top.instWindow}) {
        at(*w, DataDir::RdOutToHigh) = 0;
        at(*w, DataDir::WrInByHigh) = 0;
      }
    }
  }
}
