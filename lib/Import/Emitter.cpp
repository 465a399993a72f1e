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

RankedTensorType Emitter::tensorType(ArrayRef<int64_t> shape,
                                     Type element) const {
  return RankedTensorType::get(shape, element);
}

Type Emitter::elementType(int onnxType) const {
  switch (onnxType) {
  case 1: // float32
    return Float32Type::get(&context);
  case 9: // bool
    return IntegerType::get(&context, 1);
  case 2: case 3: case 4: case 5: case 6: case 7: case 12: case 13:
    return IntegerType::get(&context, 32); // integers are computed as i32
  default:
    return nullptr;
  }
}

static Type elementOf(Value v) {
  return cast<RankedTensorType>(v.getType()).getElementType();
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

void Emitter::defineConstant(const std::string &name,
                             std::vector<double> values, int onnxType) {
  constants[name] = std::move(values);
  constantTypes[name] = onnxType;
}

/// A tosa.const of `type` holding `data` (converted to its element type).
static Value constantOf(OpBuilder &b, Location loc, RankedTensorType type,
                        const std::vector<double> &data) {
  Type element = type.getElementType();
  DenseElementsAttr attr;
  if (element.isF32()) {
    std::vector<float> v(data.begin(), data.end());
    attr = DenseElementsAttr::get(type, ArrayRef<float>(v));
  } else if (element.isInteger(1)) {
    SmallVector<bool> v;
    for (double d : data)
      v.push_back(d != 0);
    attr = DenseElementsAttr::get(type, ArrayRef<bool>(v));
  } else {
    std::vector<int32_t> v;
    for (double d : data)
      v.push_back(int32_t(d));
    attr = DenseElementsAttr::get(type, ArrayRef<int32_t>(v));
  }
  return tosa::ConstOp::create(b, loc, type, attr);
}

FailureOr<Imported> Emitter::lookup(const Node &node, unsigned i) {
  if (!hasInput(node, i)) {
    error(node) << "input " << i << " is missing";
    return failure();
  }
  const std::string &name = node.inputs[i];
  if (auto it = values.find(name); it != values.end())
    return it->second;
  auto s = shape(node, name);
  if (failed(s))
    return failure();
  int onnxType = 1;
  if (auto it = constantTypes.find(name); it != constantTypes.end())
    onnxType = it->second;
  else if (auto t = graph.elementTypes.find(name);
           t != graph.elementTypes.end())
    onnxType = t->second;
  Type element = elementType(onnxType);
  if (!element) {
    error(node) << "input '" << name << "' has element type "
                << elementTypeName(onnxType) << ", which is not imported";
    return failure();
  }
  if (auto it = constants.find(name); it != constants.end()) {
    define(name, constantOf(b, loc(node), tensorType(*s, element), it->second));
    return values[name];
  }
  if (auto it = graph.initializers.find(name);
      it != graph.initializers.end()) {
    if (element.isF32())
      return Imported{weight(node, name, *s, "onnx"), false};
    // Masks and indices are part of the graph, not weights: constants.
    if (!it->second.values) {
      error(node) << "the " << elementTypeName(onnxType) << " initializer '"
                  << name << "' must store its values in the model file";
      return failure();
    }
    define(name,
           constantOf(b, loc(node), tensorType(*s, element), *it->second.values));
    return values[name];
  }
  error(node) << "input '" << name << "' is produced by no earlier node";
  return failure();
}

FailureOr<Imported> Emitter::anyInput(const Node &node, unsigned i) {
  return lookup(node, i);
}

FailureOr<Imported> Emitter::input(const Node &node, unsigned i) {
  auto v = lookup(node, i);
  if (failed(v))
    return failure();
  if (!elementOf(v->value).isF32()) {
    int onnxType = 0;
    if (auto t = graph.elementTypes.find(node.inputs[i]);
        t != graph.elementTypes.end())
      onnxType = t->second;
    if (auto t = constantTypes.find(node.inputs[i]); t != constantTypes.end())
      onnxType = t->second;
    error(node) << "input '" << node.inputs[i] << "' has element type "
                << elementTypeName(onnxType)
                << "; the operator is imported for float32 only";
    return failure();
  }
  return v;
}

FailureOr<std::vector<int64_t>> Emitter::constantInts(const Node &node,
                                                      unsigned i) {
  const std::vector<double> *v =
      hasInput(node, i) ? constantValues(node.inputs[i]) : nullptr;
  if (!v) {
    error(node) << "input " << i
                << (hasInput(node, i) ? " ('" + node.inputs[i] + "')" : "")
                << " must be a constant (an initializer or a Constant node)";
    return failure();
  }
  return std::vector<int64_t>(v->begin(), v->end());
}

Value Emitter::transpose(const Node &node, Value v, ArrayRef<int32_t> perms) {
  auto src = cast<RankedTensorType>(v.getType()).getShape();
  SmallVector<int64_t> shape;
  for (int32_t p : perms)
    shape.push_back(src[p]);
  return tosa::TransposeOp::create(b, loc(node),
                                   tensorType(shape, elementOf(v)), v,
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
  return tosa::ReshapeOp::create(b, loc(node), tensorType(shape, elementOf(v)),
                                 v,
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

static const char supportedOperators[] =
    "Conv, Gemm, MatMul, BatchNormalization, Relu, Clip, Sigmoid, "
    "HardSigmoid, HardSwish, Tanh, Erf, Gelu, Exp, Sqrt, Neg, Abs, "
    "Reciprocal, Add, Sub, Mul, Div, Pow, Max, Min, Equal, Greater, Less, "
    "Not, Where, Cast, MaxPool, AveragePool, GlobalAveragePool, ReduceMean, "
    "ReduceSum, Softmax, LayerNormalization, LRN, Flatten, Reshape, Squeeze, Unsqueeze, "
    "Transpose, Concat, Split, Slice, Gather, ConstantOfShape, Dropout, "
    "Identity, Constant";

bool Emitter::foldedBatchNormInput(const Node &bn) const {
  auto it = bnFolds.find(bn.inputs.empty() ? "" : bn.inputs[0]);
  return it != bnFolds.end() && it->second == &bn;
}

LogicalResult Emitter::emitNode(const Node &node) {
  const std::string &op = node.opType;
  if (node.outputs.empty() || node.outputs[0].empty()) {
    error(node) << "has no output";
    return failure();
  }
  if (op == "Constant") {
    const AttrValue *value = node.attr("value");
    if (value && value->kind == AttrValue::Kind::Tensor &&
        !value->floats.empty()) {
      defineConstant(node.outputs[0], value->floats, value->elementType);
      return success();
    }
    if (const AttrValue *f = node.attr("value_float")) {
      defineConstant(node.outputs[0], {f->f}, 1);
      return success();
    }
    if (const AttrValue *f = node.attr("value_floats");
        f && !f->floats.empty()) {
      defineConstant(node.outputs[0], f->floats, 1);
      return success();
    }
    if (const AttrValue *i = node.attr("value_int")) {
      defineConstant(node.outputs[0], {double(i->i)}, 7);
      return success();
    }
    if (const AttrValue *i = node.attr("value_ints"); i && !i->ints.empty()) {
      defineConstant(node.outputs[0],
                     std::vector<double>(i->ints.begin(), i->ints.end()), 7);
      return success();
    }
    error(node) << "only Constant nodes with an inline numeric value "
                << "are supported";
    return failure();
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
    auto in = anyInput(node, 0);
    if (failed(in))
      return failure();
    values[node.outputs[0]] = *in;
    return success();
  }
  if (op == "BatchNormalization" && foldedBatchNormInput(node)) {
    // Folded into the producing Conv's weights and bias (emitConv).
    values[node.outputs[0]] = values[node.inputs[0]];
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
  if (op == "Add" || op == "Sub" || op == "Mul" || op == "Div" ||
      op == "Pow" || op == "Max" || op == "Min")
    return emitBinary(*this, node);
  if (op == "Flatten" || op == "Reshape" || op == "Squeeze" ||
      op == "Unsqueeze")
    return emitFlattenOrReshape(*this, node);
  if (op == "Softmax")
    return emitSoftmax(*this, node);
  if (op == "LRN")
    return emitLrn(*this, node);
  if (op == "Erf" || op == "Tanh" || op == "Sigmoid" || op == "Sqrt" ||
      op == "Exp" || op == "Neg" || op == "Reciprocal" || op == "Abs")
    return emitUnary(*this, node);
  if (op == "HardSigmoid" || op == "HardSwish")
    return emitHardSigmoid(*this, node);
  if (op == "Gelu")
    return emitGelu(*this, node);
  if (op == "Where")
    return emitWhere(*this, node);
  if (op == "Equal" || op == "Greater" || op == "Less" || op == "Not")
    return emitCompare(*this, node);
  if (op == "Cast")
    return emitCast(*this, node);
  if (op == "Transpose")
    return emitTranspose(*this, node);
  if (op == "Concat")
    return emitConcat(*this, node);
  if (op == "Split")
    return emitSplit(*this, node);
  if (op == "Slice")
    return emitSlice(*this, node);
  if (op == "Gather")
    return emitGather(*this, node);
  if (op == "ConstantOfShape")
    return emitConstantOfShape(*this, node);
  if (op == "LayerNormalization")
    return emitLayerNorm(*this, node);
  if (op == "ReduceMean" || op == "ReduceSum")
    return emitReduceMean(*this, node);
  if (op == "BatchNormalization")
    return emitBatchNorm(*this, node);
  error(node) << "operator not supported (supported: " << supportedOperators
              << ")";
  return failure();
}

void Emitter::findBatchNormFolds() {
  // Conv -> BatchNormalization, the Conv's output read by nothing else and
  // every BatchNormalization parameter an initializer: the normalization
  // becomes part of the Conv's weights and bias.
  std::map<std::string, unsigned> uses;
  std::map<std::string, const Node *> producer;
  for (const Node &n : graph.nodes) {
    for (const std::string &in : n.inputs)
      ++uses[in];
    for (const std::string &out : n.outputs)
      producer[out] = &n;
  }
  for (const std::string &out : graph.outputs)
    ++uses[out];
  for (const Node &n : graph.nodes) {
    if (n.opType != "BatchNormalization" || n.inputs.size() != 5 ||
        n.outputs.size() != 1)
      continue;
    auto p = producer.find(n.inputs[0]);
    if (p == producer.end() || p->second->opType != "Conv" ||
        uses[n.inputs[0]] != 1)
      continue;
    bool constant = true;
    for (unsigned i = 1; i < 5; ++i)
      constant &= graph.initializers.count(n.inputs[i]) > 0;
    if (constant)
      bnFolds[n.inputs[0]] = &n;
  }
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
    int onnxType = 1;
    if (auto t = graph.elementTypes.find(name); t != graph.elementTypes.end())
      onnxType = t->second;
    Type element = elementType(onnxType);
    if (!element) {
      error(boundary) << "element type " << elementTypeName(onnxType)
                      << " is not imported (float32, bool and integer "
                         "inputs are)";
      return nullptr;
    }
    // Integer inputs keep their ONNX width at the boundary and are
    // computed as i32 (TOSA's index type).
    Type argElement = element;
    if (onnxType == 7)
      argElement = b.getI64Type();
    Value arg = entry->addArgument(tensorType(*s, argElement), fileLoc);
    if (argElement != element)
      arg = tosa::CastOp::create(b, fileLoc, tensorType(*s, element), arg);
    define(name, arg);
    NamedAttrList attrs;
    attrs.set("onnx.name", b.getStringAttr(name));
    argAttrs.push_back(attrs);
  }
  findBatchNormFolds();
  for (const Node &node : graph.nodes) {
    if (failed(emitNode(node)))
      return nullptr;
    if (!constants.count(node.outputs[0]) && !values.count(node.outputs[0])) {
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
