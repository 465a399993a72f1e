//===- OnnxGraph.h - an ONNX model as plain data ----------------*- C++ -*-===//
//
// What the importer needs from an ONNX model, read with Debian's ONNX
// library and its shape inference, in plain C++ types: nodes in graph
// order with their attributes, the static shape of every value, and the
// initializers' shapes (and their values when stored inline). Keeping
// protobuf on one side of this header and MLIR on the other keeps each
// translation unit light.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_IMPORT_ONNXGRAPH_H
#define SALSA_IMPORT_ONNXGRAPH_H

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace salsa::onnx_import {

struct AttrValue {
  enum class Kind { Int, Ints, Float, Floats, String, Tensor, Other };
  Kind kind = Kind::Other;
  int64_t i = 0;
  double f = 0;
  std::string s;
  std::vector<int64_t> ints;
  std::vector<double> floats; // also the values of a small tensor attribute
  std::vector<int64_t> tensorShape;
  int elementType = 0; // of a tensor attribute (TensorProto::DataType)
};

struct Node {
  std::string name;   // node name, or "<op_type>#<index>" when unnamed
  std::string opType; // e.g. "Conv"
  unsigned index = 0; // position in the graph
  std::vector<std::string> inputs, outputs; // "" marks an omitted input
  std::map<std::string, AttrValue> attributes;

  const AttrValue *attr(const std::string &key) const {
    auto it = attributes.find(key);
    return it == attributes.end() ? nullptr : &it->second;
  }
};

struct Tensor {
  std::vector<int64_t> shape;
  /// Values when the model stores them inline (small tensors); external
  /// data is not read.
  std::optional<std::vector<double>> values;
};

struct Graph {
  std::string name;
  int64_t opset = 0; // of the default ("" / "ai.onnx") domain
  /// Graph inputs that are not initializers, in order.
  std::vector<std::string> inputs;
  std::vector<std::string> outputs;
  std::vector<Node> nodes;
  std::map<std::string, Tensor> initializers;
  /// Static shapes of every value shape inference could determine
  /// (inputs, intermediates, outputs); -1 marks an unknown extent.
  std::map<std::string, std::vector<int64_t>> shapes;
  /// Element type of each value (ONNX TensorProto::DataType numbers).
  std::map<std::string, int> elementTypes;
};

struct ReadOptions {
  /// Shapes for graph inputs (salsa-import-onnx --input-shape), applied
  /// before shape inference; they must agree with the model's static dims.
  std::map<std::string, std::vector<int64_t>> inputShapes;
};

/// Reads `path` and runs ONNX shape inference. On failure returns nothing
/// and sets `error` to a sentence that names the file (and the node when
/// shape inference rejects one, or the input and dimension that is
/// dynamic).
std::optional<Graph> readOnnxModel(const std::string &path,
                                   std::string &error,
                                   const ReadOptions &options = {});
/// The same for a model already in memory; `path` only names it in errors.
std::optional<Graph> parseOnnxModel(const std::string &bytes,
                                    const std::string &path,
                                    std::string &error,
                                    const ReadOptions &options = {});

} // namespace salsa::onnx_import

#endif
