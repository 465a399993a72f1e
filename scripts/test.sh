#!/usr/bin/env bash
# Builds everything and runs every test: unit tests (GoogleTest) and the lit
# suite, all through ctest. The last line is ctest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ctest --test-dir build --output-on-failure -j 2
