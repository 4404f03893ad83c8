//! WebSocket exec sessions against a running daemon: streamed stdin, TTY
//! resize and Ctrl-C, reattach with scrollback, signals, and protocol
//! errors.

mod common;
mod exec_support;

use std::io::Write;
use std::time::{Duration, Instant};

use common::{json_field, Daemon};
use exec_support::{masked_frame, GroupGuard, Ws, WsMessage};

const LIMIT: Duration = Duration::from_secs(20);

/// Opens a session and reads its `session_info`; returns the id and pid.
fn open(daemon: &Daemon, query: &str) -> (Ws, String, i32) {
    let (status, ws, body) = Ws::connect(&daemon.socket, &format!("/v1/exec?{query}"));
    assert_eq!(status, 101, "{body}");
    let mut ws = ws.unwrap();
    let Some(WsMessage::Text(info)) = ws.recv() else { panic!("no session_info message") };
    assert!(info.contains("\"type\":\"session_info\""), "{info}");
    let id = json_field(&info, "session_id").unwrap();
    let pid = json_field(&info, "pid").unwrap().parse().unwrap();
    (ws, id, pid)
}

#[test]
fn stdin_streams_to_non_tty_command() {
    common::require_root();
    let daemon = Daemon::start("ws-stdin", &[]);
    let (mut ws, _, pid) =
        open(&daemon, "cmd=sh&cmd=-c&cmd=tr%20a-z%20A-Z%3B%20echo%20err%20%3E%262%3B%20exit%206&stdin=true");
    let _guard = GroupGuard(vec![pid]);
    ws.send_binary(b"\x00hello ");
    ws.send_binary(b"\x00world\n");
    ws.send_binary(b"\x04");
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let mut exit_byte = None;
    let mut exit_text = String::new();
    loop {
        match ws.recv() {
            Some(WsMessage::Binary(data)) => match data[0] {
                1 => stdout.extend_from_slice(&data[1..]),
                2 => stderr.extend_from_slice(&data[1..]),
                3 => exit_byte = Some(data[1]),
                other => panic!("unexpected stream {other}"),
            },
            Some(WsMessage::Text(text)) => exit_text = text,
            Some(WsMessage::Close(code)) => {
                assert_eq!(code, 1000);
                break;
            }
            None => panic!("connection ended without a close frame"),
        }
    }
    assert_eq!(stdout, b"HELLO WORLD\n");
    assert_eq!(stderr, b"err\n");
    assert_eq!(exit_byte, Some(6));
    assert_eq!(json_field(&exit_text, "exit_code").as_deref(), Some("6"), "{exit_text}");
}

