//! Helpers of the service and log tests: a daemon wrapper that stops its
//! services on drop, waiting on service states, and reading log files.

use std::ops::{Deref, DerefMut};
use std::path::Path;
use std::time::{Duration, Instant};

use super::{json_field, Daemon};

/// A daemon that, on drop, first shuts down gracefully so it stops every
/// service process it started (the harness then SIGKILLs what is left).
pub struct Managed(pub Daemon);

impl Managed {
    pub fn start(label: &str, extra: &[&str]) -> Managed {
        super::require_root();
        Managed(Daemon::start(label, extra))
    }

    /// Sends SIGTERM and waits up to 20 s for the daemon to exit.
    pub fn shutdown(&mut self) {
        let Some(mut child) = self.0.child.take() else { return };
        // SAFETY: kill takes plain integers; the PID is our own unreaped child.
        unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if let Ok(Some(_)) = child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        self.0.child = Some(child);
    }

    /// Shuts the daemon down and starts it again on the same state.
    pub fn restart(&mut self) {
        self.shutdown();
        assert!(self.0.child.is_none(), "daemon did not exit on SIGTERM; log:\n{}", self.0.log());
        self.0.spawn();
    }

    /// PUT a service; returns status and body.
    pub fn put(&self, name: &str, body: &str) -> (u16, String) {
        self.request("PUT", &format!("/v1/services/{name}"), Some(body))
    }

    /// PUT a service and assert that it was accepted.
    pub fn define(&self, name: &str, body: &str) -> String {
        let (status, reply) = self.put(name, body);
        assert!(status == 200 || status == 201, "PUT {name} answered {status}: {reply}");
        reply
    }

    pub fn service(&self, name: &str) -> String {
        let (status, body) = self.request("GET", &format!("/v1/services/{name}"), None);
        assert_eq!(status, 200, "GET {name}: {body}");
        body
    }

    /// Waits until `name` reports `status`, returning its JSON.
    pub fn wait_status(&self, name: &str, status: &str, limit: Duration) -> String {
        self.wait_until(name, limit, |body| state_status(body) == status)
            .unwrap_or_else(|last| panic!("{name} not {status} within {limit:?}; last: {last}"))
    }

    /// Waits until `check` holds for the JSON of `name`; `Err` contains the
    /// last JSON seen.
    pub fn wait_until(&self, name: &str, limit: Duration, check: impl Fn(&str) -> bool) -> Result<String, String> {
        let start = Instant::now();
        let mut last = String::new();
        while start.elapsed() < limit {
            last = self.service(name);
            if check(&last) {
                return Ok(last);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Err(last)
    }

    /// Waits until every service output pipe is closed and read.
    pub fn wait_pipes_closed(&self, limit: Duration) {
        let start = Instant::now();
        loop {
            let (_, body) = self.request("GET", "/v1/logs/status", None);
            if json_field(&body, "open_pipes").as_deref() == Some("0") {
                return;
            }
            assert!(start.elapsed() < limit, "pipes still open after {limit:?}: {body}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Deref for Managed {
    type Target = Daemon;
    fn deref(&self) -> &Daemon {
        &self.0
    }
}

impl DerefMut for Managed {
    fn deref_mut(&mut self) -> &mut Daemon {
        &mut self.0
    }
}

impl Drop for Managed {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// Returns the `state.status` of a service's JSON.
pub fn state_status(body: &str) -> String {
    json_field(body, "status").unwrap_or_default()
}

/// Reads the records of a service's log files, oldest first: `(stream,
/// partial, line bytes)` from NAME.log.K .. NAME.log.1, NAME.log. Header
/// and timestamp lines are skipped.
pub fn read_records(dir: &Path, name: &str) -> Vec<(String, bool, Vec<u8>)> {
    let mut files = Vec::new();
    for index in (1..=1000).rev() {
        let path = dir.join(format!("{name}.log.{index}"));
        if path.exists() {
            files.push(path);
        }
    }
    files.push(dir.join(format!("{name}.log")));
    let mut records = Vec::new();
    for path in files {
        let data = std::fs::read(&path).unwrap_or_default();
        guestd::logs::frame::for_each_record(&data, |_, record| {
            records.push((record.stream.name().to_string(), record.partial, record.line.to_vec()));
        });
    }
    records
}

/// Returns the services whose start the daemon's log records, in order.
pub fn start_order(log: &str) -> Vec<String> {
    log.lines()
        .filter_map(|line| line.split("guestd::services: service ").nth(1))
        .filter(|rest| rest.contains(" started (pid "))
        .map(|rest| rest.split(' ').next().unwrap_or_default().to_string())
        .collect()
}
