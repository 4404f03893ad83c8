//! Faults in the middle of the container's lifecycle: its init killed at
//! random while services run, and the daemon killed with SIGKILL while it
//! bounces the container, checkpoints, restores, deletes a checkpoint or
//! collects garbage. Everything must come back: the container, its
//! services, exec, every file user code wrote before the fault and every
//! checkpoint acknowledged before it.

mod common;
mod exec_support;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::container::{init_pid, wait_state};
use common::json_field;
use common::services::{state_status, Managed};
use common::tree::{assert_same, describe, noise};

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

/// Size of the upper layer's tmpfs in the full-disk tests: more than the
/// 64 MiB disk of the state directory, so filling it proves that the
/// upper layer is not on that disk.
const UPPER_SIZE: u64 = 96 << 20;

/// Runs a shell command in the container and returns its output.
fn shell(daemon: &Managed, script: &str) -> String {
    let body = format!(r#"{{"cmd":["/bin/sh","-c","{script}"]}}"#);
    let (status, outcome, error) = exec_support::run(&daemon.socket, &body);
    assert_eq!(status, 200, "exec {script}: {error}");
    outcome.stdout_text()
}

#[test]
fn full_upper_leaves_state_writable() {
    // Declared first so it is unmounted after the daemon has gone.
    let disk = SmallDisk::mount("fault-upper", "64m");
    let state = disk.dir.path().join("state");
    let state_arg = state.display().to_string();
    let size_arg = UPPER_SIZE.to_string();
    let daemon = Managed::start("fault-upper", &["--state-dir", &state_arg, "--upper-size", &size_arg]);
    daemon.define("before", r#"{"cmd":"sleep","args":["300"]}"#);
    let layer = state.join("layer");
    assert!(common::mounts_under(&layer).contains(&layer), "no tmpfs mounted on {}", layer.display());

    let out = shell(&daemon, "dd if=/dev/zero of=/root/fill bs=1M count=200 2>&1; stat -c size=%s /root/fill");
    assert!(out.contains("No space left"), "the upper layer did not fill: {out}");
    let filled: u64 = out.split("size=").nth(1).and_then(|s| s.trim().parse().ok()).expect("size of /root/fill");
    eprintln!("user code wrote {} MiB before ENOSPC", filled >> 20);
    assert!(filled > 64 << 20, "only {filled} bytes fit, no more than the state directory's disk");
    assert!(filled <= UPPER_SIZE, "{filled} bytes fit in a tmpfs of {UPPER_SIZE}");
    let (status, body) = daemon.request("GET", "/v1/container", None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(json_field(&body, "tmpfs").as_deref(), Some("true"), "{body}");
    assert_eq!(json_field(&body, "bytes_total"), Some(UPPER_SIZE.to_string()), "{body}");
    let free: u64 = json_field(&body, "bytes_free").and_then(|s| s.parse().ok()).expect("bytes_free");
    assert!(free < 1 << 20, "{free} bytes free on the full upper layer");

    // The daemon's own state is on another filesystem, so its writes work.
    let (status, body) = daemon.put("during", r#"{"cmd":"true","enabled":false}"#);
    assert_eq!(status, 201, "a service definition written while the upper layer is full: {body}");
    let (status, _) = daemon.request("GET", "/v1/container", None);
    assert_eq!(status, 200);
    daemon.wait_status("before", "running", Duration::from_secs(20));
    exec_works(&daemon);

    // Running out of inodes instead of bytes ends the same way.
    shell(&daemon, "rm /root/fill");
    let out = shell(
        &daemon,
        "mkdir /root/many && i=0; while true 2>/dev/null > /root/many/$i; do i=$((i+1)); done; echo files=$i",
    );
    let files: u64 = out.split("files=").nth(1).and_then(|s| s.trim().parse().ok()).expect("file count");
    eprintln!("user code created {files} empty files before running out of inodes");
    assert!(files > 0, "no empty file could be created: {out}");
    assert!(files < UPPER_SIZE / 4096, "{files} empty files fit in a tmpfs of {UPPER_SIZE} bytes");
    let (status, body) = daemon.put("inodes", r#"{"cmd":"true","enabled":false}"#);
    assert_eq!(status, 201, "a service definition written while the upper layer has no inodes: {body}");

    shell(&daemon, "rm -r /root/many");
    exec_works(&daemon);
    let before = daemon.service("before");
    assert_eq!(state_status(&before), "running");
}

#[test]
fn full_upper_dir_leaves_state_writable() {
    // An operator's filesystem for the upper layer, outside the state
    // directory. Declared first so it is unmounted after the daemon.
    let disk = SmallDisk::mount("fault-upper-dir", "32m");
    let upper_arg = disk.dir.path().display().to_string();
    let daemon = Managed::start("fault-upper-dir", &["--upper-dir", &upper_arg]);
    assert!(disk.dir.path().join("upper").is_dir(), "no upper directory in {upper_arg}");

    let out = shell(&daemon, "dd if=/dev/zero of=/root/fill bs=1M count=100 2>&1; echo done");
    assert!(out.contains("No space left"), "the upper directory did not fill: {out}");
    let (status, body) = daemon.put("during", r#"{"cmd":"true","enabled":false}"#);
    assert_eq!(status, 201, "a service definition written while the upper directory is full: {body}");
    let (_, body) = daemon.request("GET", "/v1/container", None);
    assert_eq!(json_field(&body, "tmpfs").as_deref(), Some("false"), "{body}");

    // The directory is one of the daemon's paths, hidden inside.
    let listing = shell(&daemon, &format!("ls -A {upper_arg} 2>&1; echo listed"));
    assert_eq!(listing, "listed\n", "the upper directory is visible inside");
    shell(&daemon, "rm /root/fill");
    exec_works(&daemon);
}

/// Fills the filesystem of `dir` with one file until the kernel returns
/// ENOSPC, and returns that file.
fn fill_disk(dir: &Path) -> std::path::PathBuf {
    use std::io::Write;
    let path = dir.join("fill");
    let mut file = std::fs::File::create(&path).expect("create the fill file");
    let block = vec![0u8; 1 << 20];
    loop {
        match file.write(&block) {
            Ok(0) => break,
            Ok(_) => {}
            Err(err) => {
                assert_eq!(err.raw_os_error(), Some(libc::ENOSPC), "filling {}: {err}", dir.display());
                break;
            }
        }
    }
    path
}

#[test]
fn full_state_dir_returns_507() {
    // Declared first so it is unmounted after the daemon has gone.
    let disk = SmallDisk::mount("fault-state-full", "64m");
    let state = disk.dir.path().join("state");
    let state_arg = state.display().to_string();
    let size_arg = UPPER_SIZE.to_string();
    let daemon = Managed::start("fault-state-full", &["--state-dir", &state_arg, "--upper-size", &size_arg]);
    daemon.define("before", r#"{"cmd":"true","enabled":false}"#);
    let fill = fill_disk(disk.dir.path());

    let (status, body) = daemon.put("during", r#"{"cmd":"true","enabled":false}"#);
    assert_eq!(status, 507, "a service definition written to a full state directory: {body}");
    assert!(body.contains(&state.join("services").display().to_string()), "{body}");
    assert!(body.contains("free space"), "{body}");
    let (status, body) = daemon.request("POST", "/v1/services/before/start", None);
    assert_eq!(status, 507, "a service enabled on a full state directory: {body}");

    let (status, body) = daemon.request("POST", "/v1/checkpoints", Some("{}"));
    assert_eq!(status, 507, "a checkpoint on a full state directory: {body}");
    assert!(body.contains("free space"), "{body}");

    std::fs::remove_file(&fill).expect("remove the fill file");
    let (status, body) = daemon.put("during", r#"{"cmd":"true","enabled":false}"#);
    assert_eq!(status, 201, "a service definition written after space was freed: {body}");
}

/// Waits up to 20 s until the daemon's log contains `text`.
fn wait_for_log(daemon: &Managed, text: &str) {
    let start = std::time::Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        if daemon.log().contains(text) {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("the daemon did not log {text:?}; log:\n{}", daemon.log());
}

#[test]
fn full_state_disk_keeps_log_chunks_whole() {
    // Declared first so it is unmounted after the daemon has gone.
    let disk = SmallDisk::mount("fault-log-disk", "16m");
    let state = disk.dir.path().join("state");
    let state_arg = state.display().to_string();
    let daemon = Managed::start("fault-log-disk", &["--state-dir", &state_arg]);
    // printf is built into sh, so the loop writes as fast as it can.
    daemon.define(
        "chatty",
        r#"{"cmd":"sh","args":["-c","i=0; while :; do printf 'record %08d %0150d\\n' $i 0; i=$((i+1)); done"]}"#,
    );
    let log = state.join("logs/chatty.log");
    let start = std::time::Instant::now();
    while std::fs::metadata(&log).map_or(0, |meta| meta.len()) < 64 << 10 {
        assert!(start.elapsed() < Duration::from_secs(20), "chatty wrote no log; log:\n{}", daemon.log());
        std::thread::sleep(Duration::from_millis(20));
    }

    // Fill the disk from outside while the service writes, so that a log
    // write comes up short, then free it again.
    let filler = disk.dir.path().join("filler");
    {
        use std::io::Write;
        let mut file = std::fs::File::create(&filler).unwrap();
        let block = vec![0u8; 64 << 10];
        while file.write_all(&block).is_ok() {}
    }
    wait_for_log(&daemon, "failed to write log");
    std::fs::remove_file(&filler).unwrap();
    wait_for_log(&daemon, "works again");
    let (status, body) = daemon.request("POST", "/v1/services/chatty/stop", None);
    assert_eq!(status, 200, "{body}");
    daemon.wait_status("chatty", "stopped", Duration::from_secs(20));

    // Records were lost while the disk was full, and a line whose start
    // was lost reads back as a fragment. No chunk header may be read as
    // record bytes, because the service writes only `record`, digits and
    // spaces, and the timestamp of a header contains `@`, `:` and `T`.
    let records = common::services::read_records(&state.join("logs"), "chatty");
    assert!(records.len() > 100, "only {} records read back", records.len());
    for (stream, _, line) in &records {
        let text = String::from_utf8_lossy(line);
        assert_eq!(stream, "stdout", "{text:?}");
        assert!(line.iter().all(|b| b"record 0123456789".contains(b)), "garbled record {text:?}");
    }
}

#[test]
fn bounded_upper_keeps_files_across_restarts() {
    let size_arg = UPPER_SIZE.to_string();
    let mut daemon = Managed::start("fault-upper-restart", &["--upper-size", &size_arg]);
    daemon.define("web", r#"{"cmd":"sleep","args":["300"],"restart":"always"}"#);
    let layer = daemon.state_dir.join("layer");
    write_inside(&daemon, "/root/marker", "first");

    // A container bounce keeps the tmpfs and its files.
    let (status, body) = daemon.request("POST", "/v1/container/restart", None);
    assert_eq!(status, 200, "container restart: {body}");
    assert_eq!(read_inside(&daemon, "/root/marker"), "first\n");

    // A restore swaps its tree in on the tmpfs.
    let (status, text) = daemon.request("POST", "/v1/checkpoints?wait=1", None);
    assert_eq!(status, 200, "checkpoint: {text}");
    let id = json_field(&text, "id").expect("checkpoint id");
    write_inside(&daemon, "/root/marker", "second");
    let (status, text) = daemon.request("POST", &format!("/v1/checkpoints/{id}/restore?wait=1"), None);
    assert_eq!(status, 200, "restore: {text}");
    assert_eq!(read_inside(&daemon, "/root/marker"), "first\n", "restore brought back the checkpoint's file");
    assert!(!layer.join("upper.restore").exists(), "the restore left its staging tree");

    // A daemon that exits leaves the tmpfs mounted, and the next one
    // reuses it, after a clean stop and after SIGKILL.
    write_inside(&daemon, "/root/marker", "third");
    daemon.restart();
    assert_eq!(read_inside(&daemon, "/root/marker"), "third\n", "the file survived a daemon restart");
    daemon.kill(libc::SIGKILL);
    common::cleanup_cgroups(&daemon.run_dir);
    daemon.spawn();
    assert_eq!(read_inside(&daemon, "/root/marker"), "third\n", "the file survived a daemon SIGKILL");
    daemon.wait_status("web", "running", Duration::from_secs(40));
    assert_eq!(common::mounts_under(&layer), vec![layer.clone()], "one tmpfs on the layer directory");
    assert!(daemon.log().contains("reusing the tmpfs"), "the restarted daemon reused the tmpfs");
}

#[test]
fn full_shared_disk_recovers() {
    // Without --upper-size the upper layer lives in the state directory,
    // so filling the container's disk fills the daemon's state filesystem
    // too. Declared first so it is unmounted after the daemon has gone.
    let disk = SmallDisk::mount("fault-disk", "64m");
    let state = disk.dir.path().join("state");
    let state_arg = state.display().to_string();
    let daemon = Managed::start("fault-disk", &["--state-dir", &state_arg]);
    daemon.define("before", r#"{"cmd":"sleep","args":["300"]}"#);
    let (_, body) = daemon.request("GET", "/v1/container", None);
    assert_eq!(json_field(&body, "tmpfs").as_deref(), Some("false"), "{body}");

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
    assert_eq!(status, 507, "{body}");
    assert!(body.contains("No space left"), "{body}");
    assert!(body.contains("free space"), "{body}");

    // Once user code frees the space, the state is writable again and
    // what was defined before is intact.
    let (status, _, error) = exec_support::run(&daemon.socket, r#"{"cmd":["/bin/rm","/root/fill"]}"#);
    assert_eq!(status, 200, "exec: {error}");
    let (status, body) = daemon.put("after", r#"{"cmd":"true","enabled":false}"#);
    assert_eq!(status, 201, "{body}");
    let before = daemon.service("before");
    assert_eq!(state_status(&before), "running");
}

/// Writes `count` files of `size` bytes under `dir`, seeded by `seed`.
fn fill(dir: &Path, count: u64, size: usize, seed: u64) {
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..count {
        std::fs::write(dir.join(format!("file-{i}")), noise(size, seed * 1000 + i)).unwrap();
    }
}

/// State of checkpoint `id` after a restart, and its error.
fn checkpoint_state(daemon: &Managed, id: &str) -> (String, String) {
    let (status, text) = daemon.request("GET", &format!("/v1/checkpoints/{id}"), None);
    assert!(status == 200 || status == 500, "checkpoint {id} lost: {status} {text}");
    (json_field(&text, "state").unwrap_or_default(), json_field(&text, "error").unwrap_or_default())
}

/// Rounds of the checkpoint and restore fault test.
const STORAGE_ROUNDS: u64 = 12;

#[test]
fn sigkill_during_checkpoints_and_restores() {
    let mut daemon = Managed::start("fault-storage", &[]);
    daemon.define("web", r#"{"cmd":"sleep","args":["300"],"restart":"always"}"#);
    let root = daemon.state_dir.join("upper");
    fill(&root.join("base"), 4, 256 << 10, 0);
    let mut seed = clock_seed();
    // Checkpoints known to be complete, with the tree each one holds.
    let mut acknowledged: Vec<(String, BTreeMap<String, String>)> = Vec::new();
    let (status, text) = daemon.request("POST", "/v1/checkpoints?wait=1", None);
    assert_eq!(status, 200, "first checkpoint: {text}");
    acknowledged.push((json_field(&text, "id").unwrap(), describe(&root)));
    let (mut checkpoint_kills, mut restore_kills) = (0, 0);
    // Restores the kill interrupted (the old tree remains) or came after.
    let (mut restores_undone, mut restores_done) = (0, 0);

    for round in 0..STORAGE_ROUNDS {
        fill(&root.join(format!("round-{round}")), 2, 512 << 10, round + 1);
        let before = describe(&root);
        let restore_of = match random_below(&mut seed, 2) {
            0 => Some(random_below(&mut seed, acknowledged.len() as u64) as usize),
            _ => None,
        };
        let path = match restore_of {
            Some(index) => format!("/v1/checkpoints/{}/restore", acknowledged[index].0),
            None => "/v1/checkpoints".to_string(),
        };
        let (status, text) = daemon.request("POST", &path, None);
        assert_eq!(status, 202, "POST {path}: {text}");
        let id = json_field(&text, "id").unwrap_or_default();
        // Restores of these small trees finish sooner than checkpoints.
        let window = if restore_of.is_some() { 200 } else { 1500 };
        std::thread::sleep(Duration::from_millis(random_below(&mut seed, window)));
        daemon.kill(libc::SIGKILL);
        common::cleanup_cgroups(&daemon.run_dir);
        daemon.spawn();

        match restore_of {
            None => {
                checkpoint_kills += 1;
                let (state, error) = checkpoint_state(&daemon, &id);
                match state.as_str() {
                    "complete" => acknowledged.push((id, before)),
                    "failed" => assert!(error.contains("interrupted"), "checkpoint {id} failed: {error}"),
                    other => panic!("checkpoint {id} is {other:?} after the restart"),
                }
            }
            Some(index) => {
                restore_kills += 1;
                let now = describe(&root);
                let whole = now == before || now == acknowledged[index].1;
                assert!(whole, "round {round}: after a kill during a restore the tree is a mix");
                if now == acknowledged[index].1 {
                    restores_done += 1;
                } else {
                    restores_undone += 1;
                }
                assert!(!daemon.state_dir.join("upper.restore").exists(), "staging tree left behind");
            }
        }
        // Nothing acknowledged before the kill is gone.
        for (earlier, _) in &acknowledged {
            assert_eq!(checkpoint_state(&daemon, earlier).0, "complete", "checkpoint {earlier} lost in round {round}");
        }
        daemon.wait_status("web", "running", Duration::from_secs(40));
        exec_works(&daemon);
    }

    // Every acknowledged checkpoint still restores to exactly its tree.
    for (id, tree) in &acknowledged {
        let (status, text) = daemon.request("POST", &format!("/v1/checkpoints/{id}/restore?wait=1"), None);
        assert_eq!(status, 200, "restore {id}: {text}");
        assert_same(tree, &describe(&root), &format!("checkpoint {id} after the kills"));
    }
    eprintln!(
        "{checkpoint_kills} SIGKILLs during checkpoints, {restore_kills} during restores \
         ({restores_undone} left the old tree, {restores_done} the restored one); {} acknowledged checkpoints intact",
        acknowledged.len()
    );
}

/// Sends a storage request, again while the restarted daemon still loads
/// its manifests (503), and returns the status and body.
fn storage_request(daemon: &Managed, method: &str, path: &str) -> (u16, String) {
    for _ in 0..200 {
        let (status, text) = daemon.request(method, path, None);
        if status != 503 {
            return (status, text);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{method} {path}: still 503 after 10 s");
}

/// Number of pack objects in the daemon's default store.
fn pack_count(daemon: &Managed) -> usize {
    let packs = daemon.state_dir.join("store/packs");
    let mut count = 0;
    let mut stack = vec![packs];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(entry.path());
            } else {
                count += 1;
            }
        }
    }
    count
}

/// Rounds of the delete and gc fault test.
const CLEANUP_ROUNDS: u64 = 10;

#[test]
fn sigkill_during_delete_and_gc() {
    let mut daemon = Managed::start("fault-gc", &[]);
    daemon.define("web", r#"{"cmd":"sleep","args":["300"],"restart":"always"}"#);
    let root = daemon.state_dir.join("upper");
    let mut seed = clock_seed();
    // Checkpoints that must stay complete, with the tree each one holds.
    let mut remaining: Vec<(String, BTreeMap<String, String>)> = Vec::new();
    let (mut delete_kills, mut deletes_undone) = (0, 0);
    let (mut gc_kills, mut gcs_undone) = (0, 0);

    for round in 0..CLEANUP_ROUNDS {
        // A checkpoint with data of its own, which only it refers to once
        // the files are gone, and one after they are gone.
        let scratch = root.join(format!("scratch-{round}"));
        fill(&scratch, 3, 256 << 10, 100 + round);
        let (status, text) = storage_request(&daemon, "POST", "/v1/checkpoints?wait=1");
        assert_eq!(status, 200, "checkpoint with scratch files: {text}");
        let doomed = (json_field(&text, "id").unwrap(), describe(&root));
        std::fs::remove_dir_all(&scratch).unwrap();
        fill(&root.join(format!("kept-{round}")), 1, 64 << 10, 200 + round);
        let (status, text) = storage_request(&daemon, "POST", "/v1/checkpoints?wait=1");
        assert_eq!(status, 200, "checkpoint without scratch files: {text}");
        remaining.push((json_field(&text, "id").unwrap(), describe(&root)));

        // SIGKILL at a random point of the delete of the first, or of the
        // gc that removes its data once it is deleted. A gc before the
        // delete, which finds nothing to remove, measures how long the walk
        // takes, which sets the window the kill lands in.
        let during_gc = random_below(&mut seed, 2) == 0;
        let (method, path, window) = if during_gc {
            let started = std::time::Instant::now();
            let (status, text) = storage_request(&daemon, "POST", "/v1/gc?wait=1");
            assert_eq!(status, 200, "gc: {text}");
            let walk = started.elapsed().as_micros() as u64;
            let (status, text) = storage_request(&daemon, "DELETE", &format!("/v1/checkpoints/{}?wait=1", doomed.0));
            assert_eq!(status, 204, "delete {}: {text}", doomed.0);
            ("POST", "/v1/gc".to_string(), walk + 1)
        } else {
            ("DELETE", format!("/v1/checkpoints/{}", doomed.0), 100)
        };
        let packs_before = pack_count(&daemon);
        let (status, text) = storage_request(&daemon, method, &path);
        assert_eq!(status, 202, "{method} {path}: {text}");
        std::thread::sleep(Duration::from_micros(random_below(&mut seed, window)));
        daemon.kill(libc::SIGKILL);
        common::cleanup_cgroups(&daemon.run_dir);
        daemon.spawn();

        // A checkpoint whose delete was cut short is whole or gone.
        let (status, text) = storage_request(&daemon, "GET", &format!("/v1/checkpoints/{}", doomed.0));
        match status {
            404 => {}
            200 => {
                assert!(!during_gc, "deleted checkpoint {} came back: {text}", doomed.0);
                assert_eq!(json_field(&text, "state").as_deref(), Some("complete"), "{text}");
                deletes_undone += 1;
                remaining.push(doomed);
            }
            _ => panic!("checkpoint {} after a SIGKILL during its delete: {status} {text}", doomed.0),
        }
        if during_gc {
            gc_kills += 1;
            gcs_undone += usize::from(pack_count(&daemon) == packs_before);
        } else {
            delete_kills += 1;
        }
        for (id, _) in &remaining {
            assert_eq!(checkpoint_state(&daemon, id).0, "complete", "checkpoint {id} lost in round {round}");
        }
        daemon.wait_status("web", "running", Duration::from_secs(40));
    }

    // A gc that runs to its end, then every remaining checkpoint still
    // restores to exactly its tree: no gc removed data one of them uses.
    let (status, text) = storage_request(&daemon, "POST", "/v1/gc?wait=1");
    assert_eq!(status, 200, "gc: {text}");
    for (id, tree) in &remaining {
        let (status, text) = storage_request(&daemon, "POST", &format!("/v1/checkpoints/{id}/restore?wait=1"));
        assert_eq!(status, 200, "restore {id}: {text}");
        assert_same(tree, &describe(&root), &format!("checkpoint {id} after the kills"));
    }
    exec_works(&daemon);
    eprintln!(
        "{delete_kills} SIGKILLs during deletes ({deletes_undone} before the manifest was deleted), \
         {gc_kills} during gc ({gcs_undone} before it deleted a pack); {} checkpoints restore exactly",
        remaining.len()
    );
}
