#!/usr/bin/env bash
# Configures and builds rasd into build/ (or $RASD_BUILD_DIR) with the given
# extra CMake arguments. Used by demo.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${RASD_BUILD_DIR:-build}"
jobs="$(nproc 2>/dev/null || echo 2)"
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$dir" -j "$jobs"
