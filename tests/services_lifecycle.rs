//! Service lifecycle: restart with backoff after crashes, restart
//! policies, stop of a service that ignores SIGTERM, state kept across a
//! daemon restart, and the command-line client.

mod common;

use std::time::Duration;

use common::json_field;
use common::services::{state_status, Managed};

#[test]
fn crash_restarts_with_growing_backoff() {
    let daemon = Managed::start("svc-crash", &[]);
    let stamps = daemon.dir.path().join("starts");
    let script = format!("date +%s%N >> {}; exit 7", stamps.display());
    daemon.define("crashy", &format!(r#"{{"cmd":"sh","args":["-c","{script}"]}}"#));
    let body = daemon
        .wait_until("crashy", Duration::from_secs(20), |body| {
            json_field(body, "restart_count").and_then(|n| n.parse::<u64>().ok()).unwrap_or(0) >= 5
        })
        .unwrap_or_else(|last| panic!("fewer than 5 restarts: {last}"));
    assert_eq!(json_field(&body, "exit_code").as_deref(), Some("7"), "{body}");
    assert!(json_field(&body, "error").is_some_and(|e| e.contains("exited with code 7")), "{body}");

    // The script wrote inside the container, so the file is in its upper
    // layer.
    let written = daemon.state_dir.join("upper").join(stamps.strip_prefix("/").unwrap());
    let starts: Vec<u128> =
        std::fs::read_to_string(&written).unwrap().lines().map(|line| line.trim().parse().unwrap()).collect();
    assert!(starts.len() >= 5, "{starts:?}");
    let gaps_ms: Vec<u128> = starts.windows(2).map(|w| (w[1] - w[0]) / 1_000_000).collect();
    // Delays are 100, 200, 400, 800 ms: loosely, the fourth gap is well
    // above the first and above half its nominal value.
    assert!(gaps_ms[0] >= 90, "first restart came too early: {gaps_ms:?}");
    assert!(gaps_ms[3] >= 400, "fourth restart came too early: {gaps_ms:?}");
    assert!(gaps_ms[3] > gaps_ms[0], "backoff did not grow: {gaps_ms:?}");

    let (status, _) = daemon.request("POST", "/v1/services/crashy/stop", None);
    assert_eq!(status, 200);
    let body = daemon.wait_status("crashy", "stopped", Duration::from_secs(10));
    assert_eq!(json_field(&body, "next_restart_in_ms").as_deref(), Some("null"), "{body}");
}

#[test]
fn restart_policies_on_exit() {
    let daemon = Managed::start("svc-policy", &[]);
    daemon.define("ok-once", r#"{"cmd":"true","restart":"on-failure"}"#);
    daemon.define("fail-once", r#"{"cmd":"sh","args":["-c","exit 3"],"restart":"never"}"#);
    let body = daemon.wait_status("ok-once", "stopped", Duration::from_secs(10));
    assert_eq!(json_field(&body, "exit_code").as_deref(), Some("0"), "{body}");
    assert_eq!(json_field(&body, "restart_count").as_deref(), Some("0"), "{body}");
    let body = daemon.wait_status("fail-once", "failed", Duration::from_secs(10));
    assert_eq!(json_field(&body, "exit_code").as_deref(), Some("3"), "{body}");
    assert!(json_field(&body, "error").is_some_and(|e| e.contains("code 3")), "{body}");
    let (status, body) = daemon.put("missing", r#"{"cmd":"/nonexistent/program","restart":"never"}"#);
    assert_eq!(status, 201, "{body}");
    let body = daemon.wait_status("missing", "failed", Duration::from_secs(10));
    assert!(body.contains("not found in the container"), "{body}");
}

#[test]
fn stop_kills_service_ignoring_sigterm() {
    let daemon = Managed::start("svc-stubborn", &[]);
    let script = "trap '' TERM; echo ready; while true; do sleep 0.1; done";
    daemon.define("stubborn", &format!(r#"{{"cmd":"sh","args":["-c","{script}"],"grace_period_ms":700}}"#));
    daemon.wait_status("stubborn", "running", Duration::from_secs(10));
    let start = std::time::Instant::now();
    while !daemon.request("GET", "/v1/services/stubborn/logs", None).1.contains("ready") {
        assert!(start.elapsed() < Duration::from_secs(10), "service never printed ready");
        std::thread::sleep(Duration::from_millis(20));
    }
    let pid: i32 = json_field(&daemon.service("stubborn"), "pid").unwrap().parse().unwrap();
    let (status, body) = daemon.request("POST", "/v1/services/stubborn/stop", None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(state_status(&body), "stopping", "{body}");
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(state_status(&daemon.service("stubborn")), "stopping", "stopped before the grace period");
    let body = daemon.wait_status("stubborn", "stopped", Duration::from_secs(10));
    assert_eq!(json_field(&body, "exit_signal").as_deref(), Some("9"), "{body}");
    assert_eq!(json_field(&body, "enabled").as_deref(), Some("false"), "{body}");
    // Members of the group that the container's init adopted may linger
    // as zombies for a moment until it reaps them.
    let start = std::time::Instant::now();
    let mut alive = true;
    while alive && start.elapsed() < Duration::from_secs(2) {
        // SAFETY: kill with signal 0 only checks for existence.
        alive = unsafe { libc::kill(-pid, 0) } == 0;
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(!alive, "process group {pid} survived the stop");
    assert!(daemon.log().contains("did not stop within 700 ms"), "no SIGKILL warning in the log");

    // The kernel kills children cloned into a cgroup killed through
    // cgroup.kill, so a new start must run in a renewed leaf.
    let (status, body) = daemon.request("POST", "/v1/services/stubborn/start", None);
    assert_eq!(status, 200, "{body}");
    daemon.wait_status("stubborn", "running", Duration::from_secs(10));
    let start = std::time::Instant::now();
    while daemon.request("GET", "/v1/services/stubborn/logs", None).1.matches("ready").count() < 2 {
        assert!(start.elapsed() < Duration::from_secs(10), "service never printed ready after the kill");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn states_survive_daemon_restart() {
    let mut daemon = Managed::start("svc-persist", &[]);
    daemon.define("keep", r#"{"cmd":"sleep","args":["120"],"env":{"A":"1"},"http_port":8080}"#);
    daemon.define("off", r#"{"cmd":"sleep","args":["120"]}"#);
    daemon.wait_status("off", "running", Duration::from_secs(10));
    let (status, _) = daemon.request("POST", "/v1/services/off/stop", None);
    assert_eq!(status, 200);
    daemon.wait_status("off", "stopped", Duration::from_secs(10));
    let before = json_field(&daemon.service("keep"), "pid").unwrap();

    daemon.restart();
    let body = daemon.wait_status("keep", "running", Duration::from_secs(10));
    assert_ne!(json_field(&body, "pid").unwrap(), before, "same pid after restart");
    assert!(body.contains(r#""env":{"A":"1"}"#), "{body}");
    assert_eq!(json_field(&body, "http_port").as_deref(), Some("8080"));
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(state_status(&daemon.service("off")), "stopped");

    let (status, _) = daemon.request("POST", "/v1/services/off/start", None);
    assert_eq!(status, 200);
    daemon.wait_status("off", "running", Duration::from_secs(10));
    let (status, body) = daemon.request("POST", "/v1/services/off/restart", None);
    assert_eq!(status, 200, "{body}");
    daemon
        .wait_until("off", Duration::from_secs(10), |b| {
            state_status(b) == "running" && json_field(b, "pid") != json_field(&body, "pid")
        })
        .unwrap_or_else(|last| panic!("restart did not start a new process: {last}"));
}

#[test]
fn client_manages_services() {
    let daemon = Managed::start("svc-client", &[]);
    let out = daemon.client(&[
        "service",
        "put",
        "echoer",
        "--restart",
        "never",
        "--env",
        "WORD=hi",
        "--",
        "sh",
        "-c",
        "echo $WORD; echo oops >&2",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    daemon.wait_status("echoer", "stopped", Duration::from_secs(10));
    daemon.wait_pipes_closed(Duration::from_secs(10));
    let out = daemon.client(&["service", "list"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("echoer"), "{text}");
    assert!(text.contains("stopped"), "{text}");
    // The command column quotes words as a shell would read them back.
    assert!(text.contains("sh -c 'echo $WORD; echo oops >&2'"), "{text}");
    let out = daemon.client(&["logs", "echoer"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "hi\noops\n");
    let out = daemon.client(&["service", "get", "nosuch"]);
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(text.contains("guestd service list"), "{text}");
    let out = daemon.client(&["service", "frobnicate", "echoer"]);
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(text.contains("unknown service action \"frobnicate\""), "{text}");
    let out = daemon.client(&["logs", "-n", "1", "echoer"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "oops\n");
    let out = daemon.client(&["service", "put", "loop", "--needs", "ghost", "--", "true"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("ghost"));
    let out = daemon.client(&["service", "delete", "echoer"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn services_return_after_container_bounce() {
    let daemon = Managed::start("svc-bounce", &[]);
    daemon.define("db", r#"{"cmd":"sleep","args":["120"]}"#);
    daemon.define("app", r#"{"cmd":"sleep","args":["120"],"needs":["db"]}"#);
    daemon.define("idle", r#"{"cmd":"sleep","args":["120"],"enabled":false}"#);
    let before = json_field(&daemon.wait_status("app", "running", Duration::from_secs(10)), "pid").unwrap();
    let log_before = daemon.log().len();

    let (status, body) = daemon.request("POST", "/v1/container/restart", None);
    assert_eq!(status, 200, "{body}");
    let body = daemon.wait_status("app", "running", Duration::from_secs(20));
    assert_ne!(json_field(&body, "pid").unwrap(), before, "app kept its old process");
    daemon.wait_status("db", "running", Duration::from_secs(20));
    assert_eq!(state_status(&daemon.service("idle")), "stopped");
    let order = common::services::start_order(&daemon.log()[log_before..]);
    assert_eq!(order, ["db", "app"], "start order after the bounce");
    assert_eq!(json_field(&body, "restart_count").as_deref(), Some("0"), "a bounce is not a crash: {body}");
}

#[test]
fn restart_during_backoff_starts_now() {
    let daemon = Managed::start("svc-restart-backoff", &[]);
    daemon.define("crashy", r#"{"cmd":"sh","args":["-c","exit 3"]}"#);
    // After six restarts the next one waits 6.4 s, long enough for the
    // request below to arrive while the service waits.
    daemon
        .wait_until("crashy", Duration::from_secs(30), |body| {
            json_field(body, "next_restart_in_ms").and_then(|n| n.parse::<u64>().ok()).unwrap_or(0) > 3000
        })
        .unwrap_or_else(|last| panic!("no long backoff: {last}"));
    let (status, body) = daemon.request("POST", "/v1/services/crashy/restart", None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(state_status(&body), "running", "{body}");
    assert_eq!(json_field(&body, "next_restart_in_ms").as_deref(), Some("null"), "{body}");
    assert_eq!(json_field(&body, "error").as_deref(), Some("null"), "{body}");
}
