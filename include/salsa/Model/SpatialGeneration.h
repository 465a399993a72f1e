//===- SpatialGeneration.h - Legal spatial mappings for a layer -*- C++ -*-===//
//
// ZigZag's SpatialMappingGeneratorStage: turns the user's (or target's
// default) spatial mapping into legal ones for one layer. Unrolls are capped
// by the layer and array dimension sizes and by the bandwidth and capacity
// of the innermost memories; array dimensions the user leaves open are
// filled with candidate unrollings of the layer dimensions the hint allows
// (one dimension each, or with `mixed` also several at once, ZigZag's
// enable_mix_spatial_mapping), best first by ZigZag's performance indicator
// (utilization, then diversity of unrolled dimensions), ties in ZigZag's
// generation order.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_MODEL_SPATIALGENERATION_H
#define SALSA_MODEL_SPATIALGENERATION_H

#include "salsa/Model/Mapping.h"

namespace salsa {

/// Up to `maxCandidates` mappings (exactly one when every array dimension
/// is given; none when an open array dimension has nothing to unroll).
std::vector<UserSpatialMapping>
generateSpatialMappings(const BoundLayer &bound, const UserSpatialMapping &user,
                        unsigned maxCandidates = 3,
                        const SpatialMappingHint &hint = {}, bool mixed = false);

} // namespace salsa

#endif
