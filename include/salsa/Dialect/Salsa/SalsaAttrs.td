//===- SalsaAttrs.td - salsa attributes --------------------*- tablegen -*-===//
#ifndef SALSA_ATTRS_TD
#define SALSA_ATTRS_TD

include "salsa/Dialect/Salsa/SalsaDialect.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/BuiltinAttributes.td"
include "mlir/Dialect/SCF/IR/DeviceMappingInterface.td"

class Salsa_Attr<string name, string attrMnemonic, list<Trait> traits = []>
    : AttrDef<Salsa_Dialect, name, traits> {
  let mnemonic = attrMnemonic;
}

// A double (stored as an APFloat) printed in its shortest round-tripping form.
class DoubleParameter<string desc> : APFloatParameter<desc> {
  let parser = [{ ::salsa::parseDoubleParameter($_parser) }];
  let printer = [{ ::salsa::printDoubleParameter($_printer, $_self) }];
}

// `[1, 2, 3]`.
class Int64ListParameter<string desc> : ArrayRefParameter<"int64_t", desc> {
  let parser = [{ ::salsa::parseInt64List($_parser) }];
  let printer = [{ ::salsa::printInt64List($_printer, $_self) }];
}

def Salsa_PortAttr : Salsa_Attr<"Port", "port"> {
  let summary = "A memory port: type, bandwidth and the data it carries";
  let description = [{
    One port of a memory level, as in ZigZag's hardware files. `type` is
    `"read"`, `"write"` or `"read_write"`; bandwidths are bits per cycle.
    Each `allocation` entry names a memory operand (`I1`, `I2`, `O`) and a
    direction: `fh` (written from the level above), `tl` (read to the level
    below), `fl` (written from below), `th` (read to above).

    ```mlir
    #salsa.port<name = "r_port_1", type = "read", bandwidth_min = 8,
                bandwidth_max = 8, allocation = ["I2, tl"]>
    ```
  }];
  let parameters = (ins
    StringRefParameter<"port name">:$name,
    StringRefParameter<"read, write or read_write">:$type,
    "int64_t":$bandwidth_min,
    "int64_t":$bandwidth_max,
    "::mlir::ArrayAttr":$allocation
  );
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Salsa_MemoryAttr : Salsa_Attr<"Memory", "memory"> {
  let summary = "One memory level of an accelerator";
  let description = [{
    A memory level: capacity in bits, energy per access of `bandwidth_max`
    bits (pJ), the memory operands it holds, the operational-array
    dimensions one instance serves (it is replicated over the others) and
    its ports.

    ```mlir
    #salsa.memory<name = "rf_2B", size = 16, r_cost = 0.021, w_cost = 0.021,
                  area = 0.0, latency = 1, operands = ["O"],
                  served_dimensions = [], ports = [...]>
    ```
  }];
  let parameters = (ins
    StringRefParameter<"memory name">:$name,
    "int64_t":$size,
    DoubleParameter<"read energy (pJ per access)">:$r_cost,
    DoubleParameter<"write energy (pJ per access)">:$w_cost,
    DoubleParameter<"area">:$area,
    "int64_t":$latency,
    "::mlir::ArrayAttr":$operands,
    "::mlir::ArrayAttr":$served_dimensions,
    "::mlir::ArrayAttr":$ports
  );
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Salsa_UnrollAttr : Salsa_Attr<"Unroll", "unroll"> {
  let summary = "A layer dimension unrolled over an array dimension";
  let description = [{
    `#salsa.unroll<"D1", "K", 32>` unrolls layer dimension `K` by 32 over
    operational-array dimension `D1`.
  }];
  let parameters = (ins
    StringRefParameter<"array dimension">:$array_dim,
    StringRefParameter<"layer dimension">:$layer_dim,
    "int64_t":$factor
  );
  let assemblyFormat = "`<` $array_dim `,` $layer_dim `,` $factor `>`";
  let genVerifyDecl = 1;
}

def Salsa_AcceleratorAttr : Salsa_Attr<"Accelerator", "accelerator"> {
  let summary = "A spatial accelerator: MAC array, memory hierarchy, mapping";
  let description = [{
    The target of scheduling, equivalent to a ZigZag hardware file plus the
    `default` entry of its mapping file:

    - `array_dims`, `array_sizes`, `mac_energy`: the operational array
      (dimension names and sizes, pJ per MAC);
    - `memories`: `#salsa.memory` levels, innermost first;
    - `operand_links`: which memory operand (`I1`, `I2`, `O`) each layer
      operand (`W`, `I`, `O`) is routed through;
    - `spatial_mapping`: the default unrolling, a list of `#salsa.unroll`
      (an unroll larger than its array dimension is an error);
    - `precisions` (optional): the operand precisions in bits the datapath
      computes at, `{W = 8, I = 8, O = 16, O_final = 8}` (`O`: partial
      sums). salsa-schedule uses them unless its `precisions` option says
      otherwise; without them, the element types of the IR.

    The verifier checks that names are unique, sizes, bandwidths and
    energies are positive, served dimensions exist, ports carry only
    operands their memory holds (reads as reads, writes as writes), and
    every memory operand has a path of memories up to a top level.

    The built-in presets (`tpu_like`, `edge_tpu_like`, `meta_prototype`,
    `tesla_npu_like`, `ascend_like`, `eyeriss_like`) are ZigZag's example
    accelerators.
  }];
  let parameters = (ins
    StringRefParameter<"accelerator name">:$name,
    "::mlir::ArrayAttr":$array_dims,
    Int64ListParameter<"array dimension sizes">:$array_sizes,
    DoubleParameter<"energy per MAC (pJ)">:$mac_energy,
    "::mlir::ArrayAttr":$memories,
    "::mlir::DictionaryAttr":$operand_links,
    "::mlir::ArrayAttr":$spatial_mapping,
    OptionalParameter<"::mlir::DictionaryAttr",
                      "operand precisions in bits">:$precisions
  );
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Salsa_LoopAttr : Salsa_Attr<"Loop", "loop"> {
  let summary = "One loop of a schedule: dimension, trip count, memory levels";
  let description = [{
    A loop of the scheduled nest. `dim` is the layer dimension it walks (a
    name from the schedule's `loop_dims`), `factor` its trip count.
    A temporal loop lists, per layer operand (`O`, `W`, `I`), the memory
    level that holds the operand's tile while the loop runs; a spatial loop
    (`array_dim` set) runs across the operational array instead.

    ```mlir
    #salsa.loop<dim = "K", factor = 2,
                memories = {I = "sram_2MB", O = "sram_2MB", W = "rf_128B"}>
    ```
  }];
  let parameters = (ins
    StringRefParameter<"layer dimension">:$dim,
    "int64_t":$factor,
    "::mlir::DictionaryAttr":$memories,
    StringRefParameter<"array dimension of a spatial loop", "\"\"">:$array_dim
  );
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Salsa_ScheduleAttr : Salsa_Attr<"Schedule", "schedule"> {
  let summary = "The schedule of one linalg op on an accelerator";
  let description = [{
    Attached by `salsa-schedule` as the `salsa.schedule` attribute of a
    linalg convolution or contraction, and applied by `salsa-tile`. A
    schedule written by hand or by another tool is applied the same way.

    - `target`: the accelerator's name;
    - `loop_dims`: the layer dimension name of each loop of the op, in the
      op's iteration order (`B`, `K`, `G`, `OY`, `OX`, `C`, `FY`, `FX` for
      convolutions; `B`, `D`, `K`, `C` for matmuls);
    - `spatial`: the unrolling over the operational array, `#salsa.unroll`
      entries; an array dimension may unroll several layer dimensions
      (`D1: K 4 x C 8`, ZigZag's mixed mappings) and a layer dimension may
      spread over several array dimensions;
    - `loops`: the temporal loops, outermost first; for every dimension the
      trip counts multiply to ceil(size / spatial unroll);
    - `energy` (pJ), `latency` (cycles): the cost model's prediction;
    - `engine`, `orderings`: the search engine used and the size of the
      ordering space;
    - `precisions` (optional): the operand precisions in bits the schedule
      was computed at (`{W = 8, I = 8, O = 16, O_final = 8}`), which tile
      footprints and buffers are sized by.
  }];
  let parameters = (ins
    StringRefParameter<"accelerator name">:$target,
    "::mlir::ArrayAttr":$loop_dims,
    "::mlir::ArrayAttr":$spatial,
    "::mlir::ArrayAttr":$loops,
    DoubleParameter<"predicted energy (pJ)">:$energy,
    DoubleParameter<"predicted latency (cycles)">:$latency,
    StringRefParameter<"search engine used", "\"\"">:$engine,
    StringRefParameter<"number of orderings searched over", "\"\"">:$orderings,
    OptionalParameter<"::mlir::DictionaryAttr",
                      "operand precisions in bits">:$precisions
  );
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Salsa_PeAttr : Salsa_Attr<"Pe", "pe", [
    DeclareAttrInterfaceMethods<DeviceMappingAttrInterface>]> {
  let summary = "Maps an scf.forall dimension onto operational-array dimensions";
  let description = [{
    `#salsa.pe<"D1", 0>`: the loop runs across array dimension `D1` (several
    dimensions join with `*`). The integer is the mapping id.
  }];
  let parameters = (ins StringRefParameter<"array dimension(s)">:$array_dim,
                        "int64_t":$id);
  let assemblyFormat = "`<` $array_dim `,` $id `>`";
}

def Salsa_MemorySpaceAttr : Salsa_Attr<"MemorySpace", "memory_space"> {
  let summary = "The memory level a buffer lives in (a memref memory space)";
  let description = [{
    Used as the memory space of a memref: the buffer lives in the memory
    level of the target named `name`. `salsa-tile` with `buffers` allocates
    one such buffer per operand and memory level below the top.

    A buffer holds its operand's tile across the whole operational array;
    when the memory is replicated (it does not serve every array dimension
    the operand's tile is unrolled over), the buffer is spread over
    `instances` copies of the memory, each holding one part (default 1,
    not printed). `element_bits`, when set, is the width the accelerator
    stores an element in (the schedule's precision, e.g. 8 for int8 weights
    simulated in f32); otherwise the element type's width counts.

    ```mlir
    memref<16x8xf32, #salsa.memory_space<"rf_64B">>
    memref<32x4xf32, #salsa.memory_space<"rf_128B", instances = 32, element_bits = 8>>
    ```

    When the module carries its target (`salsa.target`), the verifier checks
    every buffer allocated in such a memory space (`memref.alloc`,
    `memref.alloca`): the memory exists, and the buffer's bits (elements
    times the element width) divided by `instances` fit the memory's
    capacity, with `element_bits` per element when given.
    `salsa-erase-memory-spaces` maps the spaces back to the
    default one so that the IR lowers and runs like any other.
  }];
  let parameters = (ins
    StringRefParameter<"memory level name">:$name,
    DefaultValuedParameter<"int64_t", "1">:$instances,
    DefaultValuedParameter<"int64_t", "0">:$element_bits
  );
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
}

#endif // SALSA_ATTRS_TD
