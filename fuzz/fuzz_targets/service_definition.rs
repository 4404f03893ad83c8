//! The body of `PUT /v1/services/{name}`, which user code inside the
//! container may send. A definition that passes validation must have a
//! name that stays a single file name in the state directory, and must
//! survive the JSON round trip of its definition file.

#![no_main]

use std::path::Path;

use guestd::services::definition::{self, Definition, DefinitionRequest};
use libfuzzer_sys::fuzz_target;
// The allocator that enforces the memory limit.
use guestd_fuzz as _;
use miniserde::json;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // The path segment comes first, up to a newline; the body follows.
    let (name, body) = text.split_once('\n').unwrap_or(("web", text));
    if definition::validate_name(name).is_ok() {
        let dir = Path::new("/state/services");
        let path = definition::file_path(dir, name);
        assert_eq!(path.parent(), Some(dir), "{name:?} escapes the directory as {path:?}");
    }
    let Ok(request) = json::from_str::<DefinitionRequest>(body) else { return };
    let Ok(def) = request.into_definition(name) else { return };
    if definition::validate(&def).is_err() {
        return;
    }
    assert!(definition::validate_name(&def.name).is_ok());
    let stored = json::to_string(&def);
    let back: Definition = json::from_str(&stored).expect("a stored definition parses again");
    assert_eq!(back, def);
    let _ = definition::parse_signal(&def.stop_signal).expect("validated signal parses");
});
