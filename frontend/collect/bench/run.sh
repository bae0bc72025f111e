#!/usr/bin/env bash
# Collector benchmarks (docs/benchmarks.md, "Collector: local store and sync"): bundles the bench with esbuild
# and runs it on Node. Usage, from the repository root: frontend/collect/bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
export PATH="$PWD/.tools/node/bin:$PATH"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
npx --no-install esbuild frontend/collect/bench/collector-bench.ts --bundle --platform=node --format=esm \
  --target=node22 --log-level=warning --outfile="$out/bench.mjs"
node "$out/bench.mjs"
