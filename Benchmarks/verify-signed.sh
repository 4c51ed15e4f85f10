#!/usr/bin/env bash
# verify's throughput with signature checks (issue 6). galley-bench builds a
# history of COMMITS workflow steps with `galley-history --keys` (28 people,
# each with an ed25519 key in people.yaml, signing: required), re-signs every
# commit with the key of its Galley-Actor, repacks, then times `galley verify`
# (which must exit 0) beside `git log --raw --no-abbrev` over the same range,
# in the same run, and checks a few signatures with stock git.
# Usage: Benchmarks/verify-signed.sh [COMMITS]
#        BIN=folder Benchmarks/verify-signed.sh …  to use binaries built elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
commits=${1:-100000}
bin=${BIN:-}
if [ -z "$bin" ]; then
  bin="$(scripts/build-release --product galley --product galley-history --product galley-bench)"
fi
exec "$bin/galley-bench" --signed "$commits"
