//===- DataMovement.cpp - ZigZag's Mapping: data moved per level ----------===//

#include "DataMovement.h"
#include "FastArith.h"
#include "Multiversion.h"

#include <cmath>

using namespace salsa;

DimRoles::DimRoles(const Layer &layer, unsigned op) {
  const LayerOperand &lop = layer.operands[op];
  numRel = std::min<unsigned>(lop.partial.size(), 2);
  for (unsigned k = 0; k < numRel; ++k)
    relIndex[k] = lop.partial[k];
  for (unsigned d = 0; d < kMaxLayerDims; ++d) {
    const DimMask bit = DimMask(1) << d;
    relations[d] = 0;
    // A loop the operand indexes directly (or any loop when it has no
    // partial relation) is relevant, irrelevant or neither; otherwise each
    // partial relation naming its dimension takes it.
    if (numRel != 0 && !((lop.relevant | lop.irrelevant) & bit))
      for (unsigned k = 0; k < numRel; ++k) {
        const PartialRelation &pr = layer.relations[relIndex[k]];
        if (d == pr.dimA || d == pr.dimB)
          relations[d] |= 1u << k;
      }
    role[d] = (lop.relevant & bit)     ? Relevant
              : (lop.irrelevant & bit) ? Irrelevant
              : relations[d]           ? Partial
                                       : Other;
  }
}

SALSA_INLINE_INTO_CLONES void Decoupler::addPartial(const Loop &l,
                                                  LevelAccum &level) {
  for (unsigned k = 0; k < roles.numRel; ++k) {
    if (!((roles.relations[l.dim] >> k) & 1))
      continue;
    const unsigned relIndex = roles.relIndex[k];
    const PartialRelation &pr = layer.relations[relIndex];
    RelState &st = rel[k];
    if (l.dim == pr.dimA)
      st.a *= l.size;
    else
      st.b *= l.size;
    // A relation of one dimension with itself reads that dimension's size
    // for both terms, as ZigZag's per-dimension size table does.
    double sizeA = pr.dimA == pr.dimB ? st.b : st.a;
    double dataSize =
        integerSizes ? layer.partialDimSizeOfIntegers(relIndex, sizeA, st.b)
                     : layer.partialDimSize(relIndex, sizeA, st.b);
    double reuse = st.a * st.b / dataSize;
    double sizeStep = dataSize / st.prevSize;
    double reuseStep = reuse / st.prevReuse;
    level.relevant *= sizeStep;
    level.notRelevant *= reuseStep;
    level.irrelevant *= reuseStep;
    level.irrelevantAboveOne |= reuseStep > 1;
    st.prevSize = dataSize;
    st.prevReuse = reuse;
  }
}

void salsa::decoupledProducts(const Layer &layer, unsigned op,
                              llvm::ArrayRef<LevelSegments> levels,
                              LevelProducts &out) {
  DimRoles roles(layer, op);
  Decoupler decoupler(layer, roles);
  for (unsigned lv = 0; lv < levels.size(); ++lv) {
    LevelAccum acc = LevelAccum::empty();
    decoupler.add(levels[lv].first, acc);
    decoupler.add(levels[lv].second, acc);
    out.relevant[lv] = acc.relevant;
    out.irrelevant[lv] = acc.irrelevant;
    out.notRelevant[lv] = acc.notRelevant;
    out.irrelevantAboveOne[lv] = acc.irrelevantAboveOne;
  }
}

