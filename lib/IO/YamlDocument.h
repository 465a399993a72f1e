//===- YamlDocument.h - Located access to a YAML file (private) -*- C++ -*-===//
//
// Thin layer over llvm/Support/YAMLParser that keeps the file name and turns
// every complaint into "file:line:col: field: message". Duplicate mapping
// keys are allowed and the last one wins, as in PyYAML (ZigZag's own
// tpu_like.yaml repeats `ports`).
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_LIB_IO_YAMLDOCUMENT_H
#define SALSA_LIB_IO_YAMLDOCUMENT_H

#include "llvm/Support/Error.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace salsa::io {

/// A parsed YAML node. llvm::yaml's nodes can be walked only once, so the
/// document is copied into this small tree first.
struct YNode {
  enum Kind { Null, Scalar, Mapping, Sequence } kind = Null;
  std::string value;
  std::vector<std::pair<std::string, YNode>> entries;
  std::vector<YNode> items;
  llvm::SMLoc loc;
};

class YamlDocument {
public:
  /// Reads and parses `path`; `contents` overrides reading the file.
  static llvm::Expected<std::unique_ptr<YamlDocument>>
  load(llvm::StringRef path, std::optional<llvm::StringRef> contents = {});

  const YNode *root() const { return rootNode; }
  const std::string &path() const { return fileName; }

  /// An error located at `node`, naming the field being read.
  llvm::Error error(const YNode *node, const llvm::Twine &field,
                    const llvm::Twine &message) const;

  /// Mapping entries in file order (later duplicates included).
  llvm::Expected<std::vector<std::pair<std::string, const YNode *>>>
  entries(const YNode *node, const llvm::Twine &field) const;
  /// Value of `key` in a mapping (the last one if repeated), or nullptr.
  const YNode *lookup(const YNode *mapping, llvm::StringRef key) const;
  /// Like lookup, but a missing key is an error.
  llvm::Expected<const YNode *> require(const YNode *mapping,
                                             llvm::StringRef key,
                                             const llvm::Twine &field) const;
  llvm::Expected<std::vector<const YNode *>>
  sequence(const YNode *node, const llvm::Twine &field) const;
  /// Scalars; a `null`/empty value is reported as missing.
  llvm::Expected<std::string> string(const YNode *node,
                                     const llvm::Twine &field) const;
  llvm::Expected<int64_t> integer(const YNode *node,
                                  const llvm::Twine &field) const;
  llvm::Expected<double> number(const YNode *node,
                                const llvm::Twine &field) const;
  llvm::Expected<bool> boolean(const YNode *node,
                               const llvm::Twine &field) const;
  llvm::Expected<std::vector<std::string>>
  stringList(const YNode *node, const llvm::Twine &field) const;
  static bool isNull(const YNode *node);
  /// Every key of a mapping is one of `known` (ZigZag's schema keys): a
  /// misspelt key is an error naming it and the nearest known key.
  llvm::Error checkKeys(const YNode *mapping,
                        llvm::ArrayRef<llvm::StringRef> known,
                        const llvm::Twine &field) const;

private:
  YamlDocument() = default;
  std::string fileName;
  llvm::SourceMgr sourceMgr;
  YNode rootStorage;
  const YNode *rootNode = nullptr;
};

} // namespace salsa::io

#endif // SALSA_LIB_IO_YAMLDOCUMENT_H
