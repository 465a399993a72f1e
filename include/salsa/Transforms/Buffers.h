//===- Buffers.h - A schedule as explicit buffers and copies ----*- C++ -*-===//
//
// salsa-tile's `buffers` mode: the loop nest of a #salsa.schedule with one
// buffer per operand and memory level below the operand's top memory
// (memref.alloc in #salsa.memory_space<level>), holding the operand's tile
// at that level, and the copies the schedule implies: inputs and weights
// copied in at the level's allocation cut, hoisted above the loops they do
// not depend on; outputs zero-initialised on their first visit, read back
// when a reduction loop above already contributed, written back after the
// loops below the cut. The spatial unrolling is an scf.forall whose body
// runs the op on the innermost buffers. Works on memrefs.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_TRANSFORMS_BUFFERS_H
#define SALSA_TRANSFORMS_BUFFERS_H

#include "salsa/Dialect/Salsa/ScheduleCheck.h"
#include "salsa/Model/Target.h"

#include "mlir/IR/PatternMatch.h"

namespace salsa {

/// Rewrites `op` (a linalg op on memrefs carrying `schedule`) into its loop
/// nest with buffers per memory level of `target`; the op running on the
/// innermost buffers gets salsa.scheduled = `id`. `precisions` (W, I, O,
/// O_final bits, as the schedule assumed; missing ones: the element type's
/// width) size the tiles for the capacity check and the buffers'
/// element_bits. Errors are emitted on the
/// op (nothing is rewritten then).
mlir::LogicalResult applyBuffers(mlir::RewriterBase &rewriter,
                                 mlir::Operation *op, ScheduleAttr schedule,
                                 const Target &target,
                                 llvm::ArrayRef<std::pair<std::string, int>>
                                     precisions,
                                 int64_t id);

} // namespace salsa

#endif
