//===- Workload.cpp - Layer construction and footprints -------------------===//

#include "salsa/Model/Workload.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>
#include <numeric>
#include <tuple>

using namespace salsa;

llvm::StringRef salsa::dataDirName(DataDir dir) {
  switch (dir) {
  case DataDir::RdOutToLow:
    return "rd_out_to_low";
  case DataDir::WrInByLow:
    return "wr_in_by_low";
  case DataDir::RdOutToHigh:
    return "rd_out_to_high";
  case DataDir::WrInByHigh:
    return "wr_in_by_high";
  }
  return "?";
}

llvm::StringRef salsa::memOperandName(MemOperand op) {
  switch (op) {
  case MemOperand::I1:
    return "I1";
  case MemOperand::I2:
    return "I2";
  case MemOperand::O:
    return "O";
  }
  return "?";
}

std::optional<MemOperand> salsa::parseMemOperand(llvm::StringRef name) {
  if (name == "I1")
    return MemOperand::I1;
  if (name == "I2")
    return MemOperand::I2;
  if (name == "O")
    return MemOperand::O;
  return std::nullopt;
}

int Layer::findDim(llvm::StringRef dim) const {
  for (unsigned i = 0; i < dims.size(); ++i)
    if (dims[i] == dim)
      return i;
  return -1;
}

int Layer::findOperand(llvm::StringRef opName) const {
  for (unsigned i = 0; i < operands.size(); ++i)
    if (operands[i].name == opName)
      return i;
  return -1;
}

double Layer::totalMacs() const {
  double macs = 1;
  for (int64_t s : sizes)
    macs *= static_cast<double>(s);
  return macs;
}

namespace {
/// Splits "O[b][k]=W[k][c]*I[b][c]" into operands and their index names the
/// way ZigZag's LayerEquation does (first token of each term is the operand).
struct EquationTerm {
  std::string operand;
  std::vector<std::string> indices; // upper case
};

llvm::Expected<std::vector<EquationTerm>> parseEquation(llvm::StringRef eq) {
  std::vector<EquationTerm> terms;
  EquationTerm current;
  bool inTerm = false;
  size_t i = 0;
  auto flush = [&]() {
    if (inTerm)
      terms.push_back(std::move(current));
    current = EquationTerm();
    inTerm = false;
  };
  while (i < eq.size()) {
    char c = eq[i];
    if (c == '=' || c == '*' || c == '+') {
      flush();
      ++i;
      continue;
    }
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    if (c == '[') {
      size_t close = eq.find(']', i);
      if (close == llvm::StringRef::npos || !inTerm)
        return llvm::createStringError(
            llvm::formatv("malformed equation '{0}' at column {1}", eq, i + 1));
      std::string idx = eq.slice(i + 1, close).trim().upper();
      if (!idx.empty())
        current.indices.push_back(idx);
      i = close + 1;
      continue;
    }
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
      size_t end = i;
      while (end < eq.size() &&
             (std::isalnum(static_cast<unsigned char>(eq[end])) ||
              eq[end] == '_'))
        ++end;
      if (inTerm)
        return llvm::createStringError(llvm::formatv(
            "malformed equation '{0}': unexpected '{1}'", eq,
            eq.slice(i, end)));
      current.operand = eq.slice(i, end).str();
      inTerm = true;
      i = end;
      continue;
    }
    return llvm::createStringError(
        llvm::formatv("malformed equation '{0}': unexpected '{1}'", eq, c));
  }
  flush();
  if (terms.size() != 3)
    return llvm::createStringError(llvm::formatv(
        "equation '{0}' must have one output and two inputs", eq));
  return terms;
}

