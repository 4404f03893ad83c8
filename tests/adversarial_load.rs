//! Load and slow-client attacks on a running daemon: a thousand
//! concurrent clients, two thousand connections that trickle bytes, user
//! code that holds connections on the container's API socket, and a flood
//! of connections to a forwarded port. The daemon must answer every
//! legitimate request, close the trickling connections at the request
//! timeout, refuse what it cannot serve at once, and give its memory and
//! descriptors back afterwards.

mod common;
mod forward_util;

use std::io::{BufRead, BufReader, ErrorKind, Read, Write};
use std::net::TcpStream;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use common::{json_field, Daemon};

/// Concurrent clients of the load test.
const CLIENTS: usize = 1000;
/// Requests each client sends of each kind, so each kind gets
/// `CLIENTS * REQUESTS_PER_CLIENT` = 10 000 requests.
const REQUESTS_PER_CLIENT: usize = 10;
/// Trickling connections of the slow-client test.
const TRICKLERS: usize = 2000;
/// The daemon's request timeout (`http::REQUEST_TIMEOUT`).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// Raises this process's open-file limit to its hard limit, so the test
/// and the daemon it starts (which inherits the limit) can hold thousands
/// of sockets. Returns the new soft limit.
fn raise_nofile_limit() -> u64 {
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: `limit` is a valid rlimit for getrlimit to fill.
    assert_eq!(unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) }, 0);
    limit.rlim_cur = limit.rlim_max;
    // SAFETY: `limit` is a valid rlimit; raising the soft limit up to the
    // hard one needs no privilege.
    assert_eq!(unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &limit) }, 0);
    limit.rlim_cur
}

fn rss_kib(daemon: &Daemon) -> u64 {
    let (status, body) = daemon.request("GET", "/v1/status", None);
    assert_eq!(status, 200, "{body}");
    json_field(&body, "rss_kib").and_then(|v| v.parse().ok()).expect("rss_kib in status")
}

/// Reads one response with a Content-Length body from a keep-alive
/// connection and returns its status.
fn read_response(reader: &mut BufReader<UnixStream>) -> std::io::Result<u16> {
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let status = line.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let mut length = 0usize;
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            return Err(ErrorKind::UnexpectedEof.into());
        }
        if line == "\r\n" {
            break;
        }
        let lower = line.to_ascii_lowercase();
        if let Some(value) = lower.strip_prefix("content-length:") {
            length = value.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0u8; length];
    reader.read_exact(&mut body)?;
    Ok(status)
}

/// One kind of request of the load test and the status it must get.
struct Kind {
    name: &'static str,
    request: &'static [u8],
    expected: u16,
    /// The daemon closes the connection after answering, so each request
    /// needs a connection of its own.
    closes: bool,
}

const KINDS: &[Kind] = &[
    Kind { name: "status", request: b"GET /v1/status HTTP/1.1\r\nHost: guestd\r\n\r\n", expected: 200, closes: false },
    Kind {
        name: "unknown route",
        request: b"GET /v1/no-such-route HTTP/1.1\r\nHost: guestd\r\n\r\n",
        expected: 404,
        closes: false,
    },
    Kind {
        name: "wrong method",
        request: b"DELETE /v1/status HTTP/1.1\r\nHost: guestd\r\n\r\n",
        expected: 405,
        closes: false,
    },
    Kind { name: "malformed", request: b"GET /v1/status HTTP/1.1\r\nBad Header\r\n\r\n", expected: 400, closes: true },
];

