#!/usr/bin/env bash
# Log pipeline throughput of one writer producing lines as fast as it can.
# It runs four ways: (1) redirected straight to a file on the host
# ("direct"), (2) inside the guestd container redirected to a file there
# ("ctrfile"), (3) under conmon writing its k8s-file log, and (4) as a
# guestd service whose output goes through the pipeline to STATE/logs.
#
# Every way is timed alike: from the writer's start to the last byte in
# its file. A wrapper shell takes the start time with `date` and then runs
# the writer, so the time includes starting the writer but not the
# shell, the container process or conmon before it. The end is the
# modification time of the file the bytes land in: direct.out, the
# container's /tmp/bench.out, conmon's log or the service's guestd log.
# Linux may set that time from its coarse clock, up to one timer tick
# (1 to 4 ms) early, alike for all four.
# All four files are new, on the same ext4 file system for all but
# ctrfile (the container's overlayfs upper layer), and `sync` runs
# before each run so no run writes back the dirty pages of the one
# before. Page caches are not dropped: no run reads a file, and the
# writer's binaries are cached for all of them alike.
#
# Each round runs both writers; within a round the order of the four
# ways rotates, so none always runs first or last. The summary gives per
# writer and way the median, lowest and highest time, and the guestd and
# conmon rates as a share of direct per round (median and range).
# MB/s and lines/s count the writer's output. CPU per GB is the daemon's
# own utime+stime from /proc/PID/stat for guestd, and for conmon its
# rusage together with the writer's, minus the writer's in the direct
# run of the same round.
#
# conmon needs an OCI runtime; benches/fake-oci-runtime stands in for one
# and only starts the writer, so conmon does nothing but its log job.
#
# The daemon starts before the runs, so the guestd container exists for
# (2) and (4). After the rounds it measures start latency: the p50 time
# from POST /v1/services/NAME/start to the response that reports it
# running.
#
# Usage: benches/logs.sh [ROUNDS]   (default 5; run as root; needs conmon, curl)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
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
# Prints the start time on stderr, then runs the writer.
stamp='echo bench-start $(date +%s.%N) >&2'
results="$work/results"

