#!/usr/bin/env bash
# Builds and runs salsa's benchmarks; each prints JSON. Results go to
# bench/results/<name>.json as well.
#   bench/run.sh              all benchmarks
#   bench/run.sh costmodel    cost-model evaluations per second
#   bench/run.sh search       search quality and speed vs ZigZag baselines
#   bench/run.sh onnx         ONNX networks end to end on every preset
#   bench/run.sh exact        the exact engine on every layer of the ONNX networks
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh salsa-bench-costmodel salsa-bench-search salsa-bench-exact salsa-import-onnx salsa-opt >/dev/null
mkdir -p bench/results
which=${1:-all}
if [ "$which" = all ] || [ "$which" = costmodel ]; then
  build/bin/salsa-bench-costmodel | tee bench/results/costmodel.json
fi
if [ "$which" = all ] || [ "$which" = search ]; then
  build/bin/salsa-bench-search | tee bench/results/search.json
fi
if [ "$which" = all ] || [ "$which" = onnx ]; then
  python3 bench/onnx-networks.py > bench/results/onnx-networks.json
  cat bench/results/onnx-networks.json
fi
if [ "$which" = all ] || [ "$which" = exact ]; then
  python3 bench/exact-networks.py > bench/results/exact-networks.json
  python3 -c 'import json; print(json.dumps(json.load(open("bench/results/exact-networks.json"))["summary"], indent=1))'
fi
