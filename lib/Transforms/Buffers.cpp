//===- Buffers.cpp - A schedule as explicit buffers and copies ------------===//
//
// The nest is built directly (not with tileUsingSCF) because the copies sit
// between the loops: for every depth d (before temporal loop d, outermost
// first) the copies into the levels whose hoisted cut is d, then loop d,
// then the write-backs of the output levels cut at d. Every loop keeps the
// absolute offset and the (possibly partial) size of its tile per op loop;
// an operand's tile follows from its indexing map (linear, non-negative
// coefficients: offset e(off), size e(size - 1) - e(0) + 1, the sliding
// window of a convolution included).
//
//===----------------------------------------------------------------------===//

#include "salsa/Transforms/Buffers.h"

#include "salsa/Conversion/LinalgToLayer.h"
#include "salsa/Model/Workload.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/IRMapping.h"

#include <array>
#include <cmath>

using namespace mlir;
using namespace salsa;

namespace {

/// One buffer: an operand's tile at one memory level below its top.
struct Level {
  unsigned memory = 0; // index into Accelerator::memories
  std::string memoryName;
  /// Loops [cut, end) are allocated at this level or below.
  unsigned cut = 0;
  /// The copies sit before loop `depth` (<= cut): the loops between are
  /// ones the operand does not depend on, so its tile stays (stationarity).
  unsigned depth = 0;
  int64_t instances = 1;
  /// The schedule's precision, when it differs from the element type's.
  int64_t elementBits = 0;
  SmallVector<int64_t> shape;
  Value buffer;
  // At the current visit (set by the copy-in, used by the write-back and
  // the levels below).
  SmallVector<OpFoldResult> offsets; // operand space, absolute
  Value bufferTile, parentTile, first;
};

struct OperandPlan {
  std::string name; // I, W, O
  unsigned operand = 0;
  bool output = false;
  AffineMap map;
  SmallVector<bool> relevant; // per op loop: does the map use it?
  SmallVector<Level, 2> levels;  // innermost first, the top excluded
  Value top;
  std::string topName; // the top memory, which the function's memref stands for
};

/// The extent of result `e` over a loop tile of the given sizes.
AffineExpr extentExpr(AffineExpr e, unsigned numLoops) {
  MLIRContext *ctx = e.getContext();
  SmallVector<AffineExpr> minusOne, zero;
  for (unsigned l = 0; l < numLoops; ++l) {
    minusOne.push_back(getAffineDimExpr(l, ctx) - 1);
    zero.push_back(getAffineConstantExpr(0, ctx));
  }
  return simplifyAffineExpr(e.replaceDims(minusOne) - e.replaceDims(zero) + 1,
                            numLoops, 0);
}

class NestBuilder {
public:
  NestBuilder(RewriterBase &rewriter, linalg::LinalgOp op,
              const ResolvedSchedule &r, ScheduleAttr schedule,
              SmallVector<OperandPlan, 3> &plans, ArrayRef<int64_t> base,
              int64_t id)
      : b(rewriter), op(op), loc(op.getLoc()), r(r), schedule(schedule),
        plans(plans), base(base), id(id),
        numLoops(r.sizes.size()), depthCount(r.loops.size()) {}

  /// Loop-space tile before loop `depth` (full, uncapped).
  int64_t full(unsigned l, unsigned depth) const {
    int64_t t = base[l];
    for (unsigned i = depth; i < depthCount; ++i)
      if (r.loops[i].loop == l)
        t *= r.loops[i].factor;
    return t;
  }

