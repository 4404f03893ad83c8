//! Faults in the middle of the container's lifecycle: its init killed at
//! random while services run, and the daemon killed with SIGKILL while it
//! bounces the container. Everything must come back: the container, its
//! services, exec, and every file user code wrote before the fault.

mod common;
mod exec_support;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::container::{init_pid, wait_state};
use common::json_field;
use common::services::{state_status, Managed};

fn random_below(seed: &mut u64, bound: u64) -> u64 {
    // xorshift64
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed % bound
}

fn clock_seed() -> u64 {
    let seed = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos() as u64 | 1;
    eprintln!("random seed {seed}");
    seed
}

/// Runs `echo` through the exec API and checks its output.
fn exec_works(daemon: &Managed) {
    let (status, outcome, error) = exec_support::run(&daemon.socket, r#"{"cmd":["echo","alive"]}"#);
    assert_eq!(status, 200, "exec: {error}");
    assert_eq!(outcome.stdout_text(), "alive\n");
}

/// Waits until every service in `names` runs.
fn services_running(daemon: &Managed, names: &[&str]) {
    for name in names {
        daemon.wait_status(name, "running", Duration::from_secs(40));
    }
}

/// Writes `text` to `path` inside the container and returns once the
/// write is acknowledged.
fn write_inside(daemon: &Managed, path: &str, text: &str) {
    let body = format!(r#"{{"cmd":["/bin/sh","-c","echo {text} > {path} && sync"]}}"#);
    let (status, outcome, error) = exec_support::run(&daemon.socket, &body);
    assert_eq!(status, 200, "exec: {error}");
    assert_eq!(outcome.exit_code(), Some(0), "write {path}: {:?}", outcome.stderr);
}

fn read_inside(daemon: &Managed, path: &str) -> String {
    let body = format!(r#"{{"cmd":["/bin/cat","{path}"]}}"#);
    let (status, outcome, error) = exec_support::run(&daemon.socket, &body);
    assert_eq!(status, 200, "exec: {error}");
    outcome.stdout_text()
}

#[test]
fn init_kills_recreate_everything() {
    let daemon = Managed::start("fault-init", &[]);
    let names = ["web", "worker"];
    for name in names {
        daemon.define(name, r#"{"cmd":"sleep","args":["300"],"restart":"always"}"#);
    }
    let mut seed = clock_seed();
    for round in 0..5 {
        services_running(&daemon, &names);
        write_inside(&daemon, &format!("/root/round-{round}"), &format!("written-{round}"));
        let init = init_pid(&daemon);
        std::thread::sleep(Duration::from_millis(random_below(&mut seed, 300)));
        // SAFETY: kill takes plain integers; the PID is the container init
        // the daemon just reported, a process this test's daemon started.
        unsafe { libc::kill(init, libc::SIGKILL) };
        wait_state(&daemon, "running", |body| {
            json_field(body, "init_pid").and_then(|p| p.parse::<i32>().ok()).is_some_and(|p| p != init)
        });
        services_running(&daemon, &names);
        exec_works(&daemon);
        for earlier in 0..=round {
            let text = read_inside(&daemon, &format!("/root/round-{earlier}"));
            assert_eq!(text, format!("written-{earlier}\n"), "file of round {earlier} lost after init kill {round}");
        }
    }
    let (status, _) = daemon.request("GET", "/v1/status", None);
    assert_eq!(status, 200);
}

#[test]
fn sigkill_during_container_restart() {
    let mut daemon = Managed::start("fault-bounce", &[]);
    daemon.define("web", r#"{"cmd":"sleep","args":["300"],"restart":"always"}"#);
    let mut seed = clock_seed();
    let mut bounces_hit = 0;
    for round in 0..5 {
        daemon.wait_status("web", "running", Duration::from_secs(40));
        write_inside(&daemon, &format!("/root/bounce-{round}"), &format!("kept-{round}"));

        let socket = daemon.socket.clone();
        let bounce = std::thread::spawn(move || common::request_on(&socket, "POST", "/v1/container/restart", None));
        std::thread::sleep(Duration::from_millis(random_below(&mut seed, 400)));
        daemon.kill(libc::SIGKILL);
        if bounce.join().expect("bounce thread panicked").is_err() {
            bounces_hit += 1;
        }
        // The killed daemon's container died with it (its helpers have
        // PR_SET_PDEATHSIG); only its cgroup is left to remove.
        common::cleanup_cgroups(&daemon.run_dir);
        daemon.spawn();

        wait_state(&daemon, "running", |_| true);
        daemon.wait_status("web", "running", Duration::from_secs(40));
        exec_works(&daemon);
        for earlier in 0..=round {
            let text = read_inside(&daemon, &format!("/root/bounce-{earlier}"));
            assert_eq!(text, format!("kept-{earlier}\n"), "file of round {earlier} lost after SIGKILL {round}");
        }
        let body = daemon.service("web");
        assert_eq!(state_status(&body), "running");
    }
    eprintln!("5 SIGKILLs around container restarts, {bounces_hit} of them before the restart was answered");
}

/// A tmpfs mounted for one test, unmounted on drop.
struct SmallDisk {
    dir: common::TempDir,
}

impl SmallDisk {
    fn mount(label: &str, size: &str) -> SmallDisk {
        let dir = common::TempDir::new(label);
        let status = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .status()
            .expect("run mount");
        assert!(status.success(), "mount tmpfs on {}", dir.path().display());
        SmallDisk { dir }
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg("-l").arg(self.dir.path()).status();
    }
}

#[test]
fn full_disk_inside_keeps_daemon_serving() {
    // The upper layer lives in the state directory, so filling the
    // container's disk fills the daemon's state filesystem too. Declared
    // first so it is unmounted after the daemon has gone.
    let disk = SmallDisk::mount("fault-disk", "64m");
    let state = disk.dir.path().join("state");
    let state_arg = state.display().to_string();
    let daemon = Managed::start("fault-disk", &["--state-dir", &state_arg]);
    daemon.define("before", r#"{"cmd":"sleep","args":["300"]}"#);

    let fill = r#"{"cmd":["/bin/sh","-c","dd if=/dev/zero of=/root/fill bs=1M count=200 2>&1; echo exit=$?"]}"#;
    let (status, outcome, error) = exec_support::run(&daemon.socket, fill);
    assert_eq!(status, 200, "exec: {error}");
    assert!(outcome.stdout_text().contains("No space left"), "disk did not fill: {}", outcome.stdout_text());

    // Reads and exec keep working while the disk is full.
    let (status, _) = daemon.request("GET", "/v1/status", None);
    assert_eq!(status, 200);
    daemon.wait_status("before", "running", Duration::from_secs(20));
    exec_works(&daemon);
    // A write of the daemon's own state fails cleanly, naming the cause.
    let (status, body) = daemon.put("during", r#"{"cmd":"true","enabled":false}"#);
    assert_eq!(status, 500, "{body}");
    assert!(body.contains("No space left") || body.contains("failed to save"), "{body}");

    // Once user code frees the space, the state is writable again and
    // what was defined before is intact.
    let (status, _, error) = exec_support::run(&daemon.socket, r#"{"cmd":["/bin/rm","/root/fill"]}"#);
    assert_eq!(status, 200, "exec: {error}");
    let (status, body) = daemon.put("after", r#"{"cmd":"true","enabled":false}"#);
    assert_eq!(status, 201, "{body}");
    let before = daemon.service("before");
    assert_eq!(state_status(&before), "running");
}
