//===- CostModelBench.cpp - Allocations + cost-model evaluations per second ===//
//
// Measures, on one core, how many (allocation + cost-model evaluation) of
// random full-LPF orderings salsa does per second on the three layers of
// ZigZag's own throughput measurement, and prints JSON with the median over
// repetitions and the ratio to ZigZag's recorded evaluations per CPU second.
//
//   build/bin/salsa-bench-costmodel [--seconds=S] [--repetitions=R]
//
//===----------------------------------------------------------------------===//

#include "salsa/IO/Presets.h"
#include "salsa/Model/Allocator.h"
#include "salsa/Model/CostModel.h"
#include "salsa/Model/SpatialGeneration.h"
#include "salsa/Search/Factorization.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <random>

using namespace salsa;
namespace json = llvm::json;

static llvm::cl::opt<double> seconds("seconds",
                                     llvm::cl::desc("Seconds per repetition"),
                                     llvm::cl::init(1.0));
static llvm::cl::opt<unsigned>
    repetitions("repetitions", llvm::cl::desc("Repetitions (median reported)"),
                llvm::cl::init(5));
static llvm::cl::opt<std::string>
    layersFile("layers", llvm::cl::desc("Workload YAML of the layers"),
               llvm::cl::init(SALSA_BENCH_DIR "/throughput-layers.yaml"));

namespace {
struct Case {
  int64_t layerId;
  const char *preset;
  const char *label;
  double zigzagEvalsPerCpuSecond; // test/Inputs/zigzag/reference/throughput.json
};
const Case kCases[] = {
    {0, "tpu_like", "tpu_like resnet18.onnx #7", 159.9},
    {1, "edge_tpu_like", "edge_tpu_like mobilenetv2.onnx #13", 126.1},
    {2, "ascend_like", "ascend_like alexnet.onnx #0", 106.9},
};

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv) {
  llvm::cl::ParseCommandLineOptions(argc, argv,
                                    "salsa cost-model throughput benchmark\n");
  auto workload = io::readWorkload(layersFile);
  if (!workload) {
    llvm::errs() << llvm::toString(workload.takeError()) << "\n";
    return 1;
  }
  json::Array results;
  for (const Case &c : kCases) {
    auto target = io::loadTarget(c.preset);
    if (!target) {
      llvm::errs() << llvm::toString(target.takeError()) << "\n";
      return 1;
    }
    auto layer = buildLayer((*workload)[c.layerId].spec);
    if (!layer) {
      llvm::errs() << llvm::toString(layer.takeError()) << "\n";
      return 1;
    }
    const MappingEntry *entry =
        selectMapping(target->mapping, layer->name, layer->operatorType);
    auto bound = bindLayer(*layer, target->accel, entry->links);
    if (!bound) {
      llvm::errs() << llvm::toString(bound.takeError()) << "\n";
      return 1;
    }
    UserSpatialMapping user = generateSpatialMappings(*bound, entry->spatial).front();
    auto spatial = convertSpatialMapping(*bound, user);
    if (!spatial) {
      llvm::errs() << llvm::toString(spatial.takeError()) << "\n";
      return 1;
    }
    std::vector<Loop> lpfs =
        primeFactors(temporalLoops(*layer, spatial->fractionalLevels));
    std::mt19937_64 rng(1);
    std::vector<std::vector<Loop>> orderings;
    for (int i = 0; i < 300; ++i) {
      std::vector<Loop> o = lpfs;
      std::shuffle(o.begin(), o.end(), rng);
      orderings.push_back(std::move(o));
    }
    Allocator allocator(*bound, spatial->fractionalLevels, MappingType::Uneven);
    CostModel model(*bound, *spatial);
    TemporalMapping tm;
    CostResult result;
    double checksum = 0;
    std::vector<double> rates;
    for (unsigned r = 0; r < repetitions; ++r) {
      auto start = std::chrono::steady_clock::now();
      double elapsed = 0;
      uint64_t evals = 0;
      while (elapsed < seconds / 1.0) {
        for (const std::vector<Loop> &o : orderings) {
          if (allocator.run(o, tm) && model.evaluate(tm, result))
            checksum += result.energyTotal;
          ++evals;
        }
        elapsed = std::chrono::duration<double>(
                      std::chrono::steady_clock::now() - start)
                      .count();
      }
      rates.push_back(double(evals) / elapsed);
    }
    double med = median(rates);
    json::Array runs;
    for (double r : rates)
      runs.push_back(r);
    results.push_back(json::Object{
        {"layer", c.label},
        {"n_lpf", int64_t(lpfs.size())},
        {"evals_per_second_median", med},
        {"evals_per_second_runs", std::move(runs)},
        {"zigzag_evals_per_cpu_second", c.zigzagEvalsPerCpuSecond},
        {"speedup_vs_zigzag", med / c.zigzagEvalsPerCpuSecond},
        {"checksum", checksum},
    });
  }
  json::Object out{{"benchmark", "cost-model evaluations per second (one core)"},
                   {"unit", "allocation + evaluation of one random full-LPF "
                            "ordering, uneven mapping"},
                   {"zigzag_source",
                    "test/Inputs/zigzag/reference/throughput.json"},
                   {"results", std::move(results)}};
  llvm::outs() << llvm::formatv("{0:2}", json::Value(std::move(out))) << "\n";
  return 0;
}
