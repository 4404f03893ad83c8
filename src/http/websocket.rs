//! WebSocket (RFC 6455) for the exec API and its client: the opening
//! handshake, frame encoding, and a bounded frame decoder that reassembles
//! fragmented messages. It never does I/O: callers own the sockets and
//! buffers.
//!
//! SHA-1 and base64 are written here because the handshake needs nothing
//! else from them (one hash of about 60 bytes per connection). SHA-1 is
//! broken for collision resistance, which the handshake does not rely on,
//! and a 60-line function with the FIPS 180-4 test vectors is less to audit
//! than another vendored crate.

use super::request::Request;
use super::response::{head, Response};

/// GUID that RFC 6455 section 1.3 appends to the client's key.
const ACCEPT_GUID: &str = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

/// Largest message (after reassembling fragments) the decoder accepts.
pub const MAX_MESSAGE: usize = 1024 * 1024;
/// Largest payload of a control frame (RFC 6455 section 5.5).
const MAX_CONTROL_PAYLOAD: usize = 125;

/// Close status codes (RFC 6455 section 7.4.1).
pub const CLOSE_NORMAL: u16 = 1000;
pub const CLOSE_GOING_AWAY: u16 = 1001;
pub const CLOSE_PROTOCOL_ERROR: u16 = 1002;
pub const CLOSE_TOO_BIG: u16 = 1009;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opcode {
    Continuation = 0,
    Text = 1,
    Binary = 2,
    Close = 8,
    Ping = 9,
    Pong = 10,
}

impl Opcode {
    fn from_u8(value: u8) -> Option<Opcode> {
        Some(match value {
            0 => Opcode::Continuation,
            1 => Opcode::Text,
            2 => Opcode::Binary,
            8 => Opcode::Close,
            9 => Opcode::Ping,
            10 => Opcode::Pong,
            _ => return None,
        })
    }

    fn is_control(self) -> bool {
        (self as u8) & 0x8 != 0
    }
}

/// A whole message, or a control frame.
#[derive(Debug, PartialEq, Eq)]
pub enum Message {
    Text(Vec<u8>),
    Binary(Vec<u8>),
    Ping(Vec<u8>),
    Pong(Vec<u8>),
    /// Status code (if the peer sent one) and reason.
    Close(Option<u16>, Vec<u8>),
}

/// A violation of the protocol: the connection is closed with `code`.
#[derive(Debug, PartialEq, Eq)]
pub struct ProtocolError {
    pub code: u16,
    pub reason: String,
}

fn violation(code: u16, reason: impl Into<String>) -> ProtocolError {
    ProtocolError { code, reason: reason.into() }
}

/// Result of one decoding step.
#[derive(Debug, PartialEq, Eq)]
pub enum Decoded {
    /// The buffer does not yet hold a whole frame.
    NeedMore,
    /// One frame of `used` bytes was consumed; it completed `Some` message,
    /// or was a fragment of one still being reassembled.
    Frame(usize, Option<Message>),
}

/// Frame decoder for one direction of a connection.
pub struct Decoder {
    /// Whether frames must be masked: true on the server (RFC 6455 section
    /// 5.1 requires clients to mask), false on the client.
    expect_masked: bool,
    max_message: usize,
    fragments: Vec<u8>,
    fragment_opcode: Option<Opcode>,
}

impl Decoder {
    pub fn server() -> Decoder {
        Decoder { expect_masked: true, max_message: MAX_MESSAGE, fragments: Vec::new(), fragment_opcode: None }
    }

    pub fn client(max_message: usize) -> Decoder {
        Decoder { expect_masked: false, max_message, fragments: Vec::new(), fragment_opcode: None }
    }

