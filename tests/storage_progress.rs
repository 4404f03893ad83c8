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
    let (_, text) = daemon.request("GET", &format!("/v1/checkpoints/{id}"), None);
    assert_eq!(json_field(&text, "state").as_deref(), Some("complete"), "{text}");
    assert_eq!(json_field(&text, "comment").as_deref(), Some("cli"), "{text}");
}
