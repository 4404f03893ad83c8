#!/usr/bin/env bash
# Idle cost of a running daemon with its container: RSS and PSS of the
# daemon and of the container's init, and context switches of the daemon,
# the init and the spawner over a quiet interval. The interval starts once
# the daemon is down to its loop thread (pool threads exit 30 s after their
# last job). Also prints the size of the release binary.
#
# Usage: benches/idle.sh [SECONDS]   (default 60; run as root)
set -euo pipefail
cd "$(dirname "$0")/.."
quiet=${1:-60}
bin=${GUESTD_BIN:-target/release/guestd}
[ -x "$bin" ] || cargo build --offline --release >/dev/null
work=$(mktemp -d /tmp/guestd-idle.XXXXXX)
"$bin" serve --listen "unix:$work/api.sock" --state-dir "$work/state" \
    --run-dir "$work/run" --log-level warn 2>"$work/log" &
pid=$!
cleanup() {
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 100); do [ -S "$work/api.sock" ] && break; sleep 0.05; done
sleep 1

switches() {
    local total=0 task v n
    for task in /proc/"$1"/task/*; do
        v=$(awk '/^voluntary_ctxt_switches/ {print $2}' "$task/status")
        n=$(awk '/^nonvoluntary_ctxt_switches/ {print $2}' "$task/status")
        total=$((total + v + n))
    done
    echo "$total"
}
memory() {
    awk '/^Rss:/ {r=$2} /^Pss:/ {p=$2} END {printf "rss_kib=%s pss_kib=%s", r, p}' "/proc/$1/smaps_rollup"
}

for _ in $(seq 45); do
    [ "$(ls /proc/$pid/task | wc -l)" -eq 1 ] && break
    sleep 1
done
children=$(pgrep -P "$pid" | tr '\n' ' ')
init=$(pgrep -f -P "$pid" __container-init | head -n1 || true)
total_switches() {
    local sum=0 p
    for p in "$pid" $children; do sum=$((sum + $(switches "$p"))); done
    echo "$sum"
}
before=$(total_switches)
sleep "$quiet"
after=$(total_switches)
echo "binary: $(stat -c %s "$bin") bytes ($bin)"
echo "daemon: $(memory "$pid") threads=$(ls /proc/$pid/task | wc -l)"
if [ -n "$init" ]; then
    echo "container init (pid $init): $(memory "$init")"
fi
echo "context switches of daemon, init and spawner over ${quiet}s idle: $((after - before))"