  void emit(unsigned depth, SmallVector<OpFoldResult> off,
            SmallVector<OpFoldResult> size) {
    copyIn(depth, off, size);
    if (depth < depthCount) {
      const auto &loop = r.loops[depth];
      unsigned l = loop.loop;
      Value lb = getValueOrCreateConstantIndexOp(b, loc, off[l]);
      OpFoldResult ubFold = affine::makeComposedFoldedAffineApply(
          b, loc, b.getAffineDimExpr(0) + b.getAffineDimExpr(1),
          {off[l], size[l]});
      Value ub = getValueOrCreateConstantIndexOp(b, loc, ubFold);
      int64_t stepSize = full(l, depth + 1);
      Value step = arith::ConstantIndexOp::create(b, loc, stepSize);
      auto forOp = scf::ForOp::create(b, loc, lb, ub, step);
      forOp->setAttr(kLoopAttrName, loop.attr);
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPoint(forOp.getBody()->getTerminator());
      Value iv = forOp.getInductionVar();
      // The tile of this iteration: from iv, at most `stepSize`, not past
      // the parent tile's end.
      AffineMap minMap = AffineMap::get(
          2, 0, {b.getAffineConstantExpr(stepSize),
                 b.getAffineDimExpr(0) - b.getAffineDimExpr(1)},
          b.getContext());
      SmallVector<OpFoldResult> innerOff = off, innerSize = size;
      innerOff[l] = iv;
      // When the step divides the size, every tile is full (static).
      innerSize[l] =
          r.sizes[l] % stepSize == 0
              ? OpFoldResult(b.getIndexAttr(stepSize))
              : affine::makeComposedFoldedAffineMin(b, loc, minMap, {ub, iv});
      emit(depth + 1, innerOff, innerSize);
    } else {
      emitSpatial(off, size);
    }
    writeBack(depth);
  }

private:
  SmallVector<OpFoldResult> operandOffsets(const OperandPlan &p,
                                           ArrayRef<OpFoldResult> off) {
    SmallVector<OpFoldResult> res;
    for (AffineExpr e : p.map.getResults())
      res.push_back(affine::makeComposedFoldedAffineApply(
          b, loc, AffineMap::get(numLoops, 0, e), off));
    return res;
  }
  SmallVector<OpFoldResult> operandSizes(const OperandPlan &p,
                                         ArrayRef<OpFoldResult> size) {
    SmallVector<OpFoldResult> res;
    for (AffineExpr e : p.map.getResults())
      res.push_back(affine::makeComposedFoldedAffineApply(
          b, loc, AffineMap::get(numLoops, 0, extentExpr(e, numLoops)),
          size));
    return res;
  }
  SmallVector<OpFoldResult> relative(ArrayRef<OpFoldResult> a,
                                     ArrayRef<OpFoldResult> from) {
    SmallVector<OpFoldResult> res;
    for (auto [x, y] : llvm::zip(a, from))
      res.push_back(affine::makeComposedFoldedAffineApply(
          b, loc, b.getAffineDimExpr(0) - b.getAffineDimExpr(1), {x, y}));
    return res;
  }
  Value subview(Value source, ArrayRef<OpFoldResult> offsets,
                ArrayRef<OpFoldResult> sizes) {
    SmallVector<OpFoldResult> strides(sizes.size(), b.getIndexAttr(1));
    return memref::SubViewOp::create(b, loc, source, offsets, sizes, strides);
  }
  /// Marks a copy (or add) of operand `p` from memory `from` to `to`, for
  /// salsa-count-traffic.
  void markMove(Operation *copy, const OperandPlan &p, StringRef from,
                StringRef to) {
    copy->setAttr(kMoveAttrName,
                  b.getDictionaryAttr({b.getNamedAttr("op", b.getI64IntegerAttr(id)),
                                       b.getNamedAttr("operand",
                                                      b.getStringAttr(p.name)),
                                       b.getNamedAttr("from",
                                                      b.getStringAttr(from)),
                                       b.getNamedAttr("to",
                                                      b.getStringAttr(to))}));
  }
  StringRef parentName(const OperandPlan &p, unsigned k) {
    return k + 1 < p.levels.size() ? StringRef(p.levels[k + 1].memoryName)
                                   : StringRef(p.topName);
  }
  /// The parent of level k: the next level up, or the op's own operand.
  std::pair<Value, SmallVector<OpFoldResult>> parentOf(OperandPlan &p,
                                                       unsigned k) {
    if (k + 1 < p.levels.size())
      return {p.levels[k + 1].buffer, p.levels[k + 1].offsets};
    return {p.top, SmallVector<OpFoldResult>(p.map.getNumResults(),
                                             b.getIndexAttr(0))};
  }

