//! The log pipeline's framing of a service's output, which user code
//! controls byte for byte. The stored chunks must give back the exact bytes
//! that were written, keep records within the line limit, parse back
//! whatever the bytes were, and turn into valid JSON.

#![no_main]

use guestd::logs::frame::{self, Chunk, Stream, MAX_LINE};
use libfuzzer_sys::fuzz_target;
// The allocator that enforces the memory limit.
use guestd_fuzz as _;
use miniserde::json::{self, Value};

fuzz_target!(|data: &[u8]| {
    // The first byte sets the size of the reads the output arrives in.
    let Some((&step, output)) = data.split_first() else { return };
    let step = usize::from(step).max(1) * 97;
    let timestamp = frame::timestamp_now();
    let mut stored = frame::HEADER.to_vec();
    let mut held: Vec<u8> = Vec::new();
    for piece in output.chunks(step) {
        let kept = held.len();
        held.extend_from_slice(piece);
        let cut = frame::storable_len(&held, kept);
        assert!(held.len() - cut <= MAX_LINE, "{} bytes kept back", held.len() - cut);
        if cut > 0 {
            frame::write_chunk(
                &mut stored,
                &Chunk { timestamp: &timestamp, stream: Stream::Stderr, data: &held[..cut] },
            );
        }
        held.drain(..cut);
    }
    if !held.is_empty() {
        frame::write_chunk(&mut stored, &Chunk { timestamp: &timestamp, stream: Stream::Stderr, data: &held });
    }

    let mut rebuilt = Vec::new();
    let mut checked = 0;
    frame::for_each_record(&stored, |time, record| {
        assert!(record.line.len() <= MAX_LINE, "record of {} bytes", record.line.len());
        assert!(!record.line.contains(&b'\n'));
        assert_eq!(record.stream, Stream::Stderr);
        rebuilt.extend_from_slice(record.line);
        if !record.partial {
            rebuilt.push(b'\n');
        }
        if checked < 8 {
            checked += 1;
            let mut out = Vec::new();
            frame::write_json(&mut out, "web", time, record);
            let text = std::str::from_utf8(&out).expect("JSON view is UTF-8");
            assert!(text.ends_with('\n'));
            assert!(json::from_str::<Value>(text.trim_end()).is_ok(), "invalid JSON {text:?}");
        }
    });
    assert_eq!(rebuilt, output, "records do not give back the output");
});
