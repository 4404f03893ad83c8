//! Frames a service's output in the guestd log format, version 2, and finds
//! the records in it again:
//!
//! ```text
//! #guestd-log 2
//! @2026-12-04T16:20:00.123456Z o 12
//! first line
//! @2026-12-04T16:20:00.125201Z e 16
//! a line on stderr
//! ```
//!
//! A file starts with the header line. Then come chunks: a line `@TIME S
//! LEN` (the timestamp of the pipe read the bytes came from, the stream,
//! `o` stdout or `e` stderr, and a byte count) followed by exactly LEN bytes
//! as the program wrote them. The daemon stores what one read of a pipe
//! brought, up to its last newline, and does no work per line: a writer of
//! short lines costs one header per read, not one per line.
//!
//! Records are found when a log is read. Each line of a chunk is one
//! record. A line longer than [`MAX_LINE`] bytes is shown as pieces of
//! [`MAX_LINE`] bytes marked partial followed by the rest, marked full.
//! Bytes after a chunk's last newline are partial pieces: the line goes on
//! in the next chunk of its stream, or the stream ended without a newline.
//! The pipeline keeps an unfinished line back until its newline arrives or
//! it passes [`MAX_LINE`] bytes (see [`storable_len`]), so only long lines,
//! output that ends without a newline and a line cut by file rotation give
//! partial records. Concatenating the pieces and adding a newline after each
//! full record gives back the exact bytes the program wrote; nothing is cut
//! off. The bytes are stored as written, so binary output stays binary;
//! only the JSON view replaces invalid UTF-8.
//!
//! Version 1 files (`#guestd-log 1`: a line `@TIME` per read and one line
//! `oF LINE` or `eP LINE` per record) are still read; see [`upgrade_v1`].

use std::time::{SystemTime, UNIX_EPOCH};

/// Maximum piece of a line shown as one record, in bytes.
pub const MAX_LINE: usize = 16 * 1024;

/// Length of a record timestamp: `YYYY-MM-DDTHH:MM:SS.uuuuuuZ`.
pub const TIMESTAMP_LEN: usize = 27;

/// First line of every log file this version writes.
pub const HEADER: &[u8] = b"#guestd-log 2\n";

/// First line of a version 1 file.
pub const HEADER_V1: &[u8] = b"#guestd-log 1\n";

/// Output stream of a process that a record came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

impl Stream {
    pub fn name(self) -> &'static str {
        match self {
            Stream::Stdout => "stdout",
            Stream::Stderr => "stderr",
        }
    }

    fn letter(self) -> u8 {
        match self {
            Stream::Stdout => b'o',
            Stream::Stderr => b'e',
        }
    }

    fn from_letter(letter: &[u8]) -> Option<Stream> {
        match letter {
            b"o" => Some(Stream::Stdout),
            b"e" => Some(Stream::Stderr),
            _ => None,
        }
    }
}

/// Bytes of one stream that share a timestamp.
#[derive(Clone, Copy)]
pub struct Chunk<'a> {
    pub timestamp: &'a [u8],
    pub stream: Stream,
    pub data: &'a [u8],
}

/// One record: a line, or a piece of one.
pub struct Record<'a> {
    pub stream: Stream,
    pub partial: bool,
    pub line: &'a [u8],
}

/// Returns how many bytes of `buffer` to store now; the rest is an
/// unfinished line to keep back for the next read. The first `held` bytes
/// of `buffer` are what was kept back last time, which contains no newline.
///
/// The cut falls after the last newline. Of the unfinished line after it,
/// whole [`MAX_LINE`] pieces are stored once more than [`MAX_LINE`] bytes
/// wait, so at most [`MAX_LINE`] bytes are kept back and the pieces line up
/// with the records a reader finds.
pub fn storable_len(buffer: &[u8], held: usize) -> usize {
    let line_start = buffer[held..].iter().rposition(|&byte| byte == b'\n').map_or(0, |end| held + end + 1);
    let unfinished = buffer.len() - line_start;
    line_start + unfinished.saturating_sub(1) / MAX_LINE * MAX_LINE
}

/// Appends the header line of a chunk of `len` bytes.
pub fn write_chunk_header(out: &mut Vec<u8>, timestamp: &[u8], stream: Stream, len: usize) {
    out.push(b'@');
    out.extend_from_slice(timestamp);
    out.extend_from_slice(&[b' ', stream.letter(), b' ']);
    out.extend_from_slice(len.to_string().as_bytes());
    out.push(b'\n');
}

