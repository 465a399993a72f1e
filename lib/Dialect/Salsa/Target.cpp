//===- Target.cpp - #salsa.accelerator <-> model Accelerator --------------===//

#include "salsa/Dialect/Salsa/Target.h"

#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace salsa;

DictionaryAttr salsa::precisionsToAttr(MLIRContext *ctx,
                                       const OperandPrecisions &precisions) {
  if (precisions.empty())
    return {};
  SmallVector<NamedAttribute> widths;
  for (const auto &[operand, bits] : precisions)
    widths.push_back(
        NamedAttribute(StringAttr::get(ctx, operand),
                       IntegerAttr::get(IntegerType::get(ctx, 64), bits)));
  return DictionaryAttr::get(ctx, widths);
}

OperandPrecisions salsa::precisionsFromAttr(DictionaryAttr attr) {
  OperandPrecisions out;
  if (attr)
    for (NamedAttribute width : attr)
      out.push_back({width.getName().str(),
                     int(cast<IntegerAttr>(width.getValue()).getInt())});
  return out;
}

static ArrayAttr stringArray(MLIRContext *ctx, ArrayRef<std::string> items) {
  SmallVector<Attribute> attrs;
  for (const std::string &s : items)
    attrs.push_back(StringAttr::get(ctx, s));
  return ArrayAttr::get(ctx, attrs);
}

AcceleratorAttr salsa::acceleratorToAttr(MLIRContext *ctx,
                                         const Target &target) {
  const Accelerator &acc = target.accel;
  const MappingEntry &entry = target.defaultEntry();
  SmallVector<Attribute> memories;
  for (const MemoryLevel &mem : acc.memories) {
    SmallVector<Attribute> ports;
    for (const MemoryPort &port : mem.ports) {
      SmallVector<Attribute> alloc;
      for (const PortUse &use : port.allocation)
        alloc.push_back(StringAttr::get(
            ctx, (memOperandName(use.operand) + ", " +
                  dataDirShortName(use.dir))
                     .str()));
      ports.push_back(PortAttr::get(ctx, port.name, portTypeName(port.type),
                                    port.bandwidthMin, port.bandwidthMax,
                                    ArrayAttr::get(ctx, alloc)));
    }
    std::vector<std::string> operands;
    for (MemOperand op : mem.operands)
      operands.push_back(memOperandName(op).str());
    memories.push_back(MemoryAttr::get(
        ctx, mem.name, mem.sizeBits, APFloat(mem.readCost),
        APFloat(mem.writeCost), APFloat(mem.area),
        mem.latency, stringArray(ctx, operands),
        stringArray(ctx, mem.servedDims), ArrayAttr::get(ctx, ports)));
  }
  SmallVector<NamedAttribute> links;
  for (const OperandLink &link : entry.links)
    links.push_back(NamedAttribute(
        StringAttr::get(ctx, link.layerOperand),
        StringAttr::get(ctx, memOperandName(link.memOperand))));
  SmallVector<Attribute> spatial;
  for (const SpatialUnroll &u : entry.spatial)
    spatial.push_back(
        UnrollAttr::get(ctx, u.arrayDim, u.layerDim, int64_t(u.factor)));
  DictionaryAttr precisions = precisionsToAttr(ctx, entry.precisions);
  return AcceleratorAttr::get(ctx, acc.name, stringArray(ctx, acc.array.dims),
                              acc.array.sizes, APFloat(acc.array.macEnergy),
                              ArrayAttr::get(ctx, memories),
                              DictionaryAttr::get(ctx, links),
                              ArrayAttr::get(ctx, spatial), precisions);
}

static std::vector<std::string> strings(ArrayAttr array) {
  std::vector<std::string> out;
  for (Attribute a : array)
    out.push_back(cast<StringAttr>(a).getValue().str());
  return out;
}

