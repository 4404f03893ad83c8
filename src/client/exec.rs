//! `guestd exec`, `guestd console` and `guestd attach`: run a command in
//! the container (or reattach to a TTY session) and relay its output, and
//! its input on request, exiting with its exit code (128 plus the signal
//! number when a signal ended it).
//!
//! A command without `-i` or `-t` streams over `POST /v1/exec`, whose
//! chunked body carries the output frames. With `-i` or `-t` the client
//! opens a WebSocket on `GET /v1/exec`, because only that carries the
//! client's stdin while the command runs. With `-t` and a local terminal,
//! the terminal is put in raw mode and restored on exit, and window size
//! changes (SIGWINCH) are sent as resize messages. `attach` uses the
//! same WebSocket framing on `GET /v1/exec/{id}`.
//!
//! While `exec` runs without raw mode, the client's interrupt and
//! termination signals go to the command (see [`super::relay`]).

use std::io::{self, BufRead, BufReader, Read, Write};
use std::os::fd::AsFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use miniserde::{json, Deserialize, Serialize};

use super::detach::{DetachScanner, DETACH_KEYS};
use super::relay::{self, SessionId};
use super::{connect, read_chunk, read_head, write_request, Connection};
use crate::addr::Addr;
use crate::http::websocket::{self, Decoded, Decoder, Message, Opcode};

/// Exit code when the daemon could not be reached or broke off the stream,
/// as ssh uses for its own failures.
const EXIT_CLIENT_FAILURE: i32 = 255;
/// Exit code when local output is closed: 128 plus SIGPIPE, as shells
/// report a process that SIGPIPE ended.
const EXIT_BROKEN_PIPE: i32 = 128 + libc::SIGPIPE;
/// Exit code for a command that does not exist, as shells use.
const EXIT_NOT_FOUND: i32 = 127;
/// Exit code for a command that may not be run, as shells use.
const EXIT_NOT_EXECUTABLE: i32 = 126;
/// Largest message accepted from the daemon.
const MAX_MESSAGE: usize = 16 * 1024 * 1024;
/// Command of `guestd console` when none is given: bash if the image has it.
const CONSOLE_SHELL: &str = "if command -v bash >/dev/null 2>&1; then exec bash -l; else exec sh -l; fi";

#[derive(Debug, Default)]
struct Options {
    interactive: bool,
    tty: bool,
    env: Vec<String>,
    dir: Option<String>,
    user: Option<String>,
    argv: Vec<String>,
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut options = Options::default();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        // A flag directly before `--` lacks its value: `--` starts the command.
        let mut value = |flag: &str| match iter.next() {
            Some(next) if next != "--" => Ok(next.clone()),
            _ => Err(format!("{flag} needs a value; see guestd exec --help")),
        };
        match arg.as_str() {
            "--" => break,
            "-i" | "--interactive" => options.interactive = true,
            "-t" | "--tty" => options.tty = true,
            "-it" | "-ti" => {
                options.interactive = true;
                options.tty = true;
            }
            "-e" | "--env" => options.env.push(value(arg)?),
            "-w" | "--workdir" => options.dir = Some(value(arg)?),
            "-u" | "--user" => options.user = Some(value(arg)?),
            other if other.starts_with('-') => {
                return Err(format!("unknown exec option {other:?}; see guestd exec --help"))
            }
            _ => {
                options.argv.push(arg.clone());
                break;
            }
        }
    }
    options.argv.extend(iter.cloned());
    for pair in &options.env {
        if pair.split_once('=').is_none_or(|(key, _)| key.is_empty()) {
            return Err(format!("invalid -e {pair:?}; expected KEY=VALUE"));
        }
    }
    Ok(options)
}

/// `guestd exec`.
pub fn exec(addr: &Addr, args: &[String]) -> Result<i32, String> {
    let options = parse_options(args)?;
    if options.argv.is_empty() {
        return Err("missing command; usage: guestd exec [OPTIONS] [--] CMD [ARGS...] (see guestd exec --help)".into());
    }
    if options.argv[0].is_empty() {
        return Err("the command name is empty; pass a program name or path as CMD".into());
    }
    if options.interactive || options.tty {
        run_websocket(addr, options)
    } else {
        run_streamed(addr, &options)
    }
}

/// `guestd console`.
pub fn console(addr: &Addr, args: &[String]) -> Result<i32, String> {
    let mut options = parse_options(args)?;
    if options.argv.is_empty() {
        options.argv = vec!["/bin/sh".into(), "-c".into(), CONSOLE_SHELL.into()];
    }
    options.interactive = true;
    options.tty = true;
    run_websocket(addr, options)
}

