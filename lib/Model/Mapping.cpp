//===- Mapping.cpp - Binding layers to targets, spatial conversion -------===//

#include "salsa/Model/Mapping.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>

using namespace salsa;

int BoundLayer::layerOperandOf(MemOperand op) const {
  for (unsigned i = 0; i < memOperand.size(); ++i)
    if (memOperand[i] == op)
      return i;
  return -1;
}

llvm::Expected<BoundLayer> salsa::bindLayer(const Layer &layer,
                                            const Accelerator &accel,
                                            const OperandLinks &links) {
  BoundLayer bound;
  bound.layer = &layer;
  bound.accel = &accel;
  for (const LayerOperand &op : layer.operands) {
    const OperandLink *link = nullptr;
    for (const OperandLink &l : links)
      if (l.layerOperand == op.name)
        link = &l;
    if (!link)
      return llvm::createStringError(llvm::formatv(
          "no memory operand link for layer operand '{0}'", op.name));
    for (MemOperand m : bound.memOperand)
      if (m == link->memOperand)
        return llvm::createStringError(llvm::formatv(
            "two layer operands are linked to memory operand {0}",
            memOperandName(m)));
    bound.memOperand.push_back(link->memOperand);
    auto levels = accel.levelsOf(link->memOperand);
    if (levels.empty())
      return llvm::createStringError(llvm::formatv(
          "layer operand '{0}' is linked to {1}, which no memory of '{2}' "
          "holds",
          op.name, memOperandName(link->memOperand), accel.name));
    if (levels.size() > kMaxLevels)
      return llvm::createStringError(llvm::formatv(
          "layer operand '{0}' passes through {1} memory levels; at most {2} "
          "are supported",
          op.name, levels.size(), kMaxLevels));
    bound.levels.push_back(levels);
  }
  if (bound.numOperands() > kMaxOperands)
    return llvm::createStringError("a layer has at most three operands");
  return bound;
}

UserSpatialMapping salsa::clipSpatialMapping(const UserSpatialMapping &user,
                                             const Layer &layer,
                                             const Accelerator &accel) {
  UserSpatialMapping clipped;
  for (const SpatialUnroll &u : user) {
    int dim = layer.findDim(u.layerDim);
    int arrayDim = accel.array.findDim(u.arrayDim);
    if (dim < 0 || arrayDim < 0)
      continue;
    SpatialUnroll c = u;
    c.factor = std::min({c.factor, double(accel.array.sizes[arrayDim]),
                         double(layer.sizes[dim])});
    clipped.push_back(c);
  }
  return clipped;
}

