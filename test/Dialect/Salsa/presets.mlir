// Every built-in preset attaches, prints, reparses to the identical text, and
// equals the target read from ZigZag's own hardware and mapping files but for
// two things: the preset's datapath precisions, and its name (ZigZag's
// tesla_npu_like.yaml calls itself npu_like).
//
// RUN: for p in tpu_like edge_tpu_like meta_prototype tesla_npu_like ascend_like eyeriss_like; do \
// RUN:   salsa-opt %s --salsa-attach-target="target=$p" > %t.$p.mlir && \
// RUN:   salsa-opt %t.$p.mlir > %t.$p.again.mlir && \
// RUN:   diff %t.$p.mlir %t.$p.again.mlir || exit 1; \
// RUN: done
// RUN: for p in tpu_like edge_tpu_like tesla_npu_like ascend_like eyeriss_like; do \
// RUN:   salsa-opt %s --salsa-attach-target="target=%zigzag/hardware/$p.yaml mapping=%zigzag/mapping/$p.yaml" \
// RUN:     | sed -e 's/name = "npu_like"/name = "tesla_npu_like"/' > %t.$p.yaml.mlir && \
// RUN:   sed -e 's/, precisions = {I = 8 : i64, O = 16 : i64, O_final = 8 : i64, W = 8 : i64}//' %t.$p.mlir > %t.$p.noprec.mlir && \
// RUN:   diff %t.$p.noprec.mlir %t.$p.yaml.mlir || exit 1; \
// RUN: done
// RUN: salsa-opt %s --salsa-attach-target="target=%zigzag/hardware/meta_prototype.yaml mapping=%zigzag/mapping/meta_prototype_like.yaml" > %t.meta.yaml.mlir
// RUN: sed -e 's/, precisions = {I = 8 : i64, O = 16 : i64, O_final = 8 : i64, W = 8 : i64}//' %t.meta_prototype.mlir | diff - %t.meta.yaml.mlir
// RUN: FileCheck %s --check-prefix=TPU < %t.tpu_like.mlir
// RUN: FileCheck %s --check-prefix=EYERISS < %t.eyeriss_like.mlir

// TPU: salsa.target = #salsa.accelerator<name = "tpu_like", array_dims = ["D1", "D2"], array_sizes = [32, 32], mac_energy = 0.04
// TPU-SAME: #salsa.memory<name = "rf_128B", size = 1024
// TPU-SAME: #salsa.memory<name = "sram_2MB", size = 16777216, r_cost = 416.16, w_cost = 378.4
// TPU-SAME: operand_links = {I = "I1", O = "O", W = "I2"}
// TPU-SAME: spatial_mapping = [#salsa.unroll<"D1", "K", 32>, #salsa.unroll<"D2", "C", 32>]

// EYERISS: #salsa.accelerator<name = "eyeriss_like", array_dims = ["D1", "D2"], array_sizes = [14, 12]
// EYERISS-SAME: spatial_mapping = [#salsa.unroll<"D1", "K", 14>, #salsa.unroll<"D2", "C", 12>]
module {
}
