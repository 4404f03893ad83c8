//! What a new user meets first: TTY sessions that see their terminal, piped
//! input into a TTY session, and a second daemon pointed at a socket or a
//! state directory that is in use.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Daemon, TempDir, GUESTD};

#[test]
fn tty_session_names_its_terminal() {
    common::require_root();
    let daemon = Daemon::start("tryout-tty", &[]);
    let output = daemon.client(&[
        "exec",
        "-t",
        "--",
        "sh",
        "-c",
        "tty; test -e \"$(tty)\" && echo found",
    ]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(stdout.starts_with("/dev/pts/"), "{stdout}");
    assert!(stdout.contains("found"), "{stdout}");
}
