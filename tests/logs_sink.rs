//! Shipping to a log sink: records wait in the spool while the sink is
//! absent and arrive in order once it listens, a sink that goes away and
//! comes back loses nothing, and a spool over its cap drops the oldest
//! records, counts them and marks the gap in the stream, also after a
//! daemon restart and for a spooled line a crash cut short.

mod common;

use std::io::Read;
use std::os::fd::AsRawFd;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::Path;
use std::time::{Duration, Instant};

use common::json_field;
use common::services::Managed;

/// Accepts one connection within `limit`.
fn accept_within(listener: &UnixListener, limit: Duration) -> UnixStream {
    listener.set_nonblocking(true).unwrap();
    let start = Instant::now();
    loop {
        match listener.accept() {
            Ok((stream, _)) => {
                stream.set_nonblocking(false).unwrap();
                stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
                return stream;
            }
            Err(err) if err.kind() == std::io::ErrorKind::WouldBlock => {
                assert!(start.elapsed() < limit, "the daemon did not connect to the sink within {limit:?}");
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(err) => panic!("accept failed: {err}"),
        }
    }
}

/// Reads from `stream` once and returns the whole JSON lines received,
/// keeping a cut last line in `buffer`. `lines_so_far` goes in the panic
/// message.
fn read_json_lines(stream: &mut UnixStream, buffer: &mut Vec<u8>, lines_so_far: usize) -> Vec<String> {
    let mut chunk = vec![0u8; 64 * 1024];
    let n = stream.read(&mut chunk).unwrap_or_else(|err| panic!("sink read failed after {lines_so_far} lines: {err}"));
    assert!(n > 0, "sink connection closed after {lines_so_far} lines");
    buffer.extend_from_slice(&chunk[..n]);
    let end = buffer.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let lines = buffer[..end]
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|raw| String::from_utf8_lossy(raw).into_owned())
        .collect();
    buffer.drain(..end);
    lines
}

/// Reads JSON lines from `stream` and returns the `line` of every record
/// of `service`, until `done` holds for them.
fn read_service_lines(stream: &mut UnixStream, service: &str, done: impl Fn(&[String]) -> bool) -> Vec<String> {
    let mut lines = Vec::new();
    let mut buffer = Vec::new();
    let marker = format!("\"service\":\"{service}\"");
    while !done(&lines) {
        for text in read_json_lines(stream, &mut buffer, lines.len()) {
            if text.contains(&marker) {
                lines.push(json_field(&text, "line").unwrap_or_default());
            }
        }
    }
    lines
}

/// Reads JSON lines from `stream` and returns the `line` of every record
/// of `service`, until a record of the daemon itself contains `text`.
fn read_service_lines_until_daemon_logs(stream: &mut UnixStream, service: &str, text: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut buffer = Vec::new();
    let marker = format!("\"service\":\"{service}\"");
    let daemon_marker = "\"service\":\"guestd\"";
    loop {
        for record in read_json_lines(stream, &mut buffer, lines.len()) {
            if record.contains(&marker) {
                lines.push(json_field(&record, "line").unwrap_or_default());
            } else if record.contains(daemon_marker) && json_field(&record, "line").is_some_and(|l| l.contains(text)) {
                return lines;
            }
        }
    }
}

