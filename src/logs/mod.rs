//! The log pipeline. It takes every service's stdout and stderr, and the
//! daemon's own log as service `guestd`, and frames them into timestamped
//! chunks (see [`frame`]). Chunks are written to size-capped rotated files
//! (see [`store`]), streamed to followers as records (see [`follow`]) and
//! shipped to an optional collector (see [`sink`]).
//!
//! Pipes are read on the event loop in large chunks. What one read brings,
//! up to its last newline, is stored as one chunk with one timestamp in one
//! `writev(2)`, without work per line. Records are found in the chunks when
//! they are read. A pipe that stays full yields after [`READ_BUDGET`] bytes
//! and continues on the next loop turn, so one noisy service cannot starve
//! the rest of the daemon. Every pipe is read as soon as it is readable,
//! until it is empty. A fast writer's bytes pile up while the loop wakes,
//! so one read takes many writes. A pause before reading would let a full
//! pipe block the writer. Nothing wakes an idle daemon. This module never
//! logs per record: its own log lines come back through the pipeline.
//!
//! docs/api.md lists every way a record can be cut or lost, with the
//! counter that shows it.

pub mod follow;
pub mod frame;
pub mod sink;
pub mod store;

use std::collections::HashMap;
use std::io;
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::PathBuf;
use std::time::Duration;

use miniserde::Serialize;
use mio::unix::SourceFd;
use mio::Interest;
use rustix::buffer::spare_capacity;

use crate::config::Config;
use crate::daemon::slab::{Key, Slab};
use crate::daemon::token::{token, Kind};
use crate::daemon::{step, Daemon, StartError};
use frame::{Chunk, Stream};
use store::{Caps, ServiceLog};

/// Name under which the daemon's own log is stored and served.
pub const DAEMON_SERVICE: &str = "guestd";

/// Size of one read from a pipe.
const READ_CHUNK: usize = 1024 * 1024;
/// Bytes read from one pipe per loop turn before it yields.
const READ_BUDGET: usize = 4 * 1024 * 1024;
/// Pipe buffer requested for service output. The kernel allocates its
/// pages only while a writer is ahead of the daemon and charges them to
/// the writer's cgroup, so an idle pipe costs nothing. On a busy machine
/// the daemon can wait tens of milliseconds for a CPU; 8 MiB lets a writer
/// at 150 MB/s go on meanwhile instead of blocking. Without
/// CAP_SYS_RESOURCE the kernel allows only up to
/// `/proc/sys/fs/pipe-max-size` (1 MiB by default), and the pipe gets that.
/// A writer at 700 MB/s fills 1 MiB in 1.5 ms.
const PIPE_CAPACITY: usize = 8 * 1024 * 1024;
/// Time without pipe reads after which the read buffer is freed, once a
/// read has made more than [`RELEASE_ABOVE`] bytes of it resident.
const RELEASE_AFTER: Duration = Duration::from_secs(2);
/// Bytes of the read buffer that may stay resident while the pipes are
/// quiet: enough for the lines of a service that logs now and then.
const RELEASE_ABOVE: usize = 16 * 1024;
/// Timer id of the read buffer's release. Pipes use slab keys, and the
/// sink uses `u64::MAX`.
const RELEASE_TIMER_ID: u64 = u64::MAX - 1;

/// Token index bit of a follower connection; pipes use plain indexes.
const FOLLOWER_BIT: usize = 1 << 48;
/// Token index of the sink connection.
const SINK_INDEX: usize = 1 << 49;

pub struct Logs {
    pub dir: PathBuf,
    pub caps: Caps,
    pipes: Slab<Pipe>,
    services: HashMap<String, ServiceLog>,
    pub(crate) followers: Slab<follow::Follower>,
    pub(crate) sink: Option<sink::Sink>,
    /// Buffer for the bytes a pipe kept back followed by one read, shared
    /// by all pipes. Reads fill its spare capacity, so only pages that
    /// data reached are resident (see [`release_read_buffer`]).
    read_buffer: Vec<u8>,
    /// Maximum number of bytes the read buffer has contained since it was
    /// allocated.
    read_buffer_peak: usize,
    /// `bytes_read` when the release timer was set, while it is set.
    release_mark: Option<u64>,
    daemon_lines: Vec<u8>,
    /// Unfinished daemon log line kept back (see [`frame::storable_len`]).
    daemon_held: Vec<u8>,
    /// Daemon log lines dropped because the logger's queue was full.
    daemon_dropped: u64,
    /// Bytes taken from pipes since the daemon started.
    bytes_read: u64,
    counts: Counts,
}

