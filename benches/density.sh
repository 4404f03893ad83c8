#!/usr/bin/env bash
# Density: N idle guestd daemons on one machine, each with its own state
# dir, run dir and inner container, each running one idle service. Reports
# memory per instance (PSS of the daemon and of its container's init, which
# share the binary's pages) and wakeups per minute per instance over a
# quiet interval (voluntary plus involuntary context switches of every
# thread, from /proc/PID/task/*/status).
#
# Usage: benches/density.sh [N] [SECONDS]   (default 50 and 60; run as root)
# GUESTD_BIN picks the binary; default the static musl release build.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-50}
quiet=${2:-60}
bin=${GUESTD_BIN:-target/x86_64-unknown-linux-musl/release/guestd}
[ -x "$bin" ] || cargo build --offline --release --target x86_64-unknown-linux-musl >/dev/null
work=$(mktemp -d /tmp/guestd-density.XXXXXX)
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

for i in $(seq "$count"); do
    dir="$work/$i"
    mkdir -p "$dir"
    "$bin" serve --listen "unix:$dir/api.sock" --state-dir "$dir/state" \
        --run-dir "$dir/run" --name "d$i" --log-level warn 2>"$dir/log" &
    pids+=("$!")
done
for i in $(seq "$count"); do
    api="unix:$work/$i/api.sock"
    for _ in $(seq 200); do "$bin" --api "$api" status >/dev/null 2>&1 && break; sleep 0.1; done
    "$bin" --api "$api" service put idle -- sleep 1000000 >/dev/null
done
# Let start-up work (service start, first timers) settle.
sleep 5

switches() {
    local total=0 task v n
    for task in /proc/"$1"/task/*; do
        v=$(awk '/^voluntary_ctxt_switches/ {print $2}' "$task/status")
        n=$(awk '/^nonvoluntary_ctxt_switches/ {print $2}' "$task/status")
        total=$((total + v + n))
    done
    echo "$total"
}
pss() { awk '/^Pss:/ {print $2}' "/proc/$1/smaps_rollup"; }
rss() { awk '/^Rss:/ {print $2}' "/proc/$1/smaps_rollup"; }

before=0
for pid in "${pids[@]}"; do before=$((before + $(switches "$pid"))); done
sleep "$quiet"
after=0
daemon_pss=0 daemon_rss=0 init_pss=0 inits=0
for pid in "${pids[@]}"; do
    after=$((after + $(switches "$pid")))
    daemon_pss=$((daemon_pss + $(pss "$pid")))
    daemon_rss=$((daemon_rss + $(rss "$pid")))
    init=$(pgrep -P "$pid" | head -n1 || true)
    if [ -n "$init" ]; then
        init_pss=$((init_pss + $(pss "$init")))
        inits=$((inits + 1))
    fi
done
echo "binary: $bin ($(stat -c %s "$bin") bytes)"
echo "instances: $count daemons, $inits container inits, quiet interval ${quiet}s"
echo "daemon PSS per instance: $((daemon_pss / count)) KiB (RSS $((daemon_rss / count)) KiB)"
[ "$inits" -gt 0 ] && echo "container init PSS per instance: $((init_pss / inits)) KiB"
awk -v s="$((after - before))" -v n="$count" -v q="$quiet" \
    'BEGIN {printf "wakeups per minute per instance: %.2f (%d context switches in total)\n", s * 60 / q / n, s}'
