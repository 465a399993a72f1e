// mixed-spatial: spatial candidates that unroll several layer dimensions
// over one array dimension (ZigZag's enable_mix_spatial_mapping), off by
// default as in ZigZag. tpu_like (32 x 32) with every array dimension open.
// RUN: salsa-opt --help | FileCheck %s --check-prefix=HELP
// HELP: --salsa-schedule
// HELP: --mixed-spatial {{.*}}- Spatial candidates may unroll several layer dimensions over one array dimension, e.g. D1: K 8 x C 4 (ZigZag's enable_mix_spatial_mapping; off as in ZigZag)
// HELP: --salsa-lower
// HELP: --mixed-spatial
// RUN: salsa-opt %s --pass-pipeline="builtin.module(func.func(salsa-schedule{target=%zigzag/hardware/tpu_like.yaml mapping=%salsa_src/test/Inputs/spatial/open.yaml spatial-candidates=1 precisions=W=8,I=8,O=16,O_final=8}))" \
// RUN:   | FileCheck %s --check-prefix=SINGLE
// RUN: salsa-opt %s --pass-pipeline="builtin.module(func.func(salsa-schedule{target=%zigzag/hardware/tpu_like.yaml mapping=%salsa_src/test/Inputs/spatial/open.yaml spatial-candidates=1 mixed-spatial precisions=W=8,I=8,O=16,O_final=8}))" \
// RUN:   | FileCheck %s --check-prefix=MIXED
// The mapping entry's spatial_mapping_hint limits what the open array
// dimensions unroll: D1 K or C, D2 C (FX, FY: not matmul dimensions), so
// D2 unrolls C 27 instead of D 32; no mixed candidate of D1 (K 2 x C 9 at
// best, leaving D2 C 3) comes close.
// RUN: salsa-opt %s --pass-pipeline="builtin.module(func.func(salsa-schedule{target=%zigzag/hardware/tpu_like.yaml mapping=%salsa_src/test/Inputs/spatial/hint-open.yaml spatial-candidates=1 mixed-spatial precisions=W=8,I=8,O=16,O_final=8}))" \
// RUN:   | FileCheck %s --check-prefix=HINT
// A target that fixes every array dimension is used as it is either way.
// RUN: salsa-opt %s --pass-pipeline="builtin.module(func.func(salsa-schedule{target=tpu_like mixed-spatial}))" \
// RUN:   | FileCheck %s --check-prefix=FIXED

// SINGLE-LABEL: func.func @mm
// SINGLE: spatial = [#salsa.unroll<"D1", "D", 32>, #salsa.unroll<"D2", "C", 27>]
// MIXED-LABEL: func.func @mm
// MIXED: spatial = [#salsa.unroll<"D1", "C", 27>, #salsa.unroll<"D2", "K", 2>, #salsa.unroll<"D2", "D", 16>]
// HINT-LABEL: func.func @mm
// HINT: spatial = [#salsa.unroll<"D1", "K", 14>, #salsa.unroll<"D2", "C", 27>]
// FIXED-LABEL: func.func @mm
// FIXED: spatial = [#salsa.unroll<"D1", "K", 14>, #salsa.unroll<"D2", "C", 27>]
func.func @mm(%a: tensor<56x27xf32>, %b: tensor<27x14xf32>, %c: tensor<56x14xf32>) -> tensor<56x14xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<56x27xf32>, tensor<27x14xf32>) outs(%c : tensor<56x14xf32>) -> tensor<56x14xf32>
  return %r : tensor<56x14xf32>
}
