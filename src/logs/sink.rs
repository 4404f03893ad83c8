//! Shipping of every log record as a JSON line (the shape of the logs
//! route) to a collector such as Vector or Fluent Bit at `--log-sink`
//! (`unix:PATH`, `tcp:HOST:PORT` or, in a guest, `vsock:CID:PORT`).
//!
//! The sink never blocks a service. Records go to the socket while it
//! takes them. Whatever it does not take at once waits in a spool of
//! segment files in `STATE/logs/sink/`, capped at `--log-spool-max` bytes.
//! Past the cap the oldest segment is dropped; the dropped records are
//! counted, logged and shown in `GET /v1/logs/status`, and the collector
//! gets a line `{"time":TIME,"dropped":N}` in their place. The spool outlives
//! daemon restarts, so delivery is at least once: after a reconnect the
//! line that was being written is sent again whole, and so is every line
//! the collector had not yet read from the socket when it went away
//! (`SIOCOUTQ` after each write returns how many bytes it had not read,
//! and those are kept, up to [`UNREAD_MAX`]). On TCP, `SIOCOUTQ` counts only
//! the bytes the collector's kernel has not acknowledged, so lines waiting
//! in the collector's receive buffer are not sent again. A stream without
//! acknowledgements cannot detect lines that a collector read and then
//! lost itself.
//!
//! Connects are non-blocking and complete when the socket reports
//! writable, so a sink that never responds costs the event loop nothing. A
//! handshake unfinished after [`CONNECT_TIMEOUT`] counts as a failed
//! attempt. A failed attempt or lost connection is retried after 100 ms,
//! doubling up to 30 s, but only while records wait. A connected, idle
//! sink sets no timer.

use std::collections::VecDeque;
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use miniserde::Serialize;
use mio::Interest;

use super::frame;
use crate::addr::Addr;
use crate::config::Config;
use crate::daemon::token::Kind;
use crate::daemon::{step, Daemon, StartError};
use crate::http::Stream;

/// Timer id of the sink's reconnect timer.
pub const TIMER_ID: u64 = u64::MAX;

const RECONNECT_MIN: Duration = Duration::from_millis(100);
const RECONNECT_MAX: Duration = Duration::from_secs(30);
/// How long a connect may wait for the sink to complete the handshake.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Bytes read from the spool per refill of the send buffer.
const REFILL: usize = 256 * 1024;
/// Maximum bytes kept of what was written but not yet read by the
/// collector, to send again after a lost connection. It equals Linux's
/// default maximum TCP send buffer (`tcp_wmem`) and is far above a Unix
/// socket's default of 208 KiB. The line that straddles the window's start
/// is kept whole on top, so the window contains at most this plus one
/// record: a JSON line of at most 16 KiB of output, each byte of which
/// takes up to six bytes escaped.
pub const UNREAD_MAX: usize = 4 << 20;
/// Smallest spool segment.
const SEGMENT_MIN: u64 = 64 * 1024;
/// Sequence number of the first segment of an empty spool. The numbers
/// below it let unsent lines go in front of the spool at exit.
const FIRST_SEQUENCE: u64 = 1 << 32;

struct Segment {
    sequence: u64,
    size: u64,
    records: u64,
}

