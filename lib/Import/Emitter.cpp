//===- Emitter.cpp - ONNX graph -> func.func driver and plumbing ----------===//

#include "Emitter.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/Verifier.h"

#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace salsa::onnx_import;

void salsa::onnx_import::loadImportDialects(MLIRContext &context) {
  context.loadDialect<func::FuncDialect, tosa::TosaDialect,
                      linalg::LinalgDialect, tensor::TensorDialect,
                      arith::ArithDialect>();
}

/// ONNX TensorProto::DataType names for messages.
static std::string elementTypeName(int type) {
  static const char *names[] = {"undefined", "float32", "uint8",  "int8",
                                "uint16",    "int16",   "int32",  "int64",
                                "string",    "bool",    "float16", "float64",
                                "uint32",    "uint64",  "complex64",
                                "complex128", "bfloat16"};
  if (type >= 0 && type < int(std::size(names)))
    return names[type];
  return "#" + std::to_string(type);
}

Emitter::Emitter(const Graph &graph, MLIRContext &context,
                 const ImportOptions &options)
    : graph(graph), b(&context), options(options), context(context) {}

Location Emitter::loc(const Node &node) const {
  return NameLoc::get(
      StringAttr::get(&context, node.name),
      FileLineColLoc::get(&context, options.fileName, node.index + 1, 1));
}

InFlightDiagnostic Emitter::error(const Node &node) const {
  auto diag = emitError(loc(node));
  if (StringRef(node.opType).starts_with("graph "))
    diag << node.opType << " '" << node.name << "': ";
  else
    diag << "ONNX node '" << node.name << "' (" << node.opType << "): ";
  return diag;
}

RankedTensorType Emitter::tensorType(ArrayRef<int64_t> shape) const {
  return RankedTensorType::get(shape, Float32Type::get(&context));
}

FailureOr<std::vector<int64_t>> Emitter::shape(const Node &node,
                                               const std::string &name) {
  auto it = graph.shapes.find(name);
  if (it == graph.shapes.end()) {
    error(node) << "ONNX shape inference gave no shape for '" << name << "'";
    return failure();
  }
  for (int64_t d : it->second)
    if (d < 0) {
      error(node) << "'" << name << "' has a dynamic shape; the importer "
                  << "needs static shapes (fix the model's input shape)";
      return failure();
    }
  return it->second;
}

const std::vector<double> *
Emitter::constantValues(const std::string &name) const {
  if (auto it = constants.find(name); it != constants.end())
    return &it->second;
  if (auto it = graph.initializers.find(name);
      it != graph.initializers.end() && it->second.values)
    return &*it->second.values;
  return nullptr;
}

void Emitter::define(const std::string &name, Value v, bool nhwc) {
  values[name] = {v, nhwc};
}

Value Emitter::weight(const Node &node, const std::string &onnxName,
                      ArrayRef<int64_t> shape, StringRef layout,
                      bool transposedSource) {
  std::string key = onnxName + "@" + layout.str();
  if (auto it = weights.find(key); it != weights.end())
    return it->second;
  Value v;
  if (options.weights == ImportOptions::Weights::Zeros) {
    v = splat(node, shape, 0.0f);
  } else if (options.weights == ImportOptions::Weights::Values) {
    // run() checked that every initializer stores its values inline; the
    // operators pass initializers only.
    auto found = graph.initializers.find(onnxName);
    if (found == graph.initializers.end()) {
      error(node) << "internal error: '" << onnxName
                  << "' is not an initializer";
      weightError = true;
      return splat(node, shape, 0.0f);
    }
    const Tensor &t = found->second;
    int64_t count = 1;
    bool overflow = false;
    for (int64_t d : shape)
      overflow |= __builtin_mul_overflow(count, d, &count);
    if (overflow || int64_t(t.values->size()) != count) {
      // ONNX shape inference rejects such models first; kept as a guard.
      error(node) << "internal error: initializer '" << onnxName << "' holds "
                  << t.values->size() << " values, the op needs " << count;
      weightError = true;
      v = splat(node, shape, 0.0f); // keeps building; run() fails at the end
    } else {
      std::vector<float> data =
          arrangeWeight(*t.values, shape, layout, transposedSource);
      auto type = tensorType(shape);
      v = tosa::ConstOp::create(
          b, loc(node), type, DenseElementsAttr::get(type, ArrayRef<float>(data)));
    }
  } else {
    v = entry->addArgument(tensorType(shape), loc(node));
    NamedAttrList attrs;
    attrs.set("onnx.name", b.getStringAttr(onnxName));
    attrs.set("onnx.layout", b.getStringAttr(layout));
    argAttrs.push_back(attrs);
  }
  weights[key] = v;
  return v;
}

