// objective=pareto: the energy-latency front in a note on the remark, the op
// rewritten with its least-energy schedule (the energy objective's); the
// exact engine's front is the exhaustive engine's, point for point.
// RUN: salsa-opt %s -verify-diagnostics \
// RUN:   --pass-pipeline='builtin.module(func.func(salsa-schedule{target=eyeriss_like engine=exact objective=pareto remarks}))'
// RUN: for e in exact exhaustive; do \
// RUN:   salsa-opt %s -o /dev/null --pass-pipeline="builtin.module(func.func(salsa-schedule{target=eyeriss_like engine=$e objective=pareto remarks}))" 2>&1 | grep 'Pareto front'; \
// RUN: done | FileCheck %s --check-prefix=SAME
// RUN: salsa-opt %s --pass-pipeline='builtin.module(func.func(salsa-schedule{target=eyeriss_like objective=pareto}))' 2>/dev/null \
// RUN:   | FileCheck %s --check-prefix=KEPT
// RUN: salsa-opt %s --pass-pipeline='builtin.module(func.func(salsa-schedule{target=eyeriss_like objective=energy}))' 2>/dev/null \
// RUN:   | FileCheck %s --check-prefix=KEPT

// SAME: Pareto front of [[N:[0-9]+]] schedule(s), each proven non-dominated over the mapping space: [[POINTS:.*]]; the op gets the first
// SAME: Pareto front of [[N]] schedule(s), each proven non-dominated over the mapping space: [[POINTS]]; the op gets the first
// KEPT: loops = [#salsa.loop<dim = "D", factor = 3, memories = {I = "sram_1M", O = "sram_8KB", W = "rf_64B_W"}>, #salsa.loop<dim = "K", factor = 2, memories = {I = "rf_64B_A", O = "sram_8KB", W = "rf_64B_W"}>
func.func @mm(%a: tensor<24x48xi8>, %b: tensor<48x28xi8>, %c: tensor<24x28xi16>) -> tensor<24x28xi16> {
  // expected-remark @+3 {{salsa: scheduled on eyeriss_like with exact over 420 orderings (proven optimal)}}
  // expected-note @+2 {{salsa: energy-latency Pareto front of}}
  // expected-note @+1 {{salsa: certificate over 1 spatial candidate(s), 420 orderings}}
  %0 = linalg.matmul ins(%a, %b : tensor<24x48xi8>, tensor<48x28xi8>) outs(%c : tensor<24x28xi16>) -> tensor<24x28xi16>
  return %0 : tensor<24x28xi16>
}
