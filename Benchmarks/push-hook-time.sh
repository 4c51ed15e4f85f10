#!/usr/bin/env bash
# What the central repository's enforcement costs a push (issue 6): plain
# `git push` of 1 and of 1,000 new workflow steps to a bare central repository
# with `galley hook install` (pre-receive replay of the pushed range, plus the
# receive.fsckObjects it turns on), beside the same push to an identical
# central repository without it, in the same run. The push goes to a local path
# with the git CLI, which runs receive-pack and its hooks exactly as a git:// or
# ssh:// server does. Prints medians in milliseconds.
# Usage: Benchmarks/push-hook-time.sh [RUNS]   (GALLEY=path/to/galley skips the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
source Benchmarks/common.sh

"$galley" init "$work/seed.git" --bare --admin admin --admin-name Admin >/dev/null
"$galley" --repo "$work/seed.git" --as admin people add rep --name "Phóng Viên" --email rep@x.vn --role reporter >/dev/null
printf 'Đoạn một.\n\nĐoạn hai.\n' > "$work/body.md"

# The steps to push, made once per size: a bare clone of the seed plus N new articles.
prepare() {
  local repo="$work/steps-$1.git"
  git clone -q --bare "$work/seed.git" "$repo"
  for i in $(seq 1 "$1"); do
    "$galley" --repo "$repo" --as rep new "Bài số $i" --body-file "$work/body.md" >/dev/null
  done
  echo "$repo"
}

measure() { # $1 = repository holding the steps, $2 = with | without (the hook)
  local run central start
  for run in $(seq 1 "$runs"); do
    central="$work/central-$2-$run.git"
    git clone -q --bare "$work/seed.git" "$central"
    if [ "$2" = with ]; then "$galley" hook install "$central" >/dev/null; fi
    start=$(now_ms)
    git -C "$1" push -q "$central" main:main
    echo $(( $(now_ms) - start ))
    if [ "$(git -C "$central" rev-parse main)" != "$(git -C "$1" rev-parse main)" ]; then
      echo "push-hook-time: the push did not land in $central" >&2
      exit 1
    fi
    rm -rf "$central"
  done | median
}

printf '%-22s %14s %14s\n' "git push" "with hook ms" "without ms"
for steps in 1 1000; do
  repo=$(prepare "$steps")
  printf '%-22s %14s %14s\n' "$steps new steps" "$(measure "$repo" with)" "$(measure "$repo" without)"
done
