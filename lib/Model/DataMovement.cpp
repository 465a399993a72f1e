//===- DataMovement.cpp - ZigZag's Mapping: data moved per level ----------===//

#include "DataMovement.h"

#include <cmath>

using namespace salsa;

double salsa::roundHalfEven(double v) { return std::nearbyint(v); }

LevelProducts
salsa::decoupledProducts(const Layer &layer, unsigned op,
                         llvm::ArrayRef<const std::vector<Loop> *> levels) {
  const LayerOperand &lop = layer.operands[op];
  LevelProducts p;
  // Per partial relation: cumulative sizes of its two loop dimensions and
  // the data size / reuse reached so far (ZigZag telescopes per loop).
  struct RelState {
    double sizes[kMaxLayerDims];
    double prevSize = 1, prevReuse = 1;
  };
  llvm::SmallVector<RelState, 2> rel(lop.partial.size());
  for (RelState &r : rel)
    std::fill(r.sizes, r.sizes + kMaxLayerDims, 1.0);
  const DimMask direct = lop.relevant | lop.irrelevant;

  for (unsigned lv = 0; lv < levels.size(); lv += 2) {
    double r = 1, ir = 1, notR = 1;
    bool irAboveOne = false;
    auto tag = [&](LoopTag t, double size) {
      if (t == LoopTag::Relevant) {
        r *= size;
        return;
      }
      notR *= size;
      if (t == LoopTag::Irrelevant) {
        ir *= size;
        irAboveOne |= size > 1;
      }
    };
    // A level is given as two segments (temporal part, spatial part).
    for (unsigned seg = lv; seg < lv + 2; ++seg) {
      if (!levels[seg])
        continue;
      for (const Loop &l : *levels[seg]) {
        DimMask bit = DimMask(1) << l.dim;
        if (lop.partial.empty() || (direct & bit)) {
          tag(lop.relevant & bit     ? LoopTag::Relevant
              : lop.irrelevant & bit ? LoopTag::Irrelevant
                                     : LoopTag::Other,
              l.size);
          continue;
        }
        bool matched = false;
        for (unsigned k = 0; k < lop.partial.size(); ++k) {
          const PartialRelation &pr = layer.relations[lop.partial[k]];
          if (l.dim != pr.dimA && l.dim != pr.dimB)
            continue;
          matched = true;
          RelState &st = rel[k];
          st.sizes[l.dim] *= l.size;
          double dataSize = layer.partialDimSize(lop.partial[k], st.sizes);
          double reuse = st.sizes[pr.dimA] * st.sizes[pr.dimB] / dataSize;
          if (pr.dimA == pr.dimB)
            reuse = st.sizes[pr.dimA] / dataSize;
          tag(LoopTag::Relevant, dataSize / st.prevSize);
          tag(LoopTag::Irrelevant, reuse / st.prevReuse);
          st.prevSize = dataSize;
          st.prevReuse = reuse;
        }
        if (!matched)
          tag(LoopTag::Other, l.size);
      }
    }
    p.relevant.push_back(r);
    p.irrelevant.push_back(ir);
    p.notRelevant.push_back(notR);
    p.irrelevantAboveOne.push_back(irAboveOne);
  }
  return p;
}

CostModel::SpatialInfo::SpatialInfo(const Layer &layer,
                                    const PerOperandLoops &spatialLevels)
    : levels(spatialLevels) {
  unsigned numOps = levels.size();
  unitCount.resize(numOps);
  unitUnique.resize(numOps);
  memBwBoost.resize(numOps);
  for (unsigned op = 0; op < numOps; ++op) {
    llvm::SmallVector<const std::vector<Loop> *, 16> segs;
    for (const std::vector<Loop> &level : levels[op]) {
      segs.push_back(nullptr);
      segs.push_back(&level);
    }
    LevelProducts p = decoupledProducts(layer, op, segs);
    unsigned A = levels[op].size();
    for (unsigned lv = 0; lv < A; ++lv) {
      double total = 1, unique = 1;
      for (unsigned l = lv; l < A; ++l) {
        total *= p.relevant[l] * p.notRelevant[l];
        unique *= p.relevant[l];
      }
      // ZigZag: round(round(prod, 3)).
      unitCount[op].push_back(
          roundHalfEven(roundHalfEven(total * 1000.0) / 1000.0));
      unitUnique[op].push_back(unique);
    }
    for (unsigned lv = 0; lv + 1 < A; ++lv)
      memBwBoost[op].push_back(
          roundHalfEven(unitUnique[op][lv] / unitUnique[op][lv + 1]));
  }
}

