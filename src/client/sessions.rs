//! `guestd sessions`: lists the daemon's exec sessions, the TTY sessions
//! that `guestd attach` can reattach among them, and signals one.

use miniserde::{json, Deserialize};

use super::request;
use crate::addr::Addr;
use crate::logger::format_rfc3339_seconds;

/// Usage of `guestd sessions`, also its `--help`.
pub const SESSIONS_USAGE: &str = "\
Usage: guestd sessions [--json]
       guestd sessions kill ID [--signal NAME]

Lists the exec sessions of the container: running commands, and TTY
sessions that have exited but whose output no client has collected yet.
A TTY session (guestd console, guestd exec -t) keeps running when its
client goes away; guestd attach ID reattaches to it. CLIENT is attached
while a client is connected. --json prints the daemon's response as it is.

kill sends signal NAME (INT, TERM, HUP, KILL, QUIT, USR1, USR2, CONT,
STOP, WINCH, or a number; default KILL) to the process group of session
ID. An exited session that no client is attached to is removed.
";

/// Usage of `guestd attach`, also its `--help`.
pub const ATTACH_USAGE: &str = "\
Usage: guestd attach ID

Reattaches to TTY session ID (guestd sessions lists them): prints the last
64 KiB of its output, then relays this terminal's input and output as
guestd console does, and exits with the session's exit code. A session
that exited while detached prints its output and exit, and is then gone.
Typing Ctrl-P Ctrl-Q detaches again and exits 0, leaving the session
running; so does closing the client (closing the terminal, or killing
guestd attach). A Ctrl-P not followed by Ctrl-Q reaches the session with
the next key. The keys work when stdin is a terminal; piped input is
sent as it is. Exits 255 when the session does not exist, has no TTY or
already has a client.
";

#[derive(Deserialize)]
struct Session {
    id: String,
    cmd: Vec<String>,
    tty: bool,
    pid: i32,
    started_at: u64,
    attached: bool,
    exited: bool,
    exit_code: Option<i32>,
}

#[derive(Deserialize)]
struct SessionList {
    sessions: Vec<Session>,
}

/// Runs `guestd sessions [--json]` and `guestd sessions kill`.
pub fn sessions(addr: &Addr, args: &[String]) -> Result<i32, String> {
    if args.first().is_some_and(|arg| arg == "kill") {
        return kill(addr, &args[1..]);
    }
    let raw = match args {
        [] => false,
        [flag] if flag == "--json" => true,
        [other, ..] => return Err(format!("unexpected argument {other:?}; see guestd sessions --help")),
    };
    let response = request(addr, "GET", "/v1/exec", None).map_err(|err| err.to_string())?;
    if response.status != 200 {
        return Err(format!("sessions failed ({}): {}", response.status, response.error_message()));
    }
    let text = String::from_utf8_lossy(&response.body);
    if raw {
        println!("{}", text.trim_end());
        return Ok(0);
    }
    let list: SessionList = json::from_str(&text).map_err(|_| "invalid session list from the daemon".to_string())?;
    println!("{:<6} {:>8} {:<4} {:<10} {:<9} {:<20} COMMAND", "ID", "PID", "TTY", "STATE", "CLIENT", "STARTED (UTC)");
    for session in list.sessions {
        let state = match (session.exited, session.exit_code) {
            (true, Some(code)) => format!("exited {code}"),
            (true, None) => "exited".to_string(),
            (false, _) => "running".to_string(),
        };
        println!(
            "{:<6} {:>8} {:<4} {:<10} {:<9} {:<20} {}",
            session.id,
            session.pid,
            if session.tty { "yes" } else { "no" },
            state,
            if session.attached { "attached" } else { "detached" },
            format_rfc3339_seconds(session.started_at),
            super::shell_join(&session.cmd)
        );
    }
    Ok(0)
}

/// Runs `guestd sessions kill ID [--signal NAME]`.
fn kill(addr: &Addr, args: &[String]) -> Result<i32, String> {
    let (id, signal) = match args {
        [id] => (id, None),
        [id, flag, name] | [flag, name, id] if flag == "--signal" || flag == "-s" => (id, Some(name)),
        _ => return Err("usage: guestd sessions kill ID [--signal NAME] (see guestd sessions --help)".into()),
    };
    if id.is_empty() || id.starts_with('-') {
        return Err(format!("invalid session ID {id:?}; guestd sessions lists the IDs"));
    }
    let mut path = format!("/v1/exec/{}", super::percent_encode(id));
    if let Some(name) = signal {
        path.push_str(&format!("?signal={}", super::percent_encode(name)));
    }
    let response = request(addr, "DELETE", &path, None).map_err(|err| err.to_string())?;
    if response.status != 204 {
        return Err(format!("sessions kill failed ({}): {}", response.status, response.error_message()));
    }
    Ok(0)
}
