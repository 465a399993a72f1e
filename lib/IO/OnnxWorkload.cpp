//===- OnnxWorkload.cpp - ZigZag's parse of an ONNX model -----------------===//
//
// The layers ZigZag 3.8.5's ONNX parser (ConvParser, GemmParser) makes of a
// model, for salsa-explore --workload model.onnx: the same loop dimensions,
// sizes, relations, padding and (ZigZag's defaults) 8-bit operands with
// 16-bit partial sums. ZigZag's own labels are kept, including its reading
// of kernel_shape[0] as FX and strides[0] as the x stride (an axis swap
// for non-square kernels, see docs/Onnx.md). Shapes come from ONNX's shape
// inference through lib/Import/Reader.
//
//===----------------------------------------------------------------------===//

#include "salsa/IO/ZigZagFiles.h"

#include "salsa/Import/OnnxGraph.h"

#include "llvm/Support/FormatVariadic.h"

using namespace salsa;
using namespace salsa::io;
namespace onnx = salsa::onnx_import;

static std::vector<int64_t> ints(const onnx::Node &node, const char *name,
                                 std::vector<int64_t> fallback) {
  const onnx::AttrValue *a = node.attr(name);
  if (!a)
    return fallback;
  if (a->kind == onnx::AttrValue::Kind::Int)
    return {a->i};
  return a->ints;
}

static int64_t ceilDiv(int64_t a, int64_t b) { return (a + b - 1) / b; }

llvm::Expected<std::vector<WorkloadLayer>>
salsa::io::readOnnxWorkload(llvm::StringRef path) {
  std::string error;
  std::optional<onnx::Graph> graph = onnx::readOnnxModel(path.str(), error);
  if (!graph)
    return llvm::createStringError(error);
  auto shapeOf = [&](const onnx::Node &node, const std::string &value)
      -> llvm::Expected<std::vector<int64_t>> {
    auto it = graph->shapes.find(value);
    if (it == graph->shapes.end() ||
        llvm::any_of(it->second, [](int64_t d) { return d < 0; }))
      return llvm::createStringError(llvm::formatv(
          "{0}: node '{1}' ({2}): the shape of '{3}' is not static", path,
          node.name, node.opType, value));
    return it->second;
  };
  std::vector<WorkloadLayer> layers;
  for (const onnx::Node &node : graph->nodes) {
    const bool conv = node.opType == "Conv" || node.opType == "QLinearConv";
    const bool gemm = node.opType == "Gemm" || node.opType == "MatMul";
    if (!conv && !gemm)
      continue; // ZigZag makes dummy nodes of these; nothing to schedule
    auto ia = shapeOf(node, node.inputs.at(0));
    if (!ia)
      return ia.takeError();
    auto oa = shapeOf(node, node.outputs.at(0));
    if (!oa)
      return oa.takeError();
    WorkloadLayer layer;
    layer.id = node.index;
    LayerSpec &spec = layer.spec;
    spec.name = node.name;
    spec.operatorType = conv ? "Conv" : "Gemm";
    spec.precisions = {{"W", 8}, {"I", 8}, {"O_final", 8}, {"O", 16}};
    if (conv) {
      std::vector<int64_t> kernel = ints(node, "kernel_shape", {});
      std::vector<int64_t> strides = ints(node, "strides", {1, 1});
      std::vector<int64_t> dilations = ints(node, "dilations", {1, 1});
      std::vector<int64_t> pads = ints(node, "pads", {0, 0, 0, 0});
      int64_t group = ints(node, "group", {1}).front();
      if (ia->size() != 4 || oa->size() != 4 || kernel.size() != 2 ||
          strides.size() != 2 || dilations.size() != 2 || pads.size() != 4 ||
          group <= 0)
        return llvm::createStringError(llvm::formatv(
            "{0}: node '{1}' (Conv): only 2-D convolutions are read as ZigZag "
            "layers",
            path, node.name));
      spec.equation = "O[b][g][k][oy][ox]+=W[g][k][c][fy][fx]*I[b][g][c][iy][ix]";
      spec.dims = {"B", "K", "G", "OX", "OY", "C", "FX", "FY"};
      spec.sizes = {std::max<int64_t>((*oa)[0], 1), ceilDiv((*oa)[1], group),
                    group, (*oa)[3], (*oa)[2], ceilDiv((*ia)[1], group),
                    kernel[0], kernel[1]};
      spec.dimensionRelations = {
          llvm::formatv("ix={0}*ox+{1}*fx", strides[0], dilations[0]).str(),
          llvm::formatv("iy={0}*oy+{1}*fy", strides[1], dilations[1]).str()};
      spec.prDims = {"IX", "IY"};
      spec.prSizes = {(*ia)[3], (*ia)[2]};
      spec.padding = {{pads[0], pads[2]}, {pads[1], pads[3]}};
    } else {
      if (ia->size() != 2 || oa->size() != 2)
        return llvm::createStringError(llvm::formatv(
            "{0}: node '{1}' ({2}): only 2-D Gemm and MatMul nodes are read "
            "as ZigZag layers (use salsa-import-onnx for the others)",
            path, node.name, node.opType));
      std::vector<int64_t> in = *ia;
      if (ints(node, "transA", {0}).front())
        std::swap(in[0], in[1]);
      spec.equation = "O[d][k]+=I[d][c]*W[c][k]";
      spec.dims = {"C", "D", "K"};
      spec.sizes = {in[1], in[0], (*oa)[1]};
    }
    layers.push_back(std::move(layer));
  }
  if (layers.empty())
    return llvm::createStringError(
        path.str() + ": no Conv, Gemm or MatMul node to schedule");
  return layers;
}
