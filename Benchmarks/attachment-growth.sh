#!/usr/bin/env bash
# What photos do to a newsroom repository (issue 12): builds DAYS days of a
# paper — ARTICLES articles a day, each with PHOTOS photos of PHOTO_KB KB
# (random bytes behind a JPEG signature: like real JPEGs, they neither
# compress nor delta) — through the real galley CLI, then measures clone,
# one-step sync, verify and git gc, with and without photos in the same run,
# and the size on disk. Ten years is extrapolated linearly from the figures
# (every cost here grows with the bytes or the commits).
# Usage: Benchmarks/attachment-growth.sh [DAYS] [ARTICLES] [PHOTOS] [PHOTO_KB]
set -euo pipefail
cd "$(dirname "$0")/.."
days=${1:-5} per_day=${2:-30} photos=${3:-3} photo_kb=${4:-500}
source Benchmarks/common.sh

build() {  # build NAME WITH_PHOTOS
  local repo="$work/$1.git" with=$2
  GALLEY_LANG=en "$galley" init "$repo" --bare --admin quantri --admin-name "Quản Trị" --admin-email qt@example.vn --name "Báo" >/dev/null
  local g=("$galley" --repo "$repo")
  "${g[@]}" --as quantri people add pv --name "Phóng Viên" --email pv@example.vn --role reporter >/dev/null
  "${g[@]}" --as quantri people add bt --name "Biên Tập" --email bt@example.vn --role editor >/dev/null
  "${g[@]}" --as quantri people add tbt --name "Tổng Biên Tập" --email tbt@example.vn --role chief >/dev/null
  printf 'Đoạn một của bài.\n\nĐoạn hai, có số liệu.\n' >"$work/body.md"
  local n=0
  for ((d = 0; d < days; d++)); do
    for ((a = 0; a < per_day; a++)); do
      n=$((n + 1))
      local id
      id=$("${g[@]}" --as pv new "Bài số $n ngày $d" --body-file "$work/body.md")
      if [ "$with" = 1 ]; then
        for ((p = 1; p <= photos; p++)); do
          { printf '\xff\xd8\xff\xe0\x00\x10JFIF'; head -c $((photo_kb * 1024 - 10)) /dev/urandom; } >"$work/anh-$p.jpg"
          "${g[@]}" --as pv attach "$id" "$work/anh-$p.jpg" --caption "Ảnh $p" --credit "Ảnh: PV" >/dev/null
        done
      fi
      for step in "submit pv" "approve bt" "approve tbt" "publish tbt"; do
        set -- $step
        "${g[@]}" --as "$2" "$1" "$id" >/dev/null
      done
    done
  done
}

ms() { local start end; start=$(now_ms); "$@" >/dev/null 2>&1; end=$(now_ms); echo $((end - start)); }
size_mb() { du -sm "$1" | cut -f1; }

echo "building $days days × $per_day articles (with and without $photos photos of $photo_kb KB each)…" >&2
build plain 0
build photos 1

printf '%-34s %12s %12s\n' "figure ($days days)" "no photos" "with photos"
row() { printf '%-34s %12s %12s\n' "$1" "$2" "$3"; }
row "repository on disk (MB)" "$(size_mb "$work/plain.git")" "$(size_mb "$work/photos.git")"
row "commits" "$(git --git-dir "$work/plain.git" rev-list --count main)" "$(git --git-dir "$work/photos.git" rev-list --count main)"
row "galley clone (ms)" "$(ms "$galley" clone "$work/plain.git" "$work/c-plain")" "$(ms "$galley" clone "$work/photos.git" "$work/c-photos")"
row "git clone --bare (ms)" "$(ms git clone -q --bare "$work/plain.git" "$work/g-plain.git")" "$(ms git clone -q --bare "$work/photos.git" "$work/g-photos.git")"
row "galley verify (ms)" "$(ms "$galley" --repo "$work/plain.git" verify)" "$(ms "$galley" --repo "$work/photos.git" verify)"
row "git log --raw (ms)" "$(ms git --git-dir "$work/plain.git" log --raw --no-abbrev)" "$(ms git --git-dir "$work/photos.git" log --raw --no-abbrev)"
for kind in plain photos; do  # one more step on the clone, then sync it
  id=$("$galley" --repo "$work/c-$kind" list --format csv | sed -n 2p | cut -d, -f1)
  "$galley" --repo "$work/c-$kind" --as tbt retract "$id" -m "Sai số liệu" >/dev/null
done
row "galley sync, one step (ms)" "$(ms "$galley" --repo "$work/c-plain" sync)" "$(ms "$galley" --repo "$work/c-photos" sync)"
row "git gc (ms)" "$(ms git --git-dir "$work/g-plain.git" gc -q)" "$(ms git --git-dir "$work/g-photos.git" gc -q)"
row "  packed size after gc (MB)" "$(size_mb "$work/g-plain.git")" "$(size_mb "$work/g-photos.git")"
cp -r "$work/photos.git" "$work/nodelta.git"
printf '*.jpg -delta\n*.jpeg -delta\n*.png -delta\n*.webp -delta\n*.gif -delta\n*.pdf -delta\n' >"$work/nodelta.git/info/attributes"
row "git gc, photos -delta (ms)" "-" "$(ms git --git-dir "$work/nodelta.git" gc -q)"
row "git gc --aggressive (ms)" "$(ms git --git-dir "$work/g-plain.git" gc -q --aggressive)" "$(ms git --git-dir "$work/g-photos.git" gc -q --aggressive)"
years=$((3650 / days))
echo "ten years ≈ ${years}× these figures: $((years * $(size_mb "$work/photos.git") / 1024)) GB of photos and text"
