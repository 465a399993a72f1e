//===- ZigZagSetOrder.cpp - CPython's set iteration order -----------------===//

#include "salsa/Model/ZigZagSetOrder.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>

using namespace salsa;

namespace {
/// Python's hash(zigzag.datatypes.LayerDim(name)) (ZigZag 3.8.5 on Debian
/// 12's Python 3.11; the same in every process, as ZigZag hashes with
/// SHA-512).
std::optional<uint64_t> layerDimHash(llvm::StringRef name) {
  static constexpr std::pair<llvm::StringLiteral, uint64_t> kHashes[] = {
      {"B", 2274680621932004355u},  {"C", 1154411953581605750u},
      {"D", 636768403010484021u},   {"G", 1958728070581703856u},
      {"K", 808955158820251385u},   {"FX", 529600628638832194u},
      {"FY", 1607686027741749687u}, {"FZ", 1704040369556682217u},
      {"OX", 1754239838488883382u}, {"OY", 1775822064850599801u},
      {"OZ", 426318468843309241u},  {"D0", 1727055815474479529u},
      {"D1", 952080281078508718u},  {"D2", 288157581728298642u},
      {"D3", 763928329010528715u},
  };
  for (const auto &[n, h] : kHashes)
    if (n == name)
      return h;
  return std::nullopt;
}

/// CPython's set_insert_clean: linear probes, then perturbed jumps.
void insertClean(std::vector<int> &table, const std::vector<uint64_t> &hashes,
                 int item) {
  constexpr uint64_t kLinearProbes = 9, kPerturbShift = 5;
  const uint64_t mask = table.size() - 1;
  uint64_t perturb = hashes[item], i = hashes[item] & mask;
  while (true) {
    if (table[i] < 0) {
      table[i] = item;
      return;
    }
    if (i + kLinearProbes <= mask)
      for (uint64_t j = 1; j <= kLinearProbes; ++j)
        if (table[i + j] < 0) {
          table[i + j] = item;
          return;
        }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}
} // namespace

std::vector<std::string>
salsa::zigzagSetOrder(llvm::ArrayRef<std::string> names) {
  std::vector<std::string> unique;
  for (const std::string &n : names)
    if (!llvm::is_contained(unique, n))
      unique.push_back(n);
  std::vector<uint64_t> hashes;
  for (const std::string &n : unique) {
    std::optional<uint64_t> h = layerDimHash(n);
    if (!h)
      return unique;
    hashes.push_back(*h);
  }
  // CPython grows a set of 8 slots to 4x its size once 3/5 are filled.
  std::vector<int> table(8, -1);
  unsigned used = 0;
  for (unsigned item = 0; item < unique.size(); ++item) {
    insertClean(table, hashes, item);
    if (++used * 5 < (table.size() - 1) * 3)
      continue;
    size_t size = 8;
    while (size <= used * 4)
      size <<= 1;
    std::vector<int> old = std::move(table);
    table.assign(size, -1);
    for (int x : old)
      if (x >= 0)
        insertClean(table, hashes, x);
  }
  std::vector<std::string> out;
  for (int x : table)
    if (x >= 0)
      out.push_back(unique[x]);
  return out;
}
