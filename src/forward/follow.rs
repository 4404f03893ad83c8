//! `GET /v1/ports?follow=1`: clients that mirror the port table. Each gets
//! a chunked NDJSON stream that starts with an `open` event for every known
//! port, then one event per open or close. A follower that stops reading
//! is dropped once [`MAX_BACKLOG`] bytes wait for it.

use std::io::{self, Read, Write};
use std::os::fd::AsRawFd;

use miniserde::{json, Serialize};
use mio::unix::SourceFd;
use mio::Interest;

use super::discovery::{self, PortEntry};
use super::{token_for, Class};
use crate::daemon::slab::Slab;
use crate::daemon::Daemon;
use crate::http::response::{chunked_head, push_chunk};
use crate::http::Stream;

/// Bytes queued for one follower before it is disconnected.
pub const MAX_BACKLOG: usize = 256 * 1024;

pub struct Follower {
    stream: Stream,
    output: Vec<u8>,
}

#[derive(Default)]
pub struct Followers {
    slab: Slab<Follower>,
}

#[derive(Serialize)]
struct Event<'a> {
    event: &'a str,
    port: u16,
    address: &'a str,
    family: &'a str,
    pid: Option<u32>,
    command: Option<&'a str>,
}

fn event_line(kind: &str, entry: &PortEntry) -> Vec<u8> {
    let event = Event {
        event: kind,
        port: entry.port,
        address: &entry.address,
        family: entry.family,
        pid: entry.pid,
        command: entry.command.as_deref(),
    };
    let mut line = json::to_string(&event).into_bytes();
    line.push(b'\n');
    line
}

/// Number of connected followers.
pub fn count(d: &Daemon) -> usize {
    d.forward.followers.slab.len()
}

/// Starts following on a connection the HTTP server handed over.
pub fn start(d: &mut Daemon, stream: Stream) {
    if discovery::scan_on_demand(d) {
        discovery::scan(d);
    }
    let mut output = chunked_head(200, "application/x-ndjson");
    let mut snapshot = Vec::new();
    for entry in &d.forward.ports.entries {
        snapshot.extend_from_slice(&event_line("open", entry));
    }
    push_chunk(&mut output, &snapshot);
    let key = d.forward.followers.slab.insert(Follower { stream, output });
    let follower = d.forward.followers.slab.get_mut(key.index).expect("just inserted");
    let token = token_for(Class::Follower, key.index);
    let interest = Interest::READABLE | Interest::WRITABLE;
    if let Err(err) = d.registry.register(&mut SourceFd(&follower.stream.as_raw_fd()), token, interest) {
        log::warn!("failed to register a port follower: {err}");
        d.forward.followers.slab.remove(key.index);
        return;
    }
    flush(d, key.index);
    discovery::ensure_polling(d);
}

/// Sends one event to every follower.
pub fn publish(d: &mut Daemon, kind: &str, entry: &PortEntry) {
    crate::exec::port_changed(d, kind == "open", entry.port, &entry.address, entry.pid);
    if d.forward.followers.slab.is_empty() {
        return;
    }
    let line = event_line(kind, entry);
    let indexes: Vec<usize> = d.forward.followers.slab.iter().map(|(index, _)| index).collect();
    for index in indexes {
        let Some(follower) = d.forward.followers.slab.get_mut(index) else { continue };
        if follower.output.len() + line.len() > MAX_BACKLOG {
            log::warn!("port follower fell {MAX_BACKLOG} bytes behind; disconnecting it");
            close(d, index);
            continue;
        }
        push_chunk(&mut follower.output, &line);
        flush(d, index);
    }
}

/// Handles readiness of follower `index`: writes what is queued and closes
/// it once the client hangs up.
pub fn on_event(d: &mut Daemon, index: usize, event: &mio::event::Event) {
    if event.is_readable() || event.is_read_closed() || event.is_error() {
        let Some(follower) = d.forward.followers.slab.get_mut(index) else { return };
        let mut scratch = [0u8; 512];
        loop {
            match follower.stream.read(&mut scratch) {
                Ok(0) => {
                    close(d, index);
                    return;
                }
                // A follower is not expected to send; its bytes are dropped.
                Ok(_) => continue,
                Err(err) if err.kind() == io::ErrorKind::WouldBlock => break,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(_) => {
                    close(d, index);
                    return;
                }
            }
        }
    }
    flush(d, index);
}

fn flush(d: &mut Daemon, index: usize) {
    let Some(follower) = d.forward.followers.slab.get_mut(index) else { return };
    while !follower.output.is_empty() {
        match follower.stream.write(&follower.output) {
            Ok(n) => {
                follower.output.drain(..n);
            }
            Err(err) if err.kind() == io::ErrorKind::WouldBlock => return,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => {
                close(d, index);
                return;
            }
        }
    }
}

fn close(d: &mut Daemon, index: usize) {
    if let Some(follower) = d.forward.followers.slab.remove(index) {
        let _ = d.registry.deregister(&mut SourceFd(&follower.stream.as_raw_fd()));
    }
}

/// Ends every follow stream with the last chunk.
pub fn close_all(d: &mut Daemon) {
    let indexes: Vec<usize> = d.forward.followers.slab.iter().map(|(index, _)| index).collect();
    for index in indexes {
        if let Some(follower) = d.forward.followers.slab.get_mut(index) {
            follower.output.extend_from_slice(crate::http::response::LAST_CHUNK);
            let _ = follower.stream.write(&follower.output);
        }
        close(d, index);
    }
}
