//===- MappingReader.cpp - ZigZag mapping YAML ----------------------------===//

#include "YamlDocument.h"
#include "salsa/IO/ZigZagFiles.h"

#include "llvm/ADT/StringExtras.h"

using namespace salsa;
using namespace salsa::io;

/// "K, 32" -> (K, 32).
static llvm::Expected<std::pair<std::string, int64_t>>
parseDimFactor(const YamlDocument &doc, const YNode *node,
               const std::string &field) {
  std::string dim;
  std::string factorText;
  if (node && node->kind == YNode::Sequence && node->items.size() == 2) {
    auto d = doc.string(&node->items[0], field);
    auto f = doc.string(&node->items[1], field);
    if (!d)
      return d.takeError();
    if (!f)
      return f.takeError();
    dim = *d;
    factorText = *f;
  } else {
    auto text = doc.string(node, field);
    if (!text)
      return text.takeError();
    auto [d, f] = llvm::StringRef(*text).split(',');
    dim = d.trim().str();
    factorText = f.trim().str();
  }
  int64_t factor;
  if (dim.empty() || llvm::StringRef(factorText).getAsInteger(10, factor) ||
      factor <= 0)
    return doc.error(node, field,
                     "expected '<layer dimension>, <positive integer>'");
  return std::pair{llvm::StringRef(dim).upper(), factor};
}

/// Calls `each` on every item of every array dimension's list under `key`
/// (`D1: [...]`), in file order; absent or null: nothing.
static llvm::Error forEachArrayDim(
    const YamlDocument &doc, const YNode *item, llvm::StringRef key,
    const std::string &field,
    llvm::function_ref<llvm::Error(const std::string &, const YNode *,
                                   const std::string &)>
        each) {
  const YNode *node = doc.lookup(item, key);
  if (!node || YamlDocument::isNull(node))
    return llvm::Error::success();
  auto dims = doc.entries(node, field + "." + key);
  if (!dims)
    return dims.takeError();
  for (auto &[arrayDim, list] : *dims) {
    std::string f = field + "." + key.str() + "." + arrayDim;
    auto items = doc.sequence(list, f);
    if (!items)
      return items.takeError();
    for (const YNode *i : *items)
      if (llvm::Error err = each(arrayDim, i, f))
        return err;
  }
  return llvm::Error::success();
}

llvm::Expected<std::vector<MappingEntry>>
salsa::io::readMapping(llvm::StringRef path,
                       std::optional<llvm::StringRef> contents) {
  auto docOr = YamlDocument::load(path, contents);
  if (!docOr)
    return docOr.takeError();
  const YamlDocument &doc = **docOr;
  auto items = doc.sequence(doc.root(), "mapping");
  if (!items)
    return items.takeError();
  std::vector<MappingEntry> entries;
  for (unsigned i = 0; i < items->size(); ++i) {
    const YNode *item = (*items)[i];
    std::string field = "mapping[" + std::to_string(i) + "]";
    MappingEntry entry;
    // ZigZag 3.8.5's mapping schema, and salsa's operand_precision.
    if (llvm::Error err = doc.checkKeys(
            item,
            {"name", "spatial_mapping", "memory_operand_links",
             "spatial_mapping_hint", "temporal_ordering", "operand_precision"},
            field))
      return std::move(err);
    auto name = doc.require(item, "name", field);
    if (!name)
      return name.takeError();
    auto nameStr = doc.string(*name, field + ".name");
    if (!nameStr)
      return nameStr.takeError();
    entry.name = *nameStr;
    field = "mapping(" + entry.name + ")";

    if (llvm::Error err = forEachArrayDim(
            doc, item, "spatial_mapping", field,
            [&](const std::string &arrayDim, const YNode *u,
                const std::string &f) -> llvm::Error {
              auto df = parseDimFactor(doc, u, f);
              if (!df)
                return df.takeError();
              entry.spatial.push_back(
                  {arrayDim, df->first, double(df->second)});
              return llvm::Error::success();
            }))
      return std::move(err);
    if (llvm::Error err = forEachArrayDim(
            doc, item, "spatial_mapping_hint", field,
            [&](const std::string &arrayDim, const YNode *d,
                const std::string &f) -> llvm::Error {
              auto name = doc.string(d, f);
              if (!name)
                return name.takeError();
              if (entry.spatialHint.empty() ||
                  entry.spatialHint.back().arrayDim != arrayDim)
                entry.spatialHint.push_back({arrayDim, {}});
              entry.spatialHint.back().layerDims.push_back(
                  llvm::StringRef(*name).trim().upper());
              return llvm::Error::success();
            }))
      return std::move(err);

    auto links = doc.require(item, "memory_operand_links", field);
    if (!links)
      return links.takeError();
    auto linkEntries = doc.entries(*links, field + ".memory_operand_links");
    if (!linkEntries)
      return linkEntries.takeError();
    for (auto &[layerOp, memNode] : *linkEntries) {
      std::string f = field + ".memory_operand_links." + layerOp;
      auto memName = doc.string(memNode, f);
      if (!memName)
        return memName.takeError();
      auto mem = parseMemOperand(*memName);
      if (!mem)
        return doc.error(memNode, f,
                         "unknown memory operand '" + *memName +
                             "' (expected I1, I2 or O)");
      entry.links.push_back({layerOp, *mem});
    }

    const YNode *ordering = doc.lookup(item, "temporal_ordering");
    if (ordering && !YamlDocument::isNull(ordering)) {
      auto loops = doc.sequence(ordering, field + ".temporal_ordering");
      if (!loops)
        return loops.takeError();
      for (const YNode *loop : *loops) {
        auto df = parseDimFactor(doc, loop, field + ".temporal_ordering");
        if (!df)
          return df.takeError();
        entry.temporalOrdering.push_back(*df);
      }
    }
    // salsa's own key: the precisions the datapath computes at (ZigZag
    // keeps them in the workload; a compiler's IR says f32 or i8/i32).
    const YNode *precisions = doc.lookup(item, "operand_precision");
    if (precisions && !YamlDocument::isNull(precisions)) {
      auto widths = doc.entries(precisions, field + ".operand_precision");
      if (!widths)
        return widths.takeError();
      for (auto &[operand, node] : *widths) {
        std::string f = field + ".operand_precision." + operand;
        if (!llvm::is_contained(precisionKeys(), operand))
          return doc.error(node, f,
                           "unknown operand '" + operand +
                               "' (expected W, I, O or O_final)");
        auto bits = doc.integer(node, f);
        if (!bits)
          return bits.takeError();
        if (*bits <= 0 || *bits > 1024)
          return doc.error(node, f, "expected a width in bits (1 to 1024)");
        entry.precisions.push_back({operand, int(*bits)});
      }
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}