pub struct Sink {
    addr: Addr,
    dir: PathBuf,
    spool_max: u64,
    segment_max: u64,
    /// JSON lines of the current loop turn, not yet sent or spooled.
    memory: Vec<u8>,
    /// Whole lines taken for sending, from the spool or `memory`.
    out: Vec<u8>,
    out_pos: usize,
    /// Whether `out` came from `memory`, so it exists nowhere on disk.
    out_from_memory: bool,
    /// Last bytes written to the connection that the collector may not have
    /// read. They start at a line and are at most [`UNREAD_MAX`] plus
    /// one line.
    unread: Vec<u8>,
    /// Length of the start of `out` that was written before a lost
    /// connection. Its records count in `resent_records`, not again in
    /// `sent_records`, and it ends at a line.
    resent_end: usize,
    /// Whether `out` is a gap marker, which counts as no record.
    out_is_marker: bool,
    /// Records dropped since the last gap marker. The next refill sends a
    /// marker line for them first.
    gap_records: u64,
    /// Spool segments, oldest first; empty when nothing waits on disk.
    segments: VecDeque<Segment>,
    writer: Option<File>,
    /// Read offset in the oldest segment and records read from it.
    read_offset: u64,
    read_records: u64,
    /// The connection, also while its connect is in progress.
    conn: Option<Stream>,
    /// Deadline of the connect in progress, or `None` once connected.
    connect_deadline: Option<Instant>,
    backoff: Duration,
    retry_at: Option<Instant>,
    /// Records written to a connection, each counted once.
    sent_records: u64,
    /// Records written again after a lost connection.
    resent_records: u64,
    dropped_records: u64,
    dropped_bytes: u64,
    connects: u64,
    last_error: Option<String>,
}

impl Sink {
    pub fn new(addr: Addr, config: &Config) -> Sink {
        Sink {
            addr,
            dir: config.state_dir.join("logs").join("sink"),
            spool_max: config.log_spool_max,
            segment_max: (config.log_spool_max / 8).max(SEGMENT_MIN),
            memory: Vec::new(),
            out: Vec::new(),
            out_pos: 0,
            out_from_memory: false,
            unread: Vec::new(),
            resent_end: 0,
            out_is_marker: false,
            gap_records: 0,
            segments: VecDeque::new(),
            writer: None,
            read_offset: 0,
            read_records: 0,
            conn: None,
            connect_deadline: None,
            backoff: RECONNECT_MIN,
            retry_at: None,
            sent_records: 0,
            resent_records: 0,
            dropped_records: 0,
            dropped_bytes: 0,
            connects: 0,
            last_error: None,
        }
    }

    /// Queues the records of a new chunk of `service` as JSON lines.
    pub fn push(&mut self, service: &str, chunk: &frame::Chunk<'_>) {
        let memory = &mut self.memory;
        frame::for_each_chunk_record(chunk, |timestamp, record| frame::write_json(memory, service, timestamp, record));
    }

    fn pending(&self) -> bool {
        self.out_pos < self.out.len() || !self.segments.is_empty() || !self.memory.is_empty()
    }

    fn segment_path(&self, sequence: u64) -> PathBuf {
        self.dir.join(format!("{sequence:016}.spool"))
    }

