#!/usr/bin/env bash
# The whole test suite, as CI runs it (README "Quick start"; .ci/run calls it):
#  1. build/        the normal build (default compiler) and every test;
#  2. build-check/  clang with AddressSanitizer + UndefinedBehaviorSanitizer
#                   (any finding fatal, leaks reported) and libFuzzer: every
#                   test again under the sanitizers, then each fuzz target for
#                   COOPGRAPH_FUZZ_SECONDS seconds on its seed corpus.
# Both steps run the package test too (tests/package/run.sh: install into a
# temporary prefix, build a consumer project with find_package, run it).
# Stops at the first failure. `scripts/test.sh --quick` runs step 1 only.
# Expected time on the 2-core CI machine, from a clean checkout: about 10
# minutes in all (10 min 22 s measured on 2026-12-07: build/ 153 s, its tests
# 38 s, build-check/ 323 s, sanitized tests and fuzzing 107 s); CI allows 20.
# Each step prints its wall time.
set -euo pipefail
cd "$(dirname "$0")/.."

step() {  # step NAME COMMAND...: runs it, then prints its wall time
  local start=$SECONDS
  "${@:2}"
  echo "test.sh: $1: $((SECONDS - start)) s" >&2
}

step "install" scripts/install-deps.sh
step "configure build/" cmake -S . -B build
step "build build/" cmake --build build -j2
step "test build/" ctest --test-dir build --output-on-failure
[ "${1:-}" = "--quick" ] && exit 0
step "configure build-check/" cmake -S . -B build-check -DCMAKE_CXX_COMPILER=clang++ \
  -DCOOPGRAPH_SANITIZE=ON -DCOOPGRAPH_FUZZ=ON
step "build build-check/" cmake --build build-check -j2
step "test build-check/ (sanitizers, fuzzing)" ctest --test-dir build-check --output-on-failure -j2