#[derive(Serialize)]
struct Body<'a> {
    cmd: &'a [String],
    env: &'a [String],
    dir: Option<&'a str>,
    user: Option<&'a str>,
}

#[derive(Deserialize)]
struct ExitInfo {
    exit_code: i32,
    signal: Option<i32>,
    /// The daemon's reason for killing the command. Older daemons never
    /// send it.
    reason: Option<String>,
}

/// Prints why the daemon killed the command, when its exit message gives a
/// reason.
fn report_kill(exit_code: i32, signal: Option<i32>, reason: Option<&str>) {
    if let Some(reason) = reason {
        let signal = signal.map_or(String::new(), |signal| format!(", signal {signal}"));
        eprintln!("guestd: the command was killed (exit {exit_code}{signal}) because {reason}");
    }
}

fn failure(context: &str, err: io::Error) -> String {
    format!("{context}: {err}")
}

/// Reports an error response to `command` (`exec` or `attach`) and picks
/// the exit code for it: a command that is missing or may not be run
/// exits as a shell would, any other failure with 255.
fn rejected(command: &str, status: u16, body: &[u8]) -> i32 {
    let response = super::ClientResponse { status, headers: Vec::new(), body: body.to_vec() };
    eprintln!("guestd: {command} failed ({status}): {}", response.error_message());
    match status {
        404 if command == "exec" => EXIT_NOT_FOUND,
        403 if command == "exec" => EXIT_NOT_EXECUTABLE,
        _ => EXIT_CLIENT_FAILURE,
    }
}

fn read_error_body(reader: &mut impl BufRead, headers: &[(String, String)]) -> Vec<u8> {
    let len = headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0u8; len.min(1024 * 1024)];
    let _ = reader.read_exact(&mut body);
    body
}

/// Runs a command over `POST /v1/exec` and relays its output frames.
fn run_streamed(addr: &Addr, options: &Options) -> Result<i32, String> {
    let body = json::to_string(&Body {
        cmd: &options.argv,
        env: &options.env,
        dir: options.dir.as_deref(),
        user: options.user.as_deref(),
    });
    let mut conn = connect(addr).map_err(|err| err.to_string())?;
    let sent = write_request(&mut conn, "POST", "/v1/exec", Some(&body), &[("Connection", "close")]);
    let mut reader = BufReader::new(conn);
    if let Err(err) = sent {
        let response =
            super::read_rejection(&mut reader, err).map_err(|err| failure("failed to send the exec request", err))?;
        return Ok(rejected("exec", response.status, &response.body));
    }
    let (status, headers) = read_head(&mut reader).map_err(|err| failure("failed to read the response", err))?;
    if status != 200 {
        return Ok(rejected("exec", status, &read_error_body(&mut reader, &headers)));
    }
    // Daemons that predate the session header get no signals relayed.
    let session = headers.iter().find(|(name, _)| name.eq_ignore_ascii_case(crate::exec::SESSION_HEADER));
    if let Some((_, id)) = session {
        relay::start(addr, Arc::new(OnceLock::from(id.clone())), false);
    }
    match relay_frames(&mut reader, &mut io::stdout().lock(), &mut io::stderr().lock())? {
        Some(code) => Ok(code),
        None => {
            eprintln!("guestd: the exec stream ended without an exit status");
            Ok(EXIT_CLIENT_FAILURE)
        }
    }
}

/// Largest frame payload the client accepts. The daemon's frames carry
/// one read of a process's output (64 KiB at most). Without a bound, a
/// peer could make the client buffer up to 4 GiB for one announced frame.
pub const MAX_FRAME: usize = 1 << 20;

