//===- AttributeFuzzer.cpp - libFuzzer target for #salsa.* attributes -----===//
//
// Parses the input as an MLIR attribute with the salsa dialect loaded (the
// accelerator and schedule verifiers run inside the parser). An attribute
// that parses must print and parse back to itself.
//
//===----------------------------------------------------------------------===//

#include "salsa/Dialect/Salsa/SalsaDialect.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

static mlir::MLIRContext &context() {
  static mlir::MLIRContext *ctx = [] {
    auto *c = new mlir::MLIRContext(mlir::MLIRContext::Threading::DISABLED);
    c->loadDialect<salsa::SalsaDialect>();
    return c;
  }();
  return *ctx;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  mlir::MLIRContext &ctx = context();
  mlir::ScopedDiagnosticHandler quiet(&ctx, [](mlir::Diagnostic &) {
    return mlir::success();
  });
  std::string text(reinterpret_cast<const char *>(data), size);
  mlir::Attribute attr = mlir::parseAttribute(text, &ctx);
  if (!attr)
    return 0;
  std::string printed;
  llvm::raw_string_ostream os(printed);
  attr.print(os);
  mlir::Attribute again = mlir::parseAttribute(printed, &ctx);
  if (again != attr) {
    std::fprintf(stderr, "round trip changed the attribute:\n%s\n",
                 printed.c_str());
    std::abort();
  }
  return 0;
}