StationaryMapping::StationaryMapping(const Layer &layer,
                                     const PerOperandLoops &temporal)
    : levels(mergeDownStationary(layer, temporal, &macStationary)) {
  unsigned numOps = levels.size();
  cycleCabl.resize(numOps);
  topRelevant.resize(numOps);
  topIrrelevant.resize(numOps);
  for (unsigned op = 0; op < numOps; ++op) {
    const LayerOperand &lop = layer.operands[op];
    double cum = 1;
    topRelevant[op].push_back(1);
    topIrrelevant[op].push_back(1);
    for (const std::vector<Loop> &level : levels[op]) {
      double iterations = 1;
      for (const Loop &l : level)
        iterations *= l.size;
      cum *= iterations;
      cycleCabl[op].push_back(cum);
      double topR = 1, topIr = 1;
      for (auto it = level.rbegin(); it != level.rend(); ++it) {
        if (!(lop.relevant & (DimMask(1) << it->dim)))
          break;
        topR *= it->size;
      }
      for (auto it = level.rbegin(); it != level.rend(); ++it) {
        if (!(lop.irrelevant & (DimMask(1) << it->dim)))
          break;
        topIr *= it->size;
      }
      topRelevant[op].push_back(topR);
      topIrrelevant[op].push_back(topIr);
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
  out.totalCycle = tm.totalCycle;
  out.dataBitUnrolled.assign(numOps, {});
  out.effectiveDataBit.assign(numOps, {});
  out.movement.assign(numOps, {});
  const double total = tm.totalCycle;
  const int psumPrec = layer.operands[0].precision;
  const int finalPrec = layer.finalOutputPrecision;

  for (unsigned op = 0; op < numOps; ++op) {
    const LayerOperand &lop = layer.operands[op];
    const std::vector<std::vector<Loop>> &su = spatial.levels[op];
    const std::vector<std::vector<Loop>> &tl = tm.levels[op];
    const unsigned n = tl.size();
    const unsigned A = n + 1;

    // 1s1t: level lv holds the temporal loops of memory lv-1 and the spatial
    // loops of arch level lv; 1s2t: temporal of memory lv-1 and spatial of
    // arch level lv-1 (what one instance of memory lv-1 holds).
    llvm::SmallVector<const std::vector<Loop> *, 16> segs1, segs2;
    for (unsigned lv = 0; lv < A; ++lv) {
      segs1.push_back(lv ? &tl[lv - 1] : nullptr);
      segs1.push_back(&su[lv]);
      segs2.push_back(lv ? &tl[lv - 1] : nullptr);
      segs2.push_back(lv ? &su[lv - 1] : nullptr);
    }
    LevelProducts p1 = decoupledProducts(layer, op, segs1);
    LevelProducts p2 = decoupledProducts(layer, op, segs2);

    // Output: does a level above hold partial sums (an irrelevant loop > 1
    // above it)?
    llvm::SmallVector<bool, 8> psum(A, false);
    if (lop.isOutput)
      for (unsigned i = 0; i < A; ++i)
        for (unsigned l = i + 1; l < A; ++l)
          psum[i] = psum[i] || p1.irrelevantAboveOne[l];

    llvm::SmallVector<double, 8> prec(A), data(A), cycle(A), boost(A);
    auto &bits = out.dataBitUnrolled[op];
    auto &effective = out.effectiveDataBit[op];
    double cumR = 1;
    for (unsigned lv = 0; lv < A; ++lv) {
      prec[lv] = !lop.isOutput ? lop.precision
                 : psum[lv]    ? psumPrec
                               : finalPrec;
      cumR *= p2.relevant[lv];
      data[lv] = roundHalfEven(cumR);
      bits.push_back(data[lv] * prec[lv]);
      effective.push_back(std::floor(bits[lv] / tm.topRelevant[op][lv]));
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
    llvm::SmallVector<double, 10> caal(A + 2, 1.0);
    for (unsigned lv = 0; lv < A; ++lv) {
      double prod = 1;
      for (unsigned l = lv; l < A; ++l)
        prod *= p1.irrelevant[l];
      caal[lv] = prod;
    }
    const double outputElems = lop.isOutput ? layer.operandElements(op) : 0;

    auto &moves = out.movement[op];
    moves.resize(n);
    for (unsigned m = 0; m < n; ++m) {
      UnitMemMovement &u = moves[m];
      u = UnitMemMovement();
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
        if (psum[m]) {
          for (Way *w : {&u.reqBwAver, &u.period, &u.periodCount, &u.amount})
            at(*w, DataDir::RdOutToLow) = at(*w, DataDir::WrInByLow);
        }
        if (psum[m + 1]) {
          for (Way *w : {&u.reqBwAver, &u.period, &u.periodCount, &u.amount})
            at(*w, DataDir::WrInByHigh) = at(*w, DataDir::RdOutToHigh);
        }
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
      UnitMemMovement &top = moves[n - 1];
      for (Way *w : {&top.amount, &top.precision, &top.period,
                     &top.periodCount, &top.reqBwAver, &top.instWindow}) {
        at(*w, DataDir::RdOutToHigh) = 0;
        at(*w, DataDir::WrInByHigh) = 0;
      }
    }
  }
}
