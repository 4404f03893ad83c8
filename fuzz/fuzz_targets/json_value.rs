//! The JSON decoder every request body goes through (miniserde), on
//! arbitrary text: deep nesting, huge numbers, bad escapes. Request body
//! types of the API get their own targets as they land.

#![no_main]

use libfuzzer_sys::fuzz_target;
// The allocator that enforces the memory limit.
use guestd_fuzz as _;
use miniserde::json::{self, Value};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(value) = json::from_str::<Value>(text) {
        // Whatever parses must serialise and parse again.
        let printed = json::to_string(&value);
        assert!(json::from_str::<Value>(&printed).is_ok(), "{printed}");
    }
});
