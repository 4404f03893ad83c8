//! The S3 client's reading of the object store server's responses: status
//! line, headers, and a body sized by Content-Length, chunked or read to
//! the end. The server is outside the daemon's trust boundary, so a
//! response never yields more body than the bytes it arrived in, whatever
//! sizes it announces. The lowest bit of the first byte selects a HEAD
//! request, whose response has no body; the next bit a limit of 64 bytes
//! on the body, which a response never passes either.

#![no_main]

use std::io::Cursor;

use guestd::storage::s3;
use libfuzzer_sys::fuzz_target;
// The allocator that enforces the memory limit.
use guestd_fuzz as _;

fuzz_target!(|data: &[u8]| {
    let Some((&head_only, reply)) = data.split_first() else { return };
    let mut reader = Cursor::new(reply);
    // A kept-alive connection carries one response after another.
    let max = if head_only & 2 == 2 { 64 } else { u64::MAX };
    let limit = |status| s3::BodyLimit::by_status(status, max);
    for _ in 0..2 {
        let Ok((response, _)) = s3::read_response(&mut reader, head_only & 1 == 1, &limit) else { return };
        assert!(response.body.len() <= reply.len(), "{} body bytes from {} bytes", response.body.len(), reply.len());
        assert!(response.body.len() as u64 <= max, "{} body bytes over the limit of {max}", response.body.len());
    }
});