/// Appends a whole chunk, header and bytes.
pub fn write_chunk(out: &mut Vec<u8>, chunk: &Chunk<'_>) {
    write_chunk_header(out, chunk.timestamp, chunk.stream, chunk.data.len());
    out.extend_from_slice(chunk.data);
}

/// Length of the header line of a chunk of `len` bytes.
pub fn chunk_header_len(len: usize) -> usize {
    TIMESTAMP_LEN + 5 + len.to_string().len()
}

/// Iterates over the chunks of version 2 data without its file header. A
/// chunk cut short by the end of `data` yields what is there; a header
/// that does not parse ends the iteration.
pub fn chunks(data: &[u8]) -> Chunks<'_> {
    Chunks { rest: data }
}

pub struct Chunks<'a> {
    rest: &'a [u8],
}

impl<'a> Iterator for Chunks<'a> {
    type Item = Chunk<'a>;

    fn next(&mut self) -> Option<Chunk<'a>> {
        let rest = self.rest;
        let end = rest.iter().position(|&byte| byte == b'\n')?;
        let (timestamp, stream, len) = parse_chunk_header(&rest[..end])?;
        let data = &rest[end + 1..];
        let data = &data[..len.min(data.len())];
        self.rest = &rest[end + 1 + data.len()..];
        Some(Chunk { timestamp, stream, data })
    }
}

/// Parses `@TIME S LEN` (without its newline).
fn parse_chunk_header(line: &[u8]) -> Option<(&[u8], Stream, usize)> {
    let line = line.strip_prefix(b"@")?;
    let mut fields = line.rsplitn(3, |&byte| byte == b' ');
    let len = std::str::from_utf8(fields.next()?).ok()?.parse().ok()?;
    let stream = Stream::from_letter(fields.next()?)?;
    Some((fields.next()?, stream, len))
}

/// Calls `each(start, end, partial)` for every record in a chunk's bytes;
/// the record is `data[start..end]`.
pub fn chunk_records(data: &[u8], mut each: impl FnMut(usize, usize, bool)) {
    let mut pos = 0;
    while pos < data.len() {
        let newline = data[pos..].iter().position(|&byte| byte == b'\n').map(|at| pos + at);
        let line_end = newline.unwrap_or(data.len());
        while line_end - pos > MAX_LINE {
            each(pos, pos + MAX_LINE, true);
            pos += MAX_LINE;
        }
        match newline {
            Some(end) => {
                each(pos, end, false);
                pos = end + 1;
            }
            None => {
                each(pos, line_end, true);
                pos = line_end;
            }
        }
    }
}

/// Calls `each(timestamp, record)` for every record of a chunk.
pub fn for_each_chunk_record(chunk: &Chunk<'_>, mut each: impl FnMut(&[u8], &Record<'_>)) {
    chunk_records(chunk.data, |start, end, partial| {
        each(chunk.timestamp, &Record { stream: chunk.stream, partial, line: &chunk.data[start..end] });
    });
}

