//===- OnnxReader.cpp - ONNX protobuf -> plain graph ----------------------===//
//
// The only file that sees protobuf: parses the model, runs ONNX's shape
// inference (strict, so a node it cannot type is an error naming that
// node), and copies out what the TOSA emitter needs.
//
//===----------------------------------------------------------------------===//

#include "salsa/Import/OnnxGraph.h"

#include "onnx/defs/schema.h"
#include "onnx/onnx_pb.h"
#include "onnx/shape_inference/implementation.h"

#include <cstring>
#include <set>
#include <fstream>
#include <iterator>

using namespace salsa::onnx_import;

namespace {

/// Values of a tensor stored inline, converted to double; nothing for
/// external data or element types we do not read.
std::optional<std::vector<double>> inlineValues(const onnx::TensorProto &t) {
  if (t.data_location() == onnx::TensorProto_DataLocation_EXTERNAL)
    return std::nullopt;
  // Inline values are read for small tensors only (the importer needs them
  // for constants and --weights=values); absurd or negative dims are not.
  int64_t count = 1;
  for (int64_t d : t.dims())
    if (d < 0 || __builtin_mul_overflow(count, d, &count) ||
        count > (int64_t(1) << 28))
      return std::nullopt;
  std::vector<double> out;
  auto fromRaw = [&](auto tag) -> bool {
    using T = decltype(tag);
    const std::string &raw = t.raw_data();
    if (raw.size() != size_t(count) * sizeof(T))
      return false;
    out.resize(count);
    for (int64_t i = 0; i < count; ++i) {
      T v;
      std::memcpy(&v, raw.data() + i * sizeof(T), sizeof(T));
      out[i] = double(v);
    }
    return true;
  };
  switch (t.data_type()) {
  case onnx::TensorProto_DataType_FLOAT:
    if (t.has_raw_data())
      return fromRaw(float()) ? std::optional(out) : std::nullopt;
    out.assign(t.float_data().begin(), t.float_data().end());
    break;
  case onnx::TensorProto_DataType_DOUBLE:
    if (t.has_raw_data())
      return fromRaw(double()) ? std::optional(out) : std::nullopt;
    out.assign(t.double_data().begin(), t.double_data().end());
    break;
  case onnx::TensorProto_DataType_INT64:
    if (t.has_raw_data())
      return fromRaw(int64_t()) ? std::optional(out) : std::nullopt;
    out.assign(t.int64_data().begin(), t.int64_data().end());
    break;
  case onnx::TensorProto_DataType_INT32:
    if (t.has_raw_data())
      return fromRaw(int32_t()) ? std::optional(out) : std::nullopt;
    out.assign(t.int32_data().begin(), t.int32_data().end());
    break;
  case onnx::TensorProto_DataType_BOOL:
    // One byte per value in raw data, else int32_data.
    if (t.has_raw_data())
      return fromRaw(uint8_t()) ? std::optional(out) : std::nullopt;
    out.assign(t.int32_data().begin(), t.int32_data().end());
    break;
  default:
    return std::nullopt;
  }
  if (int64_t(out.size()) != count)
    return std::nullopt;
  return out;
}

AttrValue readAttribute(const onnx::AttributeProto &a) {
  AttrValue out;
  switch (a.type()) {
  case onnx::AttributeProto_AttributeType_INT:
    out.kind = AttrValue::Kind::Int;
    out.i = a.i();
    break;
  case onnx::AttributeProto_AttributeType_INTS:
    out.kind = AttrValue::Kind::Ints;
    out.ints.assign(a.ints().begin(), a.ints().end());
    break;
  case onnx::AttributeProto_AttributeType_FLOAT:
    out.kind = AttrValue::Kind::Float;
    out.f = a.f();
    break;
  case onnx::AttributeProto_AttributeType_FLOATS:
    out.kind = AttrValue::Kind::Floats;
    out.floats.assign(a.floats().begin(), a.floats().end());
    break;
  case onnx::AttributeProto_AttributeType_STRING:
    out.kind = AttrValue::Kind::String;
    out.s = a.s();
    break;
  case onnx::AttributeProto_AttributeType_TENSOR:
    out.kind = AttrValue::Kind::Tensor;
    out.tensorShape.assign(a.t().dims().begin(), a.t().dims().end());
    out.elementType = a.t().data_type();
    if (auto v = inlineValues(a.t()))
      out.floats = *v;
    break;
  default:
    break;
  }
  return out;
}

void recordValueInfo(const onnx::ValueInfoProto &v, Graph &g) {
  if (!v.type().has_tensor_type())
    return;
  const auto &tt = v.type().tensor_type();
  g.elementTypes[v.name()] = tt.elem_type();
  if (!tt.has_shape())
    return;
  std::vector<int64_t> shape;
  for (const auto &d : tt.shape().dim())
    shape.push_back(d.has_dim_value() ? d.dim_value() : -1);
  g.shapes[v.name()] = shape;
}

/// ONNX 1.12 (Debian's) predates Gelu (opset 20): give its shape
/// inference a schema for it, elementwise like every activation. Registered
/// once, from version 1 of the default domain (the newest 1.12 accepts), so
/// every opset finds it; `approximate` is read by the emitter.
void registerNewerOperators() {
  static bool done = [] {
    if (onnx::OpSchemaRegistry::Schema("Gelu", 20, ""))
      return true;
    static onnx::OpSchema gelu;
    gelu.SetName("Gelu")
        .SetDomain("")
        .SinceVersion(1)
        .SetDoc("Gelu (ONNX opset 20), registered by salsa-import-onnx")
        .Attr("approximate", "none or tanh", onnx::AttributeProto::STRING,
              std::string("none"))
        .Input(0, "X", "input", "T")
        .Output(0, "Y", "output", "T")
        .TypeConstraint("T", {"tensor(float)", "tensor(double)",
                              "tensor(float16)", "tensor(bfloat16)"},
                        "float tensors")
        .TypeAndShapeInferenceFunction(
            onnx::propagateShapeAndTypeFromFirstInput);
    onnx::OpSchemaRegistry::OpSchemaRegisterOnce once(gelu);
    return true;
  }();
  (void)done;
}

std::string joinShape(const std::vector<int64_t> &shape) {
  std::string s;
  for (size_t i = 0; i < shape.size(); ++i)
    s += (i ? "x" : "") + std::to_string(shape[i]);
  return s;
}

/// Applies --input-shape and checks that every graph input is static.
bool fixInputShapes(onnx::ModelProto &model, const ReadOptions &options,
                    const std::string &path, std::string &error) {
  onnx::GraphProto *graph = model.mutable_graph();
  std::set<std::string> initializers;
  for (const auto &t : graph->initializer())
    initializers.insert(t.name());
  std::set<std::string> inputs;
  for (const auto &v : graph->input())
    if (!initializers.count(v.name()))
      inputs.insert(v.name());
  for (const auto &[name, dims] : options.inputShapes)
    if (!inputs.count(name)) {
      error = "'" + path + "': --input-shape names '" + name +
              "', which is not a graph input";
      return false;
    }
  for (int i = 0; i < graph->input_size(); ++i) {
    onnx::ValueInfoProto *v = graph->mutable_input(i);
    if (initializers.count(v->name()) || !v->type().has_tensor_type())
      continue;
    auto *tt = v->mutable_type()->mutable_tensor_type();
    auto given = options.inputShapes.find(v->name());
    if (given != options.inputShapes.end()) {
      const std::vector<int64_t> &dims = given->second;
      auto *shape = tt->mutable_shape();
      if (tt->has_shape() && shape->dim_size() != int(dims.size())) {
        error = "'" + path + "': --input-shape " + v->name() + "=" +
                joinShape(dims) + " has rank " + std::to_string(dims.size()) +
                ", the graph input has rank " +
                std::to_string(shape->dim_size());
        return false;
      }
      if (!tt->has_shape())
        for (size_t d = 0; d < dims.size(); ++d)
          shape->add_dim();
      for (size_t d = 0; d < dims.size(); ++d) {
        auto *dim = shape->mutable_dim(int(d));
        if (dim->has_dim_value() && dim->dim_value() != dims[d]) {
          error = "'" + path + "': --input-shape " + v->name() + "=" +
                  joinShape(dims) + " gives dimension " + std::to_string(d) +
                  " as " + std::to_string(dims[d]) + ", the model fixes it at " +
                  std::to_string(dim->dim_value());
          return false;
        }
        dim->set_dim_value(dims[d]);
      }
    }
    if (!tt->has_shape()) {
      error = "'" + path + "': graph input '" + v->name() +
              "' has no shape; give it with --input-shape " + v->name() +
              "=D0xD1x...";
      return false;
    }
    for (int d = 0; d < tt->shape().dim_size(); ++d) {
      const auto &dim = tt->shape().dim(d);
      if (dim.has_dim_value())
        continue;
      std::string what = dim.has_dim_param() && !dim.dim_param().empty()
                             ? " ('" + dim.dim_param() + "')"
                             : "";
      error = "'" + path + "': graph input '" + v->name() + "' has dynamic " +
              "dimension " + std::to_string(d) + what +
              "; the importer needs static shapes: give them with "
              "--input-shape " + v->name() + "=D0xD1x...";
      return false;
    }
  }
  return true;
}

} // namespace

