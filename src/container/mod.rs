//! The inner container: namespaces, overlayfs root, cgroup, capabilities
//! and seccomp, and the processes that run in it.

use miniserde::Serialize;

use crate::config::Config;
use crate::daemon::{Daemon, StartError};
use crate::sys::ExitStatus;

pub struct Container {}

impl Container {
    pub fn new(_config: &Config) -> Container {
        Container {}
    }
}

/// The container as `GET /v1/status` shows it.
#[derive(Serialize)]
pub struct StatusView {
    pub state: &'static str,
}

pub fn status_view(_d: &Daemon) -> StatusView {
    StatusView { state: "stopped" }
}

pub fn start(_d: &mut Daemon) -> Result<(), StartError> {
    Ok(())
}

pub fn is_stopped(_d: &Daemon) -> bool {
    true
}

pub fn shutdown(_d: &mut Daemon) {}

pub fn on_event(_d: &mut Daemon, _index: usize, _event: &mio::event::Event) {}

pub fn on_timer(_d: &mut Daemon, _id: u64) {}

pub fn on_child_exit(_d: &mut Daemon, _id: u64, _pid: libc::pid_t, _status: ExitStatus) {}
