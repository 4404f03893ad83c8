//! The log pipeline's framing of a service's output, which user code
//! controls byte for byte. The records must give back the exact bytes that
//! were written, stay within the line limit, parse back from their stored
//! line, and turn into valid JSON whatever the bytes were.

#![no_main]

use guestd::logs::frame::{self, Line, LineBuffer, Stream, MAX_LINE};
use libfuzzer_sys::fuzz_target;
use miniserde::json::{self, Value};

fuzz_target!(|data: &[u8]| {
    // The first byte sets the size of the reads the output arrives in.
    let Some((&step, output)) = data.split_first() else { return };
    let step = usize::from(step).max(1) * 97;
    let mut records: Vec<(Vec<u8>, bool)> = Vec::new();
    let mut buffer = LineBuffer::default();
    let mut emit = |line: &[u8], partial: bool| records.push((line.to_vec(), partial));
    for piece in output.chunks(step) {
        buffer.feed(piece, &mut emit);
    }
    buffer.finish(&mut emit);

    let mut rebuilt = Vec::new();
    for (line, partial) in &records {
        assert!(line.len() <= MAX_LINE, "record of {} bytes", line.len());
        assert!(!line.contains(&b'\n'));
        rebuilt.extend_from_slice(line);
        if !partial {
            rebuilt.push(b'\n');
        }
    }
    assert_eq!(rebuilt, output, "records do not give back the output");

    let timestamp = frame::timestamp_now();
    for (line, partial) in records.iter().take(8) {
        let mut stored = Vec::new();
        frame::write_record(&mut stored, Stream::Stderr, *partial, line);
        let Line::Record(record) = frame::parse_line(&stored[..stored.len() - 1]) else {
            panic!("stored record does not parse: {stored:?}");
        };
        assert_eq!(record.line, &line[..]);
        assert_eq!(record.partial, *partial);
        assert_eq!(record.stream, Stream::Stderr);
        let mut out = Vec::new();
        frame::write_json(&mut out, "web", &timestamp, &record);
        let text = std::str::from_utf8(&out).expect("JSON view is UTF-8");
        assert!(text.ends_with('\n'));
        assert!(json::from_str::<Value>(text.trim_end()).is_ok(), "invalid JSON {text:?}");
    }
});