    /// Loads the segments a previous run left.
    fn load_spool(&mut self) -> io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let mut found = Vec::new();
        for entry in std::fs::read_dir(&self.dir)?.flatten() {
            let name = entry.file_name();
            let Some(sequence) = name.to_str().and_then(|n| n.strip_suffix(".spool")).and_then(|n| n.parse().ok())
            else {
                continue;
            };
            let mut data = std::fs::read(entry.path())?;
            let whole = data.iter().rposition(|&b| b == b'\n').map_or(0, |end| end + 1);
            if whole < data.len() {
                // A write cut short by a crash left part of a line, which
                // the next record appended would join into one bad line. A
                // gap marker takes its place.
                self.dropped_bytes += (data.len() - whole) as u64;
                self.dropped_records += 1;
                data.truncate(whole);
                push_gap_marker(&mut data, 1);
                let mut file = OpenOptions::new().write(true).open(entry.path())?;
                file.set_len(whole as u64)?;
                file.seek(SeekFrom::End(0))?;
                file.write_all(&data[whole..])?;
            }
            found.push(Segment { sequence, size: data.len() as u64, records: super::store::count_lines(&data) });
        }
        found.sort_by_key(|segment| segment.sequence);
        self.segments = found.into();
        Ok(())
    }

    /// Appends `memory` to the spool, dropping the oldest segments past
    /// the cap.
    fn spool_memory(&mut self) {
        if self.memory.is_empty() {
            return;
        }
        let data = std::mem::take(&mut self.memory);
        let dropped_before = self.dropped_records;
        if let Err(err) = self.append_to_spool(&data) {
            let records = super::store::count_lines(&data);
            self.dropped_records += records;
            self.dropped_bytes += data.len() as u64;
            self.gap_records += records;
            self.note_error(format!("failed to spool {records} records in {}: {err}", self.dir.display()));
        }
        self.memory = data;
        self.memory.clear();
        let dropped = self.dropped_records - dropped_before;
        if dropped > 0 {
            log::warn!(
                "log sink {} is behind: dropped the oldest {dropped} records from its spool ({} dropped in all)",
                self.addr,
                self.dropped_records
            );
        }
    }

    /// Appends whole lines to the newest segment, starting a new segment
    /// whenever one reaches its size, so the cap can drop old records in
    /// segment-sized steps.
    fn append_to_spool(&mut self, mut data: &[u8]) -> io::Result<()> {
        while !data.is_empty() {
            let newest_full = self.segments.back().is_none_or(|s| s.size >= self.segment_max);
            if newest_full {
                let sequence = self.segments.back().map_or(FIRST_SEQUENCE, |s| s.sequence + 1);
                let file = OpenOptions::new().create(true).append(true).open(self.segment_path(sequence))?;
                self.writer = Some(file);
                self.segments.push_back(Segment { sequence, size: 0, records: 0 });
            }
            if self.writer.is_none() {
                let sequence = self.segments.back().expect("pushed above").sequence;
                self.writer = Some(OpenOptions::new().append(true).open(self.segment_path(sequence))?);
            }
            let room = (self.segment_max - self.segments.back().expect("pushed above").size) as usize;
            let take = if data.len() <= room {
                data.len()
            } else {
                match data[..room].iter().rposition(|&b| b == b'\n') {
                    Some(end) => end + 1,
                    None => data.iter().position(|&b| b == b'\n').map_or(data.len(), |end| end + 1),
                }
            };
            self.writer.as_mut().expect("opened above").write_all(&data[..take])?;
            let newest = self.segments.back_mut().expect("pushed above");
            newest.size += take as u64;
            newest.records += super::store::count_lines(&data[..take]);
            data = &data[take..];
            self.enforce_cap();
        }
        Ok(())
    }

    fn enforce_cap(&mut self) {
        let mut total: u64 = self.segments.iter().map(|s| s.size).sum();
        while total > self.spool_max && self.segments.len() > 1 {
            let oldest = self.segments.pop_front().expect("more than one");
            total -= oldest.size;
            self.drop_unread(oldest.records, oldest.size);
            self.read_offset = 0;
            self.read_records = 0;
            let _ = std::fs::remove_file(self.segment_path(oldest.sequence));
        }
    }

    /// Refills `out` with whole lines from the oldest segment, or else
    /// from `memory`. Returns false when nothing waits.
    fn refill(&mut self) -> bool {
        self.out.clear();
        self.out_pos = 0;
        self.resent_end = 0;
        self.out_is_marker = false;
        while let Some(oldest) = self.segments.front() {
            let sequence = oldest.sequence;
            let size = oldest.size;
            let newest = self.segments.len() == 1;
            if self.queue_gap_marker() {
                return true;
            }
            if self.read_offset >= size {
                // Fully sent: a finished segment goes; the newest one goes
                // too, and the next record starts a new one.
                let _ = std::fs::remove_file(self.segment_path(sequence));
                self.segments.pop_front();
                self.read_offset = 0;
                self.read_records = 0;
                if newest {
                    self.writer = None;
                }
                continue;
            }
            match self.read_segment(sequence, size) {
                Ok(true) => {
                    self.out_from_memory = false;
                    return true;
                }
                Ok(false) => {
                    // A last line without its newline cannot be sent whole.
                    self.drop_unread(self.read_records + 1, size);
                    self.read_offset = size;
                }
                Err(err) => {
                    self.note_error(format!("failed to read spool segment {sequence}: {err}; dropping it"));
                    let records = self.segments.front().map_or(0, |segment| segment.records);
                    self.drop_unread(records, size);
                    self.read_offset = size;
                }
            }
        }
        if self.queue_gap_marker() {
            return true;
        }
        if !self.memory.is_empty() {
            std::mem::swap(&mut self.out, &mut self.memory);
            self.out_from_memory = true;
            return true;
        }
        false
    }

    /// Counts as dropped what is unread of the oldest segment, which has
    /// `records` records in `size` bytes.
    fn drop_unread(&mut self, records: u64, size: u64) {
        let unread = records.saturating_sub(self.read_records);
        self.dropped_records += unread;
        self.dropped_bytes += size.saturating_sub(self.read_offset);
        self.gap_records += unread;
    }

    /// Puts a line `{"time":TIME,"dropped":N}` in `out` when N records were
    /// dropped since the last such line, so the gap is marked where it
    /// occurs. Returns whether a marker was queued.
    fn queue_gap_marker(&mut self) -> bool {
        if self.gap_records == 0 {
            return false;
        }
        push_gap_marker(&mut self.out, self.gap_records);
        self.gap_records = 0;
        self.out_is_marker = true;
        // The marker exists only here, so an exit spools it.
        self.out_from_memory = true;
        true
    }

    fn read_segment(&mut self, sequence: u64, size: u64) -> io::Result<bool> {
        let mut file = File::open(self.segment_path(sequence))?;
        file.seek(SeekFrom::Start(self.read_offset))?;
        let want = ((size - self.read_offset) as usize).min(REFILL);
        self.out.resize(want, 0);
        file.read_exact(&mut self.out)?;
        let Some(end) = self.out.iter().rposition(|&b| b == b'\n') else {
            self.out.clear();
            return Ok(false);
        };
        self.out.truncate(end + 1);
        self.read_offset += self.out.len() as u64;
        self.read_records += super::store::count_lines(&self.out);
        Ok(true)
    }

    /// Writes to the socket until it would block or nothing waits.
    /// Returns false when the connection failed.
    fn send(&mut self) -> bool {
        let Some(conn) = self.conn.take() else { return true };
        let result = self.send_on(&conn);
        self.conn = Some(conn);
        result
    }

    fn send_on(&mut self, conn: &Stream) -> bool {
        // The collector may have read on since the last write.
        self.trim_unread(conn);
        loop {
            if self.out_pos >= self.out.len() && !self.refill() {
                return true;
            }
            match (&*conn).write(&self.out[self.out_pos..]) {
                Ok(n) => {
                    let written = &self.out[self.out_pos..self.out_pos + n];
                    let resent = self.resent_end.saturating_sub(self.out_pos).min(n);
                    self.resent_records += super::store::count_lines(&written[..resent]);
                    if !self.out_is_marker {
                        self.sent_records += super::store::count_lines(&written[resent..]);
                    }
                    self.unread.extend_from_slice(written);
                    self.out_pos += n;
                    self.trim_unread(conn);
                }
                Err(err) if err.kind() == io::ErrorKind::WouldBlock => return true,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(err) => {
                    self.note_error(format!("failed to write to log sink {}: {err}", self.addr));
                    return false;
                }
            }
        }
    }

    /// Keeps of `unread` only what the collector has not read yet, as
    /// whole lines: the socket's `SIOCOUTQ` counts those bytes (on a Unix
    /// socket with the kernel's overhead, so it errs toward keeping more).
    fn trim_unread(&mut self, conn: &Stream) {
        let mut queued: libc::c_int = 0;
        // SAFETY: SIOCOUTQ writes one int through the pointer, which
        // points to `queued`.
        let known = unsafe { libc::ioctl(conn.as_raw_fd(), libc::TIOCOUTQ, &mut queued) } == 0;
        // NOTE: a kernel send queue larger than UNREAD_MAX (`tcp_wmem` or
        // `wmem_default` raised above 4 MiB) contains unread lines beyond the
        // window, and those are not sent again after a lost connection.
        let keep = if known { (queued.max(0) as usize).min(UNREAD_MAX) } else { UNREAD_MAX };
        self.trim_unread_to(keep);
    }

    /// Drops whole lines from the front of `unread` until at most `keep`
    /// bytes remain, except that the line containing the first of the last
    /// `keep` bytes stays whole.
    fn trim_unread_to(&mut self, keep: usize) {
        if self.unread.len() <= keep {
            return;
        }
        if keep == 0 && self.unread.last() == Some(&b'\n') {
            // All read: give the pages of a large burst back.
            self.unread = Vec::new();
            return;
        }
        // Drop only whole lines, so what is kept starts at a line.
        let excess = self.unread.len() - keep;
        if let Some(end) = self.unread[..excess].iter().rposition(|&b| b == b'\n') {
            self.unread.drain(..=end);
        }
    }

    /// Drops the connection. The line it was writing and the lines the
    /// collector had not read are sent again, whole, after a reconnect.
    fn disconnect(&mut self, registry: &mio::Registry) {
        if let Some(mut conn) = self.conn.take() {
            let _ = registry.deregister(&mut conn);
            log::warn!("lost the log sink {}; records wait in the spool", self.addr);
        }
        let line_start = self.out[..self.out_pos].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        self.out_pos = line_start;
        // The end of `unread` repeats the part of the cut line that went
        // out, so `out` sends that line again from its start.
        let whole = self.unread.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        self.unread.truncate(whole);
        if !self.unread.is_empty() {
            // Every line of `unread` was counted when first written, and so
            // was the part of `out` before `resent_end` that is still unsent.
            let resent_left = self.resent_end.saturating_sub(self.out_pos);
            let mut again = std::mem::take(&mut self.unread);
            self.resent_end = again.len() + resent_left;
            again.extend_from_slice(&self.out[self.out_pos..]);
            self.out = again;
            self.out_pos = 0;
            // Replayed lines may no longer be on disk, so an exit spools them.
            self.out_from_memory = true;
        }
    }

    /// Puts lines taken from memory but not sent in front of the spool,
    /// followed by the marker of records dropped since the last marker, so
    /// the next run sends them first. When `out` came from memory the spool
    /// was empty then, so every segment now on disk is newer.
    fn spool_unsent(&mut self) -> io::Result<()> {
        let mut unsent = Vec::new();
        if self.out_from_memory {
            unsent.extend_from_slice(&self.out[self.out_pos.min(self.out.len())..]);
        }
        // Records dropped while no sink was connected are marked in the
        // next run too.
        if self.gap_records > 0 {
            push_gap_marker(&mut unsent, self.gap_records);
        }
        if unsent.is_empty() {
            return Ok(());
        }
        std::fs::create_dir_all(&self.dir)?;
        let sequence = self.segments.front().map_or(FIRST_SEQUENCE, |s| s.sequence - 1);
        let mut file = File::create(self.segment_path(sequence))?;
        file.write_all(&unsent)?;
        self.gap_records = 0;
        let records = super::store::count_lines(&unsent);
        self.segments.push_front(Segment { sequence, size: unsent.len() as u64, records });
        if self.segments.len() == 1 {
            self.writer = None;
        }
        self.out.clear();
        self.out_pos = 0;
        self.resent_end = 0;
        Ok(())
    }

    fn note_error(&mut self, message: String) {
        if self.last_error.as_deref() != Some(message.as_str()) {
            log::warn!("{message}");
        }
        self.last_error = Some(message);
    }

    pub fn status_view(&self) -> StatusView {
        StatusView {
            addr: self.addr.to_string(),
            connected: self.conn.is_some() && self.connect_deadline.is_none(),
            connecting: self.connect_deadline.is_some(),
            spool_bytes: self.segments.iter().map(|s| s.size).sum::<u64>().saturating_sub(self.read_offset),
            spool_segments: self.segments.len() as u64,
            spool_max_bytes: self.spool_max,
            sent_records: self.sent_records,
            resent_records: self.resent_records,
            dropped_records: self.dropped_records,
            dropped_bytes: self.dropped_bytes,
            connects: self.connects,
            last_error: self.last_error.clone(),
        }
    }
}