#[test]
fn tty_resize_reaches_stty() {
    let daemon = Daemon::start("ws-resize", &[]);
    let (mut ws, _, pid) = open(&daemon, "cmd=sh&tty=true&rows=24&cols=80&stdin=true");
    let _guard = GroupGuard(vec![pid]);
    ws.send_binary(b"stty size\n");
    ws.read_until("24 80", 0, LIMIT);
    // The terminal belongs to the container's devpts, so it has a name there.
    ws.send_binary(b"tty | sed s/^/name:/\n");
    ws.read_until("name:/dev/pts/", 0, LIMIT);
    ws.send_text(r#"{"type":"resize","rows":40,"cols":100}"#);
    ws.send_binary(b"stty size\n");
    ws.read_until("40 100", 0, LIMIT);
    ws.send_binary(b"exit 3\n");
    let (code, _) = ws.read_exit();
    assert_eq!(code, 3);
}

/// Waits until the daemon lists no session, which should happen after
/// `event`.
fn wait_no_sessions(daemon: &Daemon, event: &str) {
    let start = Instant::now();
    loop {
        let (_, list) = daemon.request("GET", "/v1/exec", None);
        if list.trim() == r#"{"sessions":[]}"# {
            return;
        }
        assert!(start.elapsed() < LIMIT, "sessions left after {event}: {list}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Checks whether a child of `parent` runs `name`.
fn child_running(parent: i32, name: &str) -> bool {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return false;
    };
    entries.flatten().any(|entry| {
        let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
        let Some((comm, rest)) = stat.split_once(") ") else {
            return false;
        };
        let ppid = rest.split_whitespace().nth(1).and_then(|p| p.parse::<i32>().ok());
        comm.ends_with(&format!("({name}")) && ppid == Some(parent)
    })
}

#[test]
fn ctrl_c_interrupts_sleep() {
    let daemon = Daemon::start("ws-ctrlc", &[]);
    let (mut ws, _, pid) = open(&daemon, "cmd=sh&tty=true&stdin=true");
    let _guard = GroupGuard(vec![pid]);
    ws.send_binary(b"sleep 60\n");
    let start = Instant::now();
    while !child_running(pid, "sleep") {
        assert!(start.elapsed() < LIMIT, "sleep did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
    ws.send_binary(b"\x03");
    ws.send_binary(b"echo status=$?\n");
    ws.read_until("status=130", 0, LIMIT);
    ws.send_binary(b"exit 9\n");
    let (code, _) = ws.read_exit();
    assert_eq!(code, 9);
}

#[test]
fn reattach_replays_scrollback() {
    let daemon = Daemon::start("ws-reattach", &[]);
    let (mut ws, id, pid) = open(&daemon, "cmd=sh&tty=true&stdin=true");
    let _guard = GroupGuard(vec![pid]);
    ws.send_binary(b"echo marker-$((40+2))\n");
    ws.read_until("marker-42", 0, LIMIT);
    drop(ws);

    // The session keeps running without its client.
    let start = Instant::now();
    loop {
        let (_, list) = daemon.request("GET", "/v1/exec", None);
        if list.contains("\"attached\":false") {
            assert!(list.contains(&format!("\"id\":\"{id}\"")), "{list}");
            break;
        }
        assert!(start.elapsed() < LIMIT, "session not listed as detached: {list}");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(exec_support::alive(pid));

    let (status, ws, body) = Ws::connect(&daemon.socket, &format!("/v1/exec/{id}"));
    assert_eq!(status, 101, "{body}");
    let mut ws = ws.unwrap();
    let Some(WsMessage::Text(info)) = ws.recv() else { panic!("no session_info on reattach") };
    assert_eq!(json_field(&info, "session_id").as_deref(), Some(id.as_str()));
    ws.read_until("marker-42", 0, LIMIT);

    // A second client is rejected while one is attached.
    let (status, _, body) = Ws::connect(&daemon.socket, &format!("/v1/exec/{id}"));
    assert_eq!(status, 409, "{body}");

    ws.send_binary(b"exit 5\n");
    let (code, _) = ws.read_exit();
    assert_eq!(code, 5);
    wait_no_sessions(&daemon, "its exit was delivered");
}

#[test]
fn exited_detached_session_delivers_exit() {
    let daemon = Daemon::start("ws-exited", &[]);
    let (mut ws, id, pid) = open(&daemon, "cmd=sh&tty=true&stdin=true");
    let _guard = GroupGuard(vec![pid]);
    ws.send_binary(b"sleep 0.3; echo finished-$((1+1)); exit 4\n");
    drop(ws);
    assert!(exec_support::wait_gone(pid, LIMIT));
    let (status, ws, body) = Ws::connect(&daemon.socket, &format!("/v1/exec/{id}"));
    assert_eq!(status, 101, "{body}");
    let mut ws = ws.unwrap();
    let (code, seen) = ws.read_exit();
    assert_eq!(code, 4);
    assert!(seen.contains("finished-2"), "{seen:?}");
}

#[test]
fn delete_signals_session() {
    let daemon = Daemon::start("ws-delete", &[]);
    let (mut ws, id, pid) = open(&daemon, "cmd=sleep&cmd=60&tty=true");
    let _guard = GroupGuard(vec![pid]);
    let (status, body) = daemon.request("DELETE", &format!("/v1/exec/{id}?signal=BOGUS"), None);
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("BOGUS"), "{body}");
    let (status, body) = daemon.request("DELETE", &format!("/v1/exec/{id}?signal=TERM"), None);
    assert_eq!(status, 204, "{body}");
    let (code, _) = ws.read_exit();
    assert_eq!(code, 128 + 15);
    let (status, _) = daemon.request("DELETE", "/v1/exec/999999", None);
    assert_eq!(status, 404);
}

#[test]
fn attach_errors_and_session_lookup() {
    let daemon = Daemon::start("ws-attach-errors", &[]);
    let (status, _, body) = Ws::connect(&daemon.socket, "/v1/exec/424242");
    assert_eq!(status, 404, "{body}");
    let (status, _, body) = Ws::connect(&daemon.socket, "/v1/exec?cmd=no-such-command-here");
    assert_eq!(status, 404, "{body}");
    assert!(body.contains("no-such-command-here"), "{body}");
    let (status, _, body) = Ws::connect(&daemon.socket, "/v1/exec?cmd=ls&rows=huge&tty=true");
    assert_eq!(status, 400, "{body}");

    let (mut ws, id, pid) = open(&daemon, "cmd=sleep&cmd=60");
    let _guard = GroupGuard(vec![pid]);
    let (status, body) = daemon.request("GET", &format!("/v1/exec/{id}"), None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(json_field(&body, "tty").as_deref(), Some("false"));
    assert_eq!(json_field(&body, "attached").as_deref(), Some("true"));
    let (status, _, body) = Ws::connect(&daemon.socket, &format!("/v1/exec/{id}"));
    assert_eq!(status, 409, "non-TTY sessions cannot be reattached: {body}");
    ws.send_binary(b"\x04");
    drop(ws);
}

#[test]
fn protocol_violations_close_connection() {
    let daemon = Daemon::start("ws-violations", &["--exec-kill-delay", "0"]);
    let (mut ws, _, pid) = open(&daemon, "cmd=sleep&cmd=60&stdin=true");
    let _guard = GroupGuard(vec![pid]);
    // An unmasked client frame breaks RFC 6455 section 5.1.
    ws.writer.write_all(&[0x82, 0x02, 0x00, b'x']).unwrap();
    assert_eq!(ws.recv(), Some(WsMessage::Close(1002)));
    assert!(exec_support::wait_gone(pid, LIMIT), "command survived its client's protocol error");

    let (mut ws, _, pid) = open(&daemon, "cmd=sleep&cmd=60&stdin=true");
    let _guard = GroupGuard(vec![pid]);
    ws.writer.write_all(&masked_frame(0x2, &vec![0u8; 2 * 1024 * 1024])).unwrap_or(());
    assert_eq!(ws.recv(), Some(WsMessage::Close(1009)));

    // Ping gets pong, then a close gets a close.
    let (mut ws, _, pid) = open(&daemon, "cmd=sleep&cmd=60&stdin=true");
    let _guard = GroupGuard(vec![pid]);
    ws.send(0x9, b"hi");
    ws.send(0x8, &1000u16.to_be_bytes());
    assert_eq!(ws.recv(), Some(WsMessage::Close(1000)));
    let (status, _) = daemon.request("GET", "/v1/status", None);
    assert_eq!(status, 200);
}

#[test]
fn container_restart_ends_sessions() {
    let daemon = Daemon::start("ws-restart", &[]);
    let (mut tty, _, tty_pid) = open(&daemon, "cmd=sleep&cmd=60&tty=true");
    let (mut plain, _, plain_pid) = open(&daemon, "cmd=sleep&cmd=60&stdin=true");
    let _guard = GroupGuard(vec![tty_pid, plain_pid]);
    let (status, body) = daemon.request("POST", "/v1/container/restart", None);
    assert!(status < 300, "restart failed ({status}): {body}");
    let (code, _) = tty.read_exit();
    assert_eq!(code, 128 + 9);
    let (code, _) = plain.read_exit();
    assert_eq!(code, 128 + 9);
    wait_no_sessions(&daemon, "the restart");
}

#[test]
fn large_stdin_arrives_whole() {
    let daemon = Daemon::start("ws-large-stdin", &[]);
    let (mut ws, _, pid) = open(&daemon, "cmd=sh&cmd=-c&cmd=wc%20-c%3B%20exit%200&stdin=true");
    let _guard = GroupGuard(vec![pid]);
    // The writer runs on its own thread because the daemon stops reading
    // the socket while the command's stdin pipe is full.
    let mut writer = ws.writer.try_clone().unwrap();
    let sender = std::thread::spawn(move || {
        let mut message = vec![0u8];
        message.extend_from_slice(&[b'x'; 64 * 1024]);
        let frame = masked_frame(0x2, &message);
        for _ in 0..320 {
            writer.write_all(&frame).unwrap();
        }
        writer.write_all(&masked_frame(0x2, b"\x04")).unwrap();
    });
    let (code, seen) = ws.read_exit();
    sender.join().unwrap();
    assert_eq!(code, 0);
    let count = seen.trim_matches(|c: char| !c.is_ascii_digit());
    assert_eq!(count, (320 * 64 * 1024).to_string(), "{seen:?}");
}

#[test]
fn websocket_reports_port_open_and_close() {
    common::require_root();
    let daemon = Daemon::start("ws-ports", &[]);
    let script = "import socket,time; s=socket.socket(); \
                  s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); \
                  s.bind(('127.0.0.1', 8123)); s.listen(); time.sleep(1); s.close(); time.sleep(2)";
    let query = format!("cmd=python3&cmd=-c&cmd={}", percent_encode(script));
    let (mut ws, _, pid) = open(&daemon, &query);
    let _guard = GroupGuard(vec![pid]);
    let opened = ws.read_until("\"type\":\"port_opened\"", 1, LIMIT);
    assert!(opened.contains("\"port\":8123"), "{opened}");
    let closed = ws.read_until("\"type\":\"port_closed\"", 1, LIMIT);
    assert!(closed.contains("\"port\":8123"), "{closed}");
    let (code, _) = ws.read_exit();
    assert_eq!(code, 0);
}

/// Percent-encodes every byte outside the unreserved set of RFC 3986.
fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (byte as char).to_string(),
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

#[test]
fn detached_tty_session_gets_hangup() {
    let daemon = Daemon::start("ws-hangup", &["--exec-detached-timeout", "1"]);
    // This session keeps its client throughout, so it must not get SIGHUP.
    let (_attached, _, attached_pid) = open(&daemon, "cmd=sleep&cmd=600&tty=true");
    let (ws, id, pid) = open(&daemon, "cmd=sleep&cmd=600&tty=true");
    let _guard = GroupGuard(vec![attached_pid, pid]);
    drop(ws);
    assert!(exec_support::wait_gone(pid, LIMIT), "the detached session's process still runs");

    let (status, ws, body) = Ws::connect(&daemon.socket, &format!("/v1/exec/{id}"));
    assert_eq!(status, 101, "{body}");
    let (code, _) = ws.unwrap().read_exit();
    assert_eq!(code, 128 + libc::SIGHUP);
    assert!(exec_support::alive(attached_pid), "the attached session's process was signalled too");
    let log = daemon.log();
    assert!(log.contains(&format!("exec session {id} was detached for 1 s")), "hangup not logged:\n{log}");
}