    /// Decodes the frame at the start of `buf`.
    pub fn decode(&mut self, buf: &[u8]) -> Result<Decoded, ProtocolError> {
        if buf.len() < 2 {
            return Ok(Decoded::NeedMore);
        }
        let fin = buf[0] & 0x80 != 0;
        if buf[0] & 0x70 != 0 {
            return Err(violation(CLOSE_PROTOCOL_ERROR, "reserved bits set without an extension"));
        }
        let opcode = Opcode::from_u8(buf[0] & 0x0f)
            .ok_or_else(|| violation(CLOSE_PROTOCOL_ERROR, format!("unknown opcode {}", buf[0] & 0x0f)))?;
        let masked = buf[1] & 0x80 != 0;
        if masked != self.expect_masked {
            let reason = if self.expect_masked { "client frame not masked" } else { "server frame masked" };
            return Err(violation(CLOSE_PROTOCOL_ERROR, reason));
        }
        let (len, mut pos) = match buf[1] & 0x7f {
            126 if buf.len() >= 4 => (u64::from(u16::from_be_bytes([buf[2], buf[3]])), 4),
            127 if buf.len() >= 10 => {
                let mut bytes = [0u8; 8];
                bytes.copy_from_slice(&buf[2..10]);
                (u64::from_be_bytes(bytes), 10)
            }
            126 | 127 => return Ok(Decoded::NeedMore),
            small => (u64::from(small), 2),
        };
        if opcode.is_control() && (!fin || len > MAX_CONTROL_PAYLOAD as u64) {
            return Err(violation(CLOSE_PROTOCOL_ERROR, "control frame fragmented or over 125 bytes"));
        }
        let pending = if opcode.is_control() { 0 } else { self.fragments.len() as u64 };
        // Saturating: a 64-bit length near u64::MAX plus the fragments
        // buffered so far must not wrap around to a small size.
        if len.saturating_add(pending) > self.max_message as u64 {
            return Err(violation(CLOSE_TOO_BIG, format!("message exceeds {} bytes", self.max_message)));
        }
        let len = len as usize;
        let mut mask = None;
        if masked {
            if buf.len() < pos + 4 {
                return Ok(Decoded::NeedMore);
            }
            mask = Some([buf[pos], buf[pos + 1], buf[pos + 2], buf[pos + 3]]);
            pos += 4;
        }
        if buf.len() < pos + len {
            return Ok(Decoded::NeedMore);
        }
        let mut payload = buf[pos..pos + len].to_vec();
        if let Some(key) = mask {
            apply_mask(&mut payload, key);
        }
        let used = pos + len;
        let message = self.assemble(fin, opcode, payload)?;
        Ok(Decoded::Frame(used, message))
    }

    fn assemble(&mut self, fin: bool, opcode: Opcode, payload: Vec<u8>) -> Result<Option<Message>, ProtocolError> {
        match opcode {
            Opcode::Ping => return Ok(Some(Message::Ping(payload))),
            Opcode::Pong => return Ok(Some(Message::Pong(payload))),
            Opcode::Close => return parse_close(payload).map(Some),
            Opcode::Continuation => {
                if self.fragment_opcode.is_none() {
                    return Err(violation(CLOSE_PROTOCOL_ERROR, "continuation frame without a message"));
                }
                self.fragments.extend_from_slice(&payload);
            }
            Opcode::Text | Opcode::Binary => {
                if self.fragment_opcode.is_some() {
                    return Err(violation(CLOSE_PROTOCOL_ERROR, "new message inside a fragmented one"));
                }
                if fin {
                    return Ok(Some(data_message(opcode, payload)));
                }
                self.fragment_opcode = Some(opcode);
                self.fragments = payload;
            }
        }
        if !fin {
            return Ok(None);
        }
        let opcode = self.fragment_opcode.take().unwrap_or(Opcode::Binary);
        Ok(Some(data_message(opcode, std::mem::take(&mut self.fragments))))
    }
}

fn data_message(opcode: Opcode, payload: Vec<u8>) -> Message {
    if opcode == Opcode::Text {
        Message::Text(payload)
    } else {
        Message::Binary(payload)
    }
}

fn parse_close(payload: Vec<u8>) -> Result<Message, ProtocolError> {
    match payload.len() {
        0 => Ok(Message::Close(None, Vec::new())),
        1 => Err(violation(CLOSE_PROTOCOL_ERROR, "close frame with a 1-byte payload")),
        _ => Ok(Message::Close(Some(u16::from_be_bytes([payload[0], payload[1]])), payload[2..].to_vec())),
    }
}

/// XORs `data` with the 4-byte masking key (RFC 6455 section 5.3).
pub fn apply_mask(data: &mut [u8], key: [u8; 4]) {
    for (i, byte) in data.iter_mut().enumerate() {
        *byte ^= key[i & 3];
    }
}

/// Appends the header of an unmasked, final frame whose payload of
/// `len` bytes the caller appends next.
pub fn push_header(out: &mut Vec<u8>, opcode: Opcode, len: usize) {
    push_header_masked(out, opcode, len, None);
}

fn push_header_masked(out: &mut Vec<u8>, opcode: Opcode, len: usize, mask: Option<[u8; 4]>) {
    out.push(0x80 | opcode as u8);
    let mask_bit = if mask.is_some() { 0x80 } else { 0 };
    if len < 126 {
        out.push(mask_bit | len as u8);
    } else if len <= usize::from(u16::MAX) {
        out.push(mask_bit | 126);
        out.extend_from_slice(&(len as u16).to_be_bytes());
    } else {
        out.push(mask_bit | 127);
        out.extend_from_slice(&(len as u64).to_be_bytes());
    }
    if let Some(key) = mask {
        out.extend_from_slice(&key);
    }
}