std::optional<Graph> salsa::onnx_import::readOnnxModel(const std::string &path,
                                                       std::string &error,
                                                       const ReadOptions &options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open '" + path + "'";
    return std::nullopt;
  }
  std::string bytes((std::istreambuf_iterator<char>(in)),
                    std::istreambuf_iterator<char>());
  return parseOnnxModel(bytes, path, error, options);
}

std::optional<Graph> salsa::onnx_import::parseOnnxModel(const std::string &bytes,
                                                        const std::string &path,
                                                        std::string &error,
                                                        const ReadOptions &readOptions) {
  onnx::ModelProto model;
  if (!model.ParseFromString(bytes)) {
    error = "'" + path + "' is not an ONNX model (protobuf parse failed)";
    return std::nullopt;
  }
  if (!model.has_graph() || model.graph().node_size() == 0) {
    error = "'" + path + "' is not an ONNX model: it has no graph nodes";
    return std::nullopt;
  }
  Graph g;
  for (const auto &op : model.opset_import())
    if (op.domain().empty() || op.domain() == "ai.onnx")
      g.opset = op.version();
  if (g.opset == 0) {
    error = "'" + path + "' imports no opset of the default ONNX domain";
    return std::nullopt;
  }
  // ONNX 1.12's shape inference divides by these without checking them
  // (a zero stride is a SIGFPE inside libonnx): reject them first.
  for (int i = 0; i < model.graph().node_size(); ++i) {
    const onnx::NodeProto &n = model.graph().node(i);
    if (n.op_type().find("Conv") == std::string::npos &&
        n.op_type().find("Pool") == std::string::npos)
      continue;
    for (const auto &a : n.attribute()) {
      bool positive = true;
      if (a.name() == "strides" || a.name() == "dilations" ||
          a.name() == "kernel_shape")
        for (int64_t v : a.ints())
          positive &= v > 0;
      else if (a.name() == "group")
        positive = a.i() > 0;
      else
        continue;
      if (!positive) {
        std::string name =
            n.name().empty() ? n.op_type() + "#" + std::to_string(i) : n.name();
        error = "'" + path + "': ONNX node '" + name + "' (" + n.op_type() +
                "): attribute '" + a.name() + "' must be positive";
        return std::nullopt;
      }
    }
  }
  if (!fixInputShapes(model, readOptions, path, error))
    return std::nullopt;
  registerNewerOperators();
  try {
    onnx::ShapeInferenceOptions options(/*check_type=*/true,
                                        /*strict_mode=*/1,
                                        /*data_prop=*/true);
    onnx::shape_inference::InferShapes(
        model, onnx::OpSchemaRegistry::Instance(), options);
  } catch (const std::exception &e) {
    error = "ONNX shape inference failed on '" + path + "': " + e.what();
    return std::nullopt;
  }

  const onnx::GraphProto &graph = model.graph();
  g.name = graph.name();
  for (const auto &t : graph.initializer()) {
    Tensor tensor;
    tensor.shape.assign(t.dims().begin(), t.dims().end());
    tensor.values = inlineValues(t);
    g.initializers[t.name()] = tensor;
    g.shapes[t.name()] = tensor.shape;
    g.elementTypes[t.name()] = t.data_type();
  }
  for (const auto &v : graph.input()) {
    recordValueInfo(v, g);
    if (!g.initializers.count(v.name()))
      g.inputs.push_back(v.name());
  }
  for (const auto &v : graph.value_info())
    recordValueInfo(v, g);
  for (const auto &v : graph.output()) {
    recordValueInfo(v, g);
    g.outputs.push_back(v.name());
  }
  for (int i = 0; i < graph.node_size(); ++i) {
    const onnx::NodeProto &n = graph.node(i);
    Node node;
    node.index = unsigned(i);
    node.opType = n.op_type();
    node.name = n.name().empty() ? n.op_type() + "#" + std::to_string(i)
                                 : n.name();
    if (!n.domain().empty() && n.domain() != "ai.onnx")
      node.opType = n.domain() + "." + n.op_type();
    node.inputs.assign(n.input().begin(), n.input().end());
    node.outputs.assign(n.output().begin(), n.output().end());
    for (const auto &a : n.attribute())
      node.attributes[a.name()] = readAttribute(a);
    g.nodes.push_back(std::move(node));
  }
  return g;
}
