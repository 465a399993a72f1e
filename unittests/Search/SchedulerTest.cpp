// scheduleLayer and verifySchedule: the checks that would catch a wrong
// schedule, the precision resolution order, and the refusal rule.
#include "Model/TestTargets.h"
#include "salsa/IO/Presets.h"
#include "salsa/Search/Scheduler.h"

#include "gtest/gtest.h"

using namespace salsa;
using namespace salsa::test;

namespace {
Target preset(const char *name) { return cantFail(io::loadTarget(name)); }

LayerSpec f32Gemm() {
  LayerSpec spec = onnxGemm(64, 32, 48);
  spec.precisions = {{"W", 32}, {"I", 32}, {"O_final", 32}, {"O", 32}};
  return spec;
}
} // namespace

TEST(Scheduler, SchedulesVerifiesAndProves) {
  Target t = preset("tpu_like");
  LayerRequest request{onnxGemm(64, 32, 48), &t, {}, {},
                       LayerPrecisions::Workload};
  auto s = scheduleLayer(request, SchedulerOptions());
  ASSERT_TRUE(bool(s)) << llvm::toString(s.takeError());
  EXPECT_TRUE(s->proven());
  EXPECT_GE(s->candidates, 1u);
  EXPECT_FALSE(bool(verifySchedule(*s->problem, s->result.best)));
}

TEST(Scheduler, VerifyCatchesWrongSchedules) {
  Target t = preset("tpu_like");
  LayerRequest request{onnxGemm(64, 32, 48), &t, {}, {},
                       LayerPrecisions::Workload};
  auto s = scheduleLayer(request, SchedulerOptions());
  ASSERT_TRUE(bool(s)) << llvm::toString(s.takeError());
  const ScheduleProblem &p = *s->problem;
  ASSERT_FALSE(s->result.best.ordering.empty());

  Schedule lost = s->result.best; // a loop dropped
  lost.ordering.pop_back();
  EXPECT_NE(llvm::toString(verifySchedule(p, lost)).find("multiply to"),
            std::string::npos);

  Schedule moved = s->result.best; // a cut moved
  moved.mapping.cut[0][1] = moved.mapping.cut[0][1] == 0 ? 1 : 0;
  EXPECT_NE(llvm::toString(verifySchedule(p, moved)).find("allocation"),
            std::string::npos);

  Schedule cheaper = s->result.best; // a cost that is not the model's
  cheaper.cost.energyTotal *= 0.99;
  EXPECT_NE(llvm::toString(verifySchedule(p, cheaper)).find("cost model"),
            std::string::npos);
}

TEST(Scheduler, PrecisionsOptionThenTargetThenElementTypes) {
  Target t = preset("tpu_like"); // carries 8/8/16/8
  LayerRequest ir{f32Gemm(), &t, {}, {}, LayerPrecisions::ElementTypes};
  SchedulerOptions o;
  auto fromTarget = scheduleLayer(ir, o);
  ASSERT_TRUE(bool(fromTarget)) << llvm::toString(fromTarget.takeError());
  EXPECT_EQ(fromTarget->precisionSource, "target 'tpu_like'");
  EXPECT_EQ(formatPrecisions(fromTarget->precisions), "W=8,I=8,O_final=8,O=16");

  o.precisions = "W=4,I=4";
  auto fromOption = scheduleLayer(ir, o);
  ASSERT_TRUE(bool(fromOption)) << llvm::toString(fromOption.takeError());
  EXPECT_EQ(fromOption->precisionSource, "the precisions option");
  EXPECT_EQ(formatPrecisions(fromOption->precisions), "W=4,I=4,O_final=8,O=16");

  // f32 partial sums do not fit tpu_like's 16-bit output registers: the
  // minimal-tile check says so, naming precisions and memory.
  o.precisions = "from-ir";
  auto fromIr = scheduleLayer(ir, o);
  ASSERT_FALSE(bool(fromIr));
  std::string why = llvm::toString(fromIr.takeError());
  EXPECT_NE(why.find("at precisions W=32,I=32,O_final=32,O=32 (from element "
                     "types)"),
            std::string::npos)
      << why;
  EXPECT_NE(why.find("memory 'rf_2B' is too small for operand 'O' before any "
                     "loop is placed"),
            std::string::npos)
      << why;

  // A workload's own precisions win over the target's.
  LayerRequest workload{f32Gemm(), &t, {}, {}, LayerPrecisions::Workload};
  auto own = scheduleLayer(workload, SchedulerOptions());
  ASSERT_FALSE(bool(own));
  EXPECT_NE(llvm::toString(own.takeError()).find("(from the workload)"),
            std::string::npos);
}

TEST(Scheduler, EngineErrorsAreErrors) {
  Target t = preset("tpu_like");
  LayerRequest request{onnxConv({1, 256, 1, 56, 56, 256, 3, 3}), &t, {}, {},
                       LayerPrecisions::Workload};
  SchedulerOptions o;
  o.search.engine = Engine::Exhaustive;
  auto s = scheduleLayer(request, o);
  ASSERT_FALSE(bool(s));
  EXPECT_NE(llvm::toString(s.takeError()).find("exceeds the limit"),
            std::string::npos);
  o.search.engine = Engine::Exact;
  o.objective = Objective::Latency;
  o.search.exactMaxSubsets = 4;
  auto latency = scheduleLayer(request, o);
  ASSERT_FALSE(bool(latency));
  EXPECT_NE(llvm::toString(latency.takeError()).find("more than its limit of 4"),
            std::string::npos);
}

TEST(Scheduler, OptionsAreCheckedUpFront) {
  SchedulerOptions o;
  o.precisions = "W=8,X=3";
  EXPECT_NE(llvm::toString(o.check()).find("precisions names 'X'"),
            std::string::npos);
  o.precisions = "Ofinal=8";
  EXPECT_NE(llvm::toString(o.check()).find("did you mean 'O_final'?"),
            std::string::npos);
  o.precisions = "from-ir";
  EXPECT_FALSE(bool(o.check()));
}
