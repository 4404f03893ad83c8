//! Deferred replies: a request whose response waits for a state change
//! (a service stopped, a session exited) or a deadline. Each waiter keeps
//! the connection, taken over from the server, and a check that the loop
//! runs every [`CHECK_INTERVAL`] until the check returns a response or the
//! deadline passes. Timers run only while a waiter exists, so an idle
//! daemon has none.
//!
//! Finished responses, and the file operations of the Sprites API, are
//! written from the thread pool by [`respond`], which waits for a slow
//! client without stalling the loop and then hands a keep-alive connection
//! back to the HTTP server.

use std::io::{self, Write};
use std::time::{Duration, Instant};

use super::{Response, Stream, Upgraded};
use crate::daemon::slab::{Key, Slab};
use crate::daemon::token::Kind;
use crate::daemon::Daemon;

/// Time between two runs of a waiter's check.
pub const CHECK_INTERVAL: Duration = Duration::from_millis(100);
/// Maximum number of requests waiting at once; more get 503.
pub const MAX_WAITERS: usize = 256;
/// Time the pool thread waits for a client to accept more response bytes.
const SEND_TIMEOUT: Duration = Duration::from_secs(30);

/// A waiter's check. It gets the daemon and whether the deadline has
/// passed, and returns the response once there is one; past the deadline
/// it must return one.
pub type Check = Box<dyn FnMut(&mut Daemon, bool) -> Option<Response>>;

struct Waiter {
    upgraded: Upgraded,
    check: Check,
    deadline: Instant,
}

#[derive(Default)]
pub struct Deferred {
    waiters: Slab<Waiter>,
}

/// Holds `upgraded` until `check` returns a response or `deadline` passes.
/// The check runs first at once.
pub fn wait(d: &mut Daemon, upgraded: Upgraded, deadline: Instant, mut check: Check) {
    if let Some(response) = check(d, Instant::now() >= deadline) {
        respond(d, upgraded, response);
        return;
    }
    if d.deferred.waiters.len() >= MAX_WAITERS {
        let response =
            Response::error(503, format!("{MAX_WAITERS} requests are already waiting for a result; retry later"));
        respond(d, upgraded, response);
        return;
    }
    let key = d.deferred.waiters.insert(Waiter { upgraded, check, deadline });
    arm(d, key);
}

fn arm(d: &mut Daemon, key: Key) {
    d.timers.after(CHECK_INTERVAL, Kind::Deferred, key.to_u64());
}

/// Runs the check of waiter `id`, then responds or waits again.
pub fn on_timer(d: &mut Daemon, id: u64) {
    let key = Key::from_u64(id);
    if !d.deferred.waiters.contains_key(key) {
        return;
    }
    let Some(mut waiter) = d.deferred.waiters.remove(key.index) else { return };
    let expired = Instant::now() >= waiter.deadline;
    match (waiter.check)(d, expired) {
        Some(response) => respond(d, waiter.upgraded, response),
        None if expired => {
            let response = Response::error(500, "deferred request reached its deadline without a result");
            respond(d, waiter.upgraded, response);
        }
        None => {
            let key = d.deferred.waiters.insert(waiter);
            arm(d, key);
        }
    }
}

/// Closes every waiting connection; the daemon is shutting down.
pub fn shutdown(d: &mut Daemon) {
    let indexes: Vec<usize> = d.deferred.waiters.iter().map(|(index, _)| index).collect();
    for index in indexes {
        d.deferred.waiters.remove(index);
    }
}

/// Sends `response` on a taken-over connection from the thread pool, then
/// returns the connection to the HTTP server unless the client asked to
/// close it.
pub fn respond(d: &mut Daemon, upgraded: Upgraded, response: Response) {
    respond_with(d, upgraded, move || response);
}

/// Like [`respond`], but builds the response on the pool thread first, for
/// blocking work such as file I/O.
pub fn respond_with<F>(d: &mut Daemon, upgraded: Upgraded, build: F)
where
    F: FnOnce() -> Response + Send + 'static,
{
    d.pool.spawn(move || {
        let response = build();
        let keep_alive = !upgraded.request.close;
        let sent = send_all(&upgraded.stream, &response.encode(keep_alive));
        if let Err(err) = &sent {
            log::debug!("failed to send a deferred response: {err}");
        }
        Box::new(move |d: &mut Daemon| {
            if sent.is_ok() && keep_alive {
                let Upgraded { stream, request, leftover } = upgraded;
                super::add_connection(d, stream, request.origin, leftover);
            }
        })
    });
}

/// Writes all of `data` to a non-blocking stream, waiting up to
/// [`SEND_TIMEOUT`] each time the socket buffer is full.
fn send_all(stream: &Stream, mut data: &[u8]) -> io::Result<()> {
    use rustix::event::{poll, PollFd, PollFlags, Timespec};

    let timeout = Timespec { tv_sec: SEND_TIMEOUT.as_secs() as i64, tv_nsec: 0 };
    while !data.is_empty() {
        match (&*stream).write(data) {
            Ok(n) => data = &data[n..],
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) if err.kind() == io::ErrorKind::WouldBlock => {
                let mut fds = [PollFd::new(stream, PollFlags::OUT)];
                if poll(&mut fds, Some(&timeout))? == 0 {
                    return Err(io::Error::new(io::ErrorKind::TimedOut, "client stopped reading"));
                }
            }
            Err(err) => return Err(err),
        }
    }
    Ok(())
}
