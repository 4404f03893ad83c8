//! Service definitions and dependencies: start order of a chain and a
//! diamond after a daemon restart, and rejection of cycles, unknown needs
//! and bad names without writing anything.

mod common;

use std::time::Duration;

use common::services::{start_order, Managed};

const LONG: &str = r#""cmd":"sleep","args":["120"]"#;

fn position(order: &[String], name: &str) -> usize {
    order.iter().position(|entry| entry == name).unwrap_or_else(|| panic!("{name} never started: {order:?}"))
}

/// Start order in the daemon log since its last shutdown.
fn order_after_restart(daemon: &Managed) -> Vec<String> {
    let log = daemon.log();
    let boot = log.rfind("shutting down").expect("daemon logged its shutdown");
    start_order(&log[boot..])
}

#[test]
fn chain_starts_in_dependency_order() {
    let mut daemon = Managed::start("svc-chain", &[]);
    daemon.define("a", &format!("{{{LONG}}}"));
    daemon.define("b", &format!(r#"{{{LONG},"needs":["a"]}}"#));
    daemon.define("c", &format!(r#"{{{LONG},"needs":["b"]}}"#));
    daemon.wait_status("c", "running", Duration::from_secs(10));
    daemon.restart();
    for name in ["a", "b", "c"] {
        daemon.wait_status(name, "running", Duration::from_secs(10));
    }
    let order = order_after_restart(&daemon);
    assert_eq!(order, ["a", "b", "c"], "start order after restart");
}

#[test]
fn diamond_starts_in_dependency_order() {
    let mut daemon = Managed::start("svc-diamond", &[]);
    daemon.define("base", &format!("{{{LONG}}}"));
    daemon.define("left", &format!(r#"{{{LONG},"needs":["base"]}}"#));
    daemon.define("right", &format!(r#"{{{LONG},"needs":["base"]}}"#));
    daemon.define("top", &format!(r#"{{{LONG},"needs":["left","right"]}}"#));
    daemon.restart();
    daemon.wait_status("top", "running", Duration::from_secs(10));
    let order = order_after_restart(&daemon);
    assert_eq!(order.len(), 4, "{order:?}");
    let base = position(&order, "base");
    let top = position(&order, "top");
    for side in ["left", "right"] {
        let at = position(&order, side);
        assert!(base < at, "{side} started before base: {order:?}");
        assert!(at < top, "top started before {side}: {order:?}");
    }
}

#[test]
fn dependent_waits_for_stopped_need() {
    let daemon = Managed::start("svc-wait", &[]);
    daemon.define("db", &format!(r#"{{{LONG},"enabled":false}}"#));
    let body = daemon.define("app", &format!(r#"{{{LONG},"needs":["db"],"enabled":false}}"#));
    assert!(body.contains(r#""status":"stopped""#), "{body}");
    let (status, body) = daemon.request("POST", "/v1/services/app/start", None);
    assert_eq!(status, 200, "{body}");
    daemon.wait_status("db", "running", Duration::from_secs(10));
    daemon.wait_status("app", "running", Duration::from_secs(10));
}

#[test]
fn dependent_of_disabled_need_says_why_it_waits() {
    let daemon = Managed::start("svc-wait-disabled", &[]);
    daemon.define("db", &format!(r#"{{{LONG},"enabled":false}}"#));
    let body = daemon.define("app", &format!(r#"{{{LONG},"needs":["db"]}}"#));
    assert!(body.contains(r#""status":"starting""#), "{body}");
    let body = daemon.service("app");
    assert!(body.contains("waiting for db, which is disabled"), "{body}");
    let (status, body) = daemon.request("POST", "/v1/services/db/start", None);
    assert_eq!(status, 200, "{body}");
    let body = daemon.wait_status("app", "running", Duration::from_secs(10));
    assert!(body.contains(r#""error":null"#), "{body}");
}

#[test]
fn bad_definitions_rejected_and_not_written() {
    let daemon = Managed::start("svc-reject", &[]);
    daemon.define("a", &format!("{{{LONG}}}"));
    daemon.define("b", &format!(r#"{{{LONG},"needs":["a"]}}"#));
    let services_dir = daemon.state_dir.join("services");

    // Making a need on b turns a -> b -> a into a cycle.
    let (status, body) = daemon.put("a", &format!(r#"{{{LONG},"needs":["b"]}}"#));
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("a -> b -> a"), "{body}");
    let stored = std::fs::read_to_string(services_dir.join("a.json")).unwrap();
    assert!(stored.contains(r#""needs":[]"#), "a.json changed: {stored}");

    let (status, body) = daemon.put("self", &format!(r#"{{{LONG},"needs":["self"]}}"#));
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("self -> self"), "{body}");

    let (status, body) = daemon.put("c", &format!(r#"{{{LONG},"needs":["ghost"]}}"#));
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("\\\"ghost\\\""), "{body}");

    let long_name = "n".repeat(65);
    for bad in ["..", "a%2Fb", ".hidden", "guestd", long_name.as_str()] {
        let (status, body) = daemon.put(bad, &format!("{{{LONG}}}"));
        assert_eq!(status, 400, "name {bad:?}: {body}");
        assert!(body.contains("invalid service name"), "name {bad:?}: {body}");
    }
    let (status, body) = daemon.put("d", r#"{"args":["x"]}"#);
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("cmd"), "{body}");
    let (status, body) = daemon.put("d", &format!(r#"{{{LONG},"restart":"sometimes"}}"#));
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("sometimes"), "{body}");

    let mut files: Vec<String> = std::fs::read_dir(&services_dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    files.sort();
    assert_eq!(files, ["a.json", "b.json"]);
    let (status, body) = daemon.request("GET", "/v1/services/self", None);
    assert_eq!(status, 404, "{body}");
}

#[test]
fn delete_of_needed_service_conflicts() {
    let daemon = Managed::start("svc-delete", &[]);
    daemon.define("a", &format!("{{{LONG}}}"));
    daemon.define("b", &format!(r#"{{{LONG},"needs":["a"]}}"#));
    let (status, body) = daemon.request("DELETE", "/v1/services/a", None);
    assert_eq!(status, 409, "{body}");
    assert!(body.contains("\\\"b\\\""), "{body}");
    let (status, _) = daemon.request("DELETE", "/v1/services/b", None);
    assert_eq!(status, 204);
    let (status, _) = daemon.request("DELETE", "/v1/services/a", None);
    assert_eq!(status, 204);
    assert!(!daemon.state_dir.join("services/a.json").exists());
    let (_, list) = daemon.request("GET", "/v1/services", None);
    assert_eq!(list.trim(), "[]");
}

#[test]
fn unknown_definition_field_rejected() {
    let daemon = Managed::start("svc-unknown-field", &[]);
    let (status, body) = daemon.put("web", &format!(r#"{{{LONG},"neds":["db"]}}"#));
    assert_eq!(status, 400, "{body}");
    assert!(body.contains(r#"unknown field \"neds\""#), "{body}");
    assert!(body.contains("needs"), "{body}");
    assert!(!daemon.state_dir.join("services/web.json").exists(), "web.json written");

    // A definition read back with GET, state included, is accepted as is.
    daemon.define("web", &format!("{{{LONG}}}"));
    let (status, read) = daemon.request("GET", "/v1/services/web", None);
    assert_eq!(status, 200, "{read}");
    let (status, body) = daemon.put("web", &read);
    assert_eq!(status, 200, "{body}");
}
