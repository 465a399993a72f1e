//===- SearchFuzzer.cpp - libFuzzer target for the search engines ---------===//
//
// Builds a small random layer (convolution or matmul, sizes 1-24, strides
// 1-3) on a random preset and searches it with a random engine. A returned
// schedule must be a permutation of the layer's prime factors whose fresh
// evaluation gives exactly the reported cost and that respects the order
// constraints (an input starting with 'C' carries 0-2 of them in its next
// five bytes; other inputs have none and keep their old meaning); the
// exhaustive engine must return nothing worse than the
// dual engine. The exact engine runs with its audit on (a sample of pruned
// prefixes, equivalence classes and evaluated orderings re-costed by the
// cost model) and must never report NOT PROVEN.
//
//===----------------------------------------------------------------------===//

#include "salsa/IO/Presets.h"
#include "salsa/Model/SpatialGeneration.h"
#include "salsa/Search/Engines.h"

#include <fuzzer/FuzzedDataProvider.h>

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace salsa;

[[noreturn]] static void fail(const char *what) {
  std::fprintf(stderr, "search fuzzer: %s\n", what);
  std::abort();
}

static LayerSpec randomLayer(FuzzedDataProvider &in) {
  LayerSpec spec;
  spec.precisions = {{"W", 8}, {"I", 8}, {"O", 16}, {"O_final", 8}};
  auto size = [&] { return in.ConsumeIntegralInRange<int64_t>(1, 24); };
  if (in.ConsumeBool()) {
    spec.name = "fuzz_gemm";
    spec.operatorType = "Gemm";
    spec.equation = "O[b][k]+=W[k][c]*I[b][c]";
    spec.dims = {"B", "K", "C"};
    spec.sizes = {size(), size(), size()};
    return spec;
  }
  spec.name = "fuzz_conv";
  spec.operatorType = "Conv";
  spec.equation = "O[b][k][oy][ox]+=W[k][c][fy][fx]*I[b][c][iy][ix]";
  spec.dims = {"B", "K", "C", "OY", "OX", "FY", "FX"};
  int64_t sy = in.ConsumeIntegralInRange<int64_t>(1, 3);
  int64_t sx = in.ConsumeIntegralInRange<int64_t>(1, 3);
  spec.dimensionRelations = {"ix=" + std::to_string(sx) + "*ox+1*fx",
                             "iy=" + std::to_string(sy) + "*oy+1*fy"};
  spec.sizes = {in.ConsumeIntegralInRange<int64_t>(1, 2), size(), size(),
                in.ConsumeIntegralInRange<int64_t>(1, 12),
                in.ConsumeIntegralInRange<int64_t>(1, 12),
                in.ConsumeIntegralInRange<int64_t>(1, 5),
                in.ConsumeIntegralInRange<int64_t>(1, 5)};
  return spec;
}

/// Each dimension's loops multiply to its temporal size (LOMA merges prime
/// factors, the other engines order them one by one).
static bool coversTemporalLoops(llvm::ArrayRef<Loop> ordering,
                                llvm::ArrayRef<Loop> temporal) {
  for (const Loop &t : temporal) {
    double product = 1;
    for (const Loop &l : ordering)
      if (l.dim == t.dim)
        product *= l.size;
    if (product != t.size)
      return false;
  }
  for (const Loop &l : ordering)
    if (llvm::none_of(temporal, [&](const Loop &t) { return t.dim == l.dim; }))
      return false;
  return true;
}

