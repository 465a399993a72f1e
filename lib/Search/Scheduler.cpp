//===- Scheduler.cpp - The one path from a layer to a schedule ------------===//

#include "salsa/Search/Scheduler.h"

#include "salsa/Model/SpatialGeneration.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"

#include <chrono>

using namespace salsa;

static constexpr EnumName<OnError> kOnError[] = {
    {OnError::Fail, "fail",
     "stop with an error naming the layer (nothing is rewritten)"},
    {OnError::Skip, "skip",
     "leave the layer as it is with a warning saying why, schedule the rest"},
};
llvm::ArrayRef<EnumName<OnError>> salsa::onErrorNames() { return kOnError; }

/// The option value that keeps the layer's own precisions.
static constexpr llvm::StringLiteral kFromIr = "from-ir";

llvm::Expected<OperandPrecisions> salsa::parsePrecisions(llvm::StringRef text) {
  OperandPrecisions out;
  if (text.trim() == kFromIr)
    return out;
  llvm::SmallVector<llvm::StringRef> items;
  text.split(items, ',', -1, false);
  for (llvm::StringRef item : items) {
    auto [name, bits] = item.split('=');
    name = name.trim();
    int value;
    if (name.empty() || bits.trim().getAsInteger(10, value) || value <= 0)
      return llvm::createStringError(llvm::formatv(
          "precisions must read like W=8,I=8,O=16,O_final=8 (bits per "
          "operand; O: partial sums), got '{0}'",
          text));
    if (!llvm::is_contained(precisionKeys(), name)) {
      // Suggest the key meant (w -> W, Ofinal -> O_final).
      llvm::StringRef nearest;
      unsigned best = ~0u;
      for (llvm::StringRef key : precisionKeys()) {
        unsigned d = name.lower() == key.lower()
                         ? 0
                         : name.edit_distance(key, /*AllowReplacements=*/true);
        if (d < best) {
          best = d;
          nearest = key;
        }
      }
      return llvm::createStringError(llvm::formatv(
          "precisions names '{0}', which is no operand (W, I, O for partial "
          "sums, O_final){1}",
          name,
          best == 0 || (best <= 2 && name.size() > 2)
              ? (" - did you mean '" + nearest + "'?").str()
                    : std::string()));
    }
    out.push_back({name.str(), value});
  }
  return out;
}

std::string salsa::formatPrecisions(const OperandPrecisions &precisions) {
  std::string out;
  for (const auto &[name, bits] : precisions)
    out += (out.empty() ? "" : ",") + name + "=" + std::to_string(bits);
  return out;
}

llvm::Error SchedulerOptions::check() const {
  return parsePrecisions(precisions).takeError();
}

llvm::Expected<std::vector<OrderConstraint>>
salsa::parseConstraints(const SchedulerOptions &options, const Layer &layer) {
  std::vector<OrderConstraint> out;
  auto dim = [&](llvm::StringRef name) -> llvm::Expected<unsigned> {
    int d = layer.findDim(name.trim().upper());
    if (d < 0)
      return llvm::createStringError(llvm::formatv(
          "constraint names dimension '{0}', which layer '{1}' does not have",
          name.trim(), layer.name));
    return unsigned(d);
  };
  for (const std::string &c : options.constraints) {
    auto [inner, outer] = llvm::StringRef(c).split('<');
    if (outer.empty())
      return llvm::createStringError(llvm::formatv(
          "constraint '{0}' must read INNER<OUTER (e.g. OX<K: every OX loop "
          "inside every K loop)",
          c));
    auto a = dim(inner), b = dim(outer);
    if (!a)
      return a.takeError();
    if (!b)
      return b.takeError();
    out.push_back({*a, *b});
  }
  // Pinned dimensions: outside (or inside) every other dimension.
  for (auto [names, outermost] : {std::pair{&options.outermost, true},
                                  std::pair{&options.innermost, false}})
    for (const std::string &name : *names) {
      auto d = dim(name);
      if (!d)
        return d.takeError();
      for (unsigned other = 0; other < layer.dims.size(); ++other)
        if (other != *d)
          out.push_back(outermost ? OrderConstraint{other, *d}
                                  : OrderConstraint{*d, other});
    }
  return out;
}

/// Replaces the precisions `from` names in `spec`.
static void overridePrecisions(LayerSpec &spec, const OperandPrecisions &from) {
  for (const auto &[name, bits] : from)
    for (auto &p : spec.precisions)
      if (p.first == name)
        p.second = bits;
}

