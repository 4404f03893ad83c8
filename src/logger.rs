//! The daemon's own logger: one line per record on standard error, with a
//! UTC timestamp, level and module. In `guestd serve` each line is also
//! queued for the log pipeline, which files it as the output of service
//! `guestd` (see [`crate::logs`]).
//!
//! The logger never calls into the pipeline: it appends to a bounded queue
//! under a mutex held only for the append, and wakes the event loop when
//! the queue was empty. The loop drains the queue, so logging from inside
//! the pipeline (or from any thread) can neither deadlock nor recurse.

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use mio::Waker;

/// Maximum bytes of queued lines; lines past it are dropped and counted.
const QUEUE_MAX: usize = 1024 * 1024;

struct Logger;

/// Lines waiting for the log pipeline.
struct Queue {
    enabled: bool,
    lines: Vec<u8>,
    dropped: u64,
    waker: Option<Arc<Waker>>,
}

static QUEUE: Mutex<Queue> = Mutex::new(Queue { enabled: false, lines: Vec::new(), dropped: 0, waker: None });

static LOGGER: Logger = Logger;

impl log::Log for Logger {
    fn enabled(&self, metadata: &log::Metadata) -> bool {
        metadata.level() <= log::max_level()
    }

    fn log(&self, record: &log::Record) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let line = format!("{} {:<5} {}: {}\n", timestamp(), record.level(), record.target(), record.args());
        let _ = std::io::stderr().write_all(line.as_bytes());
        enqueue(line.as_bytes());
    }

    fn flush(&self) {}
}

/// Installs the logger at `level`. Safe to call more than once.
pub fn init(level: log::LevelFilter) {
    let _ = log::set_logger(&LOGGER);
    log::set_max_level(level);
}

fn enqueue(line: &[u8]) {
    let waker = {
        let Ok(mut queue) = QUEUE.lock() else { return };
        if !queue.enabled {
            return;
        }
        if queue.lines.len() + line.len() > QUEUE_MAX {
            queue.dropped += 1;
            return;
        }
        let was_empty = queue.lines.is_empty();
        queue.lines.extend_from_slice(line);
        if !was_empty {
            return;
        }
        queue.waker.clone()
    };
    if let Some(waker) = waker {
        // A failed wake leaves the lines queued for the next loop turn.
        let _ = waker.wake();
    }
}

/// Starts queueing lines for the log pipeline (only `guestd serve` does).
pub fn enable_queue() {
    if let Ok(mut queue) = QUEUE.lock() {
        queue.enabled = true;
    }
}

/// Sets the waker the logger uses once lines are queued, and wakes it if
/// lines are already waiting.
pub fn set_waker(waker: Arc<Waker>) {
    let pending = {
        let Ok(mut queue) = QUEUE.lock() else { return };
        queue.waker = Some(Arc::clone(&waker));
        !queue.lines.is_empty()
    };
    if pending {
        let _ = waker.wake();
    }
}

/// Takes the queued lines into `out` (emptied first) and returns how many
/// lines were dropped because the queue was full since the last call.
pub fn take_queued(out: &mut Vec<u8>) -> u64 {
    out.clear();
    let Ok(mut queue) = QUEUE.lock() else { return 0 };
    std::mem::swap(out, &mut queue.lines);
    std::mem::take(&mut queue.dropped)
}

/// Current time as RFC 3339 UTC with milliseconds.
pub fn timestamp() -> String {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    format_rfc3339(now.as_secs(), now.subsec_millis())
}

/// Formats seconds since the epoch as `YYYY-MM-DDTHH:MM:SS.mmmZ`.
pub fn format_rfc3339(secs: u64, millis: u32) -> String {
    let days = secs / 86_400;
    let rem = secs % 86_400;
    let (year, month, day) = civil_from_days(days as i64);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{millis:03}Z", rem / 3600, rem / 60 % 60, rem % 60)
}

/// Formats seconds since the epoch as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn format_rfc3339_seconds(secs: u64) -> String {
    let text = format_rfc3339(secs, 0);
    format!("{}Z", &text[..19])
}

/// Formats seconds since the epoch as `YYYY-MM-DDTHH:MM:SS.uuuuuuZ`.
pub fn format_rfc3339_micros(secs: u64, micros: u32) -> String {
    let text = format_rfc3339(secs, 0);
    format!("{}{micros:06}Z", &text[..20])
}

/// Converts days since 1970-01-01 to a proleptic Gregorian date
/// (Howard Hinnant's `civil_from_days` algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Logs a panic before the process aborts (release builds abort on
/// panic). As PID 1 the machine is then powered off in order, because an
/// init that dies panics the kernel.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let thread = std::thread::current();
        let name = thread.name().unwrap_or("unnamed");
        if log::max_level() == log::LevelFilter::Off {
            eprintln!("guestd: thread {name} panicked: {info}");
        } else {
            log::error!("thread {name} panicked: {info}");
        }
        if crate::pid1::is_init() {
            crate::pid1::finish(crate::daemon::ExitAction::PowerOff);
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_known_dates() {
        assert_eq!(format_rfc3339(0, 0), "1970-01-01T00:00:00.000Z");
        assert_eq!(format_rfc3339(951_782_400, 5), "2000-02-29T00:00:00.005Z");
        assert_eq!(format_rfc3339(1_796_342_400, 0), "2026-12-04T00:00:00.000Z");
        assert_eq!(format_rfc3339_micros(1_796_342_400, 42), "2026-12-04T00:00:00.000042Z");
        assert_eq!(format_rfc3339_seconds(1_796_422_200), "2026-12-04T22:10:00Z");
        assert_eq!(format_rfc3339_seconds(4_107_542_399), "2100-02-28T23:59:59Z");
    }
}