cpu_of() { awk -v t="$ticks" '{printf "%.3f", ($14 + $15) / t}' "/proc/$1/stat"; }
mtime() { stat -c %.9Y "$1"; }
api() { curl -s --unix-socket "$work/api.sock" "$@"; }
# record NAME HANDLER SECONDS [CPU_S]
record() {
    printf '%s %s %s %s %s\n' "$round" "$1" "$2" "$3" "${4:--}" >>"$results"
    awk -v r="$round" -v n="$1" -v h="$2" -v w="$3" -v b="$bytes" -v l="$lines" -v c="${4:--}" 'BEGIN {
        printf "%5d %-6s %-8s %9.3f %10.1f %12.0f %14s\n", r, n, h, w, b/w/1e6, l/w,
            (c == "-" ? "-" : sprintf("%.2f", c/(b/1e9)))}'
}
# Waits until service $1 has stopped and the daemon has closed its pipes.
wait_stopped() {
    while :; do
        if [[ $(api "http://guestd/v1/services/$1") == *'"status":"stopped"'* ]] &&
            [[ $(api http://guestd/v1/logs/status) == *'"open_pipes":0'* ]]; then
            return
        fi
        sleep 0.1
    done
}

run_direct() {
    local out="$work/direct.out" user sys
    TIMEFORMAT='%U %S'
    read -r user sys < <({ time sh -c "$stamp; $writer" >"$out" 2>"$work/direct.start"; } 2>&1)
    cpu_of_writer[$name]=$(echo "$user + $sys" | bc)
    record "$name" direct "$(echo "$(mtime "$out") - $(cut -d' ' -f2 "$work/direct.start")" | bc)"
    rm -f "$out"
}

# The writer inside the container, straight to a file there; the service
# prints the file's modification time as its only stdout line.
run_ctrfile() {
    local svc="bench-file-$name-$round" body log start end
    body=$(printf '{"cmd":"sh","args":["-c","%s; %s > /tmp/bench.out; stat -c %%.9Y /tmp/bench.out; rm /tmp/bench.out"],"restart":"never","enabled":false}' \
        "$stamp" "$writer")
    api -X PUT -d "$body" "http://guestd/v1/services/$svc" >/dev/null
    api -X POST "http://guestd/v1/services/$svc/start" >/dev/null
    wait_stopped "$svc"
    log="$work/state/logs/$svc.log"
    start=$(grep -a -m1 '^bench-start ' "$log" | cut -d' ' -f2)
    end=$(grep -a -E '^[0-9]+\.[0-9]+$' "$log" | tail -n1)
    record "$name" ctrfile "$(echo "$end - $start" | bc)"
    api -X DELETE "http://guestd/v1/services/$svc" >/dev/null
    rm -f "$log"*
}

run_conmon() {
    local dir="$work/conmon" user sys
    rm -rf "$dir" && mkdir -p "$dir/bundle" "$dir/exits"
    echo '{}' >"$dir/bundle/config.json"
    TIMEFORMAT='%U %S'
    read -r user sys < <({ time BENCH_WRITER="{ $stamp; } 2>$dir/start; $writer" conmon --api-version 1 -c bench -u bench -n bench \
        -r "$PWD/benches/fake-oci-runtime" -b "$dir/bundle" -p "$dir/pid" \
        -l "k8s-file:$dir/ctr.log" --exit-dir "$dir/exits" \
        --socket-dir-path "$dir" --log-size-max 100000000000 --sync >/dev/null 2>&1; } 2>&1)
    record "$name" conmon "$(echo "$(mtime "$dir/ctr.log") - $(cut -d' ' -f2 "$dir/start")" | bc)" \
        "$(echo "$user + $sys - ${cpu_of_writer[$name]}" | bc)"
    rm -rf "$dir"
}

# A service with restart never. Completion is polled every 100 ms, so the
# poller takes little CPU from the run. The end is the log file's
# modification time, set by the daemon's last write.
run_guestd() {
    local svc="bench-$name-$round" body log cpu_before start records
    body=$(printf '{"cmd":"sh","args":["-c","%s; %s"],"restart":"never","enabled":false}' "$stamp" "$writer")
    api -X PUT -d "$body" "http://guestd/v1/services/$svc" >/dev/null
    cpu_before=$(cpu_of "$pid")
    api -X POST "http://guestd/v1/services/$svc/start" >/dev/null
    wait_stopped "$svc"
    log="$work/state/logs/$svc.log"
    start=$(grep -a -m1 '^bench-start ' "$log" | cut -d' ' -f2)
    records=$(wc -l <"$log")
    [ "$records" -ge "$lines" ] || echo "guestd stored $records records for $lines lines" >&2
    record "$name" guestd "$(echo "$(mtime "$log") - $start" | bc)" "$(echo "$(cpu_of "$pid") - $cpu_before" | bc)"
    api -X DELETE "http://guestd/v1/services/$svc" >/dev/null
    rm -f "$log"*
}

"$bin" serve --listen "unix:$work/api.sock" --state-dir "$work/state" --run-dir "$work/run" \
    --log-level warn --log-file-max 4000000000 --log-rotated-files 1 2>"$work/daemon.log" &
pid=$!
for _ in $(seq 200); do [ -S "$work/api.sock" ] && break; sleep 0.05; done

# One untimed run of each writer: its output's size and line count, which
# every run shares, and the writer's own CPU time for the conmon figure
# until a direct run of the round measures it again.
declare -A bytes_of lines_of cpu_of_writer
for name in short long; do
    writer=${writers[$name]}
    TIMEFORMAT='%U %S'
    read -r user sys < <({ time sh -c "$writer" >"$work/direct.out"; } 2>&1)
    bytes_of[$name]=$(stat -c %s "$work/direct.out")
    lines_of[$name]=$(wc -l <"$work/direct.out")
    cpu_of_writer[$name]=$(echo "$user + $sys" | bc)
    rm -f "$work/direct.out"
done

echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%5s %-6s %-8s %9s %10s %12s %14s\n' round writer handler seconds MB/s lines/s cpu_s_per_GB
handlers=(direct ctrfile conmon guestd)
for round in $(seq "$rounds"); do
    for name in short long; do
        writer=${writers[$name]}
        bytes=${bytes_of[$name]}
        lines=${lines_of[$name]}
        for i in 0 1 2 3; do
            sync
            "run_${handlers[$(((i + round - 1) % 4))]}"
        done
    done
done
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"

# Start latency: POST start returns once the spawner reports the exec.
api -X PUT -d '{"cmd":"sleep","args":["600"],"enabled":false}' http://guestd/v1/services/sleeper >/dev/null
samples=()
for _ in $(seq 50); do
    samples+=("$(api -o /dev/null -w '%{time_total}' -X POST http://guestd/v1/services/sleeper/start)")
    api -X POST http://guestd/v1/services/sleeper/stop >/dev/null
    while [[ $(api http://guestd/v1/services/sleeper) != *'"status":"stopped"'* ]]; do sleep 0.005; done
done
printf '%s\n' "${samples[@]}" | sort -n | awk '{a[NR]=$1} END {printf "start latency p50 %.2f ms, p90 %.2f ms (%d samples)\n", a[int(NR/2)+1]*1000, a[int(NR*0.9)]*1000, NR}'

# Prints "median lowest highest" of the numbers on stdin.
spread() { sort -g | awk '{v[NR] = $1} END {m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m, v[1], v[NR]}'; }
echo
printf '%-6s %-8s %9s %9s %9s %10s\n' writer handler median lowest highest MB/s
for name in short long; do
    for handler in direct ctrfile conmon guestd; do
        read -r m lo hi < <(awk -v n="$name" -v h="$handler" '$2 == n && $3 == h {print $4}' "$results" | spread)
        awk -v n="$name" -v h="$handler" -v m="$m" -v lo="$lo" -v hi="$hi" -v b="${bytes_of[$name]}" \
            'BEGIN {printf "%-6s %-8s %9.3f %9.3f %9.3f %10.1f\n", n, h, m, lo, hi, b/m/1e6}'
    done
done
echo
echo "rate as a share of direct in the same round (direct seconds / its seconds):"
for name in short long; do
    for handler in guestd conmon ctrfile; do
        shares=$(awk -v n="$name" -v h="$handler" '$2 == n && $3 == "direct" {d[$1] = $4}
            $2 == n && $3 == h {s[$1] = $4} END {for (r in s) printf "%.3f\n", d[r] / s[r]}' "$results")
        read -r m lo hi < <(echo "$shares" | spread)
        met=$(echo "$shares" | awk '$1 >= 0.8 {n++} END {print n + 0}')
        printf '%-6s %-8s median %4.0f%%, lowest %4.0f%%, highest %4.0f%%, at least 80%% in %d of %d rounds\n' \
            "$name" "$handler" "$(echo "$m * 100" | bc)" "$(echo "$lo * 100" | bc)" "$(echo "$hi * 100" | bc)" "$met" "$rounds"
    done
done
