// The layer salsa reads from IR is ZigZag's layer: scheduling ResNet-18's
// fully connected layer (1x512 * 512x1000, 8-bit operands, 16-bit partial
// sums) on tpu_like finds ZigZag's own exhaustive optimum,
// 45108639.12 pJ with latency 63741 cycles
// (test/Inputs/zigzag/reference/search-baselines.jsonl,
// tpu_like/resnet18.onnx/20, loma_exhaustive), and so does salsa-explore
// on ZigZag's record of the same layer.
//
// RUN: salsa-opt %s --pass-pipeline='builtin.module(func.func(salsa-schedule{target=tpu_like engine=exhaustive precisions=W=8,I=8,O=16,O_final=8}))' \
// RUN:   | FileCheck %s
// RUN: grep '"id": "tpu_like/resnet18.onnx/20"' %zigzag/reference/search-baselines.jsonl > %t.fc.jsonl
// RUN: salsa-explore schedule --problems %t.fc.jsonl --inputs %zigzag --engine exhaustive --json \
// RUN:   | FileCheck %s --check-prefix=EXPLORE
// RUN: grep -o '"loma_exhaustive": {"energy_total": [0-9.]*, "latency_total2": [0-9.]*' %t.fc.jsonl | FileCheck %s --check-prefix=ZIGZAG

// CHECK: energy = 45108639.12, latency = 63741.0, engine = "exhaustive", orderings = "126"
// EXPLORE: "energy_total":{{45108639.1199999|45108639.12}}
// ZIGZAG: "energy_total": 45108639.12, "latency_total2": 63741.0
func.func @fc(%a: tensor<1x512xf32>, %b: tensor<512x1000xf32>, %c: tensor<1x1000xf32>) -> tensor<1x1000xf32> {
  %0 = linalg.matmul ins(%a, %b : tensor<1x512xf32>, tensor<512x1000xf32>) outs(%c : tensor<1x1000xf32>) -> tensor<1x1000xf32>
  return %0 : tensor<1x1000xf32>
}
