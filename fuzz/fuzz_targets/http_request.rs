//! The request parser and the route lookup, fed raw bytes from a client.
//! Checks that a complete request never claims more bytes than it was
//! given, that its body honours the size limit, and that lookup answers
//! every request with a route or an error status.

#![no_main]

use guestd::api;
use guestd::http::request::{self, Origin, Parse, MAX_BODY};
use libfuzzer_sys::fuzz_target;
// The allocator that enforces the memory limit.
use guestd_fuzz as _;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the listener the bytes arrived on, because
    // routes treat the container's socket differently.
    let Some((&selector, buffer)) = data.split_first() else { return };
    let origin = match selector % 4 {
        0 => Origin::Local,
        1 => Origin::Tcp,
        2 => Origin::Vsock,
        _ => Origin::Container,
    };
    let mut rest = buffer;
    // Walk pipelined requests the way the server does.
    while !rest.is_empty() {
        match request::parse(rest, origin) {
            Parse::Partial => break,
            Parse::Invalid(response) => {
                assert!((400..500).contains(&response.status), "status {}", response.status);
                break;
            }
            Parse::Complete(request, used) => {
                assert!(used > 0 && used <= rest.len(), "used {used} of {}", rest.len());
                assert!(request.body.len() <= MAX_BODY);
                let _ = request.query_all("a");
                let _ = request.query_flag("tty");
                let _ = request.is_websocket_upgrade();
                match api::lookup(&request) {
                    Ok((route, _params)) => {
                        assert_eq!(route.method, request.method);
                        if origin == Origin::Container {
                            assert!(route.inside, "{} reachable from the container", route.pattern);
                        }
                    }
                    Err(response) => {
                        assert!(matches!(response.status, 403 | 404 | 405), "status {}", response.status)
                    }
                }
                rest = &rest[used..];
            }
        }
    }
});
