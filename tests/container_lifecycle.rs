//! Lifecycle of the inner container: state reporting, restart through the
//! API while the API keeps serving, recreation after its init dies,
//! orphan reaping, and cleanup after SIGTERM and SIGKILL of the daemon.

mod common;
mod exec_support;

use std::thread;
use std::time::{Duration, Instant};

use common::container::{
    container_state, init_pid, json_string, mounts_under, process_alive, recorded_cgroup, run_script, wait_state,
};
use common::{json_field, Daemon};

#[test]
fn state_reports_running_container() {
    common::require_root();
    let daemon = Daemon::start("ct-state", &["--hostname", "probe-host"]);
    let body = container_state(&daemon);
    assert_eq!(json_field(&body, "state").as_deref(), Some("running"), "{body}");
    assert_eq!(json_field(&body, "network").as_deref(), Some("private"), "{body}");
    assert_eq!(json_field(&body, "hostname").as_deref(), Some("probe-host"), "{body}");
    assert_eq!(json_field(&body, "restarts").as_deref(), Some("0"), "{body}");
    let cgroup = recorded_cgroup(&daemon);
    assert_eq!(json_field(&body, "cgroup"), Some(cgroup.display().to_string()), "{body}");
    let pid = init_pid(&daemon);
    let procs = std::fs::read_to_string(cgroup.join("cgroup.procs")).unwrap();
    assert!(procs.lines().any(|line| line == pid.to_string()), "init {pid} not in {}: {procs}", cgroup.display());
}

/// The API answers before the container has started: the status at once,
/// and an exec sent as early as possible waits for the container and runs.
#[test]
fn requests_wait_for_the_container_start() {
    common::require_root();
    let daemon = Daemon::launch("ct-early", &[]);
    let start = Instant::now();
    let status = loop {
        if let Ok((200, body)) = daemon.try_request("GET", "/v1/status", None) {
            break body;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "no status within 20 s; log:\n{}", daemon.log());
        thread::sleep(Duration::from_millis(2));
    };
    let state = json_field(&status, "state");
    assert!(matches!(state.as_deref(), Some("starting" | "running")), "{status}");
    let output = daemon.client(&["exec", "--", "echo", "early-exec"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout} {}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains("early-exec"), "{stdout}");
}

#[test]
fn restart_keeps_api_and_upper_layer() {
    common::require_root();
    let daemon = Daemon::start("ct-restart", &[]);
    let old_pid = init_pid(&daemon);
    let marker = run_script(&daemon, "marker", "echo kept > /root/marker; cat /root/marker");
    assert_eq!(marker.trim(), "kept");

    let socket = daemon.socket.clone();
    let poller = thread::spawn(move || {
        let mut answered = 0;
        let start = Instant::now();
        while start.elapsed() < Duration::from_millis(500) {
            let (status, body) = common::request_on(&socket, "GET", "/v1/status", None).expect("API answers");
            assert_eq!(status, 200, "{body}");
            answered += 1;
        }
        answered
    });
    let (status, body) = daemon.request("POST", "/v1/container/restart", None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(json_field(&body, "state").as_deref(), Some("running"), "{body}");
    assert_eq!(json_field(&body, "restarts").as_deref(), Some("1"), "{body}");
    let answered = poller.join().expect("poller finished");
    assert!(answered > 0, "no status request was answered during the restart");

    let new_pid = init_pid(&daemon);
    assert_ne!(new_pid, old_pid, "init PID did not change");
    assert!(!process_alive(old_pid), "old init {old_pid} still alive");
    let after = run_script(&daemon, "marker-after", "cat /root/marker");
    assert_eq!(after.trim(), "kept", "upper layer lost the file");
}

#[test]
fn init_death_recreates_container() {
    common::require_root();
    let daemon = Daemon::start("ct-bounce", &[]);
    let old_pid = init_pid(&daemon);
    // SAFETY: kill takes plain integers; the init is a child of the daemon
    // this test started.
    unsafe { libc::kill(old_pid, libc::SIGKILL) };
    let body = wait_state(&daemon, "running", |body| json_field(body, "restarts").as_deref() == Some("1"));
    let new_pid: i32 = json_field(&body, "init_pid").unwrap().parse().unwrap();
    assert_ne!(new_pid, old_pid);
    assert!(daemon.log().contains("recreating the container"), "bounce not logged");
    let echo = run_script(&daemon, "after-bounce", "echo alive");
    assert_eq!(echo.trim(), "alive");
}

/// Zombies whose parent is `parent`.
fn zombie_children(parent: i32) -> Vec<i32> {
    let mut zombies = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else { continue };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else { continue };
        let Some((_, rest)) = stat.rsplit_once(") ") else { continue };
        let mut fields = rest.split_whitespace();
        let state = fields.next().unwrap_or("");
        let ppid: i32 = fields.next().and_then(|p| p.parse().ok()).unwrap_or(0);
        if state == "Z" && ppid == parent {
            zombies.push(pid);
        }
    }
    zombies
}