/// Appends the line `{"time":TIME,"dropped":N}` that marks where `records`
/// records were dropped.
fn push_gap_marker(out: &mut Vec<u8>, records: u64) {
    out.extend_from_slice(b"{\"time\":\"");
    out.extend_from_slice(&frame::timestamp_now());
    out.extend_from_slice(format!("\",\"dropped\":{records}}}\n").as_bytes());
}

/// The sink as `GET /v1/logs/status` shows it.
#[derive(Serialize)]
pub struct StatusView {
    pub addr: String,
    pub connected: bool,
    pub connecting: bool,
    pub spool_bytes: u64,
    pub spool_segments: u64,
    pub spool_max_bytes: u64,
    pub sent_records: u64,
    pub resent_records: u64,
    pub dropped_records: u64,
    pub dropped_bytes: u64,
    pub connects: u64,
    pub last_error: Option<String>,
}

pub fn start(d: &mut Daemon) -> Result<(), StartError> {
    let Some(sink) = d.logs.sink.as_mut() else { return Ok(()) };
    let dir = sink.dir.clone();
    step(sink.load_spool(), || format!("failed to open the log sink spool {}", dir.display()))?;
    connect(d);
    Ok(())
}

/// Starts a non-blocking connect to the sink address. Returns the socket
/// and whether the connect is still in progress, to be completed when the
/// socket reports writable.
fn open(addr: &Addr) -> io::Result<(OwnedFd, bool)> {
    use rustix::net::{AddressFamily, SocketFlags, SocketType};
    let flags = SocketFlags::NONBLOCK | SocketFlags::CLOEXEC;
    match addr {
        Addr::Unix(path) => {
            let socket = rustix::net::socket_with(AddressFamily::UNIX, SocketType::STREAM, flags, None)?;
            let target = rustix::net::SocketAddrUnix::new(path.as_path())?;
            // A Unix connect either completes at once or fails. EAGAIN
            // means the listener's backlog is full.
            rustix::net::connect(&socket, &target).map(|()| (socket, false)).map_err(|err| match err {
                rustix::io::Errno::AGAIN => io::Error::new(io::ErrorKind::WouldBlock, "the listener's backlog is full"),
                err => err.into(),
            })
        }
        Addr::Tcp(socket_addr) => {
            let family = if socket_addr.is_ipv6() { AddressFamily::INET6 } else { AddressFamily::INET };
            let socket = rustix::net::socket_with(family, SocketType::STREAM, flags, None)?;
            match rustix::net::connect(&socket, socket_addr) {
                Ok(()) => Ok((socket, false)),
                Err(rustix::io::Errno::INPROGRESS) => Ok((socket, true)),
                Err(err) => Err(err.into()),
            }
        }
        Addr::Vsock { cid, port } => crate::sys::vsock::connect_nonblocking(*cid, *port),
        Addr::HybridVsock { .. } => {
            Err(io::Error::new(io::ErrorKind::InvalidInput, "hvsock: addresses are for clients on a VM's host"))
        }
    }
}

