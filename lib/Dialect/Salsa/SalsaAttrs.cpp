//===- SalsaAttrs.cpp - salsa attributes: syntax helpers and verifiers ----===//

#include "salsa/Dialect/Salsa/SalsaAttrs.h"
#include "salsa/Dialect/Salsa/Target.h"

#include "mlir/IR/Builders.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>
#include <cstdio>

using namespace mlir;
using namespace salsa;

#define GET_ATTRDEF_CLASSES
#include "salsa/Dialect/Salsa/SalsaAttrs.cpp.inc"

void SalsaDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "salsa/Dialect/Salsa/SalsaAttrs.cpp.inc"
      >();
}

FailureOr<APFloat> salsa::parseDoubleParameter(AsmParser &parser) {
  // Accept integers too: `r_cost = 700` is what ZigZag's files say.
  bool negative = succeeded(parser.parseOptionalMinus());
  uint64_t integer;
  OptionalParseResult asInteger = parser.parseOptionalInteger(integer);
  double value;
  if (asInteger.has_value()) {
    if (failed(*asInteger))
      return failure();
    value = double(integer);
  } else if (parser.parseFloat(value)) {
    return failure();
  }
  return APFloat(negative ? -value : value);
}

void salsa::printDoubleParameter(AsmPrinter &printer, const APFloat &apValue) {
  double value = apValue.convertToDouble();
  // Shortest text that reads back to the same double, in MLIR's float
  // literal syntax (a '.' before any exponent).
  char buf[64];
  if (value == std::trunc(value) && std::fabs(value) < 1e15) {
    std::snprintf(buf, sizeof(buf), "%.1f", value);
    printer << buf;
    return;
  }
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof(buf), "%.*g", precision, value);
    if (std::strtod(buf, nullptr) == value)
      break;
  }
  std::string text(buf);
  size_t e = text.find_first_of("eE");
  if (text.find('.') == std::string::npos) {
    if (e == std::string::npos)
      text += ".0";
    else
      text.insert(e, ".0");
  }
  printer << text;
}

FailureOr<SmallVector<int64_t>> salsa::parseInt64List(AsmParser &parser) {
  SmallVector<int64_t> values;
  if (parser.parseCommaSeparatedList(AsmParser::Delimiter::Square, [&]() {
        int64_t v;
        if (parser.parseInteger(v))
          return failure();
        values.push_back(v);
        return success();
      }))
    return failure();
  return values;
}

void salsa::printInt64List(AsmPrinter &printer, ArrayRef<int64_t> list) {
  printer << "[";
  llvm::interleaveComma(list, printer);
  printer << "]";
}

/// Every element of `array` is a string; reports which is not.
static LogicalResult
checkStrings(ArrayAttr array, StringRef what,
             function_ref<InFlightDiagnostic()> emitError) {
  for (auto [i, a] : llvm::enumerate(array))
    if (!isa<StringAttr>(a))
      return emitError() << what << " #" << i << " must be a string, got "
                         << a;
  return success();
}

LogicalResult PortAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                               StringRef name, StringRef type,
                               int64_t bandwidthMin, int64_t bandwidthMax,
                               ArrayAttr allocation) {
  if (name.empty())
    return emitError() << "port name must not be empty";
  if (!parsePortType(type))
    return emitError() << "port '" << name << "' has type \"" << type
                       << "\"; expected \"read\", \"write\" or "
                          "\"read_write\"";
  if (bandwidthMin <= 0 || bandwidthMax <= 0 || bandwidthMin > bandwidthMax)
    return emitError() << "port '" << name << "' has bandwidth_min "
                       << bandwidthMin << " and bandwidth_max "
                       << bandwidthMax
                       << "; both must be positive with min <= max";
  if (failed(checkStrings(allocation, "allocation entry", emitError)))
    return failure();
  for (Attribute a : allocation) {
    auto [op, dir] = cast<StringAttr>(a).getValue().split(',');
    if (!parseMemOperand(op.trim()) || !parseDataDirShortName(dir.trim()))
      return emitError() << "port '" << name << "' has allocation " << a
                         << "; expected \"<I1|I2|O>, <fh|tl|fl|th>\"";
  }
  return success();
}