/// The resolution order of LayerRequest: option > target > element types,
/// or option > workload > target.
static llvm::Error resolvePrecisions(LayerSpec &spec,
                                     const LayerRequest &request,
                                     const SchedulerOptions &options,
                                     std::string &source) {
  auto given = parsePrecisions(options.precisions);
  if (!given)
    return given.takeError();
  const bool fromIr = llvm::StringRef(options.precisions).trim() == kFromIr;
  const OperandPrecisions &target =
      request.target->precisionsFor(spec.name, spec.operatorType);
  const bool ownWin = request.layerPrecisions == LayerPrecisions::Workload;
  source = ownWin ? "the workload" : "element types";
  if (!fromIr && !ownWin && !target.empty()) {
    overridePrecisions(spec, target);
    source = "target '" + request.target->accel.name + "'";
  }
  if (!given->empty()) {
    overridePrecisions(spec, *given);
    source = "the precisions option";
  }
  return llvm::Error::success();
}

/// An element or bit count: exact while it is, else scientific.
static std::string countText(double n) {
  if (n < 1e15)
    return std::to_string(int64_t(n));
  return llvm::formatv("{0:e3}", n).str();
}

/// The smallest tile of every operand at every one of its memories: none of
/// the temporal loops below it (the whole operand at the top). If even that
/// overflows a memory, no ordering fits; saying so takes microseconds
/// instead of a search. Returns the first overflow.
static std::optional<std::string>
minimalTileOverflow(const ScheduleProblem &problem) {
  const Layer &layer = problem.layer();
  const BoundLayer &bound = problem.bound();
  const Accelerator &accel = problem.accelerator();
  std::vector<double> bits(accel.memories.size(), 0);
  std::vector<std::string> parts(accel.memories.size());
  std::vector<llvm::SmallVector<std::string, 3>> names(accel.memories.size());
  double ones[kMaxLayerDims], whole[kMaxLayerDims];
  std::fill(ones, ones + kMaxLayerDims, 1.0);
  std::fill(whole, whole + kMaxLayerDims, 1.0);
  bool temporalReduction = false;
  const LayerOperand &out = layer.operands[layer.outputIndex()];
  for (const Loop &l : problem.temporalLoops()) {
    whole[l.dim] *= l.size;
    temporalReduction |= l.size > 1 && (out.irrelevant & (DimMask(1) << l.dim));
  }
  for (unsigned op = 0; op < bound.numOperands(); ++op) {
    const LayerOperand &operand = layer.operands[op];
    const unsigned levels = bound.levels[op].size();
    for (unsigned lv = 0; lv < levels; ++lv) {
      const bool top = lv + 1 == levels;
      int precision = operand.precision;
      std::string kind = "";
      if (operand.isOutput) {
        bool reductionAbove =
            (!top && temporalReduction) || problem.spatialReductionAbove(lv);
        if (!reductionAbove)
          precision = layer.finalOutputPrecision;
        kind = reductionAbove ? " partial-sum" : " output";
      }
      double tile = problem.allocator().tileBits(op, lv, top ? whole : ones,
                                                 precision);
      unsigned m = bound.levels[op][lv];
      bits[m] += tile;
      const std::string count = countText(tile / precision);
      parts[m] += (parts[m].empty() ? "" : " + ") +
                  (top ? llvm::formatv("all {0} elements of '{1}' at {2} bits",
                                       count, operand.name, precision)
                             .str()
                       : llvm::formatv("{0} element{1} of '{2}' at {3}-bit{4} "
                                       "precision",
                                       count, count == "1" ? "" : "s",
                                       operand.name, precision, kind)
                             .str());
      if (!llvm::is_contained(names[m], operand.name))
        names[m].push_back(operand.name);
    }
  }
  for (unsigned m = 0; m < accel.memories.size(); ++m)
    if (bits[m] > double(accel.memories[m].sizeBits))
      return llvm::formatv(
                 "memory '{0}' is too small for operand{5} '{1}' before any loop "
                 "is placed: {2} = {3} bits, more than its {4}; schedule at "
                 "lower precisions (the precisions option, or the target's "
                 "operand_precision) or give the target a larger '{0}'",
                 accel.memories[m].name, llvm::join(names[m], "', '"),
                 parts[m], countText(bits[m]), accel.memories[m].sizeBits,
                 names[m].size() > 1 ? "s" : "")
          .str();
  return std::nullopt;
}

