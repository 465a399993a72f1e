//===- YamlDocument.cpp - Located access to a YAML file -------------------===//

#include "YamlDocument.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>

using namespace salsa::io;

/// Copies a llvm::yaml node (and its children) into a YNode.
static bool copyNode(llvm::yaml::Node *in, YNode &out) {
  if (!in)
    return true;
  out.loc = in->getSourceRange().Start;
  if (auto *scalar = llvm::dyn_cast<llvm::yaml::ScalarNode>(in)) {
    llvm::SmallString<32> storage;
    out.value = scalar->getValue(storage).str();
    llvm::StringRef v = out.value;
    bool plain = scalar->getRawValue().size() &&
                 scalar->getRawValue().front() != '"' &&
                 scalar->getRawValue().front() != '\'';
    out.kind = (plain && (v == "null" || v == "~" || v == "Null" ||
                          v == "NULL" || v.empty()))
                   ? YNode::Null
                   : YNode::Scalar;
    return true;
  }
  if (auto *block = llvm::dyn_cast<llvm::yaml::BlockScalarNode>(in)) {
    out.kind = YNode::Scalar;
    out.value = block->getValue().str();
    return true;
  }
  if (auto *map = llvm::dyn_cast<llvm::yaml::MappingNode>(in)) {
    out.kind = YNode::Mapping;
    for (llvm::yaml::KeyValueNode &kv : *map) {
      YNode key;
      if (!copyNode(kv.getKey(), key))
        return false;
      YNode value;
      if (!copyNode(kv.getValue(), value))
        return false;
      out.entries.emplace_back(key.value, std::move(value));
      if (out.entries.back().second.loc.getPointer() == nullptr)
        out.entries.back().second.loc = key.loc;
    }
    return true;
  }
  if (auto *seq = llvm::dyn_cast<llvm::yaml::SequenceNode>(in)) {
    out.kind = YNode::Sequence;
    for (llvm::yaml::Node &item : *seq) {
      YNode child;
      if (!copyNode(&item, child))
        return false;
      out.items.push_back(std::move(child));
    }
    return true;
  }
  if (llvm::isa<llvm::yaml::NullNode>(in)) {
    out.kind = YNode::Null;
    return true;
  }
  // Aliases and anchors are not used by ZigZag files.
  return false;
}

llvm::Expected<std::unique_ptr<YamlDocument>>
YamlDocument::load(llvm::StringRef path,
                   std::optional<llvm::StringRef> contents) {
  std::unique_ptr<llvm::MemoryBuffer> buffer;
  if (contents) {
    buffer = llvm::MemoryBuffer::getMemBufferCopy(*contents, path);
  } else {
    auto file = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
    if (!file)
      return llvm::createStringError(file.getError(), "%s: cannot read: %s",
                                     path.str().c_str(),
                                     file.getError().message().c_str());
    buffer = std::move(*file);
  }
  std::unique_ptr<YamlDocument> doc(new YamlDocument());
  doc->fileName = path.str();
  llvm::MemoryBufferRef ref = buffer->getMemBufferRef();
  doc->sourceMgr.AddNewSourceBuffer(std::move(buffer), llvm::SMLoc());
  std::string diagnostics;
  llvm::raw_string_ostream diagStream(diagnostics);
  doc->sourceMgr.setDiagHandler(
      [](const llvm::SMDiagnostic &diag, void *ctx) {
        auto *os = static_cast<llvm::raw_string_ostream *>(ctx);
        if (!os->str().empty())
          return;
        *os << diag.getFilename() << ":" << diag.getLineNo() << ":"
            << diag.getColumnNo() + 1 << ": " << diag.getMessage();
      },
      &diagStream);
  llvm::yaml::Stream stream(ref, doc->sourceMgr);
  auto it = stream.begin();
  bool copied = true;
  if (it != stream.end())
    copied = copyNode(it->getRoot(), doc->rootStorage);
  if (stream.failed() || !diagnostics.empty() || !copied)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   diagnostics.empty()
                                       ? path.str() + ": unsupported YAML"
                                       : diagnostics);
  doc->rootNode = &doc->rootStorage;
  if (isNull(doc->rootNode))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   path.str() + ": the file is empty");
  return doc;
}

llvm::Error YamlDocument::checkKeys(const YNode *mapping,
                                    llvm::ArrayRef<llvm::StringRef> known,
                                    const llvm::Twine &field) const {
  if (!mapping || mapping->kind != YNode::Mapping)
    return llvm::Error::success();
  for (const auto &[key, value] : mapping->entries) {
    if (llvm::is_contained(known, key))
      continue;
    llvm::StringRef nearest;
    unsigned best = ~0u;
    for (llvm::StringRef k : known)
      if (unsigned d = llvm::StringRef(key).edit_distance(k); d < best) {
        best = d;
        nearest = k;
      }
    std::string hint =
        best <= std::max<size_t>(2, key.size() / 3)
            ? " (did you mean '" + nearest.str() + "'?)"
            : " (expected one of: " + llvm::join(known, ", ") + ")";
    return error(&value, field, "unknown key '" + key + "'" + hint);
  }
  return llvm::Error::success();
}