fn connect(d: &mut Daemon) {
    let Some(sink) = d.logs.sink.as_mut() else { return };
    sink.retry_at = None;
    let (fd, in_progress) = match open(&sink.addr) {
        Ok(started) => started,
        Err(err) => {
            let message = format!("failed to connect to log sink {}: {err}", sink.addr);
            sink.note_error(message);
            schedule_retry(d);
            return;
        }
    };
    let mut stream = Stream::from_fd(fd);
    let interest = Interest::READABLE | Interest::WRITABLE;
    if let Err(err) = d.registry.register(&mut stream, super::sink_token(), interest) {
        sink.note_error(format!("failed to register the log sink connection: {err}"));
        schedule_retry(d);
        return;
    }
    sink.conn = Some(stream);
    if in_progress {
        // The socket reports writable once the handshake ends either way.
        // A peer that never responds is given up on at the deadline.
        let deadline = Instant::now() + CONNECT_TIMEOUT;
        sink.connect_deadline = Some(deadline);
        d.timers.add(deadline, crate::daemon::timer::TimerKey { kind: Kind::Log, id: TIMER_ID });
        return;
    }
    connected(d);
}

/// Starts sending on a connection whose connect completed.
fn connected(d: &mut Daemon) {
    let Some(sink) = d.logs.sink.as_mut() else { return };
    sink.connect_deadline = None;
    sink.connects += 1;
    sink.backoff = RECONNECT_MIN;
    sink.last_error = None;
    log::info!("connected to log sink {}", sink.addr);
    flush(d);
}

