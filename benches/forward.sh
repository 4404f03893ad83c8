#!/usr/bin/env bash
# Port forwarding benchmark: throughput (iperf3, 1 and 8 streams), request
# round trip (sockperf ping-pong, 64-byte messages) and connection rate
# (benches/connrate.c) through four paths in one run:
#   direct   client -> server on loopback
#   socat    socat TCP-LISTEN ... fork  TCP:...
#   haproxy  mode tcp, option splice-auto (default threads)
#   guestd   guestd serve --network host --publish OUTER:INNER
# Each round measures every path, starting at a different one each round.
# The report gives per path the median over the rounds, and per proxy the
# median of its ratios to direct within the same round. It also gives CPU
# time per GB forwarded and peak RSS of guestd and haproxy.
#
# The round trip runs twice: with client, server and proxy all pinned to
# CPU 0, then unpinned. Unpinned, the figure mostly shows where the
# scheduler put the processes, not the proxy's work: on the development VM
# a wakeup on the other vCPU added about 40 µs to a direct round trip. The
# pinned figure is the one to judge the proxy by. Each path has its own
# connection-rate server port, so no path's connects meet the TIME_WAIT
# sockets another path left on the same address pair.
#
# Usage (as root, on an idle machine):
#   [GUESTD_BIN=PATH] benches/forward.sh [SECONDS] [ROUNDS]
# Needs iperf3, sockperf, socat, haproxy, gcc, python3. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-3}
ROUNDS=${2:-3}
PATHS=(direct socat haproxy guestd)

# GUESTD_BIN runs another build (an older commit, for a before/after).
if [ -z "${GUESTD_BIN:-}" ]; then cargo build --release --offline --quiet; fi
GUESTD=${GUESTD_BIN:-$PWD/target/release/guestd}
WORK=$(mktemp -d /tmp/guestd-forward-bench.XXXXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

gcc -O2 -pthread -o "$WORK/connrate" benches/connrate.c

# Ports: path base + 1 iperf3, + 2 sockperf, + 3 connection rate. Proxies
# reach the shared iperf3 and sockperf servers, and a connection-rate
# server of their own at their base + 13.
IPERF=25201 SOCKPERF=25202
declare -A BASE=([direct]=25200 [socat]=25300 [haproxy]=25400 [guestd]=25500)
target_port() { # path offset
    case $2 in
        1) echo $IPERF ;;
        2) echo $SOCKPERF ;;
        3) if [ "$1" = direct ]; then echo 25203; else echo $((BASE[$1] + 13)); fi ;;
    esac
}

iperf3 -s -B 127.0.0.1 -p $IPERF >/dev/null 2>&1 & PIDS+=($!)
sockperf server --tcp -i 127.0.0.1 -p $SOCKPERF >/dev/null 2>&1 & PIDS+=($!)
RTT_PIDS=($!)
for path in "${PATHS[@]}"; do
    "$WORK/connrate" server "$(target_port "$path" 3)" & PIDS+=($!)
done

for offset in 1 2 3; do
    socat TCP-LISTEN:$((BASE[socat] + offset)),bind=127.0.0.1,fork,reuseaddr,backlog=4096 \
        TCP:127.0.0.1:"$(target_port socat $offset)" 2>/dev/null & PIDS+=($!)
    # The round-trip instance's forks inherit its CPU affinity.
    if [ $offset = 2 ]; then RTT_PIDS+=($!); fi
done

{
    echo "global"
    echo "    maxconn 4000"  # haproxy wants about five descriptors per connection
    echo "defaults"
    echo "    mode tcp"
    echo "    timeout connect 5s"
    echo "    timeout client 60s"
    echo "    timeout server 60s"
    echo "    option splice-auto"
    for offset in 1 2 3; do
        echo "listen fwd$offset"
        echo "    bind 127.0.0.1:$((BASE[haproxy] + offset))"
        echo "    server s$offset 127.0.0.1:$(target_port haproxy $offset)"
    done
} > "$WORK/haproxy.cfg"
haproxy -q -f "$WORK/haproxy.cfg" & PIDS+=($!)
declare -A PROXY_PID=([haproxy]=$!)
RTT_PIDS+=($!)

"$GUESTD" serve --listen "unix:$WORK/api.sock" --state-dir "$WORK/state" --run-dir "$WORK/run" \
    --network host --log-level warn \
    --publish $((BASE[guestd] + 1)):$IPERF --publish $((BASE[guestd] + 2)):$SOCKPERF \
    --publish $((BASE[guestd] + 3)):"$(target_port guestd 3)" & PIDS+=($!)
PROXY_PID[guestd]=$!
RTT_PIDS+=($!)
sleep 1

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
ALL_CPUS=$(taskset -c -p $$ | awk '{print $NF}')
pin_rtt() { # cpu-list: sets the CPUs of every thread serving round trips
    for pid in "${RTT_PIDS[@]}"; do taskset -a -p -c "$1" "$pid" >/dev/null; done
}