LogicalResult MemoryAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                 StringRef name, int64_t size,
                                 APFloat rCostAP, APFloat wCostAP,
                                 APFloat areaAP, int64_t latency,
                                 ArrayAttr operands,
                                 ArrayAttr servedDimensions, ArrayAttr ports) {
  double rCost = rCostAP.convertToDouble();
  double wCost = wCostAP.convertToDouble();
  double area = areaAP.convertToDouble();
  if (name.empty())
    return emitError() << "memory name must not be empty";
  if (size <= 0)
    return emitError() << "memory '" << name << "' has size " << size
                       << " bits; sizes must be positive";
  if (!(std::isfinite(rCost) && rCost > 0) ||
      !(std::isfinite(wCost) && wCost > 0))
    return emitError() << "memory '" << name
                       << "' has r_cost/w_cost " << rCost << "/" << wCost
                       << " pJ; energies must be positive";
  if (!(std::isfinite(area) && area >= 0))
    return emitError() << "memory '" << name << "' has negative area";
  if (latency < 0)
    return emitError() << "memory '" << name << "' has negative latency";
  if (failed(checkStrings(operands, "operand", emitError)) ||
      failed(checkStrings(servedDimensions, "served dimension", emitError)))
    return failure();
  if (operands.empty())
    return emitError() << "memory '" << name << "' holds no operand";
  for (Attribute a : operands)
    if (!parseMemOperand(cast<StringAttr>(a).getValue()))
      return emitError() << "memory '" << name << "' holds operand " << a
                         << "; expected \"I1\", \"I2\" or \"O\"";
  if (ports.empty())
    return emitError() << "memory '" << name << "' has no port";
  llvm::StringSet<> portNames;
  for (Attribute a : ports) {
    auto port = dyn_cast<PortAttr>(a);
    if (!port)
      return emitError() << "memory '" << name
                         << "' has a port that is not a #salsa.port: " << a;
    if (!portNames.insert(port.getName()).second)
      return emitError() << "memory '" << name << "' has two ports named '"
                         << port.getName() << "'";
  }
  return success();
}

LogicalResult UnrollAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                 StringRef arrayDim, StringRef layerDim,
                                 int64_t factor) {
  if (arrayDim.empty() || layerDim.empty())
    return emitError() << "unroll needs an array and a layer dimension";
  if (factor <= 0)
    return emitError() << "unroll of '" << layerDim << "' over '" << arrayDim
                       << "' has factor " << factor
                       << "; factors must be positive";
  return success();
}

LogicalResult LoopAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                               StringRef dim, int64_t factor,
                               DictionaryAttr memories, StringRef arrayDim) {
  if (dim.empty())
    return emitError() << "loop needs a dimension name";
  if (factor <= 0)
    return emitError() << "loop over '" << dim << "' has factor " << factor
                       << "; factors must be positive";
  for (NamedAttribute m : memories)
    if (!isa<StringAttr>(m.getValue()) ||
        cast<StringAttr>(m.getValue()).getValue().empty())
      return emitError() << "loop over '" << dim << "': the memory of operand '"
                         << m.getName().getValue()
                         << "' must be a memory name, got " << m.getValue();
  return success();
}

