//! `guestd exec` and `guestd console` against a running daemon: exit
//! codes, stdin, and a console on a real PTY with resize.

mod common;

use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{Daemon, GUESTD};

#[test]
fn exec_exit_codes() {
    common::require_root();
    let daemon = Daemon::start("client-codes", &[]);
    let output = daemon.client(&["exec", "--", "sh", "-c", "echo out; echo err >&2; exit 7"]);
    assert_eq!(output.status.code(), Some(7));
    assert_eq!(output.stdout, b"out\n");
    assert_eq!(output.stderr, b"err\n");

    let output = daemon.client(&["exec", "--", "sh", "-c", "kill -TERM $$"]);
    assert_eq!(output.status.code(), Some(128 + 15));

    let output = daemon.client(&["exec", "--", "no-such-command-here"]);
    assert_eq!(output.status.code(), Some(127));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no-such-command-here"), "{stderr}");

    let output = daemon.client(&["exec", "--", "/etc/passwd"]);
    assert_eq!(output.status.code(), Some(126));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("permission denied"), "{stderr}");

    let output =
        daemon.client(&["exec", "-e", "A=b c", "-w", "/tmp", "-u", "0:0", "--", "sh", "-c", "echo $A; pwd; id -g"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stdout), "b c\n/tmp\n0\n");

    let output = daemon.client(&["exec", "-x", "--", "true"]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn exec_interactive_forwards_stdin() {
    let daemon = Daemon::start("client-stdin", &[]);
    let mut child = Command::new(GUESTD)
        .args(["--api", &daemon.api_arg(), "exec", "-i", "--", "sh", "-c", "tr a-z A-Z; exit 2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"streamed input\n").unwrap();
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stdout), "STREAMED INPUT\n");
    assert_eq!(output.status.code(), Some(2), "{}", String::from_utf8_lossy(&output.stderr));
}

/// Opens a PTY pair: the test keeps the master, the client gets the slave.
fn open_pty(rows: u16, cols: u16) -> (OwnedFd, OwnedFd) {
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize { ws_row: rows, ws_col: cols, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: the out-pointers are valid locals; the name and termios
    // arguments may be null.
    let ret = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &size) };
    assert_eq!(ret, 0, "openpty failed: {}", std::io::Error::last_os_error());
    // SAFETY: openpty succeeded, so both descriptors are open and ours.
    unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) }
}

fn local_flags(fd: &OwnedFd) -> libc::tcflag_t {
    // SAFETY: termios is plain data that tcgetattr fills in.
    let mut termios: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: the descriptor is an open terminal and the pointer is valid.
    assert_eq!(unsafe { libc::tcgetattr(fd.as_raw_fd(), &mut termios) }, 0);
    termios.c_lflag
}

