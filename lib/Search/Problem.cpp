//===- Problem.cpp - A layer's temporal scheduling problem ----------------===//

#include "salsa/Search/Problem.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>
#include <functional>
#include <tuple>

using namespace salsa;

static constexpr EnumName<Objective> kObjectives[] = {
    {Objective::Energy, "energy", "total energy (ZigZag's default), then latency"},
    {Objective::Latency, "latency", "latency in cycles, then energy"},
    {Objective::EnergyDelay, "edp", "energy x latency, then energy"},
    {Objective::Pareto, "pareto",
     "the energy-latency Pareto front (kept: its least-energy schedule)"},
};

llvm::ArrayRef<EnumName<Objective>> salsa::objectiveNames() {
  return kObjectives;
}
llvm::StringRef salsa::objectiveName(Objective o) {
  return nameOf(objectiveNames(), o);
}

llvm::StringRef salsa::objectiveUnit(Objective o) {
  switch (o) {
  case Objective::Energy:
    return "pJ";
  case Objective::Latency:
    return "cycles";
  case Objective::EnergyDelay:
    return "pJ*cycles";
  case Objective::Pareto:
    return "pJ";
  }
  return "";
}
std::optional<Objective> salsa::parseObjective(llvm::StringRef name) {
  return lookupName(objectiveNames(), name);
}

llvm::Expected<std::unique_ptr<ScheduleProblem>>
ScheduleProblem::create(Layer layer, Accelerator accel, OperandLinks links,
                        UserSpatialMapping spatial, MappingType type,
                        Objective objective,
                        std::vector<OrderConstraint> constraints,
                        CostModelOptions model) {
  std::unique_ptr<ScheduleProblem> p(new ScheduleProblem());
  p->layerStorage = std::move(layer);
  p->accelStorage = std::move(accel);
  p->type = type;
  p->objectiveKind = objective;
  p->orderConstraints = std::move(constraints);
  auto bound = bindLayer(p->layerStorage, p->accelStorage, links);
  if (!bound)
    return bound.takeError();
  p->boundStorage = std::move(*bound);
  p->userSpatialStorage = std::move(spatial);
  auto converted = convertSpatialMapping(p->boundStorage, p->userSpatialStorage);
  if (!converted)
    return converted.takeError();
  p->spatialStorage = std::move(*converted);
  p->temporal = salsa::temporalLoops(p->layerStorage,
                                     p->spatialStorage.fractionalLevels);
  p->lpfs = salsa::primeFactors(p->temporal);
  if (auto err = p->check())
    return std::move(err);
  p->alloc = std::make_unique<Allocator>(
      p->boundStorage, p->spatialStorage.fractionalLevels, type);
  p->model = std::make_unique<CostModel>(p->boundStorage, p->spatialStorage,
                                        model);
  return p;
}

bool ScheduleProblem::spatialReductionAbove(unsigned level) const {
  const unsigned out = layerStorage.outputIndex();
  const LayerOperand &o = layerStorage.operands[out];
  const LevelLoops &levels = spatialStorage.fractionalLevels[out];
  for (unsigned s = level + 1; s < levels.size(); ++s)
    for (const Loop &l : levels[s])
      if (l.size > 1 && (o.irrelevant & (DimMask(1) << l.dim)))
        return true;
  return false;
}

llvm::Error ScheduleProblem::check() const {
  if (lpfs.size() > kMaxTemporalLoops)
    return llvm::createStringError(llvm::formatv(
        "layer '{0}' has {1} temporal loop prime factors; at most {2} are "
        "supported",
        layerStorage.name, lpfs.size(), kMaxTemporalLoops));
  unsigned numDims = layerStorage.dims.size();
  for (const OrderConstraint &c : orderConstraints)
    if (c.inner >= numDims || c.outer >= numDims || c.inner == c.outer)
      return llvm::createStringError(
          "an order constraint names a dimension the layer lacks or relates "
          "a dimension to itself");
  // The constraints must admit an order: no cycle among dimensions.
  std::vector<int> state(numDims, 0); // 0 new, 1 on stack, 2 done
  std::function<bool(unsigned)> cyclic = [&](unsigned d) {
    state[d] = 1;
    for (const OrderConstraint &c : orderConstraints)
      if (c.inner == d &&
          (state[c.outer] == 1 || (state[c.outer] == 0 && cyclic(c.outer))))
        return true;
    state[d] = 2;
    return false;
  };
  for (unsigned d = 0; d < numDims; ++d)
    if (state[d] == 0 && cyclic(d))
      return llvm::createStringError(llvm::formatv(
          "the order constraints of layer '{0}' contradict each other (a "
          "cycle through dimension '{1}')",
          layerStorage.name, layerStorage.dims[d]));
  return llvm::Error::success();
}

