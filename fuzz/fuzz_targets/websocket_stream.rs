//! The WebSocket frame decoder of exec sessions, fed bytes from a client
//! in pieces as they might arrive. A frame never uses more bytes than were
//! buffered, messages stay within the size limit, and the decoder never
//! waits for more bytes than one maximal frame, so a connection's buffer
//! stays bounded.

#![no_main]

use guestd::http::websocket::{Decoded, Decoder, Message, MAX_MESSAGE};
use libfuzzer_sys::fuzz_target;
// The allocator that enforces the memory limit.
use guestd_fuzz as _;

/// Maximum frame header: 2 bytes, an 8-byte length and a 4-byte mask.
const MAX_HEADER: usize = 14;

fuzz_target!(|data: &[u8]| {
    let Some((&step, input)) = data.split_first() else { return };
    let step = usize::from(step).max(1);
    let mut decoder = Decoder::server();
    let mut buffer: Vec<u8> = Vec::new();
    for piece in input.chunks(step) {
        buffer.extend_from_slice(piece);
        loop {
            match decoder.decode(&buffer) {
                Ok(Decoded::NeedMore) => {
                    assert!(buffer.len() <= MAX_MESSAGE + MAX_HEADER, "waiting with {} bytes", buffer.len());
                    break;
                }
                Ok(Decoded::Frame(used, message)) => {
                    assert!(used > 0 && used <= buffer.len(), "used {used} of {}", buffer.len());
                    if let Some(Message::Text(bytes) | Message::Binary(bytes)) = &message {
                        assert!(bytes.len() <= MAX_MESSAGE);
                    }
                    buffer.drain(..used);
                }
                Err(error) => {
                    assert!(error.code >= 1000, "close code {}", error.code);
                    return;
                }
            }
        }
    }
});