/// Drops a connection whose connect failed or timed out, and schedules
/// the next attempt.
fn connect_failed(d: &mut Daemon, err: &dyn std::fmt::Display) {
    let Some(sink) = d.logs.sink.as_mut() else { return };
    if let Some(mut conn) = sink.conn.take() {
        let _ = d.registry.deregister(&mut conn);
    }
    sink.connect_deadline = None;
    sink.note_error(format!("failed to connect to log sink {}: {err}", sink.addr));
    schedule_retry(d);
}

/// Completes a pending connect after the socket reported readiness:
/// `SO_ERROR` is 0 once connected and names the error when it failed.
fn finish_connect(d: &mut Daemon) {
    let Some(sink) = d.logs.sink.as_mut() else { return };
    let Some(conn) = sink.conn.as_ref() else { return };
    match rustix::net::sockopt::socket_error(conn) {
        Ok(Ok(())) => {}
        Ok(Err(rustix::io::Errno::INPROGRESS | rustix::io::Errno::AGAIN)) => return,
        Ok(Err(err)) | Err(err) => return connect_failed(d, &io::Error::from(err)),
    }
    // SO_ERROR is also 0 while the handshake still runs, so a writable
    // socket is checked for a peer before it counts as connected.
    if rustix::net::getpeername(conn).is_err() {
        return;
    }
    connected(d);
}

