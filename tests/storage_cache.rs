//! The local pack cache: a restore on the machine that wrote a checkpoint
//! reads its chunks from the cache, a corrupted cache file falls back to
//! the store, and the cache stays under its cap.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::tree::{assert_same, describe, noise};
use common::{json_field, Daemon};

fn upper(daemon: &Daemon) -> PathBuf {
    daemon.state_dir.join("upper")
}

fn cache_dir(daemon: &Daemon) -> PathBuf {
    daemon.state_dir.join("storage/cache")
}

fn checkpoint(daemon: &Daemon) -> String {
    let (status, text) = daemon.request("POST", "/v1/checkpoints?wait=1", Some("{}"));
    assert_eq!(status, 200, "checkpoint failed: {text}");
    json_field(&text, "id").unwrap()
}

fn restore(daemon: &Daemon, id: &str) {
    let (status, text) = daemon.request("POST", &format!("/v1/checkpoints/{id}/restore?wait=1"), None);
    assert_eq!(status, 200, "restore of {id} failed: {text}");
}

/// Reads a counter of the cache from `GET /v1/checkpoints`.
fn cache_counter(daemon: &Daemon, name: &str) -> u64 {
    let (_, text) = daemon.request("GET", "/v1/checkpoints", None);
    json_field(&text, name).and_then(|v| v.parse().ok()).unwrap_or_else(|| panic!("no {name} in {text}"))
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    out.sort();
    out
}

fn remove_packs(store: &Path) {
    fs::remove_dir_all(store.join("packs")).unwrap();
}

#[test]
fn cache_serves_restore_without_store() {
    common::require_root();
    let daemon = Daemon::start("st-cache-hit", &[]);
    let root = upper(&daemon);
    fs::create_dir_all(&root).unwrap();
    fs::write(root.join("data"), noise(3 << 20, 1)).unwrap();
    fs::write(root.join("small"), b"small file").unwrap();
    let expected = describe(&root);
    let id = checkpoint(&daemon);
    assert_eq!(files_in(&cache_dir(&daemon)).len(), 1, "the checkpoint's pack is not cached");

    // Changed files cannot be reused from the upper directory, and the
    // store has lost every pack: only the cache can restore them.
    fs::write(root.join("data"), b"changed").unwrap();
    fs::remove_file(root.join("small")).unwrap();
    remove_packs(&daemon.state_dir.join("store"));
    restore(&daemon, &id);
    assert_same(&expected, &describe(&root), "after a restore from the cache");
    assert_eq!(cache_counter(&daemon, "hit_bytes"), (3 << 20) + 10);
    assert_eq!(cache_counter(&daemon, "miss_bytes"), 0);
}

#[test]
fn corrupt_cache_entry_falls_back() {
    common::require_root();
    let daemon = Daemon::start("st-cache-corrupt", &[]);
    let root = upper(&daemon);
    fs::create_dir_all(&root).unwrap();
    fs::write(root.join("data"), noise(1 << 20, 2)).unwrap();
    let expected = describe(&root);
    let id = checkpoint(&daemon);
    let cached = files_in(&cache_dir(&daemon));
    assert_eq!(cached.len(), 1, "{cached:?}");
    let mut bytes = fs::read(&cached[0]).unwrap();
    bytes[1000] ^= 0xff;
    fs::write(&cached[0], &bytes).unwrap();

    fs::write(root.join("data"), b"changed").unwrap();
    restore(&daemon, &id);
    assert_same(&expected, &describe(&root), "after a restore past a corrupted cache file");
    assert_eq!(cache_counter(&daemon, "corrupt_reads"), 1);
    assert_eq!(cache_counter(&daemon, "miss_bytes"), 1 << 20);

    // The fetched bytes replaced the corrupted ones: the next restore
    // needs no store.
    fs::write(root.join("data"), b"changed again").unwrap();
    remove_packs(&daemon.state_dir.join("store"));
    restore(&daemon, &id);
    assert_same(&expected, &describe(&root), "after a restore from the repaired cache");
    assert_eq!(cache_counter(&daemon, "hit_bytes"), 1 << 20);
}

#[test]
fn cache_stays_under_cap() {
    common::require_root();
    let daemon = Daemon::start("st-cache-evict", &["--chunk-cache-mib", "1"]);
    let root = upper(&daemon);
    fs::create_dir_all(&root).unwrap();
    fs::write(root.join("first"), noise(700 << 10, 3)).unwrap();
    let expected = describe(&root);
    let first = checkpoint(&daemon);
    let first_pack = files_in(&cache_dir(&daemon));
    assert_eq!(first_pack.len(), 1, "{first_pack:?}");

    fs::remove_file(root.join("first")).unwrap();
    fs::write(root.join("second"), noise(700 << 10, 4)).unwrap();
    checkpoint(&daemon);
    let cached = files_in(&cache_dir(&daemon));
    assert_eq!(cached.len(), 1, "two packs of 700 KiB fit a 1 MiB cache: {cached:?}");
    assert_ne!(cached, first_pack, "the older pack was kept");
    assert!(cache_counter(&daemon, "bytes") <= 1 << 20);
    assert_eq!(cache_counter(&daemon, "evicted_packs"), 1);

    // The evicted pack comes from the store.
    restore(&daemon, &first);
    assert_same(&expected, &describe(&root), "after a restore of an evicted pack");
    assert_eq!(cache_counter(&daemon, "miss_bytes"), 700 << 10);
}
