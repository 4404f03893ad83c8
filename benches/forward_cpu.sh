#!/usr/bin/env bash
# CPU per byte of every process on a forwarded path: the iperf3 client,
# the iperf3 server and the forwarder, for direct loopback, haproxy (mode
# tcp, option splice-auto) and guestd (--network host --publish). Each
# figure is CPU seconds (run time from /proc/PID/task/*/schedstat for the
# server and forwarder, user + system time for the client) over gigabytes
# received. Softirq work is charged to whichever process runs when it
# happens, so the split between processes moves from run to run. The
# total is the figure to compare.
#
# Usage (as root): [GUESTD_BIN=PATH] benches/forward_cpu.sh [SECONDS] [ROUNDS]
# Needs iperf3, haproxy, python3 and GNU time. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-3}
ROUNDS=${2:-2}
if [ -z "${GUESTD_BIN:-}" ]; then cargo build --release --offline --quiet; fi
GUESTD=${GUESTD_BIN:-$PWD/target/release/guestd}
WORK=$(mktemp -d /tmp/guestd-forward-cpu.XXXXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

SERVER_PORT=25601
declare -A PORT=([direct]=$SERVER_PORT [haproxy]=25602 [guestd]=25603)
iperf3 -s -B 127.0.0.1 -p $SERVER_PORT >/dev/null 2>&1 & PIDS+=($!)
SERVER=$!
cat >"$WORK/haproxy.cfg" <<CFG
global
    maxconn 4000
defaults
    mode tcp
    timeout connect 5s
    timeout client 60s
    timeout server 60s
    option splice-auto
listen fwd
    bind 127.0.0.1:${PORT[haproxy]}
    server s 127.0.0.1:$SERVER_PORT
CFG
haproxy -q -f "$WORK/haproxy.cfg" & PIDS+=($!)
declare -A PROXY=([haproxy]=$!)
"$GUESTD" serve --listen "unix:$WORK/api.sock" --state-dir "$WORK/state" --run-dir "$WORK/run" \
    --network host --log-level warn --publish "${PORT[guestd]}:$SERVER_PORT" & PIDS+=($!)
PROXY[guestd]=$!
sleep 1

run_ns() { # pid -> nanoseconds run by all its threads
    local sum=0 task
    for task in /proc/"$1"/task/*; do sum=$((sum + $(cut -d' ' -f1 "$task/schedstat"))); done
    echo "$sum"
}

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| round | path | streams | Gbit/s | client s/GB | server s/GB | forwarder s/GB | total s/GB |"
echo "|---|---|---|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
    for streams in 1 8; do
        for path in direct haproxy guestd; do
            proxy=${PROXY[$path]:-}
            proxy0=0; if [ -n "$proxy" ]; then proxy0=$(run_ns "$proxy"); fi
            server0=$(run_ns "$SERVER")
            client=$({ /usr/bin/time -f "%U %S" iperf3 -c 127.0.0.1 -p "${PORT[$path]}" -P "$streams" \
                -t "$SECONDS_PER_RUN" -J >"$WORK/report.json"; } 2>&1 | tail -1)
            proxy1=0; if [ -n "$proxy" ]; then proxy1=$(run_ns "$proxy"); fi
            server1=$(run_ns "$SERVER")
            python3 - "$WORK/report.json" "$client" $((proxy1 - proxy0)) $((server1 - server0)) \
                "$round" "$path" "$streams" <<'PY'
import json, sys
end = json.load(open(sys.argv[1]))["end"]["sum_received"]
gb = end["bytes"] / 1e9
user, system = map(float, sys.argv[2].split())
client, proxy, server = user + system, int(sys.argv[3]) / 1e9, int(sys.argv[4]) / 1e9
forwarder = f"{proxy / gb:.3f}" if proxy else ""
print(f"| {sys.argv[5]} | {sys.argv[6]} | {sys.argv[7]} | {end['bits_per_second'] / 1e9:.2f} | "
      f"{client / gb:.3f} | {server / gb:.3f} | {forwarder} | {(client + server + proxy) / gb:.3f} |")
PY
        done
    done
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
