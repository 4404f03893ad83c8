//! Stored manifest formats: manifest segments are stored compressed, and
//! plain segments (format 2) in the store still restore.

mod common;

use std::fs;

use common::tree::{assert_same, build_full_tree, describe};
use common::{json_field, Daemon};

#[test]
fn plain_segments_still_restore() {
    common::require_root();
    let mut daemon = Daemon::start("st-format-src", &[]);
    let upper = daemon.state_dir.join("upper");
    build_full_tree(&upper);
    let expected = describe(&upper);
    let (status, text) = daemon.request("POST", "/v1/checkpoints?wait=1", Some("{}"));
    assert_eq!(status, 200, "{text}");
    let id = json_field(&text, "id").unwrap();
    daemon.stop();

    let store = daemon.state_dir.join("store");
    let header = fs::read_to_string(store.join(format!("manifests/{id}.json"))).unwrap();
    assert_eq!(json_field(&header, "format").as_deref(), Some("3"), "{header:.200}");
    let segments: Vec<_> = fs::read_dir(store.join("trees")).unwrap().flatten().map(|e| e.path()).collect();
    assert!(!segments.is_empty(), "no segments stored");
    for segment in &segments {
        let stored = fs::read(segment).unwrap();
        assert!(stored.starts_with(b"guestd-manifest-zlib\n"), "{} is not compressed", segment.display());
        // What a format 2 daemon stored: the plain JSON.
        let plain = guestd::storage::manifest::decode_segment(stored).unwrap();
        fs::write(segment, plain).unwrap();
    }
    let store_arg = format!("dir:{}", store.display());
    let fresh = Daemon::start("st-format-dst", &["--store", &store_arg, "--restore", &id]);
    assert_same(&expected, &describe(&fresh.state_dir.join("upper")), "cold restore from plain segments");
}
