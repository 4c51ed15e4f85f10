# Shared by the focused benchmark scripts (source it from the repository root):
# the galley binary ($GALLEY, else a release build from scripts/build-release),
# a scratch folder removed on exit, a private git identity, and the timing helpers.
galley=${GALLEY:-}
if [ -z "$galley" ]; then
  galley="$(scripts/build-release --product galley)/galley"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work" GIT_CONFIG_NOSYSTEM=1
git config --global user.name Bench && git config --global user.email bench@example.invalid

now_ms() { date +%s%N | cut -b1-13; }
now_us() { date +%s%N | cut -b1-16; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