CostModel::SpatialInfo::SpatialInfo(const Layer &layer,
                                    const PerOperandLoops &spatialLevels)
    : levels(spatialLevels) {
  for (unsigned op = 0; op < levels.size(); ++op) {
    roles[op] = DimRoles(layer, op);
    const unsigned A = levels[op].size();
    for (const std::vector<Loop> &level : levels[op])
      for (const Loop &l : level)
        integral &= isIntegral(l.size);
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

/// ZigZag's two views of an operand's architecture levels, decoupled:
/// `unrolled` (1s1t) level lv holds the temporal loops of memory lv-1 and
/// the spatial loops of arch level lv; `perInstance` (1s2t) the temporal
/// loops of memory lv-1 and the spatial loops of arch level lv-1 (what one
/// instance of memory lv-1 holds). Only the output reads `unrolled`.
SALSA_INLINE_INTO_CLONES static void levelProducts(const Layer &layer, const DimRoles &roles,
                          const LevelLoops &su, const TemporalMapping &tm,
                          unsigned op, bool integerSizes, bool withUnrolled,
                          LevelAccum *unrolled, LevelAccum *perInstance) {
  const unsigned A = tm.numLevels[op] + 1;
  auto temporal = [&](unsigned lv) {
    return lv ? tm.level(op, lv - 1) : llvm::ArrayRef<Loop>();
  };
  if (roles.numRel == 0) {
    // Nothing telescopes across levels: the two views share each level's
    // temporal part (the same multiplications in the same order).
    Decoupler d(layer, roles, integerSizes);
    for (unsigned lv = 0; lv < A; ++lv) {
      LevelAccum t = LevelAccum::empty();
      d.add(temporal(lv), t);
      if (withUnrolled) {
        unrolled[lv] = t;
        d.add(su[lv], unrolled[lv]);
      }
      perInstance[lv] = t;
      if (lv)
        d.add(su[lv - 1], perInstance[lv]);
    }
    return;
  }
  Decoupler di(layer, roles, integerSizes), du(layer, roles, integerSizes);
  for (unsigned lv = 0; lv < A; ++lv) {
    perInstance[lv] = LevelAccum::empty();
    di.add(temporal(lv), perInstance[lv]);
    if (lv)
      di.add(su[lv - 1], perInstance[lv]);
    if (withUnrolled) {
      unrolled[lv] = LevelAccum::empty();
      du.add(temporal(lv), unrolled[lv]);
      du.add(su[lv], unrolled[lv]);
    }
  }
}

/// Is `v` a half-integer to rounding (a product of loop sizes, one of them
/// fractional, in some association)?
static bool nearHalf(double v) {
  return std::abs(v - (std::floor(v) + 0.5)) <=
         1e-9 * std::max(1.0, std::abs(v));
}

/// The nearest integer, a half-integer to rounding going up or down as
/// asked.
static double roundNearHalf(double v, bool up) {
  if (!nearHalf(v))
    return roundHalfEven(v);
  return std::floor(v) + (up ? 1 : 0);
}

SALSA_MULTIVERSION
void salsa::computeMappingFigures(const BoundLayer &bound,
                                  const CostModel::SpatialInfo &spatial,
                                  const StationaryMapping &tm,
                                  bool sameDataNoAccess, MappingFigures &out,
                                  CostModel::HalfTies ties,
                                  unsigned onlyOperand) {
  const Layer &layer = *bound.layer;
  const unsigned numOps = bound.numOperands();
  const double total = tm.totalCycle;
  const int psumPrec = layer.operands[0].precision;
  const int finalPrec = layer.finalOutputPrecision;
  out.halfIntegerData = false;

  for (unsigned op = 0; op < numOps; ++op) {
    if (onlyOperand != kAllOperands && op != onlyOperand)
      continue;
    const LayerOperand &lop = layer.operands[op];
    const LevelLoops &su = spatial.levels[op];
    const unsigned n = tm.mapping.numLevels[op];
    const unsigned A = n + 1;

    LevelAccum unrolled[kMaxArchLevels], perInstance[kMaxArchLevels];
    levelProducts(layer, spatial.roles[op], su, tm.mapping, op,
                  /*integerSizes=*/tm.exactCycles && spatial.integral,
                  /*withUnrolled=*/lop.isOutput, unrolled, perInstance);

    // Output: does a level above hold partial sums (an irrelevant loop > 1
    // above it)?
    bool psum[kMaxArchLevels + 1] = {};
    if (lop.isOutput)
      for (unsigned i = A; i-- > 0;)
        psum[i] = psum[i + 1] ||
                  (i + 1 < A && unrolled[i + 1].irrelevantAboveOne);

    // Per architecture level: precision, data held, cycles per period and
    // the figures derived from them (each used by the memory levels on
    // either side).
    double prec[kMaxArchLevels], data[kMaxArchLevels], cycle[kMaxArchLevels],
        boost[kMaxArchLevels], count[kMaxArchLevels], period[kMaxArchLevels];
    double *lowRaw = out.lowRaw[op];
    double cumR = 1;
    for (unsigned lv = 0; lv < A; ++lv) {
      prec[lv] = !lop.isOutput ? lop.precision
                 : psum[lv]    ? psumPrec
                               : finalPrec;
      cumR *= perInstance[lv].relevant;
      if (ties == CostModel::HalfTies::AsComputed) {
        data[lv] = roundHalfEven(cumR);
        // Products of integers are integers to rounding: no tie.
        if (!spatial.integral)
          out.halfIntegerData |= nearHalf(cumR);
      } else {
        data[lv] = roundNearHalf(cumR, ties == CostModel::HalfTies::Up);
      }
      out.dataBitUnrolled[op][lv] = data[lv] * prec[lv];
      if (lv == 0)
        cycle[lv] = (!lop.isOutput && sameDataNoAccess) ? tm.macStationary[op]
                                                        : 1.0;
      else
        cycle[lv] = tm.cycleCabl[op][lv - 1];
      boost[lv] = lv < n ? spatial.memBwBoost[op][lv] : 1.0;
      lowRaw[lv] = data[lv] * prec[lv] / cycle[lv];
      out.highRaw[op][lv] = lowRaw[lv] * boost[lv];
      // With exact cycles the quotient is an exact integer.
      count[lv] = tm.exactCycles ? total / cycle[lv]
                                 : std::floor(total / cycle[lv]);
      period[lv] = tm.exactCycles ? cycle[lv] : std::trunc(cycle[lv]);
    }

    // Output reuse above each level (ZigZag output_ir_loop_size_caal).
    double caal[kMaxArchLevels + 2];
    caal[A] = caal[A + 1] = 1.0;
    for (unsigned lv = 0; lv < A && lop.isOutput; ++lv) {
      double prod = 1;
      for (unsigned l = lv; l < A; ++l)
        prod *= unrolled[l].irrelevant;
      caal[lv] = prod;
    }
    const double outputElems = lop.isOutput ? layer.operandElements(op) : 0;

    for (unsigned m = 0; m < n; ++m) {
      UnitMemMovement &u = out.movement[op][m];
      if (!lop.isOutput) {
        // An input is read out to the level below and written in from the
        // level above; the other two directions stay 0.
        auto lowHigh = [](double low, double high) -> Way {
          return {low, 0, 0, high};
        };
        static_assert(unsigned(DataDir::RdOutToLow) == 0 &&
                      unsigned(DataDir::WrInByHigh) == 3);
        u.amount = lowHigh(data[m] * boost[m], data[m + 1]);
        u.precision = lowHigh(lop.precision, lop.precision);
        u.period = lowHigh(period[m], period[m + 1]);
        u.periodCount = lowHigh(count[m], count[m + 1]);
      } else {
        u = UnitMemMovement{};
        at(u.period, DataDir::WrInByLow) = period[m];
        at(u.periodCount, DataDir::WrInByLow) = count[m];
        // ZigZag truncates data * boost, a product of two integers: an
        // integer already (exact, or rounded to a double above 2^53).
        at(u.amount, DataDir::WrInByLow) = data[m] * boost[m];
        at(u.period, DataDir::RdOutToHigh) = period[m + 1];
        at(u.periodCount, DataDir::RdOutToHigh) = count[m + 1];
        at(u.amount, DataDir::RdOutToHigh) = data[m + 1];
        // Partial sums are read back down only where they are partial.
        if (psum[m])
          for (Way *w : {&u.period, &u.periodCount, &u.amount})
            at(*w, DataDir::RdOutToLow) = at(*w, DataDir::WrInByLow);
        if (psum[m + 1])
          for (Way *w : {&u.period, &u.periodCount, &u.amount})
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
    }
    // Traffic between the top memory and the outside world is not counted.
    if (n > 0) {
      UnitMemMovement &top = out.movement[op][n - 1];
      for (Way *w : {&top.amount, &top.precision, &top.period,
                     &top.periodCount}) {
        at(*w, DataDir::RdOutToHigh) = 0;
        at(*w, DataDir::WrInByHigh) = 0;
      }
    }
  }
}