/// Appends a whole unmasked frame (server to client).
pub fn push_frame(out: &mut Vec<u8>, opcode: Opcode, payload: &[u8]) {
    push_header(out, opcode, payload.len());
    out.extend_from_slice(payload);
}

/// Appends a close frame with `code` and a reason cut to fit a control
/// frame.
pub fn push_close(out: &mut Vec<u8>, code: u16, reason: &str) {
    let mut payload = code.to_be_bytes().to_vec();
    let mut cut = reason.len().min(MAX_CONTROL_PAYLOAD - 2);
    while !reason.is_char_boundary(cut) {
        cut -= 1;
    }
    payload.extend_from_slice(&reason.as_bytes()[..cut]);
    push_frame(out, Opcode::Close, &payload);
}

/// Encodes a whole masked frame (client to server).
pub fn encode_masked(opcode: Opcode, payload: &[u8], key: [u8; 4]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + 14);
    push_header_masked(&mut out, opcode, payload.len(), Some(key));
    let start = out.len();
    out.extend_from_slice(payload);
    apply_mask(&mut out[start..], key);
    out
}

/// Checks an upgrade request and returns the `101 Switching Protocols`
/// response head, or the error response to send instead.
pub fn accept(request: &Request) -> Result<Vec<u8>, Response> {
    let connection = request.header("connection").unwrap_or("");
    if !connection.split(',').any(|token| token.trim().eq_ignore_ascii_case("upgrade")) {
        return Err(Response::error(400, "WebSocket upgrade needs \"Connection: Upgrade\""));
    }
    if request.method != "GET" {
        return Err(Response::error(400, "WebSocket upgrade needs a GET request"));
    }
    if request.header("sec-websocket-version").map(str::trim) != Some("13") {
        return Err(Response::error(426, "unsupported WebSocket version; send Sec-WebSocket-Version: 13")
            .with_header("Sec-WebSocket-Version", "13"));
    }
    let key = request.header("sec-websocket-key").map(str::trim).unwrap_or("");
    // The key is 16 random bytes in base64, which is always 24 characters.
    if key.len() != 24 {
        return Err(Response::error(400, format!("invalid Sec-WebSocket-Key {key:?}; expected 16 bytes in base64")));
    }
    let headers = vec![
        ("Upgrade".to_string(), "websocket".to_string()),
        ("Connection".to_string(), "Upgrade".to_string()),
        ("Sec-WebSocket-Accept".to_string(), accept_key(key)),
    ];
    let mut out = head(101, &headers);
    out.extend_from_slice(b"\r\n");
    Ok(out)
}

/// Computes the `Sec-WebSocket-Accept` value for a client's
/// `Sec-WebSocket-Key`.
pub fn accept_key(key: &str) -> String {
    let mut input = key.as_bytes().to_vec();
    input.extend_from_slice(ACCEPT_GUID.as_bytes());
    base64_encode(&sha1(&input))
}

