//===- CostModelBench.cpp - Allocations + cost-model evaluations per second ===//
//
// Measures, on one core, how many (allocation + cost-model evaluation) of
// random full-LPF orderings salsa does per second on the three layers of
// ZigZag's own throughput measurement, and prints JSON with the median over
// repetitions and the ratio to ZigZag's recorded evaluations per CPU second
// (read from test/Inputs/zigzag/reference/throughput.json, the record of
// the same accelerator, workload and layer index). Orderings the allocator
// rejects (they do not fit) are counted apart: the rate compared with
// ZigZag's is of complete evaluations (allocated and costed). Two more
// rates per layer: the energy-only evaluation (CostModel::Parts::Energy,
// the search's early discard) and the allocator alone (the larger part of
// the exact engine's leaf).
//
//   build/bin/salsa-bench-costmodel [--seconds=S] [--repetitions=R]
//                                   [--all-paths=false] [--case=N]
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
#include <cstring>
#include <random>

#include <time.h>

using namespace salsa;
namespace json = llvm::json;

static llvm::cl::opt<double> seconds("seconds",
                                     llvm::cl::desc("Seconds per repetition"),
                                     llvm::cl::init(1.0));
static llvm::cl::opt<unsigned>
    repetitions("repetitions", llvm::cl::desc("Repetitions (median reported)"),
                llvm::cl::init(5));
static llvm::cl::opt<bool>
    allPaths("all-paths",
             llvm::cl::desc("Also time the energy-only evaluation and the "
                            "allocator alone (off: the full evaluation only, "
                            "for profiling)"),
             llvm::cl::init(true));
static llvm::cl::opt<int>
    onlyCase("case",
             llvm::cl::desc("Run only this case (0, 1, 2; -1: all), for "
                            "profiling one layer"),
             llvm::cl::init(-1));
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
/// FNV-1a over the bits of every figure of `r`: equal digests say two
/// builds produce the same numbers, bit for bit.
void digest(uint64_t &h, const CostResult &r) {
  auto add = [&h](double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    for (unsigned i = 0; i < 8; ++i) {
      h ^= (bits >> (8 * i)) & 0xff;
      h *= 1099511628211ull;
    }
  };
  for (double v : {r.energyTotal, r.macEnergy, r.memEnergy, r.latencyTotal0,
                   r.latencyTotal1, r.latencyTotal2, r.idealCycle,
                   r.idealTemporalCycle, r.stallSlackComb,
                   r.dataOnloadingCycle, r.dataOffloadingCycle,
                   r.macSpatialUtilization, r.macUtilization0,
                   r.macUtilization1, r.macUtilization2})
    add(v);
  for (unsigned op = 0; op < r.numOperands; ++op)
    for (unsigned m = 0; m < r.numLevels[op]; ++m) {
      add(r.memEnergyBreakdown[op][m]);
      for (double v : r.memoryWordAccess[op][m])
        add(v);
      for (double v : r.memEnergyHalves[op][m])
        add(v);
    }
}

/// Digest of the allocation and full evaluation of every ordering, once.
std::string resultDigest(const Allocator &allocator, const CostModel &model,
                         const std::vector<std::vector<Loop>> &orderings) {
  uint64_t h = 14695981039346656037ull;
  TemporalMapping tm;
  CostResult result;
  for (const std::vector<Loop> &o : orderings) {
    if (!allocator.run(o, tm)) {
      h = h * 31 + 1;
      continue;
    }
    for (unsigned op = 0; op < tm.numOperands; ++op)
      for (unsigned lv = 0; lv <= tm.numLevels[op]; ++lv)
        h = h * 31 + tm.cut[op][lv];
    if (model.evaluate(tm, result))
      digest(h, result);
  }
  return llvm::formatv("{0:x16}", h).str();
}

/// CPU time of this thread: on a busy machine the rate per CPU second is
/// what the code does, the wall-clock rate also what the others leave it.
double threadCpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
}

