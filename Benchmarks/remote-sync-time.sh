#!/usr/bin/env bash
# `galley sync` over the servers a newsroom runs (issue 11), against plain `git push` of the
# same commits to the same server in the same run: HTTPS through nginx (basic auth, a CA made
# here) + fcgiwrap + git-http-backend, and ssh through sshd with `galley ssh-entry`; the central
# repository has the pre-receive hook, which knows the pusher. 1 and 100 local steps. Then what
# the hook adds to a one-step push over HTTPS (git push with and without it). Medians in ms.
# Needs nginx, fcgiwrap, openssh-server and openssl (scripts/test installs them).
# Usage: Benchmarks/remote-sync-time.sh [RUNS]   (GALLEY=path/to/galley skips the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
source Benchmarks/common.sh
deploy="$PWD/deploy"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
close_fds() { for fd in /proc/$$/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] 2>/dev/null && eval "exec $n>&-"; done 2>/dev/null; }
pids=()
cleanup() { for pid in "${pids[@]}"; do kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

mkdir -p "$work/srv" "$work/nginx/logs" "$work/nginx/temp" "$work/nginx/conf" "$work/sshd" "$work/.ssh"
"$galley" init "$work/seed.git" --bare --admin admin --admin-name Admin >/dev/null
"$galley" --repo "$work/seed.git" --as admin people add rep --name "Phóng Viên" --email rep@x.vn --role reporter >/dev/null
"$galley" hook install "$work/seed.git" >/dev/null
printf 'Đoạn một.\n\nĐoạn hai.\n' > "$work/body.md"
central="$work/srv/central.git"

# HTTPS: a CA, a certificate for 127.0.0.1, a password for rep, git's credential store.
conf="$work/nginx/conf"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$conf/ca.key" -out "$conf/ca.crt" -days 2 -subj "/CN=Bench CA" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout "$conf/server.key" -out "$conf/server.csr" -subj "/CN=127.0.0.1" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:127.0.0.1\n' > "$conf/ext"
openssl x509 -req -in "$conf/server.csr" -CA "$conf/ca.crt" -CAkey "$conf/ca.key" -CAcreateserial -out "$conf/server.crt" \
  -days 2 -extfile "$conf/ext" 2>/dev/null
printf 'rep:%s\n' "$(openssl passwd -apr1 bench-password)" > "$conf/htpasswd"
cp /etc/nginx/fastcgi_params "$deploy/nginx/galley-git-location.conf" "$conf/"
https_port=$(free_port)
user=""; [ "$(id -u)" -eq 0 ] && user="user root;"
cat > "$conf/nginx.conf" <<NGINX
$user
worker_processes 1;
pid $work/nginx/logs/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path $work/nginx/temp/body; fastcgi_temp_path $work/nginx/temp/fastcgi;
  proxy_temp_path $work/nginx/temp/proxy; uwsgi_temp_path $work/nginx/temp/uwsgi; scgi_temp_path $work/nginx/temp/scgi;
  server {
    listen 127.0.0.1:$https_port ssl;
    ssl_certificate $conf/server.crt; ssl_certificate_key $conf/server.key;
    auth_basic "bench"; auth_basic_user_file $conf/htpasswd;
    set \$galley_git_root $work/srv;
    set \$galley_fcgiwrap unix:$work/nginx/fcgiwrap.socket;
    include galley-git-location.conf;
  }
}
NGINX
( close_fds; setsid /usr/sbin/fcgiwrap -c 4 -s "unix:$work/nginx/fcgiwrap.socket" </dev/null >/dev/null 2>&1 & echo $! > "$work/nginx/fcgiwrap.pid" )
pids+=("$(cat "$work/nginx/fcgiwrap.pid")")
for _ in $(seq 50); do [ -S "$work/nginx/fcgiwrap.socket" ] && break; sleep 0.1; done
( close_fds; /usr/sbin/nginx -p "$work/nginx" -c "$conf/nginx.conf" -e "$work/nginx/logs/error.log" )
for _ in $(seq 50); do [ -s "$work/nginx/logs/nginx.pid" ] && break; sleep 0.1; done
pids+=("$(cat "$work/nginx/logs/nginx.pid")")
git config --global credential.helper store
printf 'https://rep:bench-password@127.0.0.1:%s\n' "$https_port" > "$HOME/.git-credentials"
export GIT_SSL_CAINFO="$conf/ca.crt" GIT_TERMINAL_PROMPT=0
https_url="https://rep@127.0.0.1:$https_port/git/central.git"

