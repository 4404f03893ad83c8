#!/usr/bin/env bash
# Idle cost of a running daemon with its container: RSS and PSS of the
# daemon and of the container's init, and context switches of every daemon
# thread over a quiet interval. Also prints the size of the release binary.
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

init=$(pgrep -P "$pid" | head -n1 || true)
before=$(switches "$pid")
sleep "$quiet"
after=$(switches "$pid")
echo "binary: $(stat -c %s "$bin") bytes ($bin)"
echo "daemon: $(memory "$pid") threads=$(ls /proc/$pid/task | wc -l)"
if [ -n "$init" ]; then
    echo "container init (pid $init): $(memory "$init")"
fi
echo "context switches over ${quiet}s idle: $((after - before))"