#[test]
fn console_on_pty_with_resize() {
    let daemon = Daemon::start("client-console", &[]);
    let (master, slave) = open_pty(24, 80);
    let cooked = local_flags(&slave);
    let mut console = PtyClient::spawn(&daemon, &["console", "--", "sh"], &master, &slave);
    console.type_until("24 80", b"stty size\n");
    assert_eq!(local_flags(&slave) & libc::ICANON, 0, "console did not put the terminal in raw mode");

    let size = libc::winsize { ws_row: 50, ws_col: 132, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: TIOCSWINSZ reads a winsize from a valid pointer.
    assert_eq!(unsafe { libc::ioctl(master.as_raw_fd(), libc::TIOCSWINSZ, &size) }, 0);
    console.type_until("50 132", b"stty size\n");

    console.writer.write_all(b"exit 3\n").unwrap();
    let status = wait_exit(&mut console.child, "console did not exit after the shell did");
    assert_eq!(status.code(), Some(3));
    assert_eq!(local_flags(&slave), cooked, "console did not restore the terminal");
}

/// Waits up to 20 s for `child` to exit; kills it and panics with
/// `failure` when it does not.
fn wait_exit(child: &mut std::process::Child, failure: &str) -> std::process::ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{failure}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn exec_closed_stdout_ends_client() {
    let daemon = Daemon::start("client-pipe", &["--exec-kill-delay", "0"]);
    let mut child = Command::new(GUESTD)
        .args(["--api", &daemon.api_arg(), "exec", "--", "yes"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 2];
    stdout.read_exact(&mut first).unwrap();
    assert_eq!(&first, b"y\n");
    drop(stdout);
    let status = wait_exit(&mut child, "client kept running after its stdout closed");
    assert_eq!(status.code(), Some(128 + libc::SIGPIPE));
    wait_no_sessions(&daemon);
}

/// Waits up to 20 s for the daemon to have no exec session left.
fn wait_no_sessions(daemon: &Daemon) {
    let start = Instant::now();
    loop {
        let (_, list) = daemon.request("GET", "/v1/exec", None);
        if list.trim() == r#"{"sessions":[]}"# {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "remote command outlived its client: {list}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Runs the client with `args` and `input` piped to its stdin, killing
/// it when it does not exit in time.
fn client_with_input(daemon: &Daemon, args: &[&str], input: &[u8]) -> std::process::Output {
    let mut child = Command::new(GUESTD)
        .args(["--api", &daemon.api_arg()])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input).unwrap();
    drop(stdin);
    let status = wait_exit(&mut child, "client did not exit after its stdin ended");
    let mut stdout = Vec::new();
    child.stdout.take().unwrap().read_to_end(&mut stdout).unwrap();
    let mut stderr = Vec::new();
    child.stderr.take().unwrap().read_to_end(&mut stderr).unwrap();
    std::process::Output { status, stdout, stderr }
}

#[test]
fn console_exits_when_piped_stdin_ends() {
    let daemon = Daemon::start("client-console-eof", &[]);
    let output = client_with_input(&daemon, &["console"], b"");
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let output = client_with_input(&daemon, &["console"], b"echo from-$((6*7))\n");
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).contains("from-42"));
    // No shell is left behind in the container.
    let output = daemon.client(&["exec", "--", "ps", "-eo", "args"]);
    let procs = String::from_utf8_lossy(&output.stdout);
    assert!(!procs.contains("bash"), "{procs}");
    assert!(!procs.contains("sh -l"), "{procs}");
}

#[test]
fn exec_tty_without_interactive_gets_no_stdin() {
    let daemon = Daemon::start("client-tty-no-stdin", &[]);
    let output = client_with_input(&daemon, &["exec", "-t", "--", "cat"], b"not forwarded\n");
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(!String::from_utf8_lossy(&output.stdout).contains("not forwarded"));
    let output = client_with_input(&daemon, &["exec", "-i", "-t", "--", "cat"], b"line\nopen");
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).contains("open"));
}

/// A client process on the PTY `master`/`slave`, as its controlling
/// terminal, with everything it prints collected.
struct PtyClient {
    child: std::process::Child,
    writer: std::fs::File,
    seen: Arc<Mutex<Vec<u8>>>,
}

