//===- salsa-import-onnx.cpp - ONNX model -> MLIR (TOSA) ------------------===//
//
// Reads an ONNX model with Debian's ONNX library, runs its shape
// inference, and prints one func.func of TOSA ops (linalg for grouped
// convolutions) ready for upstream's TOSA-to-linalg passes and salsa-lower.
//
//===----------------------------------------------------------------------===//

#include "salsa/Import/OnnxGraph.h"
#include "salsa/Import/OnnxToTosa.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Support/FileUtilities.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ToolOutputFile.h"

using namespace llvm;
using namespace salsa::onnx_import;

static cl::OptionCategory importCategory("salsa-import-onnx options");

static cl::opt<std::string> inputFile(cl::Positional, cl::Required,
                                      cl::desc("<model.onnx>"),
                                      cl::cat(importCategory));
static cl::opt<std::string> outputFile("o", cl::desc("Output file (default: stdout)"),
                                       cl::value_desc("file"), cl::init("-"),
                                       cl::cat(importCategory));
static cl::opt<ImportOptions::Weights> weightsMode(
    "weights", cl::desc("How initializers (weights, biases) enter the function"),
    cl::values(clEnumValN(ImportOptions::Weights::Arguments, "arguments",
                          "trailing function arguments, in the layout the "
                          "op wants (recorded as onnx.layout)"),
               clEnumValN(ImportOptions::Weights::Zeros, "zeros",
                          "zero constants: the function takes only the "
                          "network inputs"),
               clEnumValN(ImportOptions::Weights::Values, "values",
                          "constants with the model's values, in the op's "
                          "layout (the model must store them inline)")),
    cl::init(ImportOptions::Weights::Arguments), cl::cat(importCategory));
static cl::opt<std::string> functionName("function-name",
                                         cl::desc("Name of the emitted function"),
                                         cl::init("main"),
                                         cl::cat(importCategory));

static cl::list<std::string> inputShapes(
    "input-shape",
    cl::desc("Fix a graph input's shape (dynamic dimensions), e.g. "
             "--input-shape input_ids=1x128; repeatable"),
    cl::value_desc("name=D0xD1x..."), cl::cat(importCategory));

/// "name=1x128x768" -> (name, {1, 128, 768}).
static bool parseInputShape(StringRef text, ReadOptions &options,
                            std::string &error) {
  auto [name, dims] = text.rsplit('=');
  if (name.empty() || dims.empty() || !text.contains('=')) {
    error = "--input-shape '" + text.str() + "' is not NAME=D0xD1x...";
    return false;
  }
  std::vector<int64_t> shape;
  SmallVector<StringRef> parts;
  dims.split(parts, 'x');
  for (StringRef p : parts) {
    int64_t d;
    if (p.getAsInteger(10, d) || d < 1) {
      error = "--input-shape '" + text.str() + "': '" + p.str() +
              "' is not a positive dimension";
      return false;
    }
    shape.push_back(d);
  }
  if (options.inputShapes.count(name.str())) {
    error = "--input-shape gives '" + name.str() + "' twice";
    return false;
  }
  options.inputShapes[name.str()] = shape;
  return true;
}

int main(int argc, char **argv) {
  InitLLVM init(argc, argv);
  mlir::registerAsmPrinterCLOptions();
  mlir::registerMLIRContextCLOptions();
  // Only the importer's own options in --help: libLLVM.so registers
  // hundreds of backend flags in the general category (--help-hidden still
  // lists them, and MLIR's printing flags still work).
  cl::HideUnrelatedOptions(importCategory);
  cl::ParseCommandLineOptions(
      argc, argv,
      "salsa-import-onnx: ONNX model -> MLIR (TOSA, plus linalg for grouped "
      "convolutions)\n\n"
      "Shapes come from ONNX shape inference; weights' values are not "
      "needed.\nLower and schedule the result with:\n"
      "  mlir-opt-22 --pass-pipeline='builtin.module(func.func(tosa-to-"
      "linalg-named,tosa-to-linalg,tosa-to-arith,tosa-to-tensor))' | \\\n"
      "  salsa-opt --salsa-lower=target=tpu_like\n");

  std::string error;
  ReadOptions readOptions;
  for (const std::string &text : inputShapes)
    if (!parseInputShape(text, readOptions, error)) {
      errs() << "salsa-import-onnx: error: " << error << "\n";
      return 1;
    }
  std::optional<Graph> graph = readOnnxModel(inputFile, error, readOptions);
  if (!graph) {
    errs() << "salsa-import-onnx: error: " << error << "\n";
    return 1;
  }

  mlir::MLIRContext context;
  loadImportDialects(context);
  // The model is binary: say file and node, never quote "source lines".
  context.getDiagEngine().registerHandler([&](mlir::Diagnostic &diag) {
    const char *severity =
        diag.getSeverity() == mlir::DiagnosticSeverity::Error     ? "error"
        : diag.getSeverity() == mlir::DiagnosticSeverity::Warning ? "warning"
                                                                  : "note";
    errs() << inputFile << ": " << severity << ": " << diag << "\n";
    for (mlir::Diagnostic &note : diag.getNotes())
      errs() << inputFile << ": note: " << note << "\n";
  });
  ImportOptions options;
  options.weights = weightsMode;
  options.fileName = sys::path::filename(inputFile).str();
  options.functionName = functionName;
  mlir::OwningOpRef<mlir::ModuleOp> module =
      importGraph(*graph, context, options);
  if (!module)
    return 1;

  auto output = mlir::openOutputFile(outputFile, &error);
  if (!output) {
    errs() << "salsa-import-onnx: error: " << error << "\n";
    return 1;
  }
  output->os() << "// Imported by salsa-import-onnx from "
               << options.fileName << " (ONNX opset " << graph->opset
               << ", " << graph->nodes.size() << " nodes).\n";
  module->print(output->os());
  output->os() << "\n";
  output->keep();
  return 0;
}
