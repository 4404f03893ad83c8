#!/usr/bin/env bash
# Container bounce and spawn latency of guestd, beside `crun run` of an
# equivalent container in the same run.
#
# guestd: POST /v1/container/restart until the response (which comes when
# the container runs again), N times, and the spawn time of N execs of
# /bin/true (the `spawn_median_us` the daemon reports).
# crun: `crun run` of a container with the same namespaces (mount, PID,
# UTS, IPC, network, cgroup) whose root is an overlay of / with a private
# upper layer, running /bin/true, N times. crun rejects this machine's
# hybrid cgroup layout, so it runs in a private mount namespace with the
# cgroup2 mount at /sys/fs/cgroup/unified unmounted.
#
# Usage: benches/container_bounce.sh [N]   (default 50; run as root)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-50}
bin=${GUESTD_BIN:-target/release/guestd}
[ -x "$bin" ] || cargo build --offline --release >/dev/null
command -v crun >/dev/null || { echo "crun is not installed" >&2; exit 1; }
work=$(mktemp -d /tmp/guestd-bounce.XXXXXX)
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

echo "== guestd ($bin), $runs runs"
python3 - "$work/api.sock" "$runs" <<'PY'
import json, socket, statistics, sys, time

path, runs = sys.argv[1], int(sys.argv[2])

def request(method, target, body=b""):
    s = socket.socket(socket.AF_UNIX)
    s.connect(path)
    s.sendall(f"{method} {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
              f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
    data = b""
    while chunk := s.recv(65536):
        data += chunk
    s.close()
    head, _, rest = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), rest

def summary(name, samples):
    samples = sorted(samples)
    p = lambda q: samples[min(len(samples) - 1, int(q * len(samples)))]
    print(f"{name}: p50 {p(0.5):.2f} ms, p90 {p(0.9):.2f} ms, min {samples[0]:.2f} ms, n {len(samples)}")

bounces = []
for _ in range(runs):
    start = time.perf_counter()
    status, body = request("POST", "/v1/container/restart")
    bounces.append((time.perf_counter() - start) * 1000)
    assert status == 200, body
    assert json.loads(body)["state"] == "running", body
summary("guestd bounce (restart request until running)", bounces)

for _ in range(runs):
    status, _ = request("POST", "/v1/exec", b'{"cmd": ["/bin/true"]}')
    assert status == 200
status, body = request("GET", "/v1/container")
state = json.loads(body)
print(f"guestd spawn (daemon side, /bin/true): median {state['spawn_median_us']} us over {state['spawns']} spawns")
PY

echo "== crun $(crun --version | head -n1 | awk '{print $3}'), $runs runs"
bundle=$work/crun
mkdir -p "$bundle/upper" "$bundle/work" "$bundle/rootfs"
(cd "$bundle" && crun spec)
python3 - "$bundle/config.json" <<'PY'
import json, sys
path = sys.argv[1]
spec = json.load(open(path))
spec["process"]["terminal"] = False
spec["process"]["args"] = ["/bin/true"]
spec["root"] = {"path": "rootfs", "readonly": False}
spec["hostname"] = "bench"
kinds = {ns["type"] for ns in spec["linux"]["namespaces"]}
for kind in ["pid", "network", "ipc", "uts", "mount", "cgroup"]:
    if kind not in kinds:
        spec["linux"]["namespaces"].append({"type": kind})
json.dump(spec, open(path, "w"), indent=1)
PY
unshare -m bash -s "$bundle" "$runs" <<'SH'
set -euo pipefail
bundle=$1 runs=$2
mount --make-rprivate /
umount /sys/fs/cgroup/unified
mount -t overlay overlay -o "lowerdir=/,upperdir=$bundle/upper,workdir=$bundle/work" "$bundle/rootfs"
samples=()
for i in $(seq "$runs"); do
    start=$(date +%s%N)
    crun --root "$bundle/state" run --bundle "$bundle" "bench-$$-$i" >/dev/null
    end=$(date +%s%N)
    samples+=($(( (end - start) / 1000 )))
done
printf '%s\n' "${samples[@]}" | sort -n | awk '{a[NR]=$1} END {
    printf "crun run (create, start /bin/true, wait, delete): p50 %.2f ms, p90 %.2f ms, min %.2f ms, n %d\n",
        a[int(NR*0.5)+1]/1000, a[int(NR*0.9)+1]/1000, a[1]/1000, NR }'
umount "$bundle/rootfs"
SH