/// Relays the frames of a chunked exec response to `stdout` and `stderr`
/// and returns the exit code from the exit frame, that of SIGPIPE when a
/// local stream is closed, or `None` when the response ends without an
/// exit frame.
pub fn relay_frames(
    reader: &mut impl BufRead,
    stdout: &mut impl Write,
    stderr: &mut impl Write,
) -> Result<Option<i32>, String> {
    let mut pending = Vec::new();
    loop {
        let chunk = read_chunk(reader).map_err(|err| failure("exec stream broke off", err))?;
        let Some(chunk) = chunk else { break };
        pending.extend_from_slice(&chunk);

        let mut used = 0;
        while pending.len() - used >= 5 {
            let frame = &pending[used..];
            let len = u32::from_be_bytes([frame[1], frame[2], frame[3], frame[4]]) as usize;
            if len > MAX_FRAME {
                return Err(format!("invalid exec frame of {len} bytes from the daemon; the limit is {MAX_FRAME}"));
            }
            if frame.len() < 5 + len {
                break;
            }
            let payload = &frame[5..5 + len];
            let written = match frame[0] {
                1 => write_out(stdout, payload),
                2 => write_out(stderr, payload),
                3 => {
                    let info: ExitInfo = json::from_str(&String::from_utf8_lossy(payload))
                        .map_err(|_| "invalid exit frame from the daemon".to_string())?;
                    report_kill(info.exit_code, info.signal, info.reason.as_deref());
                    return Ok(Some(info.exit_code));
                }
                _ => Ok(()),
            };
            if let Err(code) = written {
                return Ok(Some(code));
            }
            used += 5 + len;
        }
        pending.drain(..used);
    }
    Ok(None)
}

/// Writes command output locally. A closed local stdout or stderr (for
/// example `| head`) ends the client with the exit code of SIGPIPE, as it
/// would end the command itself. Closing the connection then ends the
/// remote command.
fn write_out(out: &mut impl Write, data: &[u8]) -> Result<(), i32> {
    out.write_all(data).and_then(|()| out.flush()).map_err(|_| EXIT_BROKEN_PIPE)
}

/// Percent-encodes a query value (RFC 3986 unreserved characters stay).
fn encode(value: &str) -> String {
    let mut out = String::new();
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Writes masked frames to the daemon; shared by the threads that send.
struct Sender {
    conn: Connection,
    seed: u64,
}

impl Sender {
    fn send(&mut self, opcode: Opcode, payload: &[u8]) -> io::Result<()> {
        // xorshift64: masking keys only need to be unpredictable to
        // intermediaries, not secret (RFC 6455 section 10.3).
        self.seed ^= self.seed << 13;
        self.seed ^= self.seed >> 7;
        self.seed ^= self.seed << 17;
        let key = (self.seed as u32).to_be_bytes();
        self.conn.write_all(&websocket::encode_masked(opcode, payload, key))
    }
}

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    if let Ok(mut file) = std::fs::File::open("/dev/urandom") {
        let _ = file.read_exact(&mut bytes);
    }
    bytes
}

/// Runs a command over a WebSocket, relaying stdin when interactive.
fn run_websocket(addr: &Addr, options: Options) -> Result<i32, String> {
    let stdin = io::stdin();
    let local_tty = options.tty && crate::sys::pty::is_terminal(stdin.as_fd());
    let (rows, cols) = crate::sys::pty::window_size(io::stdout().as_fd()).unwrap_or((24, 80));
    let mut query: Vec<String> = options.argv.iter().map(|arg| format!("cmd={}", encode(arg))).collect();
    let mut env = options.env.clone();
    if let (true, Ok(term)) = (options.tty, std::env::var("TERM")) {
        if !env.iter().any(|pair| pair.starts_with("TERM=")) {
            env.push(format!("TERM={term}"));
        }
    }
    query.extend(env.iter().map(|pair| format!("env={}", encode(pair))));
    if let Some(dir) = &options.dir {
        query.push(format!("dir={}", encode(dir)));
    }
    if let Some(user) = &options.user {
        query.push(format!("user={}", encode(user)));
    }
    if options.tty {
        query.push(format!("tty=true&rows={rows}&cols={cols}"));
    }
    if options.interactive {
        query.push("stdin=true".into());
    }
    let path = format!("/v1/exec?{}", query.join("&"));
    let (conn, mut reader) = match open_websocket(addr, &path, "exec")? {
        Opened::Session(conn, reader) => (conn, reader),
        Opened::Rejected(code) => return Ok(code),
    };
    relay_session(conn, &mut reader, &options, local_tty, Some(addr))
}

/// Runs `guestd attach ID`, which reattaches this terminal to TTY session `ID`.
pub fn attach(addr: &Addr, args: &[String]) -> Result<i32, String> {
    let id = super::one_operand("attach", "session ID (guestd sessions lists them)", args)?;
    let stdin = io::stdin();
    let local_tty = crate::sys::pty::is_terminal(stdin.as_fd());
    let path = format!("/v1/exec/{}", super::percent_encode(id));
    let (conn, mut reader) = match open_websocket(addr, &path, "attach")? {
        Opened::Session(conn, reader) => (conn, reader),
        Opened::Rejected(code) => return Ok(code),
    };
    if local_tty {
        eprintln!("guestd: attached to session {id}; detach with {DETACH_KEYS}");
    }
    let options = Options { interactive: true, tty: true, ..Options::default() };
    // Signals end `attach` and so detach it, as closing the client does.
    relay_session(conn, &mut reader, &options, local_tty, None)
}

