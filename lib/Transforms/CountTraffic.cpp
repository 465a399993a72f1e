//===- CountTraffic.cpp - salsa-count-traffic -----------------------------===//
//
// Counts, at run time, the elements the copies of salsa-tile's `buffers`
// move per scheduled op, operand, memory level and ZigZag direction, and
// prints each counter with the cost model's prediction for it when the
// function returns. The copies are found by their `salsa.move` attribute,
// the levels and predictions on the per-PE op (`salsa.levels`,
// `salsa.predicted_traffic`); nothing is recomputed here.
//
//===----------------------------------------------------------------------===//

#include "salsa/Dialect/Salsa/ScheduleCheck.h"
#include "salsa/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/Support/FormatVariadic.h"

#include <cmath>
#include <map>

namespace salsa {
#define GEN_PASS_DEF_SALSACOUNTTRAFFIC
#include "salsa/Transforms/Passes.h.inc"
} // namespace salsa

using namespace mlir;
using namespace salsa;

namespace {

constexpr const char *kDirs[] = {"rd_out_to_low", "wr_in_by_low",
                                 "rd_out_to_high", "wr_in_by_high"};
enum Dir { RdOutToLow, WrInByLow, RdOutToHigh, WrInByHigh };

/// One counter: (op id, operand, memory, direction).
struct Key {
  int64_t op;
  std::string operand, memory;
  unsigned dir;
  std::string text() const {
    return llvm::formatv("op{0} {1} {2} {3}", op, operand, memory, kDirs[dir])
        .str();
  }
};

struct ScheduledOp {
  DictionaryAttr levels;    // operand -> [memory, ...], innermost first
  DictionaryAttr predicted; // "operand:memory:direction" -> f64, or null
};

struct CountTrafficPass
    : public salsa::impl::SalsaCountTrafficBase<CountTrafficPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    unsigned strings = 0;
    for (auto func : llvm::to_vector(module.getOps<func::FuncOp>()))
      if (!func.isExternal() && failed(instrument(func, strings)))
        return signalPassFailure();
  }

  LogicalResult instrument(func::FuncOp func, unsigned &strings) {
    // The scheduled ops of this function, by id.
    std::map<int64_t, ScheduledOp> ops;
    SmallVector<Operation *> computes;
    func.walk([&](Operation *op) {
      auto id = op->getAttrOfType<IntegerAttr>(kScheduledAttrName);
      auto levels = op->getAttrOfType<DictionaryAttr>(kLevelsAttrName);
      if (!id || !levels)
        return;
      ops[id.getInt()] = {levels, op->getAttrOfType<DictionaryAttr>(
                                      kPredictedTrafficAttrName)};
      computes.push_back(op);
    });
    if (ops.empty())
      return success();
    // Every entry, in print order: per op, operand, level (innermost
    // first), direction; the model's entries and the code's.
    llvm::MapVector<std::string, Key, std::map<std::string, unsigned>> keys;
    for (auto &[id, s] : ops)
      for (NamedAttribute operand : s.levels)
        for (Attribute m : cast<ArrayAttr>(operand.getValue()))
          for (unsigned d = 0; d < 4; ++d) {
            Key k{id, operand.getName().str(),
                  cast<StringAttr>(m).getValue().str(), d};
            keys.insert({k.text(), k});
          }
    auto indexOf = [&](const Key &k) -> std::optional<unsigned> {
      auto it = keys.find(k.text());
      if (it == keys.end())
        return std::nullopt;
      return unsigned(it - keys.begin());
    };

    Location loc = func.getLoc();
    OpBuilder b(func.getBody());
    Type i64 = b.getI64Type();
    auto counterType = MemRefType::get({int64_t(keys.size())}, i64);
    Value counters = memref::AllocaOp::create(b, loc, counterType);
    Value zero = arith::ConstantIntOp::create(b, loc, i64, 0);
    for (unsigned i = 0; i < keys.size(); ++i)
      memref::StoreOp::create(
          b, loc, zero, counters,
          ValueRange{arith::ConstantIndexOp::create(b, loc, i)});

    auto bump = [&](OpBuilder &ob, Location l, unsigned index, Value n) {
      Value idx = arith::ConstantIndexOp::create(ob, l, index);
      Value old = memref::LoadOp::create(ob, l, counters, ValueRange{idx});
      Value sum = arith::AddIOp::create(ob, l, old, n);
      memref::StoreOp::create(ob, l, sum, counters, ValueRange{idx});
    };
    // Elements of a memref: the product of its sizes (dynamic included).
    auto elements = [&](OpBuilder &ob, Location l, Value memref) -> Value {
      auto type = cast<MemRefType>(memref.getType());
      Value n = arith::ConstantIndexOp::create(ob, l, 1);
      for (unsigned d = 0; d < type.getRank(); ++d)
        n = arith::MulIOp::create(ob, l, n,
                                  memref::DimOp::create(ob, l, memref, d));
      return arith::IndexCastOp::create(ob, l, i64, n);
    };

    // The copies.
    bool failedMove = false;
    func.walk([&](Operation *op) {
      auto move = op->getAttrOfType<DictionaryAttr>(kMoveAttrName);
      if (!move)
        return;
      auto id = move.getAs<IntegerAttr>("op");
      auto operand = move.getAs<StringAttr>("operand");
      auto from = move.getAs<StringAttr>("from");
      auto to = move.getAs<StringAttr>("to");
      auto it = id ? ops.find(id.getInt()) : ops.end();
      ArrayAttr levels =
          it == ops.end() || !operand
              ? ArrayAttr()
              : it->second.levels.getAs<ArrayAttr>(operand.getValue());
      auto position = [&](StringAttr name) -> int {
        if (!levels || !name)
          return -1;
        auto found = llvm::find(levels, name);
        return found == levels.end() ? -1 : int(found - levels.begin());
      };
      int f = position(from), t = position(to);
      if (f < 0 || t < 0 || f == t || op->getNumOperands() < 1) {
        op->emitError() << "salsa-count-traffic: '" << kMoveAttrName
                        << "' names no two memories of a scheduled op's "
                           "operand in this function";
        failedMove = true;
        return;
      }
      OpBuilder ob(op);
      // linalg.add's second input is the buffer tile; a copy's source.
      Value moved = isa<linalg::AddOp>(op) ? op->getOperand(1)
                                           : op->getOperand(0);
      Value n = elements(ob, op->getLoc(), moved);
      bool down = f > t; // from the level above to the one below
      Key high{id.getInt(), operand.str(), (down ? from : to).str(),
               down ? RdOutToLow : WrInByLow};
      Key low{id.getInt(), operand.str(), (down ? to : from).str(),
              down ? WrInByHigh : RdOutToHigh};
      bump(ob, op->getLoc(), *indexOf(high), n);
      bump(ob, op->getLoc(), *indexOf(low), n);
    });
    if (failedMove)
      return failure();

    // The MACs: the per-PE op reads one element of each input from its
    // innermost memory, reads and writes one of the output.
    for (Operation *op : computes) {
      int64_t id = op->getAttrOfType<IntegerAttr>(kScheduledAttrName).getInt();
      auto levels = op->getAttrOfType<DictionaryAttr>(kLevelsAttrName);
      auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
      if (!linalgOp || linalgOp.getNumDpsInits() != 1)
        return op->emitError("salsa-count-traffic: the per-PE op is not a "
                             "linalg op with one init");
      OpBuilder ob(op);
      Value one = arith::ConstantIntOp::create(ob, op->getLoc(), i64, 1);
      for (NamedAttribute operand : levels) {
        auto names = cast<ArrayAttr>(operand.getValue());
        std::string inner =
            cast<StringAttr>(names[0]).getValue().str();
        bool output = operand.getName() == "O";
        bump(ob, op->getLoc(), *indexOf({id, operand.getName().str(), inner,
                                         RdOutToLow}),
             one);
        if (output)
          bump(ob, op->getLoc(),
               *indexOf({id, operand.getName().str(), inner, WrInByLow}), one);
      }
    }

    // Printing before every return.
    ModuleOp module = getOperation();
    MLIRContext *ctx = &getContext();
    auto ptrType = LLVM::LLVMPointerType::get(ctx);
    auto declare = [&](StringRef name, TypeRange args) {
      if (module.lookupSymbol(name))
        return;
      OpBuilder mb = OpBuilder::atBlockEnd(module.getBody());
      auto decl = func::FuncOp::create(mb, loc, name,
                                       mb.getFunctionType(args, {}));
      decl.setPrivate();
    };
    declare("printString", {ptrType});
    declare("printI64", {i64});
    declare("printNewline", {});
    SmallVector<std::string> globals;
    for (auto &[text, k] : keys) {
      std::string predicted = "none";
      if (DictionaryAttr p = ops[k.op].predicted)
        if (auto v = p.getAs<FloatAttr>(
                (k.operand + ":" + k.memory + ":" + kDirs[k.dir])))
          predicted = formatCount(v.getValueAsDouble());
      std::string line =
          "salsa-traffic " + text + " predicted " + predicted + " counted ";
      std::string name;
      do
        name = llvm::formatv("salsa_traffic_str{0}", strings++).str();
      while (module.lookupSymbol(name));
      OpBuilder mb = OpBuilder::atBlockBegin(module.getBody());
      std::string data = line;
      data.push_back('\0');
      auto arrayType =
          LLVM::LLVMArrayType::get(IntegerType::get(ctx, 8), data.size());
      LLVM::GlobalOp::create(mb, loc, arrayType, /*isConstant=*/true,
                             LLVM::Linkage::Internal, name,
                             mb.getStringAttr(data));
      globals.push_back(name);
    }
    SmallVector<func::ReturnOp> returns;
    func.walk([&](func::ReturnOp r) { returns.push_back(r); });
    for (func::ReturnOp r : returns) {
      OpBuilder rb(r);
      for (unsigned i = 0; i < keys.size(); ++i) {
        Value addr = LLVM::AddressOfOp::create(rb, loc, ptrType, globals[i]);
        func::CallOp::create(rb, loc, "printString", TypeRange{},
                             ValueRange{addr});
        Value idx = arith::ConstantIndexOp::create(rb, loc, i);
        Value v = memref::LoadOp::create(rb, loc, counters, ValueRange{idx});
        func::CallOp::create(rb, loc, "printI64", TypeRange{}, ValueRange{v});
        func::CallOp::create(rb, loc, "printNewline", TypeRange{},
                             ValueRange{});
      }
    }
    return success();
  }

  /// An integer count as an integer; a fractional one (fractional
  /// unrolling) with its decimals, so it never reads as equal.
  static std::string formatCount(double v) {
    if (v == std::floor(v) && std::fabs(v) < 9.0e18)
      return std::to_string(int64_t(v));
    return llvm::formatv("{0:f3}", v).str();
  }
};

} // namespace