static void checkResult(const ScheduleProblem &p, const SearchResult &r) {
  if (!r.found)
    return;
  if (!coversTemporalLoops(r.best.ordering, p.temporalLoops()))
    fail("ordering does not multiply to the temporal loop sizes");
  Schedule fresh;
  if (!evaluateOrdering(p, r.best.ordering, fresh))
    fail("returned ordering does not fit when evaluated again");
  if (fresh.cost.energyTotal != r.best.cost.energyTotal ||
      fresh.cost.latencyTotal2 != r.best.cost.latencyTotal2)
    fail("returned cost differs from a fresh evaluation");
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  // 'C', the count (mod 3), then (inner, outer) dimension indices (mod the
  // layer's dimensions) per constraint.
  std::vector<std::pair<uint8_t, uint8_t>> rawConstraints;
  if (size >= 6 && data[0] == 'C') {
    for (unsigned c = 0; c < data[1] % 3u; ++c)
      rawConstraints.push_back({data[2 + 2 * c], data[3 + 2 * c]});
    data += 6;
    size -= 6;
  }
  FuzzedDataProvider in(data, size);
  llvm::ArrayRef<io::Preset> all = io::presets();
  const io::Preset &preset =
      all[in.ConsumeIntegralInRange<size_t>(0, all.size() - 1)];
  static std::vector<Target> targets = [] {
    std::vector<Target> t;
    for (const io::Preset &p : io::presets())
      t.push_back(cantFail(io::loadTarget(p.name)));
    return t;
  }();
  const Target &target = targets[&preset - all.begin()];
  auto layer = buildLayer(randomLayer(in));
  if (!layer)
    fail("a well-formed random layer was rejected");
  const MappingEntry *entry =
      selectMapping(target.mapping, layer->name, layer->operatorType);
  if (!entry)
    return 0;
  auto bound = bindLayer(*layer, target.accel, entry->links);
  if (!bound) {
    llvm::consumeError(bound.takeError());
    return 0;
  }
  MappingType type = in.ConsumeBool() ? MappingType::Even : MappingType::Uneven;
  // Every objective, the front included (its key is the energy objective's).
  Objective objective = static_cast<Objective>(
      in.ConsumeIntegralInRange(0, int(Objective::Pareto)));
  auto spatial = generateSpatialMappings(*bound, entry->spatial, 1);
  if (spatial.empty())
    return 0;
  auto problem = ScheduleProblem::create(*layer, target.accel, entry->links,
                                         spatial.front(), type, objective);
  if (!problem) {
    llvm::consumeError(problem.takeError());
    return 0;
  }
  SearchOptions options;
  options.threads = 1;
  options.seed = in.ConsumeIntegral<uint8_t>();
  options.iterations = 60;
  options.chains = 2;
  options.engine = static_cast<Engine>(in.ConsumeIntegralInRange(0, 4));
  options.exactTimeBudget = 2;
  options.exactAuditRate = 0.05;
  // Order constraints over the layer's dimensions (contradictory or naming
  // a dimension without temporal loops: the problem is rejected, fine).
  std::vector<OrderConstraint> constraints;
  for (auto [a, b] : rawConstraints) {
    unsigned inner = a % layer->dims.size(), outer = b % layer->dims.size();
    if (inner != outer)
      constraints.push_back({inner, outer});
  }
  if (!constraints.empty()) {
    problem = ScheduleProblem::create(*layer, target.accel, entry->links,
                                      spatial.front(), type, objective,
                                      constraints);
    if (!problem) {
      llvm::consumeError(problem.takeError());
      return 0;
    }
  }
  // Keep each input fast: big spaces go to the dual engine (which anneals).
  if (options.engine == Engine::Exhaustive &&
      toDouble((*problem)->orderingCount()) > 2e4)
    options.engine = Engine::Dual;
  if (std::getenv("SALSA_FUZZ_VERBOSE")) {
    std::fprintf(stderr, "%s on %s, engine %s, %s, objective %d, N %.3g:",
                 layer->name.c_str(), target.accel.name.c_str(),
                 engineName(options.engine).str().c_str(),
                 type == MappingType::Even ? "even" : "uneven",
                 int(objective), double((*problem)->orderingCount()));
    for (size_t d = 0; d < layer->dims.size(); ++d)
      std::fprintf(stderr, " %s=%lld", layer->dims[d].c_str(),
                   (long long)layer->sizes[d]);
    for (const OrderConstraint &c : (*problem)->constraints())
      std::fprintf(stderr, " %s<%s", layer->dims[c.inner].c_str(),
                   layer->dims[c.outer].c_str());
    std::fprintf(stderr, "\n");
  }
  // An engine may decline a problem (a space or table above its limit): fine.
  llvm::Expected<SearchResult> searched = search(**problem, options);
  if (!searched) {
    llvm::consumeError(searched.takeError());
    return 0;
  }
  SearchResult r = std::move(*searched);
  checkResult(**problem, r);
  if (r.found && !(*problem)->satisfiesConstraints(r.best.ordering))
    fail("returned ordering breaks the order constraints");
  if (r.reason.find("NOT PROVEN") != std::string::npos) {
    std::fprintf(stderr, "%s\n", r.reason.c_str());
    fail("the exact engine's checks or audit voided its proof");
  }
  if (r.certificate) {
    const Certificate &c = *r.certificate;
    if (c.evaluated + c.equivalent + c.bounded + c.excluded + c.unexplored !=
        (*problem)->orderingCount())
      fail("the exact engine's certificate does not add up to N");
    const double best =
        ObjectiveKey::of((*problem)->objective(), r.best.cost).primary;
    if (r.found && c.lowerBound > best + std::abs(best) * 1e-9)
      fail("the exact engine's lower bound exceeds its best");
  }
  // The exact engine's proven optimum: enumeration agrees on energy.
  if (r.provenOptimal && options.engine == Engine::Exact &&
      (*problem)->orderingCount() <= 2000) {
    SearchOptions ex = options;
    ex.engine = Engine::Exhaustive;
    SearchResult best = cantFail(search(**problem, ex));
    if (std::abs(best.best.cost.energyTotal - r.best.cost.energyTotal) >
        1e-9 * best.best.cost.energyTotal)
      fail("the exact engine's proven optimum differs from enumeration");
  }
  // Small spaces: exhaustive is the optimum of the prime-factor space that
  // annealing searches too; nothing may beat it (LOMA's merged space
  // allocates differently, so it is not compared).
  if (r.found && options.engine != Engine::Loma &&
      (*problem)->orderingCount() <= 2000) {
    options.engine = Engine::Exhaustive;
    SearchResult best = cantFail(search(**problem, options));
    checkResult(**problem, best);
    if (!best.found)
      fail("exhaustive found nothing where another engine found a schedule");
    if (isBetter(ObjectiveKey::of(objective, r.best.cost), r.best.ordering,
                 ObjectiveKey::of(objective, best.best.cost),
                 best.best.ordering)) {
      std::fprintf(stderr,
                   "%s: energy %.17g latency %.17g; exhaustive: energy %.17g "
                   "latency %.17g\n",
                   engineName(r.engineUsed).str().c_str(),
                   r.best.cost.energyTotal, r.best.cost.latencyTotal2,
                   best.best.cost.energyTotal, best.best.cost.latencyTotal2);
      fail("an engine beat the exhaustive optimum");
    }
  }
  return 0;
}
