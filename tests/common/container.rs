//! Helpers for container tests: run a shell script in the container as a
//! one-shot service and read what it printed, and find the container's
//! init.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::{json_field, Daemon};

/// Encodes `text` as a JSON string literal.
pub fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Runs `script` with `/bin/sh` in the container as service `name` (which
/// must be unused) and returns its standard output and error. The script
/// runs as root in `/`, with its output redirected by `exec`, so the shell
/// has no descriptors beyond 0, 1 and 2.
pub fn run_script(daemon: &Daemon, name: &str, script: &str) -> String {
    let out = format!("/tmp/guestd-probe-{name}.out");
    let full = format!("exec >{out}.tmp 2>&1\n{script}\nexec >/dev/null 2>&1\nmv {out}.tmp {out}");
    let body = format!(r#"{{"cmd":"/bin/sh","args":["-c",{}],"restart":"never"}}"#, json_string(&full));
    let (status, reply) = daemon.request("PUT", &format!("/v1/services/{name}"), Some(&body));
    assert!(status == 200 || status == 201, "PUT service {name}: {status} {reply}");
    let host_path = daemon.state_dir.join("upper").join(out.trim_start_matches('/'));
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(30) {
        if let Ok(text) = std::fs::read_to_string(&host_path) {
            let _ = daemon.request("DELETE", &format!("/v1/services/{name}"), None);
            return text;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let (_, service) = daemon.request("GET", &format!("/v1/services/{name}"), None);
    panic!("script {name} wrote no output within 30 s; service: {service}");
}

/// Returns the container's state object.
pub fn container_state(daemon: &Daemon) -> String {
    let (status, body) = daemon.request("GET", "/v1/container", None);
    assert_eq!(status, 200, "GET /v1/container: {body}");
    body
}

/// PID of the container's init in the test's PID namespace.
pub fn init_pid(daemon: &Daemon) -> i32 {
    let body = container_state(daemon);
    json_field(&body, "init_pid").and_then(|pid| pid.parse().ok()).unwrap_or_else(|| panic!("no init_pid in {body}"))
}

/// Waits until `GET /v1/container` reports `state` and `check` holds.
pub fn wait_state(daemon: &Daemon, state: &str, check: impl Fn(&str) -> bool) -> String {
    let start = Instant::now();
    let mut last = String::new();
    while start.elapsed() < Duration::from_secs(20) {
        last = container_state(daemon);
        if json_field(&last, "state").as_deref() == Some(state) && check(&last) {
            return last;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("container did not reach {state} within 20 s; last state: {last}");
}

/// Path of the container's cgroup as the daemon recorded it.
pub fn recorded_cgroup(daemon: &Daemon) -> PathBuf {
    let text = std::fs::read_to_string(daemon.run_dir.join("cgroup")).expect("daemon records its cgroup");
    PathBuf::from(text.trim())
}

/// Returns whether process `pid` exists and is not a zombie.
pub fn process_alive(pid: i32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => stat.rsplit_once(") ").is_some_and(|(_, rest)| !rest.starts_with('Z')),
        Err(_) => false,
    }
}

/// Mount points under `dir` in the test's mount namespace.
pub fn mounts_under(dir: &std::path::Path) -> Vec<String> {
    let text = std::fs::read_to_string("/proc/self/mountinfo").unwrap_or_default();
    let prefix = dir.display().to_string();
    text.lines()
        .filter_map(|line| line.split_whitespace().nth(4))
        .filter(|mount_point| mount_point.starts_with(&prefix))
        .map(str::to_string)
        .collect()
}

/// PID in the test's PID namespace of the container process whose PID
/// inside the container is `inner`; `None` once no such process exists.
pub fn host_pid(daemon: &Daemon, inner: i32) -> Option<i32> {
    let init = init_pid(daemon);
    let namespace = std::fs::read_link(format!("/proc/{init}/ns/pid")).ok()?;
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else { continue };
        let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) else { continue };
        let Some(line) = status.lines().find(|line| line.starts_with("NSpid:")) else { continue };
        if line.split_whitespace().last().and_then(|p| p.parse().ok()) != Some(inner) {
            continue;
        }
        if std::fs::read_link(format!("/proc/{pid}/ns/pid")).ok().as_ref() == Some(&namespace) {
            return Some(pid);
        }
    }
    None
}
