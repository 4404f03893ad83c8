//! Follow streams: `GET /v1/services/{name}/logs?follow=1` keeps the
//! connection open and sends each new record of the service as a JSON line
//! in a chunked body. Followers are fed from the pipeline itself, not from
//! the files, so rotation does not disturb them.
//!
//! A follower that reads too slowly is never allowed to hold back the
//! service: once [`MAX_QUEUED`] bytes wait for it, further records are
//! skipped and counted, and when its queue has drained it gets one line
//! `{"dropped":N}` saying how many it missed.
//!
//! A stream that the daemon ends gets a last line `{"end":REASON,...}`
//! before the last chunk: `deleted` when the service is deleted, and
//! `shutdown` when the daemon stops. Clients that predate it skip the
//! line, since it has no `line` field.

use std::io::{self, Read, Write};

use mio::Interest;

use super::frame;
use crate::daemon::slab::Slab;
use crate::daemon::Daemon;
use crate::http::response::{chunked_head, push_chunk, LAST_CHUNK};
use crate::http::{Stream, Upgraded};

/// Bytes queued for one follower before records are skipped.
const MAX_QUEUED: usize = 4 * 1024 * 1024;

pub struct Follower {
    stream: Stream,
    service: String,
    output: Vec<u8>,
    written: usize,
    /// Records skipped since the last `dropped` line.
    dropped: u64,
    scratch: Vec<u8>,
    /// The last chunk is queued: the follower is removed once it is sent.
    ending: bool,
}

/// Reason the daemon ends a follow stream, as the `end` line names it.
#[derive(Clone, Copy)]
enum EndReason {
    Deleted,
    Shutdown,
}

impl EndReason {
    fn name(self) -> &'static str {
        match self {
            EndReason::Deleted => "deleted",
            EndReason::Shutdown => "shutdown",
        }
    }
}

/// Takes over `upgraded` as a follower of `service`, starting with the
/// JSON lines in `initial`. The stream of a `deleted` service ends after
/// them, with the `end` line.
pub fn start(d: &mut Daemon, service: &str, upgraded: Upgraded, initial: &[u8], deleted: bool) {
    let mut output = chunked_head(200, "application/x-ndjson");
    push_chunk(&mut output, initial);
    let mut follower = Follower {
        stream: upgraded.stream,
        service: service.to_string(),
        output,
        written: 0,
        dropped: 0,
        scratch: Vec::new(),
        ending: false,
    };
    if deleted {
        push_end(&mut follower, EndReason::Deleted);
    }
    let key = d.logs.followers.insert(follower);
    let follower = d.logs.followers.get_mut(key.index).expect("just inserted");
    let interest = Interest::READABLE | Interest::WRITABLE;
    if let Err(err) = d.registry.register(&mut follower.stream, super::follower_token(key.index), interest) {
        log::warn!("failed to register a log follower of {service}: {err}");
        d.logs.followers.remove(key.index);
        return;
    }
    flush(d, key.index);
}

/// Queues the records of a new chunk for the followers of `service`.
/// Returns how many records followers skipped, summed over them.
pub fn publish(followers: &mut Slab<Follower>, service: &str, chunk: &frame::Chunk<'_>) -> u64 {
    let mut skipped = 0;
    for (_, follower) in followers.iter_mut() {
        if follower.service != service || follower.ending {
            continue;
        }
        let queued = follower.output.len() - follower.written;
        if queued > MAX_QUEUED {
            let records = frame::count_records(chunk.data);
            follower.dropped += records;
            skipped += records;
            continue;
        }
        follower.scratch.clear();
        let scratch = &mut follower.scratch;
        frame::for_each_chunk_record(chunk, |timestamp, record| frame::write_json(scratch, service, timestamp, record));
        push_chunk(&mut follower.output, &follower.scratch);
    }
    skipped
}

/// Writes queued output of every follower; called after records arrive.
pub fn flush_all(d: &mut Daemon) {
    let indexes: Vec<usize> =
        d.logs.followers.iter().filter(|(_, f)| f.written < f.output.len()).map(|(index, _)| index).collect();
    for index in indexes {
        flush(d, index);
    }
}

pub fn on_event(d: &mut Daemon, index: usize, event: &mio::event::Event) {
    if event.is_readable() || event.is_read_closed() || event.is_error() {
        let Some(follower) = d.logs.followers.get_mut(index) else { return };
        let mut buffer = [0u8; 1024];
        loop {
            match (&follower.stream).read(&mut buffer) {
                // The client has gone; a follower never sends a request body.
                Ok(0) => return close(d, index),
                Ok(_) => continue,
                Err(err) if err.kind() == io::ErrorKind::WouldBlock => break,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(_) => return close(d, index),
            }
        }
    }
    flush(d, index);
}

fn flush(d: &mut Daemon, index: usize) {
    let Some(follower) = d.logs.followers.get_mut(index) else { return };
    loop {
        while follower.written < follower.output.len() {
            match (&follower.stream).write(&follower.output[follower.written..]) {
                Ok(n) => follower.written += n,
                Err(err) if err.kind() == io::ErrorKind::WouldBlock => return,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(_) => return close(d, index),
            }
        }
        follower.output.clear();
        follower.written = 0;
        if follower.ending {
            return close(d, index);
        }
        if follower.dropped == 0 {
            return;
        }
        // The queue has drained: send how many records were skipped.
        let line = format!("{{\"dropped\":{}}}\n", follower.dropped);
        push_chunk(&mut follower.output, line.as_bytes());
        follower.dropped = 0;
    }
}

fn close(d: &mut Daemon, index: usize) {
    if let Some(mut follower) = d.logs.followers.remove(index) {
        let _ = d.registry.deregister(&mut follower.stream);
    }
}

/// Queues the `end` line and the last chunk on a follower.
fn push_end(follower: &mut Follower, reason: EndReason) {
    if follower.ending {
        return;
    }
    // The skip count goes first, so that the end stays the last line.
    if follower.dropped > 0 {
        let line = format!("{{\"dropped\":{}}}\n", follower.dropped);
        push_chunk(&mut follower.output, line.as_bytes());
        follower.dropped = 0;
    }
    let line =
        format!("{{\"end\":\"{}\",\"service\":{}}}\n", reason.name(), miniserde::json::to_string(&follower.service));
    push_chunk(&mut follower.output, line.as_bytes());
    follower.output.extend_from_slice(LAST_CHUNK);
    follower.ending = true;
}

/// Ends the follow streams of `service`, which is deleted. Each one is
/// removed once its queue, the end included, is sent.
pub fn end_service(d: &mut Daemon, service: &str) {
    let indexes: Vec<usize> =
        d.logs.followers.iter().filter(|(_, follower)| follower.service == service).map(|(index, _)| index).collect();
    for index in indexes {
        if let Some(follower) = d.logs.followers.get_mut(index) {
            push_end(follower, EndReason::Deleted);
        }
        flush(d, index);
    }
}

/// Ends every follow stream at shutdown, so a follower gets only what its
/// socket accepts at once.
pub fn end_all(d: &mut Daemon) {
    let indexes: Vec<usize> = d.logs.followers.iter().map(|(index, _)| index).collect();
    for index in indexes {
        if let Some(follower) = d.logs.followers.get_mut(index) {
            push_end(follower, EndReason::Shutdown);
        }
        flush(d, index);
        close(d, index);
    }
}
