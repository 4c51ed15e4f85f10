#!/usr/bin/env bash
# verify's throughput and peak memory on one generated history, three ways in
# the same run: `galley verify` of the current checkout (which re-executes
# every step), `galley verify` of an older revision (BASELINE_REV, by default
# 6f22458, the last one before re-execution), and `git log --raw` over the same
# range as the floor. Each is the median of --runs timed runs (seconds and peak
# RSS from /usr/bin/time -f "%e %M"), the three interleaved so that load from
# elsewhere on the machine falls on all of them alike.
#
# The history comes from the current checkout's galley-history; both galley
# versions must verify it clean (exit 0), or the script stops. The older
# revision is built from a temporary `git worktree` inside the scratch folder
# (its own .build there, so nothing is left in the repository); the worktree
# is removed on exit. Builds run under `nice -n 10`, and are retried when
# someone edits a source file while they compile.
#
# Usage: Benchmarks/verify-throughput.sh [--runs N] [--baseline-rev REV] [COMMITS] [ARTICLES]
#   RUNS=N, BASELINE_REV=REV      the same as the options (defaults 3, 6f22458)
#   BASELINE_GALLEY=PATH          use this already built older galley instead of building REV
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

runs=${RUNS:-3}
baseline_rev=${BASELINE_REV:-6f22458}
positional=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --runs=*) runs=${1#--runs=}; shift ;;
    --baseline-rev) baseline_rev=$2; shift 2 ;;
    --baseline-rev=*) baseline_rev=${1#--baseline-rev=}; shift ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "verify-throughput: unknown option $1" >&2; exit 2 ;;
    *) positional+=("$1"); shift ;;
  esac
done
commits=${positional[0]:-100000}
articles=${positional[1]:-$((commits / 10))}
case "$runs" in ''|*[!0-9]*|0) echo "verify-throughput: --runs needs a positive number" >&2; exit 2 ;; esac
[ -x /usr/bin/time ] || { echo "verify-throughput: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

baseline_id="$(git -C "$root" rev-parse --verify --short "$baseline_rev^{commit}")"
current_id="$(git -C "$root" describe --always --dirty=+uncommitted)"

work="$(mktemp -d)"
worktree=""
cleanup() {
  if [ -n "$worktree" ]; then
    git -C "$root" worktree remove --force "$worktree" || echo "verify-throughput: could not remove worktree $worktree" >&2
  fi
  rm -rf "$work"
}
trap cleanup EXIT
note() { echo "verify-throughput: $*" >&2; }
build() { # DIR ARGS...: scripts/build-release in DIR; prints its bin folder
  local dir=$1 attempt
  shift
  for attempt in 1 2 3; do
    if (cd "$dir" && nice -n 10 scripts/build-release "$@") 2>"$work/build.log"; then
      grep -h 'complete!' "$work/build.log" >&2 || true
      return 0
    fi
    grep -q 'was modified during the build' "$work/build.log" || break
    note "a source file changed during the build; building again…"
  done
  tail -n 30 "$work/build.log" >&2
  echo "verify-throughput: FAILED: the build in $dir failed" >&2
  exit 1
}

# 1. The current checkout: galley and the history generator.
note "building galley and galley-history of the current checkout ($current_id)…"
bin="$(build "$root" --product galley --product galley-history)"
current="$bin/galley"

# 2. The older revision, in a worktree of its own.
if [ -n "${BASELINE_GALLEY:-}" ]; then
  baseline="$BASELINE_GALLEY"
  note "using BASELINE_GALLEY=$baseline as $baseline_id"
else
  worktree="$work/baseline-src"
  git -C "$root" worktree add --quiet --detach "$worktree" "$baseline_id"
  note "building galley at $baseline_id in $worktree (a full release build; minutes)…"
  baseline_bin="$(build "$worktree" --product galley)"
  baseline="$work/galley-$baseline_id"
  cp "$baseline_bin/galley" "$baseline"
fi

# 3. The history.
repo="$work/news.git"
note "generating $commits commits over $articles articles…"
git init -q --bare "$repo"
git -C "$repo" symbolic-ref HEAD refs/heads/main
"$bin/galley-history" --articles "$articles" --commits "$commits" | git -C "$repo" fast-import --quiet
git -C "$repo" repack -adq
count="$(git -C "$repo" rev-list --count main)"

# 4. Both versions must find it clean; this first pass also warms the page cache.
status=0
for which in current baseline; do
  exe=${!which}
  rc=0
  "$exe" --repo "$repo" verify >"$work/$which.verify" 2>&1 || rc=$?
  echo "galley verify ($which) exit code: $rc"
  if [ "$rc" -ne 0 ]; then
    echo "verify-throughput: FAILED: galley verify ($which) exited $rc on the generated history; first 20 lines:" >&2
    head -n 20 "$work/$which.verify" >&2
    status=1
  fi
done
[ "$status" -eq 0 ] || { echo "verify-throughput: FAILED: not measuring a history that does not verify clean" >&2; exit 1; }
git -C "$repo" log --raw --no-abbrev --format=%H%n%an%n%ae%n%B main >/dev/null

# 5. The timed runs, interleaved.
measure() { # NAME COMMAND...: appends "seconds peak_kb" to $work/NAME.runs
  local name=$1 rc=0
  shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "verify-throughput: FAILED: $name exited $rc in a timed run:" >&2
    head -n 20 "$work/err" >&2
    exit 1
  fi
  tail -n 1 "$work/time" >>"$work/$name.runs"
}
for ((i = 1; i <= runs; i++)); do
  note "timed run $i of $runs…"
  measure current "$current" --repo "$repo" verify
  measure baseline "$baseline" --repo "$repo" verify
  measure git git -C "$repo" log --raw --no-abbrev --format=%H%n%an%n%ae%n%B main
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for name in current baseline git; do
  note "$name runs (seconds peak_kb): $(tr '\n' ',' <"$work/$name.runs" | sed 's/,$//; s/,/, /g')"
  printf -v "${name}_s" '%s' "$(cut -d' ' -f1 "$work/$name.runs" | median)"
  printf -v "${name}_kb" '%s' "$(cut -d' ' -f2 "$work/$name.runs" | median)"
done

awk -v c="$count" -v r="$runs" -v cur="$current_id" -v base="$baseline_id" \
    -v cs="$current_s" -v ck="$current_kb" -v bs="$baseline_s" -v bk="$baseline_kb" -v gs="$git_s" -v gk="$git_kb" '
function rate(s) { return c / (s > 0 ? s : 0.01) }
BEGIN {
  printf "%-52s %9s %12s %9s\n", "command (" c " commits, median of " r ")", "seconds", "commits/s", "peak MB"
  printf "%-52s %9.2f %12.0f %9.1f\n", "galley verify, re-execution (" cur ")", cs, rate(cs), ck / 1024
  printf "%-52s %9.2f %12.0f %9.1f\n", "galley verify, before (" base ")", bs, rate(bs), bk / 1024
  printf "%-52s %9.2f %12.0f %9.1f\n", "git log --raw (baseline)", gs, rate(gs), gk / 1024
  printf "re-execution keeps %.1f%% of %s throughput (%.2fx its time)\n", 100 * rate(cs) / rate(bs), base, (bs > 0 ? cs / bs : 0)
  printf "ratio (git time / galley time): re-execution %.2fx, before %.2fx\n", (cs > 0 ? gs / cs : 0), (bs > 0 ? gs / bs : 0)
}'
