//! Faults around checkpoints, against the local-directory store: the
//! daemon SIGKILLed during a checkpoint and during a restore, and a state
//! directory on a file system that fills up.

mod common;

use std::collections::BTreeMap;
use std::ffi::CString;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use common::tree::{assert_same, describe, noise};
use common::{json_field, Daemon, TempDir};

fn upper(daemon: &Daemon) -> PathBuf {
    daemon.state_dir.join("upper")
}

fn checkpoint(daemon: &Daemon) -> String {
    let (status, text) = daemon.request("POST", "/v1/checkpoints?wait=1", None);
    assert_eq!(status, 200, "checkpoint failed: {text}");
    json_field(&text, "id").unwrap()
}

fn restore(daemon: &Daemon, id: &str) -> (u16, String) {
    daemon.request("POST", &format!("/v1/checkpoints/{id}/restore?wait=1"), None)
}

/// Writes `count` files of `size` bytes under `dir`, seeded by `seed`.
fn fill(dir: &Path, count: u64, size: usize, seed: u64) {
    fs::create_dir_all(dir).unwrap();
    for i in 0..count {
        fs::write(dir.join(format!("file-{i}")), noise(size, seed * 1000 + i)).unwrap();
    }
}

#[test]
fn sigkill_during_checkpoint_leaves_state_consistent() {
    common::require_root();
    let mut daemon = Daemon::start("st-kill-ckpt", &[]);
    let root = upper(&daemon);
    fill(&root.join("a"), 4, 1 << 20, 1);
    let expected = describe(&root);
    let first = checkpoint(&daemon);
    fill(&root.join("b"), 8, 8 << 20, 2);

    let (status, text) = daemon.request("POST", "/v1/checkpoints", None);
    assert_eq!(status, 202, "{text}");
    let killed = json_field(&text, "id").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    daemon.kill(libc::SIGKILL);
    daemon.spawn();

    let (_, text) = daemon.request("GET", &format!("/v1/checkpoints/{killed}"), None);
    // It may have completed before the kill; otherwise it is failed.
    let state = json_field(&text, "state").unwrap();
    assert!(state == "failed" || state == "complete", "{text}");
    if state == "failed" {
        assert!(text.contains("interrupted"), "{text}");
    }
    let (status, text) = daemon.request("POST", "/v1/gc?wait=1", None);
    assert_eq!(status, 200, "{text}");
    let after_kill = describe(&root);
    let next = checkpoint(&daemon);
    let (status, text) = restore(&daemon, &first);
    assert_eq!(status, 200, "{text}");
    assert_same(&expected, &describe(&root), "first checkpoint after the kill");
    let (status, text) = restore(&daemon, &next);
    assert_eq!(status, 200, "{text}");
    assert_same(&after_kill, &describe(&root), "checkpoint after the kill");
}

#[test]
fn sigkill_during_restore_keeps_one_whole_tree() {
    common::require_root();
    let mut daemon = Daemon::start("st-kill-restore", &[]);
    let root = upper(&daemon);
    fill(&root.join("data"), 6, 4 << 20, 1);
    let old_tree = describe(&root);
    let old = checkpoint(&daemon);
    fs::remove_dir_all(root.join("data")).unwrap();
    fill(&root.join("data"), 6, 4 << 20, 2);
    let new_tree = describe(&root);
    let _new = checkpoint(&daemon);

    for delay_ms in [50, 400] {
        let (status, text) = daemon.request("POST", &format!("/v1/checkpoints/{old}/restore"), None);
        assert_eq!(status, 202, "{text}");
        std::thread::sleep(Duration::from_millis(delay_ms));
        daemon.kill(libc::SIGKILL);
        daemon.spawn();
        let now = describe(&root);
        let whole = |tree: &BTreeMap<String, String>| *tree == now;
        assert!(whole(&old_tree) || whole(&new_tree), "after a kill at {delay_ms} ms the tree is a mix");
        assert!(!daemon.state_dir.join("upper.restore").exists(), "staging tree left behind");
        // Go back to the new tree for the next round.
        let (status, text) = restore(&daemon, &_new);
        assert_eq!(status, 200, "{text}");
        assert_same(&new_tree, &describe(&root), "restore after the kill");
    }
}