bool ScheduleProblem::satisfiesConstraints(llvm::ArrayRef<Loop> ordering) const {
  if (orderConstraints.empty())
    return true;
  // Position of the first and last loop of each dimension.
  int first[kMaxLayerDims], last[kMaxLayerDims];
  std::fill(first, first + kMaxLayerDims, -1);
  std::fill(last, last + kMaxLayerDims, -1);
  for (unsigned i = 0; i < ordering.size(); ++i) {
    unsigned d = ordering[i].dim;
    if (first[d] < 0)
      first[d] = i;
    last[d] = i;
  }
  for (const OrderConstraint &c : orderConstraints)
    if (first[c.outer] >= 0 && last[c.inner] >= 0 &&
        last[c.inner] > first[c.outer])
      return false;
  return true;
}

ObjectiveKey ObjectiveKey::of(Objective o, const CostResult &cost) {
  switch (o) {
  case Objective::Energy:
    return {cost.energyTotal, cost.latencyTotal2};
  case Objective::Latency:
    return {cost.latencyTotal2, cost.energyTotal};
  case Objective::EnergyDelay:
    return {cost.energyTotal * cost.latencyTotal2, cost.energyTotal};
  case Objective::Pareto:
    return {cost.energyTotal, cost.latencyTotal2};
  }
  return {};
}

double salsa::tieValue(double x) {
  if (x == 0 || !std::isfinite(x))
    return x;
  int exponent;
  double mantissa = std::frexp(x, &exponent); // |mantissa| in [0.5, 1)
  // Exact: scaling by powers of two and rounding to an integer.
  return std::ldexp(std::round(std::ldexp(mantissa, 36)), exponent - 36);
}

int salsa::compareBound(double lb, double best) {
  if (std::isnan(lb) || std::isnan(best) || lb == -HUGE_VAL || best == HUGE_VAL)
    return -1;
  if (lb == HUGE_VAL)
    return 1;
  const double x = lb - std::abs(lb) * kBoundMargin;
  // Far from the best: no rounding needed (a tie cell is <3e-11 wide).
  if (x > best + std::abs(best) * 1e-10)
    return 1;
  if (x < best - std::abs(best) * 1e-10)
    return -1;
  const double a = tieValue(x), b = tieValue(best);
  return a > b ? 1 : a < b ? -1 : 0;
}

bool salsa::isBetter(const ObjectiveKey &a, llvm::ArrayRef<Loop> orderingA,
                     const ObjectiveKey &b, llvm::ArrayRef<Loop> orderingB) {
  if (a.primary != b.primary && tieValue(a.primary) != tieValue(b.primary))
    return a.primary < b.primary;
  if (a.secondary != b.secondary &&
      tieValue(a.secondary) != tieValue(b.secondary))
    return a.secondary < b.secondary;
  auto key = [](const Loop &l) { return std::make_tuple(l.dim, l.size); };
  return std::lexicographical_compare(
      orderingA.begin(), orderingA.end(), orderingB.begin(), orderingB.end(),
      [&](const Loop &x, const Loop &y) { return key(x) < key(y); });
}

bool salsa::isBetter(Objective objective, const Schedule &a,
                     const Schedule &b) {
  return isBetter(ObjectiveKey::of(objective, a.cost), a.ordering,
                  ObjectiveKey::of(objective, b.cost), b.ordering);
}

std::string salsa::describeMisfit(const ScheduleProblem &problem) {
  TemporalMapping tm;
  AllocationFailure why;
  if (problem.allocator().run(problem.primeFactors(), tm, &why))
    return "no ordering satisfies the order constraints";
  return why.describe(problem.bound());
}

bool salsa::evaluateOrdering(const ScheduleProblem &problem,
                             llvm::ArrayRef<Loop> ordering, Schedule &out) {
  if (!problem.allocator().run(ordering, out.mapping))
    return false;
  if (!problem.costModel().evaluate(out.mapping, out.cost))
    return false;
  out.ordering.assign(ordering.begin(), ordering.end());
  return true;
}

static bool lexLess(llvm::ArrayRef<Loop> a, llvm::ArrayRef<Loop> b) {
  return isBetter(ObjectiveKey(), a, ObjectiveKey(), b);
}

bool ParetoFront::dominates(double energy, double latency) const {
  auto over = [&](double e, double l) {
    return e <= energy && l <= latency && (e < energy || l < latency);
  };
  for (const Schedule &p : kept)
    if (over(p.cost.energyTotal, p.cost.latencyTotal2))
      return true;
  for (auto [e, l] : extra)
    if (over(e, l))
      return true;
  return false;
}

bool ParetoFront::offer(const Schedule &s) {
  const double e = s.cost.energyTotal, l = s.cost.latencyTotal2;
  if (dominates(e, l))
    return false;
  for (const Schedule &p : kept)
    if (p.cost.energyTotal == e && p.cost.latencyTotal2 == l &&
        !lexLess(s.ordering, p.ordering))
      return false;
  llvm::erase_if(kept, [&](const Schedule &p) {
    return e <= p.cost.energyTotal && l <= p.cost.latencyTotal2;
  });
  auto at = llvm::partition_point(kept, [&](const Schedule &p) {
    return p.cost.energyTotal < e;
  });
  kept.insert(at, s);
  return true;
}
