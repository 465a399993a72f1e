//===- HardwareReader.cpp - ZigZag hardware YAML --------------------------===//

#include "YamlDocument.h"
#include "salsa/IO/ZigZagFiles.h"

#include "llvm/ADT/StringExtras.h"

using namespace salsa;
using namespace salsa::io;

namespace {
struct HardwareParser {
  const YamlDocument &doc;

  llvm::Expected<MemoryPort> port(const YNode *node, const std::string &field) {
    MemoryPort port;
    if (llvm::Error err = doc.checkKeys(
            node, {"name", "type", "bandwidth_min", "bandwidth_max", "allocation"},
            field))
      return std::move(err);
    auto name = doc.require(node, "name", field);
    if (!name)
      return name.takeError();
    auto nameStr = doc.string(*name, field + ".name");
    if (!nameStr)
      return nameStr.takeError();
    port.name = *nameStr;
    std::string pf = field + "(" + port.name + ")";
    auto type = doc.require(node, "type", pf);
    if (!type)
      return type.takeError();
    auto typeStr = doc.string(*type, pf + ".type");
    if (!typeStr)
      return typeStr.takeError();
    auto parsedType = parsePortType(*typeStr);
    if (!parsedType)
      return doc.error(*type, pf + ".type",
                       "expected read, write or read_write, got '" + *typeStr +
                           "'");
    port.type = *parsedType;
    for (auto [key, dst] : {std::pair{"bandwidth_min", &port.bandwidthMin},
                            std::pair{"bandwidth_max", &port.bandwidthMax}}) {
      auto v = doc.require(node, key, pf);
      if (!v)
        return v.takeError();
      auto n = doc.integer(*v, pf + "." + key);
      if (!n)
        return n.takeError();
      *dst = *n;
    }
    const YNode *alloc = doc.lookup(node, "allocation");
    if (alloc && !YamlDocument::isNull(alloc)) {
      auto items = doc.stringList(alloc, pf + ".allocation");
      if (!items)
        return items.takeError();
      auto seq = doc.sequence(alloc, pf + ".allocation");
      for (unsigned i = 0; i < items->size(); ++i) {
        auto [opText, dirText] = llvm::StringRef((*items)[i]).split(',');
        auto op = parseMemOperand(opText.trim());
        auto dir = parseDataDirShortName(dirText.trim());
        if (!op || !dir)
          return doc.error((*seq)[i], pf + ".allocation",
                           "expected '<I1|I2|O>, <fh|tl|fl|th>', got '" +
                               (*items)[i] + "'");
        port.allocation.push_back({*op, *dir});
      }
    }
    return port;
  }

  llvm::Expected<MemoryLevel> memory(const std::string &name,
                                     const YNode *node) {
    MemoryLevel mem;
    mem.name = name;
    std::string field = "memories." + name;
    // ZigZag 3.8.5's memory schema.
    if (llvm::Error err = doc.checkKeys(
            node,
            {"size", "r_cost", "w_cost", "area", "latency", "mem_type",
             "auto_cost_extraction", "operands", "ports", "served_dimensions",
             "min_r_granularity", "min_w_granularity"},
            field))
      return std::move(err);
    auto size = doc.require(node, "size", field);
    if (!size)
      return size.takeError();
    auto sizeVal = doc.integer(*size, field + ".size");
    if (!sizeVal)
      return sizeVal.takeError();
    // Checked here too (not only by the accelerator's verifier) so the
    // error points at the line.
    if (*sizeVal <= 0)
      return doc.error(*size, field + ".size",
                       "must be a positive number of bits, got " +
                           std::to_string(*sizeVal));
    mem.sizeBits = *sizeVal;
    for (auto [key, dst] : {std::pair{"r_cost", &mem.readCost},
                            std::pair{"w_cost", &mem.writeCost}}) {
      auto v = doc.require(node, key, field);
      if (!v)
        return v.takeError();
      auto d = doc.number(*v, field + "." + key);
      if (!d)
        return d.takeError();
      *dst = *d;
    }
    if (const YNode *area = doc.lookup(node, "area");
        area && !YamlDocument::isNull(area)) {
      auto d = doc.number(area, field + ".area");
      if (!d)
        return d.takeError();
      mem.area = *d;
    }
    if (const YNode *lat = doc.lookup(node, "latency");
        lat && !YamlDocument::isNull(lat)) {
      auto d = doc.integer(lat, field + ".latency");
      if (!d)
        return d.takeError();
      mem.latency = *d;
    }
    if (const YNode *autoCost = doc.lookup(node, "auto_cost_extraction")) {
      auto b = doc.boolean(autoCost, field + ".auto_cost_extraction");
      if (!b)
        return b.takeError();
      if (*b)
        return doc.error(autoCost, field + ".auto_cost_extraction",
                         "CACTI cost extraction is not supported; give r_cost "
                         "and w_cost");
    }
    auto ops = doc.require(node, "operands", field);
    if (!ops)
      return ops.takeError();
    auto opNames = doc.stringList(*ops, field + ".operands");
    if (!opNames)
      return opNames.takeError();
    for (const std::string &o : *opNames) {
      auto op = parseMemOperand(o);
      if (!op)
        return doc.error(*ops, field + ".operands",
                         "unknown memory operand '" + o +
                             "' (expected I1, I2 or O)");
      mem.operands.push_back(*op);
    }
    auto ports = doc.require(node, "ports", field);
    if (!ports)
      return ports.takeError();
    auto portNodes = doc.sequence(*ports, field + ".ports");
    if (!portNodes)
      return portNodes.takeError();
    for (unsigned i = 0; i < portNodes->size(); ++i) {
      auto p = port((*portNodes)[i], field + ".ports[" + std::to_string(i) +
                                         "]");
      if (!p)
        return p.takeError();
      mem.ports.push_back(*p);
    }
    auto served = doc.require(node, "served_dimensions", field);
    if (!served)
      return served.takeError();
    if (!YamlDocument::isNull(*served)) {
      auto dims = doc.stringList(*served, field + ".served_dimensions");
      if (!dims)
        return dims.takeError();
      mem.servedDims = *dims;
    }
    return mem;
  }

