#!/usr/bin/env bash
# Port forwarding benchmark: throughput (iperf3, 1 and 8 streams), request
# round trip (sockperf ping-pong, 64-byte messages) and connection rate
# (benches/connrate.c) through four paths in one run:
#   direct   client -> server on loopback
#   socat    socat TCP-LISTEN ... fork  TCP:...
#   haproxy  mode tcp, option splice-auto (default threads)
#   guestd   guestd serve --network host --publish OUTER:INNER
# Also reports guestd's CPU time per GB forwarded and its peak RSS.
#
# Usage (as root, on an idle machine): [GUESTD_BIN=PATH] benches/forward.sh [SECONDS]
# Needs iperf3, sockperf, socat, haproxy, gcc, python3. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-5}

# GUESTD_BIN runs another build (an older commit, for a before/after).
cargo build --release --offline --quiet
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

# Servers, and per path the port that reaches each server.
IPERF=25201 SOCKPERF=25202 CONNRATE=25203
declare -A BASE=([direct]=25200 [socat]=25300 [haproxy]=25400 [guestd]=25500)

iperf3 -s -B 127.0.0.1 -p $IPERF >/dev/null 2>&1 & PIDS+=($!)
sockperf server --tcp -i 127.0.0.1 -p $SOCKPERF >/dev/null 2>&1 & PIDS+=($!)
"$WORK/connrate" server $CONNRATE & PIDS+=($!)

for offset in 1 2 3; do
    socat TCP-LISTEN:$((25300 + offset)),bind=127.0.0.1,fork,reuseaddr,backlog=4096 \
        TCP:127.0.0.1:$((25200 + offset)) & PIDS+=($!)
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
        echo "    bind 127.0.0.1:$((25400 + offset))"
        echo "    server s$offset 127.0.0.1:$((25200 + offset))"
    done
} > "$WORK/haproxy.cfg"
haproxy -q -f "$WORK/haproxy.cfg" & PIDS+=($!)
HAPROXY_PID=$!

"$GUESTD" serve --listen "unix:$WORK/api.sock" --state-dir "$WORK/state" --run-dir "$WORK/run" \
    --network host --log-level warn \
    --publish 25501:$IPERF --publish 25502:$SOCKPERF --publish 25503:$CONNRATE & PIDS+=($!)
GUESTD_PID=$!
sleep 1

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

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

pingpong() { # port -> "p50 p99" in microseconds
    sockperf ping-pong --tcp -i 127.0.0.1 -p "$1" -t "$SECONDS_PER_RUN" --msg-size 64 --full-rtt 2>&1 |
        python3 -c '
import re, sys
text = sys.stdin.read()
get = lambda p: re.search(r"percentile %s +=\s+([0-9.]+)" % p, text).group(1)
print(get("50.000"), get("99.000"))'
}

declare -A R
GUESTD_TICKS=0 GUESTD_BYTES=0
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
for path in direct socat haproxy guestd; do
    echo "== $path" >&2
    base=${BASE[$path]}
    for streams in 1 8; do
        before=$(cpu_ticks $GUESTD_PID)
        read -r gbits bytes < <(iperf_gbits $((base + 1)) $streams)
        after=$(cpu_ticks $GUESTD_PID)
        R[$path,iperf$streams]=$gbits
        if [ "$path" = guestd ]; then
            GUESTD_TICKS=$((GUESTD_TICKS + after - before)); GUESTD_BYTES=$((GUESTD_BYTES + bytes))
        fi
    done
    read -r p50 p99 < <(pingpong $((base + 2)))
    R[$path,p50]=$p50 R[$path,p99]=$p99
    R[$path,conn]=$("$WORK/connrate" client $((base + 3)) 2 "$SECONDS_PER_RUN")
done

HZ=$(getconf CLK_TCK)
echo
echo "| path | iperf3 1 stream Gbit/s | iperf3 8 streams Gbit/s | RTT p50 µs | RTT p99 µs | connections/s |"
echo "|---|---|---|---|---|---|"
for path in direct socat haproxy guestd; do
    echo "| $path | ${R[$path,iperf1]} | ${R[$path,iperf8]} | ${R[$path,p50]} | ${R[$path,p99]} | ${R[$path,conn]} |"
done
python3 - "${R[direct,iperf1]}" "${R[direct,iperf8]}" "${R[direct,p50]}" "${R[direct,conn]}" \
    "${R[haproxy,iperf1]}" "${R[haproxy,iperf8]}" "${R[haproxy,p50]}" "${R[haproxy,conn]}" \
    "${R[socat,iperf1]}" "${R[socat,iperf8]}" "${R[socat,p50]}" "${R[socat,conn]}" \
    "${R[guestd,iperf1]}" "${R[guestd,iperf8]}" "${R[guestd,p50]}" "${R[guestd,conn]}" <<'PY'
import sys
v = list(map(float, sys.argv[1:]))
direct, haproxy, socat, guestd = v[0:4], v[4:8], v[8:12], v[12:16]
print()
for name, r in (("socat", socat), ("haproxy", haproxy), ("guestd", guestd)):
    print(f"{name}: throughput {100*r[0]/direct[0]:.0f}% (1 stream) and {100*r[1]/direct[1]:.0f}% (8 streams) of direct; "
          f"added p50 round trip {r[2]-direct[2]:.1f} µs; connection rate {100*r[3]/direct[3]:.0f}% of direct")
PY
echo "guestd CPU per GB forwarded (iperf3 runs): $(python3 -c "print('%.2f s' % ($GUESTD_TICKS / $HZ / ($GUESTD_BYTES / 1e9)))")"
echo "guestd peak RSS: $(awk '/VmHWM/ {print $2, $3}' /proc/$GUESTD_PID/status)"
echo "haproxy peak RSS: $(awk '/VmHWM/ {print $2, $3}' /proc/$HAPROXY_PID/status)"
echo "load average: $LOAD_START at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
