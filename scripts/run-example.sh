#!/usr/bin/env bash
# Installs what salsa needs, builds it, and schedules the bundled ResNet-18
# (examples/resnet18.mlir) onto an accelerator: every convolution and the
# matmul is scheduled (salsa-schedule) and rewritten into its tiled loop
# nest (salsa-tile). Prints one line per layer and the totals; the rewritten
# IR goes to build/resnet18.<target>.mlir.
#   scripts/run-example.sh [target]        (default tpu_like)
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-tpu_like}
scripts/install-deps.sh
scripts/build.sh salsa-opt salsa-explore >/dev/null
out=build/resnet18.$target.mlir
# ZigZag's networks are 8-bit with 16-bit partial sums; the example's f32
# tensors are scheduled at those precisions so the numbers compare.
start=$(date +%s.%N)
build/bin/salsa-opt examples/resnet18.mlir \
  --salsa-lower="target=$target precisions=W=8,I=8,O=16,O_final=8 remarks" \
  --mlir-print-op-on-diagnostic=false -o "$out" 2> build/resnet18.$target.log
end=$(date +%s.%N)
scripts/summarize-remarks.sh build/resnet18.$target.log resnet18 "$target" \
  "$(echo "$end - $start" | bc)" "$out"