/// Plants the durability marker of a restore of checkpoint `id` made in
/// the boot `boot_id`, as a daemon leaves it when it stops before the
/// restored tree is synced.
fn plant_unsynced_marker(daemon: &Daemon, id: &str, boot_id: &str) -> PathBuf {
    let path = daemon.state_dir.join("storage/restore.unsynced");
    fs::write(&path, format!(r#"{{"format":1,"id":"{id}","boot_id":"{boot_id}"}}"#)).unwrap();
    path
}

/// Waits until the daemon has synced the tree and removed `marker`.
fn wait_removed(daemon: &Daemon, marker: &Path) {
    for _ in 0..1500 {
        if !marker.exists() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("{} still exists after 30 s, log:\n{}", marker.display(), daemon.log());
}

fn inode(path: &Path) -> u64 {
    use std::os::unix::fs::MetadataExt;
    fs::symlink_metadata(path).unwrap().ino()
}

#[test]
fn unsynced_restore_other_boot_rebuilt() {
    common::require_root();
    let mut daemon = Daemon::start("st-unsynced-boot", &[]);
    let root = upper(&daemon);
    fill(&root.join("data"), 4, 1 << 20, 1);
    let expected = describe(&root);
    let id = checkpoint(&daemon);
    daemon.stop();

    // What a crash can leave of a tree that was not on disk: a file with
    // its size but not its data, a file gone, and files that look whole.
    let torn = fs::OpenOptions::new().write(true).open(root.join("data/file-0")).unwrap();
    torn.set_len(0).unwrap();
    torn.set_len(1 << 20).unwrap();
    drop(torn);
    fs::remove_file(root.join("data/file-1")).unwrap();
    let untouched = inode(&root.join("data/file-2"));
    let marker = plant_unsynced_marker(&daemon, &id, "00000000-0000-0000-0000-000000000000");

    daemon.spawn();
    assert_same(&expected, &describe(&root), "tree rebuilt after another boot");
    // Rebuilt without the baseline: even a file that looks unchanged is
    // written again from the store rather than linked from the old tree.
    assert_ne!(inode(&root.join("data/file-2")), untouched, "a file of the possibly torn tree was reused");

    let log = daemon.log();
    assert!(log.lines().any(|line| line.contains("WARN") && line.contains("is rebuilt from the store")), "{log}");
    wait_removed(&daemon, &marker);

    // The rebuilt tree is the baseline of the next checkpoint.
    fill(&root.join("more"), 2, 4096, 3);
    let next_tree = describe(&root);
    let next = checkpoint(&daemon);
    let (status, text) = restore(&daemon, &id);
    assert_eq!(status, 200, "{text}");
    assert_same(&expected, &describe(&root), "restore of the rebuilt checkpoint");
    let (status, text) = restore(&daemon, &next);
    assert_eq!(status, 200, "{text}");
    assert_same(&next_tree, &describe(&root), "restore of the checkpoint after the rebuild");
}

#[test]
fn unsynced_restore_same_boot_kept() {
    common::require_root();
    let mut daemon = Daemon::start("st-unsynced-same", &[]);
    let root = upper(&daemon);
    fill(&root.join("data"), 4, 1 << 20, 1);
    let id = checkpoint(&daemon);
    daemon.kill(libc::SIGKILL);

    // The container wrote after the restore, and the page cache kept it all.
    fill(&root.join("later"), 2, 4096, 2);
    let before_start = describe(&root);
    let untouched = inode(&root.join("data/file-2"));
    let boot_id = fs::read_to_string("/proc/sys/kernel/random/boot_id").unwrap();
    let marker = plant_unsynced_marker(&daemon, &id, boot_id.trim());

    daemon.spawn();
    wait_removed(&daemon, &marker);
    assert_same(&before_start, &describe(&root), "tree kept in the same boot");
    assert_eq!(inode(&root.join("data/file-2")), untouched, "the tree was rewritten");

    let log = daemon.log();
    assert!(!log.contains("is rebuilt from the store"), "{log}");
    assert!(log.contains("was not yet on disk when the daemon stopped; syncing it"), "{log}");
}

/// A tmpfs mounted for one test, unmounted on drop.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(path: &Path, size: &str) -> Tmpfs {
        fs::create_dir_all(path).unwrap();
        let status = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(path)
            .status()
            .unwrap();
        assert!(status.success(), "mount tmpfs on {}: {status}", path.display());
        Tmpfs(path.to_path_buf())
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let target = CString::new(self.0.to_str().unwrap()).unwrap();
        // SAFETY: the path is a NUL-terminated string.
        unsafe { libc::umount2(target.as_ptr(), libc::MNT_DETACH) };
    }
}

#[test]
fn full_disk_fails_checkpoint_and_loses_nothing() {
    common::require_root();
    let dir = TempDir::new("st-full");
    let state = dir.path().join("state");
    let _tmpfs = Tmpfs::mount(&state, "24m");
    let state_arg = state.display().to_string();
    let daemon = Daemon::start("st-full", &["--state-dir", &state_arg]);
    let root = state.join("upper");
    fill(&root, 4, 256 << 10, 1);
    let expected = describe(&root);
    let first = checkpoint(&daemon);

    // The file and its packs alone need more than the 24 MiB there are.
    fs::write(root.join("huge"), noise(12 << 20, 7)).unwrap();
    let (status, text) = daemon.request("POST", "/v1/checkpoints?wait=1", None);
    let df = std::process::Command::new("df").arg(&state).output().unwrap();
    assert_eq!(status, 500, "checkpoint on a full disk: {text}\n{}", String::from_utf8_lossy(&df.stdout));
    let error = json_field(&text, "error").unwrap_or_default();
    assert!(error.contains("No space left"), "unclear error: {error}");
    let staging = state.join("storage/staging");
    assert!(fs::read_dir(&staging).map_or(true, |mut files| files.next().is_none()), "staging left behind");

    fs::remove_file(root.join("huge")).unwrap();
    fs::write(root.join("small"), b"fits").unwrap();
    let after = describe(&root);
    let second = checkpoint(&daemon);
    let (status, text) = restore(&daemon, &first);
    assert_eq!(status, 200, "{text}");
    assert_same(&expected, &describe(&root), "first checkpoint after the full disk");
    let (status, text) = restore(&daemon, &second);
    assert_eq!(status, 200, "{text}");
    assert_same(&after, &describe(&root), "checkpoint after the full disk");
    drop(daemon);
}