LogicalResult
ScheduleAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                     StringRef target, ArrayAttr loopDims, ArrayAttr spatial,
                     ArrayAttr loops, APFloat energy, APFloat latency,
                     StringRef engine, StringRef orderings,
                     DictionaryAttr precisions) {
  if (precisions)
    for (NamedAttribute width : precisions) {
      auto bits = dyn_cast<IntegerAttr>(width.getValue());
      if (!bits || bits.getInt() <= 0)
        return emitError() << "precision of '" << width.getName().getValue()
                           << "' must be a positive number of bits, got "
                           << width.getValue();
    }
  if (failed(checkStrings(loopDims, "loop dimension", emitError)))
    return failure();
  auto known = [&](StringRef dim) {
    return llvm::any_of(loopDims, [&](Attribute a) {
      return cast<StringAttr>(a).getValue() == dim;
    });
  };
  for (Attribute a : spatial) {
    auto u = dyn_cast<UnrollAttr>(a);
    if (!u)
      return emitError() << "spatial entries must be #salsa.unroll, got " << a;
    if (!known(u.getLayerDim()))
      return emitError() << "spatial unroll of '" << u.getLayerDim()
                         << "', which is not one of the loop_dims";
  }
  for (Attribute a : loops) {
    auto loop = dyn_cast<LoopAttr>(a);
    if (!loop)
      return emitError() << "loops must be #salsa.loop, got " << a;
    if (!known(loop.getDim()))
      return emitError() << "loop over '" << loop.getDim()
                         << "', which is not one of the loop_dims";
  }
  double e = energy.convertToDouble(), l = latency.convertToDouble();
  if (!(std::isfinite(e) && e >= 0) || !(std::isfinite(l) && l >= 0))
    return emitError() << "predicted energy and latency must be finite and "
                          "non-negative, got "
                       << e << " and " << l;
  return success();
}

int64_t PeAttr::getMappingId() const { return getId(); }
bool PeAttr::isLinearMapping() const { return false; }
int64_t PeAttr::getRelativeIndex() const { return getId(); }

LogicalResult
AcceleratorAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                        StringRef name, ArrayAttr arrayDims,
                        ArrayRef<int64_t> arraySizes, APFloat macEnergy,
                        ArrayAttr memories, DictionaryAttr operandLinks,
                        ArrayAttr spatialMapping, DictionaryAttr precisions) {
  if (failed(checkStrings(arrayDims, "array dimension", emitError)))
    return failure();
  for (Attribute m : memories)
    if (!isa<MemoryAttr>(m))
      return emitError() << "accelerator '" << name
                         << "' has a memory that is not a #salsa.memory: "
                         << m;
  for (Attribute u : spatialMapping)
    if (!isa<UnrollAttr>(u))
      return emitError() << "spatial_mapping entries must be #salsa.unroll, "
                            "got "
                         << u;
  // The structural rules live with the model; check them on a conversion.
  return success(succeeded(buildTarget(
      name, arrayDims, arraySizes, macEnergy.convertToDouble(), memories,
      operandLinks, spatialMapping, precisions, emitError)));
}

LogicalResult
MemorySpaceAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                        StringRef name, int64_t instances,
                        int64_t elementBits) {
  if (name.empty())
    return emitError() << "a memory space names a memory level";
  if (instances < 1)
    return emitError() << "memory space '" << name
                       << "' needs a positive number of instances, not "
                       << instances;
  if (elementBits < 0)
    return emitError() << "memory space '" << name
                       << "' needs non-negative element bits, not "
                       << elementBits;
  return success();
}

// `<"name">`, `<"name", instances = 4>`, `<"name", element_bits = 8>`, ...
Attribute MemorySpaceAttr::parse(AsmParser &parser, Type) {
  std::string name;
  int64_t instances = 1, elementBits = 0;
  if (parser.parseLess() || parser.parseString(&name))
    return {};
  while (succeeded(parser.parseOptionalComma())) {
    StringRef key;
    SMLoc at = parser.getCurrentLocation();
    if (parser.parseKeyword(&key) || parser.parseEqual())
      return {};
    int64_t *field = key == "instances"      ? &instances
                     : key == "element_bits" ? &elementBits
                                             : nullptr;
    if (!field) {
      parser.emitError(at) << "expected 'instances' or 'element_bits'";
      return {};
    }
    if (parser.parseInteger(*field))
      return {};
  }
  if (parser.parseGreater())
    return {};
  return parser.getChecked<MemorySpaceAttr>(parser.getContext(), name,
                                            instances, elementBits);
}

void MemorySpaceAttr::print(AsmPrinter &printer) const {
  printer << "<\"" << getName() << "\"";
  if (getInstances() != 1)
    printer << ", instances = " << getInstances();
  if (getElementBits() != 0)
    printer << ", element_bits = " << getElementBits();
  printer << ">";
}
