//===- ZigZagYamlFuzzer.cpp - libFuzzer target for the YAML readers -------===//
//
// The first byte picks the reader ('0' hardware, '1' workload, '2' mapping);
// the rest is the file. A reader may reject the input, never crash.
//
//===----------------------------------------------------------------------===//

#include "salsa/IO/ZigZagFiles.h"
#include "salsa/Model/Workload.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  llvm::StringRef text(reinterpret_cast<const char *>(data) + 1, size - 1);
  switch (data[0] % 3) {
  case 0:
    llvm::consumeError(salsa::io::readHardware("fuzz.yaml", text).takeError());
    break;
  case 1: {
    auto workload = salsa::io::readWorkload("fuzz.yaml", text);
    if (!workload) {
      llvm::consumeError(workload.takeError());
      break;
    }
    // A layer the reader accepted must build or be rejected cleanly.
    for (const auto &layer : *workload)
      llvm::consumeError(salsa::buildLayer(layer.spec).takeError());
    break;
  }
  default:
    llvm::consumeError(salsa::io::readMapping("fuzz.yaml", text).takeError());
  }
  return 0;
}
