#!/usr/bin/env bash
# Long listings (issue 15): whole `galley` processes that print thousands of
# articles from the derived index, against `git grep -l` of the same state in
# the same run. On one generated history (galley-history, ARTICLES articles
# over COMMITS commits; almost every article ends published, so the chief's
# queue --all — retract is open to them — is as long as the published list,
# while their queue holds only what waits on them), it times, interleaved,
# each command RUNS times:
#   galley list --state S           text and --format json, S = the largest state
#   galley list T                   T = the --state, or --state and --section,
#                                   whose count is nearest 100
#   galley --as btv01 queue         an editor (short: what is submitted)
#   galley --as tbt queue           the chief (short: what waits on them)
#   galley --as tbt queue --all     the chief (long: every step they may take), text and json
#   galley search dan --limit N     a word nearly every body holds, json
#   git grep -l '^state: S' HEAD -- articles   (the baseline; for T with --all-match)
# and prints one table: median ms, rows, µs per row, and git grep's time over
# the command's (>1: galley is faster; the short listings are set against
# git grep -l --all-match of T's lines). Per-row cost is also given at the
# margin, (ms of S − ms of T) / (rows of S − rows of T), which takes the
# process start-up and the fixed reads out; and in-process (galley-bench
# --listing: Newsroom.list, queue and search in one process, no start-up, no
# text or JSON rendering), which is the index's own cost.
#
# BASELINE_GALLEY=PATH also times the listings with another galley binary (an
# older revision) on a copy of the repository (its index has its own schema).
# GALLEY=PATH, GALLEY_HISTORY=PATH and GALLEY_BENCH=PATH use binaries already
# built; otherwise they come from scripts/build-release.
#
# Usage: Benchmarks/listing-time.sh [ARTICLES] [COMMITS]      (defaults 20000 100000)
#   RUNS=N   timed runs of each command (default 7)
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-20000}
commits=${2:-100000}
runs=${RUNS:-7}
case "$articles$commits$runs" in *[!0-9]*) echo "listing-time: ARTICLES, COMMITS and RUNS are numbers" >&2; exit 2 ;; esac
if [ -z "${GALLEY:-}" ] || [ -z "${GALLEY_HISTORY:-}" ] || [ -z "${GALLEY_BENCH:-}" ]; then
  bin="$(scripts/build-release --product galley --product galley-history --product galley-bench)"
  GALLEY=${GALLEY:-$bin/galley}
  GALLEY_HISTORY=${GALLEY_HISTORY:-$bin/galley-history}
  GALLEY_BENCH=${GALLEY_BENCH:-$bin/galley-bench}
fi
export GALLEY
source Benchmarks/common.sh
note() { echo "listing-time: $*" >&2; }

repo="$work/news.git"
note "generating $commits commits over $articles articles…"
git init -q --bare "$repo"
git -C "$repo" symbolic-ref HEAD refs/heads/main
"$GALLEY_HISTORY" --articles "$articles" --commits "$commits" | git -C "$repo" fast-import --quiet
git -C "$repo" repack -adq

# The first reading command builds the index from git; later ones only check that it is caught up.
start=$(now_ms); "$galley" --repo "$repo" list >/dev/null; end=$(now_ms)
index_ms=$((end - start))

# Rows per state and per state and section, from one full listing.
"$galley" --repo "$repo" list --format json | awk -F'"' '
  $2 == "state" { state = $4 }
  $2 == "section" { print state; print state " " ($4 == "" ? "-" : $4) }' | sort | uniq -c | sort -rn >"$work/counts"
