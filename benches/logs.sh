#!/usr/bin/env bash
# Log pipeline throughput of one writer producing lines as fast as it can.
# It runs four ways: (1) redirected straight to a file on the host
# ("direct"), (2) inside the guestd container redirected to a file there
# ("ctrfile"), (3) under conmon writing its k8s-file log, and (4) as a
# guestd service whose output goes through the pipeline to STATE/logs. Reports MB/s and lines/s of writer output, CPU seconds
# per GB of the log handler (guestd: the daemon's own utime+stime from
# /proc/PID/stat; conmon: its rusage together with the writer's, minus the
# writer's own in the direct run), and the p50 time from
# POST /v1/services/NAME/start to the response that reports it running.
# The guestd run shows twice: "guestd" from the start request, which
# includes starting the process in the container, and "pipeline" from the
# first chunk the daemon stored to the last, the writer's run alone.
#
# conmon needs an OCI runtime; benches/fake-oci-runtime stands in for one
# and only starts the writer, so conmon does nothing but its log job.
#
# The daemon starts before the runs, so the guestd container exists for
# (2) and (4).
#
# Usage: benches/logs.sh [ROUNDS]   (default 3; run as root; needs conmon, curl)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
bin=${GUESTD_BIN:-target/release/guestd}
[ -x "$bin" ] || cargo build --offline --release >/dev/null
bin=$(realpath "$bin")
work=$(mktemp -d /tmp/guestd-logbench.XXXXXX)
pid=""
cleanup() {
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

ticks=$(getconf CLK_TCK)
long_line=$(head -c 99 /dev/zero | tr '\0' x)
declare -A writers=(
    [short]="seq 1 10000000"
    [long]="yes $long_line | head -n 2000000"
)

now() { date +%s.%N; }
cpu_of() { awk -v t="$ticks" '{printf "%.3f", ($14 + $15) / t}' "/proc/$1/stat"; }
api() { curl -s --unix-socket "$work/api.sock" "$@"; }

"$bin" serve --listen "unix:$work/api.sock" --state-dir "$work/state" --run-dir "$work/run" \
    --log-level warn --log-file-max 4000000000 --log-rotated-files 1 2>"$work/daemon.log" &
pid=$!
for _ in $(seq 200); do [ -S "$work/api.sock" ] && break; sleep 0.05; done

printf '%-6s %-8s %9s %10s %12s %14s\n' writer handler seconds MB/s lines/s cpu_s_per_GB
for round in $(seq "$rounds"); do
    for name in short long; do
        writer=${writers[$name]}
        out="$work/direct.out"
        # Direct: the writer's output straight into a file.
        TIMEFORMAT='%R %U %S'
        read -r wall user sys < <({ time sh -c "$writer > $out" ; } 2>&1)
        bytes=$(stat -c %s "$out")
        lines=$(wc -l < "$out")
        writer_cpu=$(echo "$user + $sys" | bc)
        rm -f "$out"
        awk -v w="$wall" -v b="$bytes" -v l="$lines" -v n="$name" \
            'BEGIN {printf "%-6s %-8s %9.3f %10.1f %12.0f %14s\n", n, "direct", w, b/w/1e6, l/w, "-"}'

        # The same writer inside the container, straight to a file there
        # (overlayfs upper layer); it prints its end time as its only line.
        svc="bench-file-$name-$round"
        body=$(printf '{"cmd":"sh","args":["-c","%s > /tmp/bench.out; date +%%s.%%N"],"restart":"never","enabled":false}' "$writer")
        api -X PUT -d "$body" "http://guestd/v1/services/$svc" >/dev/null
        start=$(now)
        api -X POST "http://guestd/v1/services/$svc/start" >/dev/null
        while [[ $(api "http://guestd/v1/services/$svc") != *'"status":"stopped"'* ]]; do sleep 0.1; done
        end=$(tail -n1 "$work/state/logs/$svc.log")
        wall=$(echo "$end - $start" | bc)
        awk -v w="$wall" -v b="$bytes" -v l="$lines" -v n="$name" \
            'BEGIN {printf "%-6s %-8s %9.3f %10.1f %12.0f %14s\n", n, "ctrfile", w, b/w/1e6, l/w, "-"}'
        api -X DELETE "http://guestd/v1/services/$svc" >/dev/null

        # conmon with the stand-in runtime.
        rm -rf "$work/conmon" && mkdir -p "$work/conmon/bundle" "$work/conmon/exits"
        echo '{}' > "$work/conmon/bundle/config.json"
        read -r wall user sys < <({ time BENCH_WRITER="$writer" conmon --api-version 1 -c bench -u bench -n bench \
            -r "$PWD/benches/fake-oci-runtime" -b "$work/conmon/bundle" -p "$work/conmon/pid" \
            -l "k8s-file:$work/conmon/ctr.log" --exit-dir "$work/conmon/exits" \
            --socket-dir-path "$work/conmon" --log-size-max 100000000000 --sync >/dev/null 2>&1 ; } 2>&1)
        cpu=$(echo "$user + $sys - $writer_cpu" | bc)
        awk -v w="$wall" -v b="$bytes" -v l="$lines" -v n="$name" -v c="$cpu" \
            'BEGIN {printf "%-6s %-8s %9.3f %10.1f %12.0f %14.2f\n", n, "conmon", w, b/w/1e6, l/w, c/(b/1e9)}'

        # guestd: a service with restart never, timed from the start request
        # to the timestamp of the last chunk the daemon stored, which it
        # wrote in the same step as the read. Completion is
        # polled every 100 ms so the poller takes little CPU from the run.
        svc="bench-$name-$round"
        body=$(printf '{"cmd":"sh","args":["-c","%s"],"restart":"never","enabled":false}' "$writer")
        api -X PUT -d "$body" "http://guestd/v1/services/$svc" >/dev/null
        cpu_before=$(cpu_of "$pid")
        start=$(now)
        api -X POST "http://guestd/v1/services/$svc/start" >/dev/null
        while :; do
            state=$(api "http://guestd/v1/services/$svc")
            if [[ $state == *'"status":"stopped"'* ]] && [[ $(api http://guestd/v1/logs/status) == *'"open_pipes":0'* ]]; then
                break
            fi
            sleep 0.1
        done
        cpu_after=$(cpu_of "$pid")
        first=$(grep -a -m1 '^@' "$work/state/logs/$svc.log" | cut -c2-28)
        last=$(grep -a '^@' "$work/state/logs/$svc.log" | tail -n1 | cut -c2-28)
        end=$(date -d "$last" +%s.%N)
        wall=$(echo "$end - $start" | bc)
        run=$(echo "$end - $(date -d "$first" +%s.%N)" | bc)
        stored=$(stat -c %s "$work/state/logs/$svc.log")
        records=$(wc -l < "$work/state/logs/$svc.log")
        [ "$records" -ge "$lines" ] || echo "guestd stored $records records for $lines lines" >&2
        awk -v w="$wall" -v b="$bytes" -v l="$lines" -v n="$name" -v c="$(echo "$cpu_after - $cpu_before" | bc)" \
            'BEGIN {printf "%-6s %-8s %9.3f %10.1f %12.0f %14.2f\n", n, "guestd", w, b/w/1e6, l/w, c/(b/1e9)}'
        awk -v w="$run" -v b="$bytes" -v l="$lines" -v n="$name" \
            'BEGIN {printf "%-6s %-8s %9.3f %10.1f %12.0f %14s\n", n, "pipeline", w, b/w/1e6, l/w, "-"}'
        api -X DELETE "http://guestd/v1/services/$svc" >/dev/null
        rm -f "$work/state/logs/$svc.log"*
    done
done

# Start latency: POST start returns once the spawner reports the exec.
api -X PUT -d '{"cmd":"sleep","args":["600"],"enabled":false}' http://guestd/v1/services/sleeper >/dev/null
samples=()
for _ in $(seq 50); do
    samples+=("$(api -o /dev/null -w '%{time_total}' -X POST http://guestd/v1/services/sleeper/start)")
    api -X POST http://guestd/v1/services/sleeper/stop >/dev/null
    while [[ $(api http://guestd/v1/services/sleeper) != *'"status":"stopped"'* ]]; do sleep 0.005; done
done
printf '%s\n' "${samples[@]}" | sort -n | awk '{a[NR]=$1} END {printf "start latency p50 %.2f ms, p90 %.2f ms (%d samples)\n", a[int(NR/2)+1]*1000, a[int(NR*0.9)]*1000, NR}'