namespace {
/// Array dimensions in the order the user mapping first names them.
std::vector<std::string> arrayDimOrder(const UserSpatialMapping &m) {
  std::vector<std::string> order;
  for (const SpatialUnroll &u : m)
    if (!llvm::is_contained(order, u.arrayDim))
      order.push_back(u.arrayDim);
  return order;
}

/// ZigZag's generate_limited_user_spatial_mapping for one unrolling.
std::optional<double>
limitUnroll(const Layer &layer, const Accelerator &accel,
            const UserSpatialMapping &user, const UserSpatialMapping &limited,
            const SpatialUnroll &u, bool allowFraction) {
  int dim = layer.findDim(u.layerDim);
  if (dim < 0)
    return std::nullopt;
  int arrayDim = accel.array.findDim(u.arrayDim);
  double factor = u.factor;
  if (arrayDim >= 0)
    factor = std::min(factor, double(accel.array.sizes[arrayDim]));
  double layerSize = double(layer.sizes[dim]);
  // Only the first array dimension with the largest unroll of this layer
  // dimension absorbs the non-divisor remainder.
  double maxUnroll = 0;
  for (const SpatialUnroll &o : user)
    if (o.layerDim == u.layerDim)
      maxUnroll = std::max(maxUnroll, o.factor);
  std::string firstMax;
  for (const std::string &ad : arrayDimOrder(user))
    for (const SpatialUnroll &o : user)
      if (firstMax.empty() && o.arrayDim == ad && o.layerDim == u.layerDim &&
          o.factor == maxUnroll)
        firstMax = ad;
  if (firstMax != u.arrayDim)
    return factor;
  double early = 1;
  for (const std::string &ad : arrayDimOrder(limited)) {
    if (ad == u.arrayDim)
      break;
    for (const SpatialUnroll &o : limited)
      if (o.arrayDim == ad && o.layerDim == u.layerDim)
        early *= o.factor;
  }
  double remainder = std::ceil(layerSize / (factor * early));
  double unroll = layerSize / remainder / early;
  return allowFraction ? unroll : std::trunc(unroll);
}

UserSpatialMapping limitMapping(const Layer &layer, const Accelerator &accel,
                                const UserSpatialMapping &user,
                                bool allowFraction) {
  UserSpatialMapping limited;
  for (const std::string &ad : arrayDimOrder(user)) {
    UserSpatialMapping thisDim;
    for (const SpatialUnroll &u : user) {
      if (u.arrayDim != ad)
        continue;
      if (auto f = limitUnroll(layer, accel, user, limited, u, allowFraction))
        thisDim.push_back({u.arrayDim, u.layerDim, *f});
    }
    limited.insert(limited.end(), thisDim.begin(), thisDim.end());
  }
  return limited;
}

/// Appends (dim, factor) to a level, multiplying into an existing entry of
/// the same dimension.
void addToLevel(std::vector<Loop> &level, unsigned dim, double factor) {
  for (Loop &l : level)
    if (l.dim == dim) {
      l.size *= factor;
      return;
    }
  level.push_back({dim, factor});
}

/// ZigZag's generate_mapping_per_mem_lvl.
PerOperandLoops perMemoryLevel(const BoundLayer &bound,
                               const UserSpatialMapping &limited) {
  const Layer &layer = *bound.layer;
  const Accelerator &accel = *bound.accel;
  PerOperandLoops result(bound.numOperands());
  for (unsigned op = 0; op < bound.numOperands(); ++op) {
    std::vector<std::string> remaining = arrayDimOrder(limited);
    for (unsigned m : bound.levels[op]) {
      std::vector<Loop> level;
      // Array dimensions in the target's order (ZigZag iterates a set here;
      // the order only affects how loops are listed, not any figure).
      for (const std::string &ad : accel.array.dims) {
        if (!llvm::is_contained(accel.memories[m].servedDims, ad) ||
            !llvm::is_contained(remaining, ad))
          continue;
        for (const SpatialUnroll &u : limited)
          if (u.arrayDim == ad)
            addToLevel(level, layer.findDim(u.layerDim), u.factor);
        llvm::erase(remaining, ad);
      }
      result[op].push_back(std::move(level));
    }
    std::vector<Loop> top;
    for (const std::string &ad : remaining)
      for (const SpatialUnroll &u : limited)
        if (u.arrayDim == ad)
          addToLevel(top, layer.findDim(u.layerDim), u.factor);
    result[op].push_back(std::move(top));
  }
  return result;
}
} // namespace

llvm::Expected<SpatialMappings>
salsa::convertSpatialMapping(const BoundLayer &bound,
                             const UserSpatialMapping &user) {
  const Layer &layer = *bound.layer;
  for (const SpatialUnroll &u : user) {
    if (bound.accel->array.findDim(u.arrayDim) < 0)
      return llvm::createStringError(llvm::formatv(
          "spatial mapping unrolls over array dimension '{0}', which '{1}' "
          "does not have",
          u.arrayDim, bound.accel->name));
    if (!(u.factor >= 1))
      return llvm::createStringError(llvm::formatv(
          "spatial mapping unrolls '{0}' by {1} over '{2}'; unrolls must be "
          "at least 1",
          u.layerDim, u.factor, u.arrayDim));
    int dim = layer.findDim(u.layerDim);
    if (dim >= 0 && u.factor > layer.sizes[dim] &&
        u.factor <= bound.accel->array.sizes[bound.accel->array.findDim(
                        u.arrayDim)])
      return llvm::createStringError(llvm::formatv(
          "spatial mapping unrolls '{0}' by {1}, more than its size {2}",
          u.layerDim, u.factor, layer.sizes[dim]));
  }
  SpatialMappings result;
  result.fractional = limitMapping(layer, *bound.accel, user, true);
  result.integer = limitMapping(layer, *bound.accel, user, false);
  result.fractionalLevels = perMemoryLevel(bound, result.fractional);
  result.integerLevels = perMemoryLevel(bound, result.integer);
  return result;
}

std::vector<Loop> salsa::temporalLoops(const Layer &layer,
                                       const PerOperandLoops &spatialLevels) {
  std::vector<double> sizes(layer.sizes.begin(), layer.sizes.end());
  std::vector<bool> gone(layer.dims.size(), false);
  // ZigZag walks the spatial loops of the first input operand, level by level.
  for (const std::vector<Loop> &level : spatialLevels[1]) {
    for (const Loop &u : level) {
      if (gone[u.dim])
        continue;
      // Greedy mapping: a non-divisor unroll leaves one extra iteration.
      double q = std::ceil(sizes[u.dim] / u.size);
      if (q == 1)
        gone[u.dim] = true;
      else
        sizes[u.dim] = q;
    }
  }
  std::vector<Loop> loops;
  for (unsigned d = 0; d < layer.dims.size(); ++d)
    if (!gone[d] && sizes[d] > 1)
      loops.push_back({d, sizes[d]});
  return loops;
}
