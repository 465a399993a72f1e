#!/usr/bin/env bash
# Regenerates the committed seed corpora in fuzz/corpus from ZigZag's input
# files, the presets, the lit tests' inputs and salsa's own output.
#   fuzz/make-corpus.sh [BUILD_DIR]      (needs salsa-opt built)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
rm -rf fuzz/corpus && mkdir -p fuzz/corpus/{yaml,attribute,search,onnx}

# YAML: the first byte picks the reader (0 hardware, 1 workload, 2 mapping).
seed() { { printf '%s' "$1"; cat "$2"; } > "fuzz/corpus/yaml/$1-$(basename "$2")"; }
for f in presets/hardware/*.yaml test/Transforms/Inputs/bad_hardware.yaml; do seed 0 "$f"; done
for f in examples/zigzag/resnet18.yaml test/Inputs/zigzag/workload/*.yaml test/Explore/Inputs/bad_workload.yaml; do seed 1 "$f"; done
for f in presets/mapping/*.yaml test/Explore/Inputs/open_d2.yaml; do seed 2 "$f"; done

# Attributes: every preset as #salsa.accelerator, and schedules salsa made.
for p in tpu_like edge_tpu_like meta_prototype tesla_npu_like ascend_like eyeriss_like; do
  echo 'module {}' | "$build/bin/salsa-opt" --salsa-attach-target="target=$p" |
    sed -n 's/.*salsa.target = \(#salsa.accelerator<.*>\)} {$/\1/p' \
    > "fuzz/corpus/attribute/accelerator-$p"
done
"$build/bin/salsa-opt" test/Transforms/salsa-schedule.mlir -split-input-file \
  --pass-pipeline='builtin.module(func.func(salsa-schedule{target=tpu_like precisions=W=8,I=8,O=16,O_final=8}))' |
  grep -o '#salsa.schedule<.*>}' | sed 's/}$//' |
  while IFS= read -r attr; do
    n=$((${n:-0} + 1)); printf '%s' "$attr" > "fuzz/corpus/attribute/schedule-$n"
  done

# Search: the input is a stream of choices; a few fixed byte patterns.
for i in 0 1 2 3 4 5 6 7; do
  python3 -c "import random,sys; r=random.Random($i); sys.stdout.buffer.write(bytes(r.randrange(256) for _ in range(48)))" \
    > "fuzz/corpus/search/seed-$i"
done
# With order constraints: 'C', the count, two (inner, outer) pairs, then the
# usual stream.
for i in 0 1 2 3 4 5 6 7; do
  python3 -c "import random,sys; r=random.Random(100+$i); sys.stdout.buffer.write(b'C' + bytes([1 + $i % 2]) + bytes(r.randrange(256) for _ in range(52)))" \
    > "fuzz/corpus/search/constraint-$i"
done
find fuzz/corpus -type f -empty -delete
echo "corpus: $(find fuzz/corpus -type f | wc -l) files"

# ONNX: the example networks, the importer tests' models (Debian's
# python3-onnx builds those) and inputs that once crashed (fuzz/regressions).
cp examples/onnx/*.onnx fuzz/regressions/onnx-*.onnx fuzz/corpus/onnx/
for m in convnet alexnet_like unsupported gemm_alpha avg_include_pad bad_group; do
  /usr/bin/python3 test/Import/make-model.py "$m" "fuzz/corpus/onnx/$m.onnx"
done
cp fuzz/regressions/search-* fuzz/corpus/search/
