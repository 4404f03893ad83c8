//! The address syntax of `--listen` and `--api`. Every address that parses
//! must print as text that parses back to the same address.

#![no_main]

use guestd::addr::Addr;
use libfuzzer_sys::fuzz_target;
// The allocator that enforces the memory limit.
use guestd_fuzz as _;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(addr) = Addr::parse(text) {
        let printed = addr.to_string();
        assert_eq!(Addr::parse(&printed), Ok(addr), "{text:?} printed as {printed:?}");
    }
});
