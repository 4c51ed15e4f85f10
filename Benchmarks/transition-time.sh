#!/usr/bin/env bash
# Measures one workflow transition end to end (a whole `galley approve`
# process) on a newsroom with N articles (default 1000), in a bare repository
# and in one with a work tree, and `git add` + `git commit` of the same kind
# of change as the baseline. Prints medians in milliseconds.
# Usage: Benchmarks/transition-time.sh [ARTICLES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-1000}
runs=${2:-21}
source Benchmarks/common.sh

make_newsroom() { # $1 = path, $2 = --bare or empty
  "$galley" init "$1" $2 --admin admin --admin-name Admin >/dev/null
  "$galley" --repo "$1" --as admin people add rep --name "Phóng Viên" --email rep@x.vn --role reporter >/dev/null
  "$galley" --repo "$1" --as admin people add ed --name "Biên Tập" --email ed@x.vn --role editor >/dev/null
  for i in $(seq 1 "$articles"); do
    "$galley" --repo "$1" --as rep new "Bài số $i về đời sống địa phương" --body-file "$work/body.md" >/dev/null
  done
  "$galley" --repo "$1" list --format json | grep -o '"id": "[^"]*"' | cut -d'"' -f4 | sed -n "1,${runs}p" > "$1.ids"
  while read -r id; do "$galley" --repo "$1" --as rep submit "$id" >/dev/null; done < "$1.ids"
}

time_approvals() { # $1 = path
  while read -r id; do
    start=$(now_ms); "$galley" --repo "$1" --as ed approve "$id" >/dev/null; end=$(now_ms)
    echo $((end - start))
  done < "$1.ids" | median
}

printf 'Đoạn văn mẫu của bài viết, có dấu tiếng Việt.\n\nĐoạn thứ hai.\n' > "$work/body.md"
echo "generating $articles articles in each newsroom…" >&2
make_newsroom "$work/bare" --bare
make_newsroom "$work/tree" ""
bare=$(time_approvals "$work/bare")
tree=$(time_approvals "$work/tree")

# Baseline: the same kind of one-file change with plain git in the work tree.
cd "$work/tree"
baseline=$(for i in $(seq 1 "$runs"); do
  f=$(sed -n "${i}p" "$work/tree.ids"); p=$(ls articles/*/*/*/"$f"/index.md)
  echo "edit $i" >> "$p"
  start=$(now_ms); git add "$p" && git commit -qm "baseline $i"; end=$(now_ms)
  echo $((end - start))
done | median)

printf '%-44s %8s\n' "operation ($articles articles, median of $runs)" "ms"
printf '%-44s %8s\n' "galley approve, bare repository" "$bare"
printf '%-44s %8s\n' "galley approve, work tree" "$tree"
printf '%-44s %8s\n' "git add + git commit (baseline)" "$baseline"