fn schedule_retry(d: &mut Daemon) {
    let Some(sink) = d.logs.sink.as_mut() else { return };
    if sink.retry_at.is_some() {
        return;
    }
    let at = Instant::now() + sink.backoff;
    sink.retry_at = Some(at);
    sink.backoff = (sink.backoff * 2).min(RECONNECT_MAX);
    d.timers.add(at, crate::daemon::timer::TimerKey { kind: Kind::Log, id: TIMER_ID });
}

pub fn on_timer(d: &mut Daemon) {
    let Some(sink) = d.logs.sink.as_mut() else { return };
    if let Some(deadline) = sink.connect_deadline {
        if Instant::now() >= deadline {
            let timeout = CONNECT_TIMEOUT.as_secs();
            connect_failed(d, &format_args!("the handshake did not complete within {timeout} s"));
        }
        return;
    }
    let Some(at) = sink.retry_at else { return };
    if Instant::now() < at || sink.conn.is_some() {
        return;
    }
    sink.retry_at = None;
    // With nothing waiting there is no reason to wake again; the next
    // record reconnects.
    if sink.pending() {
        connect(d);
    }
}

pub fn on_event(d: &mut Daemon, event: &mio::event::Event) {
    // The event that completes a connect may also report that the peer
    // closed the connection already. Being edge-triggered, it does not
    // come again, so a completed connect goes on to the reads below.
    if d.logs.sink.as_ref().is_some_and(|sink| sink.connect_deadline.is_some()) {
        finish_connect(d);
    }
    let Some(sink) = d.logs.sink.as_mut() else { return };
    if sink.connect_deadline.is_some() {
        return;
    }
    let Some(conn) = sink.conn.as_ref() else { return };
    if event.is_readable() || event.is_read_closed() || event.is_error() {
        let mut buffer = [0u8; 4096];
        let closed = loop {
            match (&*conn).read(&mut buffer) {
                Ok(0) => break true,
                // Collectors send nothing back on this stream, so input is discarded.
                Ok(_) => continue,
                Err(err) if err.kind() == io::ErrorKind::WouldBlock => break false,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(_) => break true,
            }
        };
        if closed {
            sink.disconnect(&d.registry);
            sink.spool_memory();
            schedule_retry(d);
            return;
        }
    }
    flush(d);
}

