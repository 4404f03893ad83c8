//! Every JSON body a client may send (`api::BODY_READERS`): exec requests
//! and their WebSocket query and control messages, service definitions,
//! checkpoint comments, filesystem, signal and kill requests, and the port
//! proxy's init message. A reader must reject bad input with a 4xx
//! response and never panic, whatever the bytes.

#![no_main]

use guestd::api::BODY_READERS;
use guestd::http::request::{Origin, Request};
use libfuzzer_sys::fuzz_target;
// The allocator that enforces the memory limit.
use guestd_fuzz as _;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the reader; for service definitions the text
    // up to the first newline is the name in the path.
    let Some((&selector, body)) = data.split_first() else { return };
    let (_, read) = BODY_READERS[usize::from(selector) % BODY_READERS.len()];
    let (name, body) = match body.iter().position(|b| *b == b'\n') {
        Some(end) => (String::from_utf8_lossy(&body[..end]).into_owned(), &body[end + 1..]),
        None => ("web".to_string(), body),
    };
    let request = Request {
        method: "POST".into(),
        path: format!("/{name}"),
        query: String::from_utf8_lossy(body).into_owned(),
        headers: Vec::new(),
        body: body.to_vec(),
        origin: Origin::Container,
        close: false,
    };
    if let Err(response) = read(&request) {
        assert!((400..500).contains(&response.status), "status {}", response.status);
    }
});
