#!/usr/bin/env bash
# Schedules an ONNX network end to end: salsa-import-onnx (ONNX -> TOSA),
# upstream MLIR's TOSA-to-linalg passes, then salsa-lower (schedule every
# convolution and matmul and rewrite it into its tiled loop nest). Prints
# one line per layer and the totals; intermediate files go to
# build/onnx/<net>.{tosa,linalg,<target>}.mlir.
#   scripts/schedule-onnx.sh MODEL.onnx [target [salsa-import-onnx args...]]
#   (default tpu_like), e.g. examples/onnx/bert_layer.onnx tpu_like \
#     --input-shape hidden_states=1x128x768
set -euo pipefail
model=$(realpath "$1")
target=${2:-tpu_like}
shift $(( $# < 2 ? $# : 2 ))
cd "$(dirname "$0")/.."
scripts/build.sh salsa-import-onnx salsa-opt >/dev/null
net=$(basename "$model" .onnx)
dir=build/onnx
mkdir -p "$dir"
start=$(date +%s.%N)
build/bin/salsa-import-onnx "$model" "$@" -o "$dir/$net.tosa.mlir"
mlir-opt-22 "$dir/$net.tosa.mlir" -o "$dir/$net.linalg.mlir" \
  --pass-pipeline='builtin.module(func.func(tosa-to-linalg-named,tosa-to-linalg,tosa-to-arith,tosa-to-tensor))'
# ZigZag's networks are 8-bit with 16-bit partial sums; the f32 tensors are
# scheduled at those precisions so the numbers compare.
build/bin/salsa-opt "$dir/$net.linalg.mlir" -o "$dir/$net.$target.mlir" \
  --salsa-lower="target=$target remarks" \
  --mlir-print-op-on-diagnostic=false 2> "$dir/$net.$target.log"
end=$(date +%s.%N)
scripts/summarize-remarks.sh "$dir/$net.$target.log" "$net" "$target" \
  "$(echo "$end - $start" | bc)" "$dir/$net.$target.mlir"
