//===- Scheduler.cpp - The one path from a layer to a schedule ------------===//

#include "salsa/Search/Scheduler.h"

#include "salsa/Model/SpatialGeneration.h"

#include "llvm/ADT/SmallVector.h"
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

llvm::Expected<std::vector<std::pair<std::string, int>>>
salsa::parsePrecisions(llvm::StringRef text) {
  std::vector<std::pair<std::string, int>> out;
  llvm::SmallVector<llvm::StringRef> items;
  text.split(items, ',', -1, false);
  for (llvm::StringRef item : items) {
    auto [name, bits] = item.split('=');
    int value;
    if (name.trim().empty() || bits.trim().getAsInteger(10, value) ||
        value <= 0)
      return llvm::createStringError(llvm::formatv(
          "precisions must read like W=8,I=8,O=16,O_final=8 (bits per "
          "operand; O: partial sums), got '{0}'",
          text));
    out.push_back({name.trim().str(), value});
  }
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

/// The layer's precisions with the option's overrides; a key that names no
/// operand of the layer is an error rather than silently ignored.
static llvm::Error applyPrecisions(LayerSpec &spec, llvm::StringRef text) {
  auto parsed = parsePrecisions(text);
  if (!parsed)
    return parsed.takeError();
  for (auto &[name, bits] : *parsed) {
    auto it = llvm::find_if(spec.precisions,
                            [&](const auto &p) { return p.first == name; });
    if (it == spec.precisions.end()) {
      std::string known;
      for (const auto &p : spec.precisions)
        known += (known.empty() ? "" : ", ") + p.first;
      return llvm::createStringError(llvm::formatv(
          "precisions names operand '{0}', which layer '{1}' does not have "
          "(its operands: {2})",
          name, spec.name, known));
    }
    it->second = bits;
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

llvm::Expected<LayerSchedule>
salsa::scheduleLayer(const LayerRequest &request,
                     const SchedulerOptions &options) {
  auto start = std::chrono::steady_clock::now();
  assert(request.target && "a request needs a target");
  const Target &target = *request.target;
  LayerSpec spec = request.spec;
  if (llvm::Error err = applyPrecisions(spec, options.precisions))
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
  std::vector<UserSpatialMapping> candidates;
  if (request.fixedSpatial) {
    candidates.push_back(*request.fixedSpatial);
  } else {
    // The generator clips the entry's spatial mapping to this layer.
    auto bound = bindLayer(*layer, target.accel, links);
    if (!bound)
      return bound.takeError();
    candidates = generateSpatialMappings(*bound, entry.spatial,
                                         options.spatialCandidates);
  }

  LayerSchedule out;
  out.candidates = candidates.size();
  out.provenOverCandidates = true;
  std::string misfit;
  for (const UserSpatialMapping &spatial : candidates) {
    auto problem =
        ScheduleProblem::create(*layer, target.accel, links, spatial,
                                options.mappingType, options.objective,
                                *constraints);
    if (!problem)
      return problem.takeError();
    llvm::Expected<SearchResult> r = search(**problem, options.search);
    if (!r)
      return r.takeError();
    out.evaluations += r->evaluations;
    out.provenOverCandidates &= closed(*r);
    if (!r->found) {
      if (misfit.empty())
        misfit = describeMisfit(**problem);
      continue;
    }
    ++out.feasibleCandidates;
    const Objective o = options.objective;
    if (!out.problem ||
        isBetter(ObjectiveKey::of(o, r->best.cost), r->best.ordering,
                 ObjectiveKey::of(o, out.result.best.cost),
                 out.result.best.ordering)) {
      out.result = std::move(*r);
      out.problem = std::move(*problem);
    }
  }
  if (!out.problem)
    return llvm::createStringError(llvm::formatv(
        "the layer fits no memory hierarchy of '{0}': {1}", target.accel.name,
        misfit.empty() ? std::string("no spatial mapping candidate") : misfit));
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
