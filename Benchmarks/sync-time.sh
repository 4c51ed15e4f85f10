#!/usr/bin/env bash
# Measures `galley sync` (a whole process, central repository on a local path)
# for 1 and for 100 local steps, in two cases: the central branch has not moved
# (fetch + push only) and it moved by one step meanwhile (every local step is
# replayed onto it and re-judged). Prints medians in milliseconds.
# Usage: Benchmarks/sync-time.sh [RUNS]   (GALLEY=path/to/galley skips the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
source Benchmarks/common.sh

"$galley" init "$work/central.git" --bare --admin admin --admin-name Admin >/dev/null
"$galley" --repo "$work/central.git" --as admin people add rep --name "Phóng Viên" --email rep@x.vn --role reporter >/dev/null
"$galley" --repo "$work/central.git" --as admin people add rep2 --name "Phóng Viên Hai" --email rep2@x.vn --role reporter >/dev/null
printf 'Đoạn một.\n\nĐoạn hai.\n' > "$work/body.md"

measure() { # $1 = local steps, $2 = "moved" or "still"
  for run in $(seq 1 "$runs"); do
    local clone="$work/c-$1-$2-$run.git" other="$work/o-$1-$2-$run.git"
    "$galley" clone "$work/central.git" "$clone" >/dev/null
    for i in $(seq 1 "$1"); do
      "$galley" --repo "$clone" --as rep new "Bài $run-$i" --body-file "$work/body.md" >/dev/null
    done
    if [ "$2" = moved ]; then
      "$galley" clone "$work/central.git" "$other" >/dev/null
      "$galley" --repo "$other" --as rep2 new "Tin chen ngang $run" --body-file "$work/body.md" >/dev/null
      "$galley" --repo "$other" sync >/dev/null
    fi
    local start; start=$(now_ms)
    "$galley" --repo "$clone" sync >/dev/null
    echo $(( $(now_ms) - start ))
  done | median
}

printf '%-28s %10s\n' "galley sync" "median ms"
for steps in 1 100; do
  printf '%-28s %10s\n' "$steps local, central still" "$(measure "$steps" still)"
  printf '%-28s %10s\n' "$steps local, central moved" "$(measure "$steps" moved)"
done
