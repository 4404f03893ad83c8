#!/usr/bin/env bash
# Memory that a daemon keeps after a checkpoint. For each given build, the
# script starts `guestd serve` with its container, and user code writes six
# files of 25 MB of random bytes (150 MB). Then `guestd checkpoint create
# --wait` stores them in the default `dir:` store. The script prints the wall time of
# the checkpoint, the daemon's anonymous resident memory (RssAnon) before
# and after it, and its peak RSS (VmHWM). Builds alternate, ROUNDS times
# each.
#
# Usage: benches/checkpoint_rss.sh [BINARY...]   (run as root; default
#        target/release/guestd; ROUNDS sets the rounds, default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
bins=("$@")
if [ ${#bins[@]} -eq 0 ]; then
    [ -x target/release/guestd ] || cargo build --offline --release >/dev/null
    bins=(target/release/guestd)
fi
work=$(mktemp -d /tmp/guestd-checkpoint-rss.XXXXXX)
pid=
cleanup() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

field() { awk -v name="$1:" '$1 == name {print $2}' "/proc/$pid/status"; }

measure() {
    local bin=$1 api="unix:$work/run/api.sock"
    rm -rf "$work/state" "$work/run"
    "$bin" serve --listen "$api" --state-dir "$work/state" --run-dir "$work/run" \
        --log-level warn 2>"$work/log" &
    pid=$!
    for _ in $(seq 200); do "$bin" --api "$api" status >/dev/null 2>&1 && break; sleep 0.05; done
    sleep 1
    local idle
    idle=$(field RssAnon)
    "$bin" --api "$api" exec -- sh -c \
        'for i in 1 2 3 4 5 6; do head -c 25000000 /dev/urandom > /srv/rss-$i; done'
    local started ended
    started=$(date +%s%3N)
    "$bin" --api "$api" checkpoint create --wait >/dev/null 2>&1
    ended=$(date +%s%3N)
    echo "$bin: checkpoint $((ended - started)) ms, RssAnon $idle KiB idle," \
        "$(field RssAnon) KiB after, peak RSS $(field VmHWM) KiB"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    pid=
}

for _ in $(seq "${ROUNDS:-3}"); do
    for bin in "${bins[@]}"; do measure "$bin"; done
done
