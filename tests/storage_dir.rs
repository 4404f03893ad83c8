//! Checkpoint and restore against the local-directory store: a round trip
//! of every file type, incremental checkpoints and dedup, restores in both
//! directions, cold restore, delete and gc, and corrupted or missing data.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::tree::{assert_same, build_full_tree, describe, noise};
use common::{json_field, Daemon};

fn upper(daemon: &Daemon) -> PathBuf {
    daemon.state_dir.join("upper")
}

/// Creates a checkpoint and waits for it; returns its id and final JSON.
fn checkpoint(daemon: &Daemon, comment: &str) -> (String, String) {
    let body = format!("{{\"comment\":\"{comment}\"}}");
    let (status, text) = daemon.request("POST", "/v1/checkpoints?wait=1", Some(&body));
    assert_eq!(status, 200, "checkpoint failed: {text}");
    assert_eq!(json_field(&text, "state").as_deref(), Some("complete"), "{text}");
    (json_field(&text, "id").unwrap(), text)
}

fn restore(daemon: &Daemon, id: &str) -> (u16, String) {
    daemon.request("POST", &format!("/v1/checkpoints/{id}/restore?wait=1"), None)
}

fn number(json: &str, name: &str) -> u64 {
    json_field(json, name).and_then(|v| v.parse().ok()).unwrap_or_else(|| panic!("no {name} in {json}"))
}

fn pack_files(store: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for fan in fs::read_dir(store.join("packs")).into_iter().flatten().flatten() {
        for pack in fs::read_dir(fan.path()).into_iter().flatten().flatten() {
            out.push(pack.path());
        }
    }
    out.sort();
    out
}