/// Sends what the sink takes at once and keeps the rest on disk for the
/// next run; called before the daemon exits.
pub fn finish(d: &mut Daemon) {
    flush(d);
    let Some(sink) = d.logs.sink.as_mut() else { return };
    if let Err(err) = sink.spool_unsent() {
        let lost = super::store::count_lines(&sink.out[sink.out_pos..]);
        log::error!("failed to keep {lost} unsent log records for the sink in {}: {err}", sink.dir.display());
    }
}

/// Sends what it can and spools the rest; called after records arrive.
pub fn flush(d: &mut Daemon) {
    let Some(sink) = d.logs.sink.as_mut() else { return };
    if sink.conn.is_some() && sink.connect_deadline.is_none() && !sink.send() {
        sink.disconnect(&d.registry);
    }
    // Records the socket did not take at once wait on disk, behind those
    // already there.
    sink.spool_memory();
    if sink.conn.is_none() && sink.retry_at.is_none() && sink.pending() {
        if sink.connects == 0 && sink.last_error.is_none() {
            connect(d);
        } else {
            schedule_retry(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::net::UnixStream;

    fn test_sink() -> Sink {
        Sink::new(Addr::Unix(PathBuf::from("/nonexistent/sink.sock")), &Config::default())
    }

    fn connect_pair(sink: &mut Sink) -> UnixStream {
        let (ours, collector) = UnixStream::pair().unwrap();
        ours.set_nonblocking(true).unwrap();
        sink.conn = Some(Stream::from_fd(ours.into()));
        collector
    }

    fn push_numbers(sink: &mut Sink, range: std::ops::RangeInclusive<u32>) {
        let data: String = range.map(|n| format!("{n}\n")).collect();
        sink.push("svc", &frame::Chunk { timestamp: b"T", stream: frame::Stream::Stdout, data: data.as_bytes() });
    }

    /// Reads what `collector` has until the sender side is gone.
    fn read_lines(mut collector: UnixStream) -> Vec<String> {
        let mut data = Vec::new();
        collector.read_to_end(&mut data).unwrap();
        String::from_utf8(data).unwrap().lines().map(|line| line.to_string()).collect()
    }

    #[test]
    fn trim_keeps_straddling_line_whole() {
        let mut sink = test_sink();
        sink.unread = b"one\ntwo\nthree\nfour\n".to_vec();
        // The last 7 bytes begin inside "three".
        sink.trim_unread_to(7);
        assert_eq!(sink.unread, b"three\nfour\n", "{:?}", String::from_utf8_lossy(&sink.unread));
    }

    #[test]
    fn trim_keeps_line_longer_than_window() {
        let mut sink = test_sink();
        let mut long = vec![b'x'; UNREAD_MAX + 10];
        long.push(b'\n');
        sink.unread = b"short\n".to_vec();
        sink.unread.extend_from_slice(&long);
        sink.trim_unread_to(UNREAD_MAX);
        assert_eq!(sink.unread.len(), long.len(), "the long unread line was not kept whole");
        assert!(sink.unread == long);
    }

    #[test]
    fn replayed_records_counted_once() {
        let mut sink = test_sink();
        let poll = mio::Poll::new().unwrap();
        let first = connect_pair(&mut sink);
        push_numbers(&mut sink, 1..=100);
        assert!(sink.send());
        assert_eq!(sink.sent_records, 100);
        // The collector goes away without reading: all 100 come again.
        drop(first);
        sink.disconnect(poll.registry());
        push_numbers(&mut sink, 101..=150);
        let second = connect_pair(&mut sink);
        assert!(sink.send());
        assert!(!sink.pending(), "records left unsent");
        sink.conn = None;
        let lines = read_lines(second);
        let numbers: Vec<String> = lines.iter().map(|line| line.rsplit('"').nth(1).unwrap().to_string()).collect();
        let expected: Vec<String> = (1..=150).map(|n| n.to_string()).collect();
        assert_eq!(numbers, expected);
        assert_eq!(sink.sent_records, 150, "records counted more than once");
        assert_eq!(sink.resent_records, 100);
    }
}