/// Dimensions a mapping entry unrolls that the layer lacks. ZigZag drops
/// them, and entries shared by many layers (`default`, an operator type)
/// name dimensions some of those layers lack all the time (ZigZag's own
/// `Add` entry unrolls C); but an entry written for this layer by name must
/// fit it, and a name no layer kind has is a typo worth a warning.
static llvm::Error checkUnrolledDims(const MappingEntry &entry,
                                     const Layer &layer,
                                     std::vector<std::string> &warnings) {
  static constexpr llvm::StringRef kLayerDims[] = {
      "B", "K", "C", "G", "D", "H", "OX", "OY", "OZ", "FX", "FY", "FZ"};
  for (const SpatialUnroll &u : entry.spatial) {
    if (layer.findDim(u.layerDim) >= 0)
      continue;
    std::string dims = llvm::join(layer.dims, ", ");
    if (entry.name == layer.name)
      return llvm::createStringError(llvm::formatv(
          "mapping entry '{0}' unrolls dimension '{1}', which layer '{2}' "
          "does not have (its dimensions: {3})",
          entry.name, u.layerDim, layer.name, dims));
    if (!llvm::is_contained(kLayerDims, u.layerDim))
      warnings.push_back(llvm::formatv(
          "mapping entry '{0}' unrolls dimension '{1}', which layer '{2}' "
          "does not have (its dimensions: {3}); the unroll is ignored",
          entry.name, u.layerDim, layer.name, dims));
  }
  return llvm::Error::success();
}

/// Closed: the search settled its candidate (proven optimum, or a complete
/// engine found that nothing fits).
static bool closed(const SearchResult &r) {
  if (r.provenOptimal)
    return true;
  if (r.found)
    return false;
  if (r.engineUsed == Engine::Exhaustive)
    return true;
  return r.certificate && r.certificate->unexplored == 0;
}

/// The candidates' fronts merged: the points no other point dominates;
/// equal points keep the earlier candidate's (then the smaller ordering).
static void keepNonDominated(std::vector<FrontPoint> &points) {
  auto precedes = [](const FrontPoint &a, const FrontPoint &b) {
    if (a.energy != b.energy)
      return a.energy < b.energy;
    if (a.latency != b.latency)
      return a.latency < b.latency;
    if (a.candidate != b.candidate)
      return a.candidate < b.candidate;
    return isBetter(ObjectiveKey(), a.ordering, ObjectiveKey(), b.ordering);
  };
  llvm::sort(points, precedes);
  std::vector<FrontPoint> kept;
  for (FrontPoint &p : points)
    // Sorted by energy: p is dominated or equalled iff an earlier kept
    // point has at most its latency.
    if (kept.empty() || p.latency < kept.back().latency)
      kept.push_back(std::move(p));
  points = std::move(kept);
}

SpaceCertificate LayerSchedule::space() const {
  SpaceCertificate s;
  s.candidates = records.size();
  s.proven = proven();
  auto add = [](OrderingCount &a, OrderingCount b) {
    OrderingCount sum = a + b;
    a = sum < a ? ~OrderingCount(0) : sum;
  };
  bool first = true;
  for (const CandidateRecord &r : records) {
    add(s.orderings, r.orderings);
    if (r.misfit) {
      ++s.misfits;
      add(s.infeasible, r.orderings);
      continue;
    }
    if (const std::optional<Certificate> &c = r.certificate) {
      add(s.covered.evaluated, c->evaluated);
      add(s.covered.equivalent, c->equivalent);
      add(s.covered.bounded, c->bounded);
      add(s.covered.excluded, c->excluded);
      add(s.covered.unexplored, c->unexplored);
      s.covered.nodes += c->nodes;
      s.covered.lowerBound = first ? c->lowerBound
                                   : std::min(s.covered.lowerBound,
                                              c->lowerBound);
      first = false;
      s.closedByBound += c->evaluated == 0 && c->bounded == r.orderings;
    } else if (r.engine == Engine::Exhaustive) {
      add(s.covered.evaluated, r.orderings);
    } else {
      add(s.covered.unexplored, r.orderings);
    }
  }
  return s;
}

