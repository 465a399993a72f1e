//===- SalsaPlugin.cpp - salsa as a plugin of stock mlir-opt --------------===//
//
// mlir-opt-22 --load-dialect-plugin=SalsaPlugin.so   (the salsa dialect)
// mlir-opt-22 --load-pass-plugin=SalsaPlugin.so      (the salsa passes)
//
//===----------------------------------------------------------------------===//

#include "salsa/InitSalsa.h"

#include "mlir/Tools/Plugins/DialectPlugin.h"
#include "mlir/Tools/Plugins/PassPlugin.h"

extern "C" LLVM_ATTRIBUTE_WEAK mlir::DialectPluginLibraryInfo
mlirGetDialectPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "SalsaDialect", LLVM_VERSION_STRING,
          [](mlir::DialectRegistry *registry) {
            salsa::registerSalsaDialect(*registry);
          }};
}

extern "C" LLVM_ATTRIBUTE_WEAK mlir::PassPluginLibraryInfo
mlirGetPassPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "SalsaPasses", LLVM_VERSION_STRING,
          []() { salsa::registerSalsaPassesAndPipelines(); }};
}