  llvm::Expected<Accelerator> accelerator() {
    const YNode *root = doc.root();
    Accelerator acc;
    if (llvm::Error err = doc.checkKeys(
            root, {"name", "memories", "operational_array", "dataflows"},
            "hardware"))
      return std::move(err);
    auto name = doc.require(root, "name", "hardware");
    if (!name)
      return name.takeError();
    auto nameStr = doc.string(*name, "name");
    if (!nameStr)
      return nameStr.takeError();
    acc.name = *nameStr;

    auto oa = doc.require(root, "operational_array", "hardware");
    if (!oa)
      return oa.takeError();
    if (llvm::Error err = doc.checkKeys(
            *oa,
            {"dimensions", "is_imc", "sizes", "input_precision", "unit_energy",
             "unit_area", "imc_type", "adc_resolution",
             "bit_serial_precision"},
            "operational_array"))
      return std::move(err);
    if (const YNode *imc = doc.lookup(*oa, "is_imc")) {
      auto b = doc.boolean(imc, "operational_array.is_imc");
      if (!b)
        return b.takeError();
      if (*b)
        return doc.error(imc, "operational_array.is_imc",
                         "in-memory-computing arrays are not supported");
    }
    auto energy = doc.require(*oa, "unit_energy", "operational_array");
    if (!energy)
      return energy.takeError();
    auto e = doc.number(*energy, "operational_array.unit_energy");
    if (!e)
      return e.takeError();
    acc.array.macEnergy = *e;
    if (const YNode *area = doc.lookup(*oa, "unit_area")) {
      auto a = doc.number(area, "operational_array.unit_area");
      if (!a)
        return a.takeError();
      acc.array.unitArea = *a;
    }
    auto dims = doc.require(*oa, "dimensions", "operational_array");
    if (!dims)
      return dims.takeError();
    auto dimNames = doc.stringList(*dims, "operational_array.dimensions");
    if (!dimNames)
      return dimNames.takeError();
    acc.array.dims = *dimNames;
    auto sizes = doc.require(*oa, "sizes", "operational_array");
    if (!sizes)
      return sizes.takeError();
    auto sizeNodes = doc.sequence(*sizes, "operational_array.sizes");
    if (!sizeNodes)
      return sizeNodes.takeError();
    for (unsigned i = 0; i < sizeNodes->size(); ++i) {
      auto v = doc.integer((*sizeNodes)[i], "operational_array.sizes[" +
                                                 std::to_string(i) + "]");
      if (!v)
        return v.takeError();
      acc.array.sizes.push_back(*v);
    }
    if (acc.array.sizes.size() != acc.array.dims.size())
      return doc.error(*sizes, "operational_array.sizes",
                       "has " + std::to_string(acc.array.sizes.size()) +
                           " entries but there are " +
                           std::to_string(acc.array.dims.size()) +
                           " dimensions");

    auto mems = doc.require(root, "memories", "hardware");
    if (!mems)
      return mems.takeError();
    auto memEntries = doc.entries(*mems, "memories");
    if (!memEntries)
      return memEntries.takeError();
    for (auto &[memName, node] : *memEntries) {
      auto mem = memory(memName, node);
      if (!mem)
        return mem.takeError();
      acc.memories.push_back(std::move(*mem));
    }
    if (auto err = acc.verify())
      return doc.error(root, "hardware", llvm::toString(std::move(err)));
    return acc;
  }
};
} // namespace

llvm::Expected<Accelerator>
salsa::io::readHardware(llvm::StringRef path,
                        std::optional<llvm::StringRef> contents) {
  auto doc = YamlDocument::load(path, contents);
  if (!doc)
    return doc.takeError();
  return HardwareParser{**doc}.accelerator();
}
