//===- AttributeFuzzer.cpp - libFuzzer target for #salsa.* attributes -----===//
//
// Parses the input as an MLIR attribute with the salsa dialect loaded (the
// accelerator and schedule verifiers run inside the parser). A salsa
// attribute that parses must print and parse back to itself.
//
//===----------------------------------------------------------------------===//

#include "salsa/Dialect/Salsa/SalsaDialect.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

/// MLIR uniques every attribute in its context for the context's lifetime,
/// so a long run gets a fresh context now and then (else it grows to the
/// fuzzer's memory limit with no leak involved).
static mlir::MLIRContext &context() {
  static std::unique_ptr<mlir::MLIRContext> ctx;
  static unsigned uses = 0;
  if (!ctx || ++uses % 20000 == 0) {
    ctx = std::make_unique<mlir::MLIRContext>(
        mlir::MLIRContext::Threading::DISABLED);
    ctx->loadDialect<salsa::SalsaDialect>();
  }
  return *ctx;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  mlir::MLIRContext &ctx = context();
  mlir::ScopedDiagnosticHandler quiet(&ctx, [](mlir::Diagnostic &) {
    return mlir::success();
  });
  std::string text(reinterpret_cast<const char *>(data), size);
  mlir::Attribute attr = mlir::parseAttribute(text, &ctx);
  // Only salsa's own attributes are held to the round trip (upstream
  // builtins have corner cases of their own, e.g. an empty symbol name).
  if (!attr || attr.getDialect().getNamespace() != "salsa")
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
