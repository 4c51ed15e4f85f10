#!/usr/bin/env bash
# Where one transition's instructions go (issue 15): runs one `galley approve` on a bare
# newsroom of N articles (default 200) under callgrind and prints the inclusive counts of the
# parts that matter: process start (the dynamic loader), the command line (ArgumentParser),
# the rules (YAML and the workflow), the article lookup, the write (index, trees, refs) and the
# Swift runtime's type lookups. Instruction counts do not depend on the machine's load, so
# they compare across runs where wall times on a shared machine do not.
# Needs valgrind (apt-get install valgrind). Release build unstripped, debug info removed
# (valgrind 3.19 cannot read the toolchain's DWARF 5).
# Usage: Benchmarks/transition-profile.sh [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-200}
command -v valgrind >/dev/null || { echo "transition-profile: needs valgrind (apt-get install valgrind)" >&2; exit 1; }
swift build -c release --static-swift-stdlib -Xswiftc -use-ld=lld --product galley >&2
built="$(swift build -c release --static-swift-stdlib -Xswiftc -use-ld=lld --show-bin-path)/galley"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work" GIT_CONFIG_NOSYSTEM=1
galley="$work/galley"
strip --strip-debug -o "$galley" "$built"
printf 'Đoạn một.\n\nĐoạn hai.\n' > "$work/body.md"
"$galley" init "$work/news.git" --bare --admin admin --admin-name Admin >/dev/null
"$galley" --repo "$work/news.git" --as admin people add rep --name "Phóng Viên" --email rep@x.vn --role reporter >/dev/null
"$galley" --repo "$work/news.git" --as admin people add ed --name "Biên Tập" --email ed@x.vn --role editor >/dev/null
for i in $(seq 1 "$articles"); do
  "$galley" --repo "$work/news.git" --as rep new "Bài số $i" --body-file "$work/body.md" >/dev/null
done
id=$("$galley" --repo "$work/news.git" list --format json | grep -o '"id": "[^"]*"' | head -1 | cut -d'"' -f4)
"$galley" --repo "$work/news.git" --as rep submit "$id" >/dev/null
valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$galley" --repo "$work/news.git" --as ed approve "$id" 2>/dev/null >/dev/null
callgrind_annotate --inclusive=yes "$work/cg.out" 2>/dev/null > "$work/annotated.txt"
total=$(grep -m1 "PROGRAM TOTALS" "$work/annotated.txt" | awk '{gsub(",","",$1); print $1}')
part() { # $1 = label, $2 = pattern of the function (first match, inclusive)
  local count
  count=$(grep -m1 -E "$2" "$work/annotated.txt" | awk '{gsub(",","",$1); print $1}')
  printf '%-44s %12s %6s\n' "$1" "${count:-0}" "$(awk -v c="${count:-0}" -v t="$total" 'BEGIN {printf "%.1f%%", 100*c/t}')"
}
printf '%-44s %12s %6s\n' "one approve ($articles articles, bare)" "instructions" "share"
printf '%-44s %12s %6s\n' "whole process" "$total" "100%"
part "dynamic loader (relocations, symbol lookup)" "rtld.c:_dl_start "
part "command line (ArgumentParser parseAsRoot)" "ParsableCommandPAAE11parseAsRoot"
part "global options in any position (before it)" "hoistingGlobalOptions"
part "article lookup (opens the snapshot below)" "ArticleReference.*resolve_2in2at"
part "rules in force (snapshot: YAML, workflow)" "NewsroomC8snapshot2at"
part "  of which: YAML parsing" "YAMLFileV4root"
part "  of which: workflow loading" "WorkflowLoaderO4load"
part "the step's write (semantics, index, trees)" "NewsroomC5write"
part "Swift runtime: protocol conformance lookups" "swift_conformsToProtocolMaybeInstantiateSuperclasses"
part "Swift runtime: types by mangled name" "swift_getTypeByMangledName "
