//! Progress streams of checkpoints: `GET /v1/checkpoints/{id}?follow=1`
//! and `guestd checkpoint create --wait`, which reads it.

mod common;

use std::fs;

use common::tree::noise;
use common::{json_field, Daemon};

fn fill_upper(daemon: &Daemon) -> u64 {
    let root = daemon.state_dir.join("upper");
    fs::create_dir_all(root.join("many")).unwrap();
    let mut total = 0;
    for i in 0..200u64 {
        let data = noise(64 << 10, i);
        total += data.len() as u64;
        fs::write(root.join(format!("many/f{i}")), data).unwrap();
    }
    let large = noise(24 << 20, 999);
    total += large.len() as u64;
    fs::write(root.join("large"), large).unwrap();
    total
}

fn number(line: &str, name: &str) -> u64 {
    json_field(line, name).and_then(|v| v.parse().ok()).unwrap_or_else(|| panic!("no {name} in {line}"))
}

#[test]
fn follow_streams_until_complete() {
    common::require_root();
    let daemon = Daemon::start("st-follow", &[]);
    let total = fill_upper(&daemon);
    let (status, text) = daemon.request("POST", "/v1/checkpoints", Some("{}"));
    assert_eq!(status, 202, "{text}");
    let id = json_field(&text, "id").unwrap();

    let (status, body) = daemon.request("GET", &format!("/v1/checkpoints/{id}?follow=1"), None);
    assert_eq!(status, 200, "{body}");
    let lines: Vec<&str> = body.lines().collect();
    assert!(!lines.is_empty(), "the stream sent no line");
    for line in &lines {
        assert_eq!(json_field(line, "id").as_deref(), Some(id.as_str()), "{line}");
    }
    let (last, pending) = lines.split_last().unwrap();
    assert_eq!(json_field(last, "state").as_deref(), Some("complete"), "{last}");
    assert_eq!(number(last, "logical_bytes"), total, "{last}");
    for line in pending {
        assert_eq!(json_field(line, "state").as_deref(), Some("pending"), "{line}");
        assert!(number(line, "bytes_done") <= number(line, "bytes_total"), "{line}");
        assert!(number(line, "files_done") <= number(line, "files_total"), "{line}");
    }
    for pair in lines.windows(2) {
        assert_ne!(pair[0], pair[1], "a line was repeated unchanged");
    }

    // A finished checkpoint gets one line, and the stream ends.
    let (status, body) = daemon.request("GET", &format!("/v1/checkpoints/{id}?follow=1"), None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(body.lines().count(), 1, "{body}");
    assert_eq!(json_field(&body, "state").as_deref(), Some("complete"), "{body}");

    let (status, body) = daemon.request("GET", "/v1/checkpoints/0-missing?follow=1", None);
    assert_eq!(status, 404, "{body}");
}

#[test]
fn create_wait_prints_progress() {
    common::require_root();
    let daemon = Daemon::start("st-follow-cli", &[]);
    fill_upper(&daemon);
    let output = daemon.client(&["checkpoint", "create", "--wait", "--comment", "cli"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "stdout: {stdout}\nstderr: {stderr}");
    let id = stdout.trim();
    assert!(stderr.contains(&format!("{id}: ")), "no progress line in {stderr:?}");
    assert!(stderr.contains(" files"), "no file counts in {stderr:?}");
    // stderr is a pipe here, which gets whole lines.
    assert!(!stderr.contains('\r'), "carriage return in {stderr:?}");
    let (_, text) = daemon.request("GET", &format!("/v1/checkpoints/{id}"), None);
    assert_eq!(json_field(&text, "state").as_deref(), Some("complete"), "{text}");
    assert_eq!(json_field(&text, "comment").as_deref(), Some("cli"), "{text}");
}

/// Replies like a daemon without progress streams: `follow=1` is ignored
/// and every read of the checkpoint is a sized JSON record, pending for
/// the first two reads.
fn serve_without_streams(listener: std::os::unix::net::UnixListener) {
    use std::io::{BufRead, BufReader, Write};
    let mut reads = 0;
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else { return };
        let mut head = String::new();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        reader.read_line(&mut head).unwrap();
        let mut length = 0;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = value.trim().parse().unwrap();
            }
            if line.trim().is_empty() {
                break;
            }
        }
        let mut body = vec![0; length];
        std::io::Read::read_exact(&mut reader, &mut body).unwrap();
        let (status, body) = if head.starts_with("POST /v1/checkpoints ") {
            ("202 Accepted", r#"{"id":"old-1","state":"pending"}"#)
        } else {
            reads += 1;
            let complete = reads > 2;
            (
                "200 OK",
                if complete { r#"{"id":"old-1","state":"complete"}"# } else { r#"{"id":"old-1","state":"pending"}"# },
            )
        };
        let reply = format!(
            "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        stream.write_all(reply.as_bytes()).unwrap();
        if reads > 2 {
            return;
        }
    }
}

#[test]
fn create_wait_polls_daemon_without_streams() {
    let dir = common::TempDir::new("st-follow-old");
    let socket = dir.path().join("api.sock");
    let listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let server = std::thread::spawn(move || serve_without_streams(listener));
    let output = common::run_client(&format!("unix:{}", socket.display()), &["checkpoint", "create", "--wait"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "old-1");
    server.join().unwrap();
}
