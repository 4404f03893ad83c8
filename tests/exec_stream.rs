//! `POST /v1/exec` against a running daemon: output framing, exit codes
//! and signals, stdin, large output, concurrency, errors, and the kill of
//! a command whose client went away.

mod common;
mod exec_support;

use std::io::Read;
use std::process::Command;
use std::time::Duration;

use common::{json_field, Daemon};
use exec_support::{post, run, FrameReader, GroupGuard};

fn assert_serving(daemon: &Daemon) {
    let (status, body) = daemon.request("GET", "/v1/status", None);
    assert_eq!(status, 200, "daemon stopped serving: {body}");
}

#[test]
fn output_streams_and_exit_code() {
    common::require_root();
    let daemon = Daemon::start("exec-output", &[]);
    let body = r#"{"cmd": ["sh", "-c", "echo out; echo err >&2; echo more; exit 3"]}"#;
    let (status, outcome, error) = run(&daemon.socket, body);
    assert_eq!(status, 200, "{error}");
    assert_eq!(outcome.stdout, b"out\nmore\n");
    assert_eq!(outcome.stderr, b"err\n");
    assert_eq!(outcome.exit_code(), Some(3), "{}", outcome.exit);
    assert_eq!(json_field(&outcome.exit, "signal").as_deref(), Some("null"));
}

#[test]
fn env_dir_and_user_applied() {
    let daemon = Daemon::start("exec-env", &[]);
    let body = r#"{"cmd": ["sh", "-c", "echo $GREETING; pwd; id -u"], "env": ["GREETING=hello there"], "dir": "/tmp", "user": "0"}"#;
    let (status, outcome, error) = run(&daemon.socket, body);
    assert_eq!(status, 200, "{error}");
    assert_eq!(outcome.stdout_text(), "hello there\n/tmp\n0\n");
}

