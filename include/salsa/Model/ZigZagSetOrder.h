//===- ZigZagSetOrder.h - The order ZigZag iterates layer dims in -*- C++ -*-===//
//
// ZigZag keeps a spatial mapping hint as a Python set of LayerDims and
// generates spatial candidates in that set's iteration order, which ties in
// its performance indicator keep. That order follows the dimensions' hashes
// (fixed: SHA-512 of the name), not the order written.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_MODEL_ZIGZAGSETORDER_H
#define SALSA_MODEL_ZIGZAGSETORDER_H

#include "llvm/ADT/ArrayRef.h"

#include <string>
#include <vector>

namespace salsa {

/// `names` (upper case) as ZigZag 3.8.5 iterates the set built by inserting
/// them in order, duplicates dropped. A name whose hash salsa does not carry
/// (none of B, C, D, G, K, OX/OY/OZ, FX/FY/FZ, D0..D3) leaves the order as
/// written.
std::vector<std::string> zigzagSetOrder(llvm::ArrayRef<std::string> names);

} // namespace salsa

#endif
