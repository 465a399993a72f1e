#!/usr/bin/env bash
# Builds salsa with AddressSanitizer and UndefinedBehaviorSanitizer (clang-22)
# into build-sanitize/ and runs the whole test suite there. Any sanitizer
# report aborts the test that triggered it.
#   scripts/sanitize.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -G Ninja -S . -B build-sanitize \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
  -DSALSA_SANITIZE=ON >/dev/null
ninja -C build-sanitize
# Leak checking stays on; halt on the first UB report. Manual poisoning is
# off: our instrumented code and the uninstrumented libLLVM.so share inline
# BumpPtrAllocator code, which then flags memory LLVM handed out (YAML
# parser nodes) as poisoned.
export ASAN_OPTIONS=allow_user_poisoning=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-sanitize --output-on-failure -j 2