  void copyIn(unsigned depth, ArrayRef<OpFoldResult> off,
              ArrayRef<OpFoldResult> size) {
    for (OperandPlan &p : plans)
      for (int k = int(p.levels.size()) - 1; k >= 0; --k) {
        Level &lv = p.levels[k];
        if (lv.depth != depth)
          continue;
        lv.offsets = operandOffsets(p, off);
        SmallVector<OpFoldResult> sizes = operandSizes(p, size);
        auto [parent, parentOffsets] = parentOf(p, k);
        lv.bufferTile = subview(lv.buffer, SmallVector<OpFoldResult>(
                                               sizes.size(), b.getIndexAttr(0)),
                                sizes);
        lv.parentTile =
            subview(parent, relative(lv.offsets, parentOffsets), sizes);
        if (!p.output) {
          markMove(memref::CopyOp::create(b, loc, lv.parentTile, lv.bufferTile),
                   p, parentName(p, k), lv.memoryName);
          continue;
        }
        // First visit: no reduction loop above has contributed to this
        // tile (every reduction offset is 0): start from zero. Otherwise
        // read the partial sums back.
        lv.first = firstVisit(p, depth, off);
        Type elem = cast<MemRefType>(lv.buffer.getType()).getElementType();
        auto fill = [&](OpBuilder &ob) {
          Value zero = arith::ConstantOp::create(ob, loc, elem,
                                                 ob.getZeroAttr(elem));
          linalg::FillOp::create(ob, loc, ValueRange{zero},
                                 ValueRange{lv.bufferTile});
        };
        onFirstVisit(lv.first, fill, [&](OpBuilder &ob) {
          markMove(
              memref::CopyOp::create(ob, loc, lv.parentTile, lv.bufferTile), p,
              parentName(p, k), lv.memoryName);
        });
      }
  }

  /// `first` null: always the first visit (no branch).
  void onFirstVisit(Value first, function_ref<void(OpBuilder &)> then,
                    function_ref<void(OpBuilder &)> otherwise) {
    if (!first)
      return then(b);
    auto ifOp = scf::IfOp::create(b, loc, first, /*withElse=*/true);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(ifOp.thenBlock()->getTerminator());
    then(b);
    b.setInsertionPoint(ifOp.elseBlock()->getTerminator());
    otherwise(b);
  }

  /// null: always the first visit.
  Value firstVisit(const OperandPlan &p, unsigned depth,
                   ArrayRef<OpFoldResult> off) {
    Value cond;
    for (unsigned l = 0; l < numLoops; ++l) {
      if (p.relevant[l])
        continue;
      bool walked = false;
      for (unsigned i = 0; i < depth; ++i)
        walked |= r.loops[i].loop == l;
      if (!walked)
        continue;
      Value zero = arith::ConstantIndexOp::create(b, loc, 0);
      Value eq = arith::CmpIOp::create(
          b, loc, arith::CmpIPredicate::eq,
          getValueOrCreateConstantIndexOp(b, loc, off[l]), zero);
      cond = cond ? arith::AndIOp::create(b, loc, cond, eq).getResult() : eq;
    }
    return cond;
  }