/// Reads JSON lines from `stream`, all services and markers included,
/// until a record of `service` on stdout has the whole line `text`.
fn read_until_record(stream: &mut UnixStream, service: &str, text: &str) -> Vec<String> {
    let mut received = Vec::new();
    let mut buffer = Vec::new();
    let last = format!(r#""service":"{service}","stream":"stdout","partial":false,"line":"{text}"}}"#);
    while !received.iter().any(|line: &String| line.ends_with(&last)) {
        received.extend(read_json_lines(stream, &mut buffer, received.len()));
    }
    received
}

fn sink_status(daemon: &Managed) -> String {
    let (status, body) = daemon.request("GET", "/v1/logs/status", None);
    assert_eq!(status, 200, "{body}");
    body
}

fn start_with_sink(label: &str, socket: &Path, extra: &[&str]) -> Managed {
    let sink = format!("unix:{}", socket.display());
    let mut args = vec!["--log-sink", sink.as_str()];
    args.extend_from_slice(extra);
    Managed::start(label, &args)
}

#[test]
fn spooled_records_arrive_when_sink_appears() {
    let dir = common::TempDir::new("sink-late");
    let socket = dir.path().join("sink.sock");
    let daemon = start_with_sink("sink-late", &socket, &[]);
    daemon.define("numbers", r#"{"cmd":"seq","args":["1","20000"],"restart":"never"}"#);
    daemon.wait_status("numbers", "stopped", Duration::from_secs(30));
    daemon.wait_pipes_closed(Duration::from_secs(30));
    let status = sink_status(&daemon);
    assert!(status.contains(r#""connected":false"#), "{status}");
    assert_ne!(json_field(&status, "spool_bytes").as_deref(), Some("0"), "{status}");

    let listener = UnixListener::bind(&socket).unwrap();
    let mut stream = accept_within(&listener, Duration::from_secs(40));
    let lines = read_service_lines(&mut stream, "numbers", |lines| lines.len() >= 20000);
    let expected: Vec<String> = (1..=20000).map(|n| n.to_string()).collect();
    assert_eq!(lines, expected);
    let status = sink_status(&daemon);
    assert!(status.contains(r#""connected":true"#), "{status}");
    assert_eq!(json_field(&status, "dropped_records").as_deref(), Some("0"), "{status}");
}

#[test]
fn sink_restart_loses_nothing() {
    let dir = common::TempDir::new("sink-bounce");
    let socket = dir.path().join("sink.sock");
    let listener = UnixListener::bind(&socket).unwrap();
    let daemon = start_with_sink("sink-bounce", &socket, &[]);
    let mut first = accept_within(&listener, Duration::from_secs(10));
    let script = "for i in $(seq 1 40); do seq $((i*500-499)) $((i*500)); sleep 0.05; done";
    daemon.define("ticks", &format!(r#"{{"cmd":"sh","args":["-c","{script}"],"restart":"never"}}"#));
    let early = read_service_lines(&mut first, "ticks", |lines| lines.len() >= 2000);
    // Lines written meanwhile wait unread in the socket when the collector
    // goes away, and they must come again after the reconnect.
    std::thread::sleep(Duration::from_millis(300));
    // The listener goes first, so the daemon cannot reconnect to it
    // after the connection closes.
    drop(listener);
    drop(first);
    std::fs::remove_file(&socket).unwrap();
    std::thread::sleep(Duration::from_millis(500));
    let listener = UnixListener::bind(&socket).unwrap();
    let mut second = accept_within(&listener, Duration::from_secs(40));
    let late = read_service_lines(&mut second, "ticks", |lines| lines.last().map(String::as_str) == Some("20000"));

    // Delivery is at least once: a line cut by the disconnect comes again.
    let mut seen = std::collections::BTreeSet::new();
    let mut previous = 0u64;
    for line in early.iter().chain(&late) {
        let number: u64 = line.parse().unwrap_or_else(|_| panic!("not a number: {line:?}"));
        assert!(number >= previous.saturating_sub(1000), "record {number} came after {previous}");
        previous = previous.max(number);
        seen.insert(number);
    }
    let missing: Vec<u64> = (1..=20000).filter(|n| !seen.contains(n)).take(10).collect();
    assert!(missing.is_empty(), "records lost across the sink restart: {missing:?}");
    let status = sink_status(&daemon);
    assert_eq!(json_field(&status, "connects").as_deref(), Some("2"), "{status}");

    // Each record counts once in `sent_records`, and once more in
    // `resent_records` when it goes out again after the reconnect.
    let start = Instant::now();
    let status = loop {
        let status = sink_status(&daemon);
        let sent = json_field(&status, "sent_records");
        if json_field(&status, "spool_bytes").as_deref() == Some("0") && sent == json_field(&status, "records") {
            break status;
        }
        assert!(start.elapsed() < Duration::from_secs(30), "sent_records never matched records: {status}");
        std::thread::sleep(Duration::from_millis(100));
    };
    let resent: u64 = json_field(&status, "resent_records").unwrap().parse().unwrap();
    assert!(resent > 0, "no record was sent again: {status}");
}

#[test]
fn full_spool_drops_oldest_and_counts() {
    let dir = common::TempDir::new("sink-full");
    let socket = dir.path().join("sink.sock");
    let daemon = start_with_sink("sink-full", &socket, &["--log-spool-max", "200000"]);
    daemon.define("flood", r#"{"cmd":"seq","args":["1","100000"],"restart":"never"}"#);
    daemon.wait_status("flood", "stopped", Duration::from_secs(60));
    daemon.wait_pipes_closed(Duration::from_secs(60));
    let status = sink_status(&daemon);
    let dropped: u64 = json_field(&status, "dropped_records").unwrap().parse().unwrap();
    assert!(dropped > 50_000, "{status}");
    let spooled: u64 = json_field(&status, "spool_bytes").unwrap().parse().unwrap();
    assert!(spooled <= 200_000, "{status}");
    assert!(daemon.log().contains("dropped the oldest"), "drop not logged");

    let listener = UnixListener::bind(&socket).unwrap();
    let mut stream = accept_within(&listener, Duration::from_secs(40));
    let received = read_until_record(&mut stream, "flood", "100000");
    // The gap comes first, marked with how many records it lost.
    let first = &received[0];
    assert!(first.starts_with(r#"{"time":""#) && first.contains(r#""dropped":"#), "no gap marker first: {first}");
    let markers: Vec<&String> = received.iter().filter(|line| line.contains(r#""dropped":"#)).collect();
    assert_eq!(markers.len(), 1, "{markers:?}");
    let marked: u64 = json_field(first, "dropped").unwrap().parse().unwrap();
    let status = sink_status(&daemon);
    assert_eq!(json_field(&status, "dropped_records"), Some(marked.to_string()), "marker {first}: {status}");

    let numbers: Vec<u64> = received
        .iter()
        .filter(|line| line.contains(r#""service":"flood""#))
        .map(|line| json_field(line, "line").unwrap().parse().unwrap())
        .collect();
    assert!(numbers.windows(2).all(|w| w[1] == w[0] + 1), "kept records are not one contiguous run");
    assert!((numbers.len() as u64) < 100_000 - 50_000 + 1, "{} records arrived", numbers.len());
}

#[test]
fn spool_survives_daemon_restart() {
    let dir = common::TempDir::new("sink-restart");
    let socket = dir.path().join("sink.sock");
    let mut daemon = start_with_sink("sink-restart", &socket, &[]);
    daemon.define("kept", r#"{"cmd":"seq","args":["1","5000"],"restart":"never","enabled":false}"#);
    let (status, _) = daemon.request("POST", "/v1/services/kept/start", None);
    assert_eq!(status, 200);
    daemon.wait_status("kept", "stopped", Duration::from_secs(30));
    daemon.wait_pipes_closed(Duration::from_secs(30));
    // `start` left the service enabled, so the next daemon would run it
    // again and add its records after the spooled ones. Disable it.
    let (status, body) = daemon.request("POST", "/v1/services/kept/stop", None);
    assert_eq!(status, 200, "{body}");
    daemon.restart();

    let listener = UnixListener::bind(&socket).unwrap();
    let mut stream = accept_within(&listener, Duration::from_secs(40));
    // The daemon logs the connection after it takes the spool, so that
    // line follows every spooled record and a record sent twice comes
    // before it.
    let lines = read_service_lines_until_daemon_logs(&mut stream, "kept", "connected to log sink");
    let expected: Vec<String> = (1..=5000).map(|n| n.to_string()).collect();
    assert_eq!(lines, expected);
}

#[test]
fn spool_gap_marked_after_restart() {
    let dir = common::TempDir::new("sink-gap");
    let socket = dir.path().join("sink.sock");
    let mut daemon = start_with_sink("sink-gap", &socket, &["--log-spool-max", "200000"]);
    daemon.define("flood", r#"{"cmd":"seq","args":["1","100000"],"restart":"never","enabled":false}"#);
    let (status, body) = daemon.request("POST", "/v1/services/flood/start", None);
    assert_eq!(status, 200, "{body}");
    daemon.wait_status("flood", "stopped", Duration::from_secs(60));
    daemon.wait_pipes_closed(Duration::from_secs(60));
    let (status, body) = daemon.request("POST", "/v1/services/flood/stop", None);
    assert_eq!(status, 200, "{body}");
    let status = sink_status(&daemon);
    let dropped: u64 = json_field(&status, "dropped_records").unwrap().parse().unwrap();
    assert!(dropped > 50_000, "{status}");
    // No sink was connected, so the gap is marked only in the next run.
    daemon.restart();

    let listener = UnixListener::bind(&socket).unwrap();
    let mut stream = accept_within(&listener, Duration::from_secs(40));
    let received = read_until_record(&mut stream, "flood", "100000");
    let first = &received[0];
    assert!(first.contains(r#""dropped":"#), "no gap marker first after the restart: {first}");
    let marked: u64 = json_field(first, "dropped").unwrap().parse().unwrap();
    // The first daemon may drop a few more of its own lines as it exits.
    assert!(marked >= dropped, "marker {first} counts fewer than the {dropped} records dropped");
    assert!(marked < 100_000, "{first}");
}

#[test]
fn torn_spool_line_dropped_and_marked() {
    let dir = common::TempDir::new("sink-torn");
    let socket = dir.path().join("sink.sock");
    let mut daemon = start_with_sink("sink-torn", &socket, &[]);
    daemon.shutdown();
    assert!(daemon.child.is_none(), "the daemon did not exit");
    // The newest segment ends inside a line, as a crash mid-write leaves it.
    let whole =
        r#"{"time":"2026-12-05T00:00:00.000000Z","service":"old","stream":"stdout","partial":false,"line":"kept"}"#;
    let torn = r#"{"time":"2026-12-05T00:00:01.000000Z","service":"old","stream":"stdout","partial":false,"line":"cut"#;
    let segment = daemon.state_dir.join("logs/sink/9000000000000000.spool");
    std::fs::write(&segment, format!("{whole}\n{torn}")).unwrap();
    daemon.spawn();
    daemon.define("after", r#"{"cmd":"seq","args":["1","100"],"restart":"never"}"#);

    let listener = UnixListener::bind(&socket).unwrap();
    let mut stream = accept_within(&listener, Duration::from_secs(40));
    let received = read_until_record(&mut stream, "after", "100");
    for line in &received {
        assert!(line.starts_with('{'), "not one JSON object: {line}");
        assert!(line.ends_with('}'), "not one JSON object: {line}");
        assert!(!line.contains(r#""line":"cut"#), "the torn line was sent: {line}");
    }
    let kept = received.iter().position(|line| line == whole).expect("the whole spooled line did not arrive");
    let marker = received.iter().position(|line| line.contains(r#""dropped":1}"#)).expect("no gap marker");
    let first_after = received.iter().position(|line| line.contains(r#""service":"after""#)).unwrap();
    assert!(
        kept < marker && marker < first_after,
        "marker at {marker}, kept line at {kept}, new records from {first_after}"
    );
    let status = sink_status(&daemon);
    assert_eq!(json_field(&status, "dropped_records").as_deref(), Some("1"), "{status}");
}

/// Sets the listen backlog of `listener` to 0 and fills it with one
/// connection that is never accepted, so the kernel takes no further
/// connection: a TCP listener drops their SYNs, a Unix one rejects them.
fn fill_backlog<L: AsRawFd>(listener: &L, fill: impl FnOnce()) {
    // SAFETY: listen takes plain integers, and the descriptor stays open for
    // the call because `listener` is borrowed.
    let result = unsafe { libc::listen(listener.as_raw_fd(), 0) };
    assert_eq!(result, 0, "listen(0) failed: {}", std::io::Error::last_os_error());
    fill();
}

/// Socket inodes of `pid` that are TCP connections to `port` in state
/// SYN_SENT, read from `/proc/PID/net/tcp` and `/proc/PID/fd`.
fn syn_sent_sockets(pid: u32, port: u16) -> Vec<u64> {
    let owned: Vec<u64> = std::fs::read_dir(format!("/proc/{pid}/fd"))
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|entry| std::fs::read_link(entry.path()).ok())
                .filter_map(|target| {
                    let text = target.to_string_lossy().into_owned();
                    text.strip_prefix("socket:[")?.strip_suffix(']')?.parse().ok()
                })
                .collect()
        })
        .unwrap_or_default();
    let table = std::fs::read_to_string(format!("/proc/{pid}/net/tcp")).unwrap_or_default();
    let remote = format!(":{port:04X}");
    table
        .lines()
        .skip(1)
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let syn_sent = fields.get(3) == Some(&"02");
            let to_port = fields.get(2).is_some_and(|addr| addr.ends_with(&remote));
            let inode: u64 = fields.get(9)?.parse().ok()?;
            (syn_sent && to_port && owned.contains(&inode)).then_some(inode)
        })
        .collect()
}

#[test]
fn pending_tcp_connect_leaves_api_serving() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let mut filler = None;
    fill_backlog(&listener, || filler = Some(std::net::TcpStream::connect(("127.0.0.1", port)).unwrap()));
    let sink = format!("tcp:127.0.0.1:{port}");
    let daemon = Managed::start("sink-syn", &["--log-sink", &sink]);

    // The daemon's connect waits for a SYN-ACK that never comes while the
    // backlog is full.
    let start = Instant::now();
    let pending = loop {
        if let Some(&inode) = syn_sent_sockets(daemon.pid(), port).first() {
            break inode;
        }
        assert!(start.elapsed() < Duration::from_secs(30), "the daemon never started a connect to {sink}");
        std::thread::sleep(Duration::from_millis(10));
    };

    let (code, body) = daemon.request("GET", "/v1/status", None);
    assert_eq!(code, 200, "{body}");
    let status = sink_status(&daemon);
    let still = syn_sent_sockets(daemon.pid(), port);
    assert!(still.contains(&pending), "the connect ended before the API responded: {still:?}, {status}");
    assert!(status.contains(r#""connecting":true"#), "{status}");
    assert!(status.contains(r#""connected":false"#), "{status}");

    // Once the backlog has room, a retransmitted SYN or the next attempt
    // connects, and records flow.
    drop(filler);
    drop(listener.accept().unwrap());
    listener.set_nonblocking(true).unwrap();
    let start = Instant::now();
    let mut stream = loop {
        match listener.accept() {
            Ok((stream, _)) => break stream,
            Err(err) if err.kind() == std::io::ErrorKind::WouldBlock => {
                assert!(start.elapsed() < Duration::from_secs(60), "the daemon never connected to {sink}");
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(err) => panic!("accept failed: {err}"),
        }
    };

    stream.set_nonblocking(false).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    daemon.define("hello", r#"{"cmd":"echo","args":["hello sink"],"restart":"never"}"#);
    let mut received = Vec::new();
    let mut chunk = [0u8; 4096];
    while !String::from_utf8_lossy(&received).contains("hello sink") {
        let n = stream.read(&mut chunk).expect("sink read failed");
        assert!(n > 0, "sink connection closed: {}", String::from_utf8_lossy(&received));
        received.extend_from_slice(&chunk[..n]);
    }
    let status = sink_status(&daemon);
    assert!(status.contains(r#""connected":true"#), "{status}");
}

#[test]
fn full_unix_backlog_leaves_api_serving() {
    let dir = common::TempDir::new("sink-backlog");
    let socket = dir.path().join("sink.sock");
    let listener = UnixListener::bind(&socket).unwrap();
    let mut filler = None;
    fill_backlog(&listener, || filler = Some(UnixStream::connect(&socket).unwrap()));
    let daemon = start_with_sink("sink-backlog", &socket, &[]);

    let status = sink_status(&daemon);
    assert!(status.contains(r#""connected":false"#), "{status}");
    let error = json_field(&status, "last_error").unwrap_or_default();
    assert!(error.contains("backlog is full"), "{status}");

    drop(filler);
    drop(listener.accept().unwrap());
    daemon.define("hello", r#"{"cmd":"echo","args":["hello sink"],"restart":"never"}"#);
    let mut stream = accept_within(&listener, Duration::from_secs(40));
    let lines = read_service_lines(&mut stream, "hello", |lines| !lines.is_empty());
    assert_eq!(lines, ["hello sink"]);
}
