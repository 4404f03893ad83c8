//! guestd as PID 1 of a real microVM, driven from the host over vsock:
//! QEMU boots a kernel with an initramfs whose /init is the static guestd,
//! and the test talks to it through the vhost-device-vsock backend's Unix
//! socket (`hvsock:PATH:1024`). It runs on the kernel built from
//! kernel-config/ (everything built in) and on Debian's
//! cloud kernel (modules loaded by guestd), both on a q35 machine, or on
//! QEMU's microvm with `GUESTD_VM_MACHINE=microvm`.
//!
//! Needs qemu-system-x86, linux-image-cloud-amd64, busybox-static,
//! linux-source-6.1 and the vhost-device-vsock backend; .ci/run installs
//! them. Without them the tests fail and say why.

mod common;
#[path = "vm/harness.rs"]
mod harness;

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::json_field;
use common::seaweed::{self, Seaweed};
use guestd::storage::s3::{Credentials, S3Store};
use guestd::storage::store::ObjectStore;
use harness::{HostSide, Kernel, Vm};

/// Port the test service serves HTTP on inside the container.
const SERVICE_PORT: &str = "8080";
/// Port of the echo service inside the container.
const ECHO_PORT: u16 = 9000;
/// Guest vsock port of forwarded connections.
const FORWARD_PORT: u32 = 1025;
/// Host vsock port that the guest's S3 store connects to. The host relays
/// it to SeaweedFS on loopback.
const STORE_VSOCK_PORT: u32 = 7000;
/// Key prefix of the guest's checkpoints in the bucket.
const STORE_PREFIX: &str = "vm";

/// The checkpoint store of a test guest.
#[derive(Clone, Copy, PartialEq)]
enum GuestStore {
    /// The default `dir:` store on the initramfs, in the guest's memory.
    Memory,
    /// SeaweedFS on the host as `s3:vsock:2:PORT/...`, reached through a
    /// relay from the vsock backend's Unix socket.
    S3OverVsock,
}

