//! The lexical normalisation of paths that the filesystem routes take from
//! clients. The result must be absolute, without `.`, `..` or empty
//! components, and normalising it again must change nothing.

#![no_main]

use guestd::files;
use libfuzzer_sys::fuzz_target;
// The allocator that enforces the memory limit.
use guestd_fuzz as _;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (working_dir, path) = text.split_once('\n').unwrap_or(("/home/user", text));
    let normal = files::absolute(working_dir, path);
    assert!(normal.starts_with('/'), "{normal:?}");
    if normal != "/" {
        for part in normal[1..].split('/') {
            assert!(!matches!(part, "" | "." | ".."), "{path:?} in {working_dir:?} gave {normal:?}");
        }
    }
    assert_eq!(files::absolute("/", &normal), normal);
    assert_eq!(files::absolute(working_dir, &normal), normal);
});