#[test]
fn orphans_reaped_inside_and_outside() {
    common::require_root();
    let daemon = Daemon::start("ct-orphans", &[]);
    let init = init_pid(&daemon);
    // Each background child outlives its shell, so it is reparented to the
    // container's init, then exits.
    let out = run_script(&daemon, "orphans", "for i in 1 2 3 4 5; do (sleep 0.2 &) ; done; echo spawned");
    assert_eq!(out.trim(), "spawned");
    thread::sleep(Duration::from_millis(1500));
    let inside = zombie_children(init);
    assert!(inside.is_empty(), "zombies under the container init: {inside:?}");
    let outside = zombie_children(daemon.pid() as i32);
    assert!(outside.is_empty(), "zombies under the daemon: {outside:?}");
}

#[test]
fn sigterm_removes_cgroup_and_mounts() {
    common::require_root();
    let mut daemon = Daemon::start("ct-sigterm", &[]);
    let cgroup = recorded_cgroup(&daemon);
    let init = init_pid(&daemon);
    let status = daemon.stop().expect("daemon was running");
    assert!(status.success(), "daemon exit status {status}; log:\n{}", daemon.log());
    assert!(!cgroup.exists(), "cgroup {} left behind", cgroup.display());
    assert!(!process_alive(init), "init {init} outlived the daemon");
    let mounts = mounts_under(daemon.dir.path());
    assert!(mounts.is_empty(), "mounts left in the root namespace: {mounts:?}");
}

#[test]
fn sigkill_leaves_only_the_cgroup() {
    common::require_root();
    let mut daemon = Daemon::start("ct-sigkill", &[]);
    let cgroup = recorded_cgroup(&daemon);
    let init = init_pid(&daemon);
    daemon.kill(libc::SIGKILL);
    let start = Instant::now();
    while process_alive(init) && start.elapsed() < Duration::from_secs(5) {
        thread::sleep(Duration::from_millis(10));
    }
    assert!(!process_alive(init), "init {init} outlived the SIGKILLed daemon");
    let mounts = mounts_under(daemon.dir.path());
    assert!(mounts.is_empty(), "mounts left in the root namespace: {mounts:?}");
    common::cleanup_cgroups(&daemon.run_dir);
    assert!(!cgroup.exists(), "harness could not remove {}", cgroup.display());
}

#[test]
fn spawn_of_missing_command_fails() {
    common::require_root();
    let daemon = Daemon::start("ct-notfound", &[]);
    let (status, body) =
        daemon.request("PUT", "/v1/services/missing", Some(r#"{"cmd":"no-such-command-guestd","restart":"never"}"#));
    assert!(status == 200 || status == 201, "{status} {body}");
    let start = Instant::now();
    let mut last = String::new();
    while start.elapsed() < Duration::from_secs(10) {
        last = daemon.request("GET", "/v1/services/missing", None).1;
        if last.contains("not found") {
            break;
        }
        thread::sleep(Duration::from_millis(20));
    }
    assert!(last.contains("not found in the container"), "service did not report NotFound: {last}");
}

#[test]
fn restart_from_inside_container() {
    common::require_root();
    let daemon = Daemon::start("ct-inside", &[]);
    let old_pid = init_pid(&daemon);
    // The caller is killed with the rest of the container, so its exec
    // ends without a reply from the restart.
    let script = "perl -MIO::Socket::UNIX -e '
        my $s = IO::Socket::UNIX->new(Peer => \"/run/guestd/api.sock\") or die \"connect: $!\";
        print $s \"POST /v1/container/restart HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: 0\\r\\n\\r\\n\";
        sleep 30;
    '";
    let body = format!(r#"{{"cmd": ["sh", "-c", {}]}}"#, json_string(script));
    let (status, outcome, error) = exec_support::run(&daemon.socket, &body);
    assert_eq!(status, 200, "{error}");
    assert_ne!(outcome.exit_code(), Some(0), "the caller survived the restart");
    let state = wait_state(&daemon, "running", |body| json_field(body, "restarts").as_deref() == Some("1"));
    let new_pid: i32 = json_field(&state, "init_pid").unwrap().parse().unwrap();
    assert_ne!(new_pid, old_pid, "init PID did not change");
}

#[test]
fn restart_after_sigkill_removes_stale_cgroup() {
    common::require_root();
    let mut daemon = Daemon::start("ct-stale", &[]);
    let old = recorded_cgroup(&daemon);
    daemon.kill(libc::SIGKILL);
    daemon.spawn();
    let new = recorded_cgroup(&daemon);
    assert_ne!(new, old, "new daemon recorded the old cgroup");
    assert!(!old.exists(), "cgroup {} of the killed daemon left behind", old.display());
}
