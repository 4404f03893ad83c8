//! The client's reading of a chunked exec response, whose frames come
//! from the daemon inside a VM the host does not control: a stream id, a
//! 4-byte length and the payload, cut into HTTP chunks anywhere. The
//! client must pass each stdout and stderr payload through unchanged and
//! refuse a frame longer than `MAX_FRAME` rather than buffer it.

#![no_main]

use std::io::{BufReader, Cursor};

use guestd::client::exec::{relay_frames, MAX_FRAME};
use libfuzzer_sys::fuzz_target;
// The allocator that enforces the memory limit.
use guestd_fuzz as _;

fuzz_target!(|data: &[u8]| {
    // The first byte sets the chunk size the frames are cut into.
    let Some((&step, frames)) = data.split_first() else { return };
    let step = usize::from(step).max(1);
    let mut body = Vec::new();
    for piece in frames.chunks(step) {
        body.extend_from_slice(format!("{:x}\r\n", piece.len()).as_bytes());
        body.extend_from_slice(piece);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(b"0\r\n\r\n");

    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let result = relay_frames(&mut BufReader::new(Cursor::new(&body)), &mut stdout, &mut stderr);

    // Rebuild what a correct reader writes, frame by frame, up to the exit
    // frame or the first frame it must refuse.
    let (mut want_out, mut want_err) = (Vec::new(), Vec::new());
    let mut rest = frames;
    let mut refused = false;
    while rest.len() >= 5 {
        let len = u32::from_be_bytes([rest[1], rest[2], rest[3], rest[4]]) as usize;
        if len > MAX_FRAME {
            refused = true;
            break;
        }
        if rest.len() < 5 + len {
            break;
        }
        match rest[0] {
            1 => want_out.extend_from_slice(&rest[5..5 + len]),
            2 => want_err.extend_from_slice(&rest[5..5 + len]),
            3 => break,
            _ => {}
        }
        rest = &rest[5 + len..];
    }
    if refused {
        assert!(result.is_err(), "frame over {MAX_FRAME} bytes accepted");
    }
    if result.is_ok() {
        assert_eq!(stdout, want_out);
        assert_eq!(stderr, want_err);
    }
});