llvm::Expected<LayerSchedule>
salsa::scheduleLayer(const LayerRequest &request,
                     const SchedulerOptions &options) {
  auto start = std::chrono::steady_clock::now();
  assert(request.target && "a request needs a target");
  const Target &target = *request.target;
  LayerSpec spec = request.spec;
  std::string precisionSource;
  if (llvm::Error err =
          resolvePrecisions(spec, request, options, precisionSource))
    return std::move(err);
  auto layer = buildLayer(spec);
  if (!layer)
    return layer.takeError();
  auto constraints = parseConstraints(options, *layer);
  if (!constraints)
    return constraints.takeError();

  const MappingEntry &entry =
      target.entryFor(layer->name, layer->operatorType);
  const OperandLinks &links =
      request.fixedLinks ? *request.fixedLinks : entry.links;
  std::vector<std::string> warnings;
  if (!request.fixedSpatial)
    if (llvm::Error err = checkUnrolledDims(entry, *layer, warnings))
      return std::move(err);
  std::vector<UserSpatialMapping> candidates;
  if (request.fixedSpatial) {
    candidates.push_back(*request.fixedSpatial);
  } else {
    // The generator clips the entry's spatial mapping to this layer.
    auto bound = bindLayer(*layer, target.accel, links);
    if (!bound)
      return bound.takeError();
    candidates = generateSpatialMappings(*bound, entry.spatial,
                                         options.spatialCandidates,
                                         entry.spatialHint,
                                         options.mixedSpatial);
  }

  LayerSchedule out;
  out.warnings = std::move(warnings);
  out.precisions = spec.precisions;
  out.precisionSource = std::move(precisionSource);
  out.candidates = candidates.size();
  out.provenOverCandidates = true;
  std::string misfit;
  // The best objective so far bounds every later candidate's exact search:
  // a candidate that cannot beat or tie it is closed by its bound alone.
  SearchOptions search = options.search;
  CostModelOptions model;
  model.fixZigZagBugs = options.fixZigZagBugs;
  for (const UserSpatialMapping &spatial : candidates) {
    auto problem =
        ScheduleProblem::create(*layer, target.accel, links, spatial,
                                options.mappingType, options.objective,
                                *constraints, model);
    if (!problem)
      return problem.takeError();
    CandidateRecord &record = out.records.emplace_back();
    record.orderings = (*problem)->orderingCount();
    if (std::optional<std::string> overflow =
            minimalTileOverflow(**problem)) {
      if (misfit.empty())
        misfit = std::move(*overflow);
      record.misfit = record.closed = true;
      continue; // closed: nothing fits this candidate
    }
    llvm::Expected<SearchResult> r = salsa::search(**problem, search);
    if (!r)
      return r.takeError();
    out.evaluations += r->evaluations;
    record.engine = r->engineUsed;
    record.found = r->found;
    record.closed = closed(*r);
    record.seconds = r->seconds;
    record.certificate = r->certificate;
    out.provenOverCandidates &= record.closed;
    if (!r->found) {
      if (misfit.empty())
        misfit = describeMisfit(**problem);
      continue;
    }
    const Objective o = options.objective;
    if (o == Objective::Pareto) {
      // A later candidate may still add points of lower latency: no
      // cutoff, but the points found close what they dominate.
      for (const Schedule &p : r->front) {
        search.dominatingPoints.push_back(
            {p.cost.energyTotal, p.cost.latencyTotal2});
        out.front.push_back({p.cost.energyTotal, p.cost.latencyTotal2,
                             unsigned(out.records.size() - 1), p.ordering});
      }
    } else {
      search.objectiveCutoff = std::min(
          search.objectiveCutoff, ObjectiveKey::of(o, r->best.cost).primary);
    }
    if (!out.problem || isBetter(o, r->best, out.result.best)) {
      out.result = std::move(*r);
      out.problem = std::move(*problem);
    }
  }
  if (!out.problem)
    return llvm::createStringError(llvm::formatv(
        "the layer fits no memory hierarchy of '{0}' at precisions {1} (from "
        "{2}): {3}",
        target.accel.name, formatPrecisions(out.precisions),
        out.precisionSource,
        misfit.empty() ? std::string("no spatial mapping candidate") : misfit));
  keepNonDominated(out.front);
  if (llvm::Error err = verifySchedule(*out.problem, out.result.best))
    return llvm::createStringError(
        "internal error, please report this layer: the schedule found fails "
        "its own check: " +
        llvm::toString(std::move(err)));
  out.seconds = std::chrono::duration<double>(
                    std::chrono::steady_clock::now() - start)
                    .count();
  return out;
}