/// "ix=2*ox+1*fx" (coefficients optional, default 1).
llvm::Expected<PartialRelation> parseRelation(llvm::StringRef text,
                                              const Layer &layer) {
  auto bad = [&]() {
    return llvm::createStringError(llvm::formatv(
        "malformed dimension relation '{0}' (expected e.g. 'ix=2*ox+1*fx')",
        text));
  };
  std::string compact;
  for (char c : text)
    if (!std::isspace(static_cast<unsigned char>(c)))
      compact.push_back(c);
  llvm::StringRef s(compact);
  auto [lhs, rhs] = s.split('=');
  if (lhs.empty() || rhs.empty())
    return bad();
  auto [t1, t2] = rhs.split('+');
  if (t1.empty() || t2.empty())
    return bad();
  PartialRelation rel;
  rel.name = lhs.upper();
  auto term = [&](llvm::StringRef t, int64_t &coef,
                  unsigned &dim) -> llvm::Error {
    coef = 1;
    llvm::StringRef name = t;
    if (t.contains('*')) {
      auto [c, n] = t.split('*');
      if (c.getAsInteger(10, coef) || coef <= 0)
        return bad();
      name = n;
    }
    int d = layer.findDim(name.upper());
    if (d < 0)
      return llvm::createStringError(llvm::formatv(
          "dimension relation '{0}' names unknown loop dimension '{1}'", text,
          name.upper()));
    dim = d;
    return llvm::Error::success();
  };
  if (auto err = term(t1, rel.coefA, rel.dimA))
    return std::move(err);
  if (auto err = term(t2, rel.coefB, rel.dimB))
    return std::move(err);
  int64_t g = std::gcd(rel.coefA, rel.coefB);
  rel.reducedA = rel.coefA / g;
  rel.reducedB = rel.coefB / g;
  return rel;
}
} // namespace

bool salsa::operator==(const LayerSpec &a, const LayerSpec &b) {
  auto fields = [](const LayerSpec &s) {
    return std::tie(s.name, s.operatorType, s.equation, s.dims, s.sizes,
                    s.dimensionRelations, s.precisions, s.prDims, s.prSizes,
                    s.padding);
  };
  return fields(a) == fields(b);
}