/// Record counts of the pipeline since the daemon started.
#[derive(Default)]
struct Counts {
    /// Records stored.
    records: u64,
    /// Records skipped by follow streams too slow to take them, summed over
    /// the streams.
    skipped_by_followers: u64,
}

struct Pipe {
    fd: OwnedFd,
    service: String,
    stream: Stream,
    /// Unfinished line kept back for the next read, at most
    /// [`frame::MAX_LINE`] bytes.
    held: Vec<u8>,
    /// Whether a continuation timer is set for this pipe.
    continuation: bool,
}

impl Logs {
    pub fn new(config: &Config) -> Logs {
        Logs {
            dir: config.state_dir.join("logs"),
            caps: Caps {
                file_max: config.log_file_max,
                rotated_files: config.log_rotated_files,
                tail_bytes: config.log_tail_bytes,
            },
            pipes: Slab::default(),
            services: HashMap::new(),
            followers: Slab::default(),
            sink: config.log_sink.clone().map(|addr| sink::Sink::new(addr, config)),
            read_buffer: Vec::new(),
            read_buffer_peak: 0,
            release_mark: None,
            daemon_lines: Vec::new(),
            daemon_held: Vec::new(),
            daemon_dropped: 0,
            bytes_read: 0,
            counts: Counts::default(),
        }
    }

    fn service_log(&mut self, name: &str) -> &mut ServiceLog {
        if !self.services.contains_key(name) {
            let log = ServiceLog::new(&self.dir, name);
            self.services.insert(name.to_string(), log);
        }
        self.services.get_mut(name).expect("inserted above")
    }
}

pub fn start(d: &mut Daemon) -> Result<(), StartError> {
    let dir = d.logs.dir.clone();
    step(std::fs::create_dir_all(&dir), || format!("failed to create log directory {}", dir.display()))?;
    crate::logger::set_waker(d.pool.waker());
    sink::start(d)?;
    Ok(())
}

/// Creates the stdout and stderr pipes of a process of `service` and
/// returns their write ends for the child.
pub fn attach(d: &mut Daemon, service: &str) -> io::Result<(OwnedFd, OwnedFd)> {
    let (out_read, out_write, _) = crate::sys::pipe::output_pipe(PIPE_CAPACITY)?;
    let (err_read, err_write, _) = crate::sys::pipe::output_pipe(PIPE_CAPACITY)?;
    d.logs.service_log(service);
    for (fd, stream) in [(out_read, Stream::Stdout), (err_read, Stream::Stderr)] {
        let raw = fd.as_raw_fd();
        let pipe = Pipe { fd, service: service.to_string(), stream, held: Vec::new(), continuation: false };
        let key = d.logs.pipes.insert(pipe);
        if let Err(err) = d.registry.register(&mut SourceFd(&raw), token(Kind::Log, key.index), Interest::READABLE) {
            d.logs.pipes.remove(key.index);
            return Err(err);
        }
    }
    Ok((out_write, err_write))
}

pub fn on_event(d: &mut Daemon, index: usize, event: &mio::event::Event) {
    if index == SINK_INDEX {
        sink::on_event(d, event);
    } else if index & FOLLOWER_BIT != 0 {
        follow::on_event(d, index & !FOLLOWER_BIT, event);
    } else {
        read_pipe(d, index);
    }
}

/// Timers: a pipe's continuation (its slab key), the sink's reconnect, or
/// the read buffer's release.
pub fn on_timer(d: &mut Daemon, id: u64) {
    if id == sink::TIMER_ID {
        sink::on_timer(d);
        return;
    }
    if id == RELEASE_TIMER_ID {
        release_read_buffer(d);
        return;
    }
    let key = Key::from_u64(id);
    let Some(pipe) = d.logs.pipes.get_key_mut(key) else { return };
    pipe.continuation = false;
    read_pipe(d, key.index);
}

