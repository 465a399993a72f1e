//===- CostModelBench.cpp - Allocations + cost-model evaluations per second ===//
//
// Measures, on one core, how many (allocation + cost-model evaluation) of
// random full-LPF orderings salsa does per second on the three layers of
// ZigZag's own throughput measurement, and prints JSON with the median over
// repetitions and the ratio to ZigZag's recorded evaluations per CPU second
// (read from test/Inputs/zigzag/reference/throughput.json, the record of
// the same accelerator, workload and layer index). Orderings the allocator
// rejects (they do not fit) are counted apart: the rate compared with
// ZigZag's is of complete evaluations (allocated and costed).
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
#include "llvm/Support/MemoryBuffer.h"
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
/// A layer of throughput-layers.yaml and the ZigZag record it reproduces.
struct Case {
  int64_t layerId;
  const char *preset;
  const char *workload;
  int64_t zigzagLayerIndex;
};
const Case kCases[] = {
    {0, "tpu_like", "resnet18.onnx", 7},
    {1, "edge_tpu_like", "mobilenetv2.onnx", 13},
    {2, "ascend_like", "alexnet.onnx", 0},
};
const char *kReference = "/reference/throughput.json";

/// ZigZag's evaluations per CPU second for `c`, from throughput.json.
llvm::Expected<double> zigzagRate(const json::Value &reference, const Case &c) {
  const json::Object *root = reference.getAsObject();
  const json::Array *results = root ? root->getArray("results") : nullptr;
  if (results)
    for (const json::Value &v : *results) {
      const json::Object *r = v.getAsObject();
      if (r && r->getString("accelerator") == c.preset &&
          r->getString("workload") == c.workload &&
          r->getInteger("layer_index") == c.zigzagLayerIndex)
        if (std::optional<double> rate = r->getNumber("evals_per_cpu_s"))
          return *rate;
    }
  return llvm::createStringError(llvm::formatv(
      "{0}: no evals_per_cpu_s for {1} {2} layer {3}", kReference, c.preset,
      c.workload, c.zigzagLayerIndex));
}

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
  std::string referencePath = std::string(SALSA_ZIGZAG_DIR) + kReference;
  auto referenceText = llvm::MemoryBuffer::getFile(referencePath);
  if (!referenceText) {
    llvm::errs() << "cannot read " << referencePath << "\n";
    return 1;
  }
  llvm::Expected<json::Value> reference =
      json::parse((*referenceText)->getBuffer());
  if (!reference) {
    llvm::errs() << referencePath << ": "
                 << llvm::toString(reference.takeError()) << "\n";
    return 1;
  }
  json::Array results;
  for (const Case &c : kCases) {
    llvm::Expected<double> zigzag = zigzagRate(*reference, c);
    if (!zigzag) {
      llvm::errs() << llvm::toString(zigzag.takeError()) << "\n";
      return 1;
    }
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
    std::vector<double> rates, attemptRates;
    uint64_t attempts = 0, rejected = 0, failed = 0;
    for (unsigned r = 0; r < repetitions; ++r) {
      auto start = std::chrono::steady_clock::now();
      double elapsed = 0;
      uint64_t evals = 0, tried = 0;
      while (elapsed < seconds / 1.0) {
        for (const std::vector<Loop> &o : orderings) {
          ++tried;
          if (!allocator.run(o, tm))
            ++rejected;
          else if (!model.evaluate(tm, result))
            ++failed;
          else {
            checksum += result.energyTotal;
            ++evals;
          }
        }
        elapsed = std::chrono::duration<double>(
                      std::chrono::steady_clock::now() - start)
                      .count();
      }
      attempts += tried;
      rates.push_back(double(evals) / elapsed);
      attemptRates.push_back(double(tried) / elapsed);
    }
    double med = median(rates);
    json::Array runs;
    for (double r : rates)
      runs.push_back(r);
    std::string label = llvm::formatv("{0} {1} #{2}", c.preset, c.workload,
                                      c.zigzagLayerIndex);
    results.push_back(json::Object{
        {"layer", label},
        {"n_lpf", int64_t(lpfs.size())},
        {"evals_per_second_median", med},
        {"evals_per_second_runs", std::move(runs)},
        {"attempts_per_second_median", median(attemptRates)},
        {"attempts", int64_t(attempts)},
        {"rejected_allocations", int64_t(rejected)},
        {"failed_evaluations", int64_t(failed)},
        {"zigzag_evals_per_cpu_second", *zigzag},
        {"speedup_vs_zigzag", med / *zigzag},
        {"checksum", checksum},
    });
  }
  json::Object out{{"benchmark", "cost-model evaluations per second (one core)"},
                   {"unit", "allocation + evaluation of one random full-LPF "
                            "ordering, uneven mapping (orderings the allocator "
                            "rejects not counted; see rejected_allocations)"},
                   {"zigzag_source",
                    "test/Inputs/zigzag/reference/throughput.json"},
                   {"results", std::move(results)}};
  llvm::outs() << llvm::formatv("{0:2}", json::Value(std::move(out))) << "\n";
  return 0;
}
