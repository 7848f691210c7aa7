#!/usr/bin/env bash
# The README's test command: builds everything (native, sanitized, wasm) and
# runs every test suite. CI runs exactly this through .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

echo "== C++ style (clang-format)"
git ls-files -z '*.cpp' '*.hpp' | xargs -0 clang-format --dry-run --Werror

jobs=$(nproc)
for preset in native asan wasm; do
  echo "== $preset: build and Catch2 tests"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  ctest --preset "$preset" -j "$jobs"
done

echo "== Plugin: entry bundle, manifests, offline page"
node scripts/build-manifest.mjs
node scripts/build-offline.mjs

echo "== JavaScript tests (node --test)"
# --disallow-code-generation-from-strings stands in for a portal's strict CSP:
# any eval or new Function in our code or its glue fails the run.
SVCALC_CLI="$PWD/build/native/core/svcalc" \
  node --disallow-code-generation-from-strings --test tests/js/
