//===- ReferenceVectors.cpp - ZigZag reference data -----------------------===//

#include "salsa/IO/ReferenceVectors.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FormatVariadic.h"

using namespace salsa;
using namespace salsa::io;
namespace json = llvm::json;

static llvm::Error fieldError(llvm::StringRef file, unsigned line,
                              llvm::StringRef field, const llvm::Twine &msg) {
  return llvm::createStringError(
      llvm::formatv("{0}:{1}: {2}: {3}", file, line, field, msg.str()));
}

static std::vector<std::string> stringArray(const json::Array *arr) {
  std::vector<std::string> out;
  if (arr)
    for (const json::Value &v : *arr)
      if (auto s = v.getAsString())
        out.push_back(s->str());
  return out;
}

llvm::Expected<LayerSpec>
salsa::io::parseLayerObject(const json::Object &layer, llvm::StringRef file,
                            unsigned lineNo) {
  LayerSpec spec;
  spec.name = layer.getString("name").value_or("").str();
  spec.operatorType = layer.getString("operator_type").value_or("").str();
  auto eq = layer.getString("equation");
  if (!eq)
    return fieldError(file, lineNo, "layer.equation", "missing");
  spec.equation = eq->str();
  spec.dims = stringArray(layer.getArray("loop_dims"));
  if (const json::Array *sizes = layer.getArray("loop_sizes"))
    for (const json::Value &v : *sizes)
      spec.sizes.push_back(v.getAsInteger().value_or(0));
  spec.dimensionRelations = stringArray(layer.getArray("dimension_relations"));
  if (const json::Object *prec = layer.getObject("operand_precision")) {
    // Keep a stable order (JSON objects are unordered).
    std::vector<std::string> keys;
    for (const auto &kv : *prec)
      keys.push_back(kv.first.str());
    llvm::sort(keys);
    for (const std::string &k : keys)
      spec.precisions.push_back({k, int(prec->getInteger(k).value_or(0))});
  }
  spec.prDims = stringArray(layer.getArray("pr_loop_dims"));
  if (const json::Array *pr = layer.getArray("pr_loop_sizes"))
    for (const json::Value &v : *pr)
      spec.prSizes.push_back(v.getAsInteger().value_or(0));
  if (const json::Array *pad = layer.getArray("padding"))
    for (const json::Value &v : *pad)
      if (const json::Array *pair = v.getAsArray(); pair && pair->size() == 2)
        spec.padding.push_back({(*pair)[0].getAsInteger().value_or(0),
                                (*pair)[1].getAsInteger().value_or(0)});

  return spec;
}

llvm::Expected<ReferenceRecord>
salsa::io::parseReferenceRecord(llvm::StringRef line, llvm::StringRef file,
                                unsigned lineNo) {
  auto parsed = json::parse(line);
  if (!parsed)
    return fieldError(file, lineNo, "json",
                      llvm::toString(parsed.takeError()));
  json::Object *obj = parsed->getAsObject();
  if (!obj)
    return fieldError(file, lineNo, "json", "expected an object");
  ReferenceRecord rec;
  rec.id = obj->getString("id").value_or("").str();
  auto acc = obj->getString("accelerator");
  if (!acc)
    return fieldError(file, lineNo, "accelerator", "missing");
  rec.accelerator = acc->str();
  rec.workload = obj->getString("workload").value_or("").str();
  rec.layerIndex = obj->getInteger("layer_index").value_or(0);

  const json::Object *layer = obj->getObject("layer");
  if (!layer)
    return fieldError(file, lineNo, "layer", "missing");
  auto spec = parseLayerObject(*layer, file, lineNo);
  if (!spec)
    return spec.takeError();
  rec.layer = std::move(*spec);

  if (const json::Object *sm = obj->getObject("spatial_mapping")) {
    for (const auto &kv : *sm) {
      const json::Array *unrolls = kv.second.getAsArray();
      if (!unrolls)
        return fieldError(file, lineNo, "spatial_mapping", "expected lists");
      for (const json::Value &u : *unrolls) {
        const json::Array *pair = u.getAsArray();
        if (!pair || pair->size() != 2 || !(*pair)[0].getAsString() ||
            !(*pair)[1].getAsNumber())
          return fieldError(file, lineNo, "spatial_mapping",
                            "expected [dim, factor] pairs");
        rec.spatial.push_back({kv.first.str(), (*pair)[0].getAsString()->str(),
                               *(*pair)[1].getAsNumber()});
      }
    }
  }
  if (const json::Object *links = obj->getObject("memory_operand_links")) {
    for (const auto &kv : *links) {
      auto memName = kv.second.getAsString();
      auto mem = memName ? parseMemOperand(*memName) : std::nullopt;
      if (!mem)
        return fieldError(file, lineNo, "memory_operand_links",
                          "unknown memory operand");
      rec.links.push_back({kv.first.str(), *mem});
    }
  }
  auto type = obj->getString("mapping_type").value_or("uneven");
  auto mt = parseMappingType(type);
  if (!mt)
    return fieldError(file, lineNo, "mapping_type",
                      "expected even or uneven, got '" + type + "'");
  rec.mappingType = *mt;
  rec.raw = std::move(*obj);
  return rec;
}

