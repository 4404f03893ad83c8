"""Timing loop of benches/exec_latency.sh; see there for what it measures.

Usage: exec_latency.py GUESTD_BIN API_SOCKET CRUN_CONTAINER RUNS
"""

import json
import socket
import subprocess
import sys
import time

guestd, api_socket, container, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
BODY = b'{"cmd": ["/bin/true"]}'
REQUEST = (
    b"POST /v1/exec HTTP/1.1\r\nHost: guestd\r\nConnection: close\r\n"
    b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(BODY), BODY)
)


def api():
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.connect(api_socket)
    sock.sendall(REQUEST)
    response = b""
    while True:
        data = sock.recv(65536)
        if not data:
            break
        response += data
    sock.close()
    if b" 200 " not in response.split(b"\r\n", 1)[0] or b'"exit_code":0' not in response:
        raise SystemExit(f"api exec failed: {response!r}")


def wait_for_container():
    """Waits until the daemon reports its container running."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.connect(api_socket)
        sock.sendall(b"GET /v1/container HTTP/1.1\r\nHost: guestd\r\nConnection: close\r\n\r\n")
        response = b""
        while data := sock.recv(65536):
            response += data
        sock.close()
        if b'"state":"running"' in response:
            return
        time.sleep(0.05)
    raise SystemExit(f"the container did not start: {response!r}")


def command(argv):
    def run():
        subprocess.run(argv, check=True, stdin=subprocess.DEVNULL)
    return run


wait_for_container()
state = json.loads(subprocess.run(["crun", "state", container], check=True, capture_output=True).stdout)
pid = str(state["pid"])
methods = {
    "api": api,
    "cli": command([guestd, "--api", f"unix:{api_socket}", "exec", "--", "/bin/true"]),
    "crun": command(["crun", "exec", container, "/bin/true"]),
    "nsenter": command(["nsenter", "-t", pid, "-m", "-u", "-i", "-n", "-p", "--", "/bin/true"]),
}
samples = {name: [] for name in methods}
for round_number in range(runs + 10):
    for name, method in methods.items():
        start = time.perf_counter()
        method()
        elapsed = (time.perf_counter() - start) * 1000
        if round_number >= 10:  # the first rounds warm caches
            samples[name].append(elapsed)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


print(f"exec latency of /bin/true, {runs} runs each (ms)")
print(f"{'method':<10}{'p50':>8}{'p99':>8}")
for name, values in samples.items():
    print(f"{name:<10}{percentile(values, 0.50):>8.2f}{percentile(values, 0.99):>8.2f}")
with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
    sock.connect(api_socket)
    sock.sendall(b"GET /v1/container HTTP/1.1\r\nHost: guestd\r\nConnection: close\r\n\r\n")
    container_state = b""
    while data := sock.recv(65536):
        container_state += data
spawn_median = container_state.split(b'"spawn_median_us":', 1)[-1].split(b",", 1)[0].decode()
print(f"guestd container spawn median (daemon's own measure): {spawn_median} us")
api_p50 = percentile(samples["api"], 0.50)
for peer in ("crun", "nsenter"):
    print(f"p50 {peer} / api: {percentile(samples[peer], 0.50) / api_p50:.1f}x")