FailureOr<Imported> Emitter::input(const Node &node, unsigned i) {
  if (i >= node.inputs.size() || node.inputs[i].empty()) {
    error(node) << "input " << i << " is missing";
    return failure();
  }
  const std::string &name = node.inputs[i];
  if (auto it = values.find(name); it != values.end())
    return it->second;
  auto s = shape(node, name);
  if (failed(s))
    return failure();
  if (auto it = constants.find(name); it != constants.end()) {
    std::vector<float> data(it->second.begin(), it->second.end());
    auto type = tensorType(*s);
    Value c = tosa::ConstOp::create(
        b, loc(node), type,
        DenseElementsAttr::get(type, ArrayRef<float>(data)));
    define(name, c);
    return values[name];
  }
  if (graph.initializers.count(name))
    return Imported{weight(node, name, *s, "onnx"), false};
  error(node) << "input '" << name << "' is produced by no earlier node";
  return failure();
}

Value Emitter::transpose(const Node &node, Value v, ArrayRef<int32_t> perms) {
  auto src = cast<RankedTensorType>(v.getType()).getShape();
  SmallVector<int64_t> shape;
  for (int32_t p : perms)
    shape.push_back(src[p]);
  return tosa::TransposeOp::create(b, loc(node), tensorType(shape), v,
                                   b.getDenseI32ArrayAttr(perms));
}

Value Emitter::toOnnxLayout(const Node &node, Imported v) {
  return v.nhwc ? transpose(node, v.value, {0, 3, 1, 2}) : v.value;
}

Value Emitter::toNhwc(const Node &node, Imported v) {
  return v.nhwc ? v.value : transpose(node, v.value, {0, 2, 3, 1});
}

Value Emitter::shapeValue(const Node &node, ArrayRef<int64_t> values) {
  auto type = RankedTensorType::get({int64_t(values.size())},
                                    b.getIndexType());
  return tosa::ConstShapeOp::create(
      b, loc(node), tosa::shapeType::get(&context, values.size()),
      DenseIntElementsAttr::get(type, values));
}

Value Emitter::reshape(const Node &node, Value v, ArrayRef<int64_t> shape) {
  if (cast<RankedTensorType>(v.getType()).getShape() == shape)
    return v;
  return tosa::ReshapeOp::create(b, loc(node), tensorType(shape), v,
                                 shapeValue(node, shape));
}

Value Emitter::splat(const Node &node, ArrayRef<int64_t> shape, float value) {
  // One constant per shape and value: every later use is dominated by it.
  auto type = tensorType(shape);
  Value &cached = splats[{type.getAsOpaquePointer(), value}];
  if (!cached)
    cached = tosa::ConstOp::create(b, loc(node), type,
                                   DenseElementsAttr::get(type, value));
  return cached;
}

Value Emitter::mulShift(const Node &node) {
  if (!shift) {
    auto type = RankedTensorType::get({1}, b.getI8Type());
    shift = tosa::ConstOp::create(b, loc(node), type,
                                  DenseElementsAttr::get(type, int8_t(0)));
  }
  return shift;
}

FailureOr<std::pair<Imported, Imported>>
Emitter::broadcastPair(const Node &node, Imported lhs, Imported rhs) {
  // ONNX broadcasting aligns trailing dimensions: give the lower-rank
  // operand leading ones (in ONNX's layout), then match layouts.
  auto rank = [](Imported v) {
    return cast<RankedTensorType>(v.value.getType()).getRank();
  };
  auto promote = [&](Imported &v, int64_t to) {
    if (rank(v) >= to)
      return;
    Value onnx = toOnnxLayout(node, v);
    auto s = cast<RankedTensorType>(onnx.getType()).getShape();
    SmallVector<int64_t> shape(to - s.size(), 1);
    shape.append(s.begin(), s.end());
    v = {reshape(node, onnx, shape), false};
  };
  int64_t r = std::max(rank(lhs), rank(rhs));
  promote(lhs, r);
  promote(rhs, r);
  if (lhs.nhwc != rhs.nhwc) {
    if (r != 4) {
      error(node) << "operands have different layouts";
      return failure();
    }
    if (!lhs.nhwc)
      lhs = {toNhwc(node, lhs), true};
    if (!rhs.nhwc)
      rhs = {toNhwc(node, rhs), true};
  }
  return std::make_pair(lhs, rhs);
}

