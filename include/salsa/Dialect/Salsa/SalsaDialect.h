//===- SalsaDialect.h - The salsa dialect -----------------------*- C++ -*-===//
#ifndef SALSA_DIALECT_SALSA_SALSADIALECT_H
#define SALSA_DIALECT_SALSA_SALSADIALECT_H

#include "mlir/IR/Dialect.h"

#include "salsa/Dialect/Salsa/SalsaDialect.h.inc"

#endif