llvm::Expected<Layer> salsa::buildLayer(const LayerSpec &spec) {
  Layer layer;
  layer.name = spec.name;
  layer.operatorType = spec.operatorType;
  if (spec.dims.size() != spec.sizes.size())
    return llvm::createStringError(llvm::formatv(
        "layer '{0}': {1} loop dimensions but {2} loop sizes", spec.name,
        spec.dims.size(), spec.sizes.size()));
  if (spec.dims.size() > kMaxLayerDims)
    return llvm::createStringError(llvm::formatv(
        "layer '{0}' has {1} loop dimensions; at most {2} are supported",
        spec.name, spec.dims.size(), kMaxLayerDims));
  for (unsigned i = 0; i < spec.dims.size(); ++i) {
    std::string d = llvm::StringRef(spec.dims[i]).upper();
    if (layer.findDim(d) >= 0)
      return llvm::createStringError(llvm::formatv(
          "layer '{0}': loop dimension '{1}' appears twice", spec.name, d));
    if (spec.sizes[i] <= 0)
      return llvm::createStringError(llvm::formatv(
          "layer '{0}': loop dimension '{1}' has size {2}; sizes must be "
          "positive",
          spec.name, d, spec.sizes[i]));
    layer.dims.push_back(d);
    layer.sizes.push_back(spec.sizes[i]);
  }

  for (const std::string &r : spec.dimensionRelations) {
    auto rel = parseRelation(r, layer);
    if (!rel)
      return rel.takeError();
    layer.relations.push_back(*rel);
  }
  // Unpadded data sizes: given (ONNX layers) or derived from the loop sizes
  // minus padding (ZigZag LayerNode.calc_pr_dimension_size_total).
  for (PartialRelation &rel : layer.relations) {
    int given = -1;
    for (unsigned i = 0; i < spec.prDims.size(); ++i)
      if (llvm::StringRef(spec.prDims[i]).upper() == rel.name)
        given = i;
    if (given >= 0 && static_cast<unsigned>(given) < spec.prSizes.size()) {
      rel.totalSize = static_cast<double>(spec.prSizes[given]);
      continue;
    }
    llvm::SmallVector<double, 16> full(layer.sizes.begin(), layer.sizes.end());
    rel.totalSize = std::numeric_limits<double>::infinity();
    double total = layer.partialDimSize(&rel - layer.relations.data(),
                                        full.data());
    if (given >= 0 && static_cast<unsigned>(given) < spec.padding.size())
      total -= spec.padding[given].first + spec.padding[given].second;
    rel.totalSize = std::trunc(total);
  }

  auto terms = parseEquation(spec.equation);
  if (!terms)
    return terms.takeError();
  // ZigZag's pr_loop_list: every dimension named by a relation.
  DimMask prLoopDims = 0;
  for (const PartialRelation &rel : layer.relations)
    prLoopDims |= (DimMask(1) << rel.dimA) | (DimMask(1) << rel.dimB);

  for (unsigned t = 0; t < terms->size(); ++t) {
    const EquationTerm &term = (*terms)[t];
    LayerOperand op;
    op.name = term.operand;
    op.isOutput = t == 0;
    if (layer.findOperand(op.name) >= 0)
      return llvm::createStringError(llvm::formatv(
          "equation '{0}' names operand '{1}' twice", spec.equation, op.name));
    bool usesPartial = false;
    for (const std::string &idx : term.indices)
      for (const PartialRelation &rel : layer.relations)
        if (rel.name == idx)
          usesPartial = true;
    DimMask named = 0;
    for (const std::string &idx : term.indices) {
      int d = layer.findDim(idx);
      if (d >= 0) {
        named |= DimMask(1) << d;
        continue;
      }
      bool isPartial = llvm::any_of(layer.relations, [&](auto &rel) {
        return rel.name == idx;
      });
      if (!isPartial)
        return llvm::createStringError(llvm::formatv(
            "equation '{0}': operand '{1}' is indexed by '{2}', which is "
            "neither a loop dimension nor a dimension relation",
            spec.equation, op.name, idx));
    }
    for (unsigned d = 0; d < layer.dims.size(); ++d) {
      DimMask bit = DimMask(1) << d;
      bool sizeOne = layer.sizes[d] == 1;
      if (usesPartial) {
        // ZigZag keeps size-1 relevant dims here but drops them elsewhere.
        if ((named & bit) && !(prLoopDims & bit))
          op.relevant |= bit;
        if (!(named & bit) && !(prLoopDims & bit) && !sizeOne)
          op.irrelevant |= bit;
      } else {
        if ((named & bit) && !sizeOne)
          op.relevant |= bit;
        if (!(named & bit) && !sizeOne)
          op.irrelevant |= bit;
      }
    }
    if (usesPartial)
      for (unsigned r = 0; r < layer.relations.size(); ++r)
        op.partial.push_back(r);
    // ZigZag multiplies a footprint's dimensions in the order the equation
    // indexes them (r_dims), which decides its rounding when an unrolling
    // is fractional.
    for (const std::string &idx : term.indices) {
      int d = layer.findDim(idx);
      if (d >= 0 && (op.relevant & (DimMask(1) << d)) &&
          !llvm::is_contained(op.relevantList, d))
        op.relevantList.push_back(d);
    }
    layer.operands.push_back(std::move(op));
  }

  bool haveOutput = false;
  for (auto &[name, bits] : spec.precisions) {
    if (bits <= 0)
      return llvm::createStringError(llvm::formatv(
          "layer '{0}': operand precision of '{1}' must be positive, got {2}",
          spec.name, name, bits));
    if (name == "O_final")
      continue;
    int op = layer.findOperand(name);
    if (op < 0)
      return llvm::createStringError(llvm::formatv(
          "layer '{0}': precision given for unknown operand '{1}'", spec.name,
          name));
    layer.operands[op].precision = bits;
    haveOutput |= op == 0;
  }
  for (const LayerOperand &op : layer.operands)
    if (!llvm::any_of(spec.precisions,
                      [&](auto &p) { return p.first == op.name; }))
      return llvm::createStringError(llvm::formatv(
          "layer '{0}': no operand precision for '{1}'", spec.name, op.name));
  llvm::SmallVector<double, kMaxLayerDims> full(layer.sizes.begin(),
                                                layer.sizes.end());
  for (unsigned op = 0; op < layer.operands.size(); ++op) {
    LayerOperand &o = layer.operands[op];
    o.footprint = o.relevant;
    for (unsigned rel : o.partial)
      o.footprint |= (DimMask(1) << layer.relations[rel].dimA) |
                     (DimMask(1) << layer.relations[rel].dimB);
    o.elements = layer.tensorSize(op, full.data());
  }
  layer.finalOutputPrecision = layer.operands[0].precision;
  for (auto &[name, bits] : spec.precisions)
    if (name == "O_final")
      layer.finalOutputPrecision = bits;
  (void)haveOutput;
  return layer;
}