/// Calls `each(timestamp, record)` for every record in `data`: a log file
/// of either version, or version 2 chunks without a file header.
pub fn for_each_record(data: &[u8], mut each: impl FnMut(&[u8], &Record<'_>)) {
    if let Some(lines) = data.strip_prefix(HEADER_V1) {
        return for_each_record_v1(lines, each);
    }
    for chunk in chunks(data.strip_prefix(HEADER).unwrap_or(data)) {
        for_each_chunk_record(&chunk, &mut each);
    }
}

/// Counts the records of a chunk's bytes.
pub fn count_records(data: &[u8]) -> u64 {
    let mut count = 0;
    chunk_records(data, |_, _, _| count += 1);
    count
}

/// Counts the newlines in `data`, plus one for bytes after the last. This
/// is the cheap stand-in for [`count_records`] on the pipeline's hot path.
/// It differs only for lines longer than [`MAX_LINE`].
pub fn count_lines(data: &[u8]) -> u64 {
    count_newlines(data) + u64::from(data.last().is_some_and(|&byte| byte != b'\n'))
}

/// Counts the newlines in `data`, sixteen bytes per step with SSE2, which
/// every x86-64 processor has. The release build (`opt-level = "s"`) does
/// not vectorize a plain filter and count, and the eight-byte count below
/// still took a quarter of the daemon's CPU time in `perf record` of a
/// `seq` service.
#[cfg(target_arch = "x86_64")]
fn count_newlines(data: &[u8]) -> u64 {
    // SAFETY: SSE2 is part of the x86-64 baseline, so the processor has it.
    unsafe { count_newlines_sse2(data) }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn count_newlines_sse2(data: &[u8]) -> u64 {
    use std::arch::x86_64::{__m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_set1_epi8, _mm_setzero_si128, _mm_sub_epi8};
    let newline = _mm_set1_epi8(b'\n' as i8);
    let mut total = 0;
    let mut blocks = data.chunks_exact(16);
    // Each byte of `lanes` counts the newlines at one byte position: a
    // match compares as -1, which is subtracted. It is emptied every 255
    // blocks, so no byte overflows.
    let mut lanes = _mm_setzero_si128();
    let mut steps = 0;
    for block in &mut blocks {
        // SAFETY: `block` is 16 bytes long, and an unaligned load reads
        // exactly those 16 bytes.
        let bytes = unsafe { _mm_loadu_si128(block.as_ptr().cast::<__m128i>()) };
        lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(bytes, newline));
        steps += 1;
        if steps == 255 {
            total += sum_lanes(lanes);
            lanes = _mm_setzero_si128();
            steps = 0;
        }
    }
    total += sum_lanes(lanes);
    total + blocks.remainder().iter().filter(|&&byte| byte == b'\n').count() as u64
}

/// Adds up the sixteen bytes of `lanes`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn sum_lanes(lanes: std::arch::x86_64::__m128i) -> u64 {
    use std::arch::x86_64::{_mm_cvtsi128_si64, _mm_sad_epu8, _mm_setzero_si128, _mm_unpackhi_epi64};
    // Each 64-bit half of `sums` is the sum of eight bytes.
    let sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
    _mm_cvtsi128_si64(sums) as u64 + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)) as u64
}

/// Counts the newlines in `data`, eight bytes per step: the release
/// build (`opt-level = "s"`) does not vectorize a plain filter and count,
/// which took a third of the daemon's time in the pipeline.
#[cfg(not(target_arch = "x86_64"))]
fn count_newlines(data: &[u8]) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let mut total = 0;
    let mut words = data.chunks_exact(8);
    // Each byte of `lanes` counts the newlines at one byte position. It is
    // emptied every 255 words, so no byte overflows.
    let mut lanes = 0u64;
    let mut steps = 0;
    for word in &mut words {
        let x = u64::from_ne_bytes(word.try_into().expect("chunks of 8 bytes")) ^ (ONES * u64::from(b'\n'));
        // Bit 7 of a byte ends up set exactly where `x` has a zero byte,
        // which is where `word` has a newline.
        let zeros = !(((x & LOW7) + LOW7) | x | LOW7);
        lanes += zeros >> 7;
        steps += 1;
        if steps == 255 {
            total += sum_bytes(lanes);
            lanes = 0;
            steps = 0;
        }
    }
    total += sum_bytes(lanes);
    total + words.remainder().iter().filter(|&&byte| byte == b'\n').count() as u64
}

/// Adds up the eight bytes of `lanes`.
#[cfg(not(target_arch = "x86_64"))]
fn sum_bytes(lanes: u64) -> u64 {
    const EVEN: u64 = 0x00ff_00ff_00ff_00ff;
    let pairs = (lanes & EVEN) + ((lanes >> 8) & EVEN);
    pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48
}

/// Rewrites the lines of a version 1 file (after its header) as version 2
/// chunks without a file header, one chunk per record, so readers need
/// only one parser. The records come out the same: a full record is its
/// line and a newline, a partial one its bytes alone.
pub fn upgrade_v1(lines: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(lines.len() + lines.len() / 2);
    for_each_record_v1(lines, |timestamp, record| {
        let len = record.line.len() + usize::from(!record.partial);
        write_chunk_header(&mut out, timestamp, record.stream, len);
        out.extend_from_slice(record.line);
        if !record.partial {
            out.push(b'\n');
        }
    });
    out
}

