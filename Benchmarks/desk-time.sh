#!/usr/bin/env bash
# The web desk's figures (issues 14 and 15) on an existing newsroom: starts `galley serve` on a
# free 127.0.0.1 port, gives PERSON a password (as the admin quantri), signs in like a browser
# (the sign-in form's csrf token and cookie), then times, from a client on loopback, the queue
# page and the page of ARTICLE: RUNS requests each over one kept-alive connection (curl's
# time_total of each transfer: the server's time plus a loopback round trip, no process start),
# median in ms. Then `wrk` reads the article page with 32 connections for SECONDS: requests
# per second and the 99th percentile latency in ms. Prints `name<TAB>value` lines:
#   queue_ms, article_ms, wrk_rps, wrk_p99_ms
# The caller (galley-bench) puts them in its table. wrk is installed with apt-get when missing.
# Usage: GALLEY=PATH Benchmarks/desk-time.sh REPO PERSON ARTICLE [RUNS] [SECONDS]
set -euo pipefail
repo=$1
person=$2
article=$3
runs=${4:-21}
seconds=${5:-10}
galley=${GALLEY:?desk-time: set GALLEY to the galley binary}
note() { echo "desk-time: $*" >&2; }
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get install -y -qq wrk >/dev/null 2>&1 || note "wrk is missing and could not be installed: no wrk figures"
fi
work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

password="mật khẩu đo hiệu năng $$"
printf '%s\n' "$password" | "$galley" --repo "$repo" --as quantri people password "$person" --stdin >/dev/null
GALLEY_LANG=en "$galley" --repo "$repo" serve --listen 127.0.0.1:0 >"$work/serve.out" 2>&1 &
server=$!
base=""
for _ in $(seq 1 600); do
  base=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.out" | head -1 || true)
  [ -n "$base" ] && break
  kill -0 "$server" 2>/dev/null || { note "galley serve stopped: $(cat "$work/serve.out")"; exit 1; }
  sleep 0.1
done
[ -n "$base" ] || { note "galley serve printed no address"; exit 1; }

jar="$work/cookies"
csrf=$(curl -s -c "$jar" "$base/signin" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
[ -n "$csrf" ] || { note "no csrf token on the sign-in page"; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" --data-urlencode "csrf=$csrf" \
  --data-urlencode "person=$person" --data-urlencode "password=$password" "$base/signin")
[ "$status" = 303 ] || [ "$status" = 302 ] || { note "sign-in answered $status"; exit 1; }
session=$(awk '$6 == "galley_session" {print $7}' "$jar")
[ -n "$session" ] || { note "no session cookie after signing in"; exit 1; }

# Each page once untimed (warms the index and the rules), then RUNS times on one connection.
time_page() { # PATH
  local urls=()
  for _ in $(seq 1 "$runs"); do urls+=(-o /dev/null "$base$1"); done
  local codes
  codes=$(curl -s -o /dev/null -b "galley_session=$session" -w '%{http_code}\n' "$base$1")
  [ "$codes" = 200 ] || { note "$1 answered $codes"; exit 1; }
  curl -s -b "galley_session=$session" -w '%{time_total}\n' "${urls[@]}" |
    sort -n | awk '{a[NR]=$1} END {printf "%.2f", 1000 * (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}
printf 'queue_ms\t%s\n' "$(time_page /queue)"
printf 'article_ms\t%s\n' "$(time_page "/articles/$article")"

if command -v wrk >/dev/null; then
  wrk -t 2 -c 32 -d "${seconds}s" --latency -H "Cookie: galley_session=$session" "$base/articles/$article" >"$work/wrk.out"
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "Requests/sec:" { printf "wrk_rps\t%s\n", $2 }
    $1 == "99%" { printf "wrk_p99_ms\t%.2f\n", ms($2) }
    /Non-2xx/ { printf "wrk_errors\t%s\n", $NF }' "$work/wrk.out"
fi
