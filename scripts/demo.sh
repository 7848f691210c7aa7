#!/usr/bin/env bash
# The README's main command: builds what is needed, scores a bundled example
# tender and prints the ranking, then serves examples/ on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

cmake --preset native >/dev/null
cmake --build --preset native --target svcalc_cli >/dev/null
# The pages need the wasm build and the bundled element.
cmake --preset wasm >/dev/null
cmake --build --preset wasm --target svcalc_wasm >/dev/null
node scripts/build-manifest.mjs >/dev/null
node scripts/build-offline.mjs >/dev/null

tender=${1:-examples/tenders/small-vs-large.json}
echo "Scoring $tender"
build/native/core/svcalc evaluate "$tender" | node scripts/ranking-table.mjs
echo
exec node scripts/serve.mjs
