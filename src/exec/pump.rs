//! Moving bytes for an exec session: client input to the process's stdin,
//! the process's output to the client (and the scrollback), and the exit
//! once all output is read. Reads stop at the buffer limits, and every
//! other read goes on until `WouldBlock`, as edge-triggered readiness
//! requires.

use mio::Registry;

use super::client::{Client, Input, Lost, STREAM_STDERR, STREAM_STDOUT};
use super::process::deregister;
use super::{detach, settle, Session, OUTPUT_HIGH, READ_CHUNK, SCROLLBACK, STDIN_HIGH};
use crate::daemon::slab::Key;
use crate::daemon::Daemon;
use crate::sys;

/// Moves data between the process and the client until nothing more can
/// move without waiting, then settles the session's state.
pub(super) fn drive(d: &mut Daemon, key: Key) {
    let mut scratch = std::mem::take(&mut d.exec.scratch);
    scratch.resize(READ_CHUNK, 0);
    let mut lost = false;
    if let Some(session) = d.exec.sessions.get_key_mut(key) {
        loop {
            let mut progress = false;
            match read_client(session, &mut scratch) {
                Ok(moved) => progress |= moved,
                Err(Lost) => {
                    lost = true;
                    break;
                }
            }
            progress |= write_stdin(session, &d.registry);
            progress |= read_outputs(session, &d.registry, &mut scratch);
            progress |= deliver_exit(session);
            match session.client.as_mut().map(Client::flush) {
                Some(Ok(moved)) => progress |= moved,
                Some(Err(Lost)) => {
                    read_last_input(session, &mut scratch);
                    lost = true;
                    break;
                }
                None => {}
            }
            if !progress {
                break;
            }
        }
    }
    d.exec.scratch = scratch;
    if lost {
        // With the client gone, the loop runs again to keep draining the
        // process's output, which is then discarded or kept as scrollback.
        detach(d, key);
        drive(d, key);
        return;
    }
    settle(d, key);
}

/// Reads the input that a departing client left in its socket. A client
/// can send input and close at once, so a write to it may fail before its
/// readable event is handled. That input still goes to the process.
fn read_last_input(session: &mut Session, scratch: &mut [u8]) {
    if let Some(client) = session.client.as_mut() {
        client.read_ready = true;
    }
    let _ = read_client(session, scratch);
}

/// Reads the client while stdin has room; applies resizes at once.
fn read_client(session: &mut Session, scratch: &mut [u8]) -> Result<bool, Lost> {
    let Some(client) = session.client.as_mut() else {
        return Ok(false);
    };
    // NOTE: while stdin is full the client is not read, so a client that
    // leaves then is noticed only once the command reads its stdin.
    if session.stdin_buffer.len() >= STDIN_HIGH {
        return Ok(false);
    }
    let mut inputs = Vec::new();
    let result = client.read(scratch, &mut inputs);
    for input in inputs {
        match input {
            Input::Stdin(data) if !session.stdin_eof => session.stdin_buffer.extend_from_slice(&data),
            Input::Stdin(_) => {}
            Input::StdinEof => session.stdin_eof = true,
            Input::Resize(rows, cols) => {
                if let (true, Some(master)) = (session.tty, &session.stdout) {
                    if let Err(err) = sys::pty::set_window_size(&master.fd, rows, cols) {
                        log::debug!("failed to resize exec session {}: {err}", session.id);
                    }
                }
            }
        }
    }
    // Input that a non-TTY session has no stdin for is dropped.
    if !session.tty && session.stdin.is_none() {
        session.stdin_buffer.clear();
    }
    result
}

/// Writes buffered stdin to the pipe or PTY, and ends it once the client
/// ended stdin: a pipe is closed, a PTY gets its VEOF character.
fn write_stdin(session: &mut Session, registry: &Registry) -> bool {
    let mut progress = false;
    if session.tty {
        queue_tty_eof(session);
    }
    let target = if session.tty { session.stdout.as_ref() } else { session.stdin.as_ref() };
    let Some(target) = target else {
        session.stdin_buffer.clear();
        return false;
    };
    let mut written = 0;
    let mut broken = false;
    while session.stdin_ready && written < session.stdin_buffer.len() {
        match rustix::io::write(&target.fd, &session.stdin_buffer[written..]) {
            Ok(n) => {
                written += n;
                progress = true;
                session.stdin_line_open = session.stdin_buffer[written - 1] != b'\n';
            }
            Err(rustix::io::Errno::AGAIN) => session.stdin_ready = false,
            Err(rustix::io::Errno::INTR) => {}
            Err(err) => {
                // EPIPE: the process closed its stdin; EIO: the PTY is gone.
                log::debug!("exec session {} stdin write failed: {err}", session.id);
                broken = true;
                break;
            }
        }
    }
    session.stdin_buffer.drain(..written);
    if broken {
        session.stdin_buffer.clear();
    }
    let finished = broken || (session.stdin_eof && session.stdin_buffer.is_empty());
    if finished && !session.tty && session.stdin.is_some() {
        deregister(registry, session.stdin.take());
        progress = true;
    }
    progress
}