/// Standard base64 with padding (RFC 4648 section 4).
pub fn base64_encode(data: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// SHA-1 digest (FIPS 180-4).
pub fn sha1(data: &[u8]) -> [u8; 20] {
    let mut h: [u32; 5] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0];
    let mut message = data.to_vec();
    message.push(0x80);
    while message.len() % 64 != 56 {
        message.push(0);
    }
    message.extend_from_slice(&((data.len() as u64) * 8).to_be_bytes());
    for block in message.chunks(64) {
        let mut w = [0u32; 80];
        for (i, word) in block.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = h;
        for (i, word) in w.iter().enumerate() {
            let (f, k) = match i {
                0..=19 => ((b & c) | (!b & d), 0x5A82_7999),
                20..=39 => (b ^ c ^ d, 0x6ED9_EBA1),
                40..=59 => ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC),
                _ => (b ^ c ^ d, 0xCA62_C1D6),
            };
            let temp = a.rotate_left(5).wrapping_add(f).wrapping_add(e).wrapping_add(k).wrapping_add(*word);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = temp;
        }
        for (state, value) in h.iter_mut().zip([a, b, c, d, e]) {
            *state = state.wrapping_add(value);
        }
    }
    let mut out = [0u8; 20];
    for (i, word) in h.iter().enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&word.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn sha1_test_vectors() {
        assert_eq!(hex(&sha1(b"abc")), "a9993e364706816aba3e25717850c26c9cd0d89d");
        assert_eq!(hex(&sha1(b"")), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
        let two_blocks = b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
        assert_eq!(hex(&sha1(two_blocks)), "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    }

    #[test]
    fn base64_padding() {
        assert_eq!(base64_encode(b""), "");
        assert_eq!(base64_encode(b"f"), "Zg==");
        assert_eq!(base64_encode(b"fo"), "Zm8=");
        assert_eq!(base64_encode(b"foo"), "Zm9v");
        assert_eq!(base64_encode(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn accept_key_matches_rfc_example() {
        // RFC 6455 section 1.3.
        assert_eq!(accept_key("dGhlIHNhbXBsZSBub25jZQ=="), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    }

    #[test]
    fn masked_frame_round_trip() {
        let frame = encode_masked(Opcode::Binary, b"hello", [1, 2, 3, 4]);
        let mut decoder = Decoder::server();
        let decoded = decoder.decode(&frame).unwrap();
        assert_eq!(decoded, Decoded::Frame(frame.len(), Some(Message::Binary(b"hello".to_vec()))));
        assert_eq!(decoder.decode(&frame[..frame.len() - 1]).unwrap(), Decoded::NeedMore);
    }

    #[test]
    fn long_lengths_round_trip() {
        for len in [125, 126, 65535, 65536, 200_000] {
            let payload = vec![7u8; len];
            let frame = encode_masked(Opcode::Binary, &payload, [9, 8, 7, 6]);
            let mut decoder = Decoder::server();
            let Decoded::Frame(used, Some(Message::Binary(data))) = decoder.decode(&frame).unwrap() else {
                panic!("no message for length {len}");
            };
            assert_eq!(used, frame.len());
            assert_eq!(data, payload);
        }
    }

    #[test]
    fn fragments_reassemble_around_ping() {
        let key = [5, 6, 7, 8];
        let mut first = encode_masked(Opcode::Text, b"hel", key);
        first[0] &= 0x7f;
        let ping = encode_masked(Opcode::Ping, b"p", key);
        let last = encode_masked(Opcode::Continuation, b"lo", key);
        let mut decoder = Decoder::server();
        assert_eq!(decoder.decode(&first).unwrap(), Decoded::Frame(first.len(), None));
        assert_eq!(decoder.decode(&ping).unwrap(), Decoded::Frame(ping.len(), Some(Message::Ping(b"p".to_vec()))));
        assert_eq!(decoder.decode(&last).unwrap(), Decoded::Frame(last.len(), Some(Message::Text(b"hello".to_vec()))));
    }

    #[test]
    fn violations_rejected() {
        let mut decoder = Decoder::server();
        let mut unmasked = Vec::new();
        push_frame(&mut unmasked, Opcode::Binary, b"x");
        assert_eq!(decoder.decode(&unmasked).unwrap_err().code, CLOSE_PROTOCOL_ERROR);

        let mut big_ping = encode_masked(Opcode::Ping, &[0; 126], [0; 4]);
        assert_eq!(decoder.decode(&big_ping).unwrap_err().code, CLOSE_PROTOCOL_ERROR);
        big_ping[0] = 0x80 | 3;
        assert_eq!(decoder.decode(&big_ping).unwrap_err().code, CLOSE_PROTOCOL_ERROR);

        let stray = encode_masked(Opcode::Continuation, b"x", [0; 4]);
        assert_eq!(decoder.decode(&stray).unwrap_err().code, CLOSE_PROTOCOL_ERROR);

        let mut huge = vec![0x82, 0x80 | 127];
        huge.extend_from_slice(&((MAX_MESSAGE as u64) + 1).to_be_bytes());
        assert_eq!(decoder.decode(&huge).unwrap_err().code, CLOSE_TOO_BIG);
    }

    #[test]
    fn huge_continuation_length_rejected() {
        let mut decoder = Decoder::server();
        let mut first = Vec::new();
        first.extend_from_slice(&[0x02, 0x80 | 1, 0, 0, 0, 0, b'a']);
        assert!(matches!(decoder.decode(&first), Ok(Decoded::Frame(7, None))));
        // A continuation whose 64-bit length plus the buffered byte would
        // wrap around u64.
        let mut huge = vec![0x80, 0x80 | 127];
        huge.extend_from_slice(&u64::MAX.to_be_bytes());
        huge.extend_from_slice(&[0; 4]);
        assert_eq!(decoder.decode(&huge).unwrap_err().code, CLOSE_TOO_BIG);
    }

    #[test]
    fn close_frame_parsed_and_encoded() {
        let mut out = Vec::new();
        push_close(&mut out, CLOSE_NORMAL, "bye");
        let mut decoder = Decoder::client(MAX_MESSAGE);
        let decoded = decoder.decode(&out).unwrap();
        assert_eq!(decoded, Decoded::Frame(out.len(), Some(Message::Close(Some(1000), b"bye".to_vec()))));
    }
}
