//===- SpatialGeneration.cpp - ZigZag's SpatialMappingGeneratorStage ------===//

#include "salsa/Model/SpatialGeneration.h"
#include "salsa/Model/ZigZagSetOrder.h"

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

/// The layer dimensions the hint lets array dimension `a` unroll, in the
/// order ZigZag iterates them. ZigZag drops a hint naming no dimension of
/// the layer and gives an unhinted array dimension every layer dimension.
std::vector<std::string> hintedDims(const BoundLayer &bound,
                                    const SpatialMappingHint &hint,
                                    unsigned a) {
  const Layer &layer = *bound.layer;
  for (const ArrayDimHint &h : llvm::reverse(hint)) // a later key wins
    if (h.arrayDim == bound.accel->array.dims[a])
      if (llvm::any_of(h.layerDims, [&](const std::string &d) {
            return layer.findDim(d) >= 0;
          }))
        return zigzagSetOrder(h.layerDims);
  return zigzagSetOrder(layer.dims);
}

/// Appends, in itertools.product order, every choice of one factor per
/// pool whose product stays within `limit` (factors are at least 2 and
/// ascending, so a product over the limit ends its pool).
void fittingProducts(const std::vector<unsigned> &dims,
                     const std::vector<std::vector<double>> &pools,
                     double limit, DimUnrolls &prefix, double product,
                     std::vector<DimUnrolls> &out) {
  unsigned pos = prefix.size();
  if (pos == dims.size()) {
    out.push_back(prefix);
    return;
  }
  for (double f : pools[pos]) {
    if (product * f > limit)
      break;
    prefix.push_back({dims[pos], f});
    fittingProducts(dims, pools, limit, prefix, product * f, out);
    prefix.pop_back();
  }
}

/// ZigZag's generate_spatial_mapping_single_oa_dim: each hinted dimension
/// unrolled by the divisors of its maximal unroll, largest first; with
/// `mixed`, then every combination of two or more hinted dimensions (in
/// set order, shorter first) unrolled by non-trivial divisors, smallest
/// first, whose product fits the array dimension.
std::vector<DimUnrolls> arrayDimChoices(const Layer &layer,
                                        const std::vector<double> &max,
                                        const std::vector<std::string> &hinted,
                                        double arraySize, bool mixed) {
  std::vector<DimUnrolls> out;
  for (const std::string &name : hinted)
    if (int d = layer.findDim(name); d >= 0)
      for (double f : divisorsDescending(int64_t(max[d])))
        out.push_back({{unsigned(d), f}});
  if (!mixed)
    return out;
  const unsigned n = hinted.size();
  for (unsigned k = 2; k <= n; ++k) {
    std::vector<unsigned> pick(k); // combination k of n, lexicographic
    for (unsigned i = 0; i < k; ++i)
      pick[i] = i;
    while (true) {
      std::vector<unsigned> dims;
      std::vector<std::vector<double>> pools;
      for (unsigned i : pick) {
        // A dimension the layer lacks only makes candidates ZigZag's
        // is_valid rejects.
        int d = layer.findDim(hinted[i]);
        if (d < 0)
          break;
        dims.push_back(d);
        std::vector<double> pool = divisorsDescending(int64_t(max[d]));
        llvm::erase(pool, 1.0);
        std::reverse(pool.begin(), pool.end());
        pools.push_back(std::move(pool));
      }
      DimUnrolls prefix;
      if (dims.size() == k)
        fittingProducts(dims, pools, arraySize, prefix, 1, out);
      int i = int(k) - 1;
      while (i >= 0 && pick[i] == n - k + unsigned(i))
        --i;
      if (i < 0)
        break;
      ++pick[i];
      for (unsigned j = i + 1; j < k; ++j)
        pick[j] = pick[j - 1] + 1;
    }
  }
  return out;
}
} // namespace

std::vector<UserSpatialMapping>
salsa::generateSpatialMappings(const BoundLayer &bound,
                               const UserSpatialMapping &user,
                               unsigned maxCandidates,
                               const SpatialMappingHint &hint, bool mixed) {
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

  std::vector<std::vector<DimUnrolls>> choices(open.size());
  for (unsigned i = 0; i < open.size(); ++i)
    choices[i] = arrayDimChoices(layer, max[open[i]],
                                 hintedDims(bound, hint, open[i]),
                                 double(acc.array.sizes[open[i]]), mixed);
  if (llvm::any_of(choices, [](auto &c) { return c.empty(); }))
    return {};
  // Every combination in itertools.product order; the best by ZigZag's
  // performance indicator, earlier first among equals (its stable sort),
  // kept as they come so that mixed spaces need no list of all.
  std::vector<double> templTotals(layer.dims.size(), 1);
  double templHw = 1;
  for (const DimUnrolls &u : templ.perArrayDim) {
    templHw *= utilization(u);
    for (auto &[d, f] : u)
      templTotals[d] *= f;
  }
  std::vector<std::pair<double, std::vector<unsigned>>> best;
  std::vector<unsigned> pick(open.size(), 0);
  std::vector<double> totals;
  while (true) {
    totals = templTotals;
    double hw = templHw;
    for (unsigned i = 0; i < open.size(); ++i) {
      const DimUnrolls &u = choices[i][pick[i]];
      hw *= utilization(u);
      for (auto &[d, f] : u)
        totals[d] *= f;
    }
    bool ok = true;
    double maxPerDim = 1;
    for (unsigned d = 0; d < layer.dims.size() && ok; ++d) {
      ok = totals[d] <= double(layer.sizes[d]);
      maxPerDim = std::max(maxPerDim, totals[d]);
    }
    double key = hw + (hw / maxPerDim - 1);
    if (ok && (best.size() < maxCandidates || key > best.back().first)) {
      auto at = llvm::upper_bound(best, key, [](double k, auto &b) {
        return k > b.first;
      });
      best.insert(at, {key, pick});
      if (best.size() > maxCandidates)
        best.pop_back();
    }
    unsigned i = open.size();
    while (i > 0 && ++pick[i - 1] == choices[i - 1].size())
      pick[--i] = 0;
    if (i == 0)
      break;
  }
  // ZigZag limits the candidates in this order, in place, and its
  // candidates share each open array dimension's unrolls (the template's
  // are copies): a candidate is limited with what the ones before it left,
  // and ends up with what the ones after it leave.
  std::vector<Candidate> limited;
  for (auto &[key, picked] : best) {
    Candidate &c = limited.emplace_back(templ);
    for (unsigned i = 0; i < open.size(); ++i)
      c.perArrayDim[open[i]] = choices[i][picked[i]];
    limitToCapacity(bound, c);
    for (unsigned i = 0; i < open.size(); ++i)
      choices[i][picked[i]] = c.perArrayDim[open[i]];
  }
  std::vector<UserSpatialMapping> out;
  for (unsigned j = 0; j < best.size(); ++j) {
    for (unsigned i = 0; i < open.size(); ++i)
      limited[j].perArrayDim[open[i]] = choices[i][best[j].second[i]];
    out.push_back(toUser(bound, limited[j], order));
  }
  return out;
}
