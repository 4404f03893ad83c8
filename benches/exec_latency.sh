#!/usr/bin/env bash
# Exec latency of /bin/true, measured in one run for:
#   api      guestd's POST /v1/exec from a long-lived client (one request
#            per run, read until the exit frame and the end of the body)
#   cli      the `guestd exec -- /bin/true` client process, fork to exit
#   crun     `crun exec` into a running crun container
#   nsenter  `nsenter` into the namespaces of that container's process
# Runs are interleaved (one of each per round) so that load on the shared
# machine hits every method alike. Prints p50 and p99 in milliseconds.
#
# crun rejects this machine's hybrid cgroup layout unless the cgroup2
# mount at /sys/fs/cgroup/unified is hidden, so the measuring runs in a
# private mount namespace with that mount unmounted.
#
# Usage: benches/exec_latency.sh [RUNS]   (default 300; run as root)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-300}
bin=${GUESTD_BIN:-target/release/guestd}
[ -x "$bin" ] || cargo build --offline --release >/dev/null
bin=$(realpath "$bin")
work=$(mktemp -d /tmp/guestd-exec-bench.XXXXXX)
name="guestd-bench-$$"

"$bin" serve --listen "unix:$work/api.sock" --state-dir "$work/state" \
    --run-dir "$work/run" --log-level warn 2>"$work/daemon.log" &
daemon=$!
cleanup() {
    unshare -m sh -c "umount /sys/fs/cgroup/unified 2>/dev/null; crun kill $name KILL 2>/dev/null; \
        sleep 0.2; crun delete -f $name 2>/dev/null" || true
    # The bind mount lived in the measuring mount namespace and went with it.
    kill "$daemon" 2>/dev/null || true
    wait "$daemon" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 100); do [ -S "$work/api.sock" ] && break; sleep 0.05; done

# A crun container whose root is a read-only bind mount of the host's root
# (pivot_root cannot move / itself), and whose process sleeps.
mkdir -p "$work/bundle" "$work/rootfs"
(cd "$work/bundle" && crun spec)
python3 - "$work/bundle/config.json" "$work/rootfs" <<'PY'
import json, sys
path, rootfs = sys.argv[1], sys.argv[2]
config = json.load(open(path))
config["root"] = {"path": rootfs, "readonly": True}
config["process"]["args"] = ["sleep", "infinity"]
config["process"]["terminal"] = False
json.dump(config, open(path, "w"))
PY

unshare -m --propagation private sh -c '
    umount /sys/fs/cgroup/unified
    mount --bind / "$1/rootfs"
    crun run -d --bundle "$1/bundle" "$2" >/dev/null 2>&1 </dev/null
    exec python3 "$3" "$4" "$1/api.sock" "$2" "$5"
' sh "$work" "$name" "benches/exec_latency.py" "$bin" "$runs"
