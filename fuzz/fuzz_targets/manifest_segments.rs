//! Checkpoint manifests in their store form: a header that lists segment
//! objects by hash, and the segment objects themselves, plain JSON or a
//! zlib stream, read back from the object store. The target builds a
//! header naming one segment made of the input, with the entry count of
//! the first byte, so that the segment's hash matches and its
//! decompression and entry list are reached. The second byte chooses the
//! object: the rest as it is (format 2), the rest as a zlib stream behind
//! the magic, or the rest compressed the way the daemon stores it.
//! Whatever the store hands back, an accepted manifest has exactly the
//! entries its header announces, all inside the restore's directory.

#![no_main]

use std::path::{Component, Path};

use guestd::storage::hash;
use guestd::storage::manifest::{self, Manifest, SegmentRef, COMPRESSED_MAGIC};
use libfuzzer_sys::fuzz_target;
// The allocator that enforces the memory limit.
use guestd_fuzz as _;

fuzz_target!(|data: &[u8]| {
    let [count, mode, rest @ ..] = data else { return };
    let object = match mode % 3 {
        0 => rest.to_vec(),
        1 => [COMPRESSED_MAGIC, rest].concat(),
        _ => manifest::encode_segment(rest),
    };
    let decoded = manifest::decode_segment(object.clone());
    if *mode % 3 == 2 {
        assert_eq!(decoded.as_deref(), Ok(rest), "a stored segment does not decode to its JSON");
    }
    // The daemon names a segment by the hash of its JSON. An object that
    // does not decode is named by the hash of its bytes.
    let named = hash::to_hex(&hash::sha256(decoded.as_deref().unwrap_or(&object)));
    let header = Manifest { format: manifest::FORMAT_VERSION, id: "fuzz".into(), ..Manifest::default() }
        .to_store_json(vec![SegmentRef { hash: named.clone(), entries: u64::from(*count) }]);

    let fetched = Manifest::from_store_json(&header, |wanted| {
        assert_eq!(wanted, named, "fetched a segment the header does not name");
        Ok(object.clone())
    });
    let Ok(parsed) = fetched else { return };
    assert_eq!(parsed.entries.len(), usize::from(*count), "entries other than the header announces");
    let staging = Path::new("/staging");
    for entry in &parsed.entries {
        let path = manifest::join(staging, &entry.path);
        let inside = path.strip_prefix(staging).unwrap_or_else(|_| panic!("{:?} restores to {path:?}", entry.path));
        assert!(
            inside.components().all(|c| matches!(c, Component::Normal(_))),
            "{:?} restores to {path:?}",
            entry.path
        );
    }
});