/// Reads pipe `index` until it is empty, closed, or its budget is spent.
/// When the budget runs out, the next read comes on the next loop turn,
/// otherwise when the pipe becomes readable again.
fn read_pipe(d: &mut Daemon, index: usize) {
    let Logs {
        pipes,
        services,
        followers,
        sink,
        caps,
        read_buffer,
        read_buffer_peak,
        release_mark,
        dir,
        bytes_read,
        counts,
        ..
    } = &mut d.logs;
    let Some(pipe) = pipes.get_mut(index) else { return };
    if pipe.continuation {
        return;
    }
    if !services.contains_key(&pipe.service) {
        services.insert(pipe.service.clone(), ServiceLog::new(dir, &pipe.service));
    }
    let service = services.get_mut(&pipe.service).expect("inserted above");
    if read_buffer.capacity() < frame::MAX_LINE + READ_CHUNK {
        *read_buffer = Vec::with_capacity(frame::MAX_LINE + READ_CHUNK);
    }
    let stream = pipe.stream;
    let mut budget = READ_BUDGET;
    let mut closed = false;
    while budget > 0 {
        read_buffer.clear();
        read_buffer.extend_from_slice(&pipe.held);
        let held = read_buffer.len();
        match rustix::io::read(&pipe.fd, spare_capacity(read_buffer)) {
            Ok(0) => {
                closed = true;
                break;
            }
            Ok(n) => {
                budget = budget.saturating_sub(n);
                *bytes_read += n as u64;
                *read_buffer_peak = (*read_buffer_peak).max(held + n);
                let filled = &read_buffer[..];
                let cut = frame::storable_len(filled, held);
                if cut > 0 {
                    let timestamp = frame::timestamp_now();
                    let chunk = Chunk { timestamp: &timestamp, stream, data: &filled[..cut] };
                    store(followers, sink, caps, counts, service, &chunk);
                }
                pipe.held.clear();
                pipe.held.extend_from_slice(&filled[cut..]);
            }
            Err(rustix::io::Errno::AGAIN) => break,
            Err(rustix::io::Errno::INTR) => continue,
            Err(err) => {
                log::warn!("reading {} of service {} failed: {err}; closing it", stream.name(), pipe.service);
                closed = true;
                break;
            }
        }
    }
    if closed && !pipe.held.is_empty() {
        // The stream ended inside a line: store it, marked partial.
        let timestamp = frame::timestamp_now();
        let held = std::mem::take(&mut pipe.held);
        store(followers, sink, caps, counts, service, &Chunk { timestamp: &timestamp, stream, data: &held });
    }
    if *read_buffer_peak > RELEASE_ABOVE && release_mark.is_none() {
        *release_mark = Some(*bytes_read);
        d.timers.after(RELEASE_AFTER, Kind::Log, RELEASE_TIMER_ID);
    }
    if closed {
        if let Some(pipe) = pipes.remove(index) {
            let _ = d.registry.deregister(&mut SourceFd(&pipe.fd.as_raw_fd()));
        }
    } else if budget == 0 {
        // The pipe may still contain bytes. Readiness is edge-triggered, so
        // no new event comes for them and the next loop turn reads on.
        pipe.continuation = true;
        if let Some(key) = pipes.key_of(index) {
            d.timers.after(Duration::ZERO, Kind::Log, key.to_u64());
        }
    }
    after_publish(d);
}

/// Frees the shared read buffer when no pipe was read for
/// [`RELEASE_AFTER`], and otherwise waits that long again. The timer is
/// set once a read has made more than [`RELEASE_ABOVE`] bytes of the buffer
/// resident, pages that would otherwise stay with the idle daemon. Quiet
/// services keep the buffer and its few touched pages. A stream that keeps
/// flowing reuses it without faulting its pages in again.
fn release_read_buffer(d: &mut Daemon) {
    let logs = &mut d.logs;
    let Some(mark) = logs.release_mark else { return };
    if logs.bytes_read != mark {
        logs.release_mark = Some(logs.bytes_read);
        d.timers.after(RELEASE_AFTER, Kind::Log, RELEASE_TIMER_ID);
        return;
    }
    logs.release_mark = None;
    logs.read_buffer = Vec::new();
    let peak = std::mem::take(&mut logs.read_buffer_peak);
    crate::sys::memory::trim_heap();
    log::debug!("freed the log read buffer ({} KiB used) after {RELEASE_AFTER:?} without pipe reads", peak / 1024);
}

/// Writes what publishing queued for followers and the sink.
fn after_publish(d: &mut Daemon) {
    follow::flush_all(d);
    sink::flush(d);
}

/// Sends a chunk of a service's output to its followers and the sink,
/// then writes it to its file.
fn store(
    followers: &mut Slab<follow::Follower>,
    sink: &mut Option<sink::Sink>,
    caps: &Caps,
    counts: &mut Counts,
    service: &mut ServiceLog,
    chunk: &Chunk<'_>,
) {
    counts.records += frame::count_lines(chunk.data);
    counts.skipped_by_followers += follow::publish(followers, &service.name, chunk);
    if let Some(sink) = sink.as_mut() {
        sink.push(&service.name, chunk);
    }
    service.write(chunk, caps);
}

