// The exact engine proves every objective: latency and EDP as well as
// energy, each with its certificate over the whole mapping space and the
// lower bound in the objective's unit; and it picks the schedule the
// exhaustive engine picks (ties: the objective, then the other of energy
// and latency, then the ordering).
// RUN: salsa-opt %s -verify-diagnostics \
// RUN:   --pass-pipeline='builtin.module(func.func(salsa-schedule{target=eyeriss_like engine=exact objective=latency remarks}))'
// RUN: salsa-opt %s -verify-diagnostics \
// RUN:   --pass-pipeline='builtin.module(func.func(salsa-schedule{target=eyeriss_like engine=exact objective=edp remarks}))'
// The unit of the lower bound (printed diagnostics, not verified ones).
// RUN: salsa-opt %s -o /dev/null \
// RUN:   --pass-pipeline='builtin.module(func.func(salsa-schedule{target=eyeriss_like engine=exact objective=latency remarks}))' 2>&1 \
// RUN:   | FileCheck %s --check-prefix=LATENCY
// RUN: salsa-opt %s -o /dev/null \
// RUN:   --pass-pipeline='builtin.module(func.func(salsa-schedule{target=eyeriss_like engine=exact objective=edp remarks}))' 2>&1 \
// RUN:   | FileCheck %s --check-prefix=EDP
// RUN: for o in latency edp; do \
// RUN:   salsa-opt %s --pass-pipeline="builtin.module(func.func(salsa-schedule{target=eyeriss_like engine=exact objective=$o}))" 2>/dev/null; \
// RUN:   salsa-opt %s --pass-pipeline="builtin.module(func.func(salsa-schedule{target=eyeriss_like engine=exhaustive objective=$o}))" 2>/dev/null; \
// RUN: done | FileCheck %s --check-prefix=SAME

// LATENCY: lower bound {{[0-9.e+]+}} cycles;
// EDP: lower bound {{[0-9.e+]+}} pJ*cycles;
// The same loops, energy and latency (the engine's name differs).
// SAME: salsa.schedule = #salsa.schedule<[[LSCHED:.*latency = [0-9.e+]+]], engine = "exact"
// SAME: salsa.schedule = #salsa.schedule<[[LSCHED]], engine = "exhaustive"
// SAME: salsa.schedule = #salsa.schedule<[[ESCHED:.*latency = [0-9.e+]+]], engine = "exact"
// SAME: salsa.schedule = #salsa.schedule<[[ESCHED]], engine = "exhaustive"
func.func @mm(%a: tensor<24x48xi8>, %b: tensor<48x28xi8>, %c: tensor<24x28xi16>) -> tensor<24x28xi16> {
  // expected-remark @+2 {{salsa: scheduled on eyeriss_like with exact over 420 orderings (proven optimal)}}
  // expected-note @+1 {{0 unexplored; 0 candidate(s) closed by bound alone; lower bound}}
  %0 = linalg.matmul ins(%a, %b : tensor<24x48xi8>, tensor<48x28xi8>) outs(%c : tensor<24x28xi16>) -> tensor<24x28xi16>
  return %0 : tensor<24x28xi16>
}
