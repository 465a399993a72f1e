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

static cl::SubCommand scheduleCmd(
    "schedule",
    "Search the temporal mapping (loop order and memory allocation) of "
    "layers with the dual engine or a chosen one");

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
static cl::opt<bool> fixBugs(
    "fix-zigzag-bugs",
    cl::desc("Correct two ZigZag latency bugs (on-loading below its minimum, "
             "half-shared ports not summed); off: numbers compare with "
             "ZigZag"),
    cl::sub(evaluateCmd), cl::cat(evalCat));

static cl::OptionCategory schedCat("schedule options");
static cl::opt<std::string> sHardware("hardware", cl::desc("ZigZag hardware YAML"),
                                      cl::value_desc("H.yaml"), cl::sub(scheduleCmd),
                                      cl::cat(schedCat));
static cl::opt<std::string> sWorkload("workload", cl::desc("ZigZag workload YAML"),
                                      cl::value_desc("W.yaml"), cl::sub(scheduleCmd),
                                      cl::cat(schedCat));
static cl::opt<std::string>
    sMapping("mapping",
             cl::desc("ZigZag mapping YAML (spatial mapping and operand links)"),
             cl::value_desc("M.yaml"), cl::sub(scheduleCmd), cl::cat(schedCat));
static cl::list<int64_t> sLayers("layers",
                                 cl::desc("Only these layer ids (comma separated)"),
                                 cl::CommaSeparated, cl::value_desc("ID,ID"),
                                 cl::sub(scheduleCmd), cl::cat(schedCat));
static cl::opt<std::string> sProblems(
    "problems",
    cl::desc("Problems as JSON lines in the format of search-baselines.jsonl "
             "(layer, accelerator, spatial mapping, links per line)"),
    cl::value_desc("FILE.jsonl"), cl::sub(scheduleCmd), cl::cat(schedCat));
static cl::opt<std::string>
    sInputs("inputs", cl::desc("Directory with hardware/<accelerator>.yaml (with "
                               "--problems)"),
            cl::value_desc("DIR"), cl::sub(scheduleCmd), cl::cat(schedCat));
static cl::opt<std::string> sEngine(
    "engine",
    cl::desc("salsa (dual: exhaustive when affordable, else annealing), "
             "exhaustive, annealing, loma (exhaustive over merged factors), or "
             "exact (branch and bound: proven minimum energy, certificate)"),
    cl::init("salsa"), cl::sub(scheduleCmd), cl::cat(schedCat));
static cl::opt<std::string> sObjective("objective",
                                       cl::desc("energy, latency or edp"),
                                       cl::init("energy"), cl::sub(scheduleCmd),
                                       cl::cat(schedCat));
static cl::opt<std::string>
    sMappingType("mapping-type", cl::desc("Allocator mapping type: uneven or even"),
                 cl::init("uneven"), cl::sub(scheduleCmd), cl::cat(schedCat));
static cl::opt<unsigned> sLpfLimit("lpf-limit",
                                   cl::desc("LOMA: merge prime factors down to N "
                                            "(0: no limit)"),
                                   cl::init(6), cl::sub(scheduleCmd),
                                   cl::cat(schedCat));
static cl::opt<uint64_t> sSeed("seed", cl::desc("Seed of the annealing chains"),
                               cl::init(0), cl::sub(scheduleCmd), cl::cat(schedCat));
static cl::opt<unsigned> sThreads("threads",
                                  cl::desc("Worker threads (0: one per core); "
                                           "results do not depend on it"),
                                  cl::init(0), cl::sub(scheduleCmd), cl::cat(schedCat));
static cl::opt<unsigned> sIterations("iterations",
                                     cl::desc("Annealing iterations per chain"),
                                     cl::init(1000), cl::sub(scheduleCmd),
                                     cl::cat(schedCat));
static cl::opt<unsigned> sChains("chains", cl::desc("Independent annealing chains"),
                                 cl::init(8), cl::sub(scheduleCmd), cl::cat(schedCat));
