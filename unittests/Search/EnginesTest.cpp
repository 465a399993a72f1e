#include "Model/TestTargets.h"

#include "Search/SearchOk.h"
#include "salsa/Search/Engines.h"
#include "salsa/Search/Permutations.h"

#include "gtest/gtest.h"

using namespace salsa;
using namespace salsa::test;

namespace {
/// O[k] += W[k][c] * I[c], K = 8, C = 12: prime factors K2 K2 K2 C2 C2 C3,
/// 60 distinct orderings, on a register / buffer / DRAM hierarchy. Null
/// (and a test failure) if it cannot be built: callers ASSERT_TRUE it.
std::unique_ptr<ScheduleProblem>
makeProblem(Objective objective = Objective::Energy,
            std::vector<OrderConstraint> constraints = {},
            int64_t bufferBits = 64, std::vector<int64_t> sizes = {8, 12}) {
  LayerSpec spec;
  spec.name = "matvec";
  spec.operatorType = "Gemm";
  spec.equation = "O[k]+=W[k][c]*I[c]";
  spec.dims = {"K", "C"};
  spec.sizes = sizes;
  spec.precisions = {{"W", 8}, {"I", 8}, {"O", 16}, {"O_final", 8}};
  auto layer = buildLayer(spec);
  if (!layer) {
    ADD_FAILURE() << llvm::toString(layer.takeError());
    return nullptr;
  }
  Accelerator accel = onePE(
      {memory("reg", 32, {MemOperand::O}, 0.1, 0.1),
       memory("buf", bufferBits, {MemOperand::I1, MemOperand::I2}, 1, 1, 16),
       memory("dram", 1 << 20,
              {MemOperand::I1, MemOperand::I2, MemOperand::O}, 50, 60)});
  auto problem = ScheduleProblem::create(*layer, accel, defaultLinks(), {},
                                         MappingType::Uneven, objective,
                                         constraints);
  if (!problem) {
    ADD_FAILURE() << llvm::toString(problem.takeError());
    return nullptr;
  }
  return std::move(*problem);
}

/// The best of all 6! orderings (duplicates included), by brute force.
Schedule bruteForce(const ScheduleProblem &p) {
  std::vector<Loop> order = p.primeFactors();
  std::sort(order.begin(), order.end(), [](const Loop &a, const Loop &b) {
    return std::tie(a.dim, a.size) < std::tie(b.dim, b.size);
  });
  Schedule best, s;
  bool found = false;
  do {
    if (!p.satisfiesConstraints(order) || !evaluateOrdering(p, order, s))
      continue;
    ObjectiveKey k = ObjectiveKey::of(p.objective(), s.cost);
    if (!found || isBetter(k, s.ordering,
                           ObjectiveKey::of(p.objective(), best.cost),
                           best.ordering)) {
      best = s;
      found = true;
    }
  } while (std::next_permutation(
      order.begin(), order.end(), [](const Loop &a, const Loop &b) {
        return std::tie(a.dim, a.size) < std::tie(b.dim, b.size);
      }));
  EXPECT_TRUE(found);
  return best;
}
} // namespace

TEST(Engines, ExhaustiveIsTheOptimum) {
  for (Objective o :
       {Objective::Energy, Objective::Latency, Objective::EnergyDelay}) {
    auto p = makeProblem(o);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->orderingCount(), OrderingCount(60));
    Schedule expected = bruteForce(*p);
    for (unsigned threads : {1u, 2u, 8u}) {
      SearchOptions opts;
      opts.threads = threads;
      SearchResult r = ok(searchExhaustive(*p, opts));
      ASSERT_TRUE(r.found);
      EXPECT_TRUE(r.provenOptimal);
      EXPECT_EQ(r.best.ordering, expected.ordering)
          << objectiveName(o).str() << " with " << threads << " threads";
      EXPECT_EQ(r.best.cost.energyTotal, expected.cost.energyTotal);
    }
  }
}

TEST(Engines, AnnealingIsDeterministicAcrossThreads) {
  auto p = makeProblem();
  ASSERT_TRUE(p);
  SearchOptions opts;
  opts.seed = 42;
  opts.iterations = 200;
  opts.threads = 1;
  SearchResult one = searchAnnealing(*p, opts);
  for (unsigned threads : {1u, 2u, 8u}) {
    opts.threads = threads;
    SearchResult again = searchAnnealing(*p, opts);
    ASSERT_TRUE(again.found);
    EXPECT_EQ(again.best.ordering, one.best.ordering);
    EXPECT_EQ(again.evaluations, one.evaluations);
  }
  // On 60 orderings 8 chains of 200 iterations find the optimum.
  EXPECT_EQ(one.best.cost.energyTotal, bruteForce(*p).cost.energyTotal);
  // Another seed may walk elsewhere but must stay valid.
  opts.seed = 43;
  EXPECT_TRUE(searchAnnealing(*p, opts).found);
}