  void writeBack(unsigned depth) {
    for (OperandPlan &p : plans) {
      if (!p.output)
        continue;
      for (unsigned k = 0; k < p.levels.size(); ++k) {
        Level &lv = p.levels[k];
        if (lv.depth != depth)
          continue;
        if (k + 1 < p.levels.size()) {
          markMove(memref::CopyOp::create(b, loc, lv.bufferTile, lv.parentTile),
                   p, lv.memoryName, parentName(p, k));
          continue;
        }
        // Into the op's own output, which holds the initial value: the
        // first visit's sums add to it, later visits (which read it back)
        // replace it.
        auto accumulate = [&](OpBuilder &ob) {
          markMove(linalg::AddOp::create(
                       ob, loc, ValueRange{lv.parentTile, lv.bufferTile},
                       ValueRange{lv.parentTile}),
                   p, lv.memoryName, p.topName);
        };
        onFirstVisit(lv.first, accumulate, [&](OpBuilder &ob) {
          markMove(
              memref::CopyOp::create(ob, loc, lv.bufferTile, lv.parentTile), p,
              lv.memoryName, p.topName);
        });
      }
    }
  }

  /// After the temporal loops: parallel unrolled dimensions as one forall
  /// over the array, reduction ones as loops inside it, the op on one
  /// element per PE, reading the innermost buffers.
  void emitSpatial(ArrayRef<OpFoldResult> off, ArrayRef<OpFoldResult> size) {
    MLIRContext *ctx = b.getContext();
    SmallVector<unsigned> parallel, reduction;
    for (unsigned l = 0; l < numLoops; ++l) {
      if (r.unroll[l] <= 1 || base[l] <= 1)
        continue;
      (r.reduction[l] ? reduction : parallel).push_back(l);
    }
    OpBuilder::InsertionGuard guard(b);
    SmallVector<OpFoldResult> peOff(off.begin(), off.end());
    if (!parallel.empty()) {
      SmallVector<OpFoldResult> ubs;
      SmallVector<Attribute> mapping;
      for (unsigned l : parallel) {
        ubs.push_back(size[l]);
        mapping.push_back(PeAttr::get(ctx, r.arrayDims[l], mapping.size()));
      }
      auto forall = scf::ForallOp::create(b, loc, ubs, ValueRange{},
                                          b.getArrayAttr(mapping));
      b.setInsertionPointToStart(forall.getBody());
      for (auto [i, l] : llvm::enumerate(parallel))
        peOff[l] = affine::makeComposedFoldedAffineApply(
            b, loc, b.getAffineDimExpr(0) + b.getAffineDimExpr(1),
            {off[l], forall.getInductionVar(i)});
    }
    for (unsigned l : reduction) {
      Value zero = arith::ConstantIndexOp::create(b, loc, 0);
      Value one = arith::ConstantIndexOp::create(b, loc, 1);
      Value ub = getValueOrCreateConstantIndexOp(b, loc, size[l]);
      auto forOp = scf::ForOp::create(b, loc, zero, ub, one);
      forOp->setAttr(kLoopAttrName,
                     LoopAttr::get(ctx,
                                   cast<StringAttr>(schedule.getLoopDims()[l])
                                       .getValue(),
                                   base[l], DictionaryAttr::get(ctx, {}),
                                   r.arrayDims[l]));
      b.setInsertionPoint(forOp.getBody()->getTerminator());
      peOff[l] = affine::makeComposedFoldedAffineApply(
          b, loc, b.getAffineDimExpr(0) + b.getAffineDimExpr(1),
          {off[l], forOp.getInductionVar()});
    }
    SmallVector<OpFoldResult> ones(numLoops, b.getIndexAttr(1));
    IRMapping map;
    for (OperandPlan &p : plans) {
      Value source = p.top;
      SmallVector<OpFoldResult> from(p.map.getNumResults(), b.getIndexAttr(0));
      if (!p.levels.empty()) {
        source = p.levels.front().buffer;
        from = p.levels.front().offsets;
      }
      Value tile = subview(source, relative(operandOffsets(p, peOff), from),
                           operandSizes(p, ones));
      map.map(op->getOperand(p.operand), tile);
    }
    Operation *compute = b.clone(*op, map);
    compute->removeAttr(kScheduleAttrName);
    compute->setAttr(kScheduledAttrName,
                     IntegerAttr::get(IntegerType::get(ctx, 64), id));
    // Each operand's memories, innermost first, the top last (for
    // salsa-count-traffic).
    SmallVector<NamedAttribute> levels;
    for (const OperandPlan &p : plans) {
      SmallVector<Attribute> names;
      for (const Level &lv : p.levels)
        names.push_back(b.getStringAttr(lv.memoryName));
      names.push_back(b.getStringAttr(p.topName));
      levels.push_back(b.getNamedAttr(p.name, b.getArrayAttr(names)));
    }
    compute->setAttr(kLevelsAttrName, b.getDictionaryAttr(levels));
  }