static cl::opt<std::string>
    sMoves("moves",
           cl::desc("Annealing moves: swap (ZigZag's) or mixed (swap, insert, "
                    "reverse)"),
           cl::init("mixed"), cl::sub(scheduleCmd), cl::cat(schedCat));
static cl::opt<double> sLimit(
    "exhaustive-limit",
    cl::desc("Dual engine: enumerate when there are at most this many "
             "orderings (or no more than annealing evaluates)"),
    cl::init(2e6), cl::sub(scheduleCmd), cl::cat(schedCat));
static cl::opt<double> sExactBudget(
    "exact-budget",
    cl::desc("Exact engine: seconds per layer before it stops and reports "
             "its best with the gap to its lower bound"),
    cl::init(10), cl::sub(scheduleCmd), cl::cat(schedCat));
static cl::list<std::string> sConstraints(
    "constraint",
    cl::desc("INNER<OUTER: every loop of INNER runs inside every loop of OUTER "
             "(repeatable)"),
    cl::sub(scheduleCmd), cl::cat(schedCat));
static cl::list<std::string> sOutermost("outermost",
                                        cl::desc("Pin a dimension's loops outside "
                                                 "all others (repeatable)"),
                                        cl::sub(scheduleCmd), cl::cat(schedCat));
static cl::list<std::string> sInnermost("innermost",
                                        cl::desc("Pin a dimension's loops inside "
                                                 "all others (repeatable)"),
                                        cl::sub(scheduleCmd), cl::cat(schedCat));
static cl::opt<bool> sJson("json", cl::desc("One JSON object per layer"),
                           cl::sub(scheduleCmd), cl::cat(schedCat));
static cl::opt<std::string> sExport(
    "export-zigzag-mapping",
    cl::desc("Write the schedules as a ZigZag mapping file (temporal_ordering)"),
    cl::value_desc("OUT.yaml"), cl::sub(scheduleCmd), cl::cat(schedCat));

static cl::opt<std::string> sReport(
    "report",
    cl::desc("Write a self-contained HTML report (energy per layer by memory "
             "level and operand, latency and utilization, search statistics)"),
    cl::value_desc("OUT.html"), cl::sub(scheduleCmd), cl::cat(schedCat));
static cl::opt<bool> sQuiet(
    "quiet",
    cl::desc("No progress line (it is only shown when stderr is a terminal)"),
    cl::sub(scheduleCmd), cl::cat(schedCat));

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
  cl::HideUnrelatedOptions({&evalCat, &checkCat, &schedCat});
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
    opts.fixZigZagBugs = fixBugs;
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
  if (scheduleCmd) {
    ScheduleOptions opts;
    opts.hardware = sHardware;
    opts.workload = sWorkload;
    opts.mapping = sMapping;
    opts.layers.assign(sLayers.begin(), sLayers.end());
    opts.problems = sProblems;
    opts.inputs = sInputs;
    opts.engine = sEngine;
    opts.objective = sObjective;
    opts.objectiveGiven = sObjective.getNumOccurrences() > 0;
    opts.mappingType = sMappingType;
    opts.mappingTypeGiven = sMappingType.getNumOccurrences() > 0;
    opts.moves = sMoves;
    opts.seed = sSeed;
    opts.threads = sThreads;
    opts.iterations = sIterations;
    opts.chains = sChains;
    opts.lpfLimit = sLpfLimit;
    opts.exhaustiveLimit = sLimit;
    opts.exactBudget = sExactBudget;
    opts.constraints.assign(sConstraints.begin(), sConstraints.end());
    opts.outermost.assign(sOutermost.begin(), sOutermost.end());
    opts.innermost.assign(sInnermost.begin(), sInnermost.end());
    opts.json = sJson;
    opts.exportZigZag = sExport;
    opts.report = sReport;
    opts.quiet = sQuiet;
    return runSchedule(opts);
  }
  errs() << "salsa-explore: give a subcommand (evaluate, check-reference, "
            "schedule); "
            "see --help\n";
  return 2;
}
