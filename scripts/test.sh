#!/usr/bin/env bash
# README command (b): installs what is missing, builds and runs the whole
# test suite: the tests under AddressSanitizer + UBSan, the libFuzzer target
# for $RASD_FUZZ_SECONDS (default 60) seconds each, then the release build's tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
jobs="$(nproc 2>/dev/null || echo 2)"
fuzz_seconds="${RASD_FUZZ_SECONDS:-60}"

echo "== tests under ASan + UBSan (build-asan/)"
RASD_BUILD_DIR=build-asan bash scripts/build.sh -DRASD_SANITIZE=ON
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --output-on-failure -j "$jobs")

echo "== fuzzing for ${fuzz_seconds}s (build-fuzz/, clang-14 + libFuzzer)"
RASD_BUILD_DIR=build-fuzz CC=clang-14 CXX=clang++-14 bash scripts/build.sh \
  -DRASD_FUZZ=ON -DRASD_TESTS=OFF
mkdir -p build-fuzz/corpus
for fuzzer in build-fuzz/*_fuzz; do
  name="$(basename "$fuzzer")"
  mkdir -p "build-fuzz/corpus/$name"
  cp -n fuzz/seeds/* "build-fuzz/corpus/$name/" 2>/dev/null || true
  "$fuzzer" -max_total_time="$fuzz_seconds" -max_len=16384 -print_final_stats=0 \
    -artifact_prefix="build-fuzz/$name-" "build-fuzz/corpus/$name" 2>&1 | tail -n 3
done

echo "== tests (build/)"
bash scripts/build.sh
cd build && ctest --output-on-failure -j "$jobs"
