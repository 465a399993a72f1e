//===- salsa-explore.cpp - salsa's command line without MLIR --------------===//
//
// Subcommands over ZigZag's input files: evaluate a complete mapping,
// replay ZigZag's reference vectors, and (with lib/Search) schedule layers.
//
//===----------------------------------------------------------------------===//

#include "Commands.h"

#include "salsa/Search/Scheduler.h"

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

// The help of every scheduling row, for evaluate's flags that mean the same
// (the rows stay the one place of their text).
#define SALSA_OPTION(G, TYPE, FIELD, FLAG, DEFAULT, HELP)                     \
  [[maybe_unused]] static const char *const help_##FIELD = HELP;
#include "salsa/Search/SchedulerOptions.def"

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
static cl::opt<salsa::MappingType>
    mappingType("mapping-type", cl::desc(help_mappingType),
                cl::init(salsa::MappingType::Uneven),
                salsa::enumValues(salsa::mappingTypeNames()),
                cl::sub(evaluateCmd), cl::cat(evalCat));
static cl::opt<bool> jsonOut("json", cl::desc("Print JSON instead of a table"),
                             cl::sub(evaluateCmd), cl::cat(evalCat));
static cl::opt<bool> fixBugs("fix-zigzag-bugs", cl::desc(help_fixZigZagBugs),
                             cl::sub(evaluateCmd), cl::cat(evalCat));

static cl::OptionCategory schedCat("schedule options");
static cl::opt<std::string> sHardware("hardware",
                                      cl::desc("ZigZag hardware YAML, or a "
                                               "preset name (then --mapping "
                                               "is optional)"),
                                      cl::value_desc("H.yaml"), cl::sub(scheduleCmd),
                                      cl::cat(schedCat));
static cl::opt<std::string> sWorkload("workload",
                                      cl::desc("ZigZag workload YAML, or an "
                                               "ONNX model (read as ZigZag's "
                                               "ONNX parser reads it)"),
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
// Engine, objective, precisions, ...: every row of SchedulerOptions.def in
// groups Search and Scheduler.
#define SALSA_OPTION(G, TYPE, FIELD, FLAG, DEFAULT, HELP)                     \
  SALSA_ONLY_Scheduling(G)(static cl::opt<TYPE> s_##FIELD(                     \
      FLAG, cl::desc(HELP), cl::init(DEFAULT), cl::sub(scheduleCmd),           \
      cl::cat(schedCat));)
#define SALSA_ENUM_OPTION(G, TYPE, FIELD, FLAG, DEFAULT, TABLE, HELP)         \
  SALSA_ONLY_Scheduling(G)(static cl::opt<TYPE> s_##FIELD(                     \
      FLAG, cl::desc(HELP), cl::init(DEFAULT), salsa::enumValues(TABLE()),     \
      cl::sub(scheduleCmd), cl::cat(schedCat));)
#define SALSA_LIST_OPTION(G, FIELD, FLAG, HELP)                               \
  SALSA_ONLY_Scheduling(G)(static cl::list<std::string> s_##FIELD(             \
      FLAG, cl::desc(HELP), cl::sub(scheduleCmd), cl::cat(schedCat));)
#include "salsa/Search/SchedulerOptions.def"

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
#define SALSA_OPTION(G, TYPE, FIELD, FLAG, DEFAULT, HELP)                     \
  SALSA_ONLY_Search(G)(opts.scheduler.search.FIELD = s_##FIELD;)               \
      SALSA_ONLY_Scheduler(G)(opts.scheduler.FIELD = s_##FIELD;)
#define SALSA_LIST_OPTION(G, FIELD, FLAG, HELP)                               \
  opts.scheduler.FIELD.assign(s_##FIELD.begin(), s_##FIELD.end());
#include "salsa/Search/SchedulerOptions.def"
    opts.objectiveGiven = s_objective.getNumOccurrences() > 0;
    opts.mappingTypeGiven = s_mappingType.getNumOccurrences() > 0;
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