# ssh: rep's key bound to rep by galley ssh-entry.
ssh_port=$(free_port)
ssh-keygen -q -t ed25519 -N "" -f "$work/sshd/host" && ssh-keygen -q -t ed25519 -N "" -f "$work/sshd/rep"
printf 'command="%s ssh-entry --person rep %s",restrict %s\n' "$galley" "$central" "$(cat "$work/sshd/rep.pub")" > "$work/sshd/authorized_keys"
mkdir -p /run/sshd
cat > "$work/sshd/config" <<SSHD
Port $ssh_port
ListenAddress 127.0.0.1
HostKey $work/sshd/host
AuthorizedKeysFile $work/sshd/authorized_keys
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
StrictModes no
UsePAM no
PidFile $work/sshd/pid
SSHD
( close_fds; /usr/sbin/sshd -f "$work/sshd/config" -E "$work/sshd/log" )
for _ in $(seq 50); do [ -s "$work/sshd/pid" ] && break; sleep 0.1; done
pids+=("$(cat "$work/sshd/pid")")
printf '[127.0.0.1]:%s %s\n' "$ssh_port" "$(cut -d' ' -f1,2 "$work/sshd/host.pub")" > "$HOME/.ssh/known_hosts"
export GALLEY_SSH_KEY="$work/sshd/rep"
git config --global core.sshCommand "ssh -i $work/sshd/rep -o BatchMode=yes -o UserKnownHostsFile=$HOME/.ssh/known_hosts"
ssh_url="ssh://$(id -un)@127.0.0.1:$ssh_port$central"

fresh_central() { rm -rf "$central"; cp -a "$work/seed.git" "$central"; [ "${1:-with}" = with ] || rm -f "$central/hooks/pre-receive"; }

# $1 = url, $2 = local steps, $3 = galley | git. Each run: a fresh central, a clone with N new steps, then the timed sync or push.
measure() {
  for run in $(seq 1 "$runs"); do
    fresh_central
    local clone="$work/clone-$run.git"
    rm -rf "$clone"
    "$galley" clone "$1" "$clone" >/dev/null
    for i in $(seq 1 "$2"); do "$galley" --repo "$clone" --as rep new "Bài $run-$i" --body-file "$work/body.md" >/dev/null; done
    local start; start=$(now_ms)
    if [ "$3" = galley ]; then "$galley" --repo "$clone" sync >/dev/null; else git -C "$clone" push -q origin main; fi
    echo $(( $(now_ms) - start ))
    [ "$(git -C "$central" rev-parse main)" = "$(git -C "$clone" rev-parse main)" ] || { echo "remote-sync-time: $3 did not land" >&2; exit 1; }
  done | median
}

# What the hook adds: the same one-step git push over HTTPS with and without it.
measure_hook() {
  for run in $(seq 1 "$runs"); do
    local clone="$work/hook-$run.git"
    rm -rf "$clone"
    fresh_central with
    "$galley" clone "$https_url" "$clone" >/dev/null
    "$galley" --repo "$clone" --as rep new "Bài $run" --body-file "$work/body.md" >/dev/null
    fresh_central "$1"
    local start; start=$(now_ms)
    git -C "$clone" push -q origin main
    echo $(( $(now_ms) - start ))
  done | median
}

printf '%-20s %6s %16s %14s\n' "remote" "steps" "galley sync ms" "git push ms"
for steps in 1 100; do
  printf '%-20s %6s %16s %14s\n' "https (nginx)" "$steps" "$(measure "$https_url" "$steps" galley)" "$(measure "$https_url" "$steps" git)"
  printf '%-20s %6s %16s %14s\n' "ssh (ssh-entry)" "$steps" "$(measure "$ssh_url" "$steps" galley)" "$(measure "$ssh_url" "$steps" git)"
done
printf '%-38s %8s ms\n' "one-step https push with the hook" "$(measure_hook with)"
printf '%-38s %8s ms\n' "one-step https push without the hook" "$(measure_hook without)"
