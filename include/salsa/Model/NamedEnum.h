//===- NamedEnum.h - Enum values with their spellings -----------*- C++ -*-===//
//
// An enum-valued option's spellings and help live in one table of rows
// (value, name, help, and whatever else a row needs, e.g. an engine's run
// function). Parsing, printing, error messages and command-line values are
// all derived from it; the first row of a value is its canonical name,
// later rows are aliases.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_MODEL_NAMEDENUM_H
#define SALSA_MODEL_NAMEDENUM_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace salsa {

template <typename T> struct EnumName {
  T value;
  llvm::StringRef name;
  llvm::StringRef help;
};

template <typename Row>
auto lookupName(llvm::ArrayRef<Row> table, llvm::StringRef name)
    -> std::optional<decltype(Row::value)> {
  for (const Row &row : table)
    if (row.name == name)
      return row.value;
  return std::nullopt;
}

template <typename Row, typename T>
llvm::StringRef nameOf(llvm::ArrayRef<Row> table, T value) {
  for (const Row &row : table)
    if (row.value == value)
      return row.name;
  return "?";
}

/// "a, b or c" over the canonical names, for messages.
template <typename Row> std::string listNames(llvm::ArrayRef<Row> table) {
  std::string out;
  llvm::SmallVector<llvm::StringRef> names;
  for (const Row &row : table)
    if (nameOf(table, row.value) == row.name)
      names.push_back(row.name);
  for (size_t i = 0; i < names.size(); ++i) {
    if (i)
      out += i + 1 == names.size() ? " or " : ", ";
    out += names[i].str();
  }
  return out;
}

/// A command-line modifier (llvm::cl::opt and MLIR pass options alike):
/// the table's rows as the option's allowed values, so a bad value is
/// rejected by the parser with the list of valid ones.
template <typename Row> struct EnumValues {
  llvm::ArrayRef<Row> table;
  template <class Opt> void apply(Opt &option) const {
    for (const Row &row : table)
      option.getParser().addLiteralOption(row.name, row.value, row.help);
  }
};
template <typename Row> EnumValues<Row> enumValues(llvm::ArrayRef<Row> table) {
  return {table};
}

} // namespace salsa

#endif // SALSA_MODEL_NAMEDENUM_H
