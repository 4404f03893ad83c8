//! Relays the client's own interrupt and termination signals to the
//! command it runs. While `guestd exec` runs a command, SIGINT, SIGTERM,
//! SIGHUP and SIGQUIT sent to the client go to the command's process group
//! with `DELETE /v1/exec/{id}?signal=NAME`. The client keeps relaying the
//! output and exits with the command's exit code. This applies only while
//! the local terminal is not in raw mode, because in raw mode Ctrl-C and
//! Ctrl-\ are bytes for the session's own terminal.
//!
//! A second signal after one was relayed ends the client as that signal
//! would have without the relay, which is the way out when the command
//! ignores the first one. The session then fares as one whose client went
//! away: the daemon kills a non-TTY command `--exec-kill-delay` seconds
//! later, and keeps a TTY session running for `guestd attach`.

use std::io::{self, Read};
use std::sync::{Arc, OnceLock};

use super::{percent_encode, request};
use crate::addr::Addr;

/// The signals relayed, with the names `DELETE /v1/exec/{id}` takes.
const RELAYED: [(libc::c_int, &str); 4] =
    [(libc::SIGINT, "INT"), (libc::SIGTERM, "TERM"), (libc::SIGHUP, "HUP"), (libc::SIGQUIT, "QUIT")];

/// The session's id, set once the daemon has named it.
pub type SessionId = Arc<OnceLock<String>>;

/// Catches the relayed signals from now on and relays them to session
/// `id` from a thread of their own. With `tty`, the session keeps running
/// when the client leaves, and the client prints how to reattach or end it.
pub fn start(addr: &Addr, id: SessionId, tty: bool) {
    let signals = RELAYED.map(|(signal, _)| signal);
    let notices = match crate::sys::pty::signal_notices(&signals) {
        Ok(fd) => std::fs::File::from(fd),
        Err(err) => {
            eprintln!("guestd: signals will not reach the command: failed to catch them: {err}");
            return;
        }
    };
    let addr = addr.clone();
    std::thread::spawn(move || relay(notices, &addr, &id, tty));
}

/// Relays the first signal read from `notices` and leaves on the next.
fn relay(mut notices: std::fs::File, addr: &Addr, id: &SessionId, tty: bool) {
    let mut relayed = false;
    let mut byte = [0u8; 1];
    loop {
        match notices.read(&mut byte) {
            Ok(1) => {}
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            _ => return,
        }
        let signal = libc::c_int::from(byte[0]);
        match id.get() {
            Some(id) if !relayed => match send(addr, id, signal) {
                Ok(()) => relayed = true,
                Err(err) => {
                    eprintln!("guestd: failed to pass the signal to session {id}: {err}");
                    leave(signal, Some(id), tty);
                }
            },
            id => leave(signal, id.map(String::as_str), tty),
        }
    }
}

/// Sends `signal` to session `id`. A session that is already gone is no
/// error: its exit is on its way to the client.
fn send(addr: &Addr, id: &str, signal: libc::c_int) -> Result<(), String> {
    let name = RELAYED.iter().find(|(number, _)| *number == signal).map_or("KILL", |(_, name)| name);
    let path = format!("/v1/exec/{}?signal={name}", percent_encode(id));
    let response = request(addr, "DELETE", &path, None).map_err(|err| err.to_string())?;
    match response.status {
        204 | 404 => Ok(()),
        status => Err(format!("the daemon returned {status}: {}", response.error_message())),
    }
}

/// Ends the client as `signal` would have ended it without the relay, after
/// naming the TTY session that it leaves running.
fn leave(signal: libc::c_int, id: Option<&str>, tty: bool) -> ! {
    if let (true, Some(id)) = (tty, id) {
        eprintln!(
            "\nguestd: left session {id} running; guestd attach {id} reattaches to it, \
             guestd sessions kill {id} ends it"
        );
    }
    let _ = signal_hook::low_level::emulate_default_handler(signal);
    std::process::exit(128 + signal);
}
