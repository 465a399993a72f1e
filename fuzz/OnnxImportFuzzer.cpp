//===- OnnxImportFuzzer.cpp - salsa-import-onnx on arbitrary bytes --------===//
//
// Any input: the ONNX reader (protobuf, ONNX shape inference) and the TOSA
// emitter either produce a module that verifies (importGraph verifies what
// it builds) or report an error; nothing crashes, nothing hangs.
//
//===----------------------------------------------------------------------===//

#include "salsa/Import/OnnxGraph.h"
#include "salsa/Import/OnnxToTosa.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"

#include <cstdint>
#include <string>

using namespace salsa::onnx_import;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string error;
  std::optional<Graph> graph = parseOnnxModel(
      std::string(reinterpret_cast<const char *>(data), size), "fuzz.onnx",
      error);
  if (!graph)
    return 0;
  // A fresh context per input: imported types and attributes are uniqued
  // in it for its lifetime.
  mlir::MLIRContext context;
  loadImportDialects(context);
  context.getDiagEngine().registerHandler([](mlir::Diagnostic &) {});
  ImportOptions options;
  const ImportOptions::Weights modes[] = {ImportOptions::Weights::Arguments,
                                          ImportOptions::Weights::Zeros,
                                          ImportOptions::Weights::Values};
  options.weights = modes[size % 3];
  (void)importGraph(*graph, context, options);
  return 0;
}