#[test]
fn round_trip_every_file_type() {
    common::require_root();
    let daemon = Daemon::start("st-roundtrip", &[]);
    build_full_tree(&upper(&daemon));
    let first = describe(&upper(&daemon));
    let (first_id, text) = checkpoint(&daemon, "first");
    // dup-1 and dup-2 share their chunks: stored bytes stay below the sum
    // of the file sizes by at least one copy.
    let logical = number(&text, "logical_bytes");
    let stored = number(&text, "stored_bytes");
    assert!(stored + (3 << 20) <= logical, "no dedup: stored {stored} of {logical}");

    // Change the tree: edit, delete, add, chmod, and a new hard link.
    let root = upper(&daemon);
    fs::write(root.join("regular.txt"), b"edited").unwrap();
    fs::remove_file(root.join("large.bin")).unwrap();
    fs::remove_dir_all(root.join("d0")).unwrap();
    fs::write(root.join("new-file"), noise(2 << 20, 99)).unwrap();
    fs::hard_link(root.join("new-file"), root.join("new-link")).unwrap();
    fs::set_permissions(root.join("empty"), std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let second = describe(&root);
    let (second_id, text) = checkpoint(&daemon, "second");
    assert!(number(&text, "stored_bytes") < (3 << 20), "incremental stored too much: {text}");

    let (status, text) = restore(&daemon, &first_id);
    assert_eq!(status, 200, "{text}");
    assert_same(&first, &describe(&root), "after restoring the first checkpoint");

    let (status, text) = restore(&daemon, &second_id);
    assert_eq!(status, 200, "{text}");
    assert_same(&second, &describe(&root), "after restoring the second checkpoint");

    // Unsaved changes are dropped by a restore.
    fs::write(root.join("unsaved"), b"gone soon").unwrap();
    let (status, _) = restore(&daemon, &second_id);
    assert_eq!(status, 200);
    assert_same(&second, &describe(&root), "after dropping unsaved changes");

    // An unchanged tree stores nothing new.
    let (_, text) = checkpoint(&daemon, "third");
    assert_eq!(number(&text, "stored_bytes"), 0, "{text}");

    let output = daemon.client(&["checkpoint", "list"]);
    let listing = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{listing}");
    for id in [&first_id, &second_id] {
        assert!(listing.contains(id.as_str()), "{id} not listed:\n{listing}");
    }
}

#[test]
fn restore_latest_picks_newest_checkpoint() {
    common::require_root();
    let daemon = Daemon::start("st-latest", &[]);
    let output = daemon.client(&["restore", "latest"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(stderr.contains("no complete checkpoint"), "{stderr}");

    let root = upper(&daemon);
    fs::write(root.join("kept"), b"saved").unwrap();
    let (id, _) = checkpoint(&daemon, "latest");
    fs::write(root.join("unsaved"), b"gone soon").unwrap();
    let output = daemon.client(&["restore", "latest"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(stdout.trim(), format!("restored {id}"));
    assert!(!root.join("unsaved").exists());
    assert!(root.join("kept").exists());
}

#[test]
fn cold_restore_from_store_alone() {
    common::require_root();
    let mut daemon = Daemon::start("st-cold-src", &[]);
    build_full_tree(&upper(&daemon));
    let expected = describe(&upper(&daemon));
    let (id, _) = checkpoint(&daemon, "");
    daemon.stop();
    let store = daemon.state_dir.join("store");
    let store_arg = format!("dir:{}", store.display());
    for wanted in [id.as_str(), "latest"] {
        let fresh = Daemon::start("st-cold-dst", &["--store", &store_arg, "--restore", wanted]);
        assert_same(&expected, &describe(&upper(&fresh)), &format!("cold restore of {wanted}"));
        let (_, list) = fresh.request("GET", "/v1/checkpoints", None);
        assert!(list.contains(&id), "{list}");
        // The restored tree contains the data, but the cache stays empty.
        let cached = fs::read_dir(fresh.state_dir.join("storage/cache")).map(|dir| dir.count()).unwrap_or(0);
        assert_eq!(cached, 0, "a cold restore wrote the pack cache");
        // The storage start step runs when the restore starts and again
        // when it ends, not on every wakeup of the loop in between.
        let runs = fresh.log().matches("start step storage:").count();
        assert!(runs <= 4, "the storage start step ran {runs} times during the cold restore");
    }
}

#[test]
fn corrupted_and_missing_chunks_fail_restore() {
    common::require_root();
    // Without the local cache, which would serve the intact copy.
    let daemon = Daemon::start("st-corrupt", &["--chunk-cache-mib", "0"]);
    let root = upper(&daemon);
    fs::create_dir_all(&root).unwrap();
    fs::write(root.join("victim"), noise(1 << 20, 1)).unwrap();
    let (id, _) = checkpoint(&daemon, "");
    fs::write(root.join("victim"), b"changed since").unwrap();
    let before = describe(&root);

    let packs = pack_files(&daemon.state_dir.join("store"));
    assert_eq!(packs.len(), 1, "{packs:?}");
    let mut data = fs::read(&packs[0]).unwrap();
    data[100] ^= 0xff;
    fs::write(&packs[0], &data).unwrap();
    let (status, text) = restore(&daemon, &id);
    assert_eq!(status, 500, "{text}");
    assert!(text.contains("/victim") && text.contains("verification"), "{text}");
    assert_same(&before, &describe(&root), "after a failed restore");

    fs::remove_file(&packs[0]).unwrap();
    let (status, text) = restore(&daemon, &id);
    assert_eq!(status, 500, "{text}");
    assert!(text.contains("/victim") && text.contains("missing"), "{text}");
    assert_same(&before, &describe(&root), "after a failed restore");
}

#[test]
fn delete_and_gc_keep_used_packs() {
    common::require_root();
    let daemon = Daemon::start("st-gc", &[]);
    let root = upper(&daemon);
    fs::create_dir_all(&root).unwrap();
    fs::write(root.join("shared"), noise(1 << 20, 1)).unwrap();
    fs::write(root.join("only-first"), noise(1 << 20, 2)).unwrap();
    let (first, _) = checkpoint(&daemon, "");
    fs::remove_file(root.join("only-first")).unwrap();
    fs::write(root.join("only-second"), noise(1 << 20, 3)).unwrap();
    let expected = describe(&root);
    let (second, _) = checkpoint(&daemon, "");
    let store = daemon.state_dir.join("store");
    assert_eq!(pack_files(&store).len(), 2);

    let (status, text) = daemon.request("DELETE", &format!("/v1/checkpoints/{first}?wait=1"), None);
    assert_eq!(status, 204, "{text}");
    let (status, text) = daemon.request("POST", "/v1/gc?wait=1", None);
    assert_eq!(status, 200, "{text}");
    // The first pack holds `shared`, which the second checkpoint uses.
    assert_eq!(number(&text, "packs_deleted"), 0, "{text}");

    // A crashed upload leaves an orphan pack; gc removes it.
    let orphan = store.join("packs/00/orphan-00000");
    fs::create_dir_all(orphan.parent().unwrap()).unwrap();
    fs::write(&orphan, b"orphan").unwrap();
    let (status, text) = daemon.request("POST", "/v1/gc?wait=1", None);
    assert_eq!(status, 200, "{text}");
    assert_eq!(number(&text, "packs_deleted"), 1, "{text}");
    assert!(!orphan.exists());

    fs::write(root.join("shared"), b"x").unwrap();
    let (status, text) = restore(&daemon, &second);
    assert_eq!(status, 200, "{text}");
    assert_same(&expected, &describe(&root), "restore after gc");
    let (status, _) = daemon.request("GET", &format!("/v1/checkpoints/{first}"), None);
    assert_eq!(status, 404);
}

#[test]
fn gc_keeps_packs_of_deleted_baseline() {
    common::require_root();
    let daemon = Daemon::start("st-gcbase", &[]);
    let root = upper(&daemon);
    fs::create_dir_all(&root).unwrap();
    fs::write(root.join("kept"), noise(1 << 20, 4)).unwrap();
    let expected = describe(&root);
    let (first, _) = checkpoint(&daemon, "");
    // The deleted checkpoint stays the baseline: the next one takes the
    // unchanged file from it, chunk references included.
    let (status, text) = daemon.request("DELETE", &format!("/v1/checkpoints/{first}?wait=1"), None);
    assert_eq!(status, 204, "{text}");
    let (status, text) = daemon.request("POST", "/v1/gc?wait=1", None);
    assert_eq!(status, 200, "{text}");
    assert_eq!(number(&text, "packs_deleted"), 0, "{text}");
    let (second, _) = checkpoint(&daemon, "");

    fs::write(root.join("kept"), b"x").unwrap();
    let (status, text) = restore(&daemon, &second);
    assert_eq!(status, 200, "{text}");
    assert_same(&expected, &describe(&root), "restore after gc of the baseline's checkpoint");
}
