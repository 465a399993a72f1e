//===- Passes.td - salsa passes ----------------------------*- tablegen -*-===//
#ifndef SALSA_TRANSFORMS_PASSES_TD
#define SALSA_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def SalsaAttachTarget : Pass<"salsa-attach-target", "mlir::ModuleOp"> {
  let summary = "Attach the target accelerator to the module as `salsa.target`";
  let description = [{
    Resolves the target accelerator and stores it on the module as the
    `salsa.target` attribute (a `#salsa.accelerator`), so later passes and
    tools read the target from the IR itself.

    `target` is a built-in preset (`tpu_like`, `edge_tpu_like`,
    `meta_prototype`, `tesla_npu_like`, `ascend_like`, `eyeriss_like`) or
    the path of a ZigZag hardware YAML file, which then needs `mapping`, the
    path of its ZigZag mapping YAML (the `default` entry gives the operand
    links and spatial mapping). Without `target`, the pass checks the
    module's existing `salsa.target` and fails if there is none. (Both
    options are rows of `include/salsa/Search/SchedulerOptions.def`.)

    ```
    salsa-opt model.mlir --salsa-attach-target="target=tpu_like"
    ```
  }];
  let dependentDialects = ["::salsa::SalsaDialect"];
}

def SalsaSchedule : Pass<"salsa-schedule", "mlir::func::FuncOp"> {
  let summary = "Schedule linalg convolutions and matmuls onto the target";
  let description = [{
    For every linalg convolution (2-D NCHW/NHWC variants, grouped,
    depthwise, strided, dilated), matmul (with any indexing maps),
    batch_matmul, and linalg.generic that linalg recognises as a
    convolution or contraction, with static shapes: builds the scheduling
    problem (dimension roles from the indexing maps, strides and dilations
    from the input's indices, precisions from the `precisions` option, else
    the target's, else the element types), searches the loop order and memory allocation
    with the chosen engine, and attaches the result as `salsa.schedule`.

    Other linalg ops are left alone; a convolution or contraction salsa
    cannot read (dynamic shapes, unusual indices) is left alone with a
    warning saying why. A missing target is an error, and so is a layer that
    fits no memory hierarchy (the error names the operand and the memory).
    Runs per function; the target comes from the `target` option or the
    module's `salsa.target`.

    The options (engine, objective, precisions, ...) are the rows of
    `include/salsa/Search/SchedulerOptions.def`, shared with `salsa-lower`
    and `salsa-explore`; `--help` lists them with their allowed values.
  }];
  let dependentDialects = ["::salsa::SalsaDialect"];
}

def SalsaPrintLayers : Pass<"salsa-print-layers", "mlir::func::FuncOp"> {
  let summary = "Print the layer salsa reads from each convolution and matmul";
  let description = [{
    Prints, to stderr, one JSON object per line for every op salsa-schedule
    would schedule: its location, op name, and the layer in ZigZag's
    vocabulary (`operator_type`, `equation`, `loop_dims`, `loop_sizes`,
    `dimension_relations`, `pr_loop_dims`, `pr_loop_sizes`, `padding`,
    operand precisions from the element types). The IR is not changed. Use it
    to see what an imported network looks like to the scheduler, or to
    compare with ZigZag's own parse of the same model. A convolution or
    contraction salsa cannot read gets the same warning salsa-schedule gives.

    ```
    salsa-opt net.mlir --salsa-print-layers -o /dev/null 2> layers.jsonl
    ```
  }];
}

def SalsaTile : Pass<"salsa-tile", "mlir::func::FuncOp"> {
  let summary = "Rewrite scheduled ops into their tiled, reordered loop nests";
  let description = [{
    Applies each op's `salsa.schedule`: one `scf.for` per scheduled loop,
    outermost first, each annotated `salsa.loop = #salsa.loop<...>` with the
    dimension, its trip count and each operand's memory level; then an
    innermost `scf.forall` over the spatially unrolled parallel dimensions
    whose `mapping` names the array dimensions (`#salsa.pe`), with an
    `scf.for` per spatially unrolled reduction dimension inside it (a forall
    cannot express a reduction across its iterations); the original op runs
    on the innermost tile, marked `salsa.scheduled`. Works on tensors and
    memrefs. Non-divisible sizes (greedy unrolling) give partial last tiles.

    With `buffers` (memrefs only: bufferize tensors first), the schedule
    becomes code: for every operand and every memory level of its hierarchy
    below the top (the function's buffers stand for the top), a
    `memref.alloc` in `#salsa.memory_space<level>` holding the operand's
    tile at that level, and `memref.copy`s where the schedule moves data:
    inputs and weights copied in at the level's allocation cut, hoisted
    above the loops they do not depend on; outputs zero-initialised on their
    first visit, read back when a reduction loop above the cut already
    contributed, written back after the loops below the cut. The forall's
    body runs the op on the innermost buffers. `buffers` needs the target
    (the `target`/`mapping` options or the module's `salsa.target`).
  }];
  let options = [
    Option<"buffers", "buffers", "bool", /*default=*/"false",
           "Explicit buffers per memory level and copies between them">,
    Option<"target", "target", "std::string", /*default=*/"\"\"",
           "With buffers: preset or ZigZag hardware YAML (default: the "
           "module's salsa.target)">,
    Option<"mapping", "mapping", "std::string", /*default=*/"\"\"",
           "With buffers and a hardware YAML target: its ZigZag mapping YAML">,
    Option<"precisions", "precisions", "std::string", /*default=*/"\"\"",
           "With buffers, for schedules that do not record their precisions "
           "(written by hand): W=8,I=8,O=16,O_final=8; default: the element "
           "types">,
  ];
  let dependentDialects = ["::salsa::SalsaDialect", "::mlir::scf::SCFDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::affine::AffineDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::memref::MemRefDialect"];
}

def SalsaEmitTransform : Pass<"salsa-emit-transform", "mlir::ModuleOp"> {
  let summary = "Write the schedules as a transform-dialect script";
  let description = [{
    For compilers that drive tiling through the transform interpreter:
    instead of rewriting, writes a transform library (a
    `@__transform_main` named sequence of `transform.structured.tile_using_for`,
    `tile_using_forall` and `transform.annotate` steps) to `script`, and
    replaces each op's `salsa.schedule` by the `salsa.scheduled = N` marker
    the script matches. Interpreting the script gives the IR `salsa-tile`
    gives:

    ```
    mlir-opt-22 --transform-preload-library=transform-library-paths=S.mlir \
                --transform-interpreter in.mlir
    ```
  }];
  let options = [
    Option<"script", "script", "std::string", /*default=*/"\"-\"",
           "File to write the transform script to ('-': standard output)">,
  ];
}

def SalsaEraseMemorySpaces : Pass<"salsa-erase-memory-spaces", "mlir::ModuleOp"> {
  let summary = "Map #salsa.memory_space memrefs to the default memory space";
  let description = [{
    Replaces every `#salsa.memory_space` in the module's types and
    attributes (memref types of values, block arguments, function types) by
    the default memory space, so that IR made by `salsa-tile` with
    `buffers` lowers to LLVM and runs under `mlir-runner` like any other
    (every memory level becomes host memory). Uses upstream's
    `AttrTypeReplacer`.
  }];
}

def SalsaCountTraffic : Pass<"salsa-count-traffic", "mlir::ModuleOp"> {
  let summary = "Count the elements buffers' copies move, next to the model's prediction";
  let description = [{
    Instruments IR made by `salsa-tile` with `buffers`: one i64 counter per
    scheduled op, operand, memory level and ZigZag direction
    (`rd_out_to_low`, `wr_in_by_low`, `rd_out_to_high`, `wr_in_by_high`),
    incremented by the elements of every copy marked `salsa.move` (the
    product of the copied memref's sizes, dynamic ones included): a copy
    down counts `rd_out_to_low` at the level above and `wr_in_by_high` at
    the level below, a write-back (or the first visit's `linalg.add`)
    `rd_out_to_high` below and `wr_in_by_low` above. The op on one element
    per PE counts one `rd_out_to_low` per input at its innermost memory,
    and one `rd_out_to_low` and one `wr_in_by_low` for the output. Before
    each `func.return` every counter is printed (`printString`, `printI64`
    of mlir-runner's libraries) as
    `salsa-traffic op0 O rf_2B rd_out_to_low predicted P counted C`, where
    P is the cost model's element count for that entry, which
    `salsa-schedule`'s `predict-traffic` attaches (`salsa.predicted_traffic`,
    kept by salsa-tile on the per-PE op), or `none`. Run it before
    `salsa-erase-memory-spaces`; `scripts/check-traffic.py` compares.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect", "::mlir::arith::ArithDialect",
                           "::mlir::memref::MemRefDialect", "::mlir::func::FuncDialect"];
}

#endif // SALSA_TRANSFORMS_PASSES_TD
