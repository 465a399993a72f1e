#!/usr/bin/env bash
# Builds and runs salsa's benchmarks; each prints JSON. Results go to
# bench/results/<name>.json as well.
#   bench/run.sh              all benchmarks
#   bench/run.sh costmodel    cost-model evaluations per second
#   bench/run.sh search       search quality and speed vs ZigZag baselines
#   bench/run.sh onnx         ONNX networks end to end on every preset
#   bench/run.sh exact        the exact engine on every layer of the ONNX networks
#   bench/run.sh onnx-buffers the ZigZag networks' distinct layers with buffers,
#                             run under mlir-runner against the untiled op
# Inputs are in the repository: bench/throughput-layers.yaml, examples/onnx/
# and ZigZag's data in test/Inputs/zigzag/. A benchmark that fails (missing
# inputs included) exits non-zero and leaves bench/results/ as it was.
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}
case $which in
  all | costmodel | search | onnx | exact | onnx-buffers) ;;
  *) echo "bench/run.sh: unknown benchmark '$which'" \
       "(all, costmodel, search, onnx, exact or onnx-buffers)" >&2; exit 2 ;;
esac
scripts/build.sh salsa-bench-costmodel salsa-bench-search salsa-bench-exact salsa-import-onnx salsa-opt >/dev/null
mkdir -p bench/results

tmp=""
trap '[ -z "$tmp" ] || rm -f "$tmp"' EXIT
# record NAME COMMAND...: runs COMMAND into a temporary file and moves it to
# bench/results/NAME.json only if COMMAND succeeds.
record() {
  local name=$1
  shift
  tmp=$(mktemp "bench/results/.$name.json.XXXXXX")
  if ! "$@" > "$tmp"; then
    echo "bench/run.sh: the $name benchmark failed;" \
      "bench/results/$name.json is unchanged" >&2
    exit 1
  fi
  chmod 644 "$tmp"
  mv "$tmp" "bench/results/$name.json"
  tmp=""
}

if [ "$which" = all ] || [ "$which" = costmodel ]; then
  record costmodel build/bin/salsa-bench-costmodel
  cat bench/results/costmodel.json
fi
if [ "$which" = all ] || [ "$which" = search ]; then
  record search build/bin/salsa-bench-search
  cat bench/results/search.json
fi
if [ "$which" = all ] || [ "$which" = onnx ]; then
  record onnx-networks python3 bench/onnx-networks.py
  cat bench/results/onnx-networks.json
fi
if [ "$which" = all ] || [ "$which" = exact ]; then
  record exact-networks python3 bench/exact-networks.py
  python3 -c 'import json; print(json.dumps(json.load(open("bench/results/exact-networks.json"))["summary"], indent=1))'
fi
if [ "$which" = all ] || [ "$which" = onnx-buffers ]; then
  record onnx-buffers python3 bench/onnx-buffers.py
  python3 -c 'import json; [print(r["network"], r["preset"], r["layers"], "layers:", r["equal"], "equal,", r["differ"], "differ,", r["seconds"], "s") for r in json.load(open("bench/results/onnx-buffers.json"))["runs"]]'
fi
