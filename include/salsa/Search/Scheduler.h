//===- Scheduler.h - The one path from a layer to a schedule ----*- C++ -*-===//
//
// Every front end (salsa-schedule, salsa-explore, the benches, the fuzzers,
// the tests) schedules a layer through scheduleLayer: it resolves the
// precisions, binds the layer to the target once, generates the spatial
// mapping candidates, searches each with the chosen engine, keeps the best
// under one rule, verifies it against its problem, and returns it with the
// engine's certificate and reasons. No IR here (CIRCT's Scheduling shape:
// the problem and its check/verify apart from any pass).
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_SEARCH_SCHEDULER_H
#define SALSA_SEARCH_SCHEDULER_H

#include "salsa/Model/Target.h"
#include "salsa/Search/Engines.h"

namespace salsa {

/// What a front end does with a layer scheduleLayer refuses.
enum class OnError : uint8_t { Fail, Skip };
llvm::ArrayRef<EnumName<OnError>> onErrorNames();

/// Everything about how a layer is scheduled: the rows of
/// SchedulerOptions.def in groups Search (in `search`) and Scheduler.
struct SchedulerOptions {
  SearchOptions search;
#define SALSA_OPTION(G, TYPE, FIELD, FLAG, DEFAULT, HELP)                     \
  SALSA_ONLY_Scheduler(G)(TYPE FIELD = DEFAULT;)
#define SALSA_LIST_OPTION(G, FIELD, FLAG, HELP)                               \
  SALSA_ONLY_Scheduler(G)(std::vector<std::string> FIELD;)
#include "salsa/Search/SchedulerOptions.def"

  /// Option errors that do not depend on a layer (a malformed
  /// `precisions`), so front ends can report them once, up front.
  llvm::Error check() const;
};

/// Where a layer's own precisions came from; it decides whether the
/// target's precisions replace them.
enum class LayerPrecisions : uint8_t {
  /// Element types of IR (f32, i8 x i8 -> i32): what the program stores,
  /// not what the datapath computes at; the target's precisions win.
  ElementTypes,
  /// A ZigZag workload's operand_precision: chosen for this layer; they win
  /// over the target's.
  Workload,
};

/// One layer to schedule.
struct LayerRequest {
  /// The layer. Its precisions are resolved as: the `precisions` option >
  /// (for element types) the target's > the layer's own > (for workloads)
  /// the target's; `precisions=from-ir` keeps the layer's own.
  LayerSpec spec;
  const Target *target = nullptr;
  /// Use exactly this spatial mapping and these links (a problem record
  /// that ZigZag already clipped) instead of the target's mapping entry and
  /// the candidate generator.
  std::optional<UserSpatialMapping> fixedSpatial;
  std::optional<OperandLinks> fixedLinks;
  LayerPrecisions layerPrecisions = LayerPrecisions::ElementTypes;
};

/// How one spatial candidate's search ended.
struct CandidateRecord {
  /// Orderings of the candidate's temporal loops.
  OrderingCount orderings = 0;
  /// Nothing fits even the smallest tile (no search ran).
  bool misfit = false;
  /// The search: engine, seconds, proof, certificate.
  Engine engine = Engine::Exhaustive;
  bool found = false;
  bool closed = false;
  double seconds = 0;
  std::optional<Certificate> certificate;
};

/// The whole mapping space of a layer (every spatial candidate x every
/// ordering), accounted for: the candidates' certificates added up.
struct SpaceCertificate {
  unsigned candidates = 0;
  /// Candidates where the smallest tile already overflows a memory.
  unsigned misfits = 0;
  /// Candidates closed by bounds without evaluating one ordering (another
  /// candidate's best beats every ordering of theirs).
  unsigned closedByBound = 0;
  /// Orderings of every candidate, and how they were covered; the misfit
  /// candidates' orderings count as `infeasible`, a non-exact engine's as
  /// evaluated (exhaustive) or unexplored (annealing, LOMA).
  OrderingCount orderings = 0, infeasible = 0;
  /// lowerBound: the least over the searched candidates.
  Certificate covered;
  /// Every candidate closed: the schedule is the optimum of the space.
  bool proven = false;
};

/// One point of a layer's energy-latency front (objective pareto).
struct FrontPoint {
  double energy = 0, latency = 0;
  /// Index into LayerSchedule::records: the spatial candidate.
  unsigned candidate = 0;
  std::vector<Loop> ordering;
};

/// The schedule of one layer.
struct LayerSchedule {
  /// The problem of the winning spatial candidate (owns layer, bound layer,
  /// spatial mapping, allocator and cost model the result refers to).
  std::unique_ptr<ScheduleProblem> problem;
  /// The winning candidate's search (best schedule, engine, certificate).
  SearchResult result;
  /// Spatial candidates generated.
  unsigned candidates = 0;
  /// Every candidate's search was closed (proven, or proven infeasible):
  /// only then is the layer's schedule proven optimal over the candidates.
  bool provenOverCandidates = false;
  /// Things a front end should warn about (the schedule stands).
  std::vector<std::string> warnings;
  /// The precisions scheduled at, and where they came from ("the
  /// precisions option", "target 'tpu_like'", "element types", "the
  /// workload").
  OperandPrecisions precisions;
  std::string precisionSource;
  /// Evaluations and seconds over all candidates.
  uint64_t evaluations = 0;
  double seconds = 0;
  /// Per spatial candidate, in the generator's order.
  std::vector<CandidateRecord> records;
  /// Objective pareto: the front over every candidate, by increasing
  /// energy; each point is non-dominated over the whole space when
  /// proven().
  std::vector<FrontPoint> front;
  /// The records added up.
  SpaceCertificate space() const;

  /// The claim front ends may print: the winner proven optimal for its
  /// spatial mapping and every other candidate closed as well.
  bool proven() const { return result.provenOptimal && provenOverCandidates; }
};

/// Schedules one layer. Errors (llvm::Error, one sentence): a bad layer or
/// option, an engine that cannot search the problem, or no ordering of any
/// candidate fitting the memories (naming the operand and the memory).
llvm::Expected<LayerSchedule> scheduleLayer(const LayerRequest &request,
                                            const SchedulerOptions &options);

/// The checks of a schedule against its problem: the loops of each
/// dimension multiply to its temporal size, the allocation is the
/// allocator's for that ordering, every memory holds its tiles, the order
/// constraints hold, and the cost model gives the reported cost again.
llvm::Error verifySchedule(const ScheduleProblem &problem,
                           const Schedule &schedule);

/// `precisions` as in SchedulerOptions: "W=8,I=8,O=16,O_final=8" (keys W,
/// I, O, O_final), empty or "from-ir" for none.
llvm::Expected<OperandPrecisions> parsePrecisions(llvm::StringRef text);
/// "W=8,I=8,O=16,O_final=8".
std::string formatPrecisions(const OperandPrecisions &precisions);

/// Order constraints from the option lists (INNER<OUTER, outermost,
/// innermost dimension names) for `layer`.
llvm::Expected<std::vector<OrderConstraint>>
parseConstraints(const SchedulerOptions &options, const Layer &layer);

} // namespace salsa

#endif // SALSA_SEARCH_SCHEDULER_H