iperf_gbits() { # port streams -> "Gbit/s bytes"
    iperf3 -c 127.0.0.1 -p "$1" -P "$2" -t "$SECONDS_PER_RUN" -J |
        python3 -c '
import json, sys
report = json.load(sys.stdin)
if "error" in report:
    sys.stderr.write("iperf3: %s\n" % report["error"])
    print("nan 0")
else:
    r = report["end"]["sum_received"]
    print("%.2f %d" % (r["bits_per_second"] / 1e9, r["bytes"]))'
}

pingpong() { # cpu-list port -> "p50 p99" in microseconds
    taskset -c "$1" sockperf ping-pong --tcp -i 127.0.0.1 -p "$2" -t "$SECONDS_PER_RUN" --msg-size 64 --full-rtt 2>&1 |
        python3 -c '
import re, sys
text = sys.stdin.read()
get = lambda p: re.search(r"percentile %s +=\s+([0-9.]+)" % p, text).group(1)
print(get("50.000"), get("99.000"))'
}

RESULTS=$WORK/results
: > "$RESULTS"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq 1 "$ROUNDS"); do
    for i in "${!PATHS[@]}"; do
        path=${PATHS[$(( (i + round - 1) % ${#PATHS[@]} ))]}
        echo "== round $round: $path (load $(cut -d' ' -f1 /proc/loadavg))" >&2
        base=${BASE[$path]}
        for streams in 1 8; do
            pid=${PROXY_PID[$path]:-}
            before=0; if [ -n "$pid" ]; then before=$(cpu_ticks "$pid"); fi
            read -r gbits bytes < <(iperf_gbits $((base + 1)) $streams)
            after=0; if [ -n "$pid" ]; then after=$(cpu_ticks "$pid"); fi
            echo "$round $path iperf$streams $gbits" >> "$RESULTS"
            echo "$round $path ticks $((after - before))" >> "$RESULTS"
            echo "$round $path bytes $bytes" >> "$RESULTS"
        done
        pin_rtt 0
        read -r p50 p99 < <(pingpong 0 $((base + 2)))
        pin_rtt "$ALL_CPUS"
        echo "$round $path p50 $p50" >> "$RESULTS"
        echo "$round $path p99 $p99" >> "$RESULTS"
        read -r p50 p99 < <(pingpong "$ALL_CPUS" $((base + 2)))
        echo "$round $path free50 $p50" >> "$RESULTS"
        echo "$round $path conn $("$WORK/connrate" client $((base + 3)) 2 "$SECONDS_PER_RUN")" >> "$RESULTS"
    done
done
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$RESULTS" "$(getconf CLK_TCK)" <<'PY'
import collections, statistics, sys
rows = collections.defaultdict(dict)  # (path, metric) -> {round: value}
for line in open(sys.argv[1]):
    rnd, path, metric, value = line.split()
    rows[path, metric][int(rnd)] = float(value)
hz = float(sys.argv[2])
paths = ["direct", "socat", "haproxy", "guestd"]
med = lambda path, metric: statistics.median(rows[path, metric].values())
print()
print("Medians of the rounds:")
print()
print("| path | iperf3 1 stream Gbit/s | iperf3 8 streams Gbit/s | RTT p50 µs | RTT p99 µs | RTT p50 µs unpinned | connections/s |")
print("|---|---|---|---|---|---|---|")
for p in paths:
    print(f"| {p} | {med(p, 'iperf1'):.2f} | {med(p, 'iperf8'):.2f} | {med(p, 'p50'):.1f} | "
          f"{med(p, 'p99'):.1f} | {med(p, 'free50'):.1f} | {med(p, 'conn'):.0f} |")
print()
print("Per proxy, the median over rounds of its figure against direct in the same round:")
print()
def per_round(path, metric, f):
    return statistics.median(f(v, rows["direct", metric][r]) for r, v in rows[path, metric].items())
ratio = lambda v, d: 100 * v / d
for p in paths[1:]:
    spread = lambda m: "/".join(f"{ratio(v, rows['direct', m][r]):.0f}" for r, v in sorted(rows[p, m].items()))
    print(f"- {p}: throughput {per_round(p, 'iperf1', ratio):.0f}% (1 stream; rounds {spread('iperf1')}) and "
          f"{per_round(p, 'iperf8', ratio):.0f}% (8 streams; rounds {spread('iperf8')}) of direct; "
          f"added p50 round trip {per_round(p, 'p50', lambda v, d: v - d):.1f} µs "
          f"({per_round(p, 'free50', lambda v, d: v - d):.1f} µs unpinned); "
          f"connection rate {per_round(p, 'conn', ratio):.0f}% of direct (rounds {spread('conn')})")
print()
for p in ("haproxy", "guestd"):
    seconds = sum(rows[p, "ticks"].values()) / hz
    gigabytes = sum(rows[p, "bytes"].values()) / 1e9
    print(f"- {p} CPU per GB forwarded (iperf3 runs): {seconds / gigabytes:.2f} s")
PY
for path in haproxy guestd; do
    echo "- $path peak RSS: $(awk '/VmHWM/ {print $2, $3}' "/proc/${PROXY_PID[$path]}/status")"
done
echo "- load average: $LOAD_START at the start, $LOAD_END at the end"
