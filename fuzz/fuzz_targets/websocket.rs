//! The WebSocket frame decoder, fed raw bytes from a peer. Checks that a
//! decoded frame never claims more bytes than it was given, that messages
//! stay within the size limit, and that control frames stay small.

#![no_main]

use guestd::http::websocket::{Decoded, Decoder, Message, MAX_MESSAGE};
use libfuzzer_sys::fuzz_target;
// The allocator that enforces the memory limit.
use guestd_fuzz as _;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the side: the server expects masked frames,
    // the client unmasked ones.
    let Some((&selector, mut rest)) = data.split_first() else { return };
    let mut decoder = if selector % 2 == 0 { Decoder::server() } else { Decoder::client(MAX_MESSAGE) };
    while !rest.is_empty() {
        match decoder.decode(rest) {
            Ok(Decoded::NeedMore) | Err(_) => break,
            Ok(Decoded::Frame(used, message)) => {
                assert!(used >= 2 && used <= rest.len(), "used {used} of {}", rest.len());
                match message {
                    Some(Message::Text(payload) | Message::Binary(payload)) => {
                        assert!(payload.len() <= MAX_MESSAGE)
                    }
                    Some(Message::Ping(payload) | Message::Pong(payload)) => assert!(payload.len() <= 125),
                    Some(Message::Close(_, reason)) => assert!(reason.len() <= 123),
                    None => {}
                }
                rest = &rest[used..];
            }
        }
    }
});