/// What one timed evaluation does.
enum class Path {
  Full,     // allocation + CostModel::evaluate (energy and latency)
  Energy,   // allocation + CostModel::evaluate(Parts::Energy)
  Allocate, // allocation only (the allocator's share of the exact engine's
            // leaf, which adds EnergyBound::decomposedEnergy)
};

struct Measurement {
  std::vector<double> rates, attemptRates; // per repetition (wall clock)
  std::vector<double> cpuRates, cpuAttemptRates; // per CPU second
  uint64_t attempts = 0, rejected = 0, failed = 0;
  double checksum = 0; // sum of energyTotal (0 for Path::Allocate)
};

/// Runs `path` over `orderings` for --repetitions of --seconds each.
Measurement measure(const Allocator &allocator, const CostModel &model,
                    const std::vector<std::vector<Loop>> &orderings,
                    Path path) {
  const CostModel::Parts parts =
      path == Path::Energy ? CostModel::Parts::Energy : CostModel::Parts::All;
  TemporalMapping tm;
  CostResult result;
  Measurement m;
  for (unsigned r = 0; r < repetitions; ++r) {
    auto start = std::chrono::steady_clock::now();
    double cpuStart = threadCpuSeconds();
    double elapsed = 0;
    uint64_t evals = 0, tried = 0;
    while (elapsed < seconds / 1.0) {
      for (const std::vector<Loop> &o : orderings) {
        ++tried;
        if (!allocator.run(o, tm))
          ++m.rejected;
        else if (path == Path::Allocate)
          ++evals;
        else if (!model.evaluate(tm, result, nullptr, parts))
          ++m.failed;
        else {
          m.checksum += result.energyTotal;
          ++evals;
        }
      }
      elapsed = std::chrono::duration<double>(
                    std::chrono::steady_clock::now() - start)
                    .count();
    }
    m.attempts += tried;
    double cpu = threadCpuSeconds() - cpuStart;
    m.rates.push_back(double(evals) / elapsed);
    m.attemptRates.push_back(double(tried) / elapsed);
    m.cpuRates.push_back(double(evals) / cpu);
    m.cpuAttemptRates.push_back(double(tried) / cpu);
  }
  return m;
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
    if (onlyCase >= 0 && &c - kCases != onlyCase)
      continue;
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
    std::string digestText = resultDigest(allocator, model, orderings);
    Measurement full = measure(allocator, model, orderings, Path::Full);
    Measurement energy, alloc;
    if (allPaths) {
      energy = measure(allocator, model, orderings, Path::Energy);
      alloc = measure(allocator, model, orderings, Path::Allocate);
    }
    double med = median(full.rates);
    json::Array runs;
    for (double r : full.rates)
      runs.push_back(r);
    std::string label = llvm::formatv("{0} {1} #{2}", c.preset, c.workload,
                                      c.zigzagLayerIndex);
    results.push_back(json::Object{
        {"layer", label},
        {"n_lpf", int64_t(lpfs.size())},
        {"evals_per_second_median", med},
        {"evals_per_second_runs", std::move(runs)},
        {"evals_per_cpu_second_median", median(full.cpuRates)},
        {"attempts_per_second_median", median(full.attemptRates)},
        {"attempts", int64_t(full.attempts)},
        {"rejected_allocations", int64_t(full.rejected)},
        {"failed_evaluations", int64_t(full.failed)},
        {"zigzag_evals_per_cpu_second", *zigzag},
        {"speedup_vs_zigzag", med / *zigzag},
        {"checksum", full.checksum},
        {"result_digest", digestText},
    });
    if (allPaths) {
      json::Object &row = *results.back().getAsObject();
      row["energy_only_evals_per_second_median"] = median(energy.rates);
      row["energy_only_evals_per_cpu_second_median"] = median(energy.cpuRates);
      row["energy_only_checksum"] = energy.checksum;
      row["allocations_per_second_median"] = median(alloc.attemptRates);
      row["allocations_per_cpu_second_median"] =
          median(alloc.cpuAttemptRates);
    }
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