TEST(Engines, DualEngineChoice) {
  auto p = makeProblem();
  ASSERT_TRUE(p);
  SearchOptions opts;
  // 60 orderings: below the exact engine's fixed cost, enumerated.
  SearchResult small = ok(searchDual(*p, opts));
  EXPECT_EQ(small.engineUsed, Engine::Exhaustive);
  EXPECT_TRUE(small.provenOptimal);
  // K = 64, C = 48: 2310 orderings. With a small annealing budget the
  // exact engine's fixed cost (its 20-evaluation warm start plus its bound
  // tables: 7 * 5 * 2 sub-multisets, 3 operands) is below 2310: exact,
  // proven, and the optimum enumeration finds.
  auto big = makeProblem(Objective::Energy, {}, 64, {64, 48});
  ASSERT_TRUE(big);
  opts.chains = 1;
  opts.iterations = 20;
  SearchResult exact = ok(searchDual(*big, opts));
  EXPECT_EQ(exact.engineUsed, Engine::Exact);
  EXPECT_TRUE(exact.provenOptimal);
  EXPECT_NEAR(exact.best.cost.energyTotal,
              ok(searchExhaustive(*big, opts)).best.cost.energyTotal,
              1e-9 * exact.best.cost.energyTotal);
  // The default annealing budget (8 chains x 1000) exceeds 2310.
  EXPECT_EQ(ok(searchDual(*big, SearchOptions())).engineUsed, Engine::Exhaustive);
  // Latency and EDP follow the same rule: exact, proven, the enumerated
  // optimum (key and ordering).
  for (Objective o : {Objective::Latency, Objective::EnergyDelay}) {
    auto q = makeProblem(o, {}, 64, {64, 48});
    ASSERT_TRUE(q);
    SearchResult r = ok(searchDual(*q, opts));
    EXPECT_EQ(r.engineUsed, Engine::Exact);
    EXPECT_TRUE(r.provenOptimal) << r.reason;
    SearchResult all = ok(searchExhaustive(*q, opts));
    EXPECT_EQ(r.best.ordering, all.best.ordering);
    EXPECT_EQ(r.best.cost.latencyTotal2, all.best.cost.latencyTotal2);
  }
  // A bound table larger than its limit: annealing (warmed by LOMA).
  opts.exactMaxSubsets = 10;
  SearchResult annealed = ok(searchDual(*big, opts));
  EXPECT_EQ(annealed.engineUsed, Engine::Annealing);
  EXPECT_FALSE(annealed.provenOptimal);
  EXPECT_TRUE(annealed.found);
}

TEST(Engines, ConstraintsAreRespected) {
  // C1 (index 1) outermost: every K loop inside every C loop.
  auto p = makeProblem(Objective::Energy, {{0, 1}});
  ASSERT_TRUE(p);
  SearchOptions opts;
  for (Engine e : {Engine::Exhaustive, Engine::Annealing, Engine::Loma}) {
    opts.engine = e;
    SearchResult r = ok(search(*p, opts));
    ASSERT_TRUE(r.found) << engineName(e).str();
    EXPECT_TRUE(p->satisfiesConstraints(r.best.ordering)) << engineName(e).str();
  }
  EXPECT_EQ(ok(searchExhaustive(*p, opts)).best.ordering,
            bruteForce(*p).ordering);
}

TEST(Engines, NothingFits) {
  // An 8-bit input buffer cannot hold W and I's first elements together.
  auto p = makeProblem(Objective::Energy, {}, 8);
  ASSERT_TRUE(p);
  SearchOptions opts;
  EXPECT_FALSE(ok(searchExhaustive(*p, opts)).found);
  EXPECT_FALSE(searchAnnealing(*p, opts).found);
}

TEST(Engines, ContradictoryConstraintsAreRejected) {
  LayerSpec spec;
  spec.name = "m";
  spec.equation = "O[k]+=W[k][c]*I[c]";
  spec.dims = {"K", "C"};
  spec.sizes = {8, 12};
  spec.precisions = {{"W", 8}, {"I", 8}, {"O", 16}};
  auto layer = buildLayer(spec);
  ASSERT_TRUE(bool(layer));
  auto p = ScheduleProblem::create(
      *layer,
      onePE({memory("dram", 1 << 20,
                    {MemOperand::I1, MemOperand::I2, MemOperand::O}, 1, 1)}),
      defaultLinks(), {}, MappingType::Uneven, Objective::Energy,
      {{0, 1}, {1, 0}});
  ASSERT_FALSE(bool(p));
  EXPECT_NE(llvm::toString(p.takeError()).find("contradict"),
            std::string::npos);
}