/// Queues the end of a TTY session's stdin after its last byte: the
/// terminal's VEOF, twice when the last line is unfinished in canonical
/// mode, because the first VEOF only hands that line to the reader.
/// Closing the master instead would hang up the terminal and kill the
/// session with SIGHUP.
fn queue_tty_eof(session: &mut Session) {
    if !session.stdin_eof || session.stdin_eof_queued || !session.stdin_buffer.is_empty() {
        return;
    }
    let Some(master) = &session.stdout else {
        return;
    };
    session.stdin_eof_queued = true;
    match sys::pty::eof_mode(&master.fd) {
        Ok((canonical, Some(eof))) => {
            let count = if canonical && session.stdin_line_open { 2 } else { 1 };
            session.stdin_buffer = vec![eof; count];
            session.eof_sent_canonical = Some(canonical);
            session.eof_sends = 1;
        }
        Ok((_, None)) => {
            log::debug!("exec session {} terminal has no EOF character; its stdin has no end to send", session.id)
        }
        Err(err) => log::debug!("failed to read the terminal attributes of exec session {}: {err}", session.id),
    }
}

/// Sends VEOF again when the process writes output after its input ended
/// and its terminal left or entered canonical mode since the last VEOF. A
/// VEOF that waits in canonical mode reaches a program that then switches
/// to raw mode (a shell's line editor) as a NUL byte, so without this a
/// login shell would wait for input forever. At most `MAX_EOF_SENDS`.
fn resend_tty_eof(session: &mut Session) {
    if !session.stdin_eof_queued
        || !session.stdin_buffer.is_empty()
        || session.exit.is_some()
        || session.eof_sends >= MAX_EOF_SENDS
    {
        return;
    }
    let (Some(last), Some(master)) = (session.eof_sent_canonical, &session.stdout) else {
        return;
    };
    if let Ok((canonical, Some(eof))) = sys::pty::eof_mode(&master.fd) {
        if canonical != last {
            session.stdin_buffer.push(eof);
            session.eof_sent_canonical = Some(canonical);
            session.eof_sends += 1;
        }
    }
}

/// Most VEOF characters sent to one TTY session after its input ended.
const MAX_EOF_SENDS: u8 = 4;

/// Reads the process's output into the client's queue (and the
/// scrollback) until the pipes are empty or the client's queue is full.
fn read_outputs(session: &mut Session, registry: &Registry, scratch: &mut [u8]) -> bool {
    let mut progress = false;
    for stream in [STREAM_STDOUT, STREAM_STDERR] {
        loop {
            if session.client.as_ref().is_some_and(|c| c.pending() >= OUTPUT_HIGH) {
                break;
            }
            let exited = session.exit.is_some();
            let tty = session.tty;
            let slot = if stream == STREAM_STDOUT { &mut session.stdout } else { &mut session.stderr };
            let Some(source) = slot.as_mut().filter(|s| s.ready) else {
                break;
            };
            let result = rustix::io::read(&source.fd, &mut *scratch);
            let done = match result {
                Ok(0) => true,
                Ok(n) => {
                    progress = true;
                    deliver_output(session, stream, n, scratch);
                    if tty {
                        resend_tty_eof(session);
                    }
                    continue;
                }
                Err(rustix::io::Errno::AGAIN) => {
                    source.ready = false;
                    // A pipe that is empty after the process exited contains
                    // nothing more from it. A PTY may still be moving the
                    // last output to the master, so it waits for EIO.
                    exited && !tty
                }
                Err(rustix::io::Errno::INTR) => continue,
                // EIO: every slave descriptor of the PTY is closed. The
                // process may still run (a command that closes its streams
                // before it exits), and closing the master would hang up
                // its terminal and kill it with SIGHUP. So the master stays
                // open, unread, until the exit makes it ready again.
                Err(rustix::io::Errno::IO) if tty && !exited => {
                    source.ready = false;
                    false
                }
                Err(err) => {
                    if err != rustix::io::Errno::IO {
                        log::debug!("exec session {} output read failed: {err}", session.id);
                    }
                    true
                }
            };
            if done {
                let slot = if stream == STREAM_STDOUT { &mut session.stdout } else { &mut session.stderr };
                deregister(registry, slot.take());
                progress = true;
            }
            break;
        }
    }
    progress
}

fn deliver_output(session: &mut Session, stream: u8, len: usize, scratch: &[u8]) {
    let data = &scratch[..len];
    if session.tty {
        session.scrollback.extend(data);
        let excess = session.scrollback.len().saturating_sub(SCROLLBACK);
        session.scrollback.drain(..excess);
    }
    if let Some(client) = &mut session.client {
        client.push_output(stream, data);
    }
}

/// Queues the exit for the client once the process exited and its output
/// is all read. Returns whether it queued anything.
fn deliver_exit(session: &mut Session) -> bool {
    let Some(status) = session.exit else {
        return false;
    };
    if session.exit_delivered || !session.outputs_done() {
        return false;
    }
    let Some(client) = &mut session.client else {
        return false;
    };
    // A process that exited on its own just before the kill keeps its
    // own status and gets no cause.
    let cause = session.kill_cause.filter(|_| matches!(status, sys::ExitStatus::Signal(_)));
    client.push_exit(status, cause);
    session.exit_delivered = true;
    true
}
