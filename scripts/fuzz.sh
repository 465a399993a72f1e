#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-22, ASan + UBSan) into build-fuzz/ and
# runs each for SECONDS (default 60) from its committed seed corpus
# (fuzz/corpus/<kind>, copied so the seeds stay as committed). Crashing
# inputs land in build-fuzz/crashes/. Prints one JSON line per target.
# Manual ASan poisoning is off, as in scripts/sanitize.sh (the uninstrumented
# libLLVM.so shares inline allocator code with the instrumented fuzzers).
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(ZigZagYamlFuzzer AttributeFuzzer SearchFuzzer OnnxImportFuzzer)
scripts/install-deps.sh >/dev/null
cmake -G Ninja -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
  -DSALSA_FUZZ=ON >/dev/null
ninja -C build-fuzz salsa-fuzzers >/dev/null
mkdir -p build-fuzz/crashes
status=0
for t in "${targets[@]}"; do
  case $t in
    ZigZagYamlFuzzer) kind=yaml ;;
    AttributeFuzzer) kind=attribute ;;
    SearchFuzzer) kind=search ;;
    OnnxImportFuzzer) kind=onnx ;;
    *) echo "fuzz.sh: unknown target $t" >&2; exit 2 ;;
  esac
  work=build-fuzz/corpus/$kind
  mkdir -p "$work"
  cp -n fuzz/corpus/$kind/* "$work"/ 2>/dev/null || true
  log=build-fuzz/$t.log
  set +e
  ASAN_OPTIONS=detect_leaks=1:allow_user_poisoning=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    build-fuzz/bin/$t "$work" -max_total_time="$seconds" -rss_limit_mb=4096 \
    -timeout=30 -print_final_stats=1 -artifact_prefix="build-fuzz/crashes/$t-" \
    >"$log" 2>&1
  rc=$?
  set -e
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  crashes=$(ls build-fuzz/crashes/ 2>/dev/null | grep -c "^$t-" || true)
  echo "{\"target\": \"$t\", \"seconds\": $seconds, \"runs\": ${runs:-0}, \"exit\": $rc, \"crash_files\": $crashes}"
  [ $rc -eq 0 ] || status=1
done
exit $status