/// Moves the daemon's queued log lines into service `guestd`.
pub fn drain_daemon_log(d: &mut Daemon) {
    let logs = &mut d.logs;
    let mut lines = std::mem::take(&mut logs.daemon_lines);
    let dropped = crate::logger::take_queued(&mut lines);
    if lines.is_empty() && dropped == 0 {
        logs.daemon_lines = lines;
        return;
    }
    logs.daemon_dropped += dropped;
    if dropped > 0 {
        lines.extend_from_slice(format!("{dropped} daemon log lines dropped: the log queue was full\n").as_bytes());
    }
    if !logs.services.contains_key(DAEMON_SERVICE) {
        let log = ServiceLog::new(&logs.dir, DAEMON_SERVICE);
        logs.services.insert(DAEMON_SERVICE.to_string(), log);
    }
    let service = logs.services.get_mut(DAEMON_SERVICE).expect("inserted above");
    let mut buffer = std::mem::take(&mut logs.daemon_held);
    let held = buffer.len();
    buffer.extend_from_slice(&lines);
    let cut = frame::storable_len(&buffer, held);
    if cut > 0 {
        let timestamp = frame::timestamp_now();
        let chunk = Chunk { timestamp: &timestamp, stream: Stream::Stderr, data: &buffer[..cut] };
        store(&mut logs.followers, &mut logs.sink, &logs.caps, &mut logs.counts, service, &chunk);
    }
    logs.daemon_held = buffer[cut..].to_vec();
    lines.clear();
    logs.daemon_lines = lines;
    after_publish(d);
}

/// Drains what is left before the daemon exits: queued daemon lines go
/// to the files, follow streams end properly, and records the sink has
/// not taken stay in its spool.
pub fn finish(d: &mut Daemon) {
    drain_daemon_log(d);
    follow::end_all(d);
    sink::finish(d);
    // The sink logs an error when it cannot keep its unsent records.
    drain_daemon_log(d);
}

/// Returns the newest `count` records of `service` as JSON lines.
pub fn tail_json(d: &mut Daemon, service: &str, count: usize) -> Vec<u8> {
    let caps = d.logs.caps;
    let records = d.logs.service_log(service).last_records(count, &caps);
    let mut out = Vec::with_capacity(records.len() * 2);
    frame::for_each_record(&records, |timestamp, record| frame::write_json(&mut out, service, timestamp, record));
    out
}

/// Returns whether any service output pipe is still open.
pub fn pipes_open(d: &Daemon) -> bool {
    !d.logs.pipes.is_empty()
}

/// Closes the files of a deleted service, whose files stay on disk, and
/// ends its follow streams.
pub fn forget(d: &mut Daemon, service: &str) {
    if let Some(mut log) = d.logs.services.remove(service) {
        log.close();
    }
    follow::end_service(d, service);
}

/// The pipeline as `GET /v1/logs/status` shows it.
#[derive(Serialize)]
pub struct StatusView {
    pub dir: String,
    pub file_max_bytes: u64,
    pub rotated_files: u32,
    pub tail_bytes: u64,
    pub open_pipes: u64,
    pub followers: u64,
    pub bytes_read: u64,
    /// Bytes of the shared read buffer that reads have reached since it
    /// was allocated, an upper bound of its resident size. It is 0 once freed.
    pub read_buffer_bytes: u64,
    pub records: u64,
    pub records_lost_to_write_errors: u64,
    pub records_skipped_by_followers: u64,
    pub daemon_lines_dropped: u64,
    pub sink: Option<sink::StatusView>,
}

pub fn status_view(d: &Daemon) -> StatusView {
    let logs = &d.logs;
    StatusView {
        dir: logs.dir.display().to_string(),
        file_max_bytes: logs.caps.file_max,
        rotated_files: logs.caps.rotated_files,
        tail_bytes: logs.caps.tail_bytes as u64,
        open_pipes: logs.pipes.len() as u64,
        followers: logs.followers.len() as u64,
        bytes_read: logs.bytes_read,
        read_buffer_bytes: logs.read_buffer_peak as u64,
        records: logs.counts.records,
        records_lost_to_write_errors: logs.services.values().map(|s| s.lost_records).sum(),
        records_skipped_by_followers: logs.counts.skipped_by_followers,
        daemon_lines_dropped: logs.daemon_dropped,
        sink: logs.sink.as_ref().map(sink::Sink::status_view),
    }
}

pub(crate) fn follower_token(index: usize) -> mio::Token {
    token(Kind::Log, index | FOLLOWER_BIT)
}

pub(crate) fn sink_token() -> mio::Token {
    token(Kind::Log, SINK_INDEX)
}