LogicalResult Emitter::emitNode(const Node &node) {
  const std::string &op = node.opType;
  if (node.outputs.empty() || node.outputs[0].empty()) {
    error(node) << "has no output";
    return failure();
  }
  if (op == "Constant") {
    const AttrValue *value = node.attr("value");
    if (!value || value->kind != AttrValue::Kind::Tensor ||
        value->floats.empty()) {
      error(node) << "only Constant nodes with an inline numeric 'value' "
                  << "tensor are supported";
      return failure();
    }
    constants[node.outputs[0]] = value->floats;
    return success();
  }
  if (op == "Identity" || op == "Dropout") {
    // Inference: both pass their input through (Dropout's mask is unused).
    if (node.outputs.size() > 1 && !node.outputs[1].empty())
      for (const Node &other : graph.nodes)
        for (const std::string &in : other.inputs)
          if (in == node.outputs[1]) {
            error(node) << "the Dropout mask output is used";
            return failure();
          }
    auto in = input(node, 0);
    if (failed(in))
      return failure();
    values[node.outputs[0]] = *in;
    return success();
  }
  if (op == "Conv")
    return emitConv(*this, node);
  if (op == "MaxPool" || op == "AveragePool")
    return emitPool(*this, node);
  if (op == "GlobalAveragePool")
    return emitGlobalAveragePool(*this, node);
  if (op == "Gemm")
    return emitGemm(*this, node);
  if (op == "MatMul")
    return emitMatMul(*this, node);
  if (op == "Relu" || op == "Clip")
    return emitClamp(*this, node);
  if (op == "Add" || op == "Sub" || op == "Mul")
    return emitBinary(*this, node);
  if (op == "Flatten" || op == "Reshape")
    return emitFlattenOrReshape(*this, node);
  if (op == "Softmax")
    return emitSoftmax(*this, node);
  if (op == "LRN")
    return emitLrn(*this, node);
  error(node) << "operator not supported (supported: Conv, Gemm, MatMul, "
              << "Relu, Clip, Add, Sub, Mul, MaxPool, AveragePool, "
              << "GlobalAveragePool, Flatten, Reshape, Softmax, LRN, "
              << "Dropout, Identity, Constant)";
  return failure();
}

OwningOpRef<ModuleOp> Emitter::run() {
  Location fileLoc = FileLineColLoc::get(&context, options.fileName, 0, 0);
  OwningOpRef<ModuleOp> module = ModuleOp::create(fileLoc);
  b.setInsertionPointToEnd(module->getBody());
  func = func::FuncOp::create(b, fileLoc, options.functionName,
                              b.getFunctionType({}, {}));
  entry = func.addEntryBlock();
  b.setInsertionPointToEnd(entry);

  if (options.weights == ImportOptions::Weights::Values)
    for (const auto &[name, tensor] : graph.initializers)
      if (!tensor.values) {
        emitError(fileLoc) << "initializer '" << name
                           << "' keeps its values outside the model file "
                              "(external data) or in an unsupported type; "
                              "use --weights=arguments or --weights=zeros";
        return nullptr;
      }
  for (const std::string &name : graph.inputs) {
    Node boundary;
    boundary.name = name;
    boundary.opType = "graph input";
    auto s = shape(boundary, name);
    if (failed(s))
      return nullptr;
    if (auto t = graph.elementTypes.find(name);
        t != graph.elementTypes.end() && t->second != 1) {
      error(boundary) << "element type " << elementTypeName(t->second)
                      << " is not float32, the only type imported";
      return nullptr;
    }
    define(name, entry->addArgument(tensorType(*s), fileLoc));
    NamedAttrList attrs;
    attrs.set("onnx.name", b.getStringAttr(name));
    argAttrs.push_back(attrs);
  }
  for (const Node &node : graph.nodes) {
    if (failed(emitNode(node)))
      return nullptr;
    if (node.opType != "Constant" && !values.count(node.outputs[0])) {
      error(node) << "internal error: no value emitted for output '"
                  << node.outputs[0] << "'";
      return nullptr;
    }
  }
  SmallVector<Value> results;
  Node boundary;
  boundary.opType = "graph output";
  for (const std::string &name : graph.outputs) {
    boundary.name = name;
    auto it = values.find(name);
    if (it == values.end()) {
      error(boundary) << "the graph output is produced by no node";
      return nullptr;
    }
    results.push_back(toOnnxLayout(boundary, it->second));
  }
  if (weightError)
    return nullptr;
  func::ReturnOp::create(b, fileLoc, results);
  func.setType(b.getFunctionType(entry->getArgumentTypes(),
                                 ValueRange(results).getTypes()));
  for (auto [i, attrs] : llvm::enumerate(argAttrs))
    func.setArgAttrs(i, attrs.getDictionary(&context));
  if (failed(verify(*module))) {
    emitError(fileLoc) << "internal error: the imported module does not "
                          "verify (please report with the model)";
    return nullptr;
  }
  return module;
}

OwningOpRef<ModuleOp>
salsa::onnx_import::importGraph(const Graph &graph, MLIRContext &context,
                                const ImportOptions &options) {
  Emitter emitter(graph, context, options);
  return emitter.run();
}

std::vector<int64_t> salsa::onnx_import::intsOr(const Node &node,
                                                const std::string &key,
                                                std::vector<int64_t> fallback) {
  const AttrValue *a = node.attr(key);
  return a && a->kind == AttrValue::Kind::Ints ? a->ints : fallback;
}

int64_t salsa::onnx_import::intOr(const Node &node, const std::string &key,
                                  int64_t fallback) {
  const AttrValue *a = node.attr(key);
  return a && a->kind == AttrValue::Kind::Int ? a->i : fallback;
}

double salsa::onnx_import::floatOr(const Node &node, const std::string &key,
                                   double fallback) {
  const AttrValue *a = node.attr(key);
  return a && a->kind == AttrValue::Kind::Float ? a->f : fallback;
}
