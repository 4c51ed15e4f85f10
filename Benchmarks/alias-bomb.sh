#!/usr/bin/env bash
# How long Galley takes to refuse a 1 KB YAML alias bomb (10^9 nodes once
# expanded) committed with plain git into an article's front matter,
# people.yaml and workflow.yaml: `galley verify` must name the commit and
# `galley list` keep working, each in well under 100 ms.
# Usage: Benchmarks/alias-bomb.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
source Benchmarks/common.sh
runs=${1:-5}

bomb='bomb0: &b0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]'
for level in 1 2 3 4 5 6 7 8 9; do
  prev=$((level - 1))
  bomb+=$'\n'"bomb$level: &b$level [*b$prev, *b$prev, *b$prev, *b$prev, *b$prev, *b$prev, *b$prev, *b$prev, *b$prev, *b$prev]"
done
printf '%-16s %8s %12s %12s\n' "bomb in" "bytes" "verify ms" "list ms"
for where in front-matter people.yaml workflow.yaml; do
  room="$work/$where"
  "$galley" init "$room" --admin quantri --admin-name "Quản Trị" --name "Báo Mẫu" >/dev/null
  ( cd "$room"
    "$galley" --as quantri people add pv --name "Phóng Viên" --email pv@example.vn --role reporter >/dev/null
    id=$("$galley" --as pv new "Bài thử" )
    file=$(ls articles/*/*/*/"$id"/index.md)
    case $where in
      front-matter) awk -v bomb="$bomb" 'NR>1 && /^---$/ && !done {print bomb; done=1} {print}' "$file" > "$work/x" && mv "$work/x" "$file" ;;
      *) printf '%s\n' "$bomb" >> "$where" ;;
    esac
    git add -A && git -c user.email=quantri@example.invalid commit -qm bomb )
  verify=() list=()
  for _ in $(seq "$runs"); do
    start=$(now_us); "$galley" --repo "$room" verify >/dev/null 2>&1 || true; end=$(now_us); verify+=($(( (end - start) / 1000 )))
    start=$(now_us); "$galley" --repo "$room" list >/dev/null 2>&1 || true; end=$(now_us); list+=($(( (end - start) / 1000 )))
  done
  "$galley" --repo "$room" verify >/dev/null 2>&1 && { echo "verify accepted the bomb in $where" >&2; exit 1; }
  printf '%-16s %8s %12s %12s\n' "$where" "${#bomb}" "$(printf '%s\n' "${verify[@]}" | median)" "$(printf '%s\n' "${list[@]}" | median)"
done
