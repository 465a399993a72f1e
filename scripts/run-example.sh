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
# Default options: the f32 tensors are scheduled at the preset's datapath
# precisions (ZigZag's 8-bit operands, 16-bit partial sums), so the numbers
# compare with ZigZag's.
start=$(date +%s.%N)
build/bin/salsa-opt examples/resnet18.mlir \
  --salsa-lower="target=$target remarks" \
  --mlir-print-op-on-diagnostic=false -o "$out" 2> build/resnet18.$target.log
end=$(date +%s.%N)
scripts/summarize-remarks.sh build/resnet18.$target.log resnet18 "$target" \
  "$(echo "$end - $start" | bc)" "$out"
