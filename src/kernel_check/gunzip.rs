//! A small gzip reader (RFC 1952 around RFC 1951 deflate), enough to read
//! `/proc/config.gz` without a compression crate. It checks the length in
//! the trailer, not the CRC, and stops at [`MAX_OUTPUT`] bytes.

use std::fmt;

/// Largest output accepted; a kernel configuration is about 250 KiB.
pub const MAX_OUTPUT: usize = 16 * 1024 * 1024;

/// Why a gzip stream could not be read.
#[derive(Debug, PartialEq, Eq)]
pub enum Error {
    NotGzip,
    Truncated,
    Corrupt(&'static str),
    TooLarge,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotGzip => write!(f, "not a gzip stream (bad magic or method)"),
            Error::Truncated => write!(f, "gzip stream ends early"),
            Error::Corrupt(what) => write!(f, "corrupt deflate data: {what}"),
            Error::TooLarge => write!(f, "gzip stream inflates beyond {MAX_OUTPUT} bytes"),
        }
    }
}

/// Decompresses one gzip member.
pub fn gunzip(data: &[u8]) -> Result<Vec<u8>, Error> {
    let body = skip_header(data)?;
    let mut bits = Bits { data: body, pos: 0, buffer: 0, count: 0 };
    let mut out = Vec::new();
    inflate(&mut bits, &mut out)?;
    let trailer = body.get(bits.pos..bits.pos + 8).ok_or(Error::Truncated)?;
    let size = u32::from_le_bytes([trailer[4], trailer[5], trailer[6], trailer[7]]);
    if size != out.len() as u32 {
        return Err(Error::Corrupt("length in the trailer differs"));
    }
    Ok(out)
}

fn skip_header(data: &[u8]) -> Result<&[u8], Error> {
    const FHCRC: u8 = 2;
    const FEXTRA: u8 = 4;
    const FNAME: u8 = 8;
    const FCOMMENT: u8 = 16;
    if data.len() < 10 || data[0] != 0x1f || data[1] != 0x8b || data[2] != 8 {
        return Err(Error::NotGzip);
    }
    let flags = data[3];
    let mut pos = 10;
    if flags & FEXTRA != 0 {
        let len = data.get(pos..pos + 2).ok_or(Error::Truncated)?;
        pos += 2 + usize::from(u16::from_le_bytes([len[0], len[1]]));
    }
    for flag in [FNAME, FCOMMENT] {
        if flags & flag != 0 {
            let end = data.get(pos..).ok_or(Error::Truncated)?.iter().position(|&b| b == 0);
            pos += end.ok_or(Error::Truncated)? + 1;
        }
    }
    if flags & FHCRC != 0 {
        pos += 2;
    }
    data.get(pos..).ok_or(Error::Truncated)
}

struct Bits<'a> {
    data: &'a [u8],
    pos: usize,
    buffer: u32,
    count: u32,
}

impl Bits<'_> {
    /// Reads `n` (at most 16) bits, least significant first.
    fn take(&mut self, n: u32) -> Result<u32, Error> {
        while self.count < n {
            let byte = *self.data.get(self.pos).ok_or(Error::Truncated)?;
            self.pos += 1;
            self.buffer |= u32::from(byte) << self.count;
            self.count += 8;
        }
        let value = self.buffer & ((1u32 << n) - 1);
        self.buffer >>= n;
        self.count -= n;
        Ok(value)
    }

    /// Drops the bits left in the current byte.
    fn align(&mut self) {
        self.buffer = 0;
        self.count = 0;
    }
}

/// A canonical Huffman code: how many codes have each length, and the
/// symbols ordered by code.
struct Huffman {
    counts: [u16; 16],
    symbols: Vec<u16>,
}

impl Huffman {
    fn new(lengths: &[u8]) -> Huffman {
        let mut counts = [0u16; 16];
        for &len in lengths {
            counts[usize::from(len)] += 1;
        }
        counts[0] = 0;
        let mut offsets = [0u16; 16];
        for len in 1..16 {
            offsets[len] = offsets[len - 1] + counts[len - 1];
        }
        let mut symbols = vec![0u16; lengths.len()];
        for (symbol, &len) in lengths.iter().enumerate() {
            if len != 0 {
                symbols[usize::from(offsets[usize::from(len)])] = symbol as u16;
                offsets[usize::from(len)] += 1;
            }
        }
        Huffman { counts, symbols }
    }

