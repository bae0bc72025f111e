#!/usr/bin/env bash
# Collector benchmarks (docs/benchmarks.md, "Collector: local store and sync"), from the repository root:
#   frontend/collect/bench/run.sh [draft|search|sync]   on Node with fake-indexeddb
#   frontend/collect/bench/run.sh browser [draft-only]  in headless Chromium on its real IndexedDB
#   frontend/collect/bench/run.sh real <baseUrl> [user] [password]   smoke run against a running OneForm
# Both bundle the bench with esbuild (already in node_modules) and use the in-process fake server.
set -euo pipefail
cd "$(dirname "$0")/../../.."
export PATH="$PWD/.tools/node/bin:$PATH"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
if [[ "${1:-}" == real ]]; then
  npx --no-install esbuild frontend/collect/bench/real-server.ts --bundle --platform=node --format=esm \
    --target=node22 --log-level=warning --outfile="$out/real.mjs"
  node "$out/real.mjs" "$@"
elif [[ "${1:-}" == browser ]]; then
  npx --no-install esbuild frontend/collect/bench/browser.ts --bundle --platform=browser --format=esm \
    --target=es2023 --log-level=warning --outfile="$out/bench.js"
  node frontend/collect/bench/browser-runner.mjs "$out/bench.js" "${2:-}"
else
  npx --no-install esbuild frontend/collect/bench/node.ts --bundle --platform=node --format=esm \
    --target=node22 --log-level=warning --outfile="$out/bench.mjs"
  node "$out/bench.mjs" "$@"
fi
