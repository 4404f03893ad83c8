//! Checkpoint and restore of the container's writable layer to object storage.

use crate::config::Config;
use crate::daemon::{Daemon, StartError};
use crate::sys::ExitStatus;

#[derive(Default)]
pub struct Storage {}

impl Storage {
    pub fn new(_config: &Config) -> Self {
        Self::default()
    }
}

pub fn start(_d: &mut Daemon) -> Result<(), StartError> {
    Ok(())
}


pub fn on_event(_d: &mut Daemon, _index: usize, _event: &mio::event::Event) {}

pub fn on_timer(_d: &mut Daemon, _id: u64) {}

pub fn on_child_exit(_d: &mut Daemon, _id: u64, _pid: libc::pid_t, _status: ExitStatus) {}

/// Called after the container has (re)started.
pub fn container_started(_d: &mut Daemon) {}

/// Called before the container's processes are killed.
pub fn container_stopping(_d: &mut Daemon) {}
