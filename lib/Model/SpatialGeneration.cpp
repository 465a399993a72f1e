//===- SpatialGeneration.cpp - ZigZag's SpatialMappingGeneratorStage ------===//

#include "salsa/Model/SpatialGeneration.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <cmath>
#include <map>

using namespace salsa;

namespace {
/// Unrolls of one array dimension, in the order given.
using DimUnrolls = std::vector<std::pair<unsigned, double>>; // layer dim
struct Candidate {
  std::vector<DimUnrolls> perArrayDim; // indexed like accel.array.dims
  std::vector<bool> present;           // array dimension given at all
};

double utilization(const DimUnrolls &u) {
  double p = 1;
  for (auto &[d, f] : u)
    p *= f;
  return p;
}

double totalUnroll(const Candidate &c, unsigned dim) {
  double p = 1;
  for (const DimUnrolls &u : c.perArrayDim)
    for (auto &[d, f] : u)
      if (d == dim)
        p *= f;
  return p;
}

/// Memories that are the first level of every operand they hold.
llvm::SmallVector<unsigned, 4> innerMemories(const BoundLayer &bound) {
  const Accelerator &acc = *bound.accel;
  llvm::SmallVector<unsigned, 4> inner;
  for (unsigned m = 0; m < acc.memories.size(); ++m) {
    bool first = llvm::all_of(acc.memories[m].operands, [&](MemOperand op) {
      return acc.levelsOf(op).front() == m;
    });
    if (first)
      inner.push_back(m);
  }
  return inner;
}

/// ZigZag's get_max_unrolling: per array and layer dimension.
std::vector<std::vector<double>> maxUnrollings(const BoundLayer &bound) {
  const Layer &layer = *bound.layer;
  const Accelerator &acc = *bound.accel;
  std::vector<std::vector<double>> max(acc.array.dims.size());
  for (unsigned a = 0; a < acc.array.dims.size(); ++a)
    for (unsigned d = 0; d < layer.dims.size(); ++d)
      max[a].push_back(double(std::min(layer.sizes[d], acc.array.sizes[a])));
  // Multicast is limited by what the innermost memories deliver per cycle.
  for (unsigned m : innerMemories(bound)) {
    const MemoryLevel &mem = acc.memories[m];
    for (MemOperand mo : mem.operands) {
      int op = bound.layerOperandOf(mo);
      if (op < 0)
        continue;
      const LayerOperand &lop = layer.operands[op];
      const MemoryPort *port = mem.portFor(
          mo, lop.isOutput ? DataDir::WrInByLow : DataDir::RdOutToLow);
      if (!port || lop.precision <= 0)
        continue;
      double elements = std::floor(double(port->bandwidthMax) / lop.precision);
      for (const std::string &ad : mem.servedDims) {
        int a = acc.array.findDim(ad);
        for (unsigned d = 0; d < layer.dims.size(); ++d)
          if (!(lop.irrelevant & (DimMask(1) << d)) && elements < max[a][d])
            max[a][d] = elements;
      }
    }
  }
  return max;
}

/// ZigZag's limit_unrolling_to_mem_capacity.
void limitToCapacity(const BoundLayer &bound, Candidate &c) {
  const Layer &layer = *bound.layer;
  const Accelerator &acc = *bound.accel;
  for (unsigned m : innerMemories(bound)) {
    const MemoryLevel &mem = acc.memories[m];
    for (MemOperand mo : mem.operands) {
      int op = bound.layerOperandOf(mo);
      if (op < 0)
        continue;
      const LayerOperand &lop = layer.operands[op];
      llvm::SmallVector<unsigned, 4> served;
      for (const std::string &ad : mem.servedDims)
        served.push_back(acc.array.findDim(ad));
      double total = 1;
      DimMask limited = 0;
      for (unsigned a : served)
        for (auto &[d, f] : c.perArrayDim[a])
          if (!(lop.irrelevant & (DimMask(1) << d))) {
            limited |= DimMask(1) << d;
            total *= f;
          }
      double maxStored = lop.precision > 0
                             ? double(mem.sizeBits) / lop.precision
                             : INFINITY;
      if (!(maxStored < total))
        continue;
      // Lower the largest factor by one until the product fits; ZigZag maps
      // old to new factors by value.
      std::vector<double> factors;
      for (unsigned d = 0; d < layer.dims.size(); ++d)
        if (limited & (DimMask(1) << d))
          for (unsigned a : served)
            for (auto &[ud, f] : c.perArrayDim[a])
              if (ud == d)
                factors.push_back(f);
      std::vector<double> adjusted = factors;
      auto product = [](const std::vector<double> &v) {
        double p = 1;
        for (double x : v)
          p *= x;
        return p;
      };
      // (Stops at unrolls of 1: a memory that cannot hold even one element
      // is the allocator's to report.)
      while (product(adjusted) > maxStored) {
        auto it = std::max_element(adjusted.begin(), adjusted.end());
        if (it == adjusted.end() || *it <= 1)
          break;
        *it -= 1;
      }
      std::map<double, double> byValue;
      for (unsigned i = 0; i < factors.size(); ++i)
        byValue[factors[i]] = adjusted[i];
      for (unsigned a : served)
        for (auto &[d, f] : c.perArrayDim[a])
          if (limited & (DimMask(1) << d))
            f = byValue[f];
    }
  }
}

UserSpatialMapping toUser(const BoundLayer &bound, const Candidate &c,
                          const std::vector<std::string> &order) {
  UserSpatialMapping out;
  const Accelerator &acc = *bound.accel;
  for (const std::string &ad : order) {
    int a = acc.array.findDim(ad);
    for (auto &[d, f] : c.perArrayDim[a])
      out.push_back({ad, bound.layer->dims[d], std::max(f, 1.0)});
  }
  return out;
}

std::vector<double> divisorsDescending(int64_t n) {
  std::vector<double> out;
  for (int64_t d = n; d >= 1; --d)
    if (n % d == 0)
      out.push_back(double(d));
  return out;
}
} // namespace

