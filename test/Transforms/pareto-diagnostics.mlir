// A front needs an engine that covers the space: annealing and LOMA keep
// one schedule, so objective=pareto with them is an error on the op.
// RUN: salsa-opt %s -verify-diagnostics \
// RUN:   --pass-pipeline='builtin.module(func.func(salsa-schedule{target=eyeriss_like engine=annealing objective=pareto}))'
// RUN: salsa-opt %s -verify-diagnostics \
// RUN:   --pass-pipeline='builtin.module(func.func(salsa-schedule{target=eyeriss_like engine=loma objective=pareto}))'

func.func @mm(%a: tensor<24x48xi8>, %b: tensor<48x28xi8>, %c: tensor<24x28xi16>) -> tensor<24x28xi16> {
  // expected-error @+1 {{salsa: objective 'pareto' needs engine exact, exhaustive or dual;}}
  %0 = linalg.matmul ins(%a, %b : tensor<24x48xi8>, tensor<48x28xi8>) outs(%c : tensor<24x28xi16>) -> tensor<24x28xi16>
  return %0 : tensor<24x28xi16>
}
