//! The log pipeline of a running daemon: completeness and order of a
//! million lines per stream, long lines, binary output and a missing last
//! newline, rotation under the cap, following through rotation, the
//! daemon's own log as service `guestd`, and the read buffer freed once the
//! pipes are quiet. Losses: a full disk loses whole chunks only, the
//! records a slow follower skips are counted in the stream and the status,
//! and an unfinished line is kept when the daemon shuts down.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::json_field;
use common::services::{read_records, Managed};

const LINES: u64 = 1_000_000;

/// Checks that `records` of `stream` are the numbers 1..=count in order.
fn assert_numbered(records: &[(String, bool, Vec<u8>)], stream: &str, count: u64) {
    let mut expected = 1u64;
    for (index, (_, partial, line)) in records.iter().filter(|(s, _, _)| s == stream).enumerate() {
        assert!(!partial, "{stream} record {index} is marked partial");
        let text = std::str::from_utf8(line).unwrap_or("");
        assert_eq!(text.parse::<u64>().ok(), Some(expected), "{stream} record {index} is {text:?}");
        expected += 1;
    }
    assert_eq!(expected - 1, count, "{stream} has {} records", expected - 1);
}

#[test]
fn million_lines_per_stream_complete() {
    let daemon = Managed::start("logs-million", &["--log-file-max", "4000000", "--log-rotated-files", "50"]);
    let script = format!("seq 1 {LINES} & seq 1 {LINES} >&2; wait");
    daemon.define("flood", &format!(r#"{{"cmd":"sh","args":["-c","{script}"],"restart":"never"}}"#));
    daemon.wait_status("flood", "stopped", Duration::from_secs(120));
    daemon.wait_pipes_closed(Duration::from_secs(120));
    let logs = daemon.state_dir.join("logs");
    assert!(logs.join("flood.log.1").exists(), "no rotation happened");
    let records = read_records(&logs, "flood");
    assert_eq!(records.len() as u64, 2 * LINES);
    assert_numbered(&records, "stdout", LINES);
    assert_numbered(&records, "stderr", LINES);
    for index in 1..=50 {
        let path = logs.join(format!("flood.log.{index}"));
        if let Ok(meta) = std::fs::metadata(&path) {
            assert!(meta.len() <= 4_000_000, "{} is {} bytes", path.display(), meta.len());
        }
    }
}

#[test]
fn read_buffer_freed_when_quiet() {
    let daemon = Managed::start("logs-release", &[]);
    // The daemon sleeps while the output fills the pipe (8 MiB, or the
    // default 64 KiB where the daemon lacks CAP_SYS_RESOURCE to grow it),
    // then takes it in reads larger than what a quiet daemon keeps.
    let script = "sleep 1; dd if=/dev/zero bs=1M count=4 status=none";
    daemon.define("burst", &format!(r#"{{"cmd":"sh","args":["-c","{script}"],"restart":"never"}}"#));
    let pid = daemon.pid() as libc::pid_t;
    // SAFETY: kill takes plain integers; the PID is our own unreaped child.
    unsafe { libc::kill(pid, libc::SIGSTOP) };
    std::thread::sleep(Duration::from_secs(3));
    // SAFETY: as above.
    unsafe { libc::kill(pid, libc::SIGCONT) };
    daemon.wait_status("burst", "stopped", Duration::from_secs(60));
    daemon.wait_pipes_closed(Duration::from_secs(60));

    let start = std::time::Instant::now();
    let freed = loop {
        let log = daemon.log();
        if let Some(line) = log.lines().find(|line| line.contains("freed the log read buffer")) {
            break line.to_string();
        }
        assert!(start.elapsed() < Duration::from_secs(30), "the read buffer was not freed:\n{log}");
        std::thread::sleep(Duration::from_millis(200));
    };
    let used_kib: u64 = freed
        .split('(')
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|number| number.parse().ok())
        .unwrap_or_else(|| panic!("no size in {freed:?}"));
    assert!(used_kib > 16, "a full pipe's read used only {used_kib} KiB: {freed:?}");

    let (_, status) = daemon.request("GET", "/v1/logs/status", None);
    assert_eq!(json_field(&status, "read_buffer_bytes").as_deref(), Some("0"), "{status}");
}

#[test]
fn long_line_binary_and_no_newline() {
    let daemon = Managed::start("logs-odd", &[]);
    let script =
        "head -c 10000000 /dev/zero | tr '\\\\0' x; echo; printf 'a\\\\000b\\\\377\\\\376\\\\n'; printf 'no newline'";
    daemon.define("odd", &format!(r#"{{"cmd":"sh","args":["-c","{script}"],"restart":"never"}}"#));
    daemon.wait_status("odd", "stopped", Duration::from_secs(60));
    daemon.wait_pipes_closed(Duration::from_secs(60));
    let records = read_records(&daemon.state_dir.join("logs"), "odd");
    let (long, rest) = records.split_at(records.len() - 2);
    let total: usize = long.iter().map(|(_, _, line)| line.len()).sum();
    assert_eq!(total, 10_000_000, "bytes of the long line");
    assert!(long.iter().all(|(_, _, line)| line.len() <= 16 * 1024), "a piece exceeds 16 KiB");
    assert!(long.iter().all(|(_, _, line)| line.iter().all(|&b| b == b'x')), "long line altered");
    let (last_of_long, pieces) = long.split_last().unwrap();
    assert!(!last_of_long.1, "the long line's last piece is marked partial");
    assert!(pieces.iter().all(|(_, partial, _)| *partial), "a middle piece is not marked partial");
    assert_eq!(rest[0].2, b"a\0b\xff\xfe", "binary line");
    assert!(!rest[0].1);
    assert_eq!(rest[1].2, b"no newline");
    assert!(rest[1].1, "a last line without newline must be marked partial");

    let (_, body) = daemon.request("GET", "/v1/services/odd/logs?tail=2", None);
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(lines.len(), 2, "{body}");
    assert!(
        lines[0].contains(r#""line":"a\u0000b\ufffd\ufffd""#) || lines[0].contains("a\\u0000b\u{fffd}\u{fffd}"),
        "{}",
        lines[0]
    );
    assert!(lines[1].contains(r#""partial":true,"line":"no newline""#), "{}", lines[1]);
}

#[test]
fn rotation_stays_under_cap() {
    let daemon = Managed::start("logs-rotate", &["--log-file-max", "65536", "--log-rotated-files", "2"]);
    daemon.define("chatty", r#"{"cmd":"seq","args":["1","100000"],"restart":"never"}"#);
    daemon.wait_status("chatty", "stopped", Duration::from_secs(60));
    daemon.wait_pipes_closed(Duration::from_secs(60));
    let logs = daemon.state_dir.join("logs");
    for name in ["chatty.log", "chatty.log.1", "chatty.log.2"] {
        let size = std::fs::metadata(logs.join(name)).map(|m| m.len()).unwrap_or(0);
        assert!(size > 0, "{name} missing or empty");
        assert!(size <= 65536, "{name} is {size} bytes");
    }
    assert!(!logs.join("chatty.log.3").exists(), "more rotated files than kept");
    for name in ["chatty.log", "chatty.log.1", "chatty.log.2"] {
        let data = std::fs::read(logs.join(name)).unwrap();
        assert!(data.starts_with(b"#guestd-log 2\n@"), "{name} lacks its header and first chunk");
    }
    let records = read_records(&logs, "chatty");
    assert_eq!(records.last().map(|r| r.2.clone()), Some(b"100000".to_vec()));
    let first: u64 = std::str::from_utf8(&records[0].2).unwrap().parse().unwrap();
    let numbers: Vec<u64> = records.iter().map(|r| std::str::from_utf8(&r.2).unwrap().parse().unwrap()).collect();
    assert_eq!(numbers, (first..=100_000).collect::<Vec<_>>(), "kept records are not one contiguous run");
    let (_, body) = daemon.request("GET", "/v1/services/chatty/logs?tail=3", None);
    assert!(body.ends_with("\"line\":\"100000\"}\n"), "{body}");
    assert_eq!(body.lines().count(), 3, "{body}");
}

/// Opens a follow stream of `service` from its next record on, and reads
/// the response head.
fn follow(daemon: &Managed, service: &str) -> BufReader<UnixStream> {
    let mut stream = UnixStream::connect(&daemon.socket).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    write!(stream, "GET /v1/services/{service}/logs?tail=0&follow=1 HTTP/1.1\r\nHost: guestd\r\n\r\n").unwrap();
    let mut reader = BufReader::new(stream);
    let mut status_line = String::new();
    reader.read_line(&mut status_line).unwrap();
    assert!(status_line.starts_with("HTTP/1.1 200"), "{status_line}");
    loop {
        let mut header = String::new();
        reader.read_line(&mut header).unwrap();
        if header == "\r\n" {
            break;
        }
    }
    reader
}

/// Reads one chunk of a chunked body, which is empty at the body's end.
fn read_chunk(reader: &mut BufReader<UnixStream>) -> Vec<u8> {
    let mut size_line = String::new();
    reader.read_line(&mut size_line).unwrap();
    let size = usize::from_str_radix(size_line.trim(), 16).unwrap();
    let mut chunk = vec![0u8; size + 2];
    reader.read_exact(&mut chunk).unwrap();
    chunk.truncate(size);
    chunk
}

#[test]
fn follow_streams_through_rotation() {
    let daemon = Managed::start("logs-follow", &["--log-file-max", "65536", "--log-rotated-files", "1"]);
    // Bursts of 1000 lines with pauses, so a debug-build reader keeps up
    // and no record is skipped for it.
    let script = "for i in $(seq 0 49); do seq $((i*1000+1)) $((i*1000+1000)); sleep 0.02; done";
    daemon.define("ticker", &format!(r#"{{"cmd":"sh","args":["-c","{script}"],"restart":"never","enabled":false}}"#));

    let mut reader = follow(&daemon, "ticker");
    let (status, _) = daemon.request("POST", "/v1/services/ticker/start", None);
    assert_eq!(status, 200);

    let mut body = Vec::new();
    let mut expected = 1u64;
    while expected <= 50_000 {
        let chunk = read_chunk(&mut reader);
        assert!(!chunk.is_empty(), "stream ended at record {expected}");
        body.extend_from_slice(&chunk);
        let complete = body.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        for line in body[..complete].split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
            let text = String::from_utf8_lossy(line);
            let value = json_field(&text, "line").unwrap_or_default();
            assert_eq!(value, expected.to_string(), "record out of order: {text}");
            expected += 1;
        }
        body.drain(..complete);
    }
    assert!(daemon.state_dir.join("logs/ticker.log.1").exists(), "no rotation happened while following");
    let (_, status) = daemon.request("GET", "/v1/logs/status", None);
    assert_eq!(json_field(&status, "followers").as_deref(), Some("1"), "{status}");
}

#[test]
fn daemon_log_is_service_guestd() {
    let daemon = Managed::start("logs-self", &[]);
    daemon.define("hello", r#"{"cmd":"true","restart":"never"}"#);
    daemon.wait_status("hello", "stopped", Duration::from_secs(10));
    let start = std::time::Instant::now();
    loop {
        let (status, body) = daemon.request("GET", "/v1/services/guestd/logs?tail=1000", None);
        assert_eq!(status, 200, "{body}");
        if body.contains("service hello started") {
            assert!(body.contains(r#""service":"guestd""#), "{body}");
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "daemon log lacks the start line: {body}");
        std::thread::sleep(Duration::from_millis(50));
    }
    let file = std::fs::read_to_string(daemon.state_dir.join("logs/guestd.log")).unwrap();
    assert!(file.contains("listening on"), "{file}");
    let (status, body) = daemon.request("GET", "/v1/services/nothing/logs", None);
    assert_eq!(status, 404, "{body}");
    let (status, body) = daemon.request("GET", "/v1/services/guestd/logs?tail=lots", None);
    assert_eq!(status, 400, "{body}");
}

/// A small tmpfs mounted over a directory for one test, unmounted on drop.
struct SmallDisk(PathBuf);

impl SmallDisk {
    fn mount(dir: &Path, size: &str) -> SmallDisk {
        let status = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .status()
            .expect("run mount");
        assert!(status.success(), "mount tmpfs on {}", dir.display());
        SmallDisk(dir.to_path_buf())
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

/// Runs service `name` once as `seq FIRST LAST` and waits until its
/// output is read.
fn run_seq(daemon: &Managed, name: &str, first: u64, last: u64) {
    let body = format!(r#"{{"cmd":"seq","args":["{first}","{last}"],"restart":"never","enabled":false}}"#);
    daemon.define(name, &body);
    let (status, reply) = daemon.request("POST", &format!("/v1/services/{name}/start"), None);
    assert_eq!(status, 200, "{reply}");
    daemon.wait_status(name, "stopped", Duration::from_secs(30));
    daemon.wait_pipes_closed(Duration::from_secs(30));
}

#[test]
fn full_disk_loses_whole_chunks_only() {
    let daemon = Managed::start("logs-full", &[]);
    let logs = daemon.state_dir.join("logs");
    // The daemon's own log file stays open on the disk underneath.
    let _disk = SmallDisk::mount(&logs, "64k");
    // Two pages stay free, so the first output is written in part and
    // then fails with ENOSPC.
    let filler = logs.join("filler");
    std::fs::write(&filler, vec![0u8; 56 * 1024]).unwrap();
    run_seq(&daemon, "full", 1, 5000);
    let (_, status) = daemon.request("GET", "/v1/logs/status", None);
    let lost: u64 = json_field(&status, "records_lost_to_write_errors").unwrap().parse().unwrap();
    assert!(lost > 0, "no record was lost on a full disk: {status}");

    std::fs::remove_file(&filler).unwrap();
    run_seq(&daemon, "full", 5001, 6000);
    let records = read_records(&logs, "full");
    let numbers: Vec<u64> = records
        .iter()
        .map(|(_, partial, line)| {
            assert!(!partial, "a partial record: {:?}", String::from_utf8_lossy(line));
            std::str::from_utf8(line).ok().and_then(|text| text.parse().ok()).unwrap_or_else(|| {
                panic!("not a number: {:?}", String::from_utf8_lossy(line));
            })
        })
        .collect();

    assert!(numbers.windows(2).all(|w| w[0] < w[1]), "records out of order: {numbers:?}");
    assert!(numbers.ends_with(&(5001..=6000).collect::<Vec<_>>()), "records after the full disk are missing");
    let (_, status) = daemon.request("GET", "/v1/logs/status", None);
    let lost: u64 = json_field(&status, "records_lost_to_write_errors").unwrap().parse().unwrap();
    assert_eq!(numbers.len() as u64 + lost, 6000, "records stored plus lost: {status}");

    let start = Instant::now();
    while !daemon.log().contains("works again after losing") {
        assert!(start.elapsed() < Duration::from_secs(10), "no recovery line:\n{}", daemon.log());
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(daemon.log().contains(&format!("works again after losing {lost} records")), "{}", daemon.log());
}

#[test]
fn exit_keeps_unfinished_line() {
    let mut daemon = Managed::start("logs-exit", &[]);
    // The shutdown stops the service while a line is kept back for its
    // newline, and the line must not be lost.
    let script = "echo whole line; printf 'cut off'; exec sleep 1000";
    let body = format!(r#"{{"cmd":"sh","args":["-c","{script}"]}}"#);
    daemon.define("stubborn", &body);
    let logs = daemon.state_dir.join("logs");
    let start = Instant::now();
    while !read_records(&logs, "stubborn").iter().any(|record| record.2 == b"whole line") {
        assert!(start.elapsed() < Duration::from_secs(20), "no output stored:\n{}", daemon.log());
        std::thread::sleep(Duration::from_millis(50));
    }

    daemon.shutdown();
    assert!(daemon.child.is_none(), "the daemon did not exit:\n{}", daemon.log());
    let records = read_records(&logs, "stubborn");
    let (_, partial, line) = records.last().expect("records");
    assert_eq!(String::from_utf8_lossy(line), "cut off", "{records:?}");
    assert!(partial, "the line cut off by the shutdown is not marked partial");
}

#[test]
fn slow_follower_skips_counted() {
    let daemon = Managed::start("logs-slow", &[]);
    const COUNT: u64 = 300_000;
    let body = format!(r#"{{"cmd":"seq","args":["1","{COUNT}"],"restart":"never","enabled":false}}"#);
    daemon.define("burst", &body);
    let mut reader = follow(&daemon, "burst");
    // The follower reads nothing until the service has written everything.
    let (status, _) = daemon.request("POST", "/v1/services/burst/start", None);
    assert_eq!(status, 200);
    daemon.wait_status("burst", "stopped", Duration::from_secs(60));
    daemon.wait_pipes_closed(Duration::from_secs(60));
    let (_, status) = daemon.request("GET", "/v1/logs/status", None);
    let skipped: u64 = json_field(&status, "records_skipped_by_followers").unwrap().parse().unwrap();
    assert!(skipped > 0, "a follower that did not read skipped nothing: {status}");

    let mut body = Vec::new();
    let (mut received, mut dropped) = (0u64, 0u64);
    while received + dropped < COUNT {
        let chunk = read_chunk(&mut reader);
        assert!(!chunk.is_empty(), "stream ended after {received} records and {dropped} skipped");
        body.extend_from_slice(&chunk);
        let complete = body.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        for line in body[..complete].split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
            let text = String::from_utf8_lossy(line);
            match json_field(&text, "dropped") {
                Some(count) => dropped += count.parse::<u64>().unwrap(),
                None => received += 1,
            }
        }
        body.drain(..complete);
    }
    assert_eq!(received + dropped, COUNT);
    assert_eq!(dropped, skipped, "skips in the stream and in the status differ");
}
