#!/usr/bin/env bash
# Regenerates examples/onnx: the transformer and modern-CNN networks
# (make-examples.py, Debian's python3-onnx) and every <net>.mlir from the
# ONNX files (ZigZag's example networks and ours; weights are external
# data that is not shipped, shapes are all scheduling needs):
# salsa-import-onnx emits TOSA with the weights as function arguments.
#   examples/onnx/import.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/build.sh salsa-import-onnx >/dev/null
/usr/bin/python3 examples/onnx/make-examples.py examples/onnx >/dev/null
for net in resnet18 mobilenetv2 alexnet bert_layer vit_block gpt2_block \
    llama_ffn mobilenet_bn; do
  args=()
  # BERT's input has dynamic batch and sequence dimensions.
  [ "$net" = bert_layer ] && args=(--input-shape hidden_states=1x128x768)
  build/bin/salsa-import-onnx "examples/onnx/$net.onnx" "${args[@]}" \
    -o "examples/onnx/$net.mlir"
  echo "examples/onnx/$net.mlir"
done
