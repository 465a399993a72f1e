//===- LocationText.cpp - An op's location as `file:line:col` -------------===//

#include "salsa/Transforms/LocationText.h"

#include "mlir/IR/BuiltinAttributes.h"

#include "llvm/Support/raw_ostream.h"

std::string salsa::locationText(mlir::Location loc) {
  std::string text;
  llvm::raw_string_ostream os(text);
  if (auto file = llvm::dyn_cast<mlir::FileLineColLoc>(loc))
    os << file.getFilename().getValue() << ":" << file.getLine() << ":"
       << file.getColumn();
  else
    loc.print(os);
  return text;
}
