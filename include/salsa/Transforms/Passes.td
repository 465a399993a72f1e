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
    module's existing `salsa.target` and fails if there is none.

    ```
    salsa-opt model.mlir --salsa-attach-target="target=tpu_like"
    ```
  }];
  let options = [
    Option<"target", "target", "std::string", /*default=*/"\"\"",
           "Built-in preset name or path to a ZigZag hardware YAML">,
    Option<"mapping", "mapping", "std::string", /*default=*/"\"\"",
           "Path to a ZigZag mapping YAML (required with a hardware path, "
           "overrides a preset's mapping)">,
  ];
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
    from the input's indices, precisions from element types unless
    `precisions` is given), searches the loop order and memory allocation
    with the chosen engine, and attaches the result as `salsa.schedule`.

    Other linalg ops are left alone; a convolution or contraction salsa
    cannot read (dynamic shapes, unusual indices) is left alone with a
    warning saying why. A missing target is an error, and so is a layer that
    fits no memory hierarchy (the error names the operand and the memory).
    Runs per function; the target comes from the `target` option or the
    module's `salsa.target`.
  }];
  let options = [
    Option<"target", "target", "std::string", /*default=*/"\"\"",
           "Built-in preset name (tpu_like, edge_tpu_like, meta_prototype, "
           "tesla_npu_like, ascend_like, eyeriss_like) or path to a ZigZag "
           "hardware YAML; empty: the module's salsa.target">,
    Option<"mapping", "mapping", "std::string", /*default=*/"\"\"",
           "Path to a ZigZag mapping YAML (required with a hardware path)">,
    Option<"engine", "engine", "std::string", /*default=*/"\"salsa\"",
           "salsa (dual: exhaustive when affordable, else annealing), "
           "exhaustive, annealing, loma, or exact (branch and bound: the "
           "proven minimum-energy schedule, with a certificate note)">,
    Option<"objective", "objective", "std::string", /*default=*/"\"energy\"",
           "energy, latency or edp">,
    Option<"mappingType", "mapping-type", "std::string",
           /*default=*/"\"uneven\"", "Allocator mapping type: uneven or even">,
    Option<"seed", "seed", "uint64_t", /*default=*/"0",
           "Seed of the annealing chains">,
    Option<"iterations", "iterations", "unsigned", /*default=*/"1000",
           "Annealing iterations per chain">,
    Option<"chains", "chains", "unsigned", /*default=*/"8",
           "Independent annealing chains">,
    Option<"threads", "threads", "unsigned", /*default=*/"0",
           "Search threads per op (0: one per core); schedules do not "
           "depend on it">,
    Option<"lpfLimit", "lpf-limit", "unsigned", /*default=*/"6",
           "LOMA engine: merge loop prime factors down to this many">,
    Option<"exhaustiveLimit", "exhaustive-limit", "double", /*default=*/"2e6",
           "Dual engine: enumerate when there are at most this many orderings">,
    Option<"exactBudget", "exact-budget", "double", /*default=*/"10",
           "Exact engine: seconds per search before it stops and reports "
           "its best with the gap to its lower bound">,
    Option<"precisions", "precisions", "std::string", /*default=*/"\"\"",
           "Operand precisions in bits overriding the element types, e.g. "
           "W=8,I=8,O=16,O_final=8 (O: partial sums)">,
    Option<"spatialCandidates", "spatial-candidates", "unsigned",
           /*default=*/"3",
           "Spatial mappings tried when the target leaves array dimensions "
           "open">,
    Option<"remarks", "remarks", "bool", /*default=*/"false",
           "Emit one remark per scheduled op (engine, orderings, energy, "
           "latency)">,
    Option<"printSchedule", "print-schedule", "bool", /*default=*/"false",
           "Print each schedule to stderr as a loop-nest table (outermost "
           "loop first, one column per operand's memory level) with its "
           "spatial unrolling and cost per operand and level">,
  ];
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
  }];
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

#endif // SALSA_TRANSFORMS_PASSES_TD
