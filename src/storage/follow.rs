//! Progress streams: `GET /v1/checkpoints/{id}?follow=1` keeps the
//! connection open and sends the checkpoint as a JSON line in a chunked
//! body. It sends a new line every [`INTERVAL`] while the checkpoint
//! changes, and ends the body after the line with its final state.
//!
//! Followers are written to only from the event loop, on a timer that runs
//! while any follower is open, so an idle daemon has no timer. A follower
//! that does not read is closed once [`MAX_QUEUED`] bytes wait for it.

use std::io::{self, Write};
use std::time::Duration;

use crate::daemon::token::Kind;
use crate::daemon::Daemon;
use crate::http::response::{chunked_head, push_chunk, LAST_CHUNK};
use crate::http::Stream;

/// Time between two progress lines.
pub const INTERVAL: Duration = Duration::from_millis(250);
/// Bytes queued for one follower before it is closed.
const MAX_QUEUED: usize = 64 * 1024;

pub struct Follower {
    stream: Stream,
    id: String,
    output: Vec<u8>,
    written: usize,
    last_line: String,
    /// The body has been ended; the follower goes once it is written.
    ended: bool,
}

/// Takes over `stream` as a follower of checkpoint `id`.
pub fn start(d: &mut Daemon, id: String, stream: Stream) {
    d.storage.followers.push(Follower {
        stream,
        id,
        output: chunked_head(200, "application/x-ndjson"),
        written: 0,
        last_line: String::new(),
        ended: false,
    });
    tick(d);
}

/// Sends the next progress line to every follower.
pub fn on_timer(d: &mut Daemon) {
    d.storage.follow_timer_armed = false;
    tick(d);
}

/// Queues a line for each follower whose checkpoint changed, ends the
/// streams of checkpoints that are no longer pending, writes what the
/// sockets take, and arms the timer while followers remain.
pub fn tick(d: &mut Daemon) {
    let mut followers = std::mem::take(&mut d.storage.followers);
    for follower in &mut followers {
        if follower.ended {
            continue;
        }
        let (line, pending) = match d.storage.find(&follower.id) {
            Some(checkpoint) => {
                (crate::api::checkpoints::view_json(checkpoint), checkpoint.state == super::State::Pending)
            }
            None => (format!("{{\"id\":{:?},\"state\":\"deleted\"}}", follower.id), false),
        };
        if line != follower.last_line {
            push_chunk(&mut follower.output, format!("{line}\n").as_bytes());
            follower.last_line = line;
        }
        if !pending {
            follower.output.extend_from_slice(LAST_CHUNK);
            follower.ended = true;
        }
    }
    followers.retain_mut(|follower| match flush(follower) {
        Ok(()) => !(follower.ended && follower.written == follower.output.len()),
        Err(err) => {
            log::debug!("closing the progress stream of checkpoint {}: {err}", follower.id);
            false
        }
    });
    d.storage.followers = followers;
    if !d.storage.followers.is_empty() && !d.storage.follow_timer_armed {
        d.storage.follow_timer_armed = true;
        d.timers.after(INTERVAL, Kind::Storage, 0);
    }
}

/// Writes queued output until the socket would block.
fn flush(follower: &mut Follower) -> io::Result<()> {
    while follower.written < follower.output.len() {
        match (&follower.stream).write(&follower.output[follower.written..]) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => follower.written += n,
            Err(err) if err.kind() == io::ErrorKind::WouldBlock => break,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(err),
        }
    }
    if follower.written == follower.output.len() {
        follower.output.clear();
        follower.written = 0;
    } else if follower.output.len() - follower.written > MAX_QUEUED {
        return Err(io::Error::other(format!("the client left {MAX_QUEUED} bytes unread")));
    }
    Ok(())
}
