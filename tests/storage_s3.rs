//! Checkpoint and restore against a real S3 server (SeaweedFS on
//! loopback): a round trip of every file type, cold restore from the store
//! alone, and a store that goes away in the middle of a checkpoint.

mod common;

use std::fs;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use common::seaweed::Seaweed;
use common::tree::{assert_same, build_full_tree, describe, noise};
use common::{json_field, Daemon};

fn upper(daemon: &Daemon) -> PathBuf {
    daemon.state_dir.join("upper")
}

fn start_daemon(label: &str, weed: &Seaweed, extra: &[&str]) -> Daemon {
    let mut args = weed.store_args();
    args.extend(extra.iter().map(|s| s.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    Daemon::start(label, &args)
}

fn checkpoint(daemon: &Daemon) -> String {
    // Right after the start the daemon may still be listing the store.
    let start = Instant::now();
    let (status, text) = loop {
        let (status, text) = daemon.request("POST", "/v1/checkpoints?wait=1", None);
        if status != 503 || !text.contains("still loading") || start.elapsed() > Duration::from_secs(30) {
            break (status, text);
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(status, 200, "checkpoint failed: {text}");
    json_field(&text, "id").unwrap()
}

/// Polls a checkpoint until it leaves the pending state.
fn wait_done(daemon: &Daemon, id: &str) -> String {
    let start = Instant::now();
    loop {
        let (_, text) = daemon.request("GET", &format!("/v1/checkpoints/{id}"), None);
        if json_field(&text, "state").as_deref() != Some("pending") {
            return text;
        }
        assert!(start.elapsed() < Duration::from_secs(120), "checkpoint {id} still pending: {text}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn s3_round_trip_and_cold_restore() {
    common::require_root();
    let weed = Seaweed::start("roundtrip");
    let daemon = start_daemon("s3-roundtrip", &weed, &[]);
    build_full_tree(&upper(&daemon));
    let first = describe(&upper(&daemon));
    let first_id = checkpoint(&daemon);

    fs::write(upper(&daemon).join("regular.txt"), b"second version").unwrap();
    fs::remove_file(upper(&daemon).join("large.bin")).unwrap();
    let second = describe(&upper(&daemon));
    let second_id = checkpoint(&daemon);

    let (status, text) = daemon.request("POST", &format!("/v1/checkpoints/{first_id}/restore?wait=1"), None);
    assert_eq!(status, 200, "{text}");
    assert_same(&first, &describe(&upper(&daemon)), "restore of the first checkpoint");

    // A new daemon with an empty state directory rebuilds the upper layer
    // from the bucket alone.
    let cold = start_daemon("s3-cold", &weed, &["--restore", "latest"]);
    assert_same(&second, &describe(&upper(&cold)), "cold restore of the latest checkpoint");
    let cold_by_id = start_daemon("s3-cold-id", &weed, &["--restore", &first_id]);
    assert_same(&first, &describe(&upper(&cold_by_id)), "cold restore by id");
    let (_, list) = cold.request("GET", "/v1/checkpoints", None);
    assert!(list.contains(&second_id), "{list}");
}

#[test]
fn store_outage_fails_checkpoint_cleanly() {
    common::require_root();
    let mut weed = Seaweed::start("outage");
    let daemon = start_daemon("s3-outage", &weed, &[]);
    let root = upper(&daemon);
    fs::create_dir_all(&root).unwrap();
    fs::write(root.join("small"), b"before the outage").unwrap();
    let before = describe(&root);
    let first = checkpoint(&daemon);

    for i in 0..4 {
        fs::write(root.join(format!("big-{i}")), noise(16 << 20, i + 10)).unwrap();
    }
    let (status, text) = daemon.request("POST", "/v1/checkpoints", None);
    assert_eq!(status, 202, "{text}");
    let id = json_field(&text, "id").unwrap();
    std::thread::sleep(Duration::from_millis(150));
    weed.stop();
    let text = wait_done(&daemon, &id);
    assert_eq!(json_field(&text, "state").as_deref(), Some("failed"), "{text}");
    let error = json_field(&text, "error").unwrap_or_default();
    assert!(error.contains("attempts") || error.contains("refused"), "unclear error: {error}");
    // Its restore is rejected with the reason it failed.
    let (status, text) = daemon.request("POST", &format!("/v1/checkpoints/{id}/restore?wait=1"), None);
    assert_eq!(status, 409, "{text}");
    assert!(text.contains(&format!("checkpoint {id} failed (")), "{text}");

    weed.spawn();
    let after = describe(&root);
    let second = checkpoint(&daemon);
    let (status, text) = daemon.request("POST", &format!("/v1/checkpoints/{first}/restore?wait=1"), None);
    assert_eq!(status, 200, "{text}");
    assert_same(&before, &describe(&root), "earlier checkpoint after the outage");
    let (status, text) = daemon.request("POST", &format!("/v1/checkpoints/{second}/restore?wait=1"), None);
    assert_eq!(status, 200, "{text}");
    assert_same(&after, &describe(&root), "checkpoint taken after the outage");
}

/// A listing of more than one page visits every key once, also while the
/// visitor deletes the keys it was given, as garbage collection does.
#[test]
fn listing_pages_survive_deletes() {
    use guestd::storage::s3::{Credentials, S3Store};
    use guestd::storage::store::ObjectStore;

    let weed = Seaweed::start("s3-list-pages");
    let url = weed.url();
    let credentials = Credentials::new(common::seaweed::ACCESS_KEY.into(), common::seaweed::SECRET_KEY.into());
    let store = S3Store::new(url.strip_prefix("s3:").unwrap(), "us-east-1", credentials).unwrap();
    // 2500 keys are three pages of at most 1000.
    let count = 2500;
    for i in 0..count {
        store.put(&format!("packs/{:02x}/p{i:05}", i % 7), b"x").unwrap();
    }
    let mut visited = Vec::new();
    store
        .list_each("packs/", &mut |key, size| {
            assert_eq!(size, 1, "{key}");
            visited.push(key.to_string());
            if visited.len() % 2 == 0 {
                store.delete(key)?;
            }
            Ok(())
        })
        .unwrap();
    visited.sort();
    let before = visited.len();
    visited.dedup();
    assert_eq!(visited.len(), before, "a key was visited twice");
    assert_eq!(visited.len(), count, "keys visited");
    let left = store.list("packs/", count).unwrap();
    assert_eq!(left.len(), count / 2, "keys left after deleting every second one");
    let err = store.list("packs/", 100).unwrap_err();
    assert!(err.to_string().contains("more than 100 keys under packs/"), "{err}");
}