std::vector<UserSpatialMapping>
salsa::generateSpatialMappings(const BoundLayer &bound,
                               const UserSpatialMapping &user,
                               unsigned maxCandidates) {
  const Layer &layer = *bound.layer;
  const Accelerator &acc = *bound.accel;
  const unsigned numArray = acc.array.dims.size();
  std::vector<std::vector<double>> max = maxUnrollings(bound);

  Candidate templ;
  templ.perArrayDim.resize(numArray);
  templ.present.assign(numArray, false);
  std::vector<std::string> order;
  for (const SpatialUnroll &u : user) {
    int a = acc.array.findDim(u.arrayDim);
    if (a < 0)
      continue;
    if (!templ.present[a])
      order.push_back(u.arrayDim);
    templ.present[a] = true;
    int d = layer.findDim(u.layerDim);
    if (d < 0)
      continue; // not a dimension of this layer
    templ.perArrayDim[a].push_back({unsigned(d), std::min(u.factor, max[a][d])});
  }
  for (unsigned a = 0; a < numArray; ++a) {
    // An over-full array dimension drops unrolls, first listed first.
    DimUnrolls &u = templ.perArrayDim[a];
    while (!u.empty() && utilization(u) > double(acc.array.sizes[a]))
      u.erase(u.begin());
  }

  std::vector<unsigned> open;
  for (unsigned a = 0; a < numArray; ++a)
    if (!templ.present[a]) {
      open.push_back(a);
      order.push_back(acc.array.dims[a]);
    }
  if (open.empty()) {
    limitToCapacity(bound, templ);
    return {toUser(bound, templ, order)};
  }

  // Fill each open array dimension with one layer dimension unrolled by a
  // divisor of its maximal unrolling; keep the valid combinations.
  std::vector<std::vector<std::pair<unsigned, double>>> choices(open.size());
  for (unsigned i = 0; i < open.size(); ++i)
    for (unsigned d = 0; d < layer.dims.size(); ++d)
      for (double f : divisorsDescending(int64_t(max[open[i]][d])))
        choices[i].push_back({d, f});
  std::vector<std::pair<double, Candidate>> valid;
  std::vector<unsigned> pick(open.size(), 0);
  while (true) {
    Candidate c = templ;
    for (unsigned i = 0; i < open.size(); ++i)
      c.perArrayDim[open[i]] = {choices[i][pick[i]]};
    bool ok = true;
    for (unsigned d = 0; d < layer.dims.size() && ok; ++d)
      ok = totalUnroll(c, d) <= double(layer.sizes[d]);
    if (ok) {
      double hw = 1, maxPerDim = 1;
      for (const DimUnrolls &u : c.perArrayDim)
        hw *= utilization(u);
      for (unsigned d = 0; d < layer.dims.size(); ++d)
        maxPerDim = std::max(maxPerDim, totalUnroll(c, d));
      valid.push_back({hw + (hw / maxPerDim - 1), std::move(c)});
    }
    unsigned i = open.size();
    while (i > 0 && ++pick[i - 1] == choices[i - 1].size())
      pick[--i] = 0;
    if (i == 0)
      break;
  }
  std::stable_sort(valid.begin(), valid.end(),
                   [](auto &a, auto &b) { return a.first > b.first; });
  std::vector<UserSpatialMapping> out;
  for (unsigned i = 0; i < valid.size() && out.size() < maxCandidates; ++i) {
    limitToCapacity(bound, valid[i].second);
    out.push_back(toUser(bound, valid[i].second, order));
  }
  return out;
}
