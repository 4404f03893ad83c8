//! The checkpoint manifest decoder. Manifests come from the object store,
//! outside the daemon; every manifest it accepts must name only paths that
//! stay inside the directory a restore builds.

#![no_main]

use std::path::{Component, Path};

use guestd::storage::manifest::{self, Manifest};
use libfuzzer_sys::fuzz_target;
// The allocator that enforces the memory limit.
use guestd_fuzz as _;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(parsed) = Manifest::from_json(text) else { return };
    let staging = Path::new("/staging");
    for entry in &parsed.entries {
        let path = manifest::join(staging, &entry.path);
        assert!(path.starts_with(staging), "{:?} restores to {path:?}", entry.path);
        let inside = path.strip_prefix(staging).unwrap();
        assert!(
            inside.components().all(|c| matches!(c, Component::Normal(_))),
            "{:?} restores to {path:?}",
            entry.path
        );
    }
    let again = Manifest::from_json(&parsed.to_json()).expect("an accepted manifest parses again");
    assert_eq!(again.entries, parsed.entries);
});
