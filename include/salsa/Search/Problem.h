//===- Problem.h - A layer's temporal scheduling problem --------*- C++ -*-===//
//
// The problem model, apart from any IR (the shape of CIRCT's Scheduling
// library): a layer bound to a target with a fixed spatial mapping, the
// loop prime factors left to order, the allocator's mapping type, the
// objective and the user's constraints on the order. Engines are free
// functions over it (Engines.h).
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_SEARCH_PROBLEM_H
#define SALSA_SEARCH_PROBLEM_H

#include "salsa/Model/Allocator.h"
#include "salsa/Model/CostModel.h"
#include "salsa/Search/Factorization.h"

#include "llvm/Support/Error.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace salsa {

/// Pareto: the energy-latency front; the schedule kept is its least-energy
/// point (the energy objective's optimum).
enum class Objective : uint8_t { Energy, Latency, EnergyDelay, Pareto };
llvm::ArrayRef<EnumName<Objective>> objectiveNames();
llvm::StringRef objectiveName(Objective o);
/// The unit of an objective's value: pJ, cycles, pJ*cycles.
llvm::StringRef objectiveUnit(Objective o);
std::optional<Objective> parseObjective(llvm::StringRef name);

/// Constraints on the temporal order, over layer dimensions: every loop of
/// `inner` must run inside (below) every loop of `outer`. "K outermost" is
/// K after every other dimension; "OX innermost" is OX before all others.
struct OrderConstraint {
  unsigned inner, outer;
};

/// A layer on a target with its spatial mapping fixed, ready for temporal
/// scheduling. Owns everything the engines touch.
class ScheduleProblem {
public:
  /// Binds `layer` to `accel` with `links` and `spatial` (a user-level
  /// spatial mapping, already legal for the layer, e.g. from
  /// generateSpatialMappings). `model` configures the cost model every
  /// engine and bound of the problem reads.
  static llvm::Expected<std::unique_ptr<ScheduleProblem>>
  create(Layer layer, Accelerator accel, OperandLinks links,
         UserSpatialMapping spatial, MappingType type = MappingType::Uneven,
         Objective objective = Objective::Energy,
         std::vector<OrderConstraint> constraints = {},
         CostModelOptions model = {});

  const Layer &layer() const { return layerStorage; }
  const Accelerator &accelerator() const { return accelStorage; }
  const BoundLayer &bound() const { return boundStorage; }
  const SpatialMappings &spatial() const { return spatialStorage; }
  const UserSpatialMapping &userSpatial() const { return userSpatialStorage; }
  MappingType mappingType() const { return type; }
  Objective objective() const { return objectiveKind; }
  const std::vector<OrderConstraint> &constraints() const {
    return orderConstraints;
  }
  /// Temporal loops after spatial unrolling, and their prime factors.
  const std::vector<Loop> &temporalLoops() const { return temporal; }
  const std::vector<Loop> &primeFactors() const { return lpfs; }
  /// Distinct orderings of the prime factors (ignoring constraints).
  OrderingCount orderingCount() const { return countOrderings(lpfs); }

  const Allocator &allocator() const { return *alloc; }
  const CostModel &costModel() const { return *model; }

  /// Does a spatial loop of a dimension the output does not depend on (a
  /// reduction across PEs) sit above the output's memory level `level`?
  /// Then partial sums, not final outputs, live there.
  bool spatialReductionAbove(unsigned level) const;

  /// Does `ordering` respect the order constraints?
  bool satisfiesConstraints(llvm::ArrayRef<Loop> ordering) const;

  /// The checks every problem must pass before a search: sizes within
  /// salsa's limits, constraints naming existing dimensions and acyclic.
  llvm::Error check() const;

private:
  ScheduleProblem() = default;
  Layer layerStorage;
  Accelerator accelStorage;
  BoundLayer boundStorage;
  UserSpatialMapping userSpatialStorage;
  SpatialMappings spatialStorage;
  MappingType type = MappingType::Uneven;
  Objective objectiveKind = Objective::Energy;
  std::vector<OrderConstraint> orderConstraints;
  std::vector<Loop> temporal, lpfs;
  std::unique_ptr<Allocator> alloc;
  std::unique_ptr<CostModel> model;
};

/// One scheduled layer: the loop order (innermost first), its allocation to
/// memory levels, and its cost.
struct Schedule {
  std::vector<Loop> ordering;
  TemporalMapping mapping;
  CostResult cost;
};

/// The objective's value and ZigZag-compatible tie-breaks: energy then
/// latency (as ZigZag's MinimalEnergyStage), latency then energy, or EDP
/// then energy; remaining ties go to the lexicographically smaller ordering
/// so results never depend on evaluation order or thread count.
struct ObjectiveKey {
  double primary = 0, secondary = 0;
  static ObjectiveKey of(Objective o, const CostResult &cost);
};
/// The value ties are decided on: the figure rounded to 36 significant
/// bits (a relative 1.5e-11 to 2.9e-11), so that figures equal but for the
/// last bits of sums taken in another order tie, and the next key decides,
/// in every engine. Monotone: a <= b gives tieValue(a) <= tieValue(b).
double tieValue(double x);
/// How exact the exact engine's bounds and tabulated figures are, relative:
/// they sum the cost model's terms in another order.
constexpr double kBoundMargin = 1e-14;
/// Where a lower bound `lb` (exact to kBoundMargin) puts every figure it
/// bounds, against
/// `best` in tieValue terms: +1 each is larger (loses), 0 some may tie,
/// -1 some may be smaller.
int compareBound(double lb, double best);

/// Strictly better (primary, secondary, each by tieValue, then ordering).
bool isBetter(const ObjectiveKey &a, llvm::ArrayRef<Loop> orderingA,
              const ObjectiveKey &b, llvm::ArrayRef<Loop> orderingB);
/// The same for two schedules, each keyed by `objective`.
bool isBetter(Objective objective, const Schedule &a, const Schedule &b);

/// The energy-latency non-dominated schedules of one problem: no kept
/// schedule has another with at most its energy and latency and less of
/// one; of schedules with equal energy and latency the lexicographically
/// smaller ordering stays. The set does not depend on the order of offers.
class ParetoFront {
public:
  /// Keeps `s` if nothing kept dominates or equals-and-precedes it, and
  /// drops what it dominates. True if kept.
  bool offer(const Schedule &s);
  /// Some kept point, or a point of `extra`, has at most this energy and
  /// latency and less of one: nothing with these can be on the front.
  bool dominates(double energy, double latency) const;
  /// Foreign points (another spatial candidate's front) that dominate
  /// without being kept.
  std::vector<std::pair<double, double>> extra;
  /// By increasing energy (decreasing latency).
  const std::vector<Schedule> &points() const { return kept; }

private:
  std::vector<Schedule> kept;
};

/// Why no ordering fits: the allocator's complaint (operand and memory) for
/// the prime factors in their natural order.
std::string describeMisfit(const ScheduleProblem &problem);

/// Evaluates one ordering: allocation then the cost model. Returns false if
/// the ordering does not fit the memories (or violates nothing else).
bool evaluateOrdering(const ScheduleProblem &problem,
                      llvm::ArrayRef<Loop> ordering, Schedule &out);

} // namespace salsa

#endif // SALSA_SEARCH_PROBLEM_H
