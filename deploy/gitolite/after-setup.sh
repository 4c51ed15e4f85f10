#!/bin/sh
# Run as the gitolite user once the repository exists (docs/deploy.md): gitolite leaves
# pre-receive free, so Galley's hook goes there and gitolite's own update hook stays.
set -eu
REPO="${1:-$HOME/repositories/toa-soan.git}"
git --git-dir "$REPO" symbolic-ref HEAD refs/heads/main
/usr/local/bin/galley hook install "$REPO"