FailureOr<Target> salsa::buildTarget(
    StringRef name, ArrayAttr arrayDims, ArrayRef<int64_t> arraySizes,
    double macEnergy, ArrayAttr memories, DictionaryAttr operandLinks,
    ArrayAttr spatialMapping, DictionaryAttr precisions,
    function_ref<InFlightDiagnostic()> emitError) {
  Target target;
  Accelerator &acc = target.accel;
  MappingEntry entry;
  entry.name = "default";
  acc.name = name.str();
  for (Attribute a : arrayDims)
    if (!isa<StringAttr>(a))
      return emitError() << "array dimension " << a << " must be a string";
  acc.array.dims = strings(arrayDims);
  acc.array.sizes.assign(arraySizes.begin(), arraySizes.end());
  acc.array.macEnergy = macEnergy;
  for (Attribute a : memories) {
    auto memAttr = dyn_cast<MemoryAttr>(a);
    if (!memAttr)
      return emitError() << "memory " << a << " must be a #salsa.memory";
    MemoryLevel mem;
    mem.name = memAttr.getName().str();
    mem.sizeBits = memAttr.getSize();
    mem.readCost = memAttr.getRCost().convertToDouble();
    mem.writeCost = memAttr.getWCost().convertToDouble();
    mem.area = memAttr.getArea().convertToDouble();
    mem.latency = memAttr.getLatency();
    for (const std::string &op : strings(memAttr.getOperands()))
      mem.operands.push_back(*parseMemOperand(op));
    mem.servedDims = strings(memAttr.getServedDimensions());
    for (Attribute p : memAttr.getPorts()) {
      auto portAttr = cast<PortAttr>(p);
      MemoryPort port;
      port.name = portAttr.getName().str();
      port.type = *parsePortType(portAttr.getType());
      port.bandwidthMin = portAttr.getBandwidthMin();
      port.bandwidthMax = portAttr.getBandwidthMax();
      for (const std::string &use : strings(portAttr.getAllocation())) {
        auto [op, dir] = StringRef(use).split(',');
        port.allocation.push_back(
            {*parseMemOperand(op.trim()), *parseDataDirShortName(dir.trim())});
      }
      mem.ports.push_back(std::move(port));
    }
    acc.memories.push_back(std::move(mem));
  }
  if (llvm::Error err = acc.verify())
    return emitError() << "accelerator '" << name
                       << "': " << llvm::toString(std::move(err));

  for (NamedAttribute link : operandLinks) {
    auto mem = dyn_cast<StringAttr>(link.getValue());
    auto op = mem ? parseMemOperand(mem.getValue()) : std::nullopt;
    if (!op)
      return emitError() << "operand link '" << link.getName().getValue()
                         << "' must name \"I1\", \"I2\" or \"O\", got "
                         << link.getValue();
    for (const OperandLink &other : entry.links)
      if (other.memOperand == *op)
        return emitError() << "operand links '" << other.layerOperand
                           << "' and '" << link.getName().getValue()
                           << "' both use memory operand \""
                           << memOperandName(*op) << "\"";
    entry.links.push_back({link.getName().getValue().str(), *op});
  }
  if (!operandLinks.get("O"))
    return emitError() << "operand_links must route the output 'O'";
  for (Attribute a : spatialMapping) {
    auto u = cast<UnrollAttr>(a);
    if (acc.array.findDim(u.getArrayDim()) < 0)
      return emitError() << "spatial_mapping unrolls over array dimension '"
                         << u.getArrayDim() << "', which '" << name
                         << "' does not have";
    entry.spatial.push_back({u.getArrayDim().str(), u.getLayerDim().str(),
                              double(u.getFactor())});
  }
  if (precisions) {
    for (NamedAttribute width : precisions)
      if (!isa<IntegerAttr>(width.getValue()))
        return emitError() << "precision of '" << width.getName().getValue()
                           << "' must be an integer number of bits, got "
                           << width.getValue();
    entry.precisions = precisionsFromAttr(precisions);
  }
  target.mapping.push_back(std::move(entry));
  // The rules a target from files obeys too (unrolls within the array,
  // precisions of known operands).
  if (llvm::Error err = target.check())
    return emitError() << "accelerator '" << name
                       << "': " << llvm::toString(std::move(err));
  return target;
}

FailureOr<Target>
salsa::attrToTarget(AcceleratorAttr attr,
                    function_ref<InFlightDiagnostic()> emitError) {
  return buildTarget(
      attr.getName(), attr.getArrayDims(), attr.getArraySizes(),
      attr.getMacEnergy().convertToDouble(), attr.getMemories(), attr.getOperandLinks(),
      attr.getSpatialMapping(), attr.getPrecisions(), emitError);
}