/// Runs the client in the guest's container and returns its stdout,
/// asserting that it exited with `code`.
fn exec(vm: &Vm, args: &[&str], code: i32) -> String {
    let mut full = vec!["exec"];
    full.extend_from_slice(args);
    let output = vm.client(&full);
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert_eq!(
        output.status.code(),
        Some(code),
        "guestd exec {args:?}: stdout {stdout:?}, stderr {:?}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// Runs a client command and returns its stdout, asserting success.
fn client_ok(vm: &Vm, args: &[&str]) -> String {
    let output = vm.client(args);
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "guestd {args:?} failed: stdout {stdout:?}, stderr {:?}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// Polls `check` every 200 ms until it returns true, for at most `limit`.
fn eventually(limit: Duration, what: &str, mut check: impl FnMut() -> bool) {
    let start = Instant::now();
    while !check() {
        assert!(start.elapsed() < limit, "{what} did not happen within {limit:?}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The exec API: output, exit codes, and a command on a TTY.
fn check_exec(vm: &Vm) {
    let out = exec(vm, &["--", "sh", "-c", "echo hello from the guest; cat /proc/1/comm"], 0);
    assert!(out.contains("hello from the guest"), "{out}");
    exec(vm, &["--", "sh", "-c", "exit 7"], 7);
    // As PID 1 the daemon has CAP_SYS_RESOURCE, so it sets the container's
    // init to oom_score_adj -1000. A command that exec starts keeps 0.
    let scores = exec(vm, &["--", "sh", "-c", "cat /proc/1/oom_score_adj /proc/self/oom_score_adj"], 0);
    assert_eq!(
        scores.split_whitespace().collect::<Vec<_>>(),
        ["-1000", "0"],
        "oom_score_adj of init and exec: {scores:?}"
    );
    let tty = exec(vm, &["-t", "--", "sh", "-c", "test -t 0 && test -t 1 && echo on-a-tty; stty size"], 0);
    assert!(tty.contains("on-a-tty"), "a TTY exec runs on a terminal: {tty:?}");
    assert!(tty.contains("24 80"), "the terminal has the default size: {tty:?}");
}

/// A service that logs a line and serves HTTP, and its log.
fn check_service(vm: &Vm) {
    let script = format!(
        "mkdir -p /www && echo served-from-the-guest > /www/index.html && \
         echo service-started && exec httpd -f -p {SERVICE_PORT} -h /www"
    );
    client_ok(vm, &["service", "put", "web", "--", "sh", "-c", &script]);
    eventually(Duration::from_secs(60), "the service's log line", || {
        String::from_utf8_lossy(&vm.client(&["logs", "web"]).stdout).contains("service-started")
    });
}

/// Reads one line (without its newline) a byte at a time, so nothing after
/// it is consumed.
fn read_line(stream: &mut impl Read) -> std::io::Result<String> {
    let mut line = Vec::new();
    let mut byte = [0u8; 1];
    while stream.read(&mut byte)? == 1 && byte[0] != b'\n' {
        line.push(byte[0]);
    }
    Ok(String::from_utf8_lossy(&line).into_owned())
}

/// Sends `text` and a newline on `stream` and returns the line that comes
/// back.
fn echo(stream: &mut (impl Read + Write), text: &str) -> std::io::Result<String> {
    stream.write_all(format!("{text}\n").as_bytes())?;
    read_line(stream)
}

/// Reaches container port `port` through the guest's forwarding vsock
/// port: the backend's `CONNECT 1025`, then guestd's header line.
fn vsock_forward(vm: &Vm, port: u16) -> std::io::Result<std::os::unix::net::UnixStream> {
    let mut stream = guestd::client::hybrid_vsock_connect(&vm.vsock, FORWARD_PORT)?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    stream.write_all(format!("CONNECT {port}\n").as_bytes())?;
    let reply = read_line(&mut stream)?;
    if !reply.starts_with("OK") {
        return Err(std::io::Error::other(format!("header reply {reply:?}")));
    }
    Ok(stream)
}

/// Reaches container port `port` through the API's `/v1/proxy` upgrade.
fn proxy_upgrade(vm: &Vm, port: u16) -> std::io::Result<std::os::unix::net::UnixStream> {
    let mut stream = vm.connect()?;
    write!(stream, "GET /v1/proxy/{port} HTTP/1.1\r\nHost: guestd\r\nUpgrade: tcp\r\nConnection: Upgrade\r\n\r\n")?;
    let mut head = String::new();
    loop {
        let line = read_line(&mut stream)?;
        if line.trim_end().is_empty() {
            break;
        }
        head.push_str(&line);
        head.push('\n');
    }
    if !head.starts_with("HTTP/1.1 101") {
        return Err(std::io::Error::other(format!("upgrade refused: {head:?}")));
    }
    Ok(stream)
}

/// Sends an HTTP/1.0 request for `/` on `stream`, half-closing it after
/// the request when `half_close` is set, and returns everything up to the
/// end of the stream, which the server's close must bring.
fn http10_get<S: Read + Write>(mut stream: S, half_close: impl FnOnce(&S)) -> String {
    stream.write_all(b"GET / HTTP/1.0\r\nHost: guest\r\n\r\n").unwrap();
    half_close(&stream);
    let mut reply = Vec::new();
    if let Err(err) = stream.read_to_end(&mut reply) {
        panic!("no end of stream after {:?}: {err}", String::from_utf8_lossy(&reply));
    }
    String::from_utf8_lossy(&reply).into_owned()
}

/// Starts `guestd proxy 0:PORT` against the guest and returns it with the
/// host loopback address it listens on.
fn start_proxy(vm: &Vm, port: &str) -> (std::process::Child, String) {
    let mut proxy = Command::new(common::GUESTD)
        .args(["--api", &vm.api_arg(), "proxy", &format!("0:{port}")])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start guestd proxy");
    let banner = read_line(proxy.stdout.as_mut().unwrap()).unwrap_or_default();
    let local = banner.split_whitespace().nth(1).unwrap_or_default().to_string();
    (proxy, local)
}

/// Closes `stream` with a reset (`SO_LINGER` of 0), as a client that
/// was killed or timed out.
fn reset(stream: std::net::TcpStream) {
    use std::os::fd::AsRawFd;
    let linger = libc::linger { l_onoff: 1, l_linger: 0 };
    // SAFETY: setsockopt reads `linger` for the call, and `stream` keeps
    // the descriptor open.
    let rc = unsafe {
        libc::setsockopt(
            stream.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_LINGER,
            &linger as *const libc::linger as *const libc::c_void,
            std::mem::size_of::<libc::linger>() as libc::socklen_t,
        )
    };
    assert_eq!(rc, 0, "SO_LINGER: {}", std::io::Error::last_os_error());
    drop(stream);
}

/// Stops a `guestd proxy` started by [`start_proxy`].
fn stop_proxy(mut proxy: std::process::Child) {
    // SAFETY: kill takes plain integers; the PID is our own child, not
    // yet reaped, so it cannot have been reused.
    unsafe { libc::kill(proxy.id() as libc::pid_t, libc::SIGKILL) };
    let _ = proxy.wait();
}

/// Services in the container reached from the host through the
/// forwarding vsock port 1025, the `/v1/proxy` upgrade over vsock, and
/// `guestd proxy` on a host loopback port: an echo service, and the HTTP
/// service with HTTP/1.0 requests, whose replies end when the server
/// closes (with a half-close from the host client through `guestd proxy`).
fn check_forwarding(vm: &Vm) {
    let port = ECHO_PORT.to_string();
    client_ok(vm, &["service", "put", "echo", "--", "nc", "-ll", "-p", &port, "-e", "cat"]);
    // The service may not listen yet: retry until it echoes.
    let start = Instant::now();
    loop {
        match vsock_forward(vm, ECHO_PORT).and_then(|mut stream| echo(&mut stream, "through-vsock-1025")) {
            Ok(line) if line == "through-vsock-1025" => break,
            other => assert!(
                start.elapsed() < Duration::from_secs(60),
                "no echo through vsock port {FORWARD_PORT} within 60 s; last attempt: {other:?}"
            ),
        }
        std::thread::sleep(Duration::from_millis(200));
    }

    let mut upgraded = proxy_upgrade(vm, ECHO_PORT).expect("the /v1/proxy upgrade over vsock");
    assert_eq!(echo(&mut upgraded, "through-the-proxy-upgrade").unwrap(), "through-the-proxy-upgrade");
    drop(upgraded);

    let http_port: u16 = SERVICE_PORT.parse().unwrap();
    let reply = http10_get(vsock_forward(vm, http_port).expect("vsock port 1025 to the HTTP service"), |_| {});
    assert!(reply.contains("served-from-the-guest"), "through vsock port {FORWARD_PORT}: {reply:?}");
    let reply = http10_get(proxy_upgrade(vm, http_port).expect("/v1/proxy to the HTTP service"), |_| {});
    assert!(reply.contains("served-from-the-guest"), "through /v1/proxy: {reply:?}");

    for port in [port.as_str(), SERVICE_PORT] {
        let (proxy, local) = start_proxy(vm, port);
        let result = std::panic::catch_unwind(|| {
            let mut stream =
                std::net::TcpStream::connect(&local).unwrap_or_else(|err| panic!("guestd proxy at {local:?}: {err}"));
            stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
            if port == SERVICE_PORT {
                let reply = http10_get(stream, |s| s.shutdown(std::net::Shutdown::Write).unwrap());
                assert!(reply.contains("served-from-the-guest"), "through guestd proxy: {reply:?}");
            } else {
                assert_eq!(echo(&mut stream, "through-guestd-proxy").unwrap(), "through-guestd-proxy");
                // When a local client resets its connection, the proxy closes
                // its backend connection, so the guest's end closes too.
                reset(stream);
                eventually(Duration::from_secs(30), "the guest's end of a reset proxy connection closed", || {
                    let out = exec(vm, &["--", "sh", "-c", "netstat -tn | grep ESTABLISHED || true"], 0);
                    !out.contains(&format!(":{ECHO_PORT} "))
                });
            }
        });
        stop_proxy(proxy);
        if let Err(panic) = result {
            std::panic::resume_unwind(panic);
        }
    }
}

/// Reads a number field of the container's status (`GET /v1/container`).
fn container_number(vm: &mut Vm, name: &str) -> Option<u64> {
    let (code, body) = vm.request("GET", "/v1/container", None);
    assert_eq!(code, 200, "GET /v1/container: {body}");
    json_field(&body, name).and_then(|value| value.parse().ok())
}

/// Returns the PID of service `name` while it runs.
fn service_pid(vm: &mut Vm, name: &str) -> Option<u64> {
    let (_, body) = vm.request("GET", &format!("/v1/services/{name}"), None);
    json_field(&body, "pid").and_then(|value| value.parse().ok())
}

/// Maximum time that the test probes the fork bomb before it kills it.
const BOMB_TIME_MAX: Duration = Duration::from_secs(45);

/// The guest daemon's `--pids-max`, well below the default of 4096 so that
/// the fork bomb meets it before the guest's memory runs out.
const GUEST_PIDS_MAX: u64 = 512;

/// Runs a fork bomb (every shell starts two more in the background) under
/// `--pids-max`, probes the API meanwhile, checks that the bomb met
/// `pids.max`, then kills the bomb's service through its cgroup.
fn check_fork_bomb(vm: &mut Vm, label: &str) {
    let web = service_pid(vm, "web").expect("the HTTP service runs");
    let hits_before = container_number(vm, "pids_max_hits").unwrap_or(0);
    let ooms_before = container_number(vm, "memory_oom_kills").unwrap_or(0);
    let bomb = r#"{"cmd":"/bin/sh","args":["-c","bomb() { bomb | bomb & }; bomb; exec sleep 600"],"restart":"never","stop_signal":"SIGKILL"}"#;
    let (code, body) = vm.request("PUT", "/v1/services/bomb", Some(bomb));
    assert_eq!(code, 201, "PUT the fork bomb service: {body}");

    let started = Instant::now();
    let (mut answered, mut slowest, mut peak, mut hits) = (0, Duration::ZERO, 0, hits_before);
    // Probe until the bomb meets pids.max, then 10 s more while it is held
    // there.
    let mut held_since: Option<Instant> = None;
    while started.elapsed() < BOMB_TIME_MAX && held_since.is_none_or(|since| since.elapsed() < Duration::from_secs(10))
    {
        let sent = Instant::now();
        let (code, body) = vm.request("GET", "/v1/container", None);
        slowest = slowest.max(sent.elapsed());
        assert_eq!(code, 200, "GET /v1/container during the bomb: {body}");
        answered += 1;
        let number = |name: &str| json_field(&body, name).and_then(|value| value.parse::<u64>().ok());
        peak = peak.max(number("pids_current").unwrap_or(0));
        hits = number("pids_max_hits").unwrap_or(hits);
        if hits > hits_before && held_since.is_none() {
            held_since = Some(Instant::now());
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    eprintln!(
        "{label} kernel: fork bomb for {:.1} s: peak pids.current {peak}, pids.events max \
         {hits_before} -> {hits}, {answered} API requests answered, slowest {slowest:?}",
        started.elapsed().as_secs_f64()
    );
    assert!(hits > hits_before, "the fork bomb never met the container's pids.max (peak {peak})");
    assert!(peak <= GUEST_PIDS_MAX, "pids.current {peak} above --pids-max {GUEST_PIDS_MAX}");
    let ooms = container_number(vm, "memory_oom_kills").unwrap_or(0);
    eprintln!("{label} kernel: OOM kills during the fork bomb {ooms_before} -> {ooms}");
    assert_eq!(service_pid(vm, "web"), Some(web), "the HTTP service survived the fork bomb");

    let (code, body) = vm.request("POST", "/v1/services/bomb/stop", None);
    assert!(code == 200 || code == 202, "stop the fork bomb: {code} {body}");
    eventually(Duration::from_secs(60), "pids.current back down after the bomb", || {
        container_number(vm, "pids_current").is_some_and(|current| current < 16)
    });
    let (code, body) = vm.request("DELETE", "/v1/services/bomb", None);
    assert_eq!(code, 204, "DELETE the fork bomb service: {body}");
    let out = exec(vm, &["--", "echo", "after-the-bomb"], 0);
    assert!(out.contains("after-the-bomb"), "{out}");
}

/// Fills the upper layer, a tmpfs of its own by default under PID 1, and
/// checks that the container gets `ENOSPC` while the daemon still saves a
/// service definition on the initramfs. With the store in memory, a
/// checkpoint of the full layer fails and names the store.
fn check_full_upper(vm: &mut Vm, label: &str, store: GuestStore) {
    assert!(vm.console_text().contains("mounted a tmpfs of"), "the upper layer has its own tmpfs");
    // Random bytes, so that the checkpoint below cannot deduplicate them.
    let out = exec(vm, &["--", "sh", "-c", "dd if=/dev/urandom of=/root/fill bs=1M 2>&1; ls -l /root/fill"], 0);
    eprintln!("{label} kernel: filling the upper layer: {}", out.trim().replace('\n', "; "));
    assert!(out.contains("No space left"), "the upper layer filled: {out}");
    let (code, body) = vm.request("PUT", "/v1/services/after-fill", Some(r#"{"cmd":"true","enabled":false}"#));
    assert_eq!(code, 201, "a service definition written while the upper layer is full: {body}");
    // The default store is in the guest's memory too, so the checkpoint of
    // a full upper layer fails and names the store. The kernel does not
    // panic. An S3 store would take the whole layer, over emulated vsock.
    if store == GuestStore::Memory {
        let output = vm.client(&["checkpoint", "create", "--wait"]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        eprintln!("{label} kernel: checkpoint of the full upper layer: {}", stderr.trim().replace('\n', "; "));
        assert!(!output.status.success(), "a checkpoint of the full upper layer fit in memory: {stderr}");
        assert!(stderr.contains("is in memory"), "{stderr}");
    }
    exec(vm, &["--", "rm", "/root/fill"], 0);
    client_ok(vm, &["gc"]);
    let (code, body) = vm.request("DELETE", "/v1/services/after-fill", None);
    assert_eq!(code, 204, "{body}");
}

/// A memory hog in the container under the daemon's default limits: the
/// container hits `memory.max`, the daemon keeps serving, and the HTTP
/// service keeps running.
fn check_limits(vm: &mut Vm, label: &str) {
    assert_eq!(container_number(vm, "pids_max"), Some(GUEST_PIDS_MAX), "--pids-max is set");
    let memory_max = container_number(vm, "memory_max").expect("the default memory.max is set");
    let web = service_pid(vm, "web").expect("the HTTP service runs");

    let ooms_before = container_number(vm, "memory_oom_kills").unwrap_or(0);
    let hog = format!("head -c {} /dev/zero | tail > /dev/null", memory_max * 2);
    let output = vm.client(&["exec", "--", "sh", "-c", &hog]);
    let ooms = container_number(vm, "memory_oom_kills").unwrap_or(0);
    eprintln!(
        "{label} kernel: memory hog: exec ended with {:?}, OOM kills {ooms_before} -> {ooms}, memory.max {memory_max}",
        output.status.code()
    );
    assert!(ooms > ooms_before, "the memory hog met the container's OOM killer");
    assert_eq!(service_pid(vm, "web"), Some(web), "the HTTP service survived the memory hog");
    let (code, body) = vm.request("GET", "/v1/status", None);
    assert_eq!(code, 200, "the daemon answers after the memory hog: {body}");

    let out = exec(vm, &["--", "echo", "after-the-attacks"], 0);
    assert!(out.contains("after-the-attacks"), "{out}");
}

/// Creates a checkpoint in the guest's store, changes a file, restores
/// the checkpoint, and returns its id.
fn check_checkpoint_restore(vm: &Vm) -> String {
    exec(vm, &["--", "sh", "-c", "echo before > /root/marker"], 0);
    let id = client_ok(vm, &["checkpoint", "create", "--wait"]).trim().to_string();
    assert!(!id.is_empty(), "checkpoint create printed no id");
    exec(vm, &["--", "sh", "-c", "echo after > /root/marker"], 0);
    client_ok(vm, &["restore", &id]);
    let marker = exec(vm, &["--", "cat", "/root/marker"], 0);
    assert_eq!(marker.trim(), "before", "restore brought back the checkpoint's file");
    id
}

/// Checks from the host, over TCP, that the manifest of checkpoint `id`
/// is in the bucket that the guest wrote to over vsock.
fn check_manifest_in_bucket(weed: &Seaweed, id: &str) {
    let url = format!("http://127.0.0.1:{}/{}/{STORE_PREFIX}", weed.s3_port, weed.bucket);
    let credentials = Credentials::new(seaweed::ACCESS_KEY.into(), seaweed::SECRET_KEY.into());
    let store = S3Store::new(&url, "us-east-1", credentials).expect("the host's S3 store");
    let key = format!("manifests/{id}.json");
    let manifest = store.get(&key, 1 << 20).unwrap_or_else(|err| panic!("GET {key} from the host: {err}"));
    let text = String::from_utf8_lossy(&manifest);
    assert!(text.contains(id), "manifest {key} names its checkpoint: {text}");
    let listed = store.list("manifests/", 100).expect("list the manifests from the host");
    assert!(listed.iter().any(|(name, _)| *name == key), "{key} listed in {listed:?}");
}

/// Checks that `POST /v1/container/restart` builds the container again,
/// that commands run in it afterwards, and that the HTTP service starts
/// again and serves the host through the forwarding vsock port.
fn check_container_bounce(vm: &mut Vm) {
    let web_before = service_pid(vm, "web").expect("the HTTP service runs before the bounce");
    let (code, body) = vm.request("POST", "/v1/container/restart", None);
    assert_eq!(code, 200, "container restart: {body}");
    let out = exec(vm, &["--", "echo", "after-bounce"], 0);
    assert!(out.contains("after-bounce"), "{out}");

    let http_port: u16 = SERVICE_PORT.parse().unwrap();
    let mut last = String::new();
    eventually(Duration::from_secs(60), "the HTTP service serving again after the bounce", || {
        let Ok(mut stream) = vsock_forward(vm, http_port) else { return false };
        let mut reply = Vec::new();
        let sent = stream.write_all(b"GET / HTTP/1.0\r\nHost: guest\r\n\r\n");
        let received = sent.and_then(|()| stream.read_to_end(&mut reply));
        last = format!("{received:?}: {}", String::from_utf8_lossy(&reply));
        last.contains("served-from-the-guest")
    });
    let web_after = service_pid(vm, "web").expect("the HTTP service runs after the bounce");
    assert_ne!(web_after, web_before, "the bounce started the HTTP service again; last reply {last}");
}

/// Waits for the debug line `every subsystem started` on the console, lets
/// the daemon settle, and returns its status before any request that does work.
fn idle_status(vm: &mut Vm) -> String {
    eventually(Duration::from_secs(120), "the end of the daemon's start steps", || {
        vm.console_text().contains("every subsystem started")
    });
    std::thread::sleep(Duration::from_secs(2));
    let (code, status) = vm.request("GET", "/v1/status", None);
    assert_eq!(code, 200, "GET /v1/status: {status}");
    status
}

/// Formats the RSS and PSS of a status body for the test output.
fn memory_figures(status: &str) -> String {
    let field = |name| json_field(status, name).unwrap_or_else(|| "?".to_string());
    format!("RSS {} KiB, PSS {} KiB", field("rss_kib"), field("pss_kib"))
}

/// Boots `kernel` with `store`, drives every area from the host over vsock,
/// and powers the guest off.
fn boot_serve_poweroff(kernel: Kernel, store: GuestStore) {
    let mut args = format!("--log-level debug --name vmtest --pids-max {GUEST_PIDS_MAX}");
    let mut host = HostSide::default();
    // Declared before the VM, so that it is dropped after it.
    let weed = (store == GuestStore::S3OverVsock).then(|| Seaweed::start(&format!("vm-{}", kernel.label)));
    if let Some(weed) = &weed {
        host.relays.push((STORE_VSOCK_PORT, weed.s3_port));
        host.store_key_file = Some(weed.key_file());
        args.push_str(&format!(
            " --store s3:vsock:2:{STORE_VSOCK_PORT}/{}/{STORE_PREFIX} --store-key-file /etc/guestd/store-key",
            weed.bucket
        ));
    }
    let mut vm = Vm::boot(&kernel, &format!("GUESTD_ARGS=\"{args}\""), &host);
    let (status, ready_after) = vm.wait_ready();
    eprintln!("{} kernel: first API answer {:.2} s after QEMU start", kernel.label, ready_after.as_secs_f64());
    // The guest's own timeline: each start step, when the loop began to
    // serve, when the first request arrived, and when each module loaded.
    let timeline = ["start step", "machine prepared", "after init started", "container started", "loaded module"];
    for line in vm.console_text().lines().filter(|line| timeline.iter().any(|word| line.contains(word))) {
        eprintln!("{} kernel: {line}", kernel.label);
    }
    assert_eq!(json_field(&status, "pid").as_deref(), Some("1"), "{status}");
    assert_eq!(json_field(&status, "pid1").as_deref(), Some("true"), "{status}");
    assert!(status.contains("vsock:1024"), "status lists the vsock listener: {status}");

    // The client binary reaches the guest through the same address.
    let output = vm.client(&["status"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "guestd status failed: {}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains("\"pid1\":true"), "{stdout}");

    // Flags from the kernel command line reached the daemon.
    let (code, body) = vm.request("GET", "/v1/sprites/vmtest", None);
    assert_eq!(code, 200, "GET /v1/sprites/vmtest: {body}");

    let idle = idle_status(&mut vm);
    eprintln!("{} kernel: idle daemon after start: {}", kernel.label, memory_figures(&idle));

    check_exec(&vm);
    check_service(&vm);
    check_forwarding(&vm);
    check_limits(&mut vm, kernel.label);
    check_fork_bomb(&mut vm, kernel.label);
    check_full_upper(&mut vm, kernel.label, store);
    let checkpoint = check_checkpoint_restore(&vm);
    if let Some(weed) = &weed {
        check_manifest_in_bucket(weed, &checkpoint);
        eprintln!("{} kernel: checkpoint {checkpoint} stored in SeaweedFS over vsock", kernel.label);
    }
    check_container_bounce(&mut vm);
    let (_, status) = vm.request("GET", "/v1/status", None);
    eprintln!("{} kernel: status before poweroff: {status}", kernel.label);
    eprintln!("{} kernel: daemon after the work: {}", kernel.label, memory_figures(&status));

    // The client's own command, as the docs show it to a host.
    let out = client_ok(&vm, &["poweroff"]);
    assert!(out.contains("poweroff accepted"), "{out}");
    let exit = vm.wait_exit(Duration::from_secs(120));
    assert!(exit.success(), "QEMU ended with {exit}; console:\n{}", vm.console_text());
    let console = vm.console_text();
    assert!(console.contains("powering off"), "guestd logged its poweroff:\n{console}");
    assert!(console.contains("reboot: Power down"), "the kernel powered off:\n{console}");
}

#[test]
fn vm_custom_kernel_serves_and_powers_off() {
    boot_serve_poweroff(harness::custom_kernel(), GuestStore::S3OverVsock);
}

#[test]
fn vm_debian_kernel_serves_and_powers_off() {
    boot_serve_poweroff(harness::debian_kernel(), GuestStore::Memory);
}