/// Calls `each(timestamp, record)` for every record of version 1 lines. A
/// line `@TIME` sets the timestamp of the records after it. A record line
/// is its stream letter, `F` or `P`, a space and the bytes.
fn for_each_record_v1(lines: &[u8], mut each: impl FnMut(&[u8], &Record<'_>)) {
    let mut timestamp: &[u8] = b"";
    for raw in lines.split(|&byte| byte == b'\n').filter(|raw| !raw.is_empty()) {
        match raw {
            [b'@', marker @ ..] => timestamp = marker,
            [stream, tag @ (b'F' | b'P'), b' ', line @ ..] => {
                let Some(stream) = Stream::from_letter(std::slice::from_ref(stream)) else { continue };
                each(timestamp, &Record { stream, partial: *tag == b'P', line });
            }
            _ => {}
        }
    }
}

/// Appends a record as one JSON object and a newline:
/// `{"time":..,"service":..,"stream":..,"partial":..,"line":..}`.
/// Invalid UTF-8 in the line becomes U+FFFD.
pub fn write_json(out: &mut Vec<u8>, service: &str, timestamp: &[u8], record: &Record<'_>) {
    out.extend_from_slice(b"{\"time\":\"");
    out.extend_from_slice(timestamp);
    out.extend_from_slice(b"\",\"service\":");
    escape_json(out, service.as_bytes());
    out.extend_from_slice(b",\"stream\":\"");
    out.extend_from_slice(record.stream.name().as_bytes());
    out.extend_from_slice(if record.partial {
        b"\",\"partial\":true,\"line\":"
    } else {
        b"\",\"partial\":false,\"line\":"
    });
    escape_json(out, record.line);
    out.extend_from_slice(b"}\n");
}

/// Appends `bytes` as a JSON string literal.
fn escape_json(out: &mut Vec<u8>, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    out.push(b'"');
    for &byte in text.as_bytes() {
        match byte {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0..=0x1f | 0x7f => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(byte >> 4)]);
                out.push(HEX[usize::from(byte & 0xf)]);
            }
            _ => out.push(byte),
        }
    }
    out.push(b'"');
}