#[test]
fn signal_exit_reported() {
    let daemon = Daemon::start("exec-signal", &[]);
    let (status, outcome, error) = run(&daemon.socket, r#"{"cmd": ["sh", "-c", "kill -KILL $$"]}"#);
    assert_eq!(status, 200, "{error}");
    assert_eq!(outcome.exit_code(), Some(128 + 9), "{}", outcome.exit);
    assert_eq!(json_field(&outcome.exit, "signal").as_deref(), Some("9"));
}

#[test]
fn stdin_text_reaches_command() {
    let daemon = Daemon::start("exec-stdin", &[]);
    let (status, outcome, error) =
        run(&daemon.socket, r#"{"cmd": ["sh", "-c", "tr a-z A-Z; echo done"], "stdin": "abc\n"}"#);
    assert_eq!(status, 200, "{error}");
    assert_eq!(outcome.stdout_text(), "ABC\ndone\n");
    // Without stdin the command reads end of file at once.
    let (_, outcome, _) = run(&daemon.socket, r#"{"cmd": ["sh", "-c", "cat; echo eof"]}"#);
    assert_eq!(outcome.stdout_text(), "eof\n");
}

#[test]
fn tty_stdin_text_ends_with_eof() {
    common::require_root();
    let daemon = Daemon::start("exec-tty-stdin", &[]);
    // The text ends as a terminal's input ends: with VEOF, twice after an
    // unfinished line. cat closes its streams before it exits, which
    // must not hang up its terminal.
    for attempt in 0..50 {
        let body = r#"{"cmd": ["cat"], "tty": true, "stdin": "hi\nopen"}"#;
        let (status, outcome, error) = run(&daemon.socket, body);
        assert_eq!(status, 200, "{error}");
        let exit = &outcome.exit;
        assert_eq!(outcome.exit_code(), Some(0), "attempt {attempt}: {exit}");
        // The terminal echoes each line, then cat prints it.
        let stdout = outcome.stdout_text();
        let lines = stdout.matches("hi\r\n").count();
        assert_eq!(lines, 2, "attempt {attempt}: {stdout:?}");
        let unfinished = stdout.matches("open").count();
        assert_eq!(unfinished, 2, "attempt {attempt}: {stdout:?}");
    }
}

#[test]
fn tty_closed_streams_keep_terminal() {
    common::require_root();
    let daemon = Daemon::start("exec-tty-closed", &[]);
    let body = r#"{"cmd": ["sh", "-c", "echo before; exec 0<&- 1>&- 2>&-; sleep 0.3; exit 5"], "tty": true}"#;
    let (status, outcome, error) = run(&daemon.socket, body);
    assert_eq!(status, 200, "{error}");
    assert_eq!(outcome.exit_code(), Some(5), "{}", outcome.exit);
    assert_eq!(outcome.stdout_text(), "before\r\n");
}

#[test]
fn missing_command_is_404() {
    let daemon = Daemon::start("exec-missing", &[]);
    let (status, _, error) = run(&daemon.socket, r#"{"cmd": ["no-such-command-here"]}"#);
    assert_eq!(status, 404, "{error}");
    assert!(error.contains("no-such-command-here"), "{error}");
    assert_serving(&daemon);
}

#[test]
fn invalid_bodies_are_400() {
    let daemon = Daemon::start("exec-invalid", &[]);
    let cases = [
        ("{not json", "invalid JSON"),
        (r#"{"cmd": "ls"}"#, r#"invalid \"cmd\" \"ls\""#),
        (r#"{"cmd": []}"#, "missing command"),
        (r#"{"cmd": ["ls"], "env": ["NOEQUALS"]}"#, "NOEQUALS"),
        (r#"{"cmd": ["ls"], "dir": "relative/dir"}"#, "relative/dir"),
        (r#"{"cmd": ["ls"], "user": "no-such-user-xyz"}"#, "no-such-user-xyz"),
        (r#"{"cmd": ["ls"], "dir": "/no/such/dir"}"#, "/no/such/dir"),
    ];
    for (body, needle) in cases {
        let (status, _, error) = run(&daemon.socket, body);
        assert_eq!(status, 400, "{body}: {error}");
        assert!(error.contains(needle), "{body}: {error}");
    }
    assert_serving(&daemon);
}

/// The same bytes the daemon's command produces, computed locally.
fn local_digest(script: &str) -> (u64, u64) {
    let mut child = Command::new("sh").arg("-c").arg(script).stdout(std::process::Stdio::piped()).spawn().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut buffer = vec![0u8; 1 << 16];
    let (mut count, mut hash) = (0u64, exec_support::FNV_OFFSET);
    loop {
        let n = stdout.read(&mut buffer).unwrap();
        if n == 0 {
            break;
        }
        count += n as u64;
        hash = exec_support::fnv1a(hash, &buffer[..n]);
    }
    child.wait().unwrap();
    (count, hash)
}

#[test]
fn large_output_arrives_whole() {
    let daemon = Daemon::start("exec-large", &[]);
    let script = "seq 1 30000000 | head -c 200000000";
    let body = format!(r#"{{"cmd": ["sh", "-c", "{script}"]}}"#);
    let (status, _, reader) = post(&daemon.socket, &body);
    assert_eq!(status, 200);
    let mut frames = FrameReader::new(reader);
    let (mut count, mut hash) = (0u64, exec_support::FNV_OFFSET);
    let mut exit = String::new();
    while let Some((stream, payload)) = frames.next() {
        match stream {
            1 => {
                count += payload.len() as u64;
                hash = exec_support::fnv1a(hash, &payload);
            }
            3 => exit = String::from_utf8_lossy(&payload).to_string(),
            other => panic!("unexpected stream {other}: {:?}", String::from_utf8_lossy(&payload)),
        }
    }
    assert_eq!(count, 200_000_000);
    assert_eq!((count, hash), local_digest(script));
    assert_eq!(json_field(&exit, "exit_code").as_deref(), Some("0"), "{exit}");
}

#[test]
fn hundred_concurrent_execs() {
    let daemon = Daemon::start("exec-concurrent", &[]);
    let socket = daemon.socket.clone();
    let threads: Vec<_> = (0..100)
        .map(|i| {
            let socket = socket.clone();
            std::thread::spawn(move || {
                let body = format!(r#"{{"cmd": ["sh", "-c", "sleep 0.5; echo {i}; exit {}"]}}"#, i % 50);
                let (status, outcome, error) = run(&socket, &body);
                (i, status, outcome, error)
            })
        })
        .collect();
    for thread in threads {
        let (i, status, outcome, error) = thread.join().unwrap();
        assert_eq!(status, 200, "exec {i}: {error}");
        assert_eq!(outcome.stdout_text(), format!("{i}\n"), "exec {i}");
        assert_eq!(outcome.exit_code(), Some(i % 50), "exec {i}");
    }
    assert_serving(&daemon);
}

#[test]
fn disconnect_kills_process_group() {
    let daemon = Daemon::start("exec-disconnect", &["--exec-kill-delay", "0"]);
    let body = r#"{"cmd": ["sh", "-c", "sleep 60 & echo $$ $!; wait"]}"#;
    let (status, _, reader) = post(&daemon.socket, body);
    assert_eq!(status, 200);
    let mut frames = FrameReader::new(reader);
    let (stream, payload) = frames.next().expect("first output frame");
    assert_eq!(stream, 1);
    let text = String::from_utf8_lossy(&payload).to_string();
    // The shell prints PIDs of the container's PID namespace.
    let pids: Vec<i32> = text
        .split_whitespace()
        .map(|p| common::container::host_pid(&daemon, p.parse().unwrap()).expect("process runs"))
        .collect();
    let _guard = GroupGuard(vec![pids[0]]);
    assert!(exec_support::alive(pids[1]), "background sleep not running: {text}");
    drop(frames);
    for pid in &pids {
        assert!(exec_support::wait_gone(*pid, Duration::from_secs(10)), "process {pid} survived the disconnect");
    }
    let (_, list) = daemon.request("GET", "/v1/exec", None);
    assert_eq!(list.trim(), r#"{"sessions":[]}"#);
    assert_serving(&daemon);
}

#[test]
fn kill_delay_lets_command_run_briefly() {
    let daemon = Daemon::start("exec-delay", &["--exec-kill-delay", "1"]);
    let (status, _, reader) = post(&daemon.socket, r#"{"cmd": ["sh", "-c", "echo $$; exec sleep 60"]}"#);
    assert_eq!(status, 200);
    let mut frames = FrameReader::new(reader);
    let (_, payload) = frames.next().expect("pid frame");
    let inner: i32 = String::from_utf8_lossy(&payload).trim().parse().unwrap();
    let pid = common::container::host_pid(&daemon, inner).expect("process runs");
    let _guard = GroupGuard(vec![pid]);
    drop(frames);
    std::thread::sleep(Duration::from_millis(200));
    assert!(exec_support::alive(pid), "killed before the kill delay");
    assert!(exec_support::wait_gone(pid, Duration::from_secs(10)), "not killed after the kill delay");
}

#[test]
fn session_header_allows_signalling() {
    let daemon = Daemon::start("exec-session-header", &[]);
    let body = r#"{"cmd": ["sh", "-c", "trap 'echo got-usr1; exit 9' USR1; echo ready; while :; do sleep .1; done"]}"#;
    let (status, head, reader) = post(&daemon.socket, body);
    assert_eq!(status, 200, "{head}");
    let id = head
        .lines()
        .find_map(|line| line.strip_prefix("guestd-exec-session: "))
        .unwrap_or_else(|| panic!("no session header in {head}"))
        .trim()
        .to_string();
    let mut frames = FrameReader::new(reader);
    assert_eq!(frames.next(), Some((1, b"ready\n".to_vec())));

    let (code, answer) = daemon.request("DELETE", &format!("/v1/exec/{id}?signal=USR1"), None);
    assert_eq!(code, 204, "{answer}");

    // The shell may also report on stderr that USR1 ended its sleep.
    let mut stdout = Vec::new();
    let exit = loop {
        match frames.next().expect("exit frame") {
            (1, data) => stdout.extend_from_slice(&data),
            (3, exit) => break String::from_utf8_lossy(&exit).into_owned(),
            _ => {}
        }
    };
    assert_eq!(stdout, b"got-usr1\n");
    assert_eq!(json_field(&exit, "exit_code").as_deref(), Some("9"), "{exit}");
}