impl PtyClient {
    fn spawn(daemon: &Daemon, args: &[&str], master: &OwnedFd, slave: &OwnedFd) -> PtyClient {
        let mut command = Command::new(GUESTD);
        command
            .args(["--api", &daemon.api_arg()])
            .args(args)
            .stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave.try_clone().unwrap()));

        // SAFETY: the closure runs between fork and exec and calls only
        // setsid and ioctl, which are async-signal-safe.
        unsafe {
            command.pre_exec(|| {
                if libc::setsid() == -1 || libc::ioctl(0, libc::TIOCSCTTY, 0) == -1 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = command.spawn().unwrap();

        let seen = Arc::new(Mutex::new(Vec::new()));
        let mut reader = std::fs::File::from(master.try_clone().unwrap());
        let sink = Arc::clone(&seen);
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            // The read fails with EIO once every slave descriptor is closed.
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buffer[..n]);
            }
        });
        let writer = std::fs::File::from(master.try_clone().unwrap());
        PtyClient { child, writer, seen }
    }

    fn output(&self) -> String {
        String::from_utf8_lossy(&self.seen.lock().unwrap()).into_owned()
    }

    /// Types `input` every 500 ms until `needle` shows in the output, or
    /// only waits for it when `input` is empty.
    fn type_until(&mut self, needle: &str, input: &[u8]) {
        let start = Instant::now();
        let mut last_send = None::<Instant>;
        loop {
            if !input.is_empty() && last_send.is_none_or(|at| at.elapsed() > Duration::from_millis(500)) {
                self.writer.write_all(input).unwrap();
                last_send = Some(Instant::now());
            }
            if self.output().contains(needle) {
                return;
            }
            assert!(start.elapsed() < Duration::from_secs(20), "{needle:?} not seen; output {:?}", self.output());
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

#[test]
fn detach_keys_leave_session_running() {
    let daemon = Daemon::start("client-detach", &[]);
    let (master, slave) = open_pty(24, 80);
    let mut console = PtyClient::spawn(&daemon, &["console", "--", "sh"], &master, &slave);
    // With the session's echo off, what shows is only what commands print.
    console.type_until("ready-2", b"stty -echo; echo ready-$((1+1))\n");
    // A Ctrl-P without Ctrl-Q after it reaches the session.
    console.type_until("A^PB", b"echo 'A\x10B' | cat -v\n");

    console.writer.write_all(b"\x10\x11").unwrap();
    let status = wait_exit(&mut console.child, "console did not exit on Ctrl-P Ctrl-Q");
    assert_eq!(status.code(), Some(0), "{}", console.output());

    console.type_until("reattach with guestd attach", b"");
    let output = console.output();
    let id = output
        .split("detached from session ")
        .nth(1)
        .and_then(|rest| rest.split(';').next())
        .unwrap_or_else(|| panic!("no session id in {output:?}"))
        .to_string();

    // The daemon detaches the session once it reads the closed connection.
    let start = Instant::now();
    let session = loop {
        let (code, session) = daemon.request("GET", &format!("/v1/exec/{id}"), None);
        assert_eq!(code, 200, "{session}");
        if session.contains(r#""attached":false"#) {
            break session;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "session still attached: {session}");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(session.contains(r#""exited":false"#), "{session}");

    let (master, slave) = open_pty(24, 80);
    let mut attach = PtyClient::spawn(&daemon, &["attach", &id], &master, &slave);
    attach.type_until(&format!("attached to session {id}; detach with Ctrl-P Ctrl-Q"), b"");
    attach.type_until("ready-4", b"echo ready-$((2+2))\n");
    attach.writer.write_all(b"exit 4\n").unwrap();
    let status = wait_exit(&mut attach.child, "attach did not exit after the shell did");
    assert_eq!(status.code(), Some(4), "{}", attach.output());
}

/// A client process whose stdout and stderr are collected as they come.
struct Streaming {
    child: std::process::Child,
    seen: Arc<Mutex<Vec<u8>>>,
}

impl Streaming {
    fn spawn(daemon: &Daemon, args: &[&str]) -> Streaming {
        let mut child = Command::new(GUESTD)
            .args(["--api", &daemon.api_arg()])
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let seen = Arc::new(Mutex::new(Vec::new()));
        for stream in
            [Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>, Box::new(child.stderr.take().unwrap())]
        {
            let sink = Arc::clone(&seen);
            let mut stream = stream;
            std::thread::spawn(move || {
                let mut buffer = [0u8; 4096];
                while let Ok(n) = stream.read(&mut buffer) {
                    if n == 0 {
                        break;
                    }
                    sink.lock().unwrap().extend_from_slice(&buffer[..n]);
                }
            });
        }
        Streaming { child, seen }
    }

    fn output(&self) -> String {
        String::from_utf8_lossy(&self.seen.lock().unwrap()).into_owned()
    }

    /// Waits up to 20 s for `needle` in the client's output.
    fn wait_for(&mut self, needle: &str) {
        let start = Instant::now();
        while !self.output().contains(needle) {
            if start.elapsed() > Duration::from_secs(20) {
                let _ = self.child.kill();
                let _ = self.child.wait();
                panic!("{needle:?} not seen; output {:?}", self.output());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn signal(&self, signal: libc::c_int) {
        // SAFETY: kill takes plain integers, and the PID is our own child,
        // not yet reaped, so it cannot have been reused.
        unsafe { libc::kill(self.child.id() as libc::pid_t, signal) };
    }

    fn wait(&mut self, failure: &str) -> std::process::ExitStatus {
        wait_exit(&mut self.child, failure)
    }
}

/// A command that prints `ready`, then runs until a SIGINT, on which it
/// prints `INT` and exits 3.
const TRAPS_SIGINT: &str = r#"trap "echo INT; exit 3" INT; echo ready; while :; do sleep .1; done"#;

#[test]
fn sigint_reaches_non_tty_command() {
    let daemon = Daemon::start("client-sigint", &[]);
    let mut client = Streaming::spawn(&daemon, &["exec", "--", "sh", "-c", TRAPS_SIGINT]);
    client.wait_for("ready\n");
    client.signal(libc::SIGINT);
    let status = client.wait("client did not exit after the command's SIGINT trap");
    assert_eq!(status.code(), Some(3), "{}", client.output());
    assert_eq!(client.output(), "ready\nINT\n");

    // A command that SIGINT ends gives the shell's exit code for it.
    let command = "echo ready; exec sleep 1000";
    let mut client = Streaming::spawn(&daemon, &["exec", "--", "sh", "-c", command]);
    client.wait_for("ready\n");
    client.signal(libc::SIGINT);
    let status = client.wait("client did not exit after its command died of SIGINT");
    assert_eq!(status.code(), Some(128 + libc::SIGINT), "{}", client.output());
}

#[test]
fn sigterm_reaches_tty_command_without_stdin() {
    let daemon = Daemon::start("client-sigterm-tty", &[]);
    let command = r#"trap "echo TERM; exit 4" TERM; echo ready; while :; do sleep .1; done"#;
    let mut client = Streaming::spawn(&daemon, &["exec", "-t", "--", "sh", "-c", command]);
    client.wait_for("ready");
    client.signal(libc::SIGTERM);
    let status = client.wait("client did not exit after the command's SIGTERM trap");
    assert_eq!(status.code(), Some(4), "{}", client.output());
    assert!(client.output().contains("TERM"), "{}", client.output());
}

#[test]
fn second_sigint_leaves_the_command() {
    use std::os::unix::process::ExitStatusExt;

    let daemon = Daemon::start("client-sigint-twice", &["--exec-kill-delay", "0"]);
    let command = r#"trap "echo INT" INT; echo ready; while :; do sleep .1; done"#;
    let mut client = Streaming::spawn(&daemon, &["exec", "--", "sh", "-c", command]);
    client.wait_for("ready\n");
    client.signal(libc::SIGINT);
    client.wait_for("INT\n");
    client.signal(libc::SIGINT);
    let status = client.wait("client did not leave on the second SIGINT");
    assert_eq!(status.signal(), Some(libc::SIGINT), "{status:?}: {}", client.output());

    // The daemon kills the command whose client went away.
    wait_no_sessions(&daemon);
}

#[test]
fn sessions_kill_signals_a_session() {
    let daemon = Daemon::start("client-sessions-kill", &[]);
    let command = r#"trap "echo USR1; exit 6" USR1; echo ready; while :; do sleep .1; done"#;
    let mut client = Streaming::spawn(&daemon, &["exec", "-t", "--", "sh", "-c", command]);
    client.wait_for("ready");
    let (_, list) = daemon.request("GET", "/v1/exec", None);
    let id = list
        .split(r#""id":""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no session id in {list}"))
        .to_string();

    let output = daemon.client(&["sessions", "kill", &id, "--signal", "BOGUS"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("BOGUS"), "{stderr}");

    let output = daemon.client(&["sessions", "kill", "999999"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("999999"), "{stderr}");

    let output = daemon.client(&["sessions", "kill", &id, "--signal", "USR1"]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let status = client.wait("client did not exit after sessions kill");
    assert_eq!(status.code(), Some(6), "{}", client.output());
    assert!(client.output().contains("USR1"), "{}", client.output());
}

#[test]
fn ctrl_c_reaches_tty_command_without_stdin() {
    let daemon = Daemon::start("client-ctrl-c-tty", &[]);
    let (master, slave) = open_pty(24, 80);
    let mut client = PtyClient::spawn(&daemon, &["exec", "-t", "--", "sh", "-c", TRAPS_SIGINT], &master, &slave);
    client.type_until("ready", b"");
    // The local terminal is not in raw mode without -i, so Ctrl-C is
    // SIGINT to the client.
    client.writer.write_all(b"\x03").unwrap();
    let status = wait_exit(&mut client.child, "client did not exit after Ctrl-C");
    assert_eq!(status.code(), Some(3), "{}", client.output());
    client.type_until("INT", b"");
}
