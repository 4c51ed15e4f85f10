#!/usr/bin/env bash
# verify's throughput and peak memory on a generated history, beside
# `git log --raw` over the same range measured in the same run.
# Usage: Benchmarks/verify-throughput.sh [COMMITS] [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
commits=${1:-100000}
articles=${2:-$((commits / 10))}
bin="$(scripts/build-release --product galley --product galley-history)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git init -q --bare "$work/news.git"
git -C "$work/news.git" symbolic-ref HEAD refs/heads/main
"$bin/galley-history" --articles "$articles" --commits "$commits" | git -C "$work/news.git" fast-import --quiet
git -C "$work/news.git" repack -adq

measure() { # prints "seconds peak_kb"
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
  cat "$work/time"
}
read -r verify_s verify_kb < <(measure "$bin/galley" --repo "$work/news.git" verify)
read -r git_s git_kb < <(measure git -C "$work/news.git" log --raw --no-abbrev --format=%H%n%an%n%ae%n%B main)
awk -v c="$commits" -v vs="$verify_s" -v vk="$verify_kb" -v gs="$git_s" -v gk="$git_kb" 'BEGIN {
  printf "%-34s %10s %12s %10s\n", "command (" c " commits)", "seconds", "commits/s", "peak MB"
  printf "%-34s %10.2f %12.0f %10.1f\n", "galley verify", vs, c / (vs > 0 ? vs : 0.01), vk / 1024
  printf "%-34s %10.2f %12.0f %10.1f\n", "git log --raw (baseline)", gs, c / (gs > 0 ? gs : 0.01), gk / 1024
  printf "ratio (git time / galley time): %.2fx\n", (vs > 0 ? gs / vs : 0)
}'
