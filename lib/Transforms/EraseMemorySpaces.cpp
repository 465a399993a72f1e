//===- EraseMemorySpaces.cpp - salsa-erase-memory-spaces ------------------===//

#include "salsa/Dialect/Salsa/SalsaAttrs.h"
#include "salsa/Transforms/Passes.h"

#include "mlir/IR/AttrTypeSubElements.h"
#include "mlir/IR/BuiltinTypes.h"

namespace salsa {
#define GEN_PASS_DEF_SALSAERASEMEMORYSPACES
#include "salsa/Transforms/Passes.h.inc"
} // namespace salsa

using namespace mlir;
using namespace salsa;

namespace {
struct EraseMemorySpacesPass
    : public salsa::impl::SalsaEraseMemorySpacesBase<EraseMemorySpacesPass> {
  void runOnOperation() override {
    AttrTypeReplacer replacer;
    replacer.addReplacement([](MemRefType type) -> std::optional<Type> {
      if (!isa_and_nonnull<MemorySpaceAttr>(type.getMemorySpace()))
        return std::nullopt;
      return MemRefType::get(type.getShape(), type.getElementType(),
                             type.getLayout(), Attribute());
    });
    replacer.addReplacement(
        [](UnrankedMemRefType type) -> std::optional<Type> {
          if (!isa_and_nonnull<MemorySpaceAttr>(type.getMemorySpace()))
            return std::nullopt;
          return UnrankedMemRefType::get(type.getElementType(), Attribute());
        });
    replacer.recursivelyReplaceElementsIn(getOperation(),
                                          /*replaceAttrs=*/true,
                                          /*replaceLocs=*/false,
                                          /*replaceTypes=*/true);
  }
};
} // namespace
