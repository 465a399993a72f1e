//===- WeightLayout.cpp - ONNX initializer data in the op's layout --------===//
//
// For --weights=values: the initializer's values rearranged into the layout
// the emitted op takes its weight in (the layout names of onnx.layout).
//
//===----------------------------------------------------------------------===//

#include "Emitter.h"

#include "llvm/ADT/SmallVector.h"

using namespace salsa::onnx_import;

namespace {

/// Fills `out` (row-major over `shape`) from `src`, where `source` maps a
/// destination multi-index to the flat ONNX index it reads.
template <typename SourceIndex>
void gather(const std::vector<double> &src, llvm::ArrayRef<int64_t> shape,
            std::vector<float> &out, SourceIndex source) {
  llvm::SmallVector<int64_t, 5> idx(shape.size(), 0);
  for (float &value : out) {
    value = float(src[source(idx)]);
    for (size_t d = shape.size(); d-- > 0;) // odometer, last index fastest
      if (++idx[d] < shape[d])
        break;
      else
        idx[d] = 0;
  }
}

} // namespace

std::vector<float> salsa::onnx_import::arrangeWeight(
    const std::vector<double> &src, llvm::ArrayRef<int64_t> shape,
    llvm::StringRef layout,
    bool transposedSource) {
  int64_t count = 1;
  for (int64_t d : shape)
    count *= d;
  std::vector<float> out(count);
  using Idx = llvm::ArrayRef<int64_t>;
  if (layout == "OHWI") {
    // ONNX [O, I, H, W] -> [O, H, W, I].
    int64_t h = shape[1], w = shape[2], c = shape[3];
    gather(src, shape, out, [&](Idx i) {
      return ((i[0] * c + i[3]) * h + i[1]) * w + i[2];
    });
  } else if (layout == "HWCM") {
    // ONNX [C * M, 1, H, W] -> [H, W, C, M].
    int64_t h = shape[0], w = shape[1], m = shape[3];
    gather(src, shape, out, [&](Idx i) {
      return ((i[2] * m + i[3]) * h + i[0]) * w + i[1];
    });
  } else if (layout == "GFHWC") {
    // ONNX [G * F, C, H, W] -> [G, F, H, W, C].
    int64_t f = shape[1], h = shape[2], w = shape[3], c = shape[4];
    gather(src, shape, out, [&](Idx i) {
      return (((i[0] * f + i[1]) * c + i[4]) * h + i[2]) * w + i[3];
    });
  } else if (layout == "KN" && transposedSource) {
    // ONNX [N, K] (Gemm's transB) -> [1, K, N].
    int64_t k = shape[1];
    gather(src, shape, out, [&](Idx i) { return i[2] * k + i[1]; });
  } else {
    // Same element order: biases, [K, N] matrices, ONNX-layout tensors.
    gather(src, shape, out, [&, n = int64_t(0)](Idx) mutable { return n++; });
  }
  return out;
}