/// Returns the current time as a record timestamp.
pub fn timestamp_now() -> [u8; TIMESTAMP_LEN] {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    let text = crate::logger::format_rfc3339_micros(now.as_secs(), now.subsec_micros());
    let mut out = [b'0'; TIMESTAMP_LEN];
    let bytes = text.as_bytes();
    let len = bytes.len().min(TIMESTAMP_LEN);
    out[..len].copy_from_slice(&bytes[..len]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TIME: &[u8] = b"2026-12-04T00:00:00.000000Z";

    /// Frames `reads` as the pipeline does (keeping unfinished lines back
    /// between reads) and returns the records found in the stored chunks.
    fn pipeline(reads: &[&[u8]]) -> Vec<(Vec<u8>, bool)> {
        let mut stored = Vec::new();
        let mut held = Vec::new();
        for read in reads {
            let mut buffer = std::mem::take(&mut held);
            let kept = buffer.len();
            buffer.extend_from_slice(read);
            let cut = storable_len(&buffer, kept);
            if cut > 0 {
                write_chunk(&mut stored, &Chunk { timestamp: TIME, stream: Stream::Stdout, data: &buffer[..cut] });
            }
            held = buffer[cut..].to_vec();
        }
        if !held.is_empty() {
            write_chunk(&mut stored, &Chunk { timestamp: TIME, stream: Stream::Stdout, data: &held });
        }
        let mut records = Vec::new();
        for_each_record(&stored, |_, record| records.push((record.line.to_vec(), record.partial)));
        records
    }

    #[test]
    fn lines_across_reads() {
        let records = pipeline(&[b"one\ntw", b"o\n\nthree"]);
        let expected: Vec<(Vec<u8>, bool)> =
            vec![(b"one".to_vec(), false), (b"two".to_vec(), false), (b"".to_vec(), false), (b"three".to_vec(), true)];
        assert_eq!(records, expected);
    }

    #[test]
    fn long_line_split_and_marked() {
        let line = vec![b'x'; MAX_LINE * 2 + 10];
        let mut data = line.clone();
        data.push(b'\n');
        let records = pipeline(&[&data[..100], &data[100..MAX_LINE + 5], &data[MAX_LINE + 5..]]);
        assert_eq!(records.len(), 3);
        assert!(records[0].1, "first piece not partial");
        assert!(records[1].1, "second piece not partial");
        assert!(!records[2].1, "last piece partial");
        assert_eq!(records[0].0.len(), MAX_LINE);
        assert_eq!(records[2].0.len(), 10);
        let joined: Vec<u8> = records.iter().flat_map(|(l, _)| l.clone()).collect();
        assert_eq!(joined, line);
    }

    #[test]
    fn exact_max_line_is_one_record() {
        let mut data = vec![b'y'; MAX_LINE];
        data.push(b'\n');
        let records = pipeline(&[&data[..MAX_LINE], &data[MAX_LINE..]]);
        assert_eq!(records.len(), 1);
        assert!(!records[0].1);
    }

    #[test]
    fn count_lines_matches_plain_count() {
        let mut data = Vec::new();
        for i in 0..20_000u32 {
            data.extend_from_slice(&vec![b'x'; (i % 37) as usize]);
            data.push(b'\n');
        }
        data.extend_from_slice(&[b'\n'; 5000]);
        data.extend_from_slice(b"\xff\x0a\x8a\x0b\x09\n");
        for end in [0, 1, 7, 8, 9, 15, 16, 17, 31, 2040, 2041, 4000, 4096, data.len() - 5, data.len()] {
            let piece = &data[..end];
            let plain = piece.iter().filter(|&&b| b == b'\n').count() as u64;
            let unfinished = u64::from(piece.last().is_some_and(|&b| b != b'\n'));
            assert_eq!(count_lines(piece), plain + unfinished, "first {end} bytes");
        }
    }

    #[test]
    fn version_1_upgrade_keeps_records() {
        let v1 = b"#guestd-log 1\n@T1\noF one\neP part\n@T2\noF \noP end";
        let mut seen = Vec::new();
        for_each_record(v1, |timestamp, record| {
            seen.push((timestamp.to_vec(), record.stream, record.partial, record.line.to_vec()));
        });
        let upgraded = upgrade_v1(&v1[HEADER_V1.len()..]);
        let mut again = Vec::new();
        for_each_record(&upgraded, |timestamp, record| {
            again.push((timestamp.to_vec(), record.stream, record.partial, record.line.to_vec()));
        });
        assert_eq!(seen.len(), 4);
        assert_eq!(seen[1], (b"T1".to_vec(), Stream::Stderr, true, b"part".to_vec()));
        assert_eq!(seen[3], (b"T2".to_vec(), Stream::Stdout, true, b"end".to_vec()));
        assert_eq!(seen, again);
    }

    #[test]
    fn record_round_trip_and_json() {
        let mut out = HEADER.to_vec();
        let data = b"a \"b\"\x01\xff";
        write_chunk(&mut out, &Chunk { timestamp: TIME, stream: Stream::Stderr, data });
        let mut json = Vec::new();
        let mut count = 0;
        for_each_record(&out, |timestamp, record| {
            assert!(record.partial);
            assert_eq!(record.stream, Stream::Stderr);
            write_json(&mut json, "web", timestamp, record);
            count += 1;
        });
        assert_eq!(count, 1);
        let text = String::from_utf8(json).unwrap();
        assert_eq!(
            text,
            "{\"time\":\"2026-12-04T00:00:00.000000Z\",\"service\":\"web\",\"stream\":\"stderr\",\
             \"partial\":true,\"line\":\"a \\\"b\\\"\\u0001\u{fffd}\"}\n"
        );
    }

    #[test]
    fn chunk_bytes_may_hold_newlines_and_at_signs() {
        let mut out = Vec::new();
        write_chunk(&mut out, &Chunk { timestamp: TIME, stream: Stream::Stdout, data: b"@x o 3\n\n" });
        write_chunk(&mut out, &Chunk { timestamp: TIME, stream: Stream::Stderr, data: b"z\n" });
        let lines: Vec<Vec<u8>> =
            chunks(&out).flat_map(|c| c.data.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect::<Vec<_>>()).collect();
        assert_eq!(lines, vec![b"@x o 3".to_vec(), b"".to_vec(), b"".to_vec(), b"z".to_vec(), b"".to_vec()]);
        assert_eq!(chunk_header_len(8), out.iter().position(|&b| b == b'\n').unwrap() + 1);
    }
}
