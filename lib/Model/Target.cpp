//===- Target.cpp - An accelerator with its mapping entries ---------------===//

#include "salsa/Model/Target.h"

#include "llvm/Support/FormatVariadic.h"

using namespace salsa;

const MappingEntry *
salsa::selectMapping(const std::vector<MappingEntry> &entries,
                     llvm::StringRef layerName, llvm::StringRef operatorType) {
  for (llvm::StringRef key :
       {layerName, operatorType, llvm::StringRef("default")})
    for (const MappingEntry &e : entries)
      if (e.name == key)
        return &e;
  return nullptr;
}

const MappingEntry &Target::entryFor(llvm::StringRef layerName,
                                     llvm::StringRef operatorType) const {
  const MappingEntry *e = selectMapping(mapping, layerName, operatorType);
  assert(e && "Target::check() not called");
  return *e;
}

llvm::ArrayRef<llvm::StringRef> salsa::precisionKeys() {
  static constexpr llvm::StringRef keys[] = {"W", "I", "O", "O_final"};
  return keys;
}

const OperandPrecisions &
Target::precisionsFor(llvm::StringRef layerName,
                      llvm::StringRef operatorType) const {
  const MappingEntry &entry = entryFor(layerName, operatorType);
  return entry.precisions.empty() ? defaultEntry().precisions
                                  : entry.precisions;
}

llvm::Error Target::check() const {
  if (!selectMapping(mapping, "", ""))
    return llvm::createStringError("the mapping of target '" + accel.name +
                                   "' has no 'default' entry");
  for (const MappingEntry &e : mapping) {
    for (const SpatialUnroll &u : e.spatial) {
      int d = accel.array.findDim(u.arrayDim);
      if (d < 0)
        return llvm::createStringError(llvm::formatv(
            "mapping entry '{0}' unrolls over array dimension '{1}', which "
            "'{2}' does not have",
            e.name, u.arrayDim, accel.name));
      // ZigZag clips an oversized unroll with a warning; a target is
      // written for its array, so salsa refuses it instead.
      if (u.factor > double(accel.array.sizes[d]))
        return llvm::createStringError(llvm::formatv(
            "mapping entry '{0}' unrolls {1} by {2} over array dimension "
            "'{3}', which has only {4} PEs",
            e.name, u.layerDim, int64_t(u.factor), u.arrayDim,
            accel.array.sizes[d]));
    }
    for (const auto &[name, bits] : e.precisions) {
      if (!llvm::is_contained(precisionKeys(), name))
        return llvm::createStringError(llvm::formatv(
            "mapping entry '{0}' gives a precision for '{1}'; the operands "
            "are W, I, O (partial sums) and O_final",
            e.name, name));
      if (bits <= 0)
        return llvm::createStringError(llvm::formatv(
            "mapping entry '{0}': precision of '{1}' must be positive",
            e.name, name));
    }
  }
  return llvm::Error::success();
}
