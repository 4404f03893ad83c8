//! Bytes the client reads from a peer it does not control: the hybrid vsock
//! handshake reply of a VM's host side, then an HTTP response from the
//! daemon inside the VM. A hostile peer must not make it panic or allocate
//! without bound.

#![no_main]

use std::io::{BufReader, Cursor};

use guestd::client;
use libfuzzer_sys::fuzz_target;
// The allocator that enforces the memory limit.
use guestd_fuzz as _;

fuzz_target!(|data: &[u8]| {
    let mut cursor = Cursor::new(data);
    let handshake = client::read_handshake_reply(&mut cursor, "hvsock:fuzz:1024", 1024);
    let position = cursor.position() as usize;
    if handshake.is_ok() {
        assert!(data[..position].starts_with(b"OK"));
    }
    let mut reader = BufReader::new(Cursor::new(&data[position..]));
    if let Ok(response) = client::read_response(&mut reader) {
        let _ = response.error_message();
    }
});