void salsa::io::orderSpatialMapping(UserSpatialMapping &spatial,
                                    const Accelerator &accel) {
  auto rank = [&](const SpatialUnroll &u) {
    int d = accel.array.findDim(u.arrayDim);
    return d < 0 ? int(accel.array.dims.size()) : d;
  };
  std::stable_sort(spatial.begin(), spatial.end(),
                   [&](const SpatialUnroll &a, const SpatialUnroll &b) {
                     return rank(a) < rank(b);
                   });
}

llvm::Expected<std::vector<Loop>>
salsa::io::parseLoops(const json::Value *value, const Layer &layer) {
  const json::Array *arr = value ? value->getAsArray() : nullptr;
  if (!arr)
    return llvm::createStringError("expected a list of [dim, size] loops");
  std::vector<Loop> loops;
  for (const json::Value &v : *arr) {
    const json::Array *pair = v.getAsArray();
    if (!pair || pair->size() != 2 || !(*pair)[0].getAsString() ||
        !(*pair)[1].getAsNumber())
      return llvm::createStringError("expected [dim, size] pairs");
    int dim = layer.findDim(*(*pair)[0].getAsString());
    if (dim < 0)
      return llvm::createStringError(llvm::formatv(
          "unknown loop dimension '{0}'", *(*pair)[0].getAsString()));
    loops.push_back({unsigned(dim), *(*pair)[1].getAsNumber()});
  }
  return loops;
}

llvm::Expected<PerOperandLoops>
salsa::io::parsePerOperandLoops(const json::Value *value, const Layer &layer) {
  const json::Object *obj = value ? value->getAsObject() : nullptr;
  if (!obj)
    return llvm::createStringError("expected an object of operands");
  PerOperandLoops result(layer.operands.size());
  for (unsigned op = 0; op < layer.operands.size(); ++op) {
    const json::Array *levels = obj->getArray(layer.operands[op].name);
    if (!levels)
      return llvm::createStringError(
          llvm::formatv("no loops for operand '{0}'", layer.operands[op].name));
    for (const json::Value &level : *levels) {
      auto loops = parseLoops(&level, layer);
      if (!loops)
        return loops.takeError();
      result[op].push_back(std::move(*loops));
    }
  }
  return result;
}

json::Array salsa::io::loopsToJson(llvm::ArrayRef<Loop> loops,
                                   const Layer &layer) {
  json::Array arr;
  for (const Loop &l : loops) {
    json::Value size = l.size == std::trunc(l.size)
                           ? json::Value(int64_t(l.size))
                           : json::Value(l.size);
    arr.push_back(json::Array{layer.dims[l.dim], std::move(size)});
  }
  return arr;
}
