#!/usr/bin/env bash
# Regenerates examples/onnx/<net>.mlir from the ONNX files next to it
# (ZigZag's example networks; weights are external data that is not
# shipped, shapes are all scheduling needs): salsa-import-onnx emits TOSA
# with the weights as function arguments.
#   examples/onnx/import.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/build.sh salsa-import-onnx >/dev/null
for net in resnet18 mobilenetv2 alexnet; do
  build/bin/salsa-import-onnx "examples/onnx/$net.onnx" -o "examples/onnx/$net.mlir"
  echo "examples/onnx/$net.mlir"
done
