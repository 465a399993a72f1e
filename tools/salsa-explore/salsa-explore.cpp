//===- salsa-explore.cpp - salsa's command line without MLIR --------------===//
//
// Subcommands over ZigZag's input files: evaluate a complete mapping,
// replay ZigZag's reference vectors, and (with lib/Search) schedule layers.
//
//===----------------------------------------------------------------------===//

#include "Commands.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace salsa::explore;

static cl::SubCommand evaluateCmd(
    "evaluate", "Cost breakdown of a complete mapping (the mapping file's "
                "temporal_ordering) for one or all layers of a workload");
static cl::SubCommand checkCmd(
    "check-reference",
    "Replay ZigZag cost-model vectors (JSON lines) and compare every figure");

static cl::OptionCategory evalCat("evaluate options");
static cl::opt<std::string> hardware("hardware", cl::desc("ZigZag hardware YAML"),
                                     cl::value_desc("H.yaml"), cl::Required,
                                     cl::sub(evaluateCmd), cl::cat(evalCat));
static cl::opt<std::string> workload("workload", cl::desc("ZigZag workload YAML"),
                                     cl::value_desc("W.yaml"), cl::Required,
                                     cl::sub(evaluateCmd), cl::cat(evalCat));
static cl::opt<std::string>
    mapping("mapping",
            cl::desc("ZigZag mapping YAML with a temporal_ordering for the "
                     "layer(s)"),
            cl::value_desc("M.yaml"), cl::Required, cl::sub(evaluateCmd),
            cl::cat(evalCat));
static cl::opt<long> layer("layer", cl::desc("Only the layer with this id"),
                           cl::value_desc("ID"), cl::sub(evaluateCmd),
                           cl::cat(evalCat));
static cl::opt<std::string>
    mappingType("mapping-type",
                cl::desc("Allocator mapping type: uneven (default) or even"),
                cl::init("uneven"), cl::sub(evaluateCmd), cl::cat(evalCat));
static cl::opt<bool> jsonOut("json", cl::desc("Print JSON instead of a table"),
                             cl::sub(evaluateCmd), cl::cat(evalCat));

static cl::OptionCategory checkCat("check-reference options");
static cl::opt<std::string> vectorsFile(cl::Positional,
                                        cl::desc("<vectors.jsonl>"),
                                        cl::Required, cl::sub(checkCmd),
                                        cl::cat(checkCat));
static cl::opt<std::string>
    inputsDir("inputs",
              cl::desc("Directory holding hardware/<accelerator>.yaml"),
              cl::value_desc("DIR"), cl::Required, cl::sub(checkCmd),
              cl::cat(checkCat));
static cl::opt<double>
    energyTol("energy-tolerance",
              cl::desc("Relative tolerance for energies and word accesses"),
              cl::init(1e-4), cl::sub(checkCmd), cl::cat(checkCat));
static cl::opt<double>
    latencyTol("latency-tolerance",
               cl::desc("Relative tolerance for latencies and utilizations"),
               cl::init(1e-3), cl::sub(checkCmd), cl::cat(checkCat));
static cl::opt<bool> strictTerms(
    "strict-latency-terms",
    cl::desc("Also compare stall, on-loading and off-loading cycles"),
    cl::sub(checkCmd), cl::cat(checkCat));

int main(int argc, char **argv) {
  InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions({&evalCat, &checkCat});
  cl::ParseCommandLineOptions(
      argc, argv,
      "salsa-explore: schedule and evaluate DNN layers on spatial "
      "accelerators from ZigZag's input files\n");
  if (evaluateCmd) {
    EvaluateOptions opts;
    opts.hardware = hardware;
    opts.workload = workload;
    opts.mapping = mapping;
    if (layer.getNumOccurrences())
      opts.layer = layer;
    opts.mappingType = mappingType;
    opts.json = jsonOut;
    return runEvaluate(opts);
  }
  if (checkCmd) {
    CheckOptions opts;
    opts.file = vectorsFile;
    opts.inputs = inputsDir;
    opts.energyTolerance = energyTol;
    opts.latencyTolerance = latencyTol;
    opts.strictLatencyTerms = strictTerms;
    return runCheckReference(opts);
  }
  errs() << "salsa-explore: give a subcommand (evaluate, check-reference); "
            "see --help\n";
  return 2;
}
