//===- salsa-opt.cpp - mlir-opt with the salsa dialect and passes ---------===//

#include "salsa/InitSalsa.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::registerAllPasses();
  salsa::registerSalsaPassesAndPipelines();
  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  salsa::registerSalsaDialect(registry);
  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv,
      "salsa optimizer driver: schedules linalg layers onto spatial "
      "accelerators (all upstream dialects and passes, plus salsa's)\n",
      registry));
}