  RewriterBase &b;
  linalg::LinalgOp op;
  Location loc;
  const ResolvedSchedule &r;
  ScheduleAttr schedule;
  SmallVector<OperandPlan, 3> &plans;
  ArrayRef<int64_t> base;
  int64_t id;
  unsigned numLoops, depthCount;
};

} // namespace

LogicalResult salsa::applyBuffers(RewriterBase &rewriter, Operation *operation,
                                  ScheduleAttr schedule, const Target &target,
                                  ArrayRef<std::pair<std::string, int>> precisions,
                                  int64_t id) {
  auto emitError = [&]() { return operation->emitError(); };
  auto op = dyn_cast<linalg::LinalgOp>(operation);
  // The layer's operands: its two data inputs and its init; a quantized
  // op's scalar zero points stay as they are (they move no data).
  SmallVector<unsigned, 3> layerOperands;
  if (op) {
    for (OpOperand *in : op.getDpsInputOperands()) {
      auto shaped = dyn_cast<ShapedType>(in->get().getType());
      if (shaped && shaped.getRank() > 0)
        layerOperands.push_back(in->getOperandNumber());
    }
    if (op.getNumDpsInits() == 1)
      layerOperands.push_back(op.getDpsInitOperand(0)->getOperandNumber());
  }
  if (!op || !op.hasPureBufferSemantics() || layerOperands.size() != 3 ||
      op.getNumDpsInits() != 1)
    return emitError() << "salsa: 'buffers' needs a linalg op on memrefs "
                          "with two data inputs and one init (bufferize "
                          "tensors first, e.g. --one-shot-bufferize="
                          "bufferize-function-boundaries)";
  FailureOr<ResolvedSchedule> r = resolveSchedule(op, schedule, emitError);
  if (failed(r))
    return failure();
  const Accelerator &accel = target.accel;
  if (schedule.getTarget() != accel.name)
    return emitError() << "salsa: the schedule is for target '"
                       << schedule.getTarget() << "', not '" << accel.name
                       << "'";
  FailureOr<ExtractedLayer> layer = extractLayer(op, emitError);
  if (failed(layer))
    return failure();
  const MappingEntry &entry =
      target.entryFor(layer->spec.name, layer->spec.operatorType);
  // The model's layer: its footprints are the allocator's (distinct
  // elements; a strided, dilated window counts the rows it reads).
  llvm::Expected<Layer> model = buildLayer(layer->spec);
  if (!model)
    return emitError() << "salsa: " << llvm::toString(model.takeError());

  const unsigned numLoops = r->sizes.size();
  const unsigned depthCount = r->loops.size();
  SmallVector<int64_t> trips(numLoops, 1), base(numLoops, 1);
  for (const auto &loop : r->loops)
    trips[loop.loop] *= loop.factor;
  for (unsigned l = 0; l < numLoops; ++l)
    base[l] = (r->sizes[l] + trips[l] - 1) / trips[l];

  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  SmallVector<OperandPlan, 3> plans;
  // Per memory: bits one instance holds, summed over the operands in it.
  DenseMap<unsigned, int64_t> bitsPerInstance;
  for (unsigned o = 0; o < 3; ++o) {
    OperandPlan p;
    p.name = layer->operandNames[o];
    p.operand = layerOperands[o];
    p.output = o == 2;
    p.map = maps[layerOperands[o]];
    p.top = op->getOperand(layerOperands[o]);
    // extractLayer accepted the maps: dims, or a convolution's sums of
    // dims times positive strides and dilations, which extentExpr handles.
    p.relevant.assign(numLoops, false);
    for (unsigned l = 0; l < numLoops; ++l)
      p.relevant[l] = p.map.isFunctionOfDim(l);
    const OperandLink *link = nullptr;
    for (const OperandLink &k : entry.links)
      if (k.layerOperand == p.name)
        link = &k;
    if (!link)
      return emitError() << "salsa: target '" << accel.name
                         << "' links no memory operand to operand '" << p.name
                         << "'";
    SmallVector<unsigned, 4> hierarchy = accel.levelsOf(link->memOperand);
    p.topName = accel.memories[hierarchy.back()].name;
    // The level of the operand under each loop, as an index into hierarchy.
    SmallVector<unsigned> levelAt;
    for (const auto &loop : r->loops) {
      auto name = loop.attr.getMemories().getAs<StringAttr>(p.name);
      if (!name)
        return emitError() << "salsa: loop '" << loop.attr.getDim()
                           << "' names no memory for operand '" << p.name
                           << "' ('buffers' needs one per operand)";
      auto it = llvm::find_if(hierarchy, [&](unsigned m) {
        return accel.memories[m].name == name.getValue();
      });
      if (it == hierarchy.end())
        return emitError() << "salsa: operand '" << p.name << "' is put in '"
                           << name.getValue()
                           << "', which is not one of its memories on '"
                           << accel.name << "'";
      unsigned k = it - hierarchy.begin();
      if (!levelAt.empty() && k > levelAt.back())
        return emitError() << "salsa: operand '" << p.name
                           << "' moves up the hierarchy inside loop '"
                           << loop.attr.getDim() << "' (to '"
                           << name.getValue() << "')";
      levelAt.push_back(k);
    }
    Type elem = cast<MemRefType>(p.top.getType()).getElementType();
    const int64_t typeBits = elem.getIntOrFloatBitWidth();
    auto precisionOf = [&](StringRef key) -> std::optional<int64_t> {
      for (const auto &[name, bits] : precisions)
        if (name == key)
          return bits;
      return std::nullopt;
    };
    for (unsigned k = 0; k + 1 < hierarchy.size(); ++k) {
      Level lv;
      lv.memory = hierarchy[k];
      lv.memoryName = accel.memories[hierarchy[k]].name;
      lv.cut = llvm::count_if(levelAt, [&](unsigned x) { return x > k; });
      lv.depth = 0;
      for (unsigned i = 0; i < lv.cut; ++i)
        if (p.relevant[r->loops[i].loop])
          lv.depth = i + 1;
      // The aggregate tile (all PEs), the largest any visit needs.
      SmallVector<int64_t> tile(numLoops), seen(numLoops, 1);
      SmallVector<double> temporalBelow(numLoops);
      for (unsigned l = 0; l < numLoops; ++l) {
        int64_t temporal = 1;
        for (unsigned i = lv.cut; i < depthCount; ++i)
          if (r->loops[i].loop == l)
            temporal *= r->loops[i].factor;
        tile[l] = std::min(r->sizes[l], base[l] * temporal);
        temporalBelow[l] = double(temporal);
      }
      // One instance sees the unrollings over array dimensions served by
      // this level or one below it; the others split the tile.
      auto served = [&](StringRef arrayDim) {
        for (unsigned j = 0; j <= k; ++j)
          if (llvm::is_contained(accel.memories[hierarchy[j]].servedDims,
                                 arrayDim))
            return true;
        return false;
      };
      for (Attribute a : schedule.getSpatial()) {
        auto u = cast<UnrollAttr>(a);
        unsigned l = llvm::find(schedule.getLoopDims(),
                                StringAttr::get(op->getContext(),
                                                u.getLayerDim())) -
                     schedule.getLoopDims().begin();
        if (served(u.getArrayDim()))
          seen[l] *= u.getFactor();
        else if (p.relevant[l])
          lv.instances *= u.getFactor();
      }
      // Outputs: partial sums (precision O) while a reduction loop above
      // the cut or a reduction unrolled over dimensions this level does not
      // serve is still to come; final (O_final) otherwise.
      bool partial = false;
      for (unsigned i = 0; i < lv.cut; ++i)
        partial |= r->reduction[r->loops[i].loop] && r->loops[i].factor > 1;
      for (Attribute a : schedule.getSpatial()) {
        auto u = cast<UnrollAttr>(a);
        for (unsigned l = 0; l < numLoops; ++l)
          if (cast<StringAttr>(schedule.getLoopDims()[l]).getValue() ==
                  u.getLayerDim() &&
              r->reduction[l] && u.getFactor() > 1 && !served(u.getArrayDim()))
            partial = true;
      }
      std::optional<int64_t> bits =
          !p.output ? precisionOf(p.name)
          : partial ? precisionOf("O")
                    : (precisionOf("O_final") ? precisionOf("O_final")
                                              : precisionOf("O"));
      int64_t elemBits = bits ? *bits : typeBits;
      if (elemBits != typeBits)
        lv.elementBits = elemBits;
      for (AffineExpr e : p.map.getResults())
        lv.shape.push_back(
            AffineMap::get(numLoops, 0, extentExpr(e, numLoops))
                .compose(tile)[0]);
      std::array<double, kMaxLayerDims> dimSizes;
      dimSizes.fill(1);
      for (unsigned l = 0; l < numLoops; ++l) {
        int d = model->findDim(layer->loopNames[l]);
        if (d >= 0)
          // A fractional unrolling (size not a multiple) counts what it
          // covers on average, size / trips, as the allocator does.
          dimSizes[d] = std::min(
              double(r->sizes[l]),
              temporalBelow[l] *
                  std::min(double(seen[l]),
                           double(r->sizes[l]) / double(trips[l])));
      }
      int modelOperand = model->findOperand(p.name);
      double instElems =
          modelOperand < 0 ? 0 : model->tensorSize(modelOperand, dimSizes.data());
      bitsPerInstance[lv.memory] += int64_t(std::ceil(instElems)) * elemBits;
      p.levels.push_back(std::move(lv));
    }
    plans.push_back(std::move(p));
  }
  for (auto [m, bits] : bitsPerInstance) {
    const MemoryLevel &mem = accel.memories[m];
    if (bits <= mem.sizeBits)
      continue;
    auto diag = emitError() << "salsa: the tiles in memory '" << mem.name
                            << "' need " << bits
                            << " bits per instance, more than its "
                            << mem.sizeBits;
    return diag;
  }

  // The buffers, for the whole nest; then the nest.
  MLIRContext *ctx = op->getContext();
  rewriter.setInsertionPoint(op);
  Location loc = op.getLoc();
  for (OperandPlan &p : plans)
    for (Level &lv : p.levels) {
      auto type = MemRefType::get(
          lv.shape, cast<MemRefType>(p.top.getType()).getElementType(),
          MemRefLayoutAttrInterface(),
          MemorySpaceAttr::get(ctx, accel.memories[lv.memory].name,
                               lv.instances, lv.elementBits));
      lv.buffer = memref::AllocOp::create(rewriter, loc, type);
    }
  SmallVector<OpFoldResult> off(numLoops, rewriter.getIndexAttr(0)), size;
  for (int64_t s : r->sizes)
    size.push_back(rewriter.getIndexAttr(s));
  NestBuilder(rewriter, op, *r, schedule, plans, base, id).emit(0, off, size);
  for (OperandPlan &p : plans)
    for (Level &lv : llvm::reverse(p.levels))
      memref::DeallocOp::create(rewriter, loc, lv.buffer);
  rewriter.eraseOp(op);
  return success();
}