note "articles per state: $(awk 'NF == 2 {printf "%s%s %s", (n++ ? ", " : ""), $2, $1}' "$work/counts")"
big=$(awk 'NF == 2 {print $2; exit}' "$work/counts")
# The short listing: the state, or state and section, whose count is nearest 100.
read -r small_state small_section < <(awk 'function d(n) { return n > 100 ? n / 100 : 100 / n }
  NR == 1 || d($1) < best {best = d($1); pick = $2 " " $3} END {print pick}' "$work/counts")
small="--state $small_state${small_section:+ --section $small_section}"
small_grep="-e ^state:.$small_state${small_section:+ -e ^section:.\"$small_section\"}"

# versus|name|command, versus = the git grep it is set against (long: of S, short: of T).
# Every command is timed in every round, so load from elsewhere falls on all alike.
commands=(
  "long|galley list --state $big|$galley --repo $repo list --state $big"
  "long|galley list --state $big --format json|$galley --repo $repo list --state $big --format json"
  "short|galley list $small|$galley --repo $repo list $small"
  "short|galley list $small --format json|$galley --repo $repo list $small --format json"
  "short|galley --as btv01 queue (editor)|$galley --repo $repo --as btv01 queue"
  "short|galley --as tbt queue (chief)|$galley --repo $repo --as tbt queue"
  "long|galley --as tbt queue --all (chief)|$galley --repo $repo --as tbt queue --all"
  "long|galley --as tbt queue --all --format json|$galley --repo $repo --as tbt queue --all --format json"
  "long|galley search dan --limit $articles --format json|$galley --repo $repo search dan --limit $articles --format json"
  "long|git grep -l '^state: $big' HEAD -- articles|git -C $repo grep -l ^state:.$big HEAD -- articles"
  "short|git grep -l --all-match (the lines of T)|git -C $repo grep -l --all-match $small_grep HEAD -- articles"
)
if [ -n "${BASELINE_GALLEY:-}" ]; then
  cp -a "$repo" "$work/baseline.git"
  rm -f "$work/baseline.git/galley-index.sqlite"
  "$BASELINE_GALLEY" --repo "$work/baseline.git" list >/dev/null
  commands+=(
    "long|baseline: galley list --state $big|$BASELINE_GALLEY --repo $work/baseline.git list --state $big"
    "long|baseline: galley list --state $big --format json|$BASELINE_GALLEY --repo $work/baseline.git list --state $big --format json"
    "short|baseline: galley list $small|$BASELINE_GALLEY --repo $work/baseline.git list $small"
    # Before issue 12 the chief's queue was the long one (queue --all now).
    "long|baseline: galley --as tbt queue (chief)|$BASELINE_GALLEY --repo $work/baseline.git --as tbt queue"
  )
fi
command_of() { local rest=${1#*|}; echo "${rest#*|}"; }

# Rows each command prints (json: one "id" per article; text: the lines below the header; grep: paths).
rows_of() { # COMMAND...
  local out
  out=$("$@")
  case "$*" in
    *" grep "*) printf '%s\n' "$out" | grep -c . ;;
    *json*) printf '%s\n' "$out" | grep -c '^    "id": ' ;;
    *) printf '%s\n' "$out" | awk 'NR > 1 && !/^\(no articles\)$/ && !/^Nothing waits/ && !/^  ↩ /' | grep -c . ;;
  esac
}
for i in "${!commands[@]}"; do
  # shellcheck disable=SC2046  # the command is split into words on purpose
  rows[$i]=$(rows_of $(command_of "${commands[$i]}") || true)
done

for ((run = 1; run <= runs; run++)); do
  note "timed run $run of $runs…"
  for i in "${!commands[@]}"; do
    start=$(now_us)
    # shellcheck disable=SC2046
    $(command_of "${commands[$i]}") >/dev/null
    end=$(now_us)
    echo $((end - start)) >>"$work/runs.$i"
  done
done

"$GALLEY_BENCH" --listing "$repo" --runs "$runs" >"$work/in-process"
for i in "${!commands[@]}"; do ms[$i]=$(median <"$work/runs.$i" | awk '{printf "%.1f", $1 / 1000}'); done
git_big=${ms[9]}
git_small=${ms[10]}
printf '%-58s %8s %7s %9s %8s\n' "command ($articles articles, $commits commits, median of $runs)" ms rows "µs/row" "git/cmd"
for i in "${!commands[@]}"; do
  rest=${commands[$i]#*|}
  name=${rest%%|*}
  case "${commands[$i]%%|*}" in short) git_ms=$git_small ;; *) git_ms=$git_big ;; esac
  awk -v n="$name" -v t="${ms[$i]}" -v r="${rows[$i]}" -v g="$git_ms" \
    'BEGIN { printf "%-58s %8.1f %7d %9.1f %7.2fx\n", n, t, r, (r > 0 ? 1000 * t / r : 0), (t > 0 ? g / t : 0) }'
done
while IFS=$'\t' read -r name count time; do
  awk -v n="in-process: $name" -v t="$time" -v r="$count" -v g="$git_big" \
    'BEGIN { printf "%-58s %8.1f %7d %9.2f %7.2fx\n", n, t, r, (r > 0 ? 1000 * t / r : 0), (t > 0 ? g / t : 0) }'
done <"$work/in-process"
awk -v tb="${ms[0]}" -v rb="${rows[0]}" -v ts="${ms[2]}" -v rs="${rows[2]}" -v jb="${ms[1]}" -v js="${ms[3]}" 'BEGIN {
  if (rb != rs) printf "marginal cost per row (list --state %s vs list %s): text %.2f µs, json %.2f µs\n", "'"$big"'", "'"$small"'",
    1000 * (tb - ts) / (rb - rs), 1000 * (jb - js) / (rb - rs)
}'
echo "index built from git by the first command: $index_ms ms"
