//! The `CONNECT PORT` / `OK` exchange of hybrid vsock and of inbound port
//! forwarding: the daemon's parsing of the header line a peer sends, and
//! the client's reading of the host side's reply. An accepted header
//! names a port from 1 to 65535 and prints back to itself; an accepted
//! reply starts with `OK` and the client reads no further than its line.

#![no_main]

use std::io::Cursor;

use guestd::client;
use guestd::forward::inbound;
use libfuzzer_sys::fuzz_target;
// The allocator that enforces the memory limit.
use guestd_fuzz as _;

fuzz_target!(|data: &[u8]| {
    if let Ok(port) = inbound::parse_header(data) {
        assert!(port > 0);
        assert!(data.starts_with(b"CONNECT "), "{data:?} accepted");
        assert_eq!(inbound::parse_header(format!("CONNECT {port}\n").as_bytes()), Ok(port));
    }
    let mut reply = Cursor::new(data);
    if client::read_handshake_reply(&mut reply, "hvsock:fuzz:1024", 1024).is_ok() {
        let used = reply.position() as usize;
        assert!(data[..used].starts_with(b"OK"), "{:?} accepted", &data[..used]);
        assert!(data[..used].iter().filter(|b| **b == b'\n').count() <= 1, "read past the reply line");
    }
});
