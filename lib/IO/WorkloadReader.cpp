//===- WorkloadReader.cpp - ZigZag workload YAML --------------------------===//

#include "YamlDocument.h"
#include "salsa/IO/ZigZagFiles.h"

using namespace salsa;
using namespace salsa::io;

llvm::Expected<std::vector<WorkloadLayer>>
salsa::io::readWorkload(llvm::StringRef path,
                        std::optional<llvm::StringRef> contents) {
  if (!contents && path.ends_with(".onnx"))
    return readOnnxWorkload(path);
  auto docOr = YamlDocument::load(path, contents);
  if (!docOr)
    return docOr.takeError();
  const YamlDocument &doc = **docOr;
  auto items = doc.sequence(doc.root(), "workload");
  if (!items)
    return items.takeError();
  std::vector<WorkloadLayer> layers;
  for (unsigned i = 0; i < items->size(); ++i) {
    const YNode *item = (*items)[i];
    std::string field = "workload[" + std::to_string(i) + "]";
    WorkloadLayer layer;
    // ZigZag 3.8.5's layer schema.
    if (llvm::Error err = doc.checkKeys(
            item,
            {"id", "name", "operator_type", "equation", "dimension_relations",
             "loop_dims", "loop_sizes", "time_dim", "operand_precision",
             "operand_source", "pr_loop_dims", "pr_loop_sizes", "padding"},
            field))
      return std::move(err);
    auto id = doc.require(item, "id", field);
    if (!id)
      return id.takeError();
    auto idVal = doc.integer(*id, field + ".id");
    if (!idVal)
      return idVal.takeError();
    layer.id = *idVal;
    LayerSpec &spec = layer.spec;
    if (const YNode *name = doc.lookup(item, "name");
        name && !YamlDocument::isNull(name)) {
      auto s = doc.string(name, field + ".name");
      if (!s)
        return s.takeError();
      spec.name = *s;
    } else {
      spec.name = "Layer" + std::to_string(layer.id);
    }
    auto str = [&](const char *key, std::string &dst) -> llvm::Error {
      auto node = doc.require(item, key, field);
      if (!node)
        return node.takeError();
      auto s = doc.string(*node, field + "." + key);
      if (!s)
        return s.takeError();
      dst = *s;
      return llvm::Error::success();
    };
    if (auto err = str("operator_type", spec.operatorType))
      return std::move(err);
    if (auto err = str("equation", spec.equation))
      return std::move(err);
    if (const YNode *rel = doc.lookup(item, "dimension_relations");
        rel && !YamlDocument::isNull(rel)) {
      auto rels = doc.stringList(rel, field + ".dimension_relations");
      if (!rels)
        return rels.takeError();
      spec.dimensionRelations = *rels;
    }
    auto dims = doc.require(item, "loop_dims", field);
    if (!dims)
      return dims.takeError();
    auto dimNames = doc.stringList(*dims, field + ".loop_dims");
    if (!dimNames)
      return dimNames.takeError();
    spec.dims = *dimNames;
    auto sizes = doc.require(item, "loop_sizes", field);
    if (!sizes)
      return sizes.takeError();
    auto sizeNodes = doc.sequence(*sizes, field + ".loop_sizes");
    if (!sizeNodes)
      return sizeNodes.takeError();
    for (const YNode *s : *sizeNodes) {
      auto v = doc.integer(s, field + ".loop_sizes");
      if (!v)
        return v.takeError();
      spec.sizes.push_back(*v);
    }
    if (spec.sizes.size() != spec.dims.size())
      return doc.error(*sizes, field + ".loop_sizes",
                       "has " + std::to_string(spec.sizes.size()) +
                           " entries but loop_dims has " +
                           std::to_string(spec.dims.size()));
    auto precision = doc.require(item, "operand_precision", field);
    if (!precision)
      return precision.takeError();
    auto precEntries = doc.entries(*precision, field + ".operand_precision");
    if (!precEntries)
      return precEntries.takeError();
    for (auto &[op, node] : *precEntries) {
      auto bits = doc.integer(node, field + ".operand_precision." + op);
      if (!bits)
        return bits.takeError();
      spec.precisions.push_back({op, int(*bits)});
    }
    if (const YNode *pr = doc.lookup(item, "pr_loop_dims");
        pr && !YamlDocument::isNull(pr)) {
      auto prDims = doc.stringList(pr, field + ".pr_loop_dims");
      if (!prDims)
        return prDims.takeError();
      spec.prDims = *prDims;
    }
    if (const YNode *pr = doc.lookup(item, "pr_loop_sizes");
        pr && !YamlDocument::isNull(pr)) {
      auto prSizes = doc.sequence(pr, field + ".pr_loop_sizes");
      if (!prSizes)
        return prSizes.takeError();
      for (const YNode *s : *prSizes) {
        auto v = doc.integer(s, field + ".pr_loop_sizes");
        if (!v)
          return v.takeError();
        spec.prSizes.push_back(*v);
      }
    }
    if (const YNode *pad = doc.lookup(item, "padding");
        pad && !YamlDocument::isNull(pad)) {
      auto pads = doc.sequence(pad, field + ".padding");
      if (!pads)
        return pads.takeError();
      for (const YNode *p : *pads) {
        auto pair = doc.sequence(p, field + ".padding");
        if (!pair)
          return pair.takeError();
        if (pair->size() != 2)
          return doc.error(p, field + ".padding", "expected [before, after]");
        auto a = doc.integer((*pair)[0], field + ".padding");
        auto b = doc.integer((*pair)[1], field + ".padding");
        if (!a)
          return a.takeError();
        if (!b)
          return b.takeError();
        spec.padding.push_back({*a, *b});
      }
    }
    layers.push_back(std::move(layer));
  }
  return layers;
}