    fn decode(&self, bits: &mut Bits) -> Result<u16, Error> {
        let (mut code, mut first, mut index) = (0i32, 0i32, 0i32);
        for len in 1..16 {
            code |= bits.take(1)? as i32;
            let count = i32::from(self.counts[len]);
            if code - first < count {
                return self
                    .symbols
                    .get((index + code - first) as usize)
                    .copied()
                    .ok_or(Error::Corrupt("code out of range"));
            }
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        Err(Error::Corrupt("invalid Huffman code"))
    }
}

const LENGTH_BASE: [u16; 29] =
    [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA: [u8; 29] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
    8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] =
    [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/// Order in which code length code lengths are sent.
const CLEN_ORDER: [usize; 19] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

fn inflate(bits: &mut Bits, out: &mut Vec<u8>) -> Result<(), Error> {
    loop {
        let last = bits.take(1)? == 1;
        match bits.take(2)? {
            0 => stored(bits, out)?,
            1 => {
                let (lit, dist) = fixed_codes();
                codes(bits, out, &lit, &dist)?;
            }
            2 => {
                let (lit, dist) = dynamic_codes(bits)?;
                codes(bits, out, &lit, &dist)?;
            }
            _ => return Err(Error::Corrupt("reserved block type")),
        }
        if last {
            bits.align();
            return Ok(());
        }
    }
}

fn stored(bits: &mut Bits, out: &mut Vec<u8>) -> Result<(), Error> {
    bits.align();
    let head = bits.data.get(bits.pos..bits.pos + 4).ok_or(Error::Truncated)?;
    let len = usize::from(u16::from_le_bytes([head[0], head[1]]));
    if u16::from_le_bytes([head[2], head[3]]) != !(len as u16) {
        return Err(Error::Corrupt("stored block length check"));
    }
    bits.pos += 4;
    let block = bits.data.get(bits.pos..bits.pos + len).ok_or(Error::Truncated)?;
    push(out, block)?;
    bits.pos += len;
    Ok(())
}

fn push(out: &mut Vec<u8>, bytes: &[u8]) -> Result<(), Error> {
    if out.len() + bytes.len() > MAX_OUTPUT {
        return Err(Error::TooLarge);
    }
    out.extend_from_slice(bytes);
    Ok(())
}

fn fixed_codes() -> (Huffman, Huffman) {
    let mut lengths = [0u8; 288];
    lengths[..144].fill(8);
    lengths[144..256].fill(9);
    lengths[256..280].fill(7);
    lengths[280..].fill(8);
    (Huffman::new(&lengths), Huffman::new(&[5u8; 30]))
}

fn dynamic_codes(bits: &mut Bits) -> Result<(Huffman, Huffman), Error> {
    let nlen = bits.take(5)? as usize + 257;
    let ndist = bits.take(5)? as usize + 1;
    let ncode = bits.take(4)? as usize + 4;
    if nlen > 286 || ndist > 30 {
        return Err(Error::Corrupt("too many length or distance codes"));
    }
    let mut clen = [0u8; 19];
    for &index in &CLEN_ORDER[..ncode] {
        clen[index] = bits.take(3)? as u8;
    }
    let clen_code = Huffman::new(&clen);
    let mut lengths = vec![0u8; nlen + ndist];
    let mut index = 0;
    while index < lengths.len() {
        let symbol = clen_code.decode(bits)?;
        let (value, repeat) = match symbol {
            0..=15 => (symbol as u8, 1),
            16 => {
                let previous = *lengths.get(index.wrapping_sub(1)).ok_or(Error::Corrupt("repeat with no length"))?;
                (previous, 3 + bits.take(2)? as usize)
            }
            17 => (0, 3 + bits.take(3)? as usize),
            _ => (0, 11 + bits.take(7)? as usize),
        };
        if index + repeat > lengths.len() {
            return Err(Error::Corrupt("code lengths overrun"));
        }
        lengths[index..index + repeat].fill(value);
        index += repeat;
    }
    if lengths[256] == 0 {
        return Err(Error::Corrupt("no end-of-block code"));
    }
    Ok((Huffman::new(&lengths[..nlen]), Huffman::new(&lengths[nlen..])))
}

fn codes(bits: &mut Bits, out: &mut Vec<u8>, lit: &Huffman, dist: &Huffman) -> Result<(), Error> {
    loop {
        let symbol = lit.decode(bits)?;
        match symbol {
            0..=255 => push(out, &[symbol as u8])?,
            256 => return Ok(()),
            _ => {
                let index = usize::from(symbol - 257);
                let base = *LENGTH_BASE.get(index).ok_or(Error::Corrupt("bad length symbol"))?;
                let len = usize::from(base) + bits.take(u32::from(LENGTH_EXTRA[index]))? as usize;
                let index = usize::from(dist.decode(bits)?);
                let base = *DIST_BASE.get(index).ok_or(Error::Corrupt("bad distance symbol"))?;
                let distance = usize::from(base) + bits.take(u32::from(DIST_EXTRA[index]))? as usize;
                if distance > out.len() {
                    return Err(Error::Corrupt("distance reaches before the start"));
                }
                if out.len() + len > MAX_OUTPUT {
                    return Err(Error::TooLarge);
                }
                let start = out.len() - distance;
                for offset in 0..len {
                    out.push(out[start + offset]);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::process::{Command, Stdio};

    fn gzip(data: &[u8], level: &str) -> Vec<u8> {
        let mut child = Command::new("gzip")
            .args(["-c", level])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("gzip runs");
        child.stdin.take().unwrap().write_all(data).unwrap();
        child.wait_with_output().unwrap().stdout
    }

    fn sample() -> Vec<u8> {
        let mut text = Vec::new();
        for n in 0..5000u32 {
            writeln!(text, "CONFIG_OPTION_{}={}", n % 97, if n % 3 == 0 { "y" } else { "m" }).unwrap();
        }
        // Bytes that do not compress make gzip emit stored blocks.
        let mut state = 0x1234_5678u32;
        for _ in 0..70_000 {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            text.push(state as u8);
        }
        text
    }

    #[test]
    fn gunzip_matches_gzip_at_each_level() {
        let data = sample();
        for level in ["-1", "-6", "-9"] {
            assert_eq!(gunzip(&gzip(&data, level)).unwrap(), data, "level {level}");
        }
    }

    #[test]
    fn gunzip_small_input_uses_fixed_codes() {
        assert_eq!(gunzip(&gzip(b"hello hello hello\n", "-9")).unwrap(), b"hello hello hello\n");
        assert_eq!(gunzip(&gzip(b"", "-9")).unwrap(), b"");
    }

    #[test]
    fn gunzip_rejects_bad_input() {
        assert_eq!(gunzip(b"plain text, not gzip"), Err(Error::NotGzip));
        let packed = gzip(&sample(), "-6");
        assert!(gunzip(&packed[..packed.len() / 2]).is_err());
    }
}
