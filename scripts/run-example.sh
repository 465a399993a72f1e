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
sed -n 's/^.*resnet18.mlir:\([0-9]*\):[0-9]*: remark: salsa: scheduled on \([^ ]*\) with \([a-z]*\) over \([0-9]*\) orderings\(.*\): energy \([0-9.e+]*\) pJ, latency \([0-9]*\) cycles/line \1  \3  N=\4\5  energy \6 pJ  latency \7 cycles/p' \
  build/resnet18.$target.log
awk -v t="$(echo "$end - $start" | bc)" -v target="$target" -v out="$out" '
  /remark: salsa: scheduled/ {
    n++; for (i = 1; i <= NF; i++) { if ($i == "energy") e += $(i+1); if ($i == "latency") l += $(i+1) }
  }
  END { printf "%d layers scheduled on %s in %.2f s: energy %.4e pJ, latency %d cycles; tiled IR in %s\n", n, target, t, e, l, out }
' build/resnet18.$target.log