/// Sends every kind of request `REQUESTS_PER_CLIENT` times and counts the
/// answers per kind that had the expected status.
fn run_client(socket: &Path, ok: &[AtomicUsize], failures: &AtomicUsize) {
    for (kind, ok) in KINDS.iter().zip(ok) {
        let mut reader: Option<BufReader<UnixStream>> = None;
        for _ in 0..REQUESTS_PER_CLIENT {
            if reader.is_none() || kind.closes {
                let stream = match UnixStream::connect(socket) {
                    Ok(stream) => stream,
                    Err(_) => {
                        failures.fetch_add(1, Ordering::Relaxed);
                        continue;
                    }
                };
                stream.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
                reader = Some(BufReader::new(stream));
            }
            let conn = reader.as_mut().unwrap();
            let answered = conn.get_mut().write_all(kind.request).and_then(|()| read_response(conn));
            match answered {
                Ok(status) if status == kind.expected => {
                    ok.fetch_add(1, Ordering::Relaxed);
                }
                _ => {
                    failures.fetch_add(1, Ordering::Relaxed);
                    reader = None;
                }
            }
        }
    }
}

#[test]
fn thousand_clients_all_answered() {
    common::require_root();
    raise_nofile_limit();
    let daemon = Daemon::start("load", &["--max-connections", "4096", "--log-level", "info"]);
    let idle_kib = rss_kib(&daemon);

    let ok: Arc<Vec<AtomicUsize>> = Arc::new(KINDS.iter().map(|_| AtomicUsize::new(0)).collect());
    let failures = Arc::new(AtomicUsize::new(0));
    let start = Arc::new(Barrier::new(CLIENTS));
    let clients: Vec<_> = (0..CLIENTS)
        .map(|_| {
            let (socket, ok, failures, start) = (daemon.socket.clone(), ok.clone(), failures.clone(), start.clone());
            std::thread::Builder::new()
                .stack_size(128 * 1024)
                .spawn(move || {
                    start.wait();
                    run_client(&socket, &ok, &failures);
                })
                .expect("spawn client thread")
        })
        .collect();
    for client in clients {
        client.join().expect("client thread panicked");
    }

    for (kind, ok) in KINDS.iter().zip(ok.iter()) {
        let count = ok.load(Ordering::Relaxed);
        assert_eq!(count, CLIENTS * REQUESTS_PER_CLIENT, "{}: {count} answered {}", kind.name, kind.expected);
    }
    assert_eq!(failures.load(Ordering::Relaxed), 0, "requests failed or got the wrong status");

    // Every client has gone: the connections must be gone from the daemon
    // and their buffers freed.
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut connections = String::new();
    while Instant::now() < deadline {
        let (_, body) = daemon.request("GET", "/v1/status", None);
        connections = json_field(&body, "connections").unwrap_or_default();
        if connections == "1" {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(connections, "1", "connections still open after every client left");
    let after_kib = rss_kib(&daemon);
    eprintln!("daemon RSS: idle {idle_kib} KiB, after {} requests {after_kib} KiB", 4 * CLIENTS * REQUESTS_PER_CLIENT);
    assert!(after_kib <= idle_kib + 8 * 1024, "RSS grew from {idle_kib} KiB idle to {after_kib} KiB after the load");
}

/// A connection of the slow-client test and what became of it.
struct Trickler {
    stream: UnixStream,
    sent: usize,
    first_byte: Option<Instant>,
    closed_after: Option<Duration>,
    reply: Vec<u8>,
}

/// A request that is never finished: the trickler sends it one byte at a
/// time, and it is longer than the timeout allows at that pace.
const TRICKLE: &[u8] =
    b"GET /v1/status HTTP/1.1\r\nHost: guestd\r\nX-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n";

/// Reads what the daemon sent on a trickling connection; records when it
/// closed the connection.
fn poll_trickler(t: &mut Trickler) {
    let mut buffer = [0u8; 512];
    loop {
        match t.stream.read(&mut buffer) {
            Ok(0) => {
                t.closed_after = Some(t.first_byte.expect("sent a byte").elapsed());
                return;
            }
            Ok(n) => t.reply.extend_from_slice(&buffer[..n]),
            Err(err) if err.kind() == ErrorKind::WouldBlock => return,
            Err(_) => {
                t.closed_after = Some(t.first_byte.expect("sent a byte").elapsed());
                return;
            }
        }
    }
}

#[test]
fn slow_clients_closed_at_request_timeout() {
    common::require_root();
    raise_nofile_limit();
    let daemon = Daemon::start("slowloris", &["--max-connections", "4096", "--log-level", "info"]);

    let mut tricklers: Vec<Trickler> = (0..TRICKLERS)
        .map(|i| {
            let stream = UnixStream::connect(&daemon.socket)
                .unwrap_or_else(|err| panic!("trickler {i} failed to connect: {err}"));
            stream.set_nonblocking(true).unwrap();
            Trickler { stream, sent: 0, first_byte: None, closed_after: None, reply: Vec::new() }
        })
        .collect();

    // One byte per connection per round, a round about every 200 ms, until
    // the daemon has closed them all or the test gives up.
    let give_up = Instant::now() + REQUEST_TIMEOUT * 3;
    let mut legitimate = 0;
    while Instant::now() < give_up && tricklers.iter().any(|t| t.closed_after.is_none()) {
        for t in tricklers.iter_mut().filter(|t| t.closed_after.is_none()) {
            if t.sent < TRICKLE.len() && t.stream.write(&TRICKLE[t.sent..t.sent + 1]).is_ok() {
                t.sent += 1;
                t.first_byte.get_or_insert_with(Instant::now);
            }
            poll_trickler(t);
        }
        let (status, body) = daemon.request("GET", "/v1/status", None);
        assert_eq!(status, 200, "legitimate request failed during the attack: {body}");
        legitimate += 1;
        std::thread::sleep(Duration::from_millis(200));
    }

    let open = tricklers.iter().filter(|t| t.closed_after.is_none()).count();
    assert_eq!(open, 0, "{open} trickling connections still open after {:?}", REQUEST_TIMEOUT * 3);
    for (i, t) in tricklers.iter().enumerate() {
        let reply = String::from_utf8_lossy(&t.reply);
        assert!(reply.starts_with("HTTP/1.1 408"), "trickler {i} got {reply:?}");
        let closed_after = t.closed_after.unwrap();
        // The timer fires at the timeout measured from the daemon's first
        // read, which comes after the test's first write.
        assert!(
            closed_after + Duration::from_millis(500) >= REQUEST_TIMEOUT,
            "trickler {i} closed {closed_after:?} after its first byte, before the timeout"
        );
    }
    eprintln!("{TRICKLERS} trickling connections closed with 408; {legitimate} legitimate requests answered meanwhile");
    let (status, _) = daemon.request("GET", "/v1/status", None);
    assert_eq!(status, 200);
}

/// Connects `count` clients to `socket` that never send a byte.
fn hold_idle_connections(socket: &PathBuf, count: usize) -> Vec<UnixStream> {
    (0..count).filter_map(|_| UnixStream::connect(socket).ok()).collect()
}

#[test]
fn container_connections_leave_room_for_outside() {
    common::require_root();
    let daemon = Daemon::start("starve", &["--max-connections", "64"]);
    // User code fills the connection cap through its own API socket.
    let held = hold_idle_connections(&daemon.inner_socket, 200);
    assert!(!held.is_empty());
    // The platform's own requests from outside must still get through.
    for _ in 0..5 {
        let (status, body) = daemon.request("GET", "/v1/status", None);
        assert_eq!(status, 200, "outside request rejected while the container holds connections: {body}");
    }
    // The container's socket is capped, not closed: one more connection
    // from inside is told 503 at once rather than left hanging. The test
    // reads without sending, because the daemon closes the rejected
    // connection without reading it.
    let mut extra = UnixStream::connect(&daemon.inner_socket).unwrap();
    extra.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let reply = common::read_all(&mut extra);
    assert!(reply.starts_with("HTTP/1.1 503"), "{reply:?}");
    assert!(reply.contains("limit 32"), "{reply:?}");
    drop(held);
}

/// Sets the open-file limit, soft and hard, of process `pid`.
fn set_nofile_limit(pid: u32, limit: u64) {
    let new = libc::rlimit { rlim_cur: limit, rlim_max: limit };
    // SAFETY: `new` is a valid rlimit and no old value is asked for.
    let done = unsafe { libc::prlimit(pid as libc::pid_t, libc::RLIMIT_NOFILE, &new, std::ptr::null_mut()) };
    assert_eq!(done, 0, "prlimit of {pid}: {}", std::io::Error::last_os_error());
}

/// Connections the forwarding flood opens and holds.
const FLOOD: usize = 1500;
/// Open-file limit the daemon runs under during the flood: Debian's
/// default, far below what the default caps (512 API connections, 2048
/// forwarded ones at up to six descriptors each) would need.
const FLOOD_NOFILE: u64 = 1024;

#[test]
fn forward_flood_refused_before_descriptors_run_out() {
    common::require_root();
    raise_nofile_limit();
    let server = forward_util::EchoServer::start("127.0.0.1");
    let publish = format!("0:{}", server.port);
    let daemon = Daemon::start("adv-fwd-flood", &["--network", "host", "--publish", &publish]);
    let outer = forward_util::published_port(&daemon.socket, server.port);
    set_nofile_limit(daemon.pid(), FLOOD_NOFILE);

    // Each connection either echoes a byte (served) or is closed at once
    // (refused); one left waiting in the accept queue counts as hung.
    let mut served = Vec::new();
    let (mut refused, mut hung) = (0, 0);
    for i in 0..FLOOD {
        let mut stream = TcpStream::connect(("127.0.0.1", outer)).expect("connect to the forwarded port");
        stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let mut byte = [0u8; 1];
        let sent = stream.write_all(&[i as u8]);
        match (sent, stream.read(&mut byte)) {
            (Ok(()), Ok(1)) if byte[0] == i as u8 => served.push(stream),
            (_, Ok(0)) | (Err(_), _) => refused += 1,
            (_, Err(err)) if matches!(err.kind(), ErrorKind::ConnectionReset | ErrorKind::BrokenPipe) => refused += 1,
            (_, other) => {
                hung += 1;
                eprintln!("connection {i}: {other:?}");
                if hung >= 5 {
                    break;
                }
            }
        }
    }
    let descriptors = forward_util::fd_count(daemon.pid());
    let api = daemon.try_request("GET", "/v1/status", None);
    let (_, ports) = daemon.request("GET", "/v1/ports", None);
    eprintln!(
        "forward flood: {} served, {refused} refused, {hung} hung; daemon holds {descriptors} descriptors of {FLOOD_NOFILE}",
        served.len()
    );
    assert_eq!(hung, 0, "connections left waiting instead of refused; daemon log:\n{}", daemon.log());
    assert!(matches!(api, Ok((200, _))), "API unusable during the flood: {api:?}");
    assert!(refused > 0, "no connection refused");
    assert!(!served.is_empty(), "no connection served");
    assert!((descriptors as u64) < FLOOD_NOFILE, "daemon holds {descriptors} descriptors");
    let refused_count = forward_util::as_u64(forward_util::field(&forward_util::parse_json(&ports), "refused"));
    assert!(refused_count >= Some(refused as u64), "{ports}");

    // Rejected clients get the reason through the proxy route.
    let (status, mut stream) = forward_util::proxy(&daemon.socket, server.port);
    assert!(status.starts_with("HTTP/1.1 503"), "{status}");
    let mut body = String::new();
    let _ = stream.read_to_string(&mut body);
    assert!(body.contains("open-file limit"), "{body}");

    // Once the flood ends, forwarding serves again.
    drop(served);
    let mut stream = None;
    for _ in 0..200 {
        let mut attempt = TcpStream::connect(("127.0.0.1", outer)).unwrap();
        attempt.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let mut byte = [0u8; 1];
        if attempt.write_all(b"z").is_ok() && matches!(attempt.read(&mut byte), Ok(1)) {
            stream = Some(attempt);
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(stream.is_some(), "forwarding still refuses after the flood");
}

/// `pids.max` of the container in the fork bomb test.
const BOMB_PIDS_MAX: u64 = 512;
/// How long the fork bomb runs before the test kills it.
const BOMB_TIME: Duration = Duration::from_secs(5);

/// The service that runs the fork bomb: it waits for `/tmp/go`, then
/// every shell starts two more in the background and returns, while the
/// service's own process sleeps.
const BOMB_SERVICE: &str = r#"{"cmd":"/bin/sh","args":["-c","while [ ! -e /tmp/go ]; do sleep 0.1; done; bomb() { bomb | bomb & }; bomb; exec sleep 600"],"restart":"never","stop_signal":"SIGKILL"}"#;

/// Mount point of the cgroup v1 hierarchy that has the `pids` controller.
fn v1_pids_mount() -> Option<PathBuf> {
    let text = std::fs::read_to_string("/proc/self/mountinfo").ok()?;
    text.lines().find_map(|line| {
        let (left, right) = line.split_once(" - ")?;
        let mut fields = right.split_whitespace();
        let is_pids = fields.next()? == "cgroup" && fields.nth(1)?.split(',').any(|option| option == "pids");
        let mount_point = left.split_whitespace().nth(4)?;
        is_pids.then(|| PathBuf::from(mount_point))
    })
}

/// A cgroup v1 `pids` group that bounds the fork bomb where the container's
/// cgroup v2 has no `pids` controller (a host that binds it to cgroup v1),
/// so the bomb never runs without a limit. The bomb's processes stay in
/// the container's cgroup v2 leaf too, and are killed through it. On drop
/// this waits for the group to empty and removes it.
struct PidsNet {
    path: PathBuf,
}

impl PidsNet {
    fn create(max: u64) -> Option<PidsNet> {
        let path = v1_pids_mount()?.join(format!("guestd-test-bomb-{}", std::process::id()));
        std::fs::create_dir(&path).expect("create the cgroup v1 pids group");
        let net = PidsNet { path };
        std::fs::write(net.path.join("pids.max"), max.to_string()).expect("write pids.max");
        Some(net)
    }

    fn adopt(&self, pid: u64) {
        std::fs::write(self.path.join("cgroup.procs"), pid.to_string()).expect("move the bomb into the pids group");
    }

    fn number(&self, file: &str, key: &str) -> u64 {
        let text = std::fs::read_to_string(self.path.join(file)).unwrap_or_default();
        text.lines().find_map(|line| line.strip_prefix(key)?.trim().parse().ok()).unwrap_or(0)
    }
}

impl Drop for PidsNet {
    fn drop(&mut self) {
        for _ in 0..1000 {
            if std::fs::remove_dir(&self.path).is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        eprintln!("failed to remove {}: processes are left in it", self.path.display());
    }
}

/// Reads a number of the container's `limits` from `GET /v1/container`.
fn limit(body: &str, name: &str) -> Option<u64> {
    json_field(body, name).and_then(|value| value.parse().ok())
}

/// Current processes and `max` events of the bomb's pids limit: the
/// container's cgroup, or the safety net's where that has no controller.
fn bomb_counters(body: &str, net: Option<&PidsNet>) -> (u64, u64) {
    match net {
        Some(net) => (net.number("pids.current", ""), net.number("pids.events", "max ")),
        None => (limit(body, "pids_current").unwrap_or(0), limit(body, "pids_max_hits").unwrap_or(0)),
    }
}

#[test]
fn fork_bomb_held_by_pids_max() {
    common::require_root();
    let max_arg = BOMB_PIDS_MAX.to_string();
    // The safety net is declared before the daemon, so it is removed after
    // the daemon's drop has killed the container's cgroup.
    let mut net = None;
    let daemon = common::services::Managed::start("bomb", &["--pids-max", &max_arg]);
    let (_, body) = daemon.request("GET", "/v1/container", None);
    if limit(&body, "pids_max") != Some(BOMB_PIDS_MAX) {
        net = PidsNet::create(BOMB_PIDS_MAX);
        assert!(net.is_some(), "no pids controller in cgroup v1 or v2 to bound the fork bomb: {body}");
        eprintln!("the container's cgroup has no pids controller; cgroup v1 pids.max bounds the bomb");
    }
    daemon.define("web", r#"{"cmd":"sleep","args":["600"]}"#);
    let web = daemon.wait_status("web", "running", Duration::from_secs(20));
    let web_pid = json_field(&web, "pid");
    daemon.define("bomb", BOMB_SERVICE);
    let bomb = daemon.wait_status("bomb", "running", Duration::from_secs(20));
    if let Some(net) = &net {
        net.adopt(json_field(&bomb, "pid").and_then(|pid| pid.parse().ok()).expect("bomb service PID"));
    }
    let (_, body) = daemon.request("GET", "/v1/container", None);
    let (pids_before, events_before) = bomb_counters(&body, net.as_ref());

    let (status, body) = daemon.request("POST", "/v1/exec", Some(r#"{"cmd":["touch","/tmp/go"]}"#));
    assert_eq!(status, 200, "exec touch /tmp/go: {body}");
    let started = Instant::now();
    let (mut answered, mut slowest, mut peak, mut events) = (0, Duration::ZERO, 0, 0);
    while started.elapsed() < BOMB_TIME {
        let sent = Instant::now();
        let (status, body) = daemon.request("GET", "/v1/container", None);
        slowest = slowest.max(sent.elapsed());
        assert_eq!(status, 200, "GET /v1/container during the bomb: {body}");
        answered += 1;
        let (current, max_events) = bomb_counters(&body, net.as_ref());
        (peak, events) = (peak.max(current), max_events);
        std::thread::sleep(Duration::from_millis(100));
    }
    // A start that meets the limit is rejected with 503, naming pids.max.
    let (status, body) = daemon.request("POST", "/v1/exec", Some(r#"{"cmd":["true"]}"#));
    assert!(
        status == 200 || (status == 503 && body.contains("pids.max")),
        "exec while the bomb is held: {status} {body}"
    );
    let web = daemon.service("web");
    eprintln!(
        "fork bomb for {BOMB_TIME:?} under pids.max {BOMB_PIDS_MAX}: peak pids.current {peak} \
         (before {pids_before}), pids.events max {events_before} -> {events}, {answered} API requests \
         answered, slowest {slowest:?}"
    );
    assert!(peak <= BOMB_PIDS_MAX, "pids.current {peak} above pids.max");
    assert!(events > events_before, "the bomb never reached pids.max (peak {peak})");
    assert_eq!(json_field(&web, "pid"), web_pid, "the web service kept its process: {web}");
    assert_eq!(common::services::state_status(&web), "running", "{web}");

    let (status, body) = daemon.request("POST", "/v1/services/bomb/stop", None);
    assert!(status == 200 || status == 202, "stop the bomb: {status} {body}");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (_, body) = daemon.request("GET", "/v1/container", None);
        let (current, _) = bomb_counters(&body, net.as_ref());
        let settled = match &net {
            Some(_) => current == 0,
            None => current < pids_before,
        };
        if settled {
            eprintln!("after the bomb was killed: pids.current {current}");
            break;
        }
        assert!(Instant::now() < deadline, "pids.current still {current} 30 s after the bomb was killed");
        std::thread::sleep(Duration::from_millis(100));
    }
    let (status, body) = daemon.request("POST", "/v1/exec", Some(r#"{"cmd":["echo","calm"]}"#));
    assert_eq!(status, 200, "exec after the bomb: {body}");
    assert!(body.contains("calm"), "{body}");
    drop(daemon);
    drop(net);
}
