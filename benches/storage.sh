#!/usr/bin/env bash
# Checkpoint benchmark: guestd beside restic against one SeaweedFS S3
# server on loopback. A fixed generated tree (20 000 small files and a few
# large ones, about 1 GiB, part of it repeated) is stored by both; then 1%
# of the files change and both store again; then both restore the latest
# snapshot into an empty directory. Prints wall times, stored bytes, the
# time the container stayed frozen and the daemon's peak RSS.
#
# Last, curl alone PUTs and GETs 98 objects of 8 MiB (the size of guestd's
# packs, 822 MB in all) on the same server: what the store itself accepts
# and serves on this machine. Beside each operation, the CPU seconds the
# SeaweedFS process used during it.
#
# Usage: benches/storage.sh   (run as root; needs restic, curl and weed on
#                              PATH or GUESTD_WEED; takes a few minutes)
# GUESTD_BENCH_LARGE_MIB sets the size of each large file (default 160).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${GUESTD_BIN:-target/release/guestd}")
[ -x "$bin" ] || cargo build --offline --release >/dev/null
weed=${GUESTD_WEED:-$(command -v weed)}
work=$(mktemp -d /tmp/guestd-storage-bench.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
# CPU seconds (user and system) a process has used so far.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"; }
weed_cpu() { awk -v a="$1" -v b="$(cpu_s "$weed_pid")" 'BEGIN {printf "%.1f", b - a}'; }

# SeaweedFS pinned to loopback, telemetry off, every port chosen here.
s3_port=$(free_port)
ports=()
for _ in $(seq 9); do ports+=("$(free_port)"); done
mkdir -p "$work/weed"
cat >"$work/weed/s3.json" <<JSON
{"identities":[{"name":"bench","credentials":[{"accessKey":"benchkey","secretKey":"benchsecret"}],"actions":["Admin","Read","Write","List","Tagging"]}]}
JSON
printf 'benchkey\nbenchsecret\n' >"$work/key"
"$weed" mini -dir="$work/weed" -ip=127.0.0.1 -ip.bind=127.0.0.1 -master.telemetry=false \
    -admin.ui=false -webdav=false -s3.port="$s3_port" -s3.port.iceberg=0 -s3.port.lance=0 \
    -master.port="${ports[0]}" -master.port.grpc="${ports[1]}" -volume.port="${ports[2]}" \
    -volume.port.grpc="${ports[3]}" -filer.port="${ports[4]}" -filer.port.grpc="${ports[5]}" \
    -s3.port.grpc="${ports[6]}" -admin.port="${ports[7]}" -admin.port.grpc="${ports[8]}" \
    -s3.config="$work/weed/s3.json" >"$work/weed.log" 2>&1 &
pids+=($!)
weed_pid=$!
store="s3:http://127.0.0.1:$s3_port/guestd/bench"
for _ in $(seq 150); do
    "$bin" store-check --create-bucket --store "$store" --store-key-file "$work/key" >/dev/null 2>&1 && break
    sleep 0.2
done

# The tree: deterministic, so every run stores the same bytes.
python3 - "$work/state/upper" "${GUESTD_BENCH_LARGE_MIB:-160}" <<'PY'
import os, random, sys
root, large_mib = sys.argv[1], int(sys.argv[2])
rng = random.Random(20261204)
os.makedirs(root)
small = []
for i in range(20000):
    d = os.path.join(root, f"dir{i % 200:03d}", f"sub{i % 7}")
    os.makedirs(d, exist_ok=True)
    if i % 10 == 9 and small:
        data = small[rng.randrange(len(small))]          # 10% repeat an earlier file
    else:
        data = rng.randbytes(rng.randrange(256, 16384))
        small.append(data)
    with open(os.path.join(d, f"f{i:05d}"), "wb") as f:
        f.write(data)
big = [rng.randbytes(large_mib << 20) for _ in range(4)]
for i, data in enumerate(big + [big[0]]):                # one large file repeated
    with open(os.path.join(root, f"large{i}.bin"), "wb") as f:
        f.write(data)
PY
du -sb "$work/state/upper" | awk '{printf "tree: %d bytes, ", $1}'
find "$work/state/upper" -type f | wc -l | awk '{print $1 " files"}'

change_one_percent() {
    python3 - "$work/state/upper" "$1" <<'PY'
import os, random, sys
root, seed = sys.argv[1], int(sys.argv[2])
rng = random.Random(seed)
for i in range(0, 20000, 100):                           # 200 files = 1%
    path = os.path.join(root, f"dir{i % 200:03d}", f"sub{i % 7}", f"f{i:05d}")
    with open(path, "wb") as f:
        f.write(rng.randbytes(rng.randrange(256, 16384)))
PY
}

api="unix:$work/api.sock"
"$bin" serve --listen "$api" --state-dir "$work/state" --run-dir "$work/run" \
    --store "$store" --store-key-file "$work/key" --log-level debug 2>"$work/guestd.log" &
daemon=$!
pids+=($daemon)
for _ in $(seq 200); do "$bin" --api "$api" checkpoint list >/dev/null 2>&1 && break; sleep 0.05; done

export RESTIC_PASSWORD=bench AWS_ACCESS_KEY_ID=benchkey AWS_SECRET_ACCESS_KEY=benchsecret
repo="s3:http://127.0.0.1:$s3_port/restic"
restic -r "$repo" init >/dev/null

checkpoint() {
    local start end id weed0 cpu0
    weed0=$(cpu_s "$weed_pid")
    cpu0=$(cpu_s "$daemon")
    start=$(now_ms)
    id=$("$bin" --api "$api" checkpoint create --wait 2>/dev/null)
    end=$(now_ms)
    frozen=$("$bin" --api "$api" checkpoint show "$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["frozen_ms"])')
    echo "$1 guestd: $((end - start)) ms (frozen $frozen ms; CPU s: guestd $(awk -v a="$cpu0" -v b="$(cpu_s "$daemon")" 'BEGIN {printf "%.1f", b - a}'), weed $(weed_cpu "$weed0"))"
}
backup() {
    local start end weed0
    weed0=$(cpu_s "$weed_pid")
    start=$(now_ms)
    (cd "$work/state" && restic -r "$repo" backup --quiet upper)
    end=$(now_ms)
    echo "$1 restic: $((end - start)) ms (CPU s: weed $(weed_cpu "$weed0"))"
}

checkpoint "first checkpoint"
backup "first checkpoint"
change_one_percent 1
checkpoint "1% changed"
backup "1% changed"
echo "daemon peak RSS: $(awk '/^VmHWM/ {print $2, $3}' /proc/$daemon/status)"
echo "stored guestd: $("$bin" store-check --store "$store" --store-key-file "$work/key")"
echo "stored restic: $("$bin" store-check --store "$repo" --store-key-file "$work/key")"

# Full restore into an empty state directory: guestd's cold restore.
weed0=$(cpu_s "$weed_pid")
start=$(now_ms)
"$bin" serve --listen "unix:$work/api2.sock" --state-dir "$work/state2" --run-dir "$work/run2" \
    --store "$store" --store-key-file "$work/key" --restore latest --log-level debug 2>"$work/guestd2.log" &
restored=$!
pids+=($restored)
for _ in $(seq 2000); do
    "$bin" --api "unix:$work/api2.sock" checkpoint list >/dev/null 2>&1 && break
    kill -0 "$restored" 2>/dev/null || { cat "$work/guestd2.log"; exit 1; }
    sleep 0.02
done
end=$(now_ms)
echo "full restore guestd: $((end - start)) ms (CPU s: guestd $(cpu_s "$restored"), weed $(weed_cpu "$weed0"))"
weed0=$(cpu_s "$weed_pid")
start=$(now_ms)
restic -r "$repo" restore latest --quiet --target "$work/restic-restore"
end=$(now_ms)
echo "full restore restic: $((end - start)) ms (CPU s: weed $(weed_cpu "$weed0"))"
diff -r "$work/state/upper" "$work/state2/upper" >/dev/null && echo "guestd restore matches the tree"

# The store alone: curl PUTs and GETs 8 MiB objects, 5 at a time, as
# guestd uploads packs (unsigned payload) and 8 at a time, as it fetches.
head -c $((8 << 20)) /dev/urandom >"$work/object"
sigv4=(--aws-sigv4 "aws:amz:us-east-1:s3" --user benchkey:benchsecret)
curl -sf "${sigv4[@]}" -X PUT "http://127.0.0.1:$s3_port/rawput" >/dev/null
weed0=$(cpu_s "$weed_pid")
start=$(now_ms)
seq 98 | xargs -P 5 -I{} curl -sf "${sigv4[@]}" -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" \
    -T "$work/object" -o /dev/null "http://127.0.0.1:$s3_port/rawput/{}"
end=$(now_ms)
echo "store alone, curl PUT of 98 x 8 MiB: $((end - start)) ms, $((98 * 8 * 1000 / (end - start))) MiB/s (CPU s: weed $(weed_cpu "$weed0"))"
weed0=$(cpu_s "$weed_pid")
start=$(now_ms)
seq 98 | xargs -P 8 -I{} curl -sf "${sigv4[@]}" -o /dev/null "http://127.0.0.1:$s3_port/rawput/{}"
end=$(now_ms)
echo "store alone, curl GET of 98 x 8 MiB: $((end - start)) ms, $((98 * 8 * 1000 / (end - start))) MiB/s (CPU s: weed $(weed_cpu "$weed0"))"
echo "guestd phases:"
grep -hE "checkpoint .*(first round|frozen|uploaded|manifest of|complete)|restor|manifests loaded" "$work/guestd.log" "$work/guestd2.log" | cut -c12-