/// A WebSocket session that the daemon accepted, or the exit code after
/// reporting its rejection.
enum Opened {
    Session(Connection, BufReader<Connection>),
    Rejected(i32),
}

/// Sends the WebSocket upgrade request for `path` and checks the
/// handshake. `command` names the client command in error messages.
fn open_websocket(addr: &Addr, path: &str, command: &str) -> Result<Opened, String> {
    let mut conn = connect(addr).map_err(|err| err.to_string())?;
    let key = websocket::base64_encode(&random_bytes::<16>());
    let headers = [
        ("Upgrade", "websocket"),
        ("Connection", "Upgrade"),
        ("Sec-WebSocket-Version", "13"),
        ("Sec-WebSocket-Key", key.as_str()),
    ];
    write_request(&mut conn, "GET", path, None, &headers)
        .map_err(|err| failure(&format!("failed to send the {command} request"), err))?;
    let reader_conn = conn.try_clone().map_err(|err| failure("failed to clone the connection", err))?;
    let mut reader = BufReader::new(reader_conn);
    let (status, headers) = read_head(&mut reader).map_err(|err| failure("failed to read the response", err))?;
    if status != 101 {
        let body = read_error_body(&mut reader, &headers);
        return Ok(Opened::Rejected(rejected(command, status, &body)));
    }
    let accept = headers.iter().find(|(name, _)| name.eq_ignore_ascii_case("sec-websocket-accept"));
    if accept.map(|(_, value)| value.as_str()) != Some(websocket::accept_key(&key).as_str()) {
        return Err("the daemon's WebSocket handshake has a wrong Sec-WebSocket-Accept".into());
    }
    Ok(Opened::Session(conn, reader))
}

/// Relays an open session: local stdin to it when interactive, window
/// size changes when stdin is a local terminal, and its output here until
/// it ends or the user types the detach keys on a local terminal. A new
/// session (`started` gives the daemon's address) also gets the client's
/// signals when the terminal is not in raw mode. A reattached one gets the
/// local window size at once: its terminal keeps the size of the client
/// that started it until this one sends its own.
fn relay_session(
    conn: Connection,
    reader: &mut BufReader<Connection>,
    options: &Options,
    local_tty: bool,
    started: Option<&Addr>,
) -> Result<i32, String> {
    let stdin = io::stdin();
    let seed = u64::from_ne_bytes(random_bytes::<8>()) | 1;
    let sender = Arc::new(Mutex::new(Sender { conn, seed }));
    let raw_mode = if local_tty && options.interactive {
        Some(crate::sys::pty::RawMode::enable(stdin.as_fd()).map_err(|err| failure("failed to set raw mode", err))?)
    } else {
        None
    };
    if started.is_none() && local_tty {
        send_window_size(&sender);
    }
    let mut exit = Exit::default();
    if let (Some(addr), None) = (started, &raw_mode) {
        relay::start(addr, Arc::clone(&exit.session_id), options.tty);
    }
    let detached = Arc::new(AtomicBool::new(false));
    if options.interactive {
        let detach = (local_tty && options.tty).then(|| Arc::clone(&detached));
        spawn_stdin_relay(Arc::clone(&sender), options.tty, local_tty, detach);
    }
    if local_tty {
        spawn_resize_relay(Arc::clone(&sender));
    }
    let result = relay_output(reader, &sender, options.tty, &mut exit, &detached);
    // The terminal leaves raw mode first, so each newline of the report
    // also returns the cursor to the start of the line.
    drop(raw_mode);
    if exit.code.is_none() && detached.load(Ordering::SeqCst) {
        let id = exit.session_id.get().map_or("ID", String::as_str);
        eprintln!("\nguestd: detached from session {id}; reattach with guestd attach {id}");
        return Ok(0);
    }
    if let Some(code) = exit.code {
        report_kill(code, exit.signal, exit.reason.as_deref());
    }
    result
}

