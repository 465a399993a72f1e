//===- Target.cpp - An accelerator with its mapping entries ---------------===//

#include "salsa/Model/Target.h"

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

llvm::Error Target::check() const {
  if (!selectMapping(mapping, "", ""))
    return llvm::createStringError("the mapping of target '" + accel.name +
                                   "' has no 'default' entry");
  return llvm::Error::success();
}