llvm::Error YamlDocument::error(const YNode *node, const llvm::Twine &field,
                                const llvm::Twine &message) const {
  unsigned line = 0, col = 0;
  if (node && node->loc.isValid()) {
    auto lc = sourceMgr.getLineAndColumn(node->loc);
    line = lc.first;
    col = lc.second;
  }
  std::string text =
      llvm::formatv("{0}:{1}:{2}: {3}: {4}", fileName, line, col, field.str(),
                    message.str());
  return llvm::createStringError(llvm::inconvertibleErrorCode(), text);
}

bool YamlDocument::isNull(const YNode *node) {
  return !node || node->kind == YNode::Null;
}

llvm::Expected<std::vector<std::pair<std::string, const YNode *>>>
YamlDocument::entries(const YNode *node, const llvm::Twine &field) const {
  if (!node || node->kind != YNode::Mapping)
    return error(node, field, "expected a mapping");
  std::vector<std::pair<std::string, const YNode *>> out;
  for (const auto &kv : node->entries)
    out.emplace_back(kv.first, &kv.second);
  return out;
}

const YNode *YamlDocument::lookup(const YNode *mapping,
                                  llvm::StringRef key) const {
  if (!mapping || mapping->kind != YNode::Mapping)
    return nullptr;
  const YNode *found = nullptr;
  for (const auto &kv : mapping->entries)
    if (kv.first == key)
      found = &kv.second;
  return found;
}

llvm::Expected<const YNode *>
YamlDocument::require(const YNode *mapping, llvm::StringRef key,
                      const llvm::Twine &field) const {
  if (!mapping || mapping->kind != YNode::Mapping)
    return error(mapping, field, "expected a mapping");
  const YNode *value = lookup(mapping, key);
  if (!value)
    return error(mapping, field + "." + key, "missing required field");
  return value;
}

llvm::Expected<std::vector<const YNode *>>
YamlDocument::sequence(const YNode *node, const llvm::Twine &field) const {
  if (!node || node->kind != YNode::Sequence)
    return error(node, field, "expected a list");
  std::vector<const YNode *> out;
  for (const YNode &n : node->items)
    out.push_back(&n);
  return out;
}

llvm::Expected<std::string>
YamlDocument::string(const YNode *node, const llvm::Twine &field) const {
  if (!node || node->kind != YNode::Scalar)
    return error(node, field, "expected a value");
  return llvm::StringRef(node->value).trim().str();
}

llvm::Expected<int64_t>
YamlDocument::integer(const YNode *node, const llvm::Twine &field) const {
  auto text = string(node, field);
  if (!text)
    return text.takeError();
  int64_t value;
  if (llvm::StringRef(*text).getAsInteger(10, value)) {
    // YAML writes 1e10 for big sizes; accept integral floats.
    double d;
    if (!llvm::to_float(*text, d) || d != std::trunc(d) || std::abs(d) > 9e18)
      return error(node, field, "expected an integer, got '" + *text + "'");
    value = static_cast<int64_t>(d);
  }
  return value;
}

llvm::Expected<double> YamlDocument::number(const YNode *node,
                                            const llvm::Twine &field) const {
  auto text = string(node, field);
  if (!text)
    return text.takeError();
  double value;
  if (!llvm::to_float(*text, value))
    return error(node, field, "expected a number, got '" + *text + "'");
  return value;
}

llvm::Expected<bool> YamlDocument::boolean(const YNode *node,
                                           const llvm::Twine &field) const {
  auto text = string(node, field);
  if (!text)
    return text.takeError();
  std::string lower = llvm::StringRef(*text).lower();
  if (lower == "true" || lower == "yes" || lower == "on")
    return true;
  if (lower == "false" || lower == "no" || lower == "off")
    return false;
  return error(node, field, "expected true or false, got '" + *text + "'");
}

llvm::Expected<std::vector<std::string>>
YamlDocument::stringList(const YNode *node, const llvm::Twine &field) const {
  auto items = sequence(node, field);
  if (!items)
    return items.takeError();
  std::vector<std::string> out;
  for (unsigned i = 0; i < items->size(); ++i) {
    auto s = string((*items)[i], field + "[" + llvm::Twine(i) + "]");
    if (!s)
      return s.takeError();
    out.push_back(*s);
  }
  return out;
}