/// Copies local stdin to the session until end of file. `local_tty` means
/// that stdin is a terminal, whose user types ^D to end the input. With
/// `detach`, the detach keys set it and close the connection.
fn spawn_stdin_relay(sender: Arc<Mutex<Sender>>, tty: bool, local_tty: bool, detach: Option<Arc<AtomicBool>>) {
    std::thread::spawn(move || {
        let mut buffer = vec![0u8; 32 * 1024];
        let mut scanner = DetachScanner::default();
        let mut scanned = Vec::new();
        let mut input = io::stdin().lock();
        loop {
            let n = match input.read(&mut buffer) {
                Ok(n) => n,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(_) => 0,
            };
            let mut sender = sender.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            if n == 0 {
                // A local terminal has no end of input other than the bytes
                // the user types (^D). Other input ends with the end-of-stdin
                // message, which a TTY session turns into the terminal's EOF.
                if !tty {
                    let _ = sender.send(Opcode::Binary, &[4]);
                } else if !local_tty {
                    let _ = sender.send(Opcode::Text, br#"{"type":"eof"}"#);
                }
                return;
            }
            let mut data = &buffer[..n];
            if let Some(detached) = &detach {
                scanned.clear();
                let done = scanner.scan(data, &mut scanned);
                if done {
                    if !scanned.is_empty() {
                        let _ = sender.send(Opcode::Binary, &scanned);
                    }
                    detached.store(true, Ordering::SeqCst);
                    // The daemon keeps a TTY session whose client goes away.
                    let _ = sender.send(Opcode::Close, &websocket::CLOSE_NORMAL.to_be_bytes());
                    let _ = sender.conn.shutdown_both();
                    return;
                }
                data = &scanned;
            }
            if data.is_empty() {
                continue;
            }
            let result = if tty {
                sender.send(Opcode::Binary, data)
            } else {
                let mut message = Vec::with_capacity(data.len() + 1);
                message.push(0);
                message.extend_from_slice(data);
                sender.send(Opcode::Binary, &message)
            };
            if result.is_err() {
                return;
            }
        }
    });
}

/// Sends the local window size after each SIGWINCH.
fn spawn_resize_relay(sender: Arc<Mutex<Sender>>) {
    let Ok(changes) = crate::sys::pty::window_changes() else {
        return;
    };
    std::thread::spawn(move || {
        let mut changes = std::fs::File::from(changes);
        let mut byte = [0u8; 64];
        while matches!(changes.read(&mut byte), Ok(n) if n > 0) {
            if !send_window_size(&sender) {
                return;
            }
        }
    });
}

/// Sends the local window size as a resize message. Returns false when
/// the connection is gone.
fn send_window_size(sender: &Mutex<Sender>) -> bool {
    let Some((rows, cols)) = crate::sys::pty::window_size(io::stdout().as_fd()) else {
        return true;
    };
    let message = format!("{{\"type\":\"resize\",\"rows\":{rows},\"cols\":{cols}}}");
    let mut sender = sender.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    sender.send(Opcode::Text, message.as_bytes()).is_ok()
}

#[derive(Deserialize)]
struct Control {
    #[serde(rename = "type")]
    kind: String,
    session_id: Option<String>,
    exit_code: Option<i32>,
    signal: Option<i32>,
    reason: Option<String>,
}

/// The session's id from its `session_info` message, and the exit code,
/// signal and kill reason from its exit message.
#[derive(Default)]
struct Exit {
    session_id: SessionId,
    code: Option<i32>,
    signal: Option<i32>,
    reason: Option<String>,
}

/// Relays the session's messages to local stdout and stderr until it
/// closes, and returns the command's exit code, or 0 when the connection
/// ended because the user `detached`.
fn relay_output(
    reader: &mut impl Read,
    sender: &Mutex<Sender>,
    tty: bool,
    exit: &mut Exit,
    detached: &AtomicBool,
) -> Result<i32, String> {
    let mut decoder = Decoder::client(MAX_MESSAGE);
    let mut buffer = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    let user_detached = |exit: &Exit| exit.code.is_none() && detached.load(Ordering::SeqCst);
    loop {
        let mut used = 0;
        loop {
            let decoded = decoder
                .decode(&buffer[used..])
                .map_err(|err| format!("the daemon broke the WebSocket protocol: {}", err.reason))?;
            let Decoded::Frame(n, message) = decoded else {
                break;
            };
            used += n;
            let Some(message) = message else { continue };
            match handle_message(message, tty, sender, exit) {
                Ok(true) => {}
                Ok(false) if user_detached(exit) => return Ok(0),
                Ok(false) => return finish(exit.code),
                Err(code) => return Ok(code),
            }
        }
        buffer.drain(..used);
        match reader.read(&mut chunk) {
            Ok(n) if n > 0 => buffer.extend_from_slice(&chunk[..n]),
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            _ if user_detached(exit) => return Ok(0),
            Ok(_) => return finish(exit.code),
            Err(err) => return Err(failure("exec stream broke off", err)),
        }
    }
}

/// Acts on one message of the session. Returns whether the session goes
/// on, or the exit code to end the client with at once.
fn handle_message(message: Message, tty: bool, sender: &Mutex<Sender>, exit: &mut Exit) -> Result<bool, i32> {
    let lock = || sender.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    match message {
        Message::Binary(data) if tty => write_out(&mut io::stdout().lock(), &data)?,
        Message::Binary(data) => match data.split_first() {
            Some((1, rest)) => write_out(&mut io::stdout().lock(), rest)?,
            Some((2, rest)) => write_out(&mut io::stderr().lock(), rest)?,
            Some((3, rest)) => exit.code = exit.code.or(rest.first().map(|code| i32::from(*code))),
            _ => {}
        },
        Message::Text(text) => {
            let control = json::from_str::<Control>(&String::from_utf8_lossy(&text));
            match control {
                Ok(Control { kind, exit_code: Some(code), signal, reason, .. }) if kind == "exit" => {
                    exit.code = Some(code);
                    exit.signal = signal;
                    exit.reason = reason;
                }
                Ok(Control { kind, session_id: Some(id), .. }) if kind == "session_info" => {
                    let _ = exit.session_id.set(id);
                }
                _ => {}
            }
        }
        Message::Ping(payload) => {
            let _ = lock().send(Opcode::Pong, &payload);
        }
        Message::Close(..) => {
            let _ = lock().send(Opcode::Close, &websocket::CLOSE_NORMAL.to_be_bytes());
            return Ok(false);
        }
        Message::Pong(_) => {}
    }
    Ok(true)
}

fn finish(exit_code: Option<i32>) -> Result<i32, String> {
    match exit_code {
        Some(code) => Ok(code),
        None => {
            eprintln!("guestd: the exec session closed without an exit status");
            Ok(EXIT_CLIENT_FAILURE)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    /// Wraps `frames` in a chunked body of one chunk.
    fn chunked(frames: &[u8]) -> Vec<u8> {
        let mut body = format!("{:x}\r\n", frames.len()).into_bytes();
        body.extend_from_slice(frames);
        body.extend_from_slice(b"\r\n0\r\n\r\n");
        body
    }

    #[test]
    fn frames_relay_output_and_exit() {
        let mut frames = Vec::new();
        crate::exec::push_frame(&mut frames, 1, b"out");
        crate::exec::push_frame(&mut frames, 2, b"err");
        crate::exec::push_frame(&mut frames, 3, br#"{"exit_code":7,"signal":null}"#);
        let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
        let code = relay_frames(&mut &chunked(&frames)[..], &mut stdout, &mut stderr);
        assert_eq!(code, Ok(Some(7)));
        assert_eq!(stdout, b"out");
        assert_eq!(stderr, b"err");
    }

    #[test]
    fn oversized_frame_refused() {
        // A frame announcing 4 GiB, of which the peer sends a little.
        let frames = [1, 0xff, 0xff, 0xff, 0xff, b'x'];
        let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
        let result = relay_frames(&mut &chunked(&frames)[..], &mut stdout, &mut stderr);
        assert!(result.unwrap_err().contains("limit"));
    }

    #[test]
    fn options_stop_at_command() {
        let options = parse_options(&args(&["-it", "-e", "A=1", "-w", "/tmp", "--", "ls", "-l"])).unwrap();
        assert!(options.interactive);
        assert!(options.tty);
        assert_eq!(options.env, ["A=1"]);
        assert_eq!(options.dir.as_deref(), Some("/tmp"));
        assert_eq!(options.argv, ["ls", "-l"]);
        let options = parse_options(&args(&["echo", "-i"])).unwrap();
        assert!(!options.interactive);
        assert_eq!(options.argv, ["echo", "-i"]);
    }

    #[test]
    fn options_reject_bad_input() {
        assert!(parse_options(&args(&["-x"])).unwrap_err().contains("-x"));
        assert!(parse_options(&args(&["-e", "NOVALUE"])).unwrap_err().contains("NOVALUE"));
        assert!(parse_options(&args(&["-w"])).unwrap_err().contains("-w"));
    }

    #[test]
    fn query_encoding() {
        assert_eq!(encode("a b/c=d"), "a%20b%2Fc%3Dd");
        assert_eq!(encode("plain-1._~"), "plain-1._~");
    }
}
