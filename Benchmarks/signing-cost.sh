#!/usr/bin/env bash
# What signing adds to one transition, and to verify.
# Three bare newsrooms take the same steps (`new`, then `submit`, for N
# articles): unsigned, signed natively (swift-crypto, unencrypted ed25519 key),
# and signed through `ssh-keygen -Y sign` (GALLEY_SIGN_WITH=ssh-keygen, the
# fallback for passphrase/agent keys). Prints the median wall time of one
# `galley submit` process per mode, then `galley verify` over each history
# (commits per second, with and without signature checks).
# Usage: Benchmarks/signing-cost.sh [ARTICLES]   (GALLEY=path/to/galley skips the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-200}
source Benchmarks/common.sh
unset GALLEY_SIGNING_KEY GALLEY_SIGN_WITH GALLEY_USER

for who in admin rep; do ssh-keygen -q -t ed25519 -N "" -C "$who" -f "$work/$who"; done
printf 'Đoạn văn mẫu của bài viết, có dấu tiếng Việt.\n' > "$work/body.md"

# $1 = mode (none|native|ssh-keygen); prints the median µs of `submit`, leaves $work/$1.git
run_mode() {
  local repo="$work/$1.git" sign_with="" key_rep="" key_admin=""
  [ "$1" = ssh-keygen ] && sign_with=ssh-keygen
  [ "$1" != none ] && key_rep="$work/rep" && key_admin="$work/admin"
  "$galley" init "$repo" --bare --admin admin --admin-name Admin >/dev/null
  "$galley" --repo "$repo" --as admin people key add admin "$work/admin.pub" >/dev/null
  "$galley" --repo "$repo" --as admin people add rep --name "Phóng Viên" --email rep@x.vn --role reporter --key "$work/rep.pub" >/dev/null
  if [ "$1" != none ]; then
    GALLEY_SIGNING_KEY="$key_admin" "$galley" --repo "$repo" --as admin config set signing required >/dev/null
  fi
  for i in $(seq 1 "$articles"); do
    GALLEY_SIGNING_KEY="$key_rep" GALLEY_SIGN_WITH="$sign_with" \
      "$galley" --repo "$repo" --as rep new "Bài số $i" --body-file "$work/body.md" >> "$repo.ids"
  done
  while read -r id; do
    start=$(now_us)
    GALLEY_SIGNING_KEY="$key_rep" GALLEY_SIGN_WITH="$sign_with" "$galley" --repo "$repo" --as rep submit "$id" >/dev/null
    end=$(now_us)
    echo $((end - start))
  done < "$repo.ids" | median
}

verify_rate() { # $1 = repo; prints "commits  ms  commits/s"
  local start end out
  start=$(now_us); out=$("$galley" --repo "$1" verify); end=$(now_us)
  commits=$(echo "$out" | grep -o '[0-9]* commits' | head -1 | cut -d' ' -f1)
  echo "$commits $(( (end - start) / 1000 )) $(( commits * 1000000 / (end - start) ))"
}

echo "taking $articles new + submit steps in each of three newsrooms…" >&2
none=$(run_mode none); native=$(run_mode native); external=$(run_mode ssh-keygen)
printf '%-52s %10s\n' "galley submit, bare, median of $articles" "ms"
printf '%-52s %10.2f\n' "unsigned" "$(echo "$none / 1000" | bc -l)"
printf '%-52s %10.2f\n' "signed natively (swift-crypto)" "$(echo "$native / 1000" | bc -l)"
printf '%-52s %10.2f\n' "signed with ssh-keygen -Y sign" "$(echo "$external / 1000" | bc -l)"
printf '%-52s %10.2f\n' "cost of signing, native" "$(echo "($native - $none) / 1000" | bc -l)"
printf '%-52s %10.2f\n' "cost of signing, ssh-keygen" "$(echo "($external - $none) / 1000" | bc -l)"
echo
printf '%-40s %8s %8s %10s\n' "galley verify" "commits" "ms" "commits/s"
read -r c ms rate < <(verify_rate "$work/none.git"); printf '%-40s %8s %8s %10s\n' "unsigned history" "$c" "$ms" "$rate"
read -r c ms rate < <(verify_rate "$work/native.git"); printf '%-40s %8s %8s %10s\n' "signed history (signatures checked)" "$c" "$ms" "$rate"
