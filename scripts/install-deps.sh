#!/usr/bin/env bash
# Installs the Debian packages salsa needs, if any is missing. Idempotent:
# it does nothing when everything is there. As root it runs apt-get; as
# another user it prints the command to run and stops.
set -euo pipefail

packages=(
  cmake ninja-build g++
  llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools
  libgtest-dev libzstd-dev
  chromium fonts-liberation  # render the HTML report in a test (headless)
  clang-22 libclang-rt-22-dev  # sanitizer build and fuzzers (scripts/sanitize.sh, fuzz/)
  libonnx-dev libprotobuf-dev  # salsa-import-onnx (ONNX reader and shape inference)
  python3-onnx  # the importer's lit tests build small ONNX models
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

cmd="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run as root:  $cmd" >&2
  exit 1
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
