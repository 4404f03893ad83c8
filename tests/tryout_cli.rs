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
    let output = daemon.client(&["exec", "-t", "--", "sh", "-c", "tty; test -e \"$(tty)\" && echo found"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(stdout.starts_with("/dev/pts/"), "{stdout}");
    assert!(stdout.contains("found"), "{stdout}");
}

/// Runs the client with `input` on a pipe as stdin; `None` when it does not
/// exit within 20 s (it is killed then).
fn client_with_input(daemon: &Daemon, args: &[&str], input: &[u8]) -> Option<(i32, String)> {
    let mut child = Command::new(GUESTD)
        .arg("--api")
        .arg(daemon.api_arg())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start guestd client");
    child.stdin.take().unwrap().write_all(input).unwrap();
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        if let Some(status) = child.try_wait().unwrap() {
            let stdout = common::read_all(child.stdout.take().unwrap());
            return Some((status.code().unwrap_or(-1), stdout));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

#[test]
fn piped_input_ends_a_tty_session() {
    common::require_root();
    let daemon = Daemon::start("tryout-tty-pipe", &[]);
    let (code, stdout) = client_with_input(&daemon, &["exec", "-i", "-t", "--", "cat"], b"hello\n")
        .expect("exec -i -t with piped stdin did not end");
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("hello"), "{stdout}");

    // An unfinished last line still ends the input.
    let (code, stdout) = client_with_input(&daemon, &["exec", "-i", "-t", "--", "wc", "-c"], b"abc")
        .expect("exec -i -t with an unfinished line did not end");
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains('3'), "{stdout}");

    let (code, stdout) = client_with_input(&daemon, &["console"], b"echo marker-$((40 + 2)); exit 3\n")
        .expect("console with piped stdin did not end");
    assert_eq!(code, 3, "{stdout}");
    assert!(stdout.contains("marker-42"), "{stdout}");
}

/// GNU cat closes its standard streams just before it exits, so the PTY
/// reports every slave closed while cat still runs. Closing the master
/// then would hang up the terminal and kill cat with SIGHUP (exit 129),
/// a race that a single run rarely shows.
#[test]
fn piped_tty_cat_exits_zero_repeatedly() {
    common::require_root();
    let daemon = Daemon::start("tryout-tty-repeat", &[]);
    for run in 0..50 {
        let (code, stdout) = client_with_input(&daemon, &["exec", "-i", "-t", "--", "cat"], b"hi\n")
            .unwrap_or_else(|| panic!("run {run}: exec -i -t cat did not end"));
        assert_eq!(code, 0, "run {run}: {stdout:?}");
        // The terminal echoes the line, then cat prints it.
        let lines = stdout.matches("hi\r\n").count();
        assert_eq!(lines, 2, "run {run}: {stdout:?}");
    }
}

/// Runs `guestd serve ARGS`, which is expected to exit with an error; a daemon
/// that is still running after 20 s is killed and fails the test.
fn serve_expecting_rejection(args: &[&std::ffi::OsStr], run_dir: &std::path::Path) -> String {
    let mut child = Command::new(GUESTD)
        .arg("serve")
        .args(args)
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start a second guestd serve");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    common::cleanup_cgroups(run_dir);
    let stderr = common::read_all(child.stderr.take().unwrap());
    let status = status.unwrap_or_else(|| panic!("the second daemon started; log:\n{stderr}"));
    assert!(!status.success(), "{stderr}");
    stderr
}

/// Runs `guestd serve` on `listen`, `state` and `run` as
/// [`serve_expecting_rejection`] does, and returns its stderr.
fn serve_paths_expecting_rejection(listen: &str, state: &std::path::Path, run: &std::path::Path) -> String {
    let args = [
        "--listen".as_ref(),
        listen.as_ref(),
        "--state-dir".as_ref(),
        state.as_ref(),
        "--run-dir".as_ref(),
        run.as_ref(),
    ];
    serve_expecting_rejection(&args, run)
}

#[test]
fn live_socket_rejects_second_daemon() {
    common::require_root();
    let first = Daemon::start("tryout-socket", &[]);
    let other = TempDir::new("tryout-socket-2");
    let listen = format!("unix:{}", first.socket.display());
    let state = other.path().join("state");
    let run = other.path().join("run");
    let stderr = serve_paths_expecting_rejection(&listen, &state, &run);
    assert!(stderr.contains(&first.socket.display().to_string()), "{stderr}");
    assert!(stderr.contains("--listen"), "{stderr}");
    let (status, _) = first.request("GET", "/v1/status", None);
    assert_eq!(status, 200);
}

#[test]
fn failed_publish_leaves_no_cgroup() {
    common::require_root();
    // --publish fails in the last start step, after the container started.
    // The listener occupies the port, so binding it for --publish fails.
    let occupied = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = occupied.local_addr().unwrap().port();
    let dir = TempDir::new("tryout-publish-taken");
    let state = dir.path().join("state");
    let run = dir.path().join("run");
    let publish = format!("{port}:80");
    let args = [
        "--state-dir".as_ref(),
        state.as_os_str(),
        "--run-dir".as_ref(),
        run.as_os_str(),
        "--publish".as_ref(),
        publish.as_ref(),
    ];
    let stderr = serve_expecting_rejection(&args, &run);
    assert!(stderr.contains(&format!("--publish {publish}")), "{stderr}");
    assert!(stderr.contains("removed cgroup"), "{stderr}");
    // The run directory contained the record of the cgroup until it was removed.
    assert!(!run.exists(), "{} is left: {:?}", run.display(), std::fs::read_dir(&run).map(|d| d.count()));
}

#[test]
fn busy_socket_rejects_daemon() {
    common::require_root();
    let dir = TempDir::new("tryout-busy-socket");
    let socket = dir.path().join("api.sock");
    let listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    // With a backlog of 0 and one connection waiting, the listener takes
    // no further connection, as a server too busy to accept.
    // SAFETY: listen takes plain integers, and `listener` keeps the descriptor open.
    let result = unsafe { libc::listen(std::os::fd::AsRawFd::as_raw_fd(&listener), 0) };
    assert_eq!(result, 0, "listen(0) failed: {}", std::io::Error::last_os_error());
    let _waiting = std::os::unix::net::UnixStream::connect(&socket).unwrap();

    let listen = format!("unix:{}", socket.display());
    let state = dir.path().join("state");
    let run = dir.path().join("run");
    let stderr = serve_paths_expecting_rejection(&listen, &state, &run);
    assert!(stderr.contains("another process listens on"), "{stderr}");
    assert!(stderr.contains(&socket.display().to_string()), "{stderr}");
}

#[test]
fn state_dir_lock_rejects_second_daemon() {
    common::require_root();
    let first = Daemon::start("tryout-state", &[]);
    let other = TempDir::new("tryout-state-2");
    let listen = format!("unix:{}", other.path().join("api.sock").display());
    let run = other.path().join("run");
    let stderr = serve_paths_expecting_rejection(&listen, &first.state_dir, &run);
    assert!(stderr.contains(&first.state_dir.display().to_string()), "{stderr}");
    assert!(stderr.contains("--state-dir"), "{stderr}");
    let output = first.client(&["exec", "--", "true"]);
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn proxy_to_closed_port_closes_connection() {
    common::require_root();
    let daemon = Daemon::start("tryout-proxy", &[]);
    let errors = daemon.dir.path().join("proxy.err");
    let mut proxy = Command::new(GUESTD)
        .arg("--api")
        .arg(daemon.api_arg())
        .args(["proxy", "0:1"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&errors).unwrap())
        .spawn()
        .expect("start guestd proxy");
    let mut stdout = std::io::BufReader::new(proxy.stdout.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut stdout, &mut line).unwrap();
    let local = line.split_whitespace().nth(1).expect("a bound address").to_string();

    let mut conn = std::net::TcpStream::connect(&local).expect("connect to the proxy");
    conn.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut byte = [0u8; 1];
    let read = std::io::Read::read(&mut conn, &mut byte);
    // The proxy reports the rejection right after closing the connection.
    let start = Instant::now();
    let mut stderr = String::new();
    while start.elapsed() < Duration::from_secs(10) && !stderr.contains('\n') {
        std::thread::sleep(Duration::from_millis(50));
        stderr = std::fs::read_to_string(&errors).unwrap_or_default();
    }
    let _ = proxy.kill();
    let _ = proxy.wait();
    assert!(matches!(read, Ok(0)), "the proxy kept the connection open: {read:?}");
    assert!(stderr.contains("502"), "{stderr}");
    assert!(stderr.contains("port 1"), "{stderr}");
}

#[test]
fn client_without_daemon_says_what_to_do() {
    let dir = TempDir::new("tryout-nodaemon");
    let socket = dir.path().join("api.sock");
    let output = common::run_client(&format!("unix:{}", socket.display()), &["status"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(&socket.display().to_string()), "{stderr}");
    assert!(stderr.contains("--api"), "{stderr}");
    assert!(stderr.contains("GUESTD_API"), "{stderr}");
}

#[test]
fn port_zero_logs_the_bound_port() {
    common::require_root();
    let daemon = Daemon::start("tryout-port0", &["--listen", "tcp:127.0.0.1:0"]);
    let log = daemon.log();
    let line = log
        .lines()
        .find(|line| line.contains("listening on tcp:"))
        .unwrap_or_else(|| panic!("no tcp listener logged:\n{log}"));
    assert!(!line.ends_with("tcp:127.0.0.1:0"), "{line}");
}

#[test]
fn missing_token_names_guestd_token() {
    common::require_root();
    let dir = TempDir::new("tryout-token");
    let token = dir.path().join("token");
    std::fs::write(&token, "s3cret\n").unwrap();
    let token_arg = token.display().to_string();
    let daemon = Daemon::start("tryout-token-daemon", &["--listen", "tcp:127.0.0.1:0", "--token-file", &token_arg]);
    let (_, status) = daemon.request("GET", "/v1/status", None);
    let tcp =
        status.split('"').find(|field| field.starts_with("tcp:")).expect("a tcp listener in the status").to_string();
    let output = common::run_client(&tcp, &["status"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("401"), "{stderr}");
    assert!(stderr.contains("GUESTD_TOKEN"), "{stderr}");
}

#[test]
fn stopped_daemon_removes_its_sockets() {
    common::require_root();
    let mut daemon = Daemon::start("tryout-sockets", &[]);
    assert!(daemon.socket.exists());
    assert!(daemon.inner_socket.exists());
    let status = daemon.stop().expect("daemon was running");
    assert!(status.success(), "{status}");
    assert!(!daemon.socket.exists(), "{}", daemon.socket.display());
    assert!(!daemon.inner_socket.exists(), "{}", daemon.inner_socket.display());
}

#[test]
fn unusable_state_dir_names_the_flag() {
    common::require_root();
    let dir = TempDir::new("tryout-badstate");
    let file = dir.path().join("file");
    std::fs::write(&file, "").unwrap();
    let state = file.join("state");
    let listen = format!("unix:{}", dir.path().join("api.sock").display());
    let run = dir.path().join("run");
    let stderr = serve_paths_expecting_rejection(&listen, &state, &run);
    assert!(stderr.contains(&state.display().to_string()), "{stderr}");
    assert!(stderr.contains("--state-dir"), "{stderr}");
}

#[test]
fn shutdown_gives_services_their_grace() {
    common::require_root();
    let mut daemon = Daemon::start("tryout-grace", &[]);
    // The service needs a second after SIGTERM to write its last file.
    let body = r#"{"cmd": "sh", "args": ["-c", "trap 'sleep 1; echo done > /root/flushed; exit 0' TERM; while :; do sleep 0.1; done"]}"#;
    let (status, reply) = daemon.request("PUT", "/v1/services/flusher", Some(body));
    assert_eq!(status, 201, "{reply}");
    std::thread::sleep(Duration::from_millis(500));

    let status = daemon.stop().expect("daemon was running");
    assert!(status.success(), "{status}");
    let flushed = daemon.state_dir.join("upper/root/flushed");
    assert_eq!(std::fs::read_to_string(&flushed).ok().as_deref(), Some("done\n"), "log:\n{}", daemon.log());
}

#[test]
fn client_rejects_non_loopback_tcp() {
    // 192.0.2.1 is TEST-NET-1 (RFC 5737); the client must refuse it before
    // opening any connection.
    let output = std::process::Command::new(common::GUESTD)
        .args(["--api", "tcp:192.0.2.1:80", "status"])
        .output()
        .expect("run guestd client");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(stderr.contains("not a loopback address"), "{stderr}");
}

#[test]
fn subcommand_help_needs_no_daemon() {
    // No daemon listens at this address, so a subcommand that treated --help
    // as an argument would fail to connect (restore would request a restore
    // of checkpoint "--help").
    let api = "unix:/nonexistent/guestd-tryout-help.sock";
    for command in [
        "serve",
        "check-kernel",
        "status",
        "container",
        "ports",
        "service",
        "logs",
        "checkpoint",
        "restore",
        "gc",
        "store-check",
        "exec",
        "console",
        "sessions",
        "attach",
        "proxy",
        "version",
    ] {
        for flag in ["--help", "-h"] {
            let output = Command::new(GUESTD)
                .args(["--api", api, command, flag])
                .stdin(Stdio::null())
                .output()
                .expect("run guestd client");
            let stdout = String::from_utf8_lossy(&output.stdout);
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(0), "{command} {flag}: {stderr}");
            assert!(stdout.starts_with(&format!("Usage: guestd {command}")), "{command} {flag}: {stdout}");
            // serve's option table is the one help laid out wider.
            if command != "serve" {
                for line in stdout.lines() {
                    assert!(line.chars().count() <= 80, "{command} {flag}: line over 80 columns: {line:?}");
                }
            }
        }
    }
}

#[test]
fn deleted_service_leaves_no_cgroup() {
    common::require_root();
    let daemon = Daemon::start("tryout-svc-cgroup", &[]);
    let (status, reply) = daemon.request("GET", "/v1/container", None);
    assert_eq!(status, 200, "{reply}");
    let cgroup = reply.split("\"cgroup\":\"").nth(1).and_then(|rest| rest.split('"').next()).expect("cgroup path");
    let leaf = std::path::Path::new(cgroup).join("short");

    let body = r#"{"cmd": "sh", "args": ["-c", "sleep 0.2"], "restart": "never"}"#;
    let (status, reply) = daemon.request("PUT", "/v1/services/short", Some(body));
    assert_eq!(status, 201, "{reply}");
    let start = Instant::now();
    while !leaf.is_dir() && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(leaf.is_dir(), "no cgroup leaf for the running service\nlog:\n{}", daemon.log());

    // Deleted while running, then once more after it has exited on its own.
    let (status, reply) = daemon.request("DELETE", "/v1/services/short", None);
    assert_eq!(status, 204, "{reply}");
    let start = Instant::now();
    while leaf.exists() && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(!leaf.exists(), "the deleted service's cgroup stayed\nlog:\n{}", daemon.log());

    let (status, reply) = daemon.request("PUT", "/v1/services/short", Some(body));
    assert_eq!(status, 201, "{reply}");
    let start = Instant::now();
    loop {
        let (_, reply) = daemon.request("GET", "/v1/services/short", None);
        if reply.contains("\"exit_code\":0") {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "the service did not exit: {reply}");
        std::thread::sleep(Duration::from_millis(50));
    }
    let (status, reply) = daemon.request("DELETE", "/v1/services/short", None);
    assert_eq!(status, 204, "{reply}");
    assert!(!leaf.exists(), "the exited service's cgroup stayed\nlog:\n{}", daemon.log());
}

#[test]
fn service_name_exec_rejected() {
    common::require_root();
    let daemon = Daemon::start("tryout-svc-exec", &[]);
    for name in ["exec", "cgroup.procs", "memory.max"] {
        let (status, reply) = daemon.request("PUT", &format!("/v1/services/{name}"), Some(r#"{"cmd": "true"}"#));
        assert_eq!(status, 400, "{name}: {reply}");
        assert!(reply.contains("reserved"), "{name}: {reply}");
    }
}

#[test]
fn service_delete_names_dependents() {
    common::require_root();
    let daemon = Daemon::start("tryout-svc-needs", &[]);
    for (name, body) in [
        ("db", r#"{"cmd": "sleep", "args": ["1000"]}"#),
        ("app", r#"{"cmd": "sleep", "args": ["1000"], "needs": ["db"]}"#),
        ("web", r#"{"cmd": "sleep", "args": ["1000"], "needs": ["db"]}"#),
    ] {
        let (status, reply) = daemon.request("PUT", &format!("/v1/services/{name}"), Some(body));
        assert_eq!(status, 201, "{name}: {reply}");
    }
    let (status, reply) = daemon.request("DELETE", "/v1/services/db", None);
    assert_eq!(status, 409, "{reply}");
    assert!(reply.contains(r#"needed by \"app\", \"web\";"#), "{reply}");
}

#[test]
fn poweroff_rejected_outside_a_vm() {
    common::require_root();
    let daemon = Daemon::start("tryout-poweroff", &[]);
    let output = common::run_client(&daemon.api_arg(), &["poweroff"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("poweroff failed (409)"), "{stderr}");
    let (status, _) = daemon.request("GET", "/v1/status", None);
    assert_eq!(status, 200, "the daemon still serves");
}

#[test]
fn closed_connection_named_by_client() {
    // A daemon that dies before it responds (for example, from SIGKILL
    // during a restore) closes the connection without a status line.
    let dir = TempDir::new("tryout-closed");
    let socket = dir.path().join("api.sock");
    let listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let server = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        // Read the request head, then close without a response.
        let mut reader = std::io::BufReader::new(stream);
        let mut line = String::new();
        while std::io::BufRead::read_line(&mut reader, &mut line).unwrap_or(0) > 0 && line != "\r\n" {
            line.clear();
        }
    });
    let output = common::run_client(&format!("unix:{}", socket.display()), &["status"]);
    server.join().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("closed the connection without a response"), "{stderr}");
}

#[test]
fn oversized_service_command_rejected() {
    common::require_root();
    let daemon = Daemon::start("tryout-svc-big", &[]);
    // The container's spawner accepts at most 192 KiB of command line and
    // environment, so this service could never start.
    let body = format!(r#"{{"cmd": "sleep", "args": ["1000"], "env": {{"BIG": "{}"}}}}"#, "a".repeat(300_000));
    let (status, reply) = daemon.request("PUT", "/v1/services/big", Some(&body));
    assert_eq!(status, 400, "{}", &reply[..reply.len().min(300)]);
    assert!(reply.contains("more than the limit of 196608 bytes"), "{reply}");
    let (status, reply) = daemon.request("GET", "/v1/services/big", None);
    assert_eq!(status, 404, "{reply}");
}

#[test]
fn container_and_ports_commands() {
    common::require_root();
    let daemon = Daemon::start("tryout-container-cli", &["--publish", "0:8080"]);
    let output = daemon.client(&["container", "status"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("\"state\":\"running\""), "{stdout}");
    assert!(stdout.contains("\"restarts\":0"), "{stdout}");

    let output = daemon.client(&["container", "restart"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("\"state\":\"running\""), "{stdout}");
    assert!(stdout.contains("\"restarts\":1"), "{stdout}");

    let output = daemon.client(&["ports"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    let publish = stdout.lines().find(|line| line.starts_with("publish")).unwrap_or_else(|| panic!("{stdout}"));
    assert!(publish.contains("127.0.0.1:"), "{publish}");
    assert!(publish.ends_with(" 8080"), "{publish}");

    let output = daemon.client(&["container", "bounce"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("container restart"), "{stderr}");
}

#[test]
fn top_level_help_lists_commands() {
    let output = Command::new(GUESTD).arg("--help").output().expect("run guestd --help");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    for command in ["container status|restart", "ports", "checkpoint list", "logs [-f]"] {
        assert!(stdout.contains(command), "{command} missing from:\n{stdout}");
    }
    for line in stdout.lines() {
        assert!(line.chars().count() <= 80, "line over 80 columns: {line:?}");
    }
}

#[test]
fn checkpoint_list_prints_utc_time() {
    common::require_root();
    let daemon = Daemon::start("tryout-ckpt-list", &[]);
    let (status, reply) = daemon.request("POST", "/v1/checkpoints?wait=1", Some(r#"{"comment":"listed"}"#));
    assert_eq!(status, 200, "{reply}");
    let id = common::json_field(&reply, "id").expect("an id");
    let seconds = common::json_field(&reply, "created_at").expect("a created_at");
    assert!(seconds.parse::<u64>().is_ok(), "the API's created_at is no longer Unix seconds: {reply}");

    // date(1) formats the same instant independently of guestd.
    let date = Command::new("date")
        .args(["-u", "-d", &format!("@{seconds}"), "+%Y-%m-%dT%H:%M:%SZ"])
        .output()
        .expect("run date");
    let expected = String::from_utf8_lossy(&date.stdout).trim().to_string();
    let output = daemon.client(&["checkpoint", "list"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    let line = stdout.lines().find(|line| line.starts_with(&id)).unwrap_or_else(|| panic!("{id} not in:\n{stdout}"));
    assert_eq!(line.split_whitespace().nth(1), Some(expected.as_str()), "{line:?}");
}

#[test]
fn sprite_restore_resolves_latest() {
    common::require_root();
    let daemon = Daemon::start("tryout-sprite-latest", &[]);
    let route = "/v1/sprites/guestd/checkpoints/latest/restore";
    let (status, reply) = daemon.request("POST", route, None);
    assert_eq!(status, 404, "{reply}");
    assert!(reply.contains("no complete checkpoint"), "{reply}");

    let (status, reply) = daemon.request("POST", "/v1/checkpoints?wait=1", Some(r#"{"comment":"first"}"#));
    assert_eq!(status, 200, "{reply}");
    let (status, reply) = daemon.request("POST", "/v1/checkpoints?wait=1", Some(r#"{"comment":"newest"}"#));
    assert_eq!(status, 200, "{reply}");
    let newest = common::json_field(&reply, "id").expect("an id");

    let (status, reply) = daemon.request("POST", route, None);
    assert_eq!(status, 200, "{reply}");
    assert!(reply.contains(&format!("{{\"type\":\"complete\",\"data\":\"{newest}\"")), "{reply}");
    assert!(!reply.contains("\"type\":\"error\""), "{reply}");
}

/// Starts `guestd logs -f NAME` against `daemon` and waits for its first
/// line of output, so that the follow stream is open.
fn follow_logs(daemon: &Daemon, name: &str) -> std::process::Child {
    let mut child = Command::new(GUESTD)
        .arg("--api")
        .arg(daemon.api_arg())
        .args(["logs", "-f", "-n", "1", name])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start guestd logs -f");
    let stdout = child.stdout.take().unwrap();
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut reader = std::io::BufReader::new(stdout);
        let mut line = String::new();
        let _ = std::io::BufRead::read_line(&mut reader, &mut line);
        let _ = sender.send(line);
        // Keep reading so that the client never blocks on a full pipe.
        let _ = std::io::Read::read_to_end(&mut reader, &mut Vec::new());
    });
    match receiver.recv_timeout(Duration::from_secs(20)) {
        Ok(line) => assert_eq!(line, "tick\n"),
        Err(_) => {
            let _ = child.kill();
            let _ = child.wait();
            panic!("guestd logs -f printed nothing within 20 s; log:\n{}", daemon.log());
        }
    }
    child
}

/// Stops `daemon`, checks that it shut down cleanly, and returns the exit
/// code and stderr of the client `child` as [`client_exit`] does.
fn stop_daemon_then_client_exit(daemon: &mut Daemon, child: std::process::Child) -> (Option<i32>, String) {
    let status = daemon.stop().expect("daemon was running");
    assert!(status.success(), "{status}");
    client_exit(child)
}

/// Waits up to 20 s for the client to exit and returns its exit code and
/// stderr. A client still running then is killed and fails the test.
fn client_exit(mut child: std::process::Child) -> (Option<i32>, String) {
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the guestd client did not exit within 20 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    (status.code(), common::read_all(child.stderr.take().unwrap()))
}

const TICKER: &str = r#"{"cmd": "sh", "args": ["-c", "while :; do echo tick; sleep 0.2; done"]}"#;

#[test]
fn logs_follow_fails_on_daemon_shutdown() {
    common::require_root();
    let mut daemon = Daemon::start("tryout-logs-stop", &[]);
    let (status, reply) = daemon.request("PUT", "/v1/services/ticker", Some(TICKER));
    assert_eq!(status, 201, "{reply}");
    let child = follow_logs(&daemon, "ticker");

    let (code, stderr) = stop_daemon_then_client_exit(&mut daemon, child);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("ended because the daemon shut down"), "{stderr}");
}

#[test]
fn logs_follow_ends_on_service_delete() {
    common::require_root();
    let daemon = Daemon::start("tryout-logs-delete", &[]);
    let (status, reply) = daemon.request("PUT", "/v1/services/ticker", Some(TICKER));
    assert_eq!(status, 201, "{reply}");
    let child = follow_logs(&daemon, "ticker");

    let output = daemon.client(&["service", "delete", "ticker"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let (code, stderr) = client_exit(child);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("service ticker was deleted"), "{stderr}");

    // The raw stream ends with the end line, then the zero-length last chunk.
    let (status, reply) = daemon.request("PUT", "/v1/services/ticker", Some(TICKER));
    assert_eq!(status, 201, "{reply}");
    let socket = daemon.api_arg().strip_prefix("unix:").unwrap().to_string();
    let mut conn = std::os::unix::net::UnixStream::connect(socket).unwrap();
    conn.write_all(b"GET /v1/services/ticker/logs?tail=0&follow=1 HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    conn.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut head = [0u8; 12];
    std::io::Read::read_exact(&mut conn, &mut head).unwrap();
    assert_eq!(&head, b"HTTP/1.1 200");
    let (status, reply) = daemon.request("DELETE", "/v1/services/ticker", None);
    assert_eq!(status, 204, "{reply}");
    let rest = common::read_all(conn);
    assert!(rest.ends_with("\r\n0\r\n\r\n"), "no last chunk: {rest:?}");
    let body = rest.split_once("\r\n\r\n").map_or("", |(_, body)| body);
    let body = String::from_utf8_lossy(&common::dechunk(body.as_bytes())).into_owned();
    let last = body.lines().last().unwrap_or("");
    assert_eq!(last, r#"{"end":"deleted","service":"ticker"}"#, "{body}");
}

/// Starts `guestd logs -f NAME` against `daemon` without waiting for it.
fn spawn_follow(daemon: &Daemon, name: &str) -> std::process::Child {
    Command::new(GUESTD)
        .arg("--api")
        .arg(daemon.api_arg())
        .args(["logs", "-f", name])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start guestd logs -f")
}

/// Waits up to 20 s for `GET /v1/logs/status` to count `count` followers.
fn wait_followers(daemon: &Daemon, count: u64) {
    let start = Instant::now();
    loop {
        let (_, status) = daemon.request("GET", "/v1/logs/status", None);
        if common::json_field(&status, "followers") == Some(count.to_string()) {
            return;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "expected {count} followers: {status}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn logs_follow_of_deleted_service_ends() {
    common::require_root();
    let daemon = Daemon::start("tryout-logs-gone", &[]);
    // A service that exists but has logged nothing yet is followed.
    let quiet = r#"{"cmd": "sleep", "args": ["600"]}"#;
    let (status, reply) = daemon.request("PUT", "/v1/services/quiet", Some(quiet));
    assert_eq!(status, 201, "{reply}");
    let quiet_follower = spawn_follow(&daemon, "quiet");
    wait_followers(&daemon, 1);

    let once = r#"{"cmd": "echo", "args": ["last words"], "restart": "never"}"#;
    let (status, reply) = daemon.request("PUT", "/v1/services/once", Some(once));
    assert_eq!(status, 201, "{reply}");
    let start = Instant::now();
    while !daemon.request("GET", "/v1/services/once", None).1.contains(r#""status":"stopped""#) {
        assert!(start.elapsed() < Duration::from_secs(20), "service once did not stop");
        std::thread::sleep(Duration::from_millis(20));
    }
    let (status, reply) = daemon.request("DELETE", "/v1/services/once", None);
    assert_eq!(status, 204, "{reply}");

    // Its log file stays, so the stream has a tail, and then it ends.
    let mut child = spawn_follow(&daemon, "once");
    let stdout = child.stdout.take().unwrap();
    let (code, stderr) = client_exit(child);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("service once was deleted"), "{stderr}");
    assert_eq!(common::read_all(stdout), "last words\n");

    let (code, stderr) = client_exit(spawn_follow(&daemon, "never-defined"));
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("no service named \"never-defined\""), "{stderr}");

    let mut quiet_follower = quiet_follower;
    assert!(quiet_follower.try_wait().unwrap().is_none(), "the follower of quiet exited");
    wait_followers(&daemon, 1);
    let (status, reply) = daemon.request("DELETE", "/v1/services/quiet", None);
    assert_eq!(status, 204, "{reply}");
    let (code, stderr) = client_exit(quiet_follower);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("service quiet was deleted"), "{stderr}");
}

#[test]
fn logs_follow_fails_on_dropped_connection() {
    common::require_root();
    let mut daemon = Daemon::start("tryout-logs-kill", &[]);
    let (status, reply) = daemon.request("PUT", "/v1/services/ticker", Some(TICKER));
    assert_eq!(status, 201, "{reply}");
    let child = follow_logs(&daemon, "ticker");

    daemon.kill(libc::SIGKILL);
    let (code, stderr) = client_exit(child);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("connection to the daemon was lost"), "{stderr}");
    assert!(!stderr.contains("shut down"), "{stderr}");
}

#[test]
fn s3_store_without_keys_rejected() {
    common::require_root();
    let dir = TempDir::new("tryout-s3-keys");
    let listen = format!("unix:{}", dir.path().join("api.sock").display());
    let state = dir.path().join("state");
    let run = dir.path().join("run");
    // Nothing listens on port 1, so the daemon must stop before it sends any request.
    let stderr = serve_expecting_rejection(
        &[
            "--listen".as_ref(),
            listen.as_ref(),
            "--state-dir".as_ref(),
            state.as_ref(),
            "--run-dir".as_ref(),
            run.as_ref(),
            "--store".as_ref(),
            "s3:http://127.0.0.1:1/bucket".as_ref(),
        ],
        &run,
    );
    assert!(stderr.contains("s3:http://127.0.0.1:1/bucket"), "{stderr}");
    assert!(stderr.contains("--store-key-file"), "{stderr}");
    assert!(stderr.contains("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are unset"), "{stderr}");
}

#[test]
fn run_dir_contains_default_socket() {
    common::require_root();
    let mut daemon = Daemon::start_default_listen("tryout-rundir", &[]);
    assert!(!daemon.args.iter().any(|arg| arg == "--listen"), "{:?}", daemon.args);
    let (status, reply) = daemon.request("GET", "/v1/status", None);
    assert_eq!(status, 200, "{reply}");
    let expected = format!("\"unix:{}\"", daemon.socket.display());
    assert!(reply.contains(&expected), "{expected} not in {reply}");
    assert!(!reply.contains("\"unix:/run/guestd/api.sock\""), "{reply}");

    let status = daemon.stop().expect("daemon was running");
    assert!(status.success(), "{status}");
    for dir in ["inner", "root", ""] {
        let path = daemon.run_dir.join(dir);
        assert!(!path.exists(), "{} stayed after shutdown", path.display());
    }
}

#[test]
fn check_kernel_reads_v2_controllers() {
    let mountinfo = std::fs::read_to_string("/proc/self/mountinfo").unwrap();
    let Some(mount) = mountinfo.lines().find_map(|line| {
        let (left, right) = line.split_once(" - ")?;
        (right.split_whitespace().next()? == "cgroup2").then(|| left.split_whitespace().nth(4).unwrap().to_string())
    }) else {
        eprintln!("skipped: no cgroup2 mount");
        return;
    };
    let controllers = std::fs::read_to_string(format!("{mount}/cgroup.controllers")).unwrap();
    let output = Command::new(GUESTD).arg("check-kernel").output().expect("run guestd check-kernel");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains(&format!("cgroup v2 hierarchy: {mount} (controllers: ")), "{stdout}");
    for controller in ["memory", "pids"] {
        let line = stdout
            .lines()
            .find(|line| line.contains(&format!(" {controller} controller:")))
            .unwrap_or_else(|| panic!("no {controller} line in:\n{stdout}"));
        if controllers.split_whitespace().any(|c| c == controller) {
            assert!(line.starts_with("ok "), "{line}");
        } else {
            assert!(!line.starts_with("ok "), "{line}");
            assert!(line.contains(&format!("{mount}/cgroup.controllers")), "{line}");
        }
    }
}

#[test]
fn client_operands_checked_before_sending() {
    // Each of these fails in the client, before it connects.
    let cases: [(&[&str], &str); 20] = [
        (&["service", "put", "web", "--restart", "--", "true"], "--restart needs a value"),
        (&["service", "put", "web", "--env", "=x", "--", "true"], "--env \"=x\": expected KEY=VALUE"),
        (&["exec", "-w", "--", "pwd"], "-w needs a value"),
        (&["logs", "-n", "99999999999999999999", "web"], "too large; at most 100000"),
        (&["logs", "-n", "100001", "web"], "too large; at most 100000"),
        (&["logs", "-n", "-1", "web"], "expected a whole number"),
        (&["exec"], "see guestd exec --help"),
        (&["restore", "first", "second"], "unexpected argument \"second\""),
        (&["restore", ""], "not an empty string"),
        (&["checkpoint", "delete", "one", "two"], "unexpected argument \"two\""),
        (&["checkpoint", "show", ""], "not an empty string"),
        (&["service", "get", ""], "not an empty string"),
        (&["service", "stop", "web", "db"], "unexpected argument \"db\""),
        (&["gc", "now"], "unexpected argument \"now\""),
        (&["checkpoint", "restore", "latest"], "guestd restore ID"),
        (&["container", "bounce"], "unknown container action \"bounce\""),
        (&["container", "restart", "now"], "unexpected argument \"now\""),
        (&["ports", "--json", "80"], "unexpected argument \"80\""),
        (&["exec", "--", "", "x"], "the command name is empty"),
        (&["poweroff", "now"], "unexpected argument \"now\""),
    ];
    for (args, expected) in cases {
        let output = common::run_client("unix:/nonexistent/guestd.sock", args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
        assert!(!stderr.contains("failed to connect"), "{args:?}: {stderr}");
    }
}

#[test]
fn checkpoint_ids_sent_encoded() {
    common::require_root();
    let daemon = Daemon::start("tryout-checkpoint-ids", &[]);
    for id in ["a b", "../../etc", "a?b", "a#b"] {
        for args in [&["checkpoint", "show", id][..], &["checkpoint", "delete", id], &["restore", id]] {
            let output = daemon.client(args);
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
            assert!(stderr.contains(&format!("checkpoint {id:?} not found")), "{args:?}: {stderr}");
        }
    }
}

#[test]
fn oversized_request_shows_daemon_reply() {
    common::require_root();
    let daemon = Daemon::start("tryout-oversized", &[]);
    let word = "a".repeat(100_000);
    let mut args = vec!["exec", "--", "echo"];
    args.extend(std::iter::repeat_n(word.as_str(), 12));
    let output = daemon.client(&args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(255), "{stderr}");
    assert!(stderr.contains("(413)"), "{stderr}");
    assert!(stderr.contains("exceeds the limit of 1048576 bytes"), "{stderr}");
    assert!(stderr.contains("with guestd exec -i"), "{stderr}");

    args[0..3].copy_from_slice(&["service", "put", "big"]);
    let output = daemon.client(&args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("(413)"), "{stderr}");
    assert!(stderr.contains("exceeds the limit"), "{stderr}");
}

#[test]
fn zero_max_connections_rejected() {
    let output = Command::new(GUESTD).args(["serve", "--max-connections", "0"]).output().expect("run guestd serve");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--max-connections \"0\": must be at least 1"), "{stderr}");
}

#[test]
fn zero_pids_max_rejected() {
    common::require_root();
    let dir = TempDir::new("tryout-pids-zero");
    let (state, run) = (dir.path().join("state"), dir.path().join("run"));
    let listen = format!("unix:{}", run.join("api.sock").display());
    let args = [
        "--pids-max".as_ref(),
        "0".as_ref(),
        "--listen".as_ref(),
        listen.as_ref(),
        "--state-dir".as_ref(),
        state.as_ref(),
        "--run-dir".as_ref(),
        run.as_ref(),
    ];
    let stderr = serve_expecting_rejection(&args, &run);
    common::cleanup_mounts(dir.path());
    assert!(stderr.contains("--pids-max \"0\": out of range; expected 1 to 4194304"), "{stderr}");
}

#[test]
// The child is reaped by `try_wait` in a loop, or killed and waited for.
#[allow(clippy::zombie_processes)]
fn ctrl_c_reaches_only_the_daemon() {
    use std::os::unix::process::CommandExt;

    common::require_root();
    let dir = TempDir::new("tryout-ctrl-c");
    let run_dir = dir.path().join("run");
    let socket = run_dir.join("api.sock");
    let log_path = dir.path().join("daemon.log");
    let log = std::fs::File::create(&log_path).unwrap();
    // A process group of its own, as a shell gives a foreground job.
    let mut child = Command::new(GUESTD)
        .arg("serve")
        .arg("--state-dir")
        .arg(dir.path().join("state"))
        .arg("--run-dir")
        .arg(&run_dir)
        .stdin(Stdio::null())
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .process_group(0)
        .spawn()
        .expect("start guestd serve");

    let start = Instant::now();
    let mut ready = false;
    while start.elapsed() < Duration::from_secs(20) && !ready {
        ready = common::request_on(&socket, "GET", "/v1/status", None)
            .is_ok_and(|(status, body)| status == 200 && body.contains(r#""state":"running""#));
        std::thread::sleep(Duration::from_millis(20));
    }

    // The terminal sends SIGINT to the whole foreground process group.
    // SAFETY: kill takes plain integers, and the group belongs to our
    // unreaped child.
    unsafe { libc::kill(-(child.id() as i32), libc::SIGINT) };
    let mut status = None;
    while start.elapsed() < Duration::from_secs(40) && status.is_none() {
        status = child.try_wait().unwrap();
        std::thread::sleep(Duration::from_millis(20));
    }
    if status.is_none() {
        let _ = child.kill();
        let _ = child.wait();
    }
    common::cleanup_cgroups(&run_dir);
    common::cleanup_mounts(dir.path());

    let log = std::fs::read_to_string(&log_path).unwrap();
    assert!(ready, "the daemon did not start; log:\n{log}");
    assert_eq!(status.and_then(|s| s.code()), Some(0), "log:\n{log}");
    assert!(log.contains("received SIGINT"), "{log}");
    assert!(!log.contains("exited unexpectedly"), "{log}");
    assert!(!log.contains("ERROR"), "{log}");
}

#[test]
fn missing_base_named_in_container_error() {
    common::require_root();
    let daemon = Daemon::launch("tryout-no-base", &["--base", "/nonexistent/guestd-base"]);
    let start = Instant::now();
    let mut last = String::new();
    while start.elapsed() < Duration::from_secs(20) {
        if let Ok((200, body)) = daemon.try_request("GET", "/v1/container", None) {
            last = body;
            if !last.contains(r#""error":null"#) {
                break;
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(last.contains("base image /nonexistent/guestd-base is not usable"), "{last}");
    assert!(last.contains("pass --base DIR"), "{last}");
    // The daemon keeps serving while the container cannot start.
    let (status, body) = daemon.request("GET", "/v1/status", None);
    assert_eq!(status, 200, "{body}");
    // exec names the failed start, not only that the container is down.
    let output = daemon.client(&["exec", "--", "true"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(255), "{stderr}");
    assert!(stderr.contains("base image /nonexistent/guestd-base is not usable"), "{stderr}");
}

#[test]
fn bad_api_address_names_its_source() {
    let output = Command::new(GUESTD).args(["status", "--api"]).env_remove("GUESTD_API").output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("unexpected argument \"--api\""), "{stderr}");

    let output = Command::new(GUESTD).arg("--api").env_remove("GUESTD_API").output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--api needs a value"), "{stderr}");

    let output = Command::new(GUESTD).args(["--api", "bogus", "status"]).env_remove("GUESTD_API").output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--api: invalid address \"bogus\""), "{stderr}");

    let output = Command::new(GUESTD).arg("status").env("GUESTD_API", "bogus").output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("GUESTD_API: invalid address \"bogus\""), "{stderr}");
}

#[test]
// The child is reaped by `try_wait` in a loop, or killed and waited for.
#[allow(clippy::zombie_processes)]
fn proxy_without_daemon_fails_at_start() {
    let mut child = Command::new(GUESTD)
        .args(["--api", "unix:/nonexistent/guestd.sock", "proxy", "0:80"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start guestd proxy");
    let start = Instant::now();
    let mut status = None;
    while start.elapsed() < Duration::from_secs(20) && status.is_none() {
        status = child.try_wait().unwrap();
        std::thread::sleep(Duration::from_millis(20));
    }
    if status.is_none() {
        let _ = child.kill();
        let _ = child.wait();
    }
    let stdout = common::read_all(child.stdout.take().unwrap());
    let stderr = common::read_all(child.stderr.take().unwrap());
    assert_eq!(status.and_then(|s| s.code()), Some(1), "{stdout}{stderr}");
    assert!(stderr.contains("failed to connect to unix:/nonexistent/guestd.sock"), "{stderr}");
    assert!(!stdout.contains("forwarding"), "{stdout}");
}

#[test]
fn proxy_sends_token_over_tcp() {
    common::require_root();
    let echo = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let echo_port = echo.local_addr().unwrap().port();
    std::thread::spawn(move || {
        if let Ok((mut conn, _)) = echo.accept() {
            let mut buf = [0u8; 64];
            if let Ok(n) = std::io::Read::read(&mut conn, &mut buf) {
                let _ = conn.write_all(&buf[..n]);
            }
        }
    });

    let api_port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let dir = TempDir::new("tryout-proxy-token-file");
    let token = dir.path().join("token");
    std::fs::write(&token, "proxy-test-token\n").unwrap();
    let listen = format!("tcp:127.0.0.1:{api_port}");
    let token_arg = token.display().to_string();
    let daemon =
        Daemon::start("tryout-proxy-token", &["--network", "host", "--listen", &listen, "--token-file", &token_arg]);

    let mut proxy = Command::new(GUESTD)
        .args(["--api", &listen, "proxy", &format!("0:{echo_port}")])
        .env("GUESTD_TOKEN", "proxy-test-token")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start guestd proxy");
    let mut stdout = std::io::BufReader::new(proxy.stdout.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut stdout, &mut line).unwrap();
    let local = line.split_whitespace().nth(1).map(str::to_string);

    let mut reply = Vec::new();
    if let Some(local) = &local {
        let mut conn = std::net::TcpStream::connect(local).expect("connect to the proxy");
        conn.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
        conn.write_all(b"ping").unwrap();
        let mut buf = [0u8; 4];
        if std::io::Read::read_exact(&mut conn, &mut buf).is_ok() {
            reply.extend_from_slice(&buf);
        }
    }
    let _ = proxy.kill();
    let _ = proxy.wait();

    assert!(local.is_some(), "the proxy did not start: {line:?}\nlog:\n{}", daemon.log());
    assert_eq!(reply, b"ping", "log:\n{}", daemon.log());
}

#[test]
fn store_check_rejects_missing_store() {
    let dir = TempDir::new("tryout-store-check");
    let missing = dir.path().join("no-such-store");
    let url = format!("dir:{}", missing.display());
    let output = Command::new(GUESTD).args(["store-check", "--store", &url]).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("store directory {:?} is not readable", missing.display().to_string())),
        "{stderr}"
    );
    assert!(!missing.exists(), "store-check created {}", missing.display());

    let output = Command::new(GUESTD).arg("store-check").output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("missing --store URL"), "{stderr}");

    std::fs::create_dir(&missing).unwrap();
    let output = Command::new(GUESTD).args(["store-check", "--store", &url]).output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("0 checkpoint manifests"), "{stdout}");
}

#[test]
fn oversized_command_line_is_client_error() {
    common::require_root();
    let daemon = Daemon::start("tryout-long-argv", &[]);
    let word = "a".repeat(100_000);
    let output = daemon.client(&["exec", "--", "echo", &word, &word, &word]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(255), "{stderr}");
    assert!(stderr.contains("exec failed (400)"), "{stderr}");
    assert!(stderr.contains("more than the limit of 196608 bytes"), "{stderr}");

    let output = daemon.client(&["exec", "--", "echo", "still", "serving"]);
    assert_eq!(String::from_utf8_lossy(&output.stdout), "still serving\n");
}

#[test]
fn restore_flag_names_unknown_checkpoint() {
    common::require_root();
    let dir = TempDir::new("tryout-restore-unknown");
    let state = dir.path().join("state");
    let run = dir.path().join("run");
    let stderr = serve_expecting_rejection(
        &[
            "--state-dir".as_ref(),
            state.as_ref(),
            "--run-dir".as_ref(),
            run.as_ref(),
            "--restore".as_ref(),
            "no-such-checkpoint".as_ref(),
        ],
        &run,
    );
    common::cleanup_mounts(dir.path());
    assert!(stderr.contains("lists no checkpoint \"no-such-checkpoint\""), "{stderr}");
    assert!(stderr.contains("guestd checkpoint list"), "{stderr}");
}

#[test]
fn checkpoint_wait_ends_with_summary() {
    common::require_root();
    let daemon = Daemon::start("tryout-checkpoint-summary", &[]);
    let output = daemon.client(&["exec", "--", "sh", "-c", "echo data > /srv/summary-file"]);
    assert_eq!(output.status.code(), Some(0));
    let output = daemon.client(&["checkpoint", "create", "--wait"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let last = stderr.trim_end().rsplit('\r').next().unwrap_or_default().trim_end();
    assert!(last.contains(": complete, "), "{stderr:?}");
    assert!(last.contains(" entries, "), "{stderr:?}");
    assert!(last.ends_with(" new bytes stored"), "{stderr:?}");
}

#[test]
fn run_dir_that_is_a_file_named() {
    common::require_root();
    let dir = TempDir::new("tryout-run-file");
    let state = dir.path().join("state");
    let run = dir.path().join("run");
    std::fs::write(&run, "").unwrap();
    let stderr =
        serve_expecting_rejection(&["--state-dir".as_ref(), state.as_ref(), "--run-dir".as_ref(), run.as_ref()], &run);
    assert!(stderr.contains(&format!("{} exists and is not a directory", run.display())), "{stderr}");
    assert!(stderr.contains("pass another --run-dir"), "{stderr}");
}

#[test]
fn help_flag_after_operand_prints_help() {
    // No daemon listens here, so any request would fail.
    let cases: [&[&str]; 5] = [
        &["checkpoint", "delete", "--help"],
        &["checkpoint", "create", "--wait", "--help"],
        &["restore", "latest", "-h"],
        &["service", "delete", "--help"],
        &["service", "put", "--help"],
    ];
    for args in cases {
        let output = common::run_client("unix:/nonexistent/guestd.sock", args);
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stdout.starts_with("Usage: guestd "), "{args:?}: {stdout}");
    }
}

/// Returns the `guestd sessions` row of the first session whose command
/// is `command`, once `check` accepts it. Panics after 20 s.
fn wait_session_row(daemon: &Daemon, command: &str, check: impl Fn(&str) -> bool) -> String {
    let start = Instant::now();
    let mut last = String::new();
    while start.elapsed() < Duration::from_secs(20) {
        let output = daemon.client(&["sessions"]);
        last = String::from_utf8_lossy(&output.stdout).into_owned();
        assert_eq!(output.status.code(), Some(0), "{last}");
        let row = last.lines().skip(1).find(|row| row.split_whitespace().last() == Some(command) && check(row));
        if let Some(row) = row {
            return row.to_string();
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("no session of {command:?} matched within 20 s; last list:\n{last}");
}

#[test]
fn attach_resumes_detached_console() {
    common::require_root();
    let daemon = Daemon::start("tryout-attach", &[]);
    // An interactive user's TTY session, whose stdin stays open.
    let mut client = Command::new(GUESTD)
        .arg("--api")
        .arg(daemon.api_arg())
        .args(["exec", "-i", "-t", "--", "sh"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start guestd exec -i -t");

    let mut input = client.stdin.take().unwrap();
    input.write_all(b"echo before-$((2 + 3))\n").unwrap();
    // Kill the client only after the shell has run the first command.
    let stdout = client.stdout.take().unwrap();
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut reader = std::io::BufReader::new(stdout);
        let mut line = String::new();
        while std::io::BufRead::read_line(&mut reader, &mut line).is_ok_and(|n| n > 0) {
            if line.contains("before-5") {
                let _ = sender.send(());
            }
            line.clear();
        }
    });
    if receiver.recv_timeout(Duration::from_secs(20)).is_err() {
        let _ = client.kill();
        let _ = client.wait();
        panic!("the shell printed no before-5 within 20 s; log:\n{}", daemon.log());
    }
    let row = wait_session_row(&daemon, "sh", |row| row.contains(" attached "));
    let id = row.split_whitespace().next().unwrap().to_string();
    assert!(row.contains(" yes "), "not a TTY session: {row}");
    assert!(row.contains(" running "), "{row}");

    // Killing the client detaches the session, and the shell keeps running.
    client.kill().unwrap();
    client.wait().unwrap();
    drop(input);
    let row = wait_session_row(&daemon, "sh", |row| row.contains(" detached "));
    assert!(row.starts_with(&format!("{id} ")), "{row}");
    assert!(row.contains(" running "), "{row}");

    let (code, stdout) = client_with_input(&daemon, &["attach", &id], b"echo after-$((3 + 4)); exit 7\n")
        .expect("guestd attach did not end");
    assert_eq!(code, 7, "{stdout}");
    assert!(stdout.contains("before-5"), "scrollback missing: {stdout:?}");
    assert!(stdout.contains("after-7"), "{stdout:?}");

    // The exit was collected, so the session is gone.
    let output = daemon.client(&["attach", &id]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(255), "{stderr}");
    assert!(stderr.contains("attach failed (404)"), "{stderr}");
    assert!(stderr.contains("guestd sessions"), "{stderr}");
}

#[test]
fn attach_rejects_non_tty_session() {
    common::require_root();
    let daemon = Daemon::start("tryout-attach-pipe", &[]);
    let mut client = Command::new(GUESTD)
        .arg("--api")
        .arg(daemon.api_arg())
        .args(["exec", "-i", "--", "cat"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start guestd exec -i");
    let row = wait_session_row(&daemon, "cat", |_| true);
    let id = row.split_whitespace().next().unwrap();
    assert!(row.contains(" no "), "{row}");
    let output = daemon.client(&["attach", id]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(255), "{stderr}");
    assert!(stderr.contains("attach failed (409)"), "{stderr}");
    assert!(stderr.contains("no TTY"), "{stderr}");
    drop(client.stdin.take());
    client.wait().unwrap();

    let output = daemon.client(&["sessions", "--json"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(stdout.starts_with("{\"sessions\":"), "{stdout}");
}

/// Starts `guestd exec ARGS` with stdin on a pipe that stays open, and
/// stderr piped for [`client_exit`].
fn spawn_exec(daemon: &Daemon, args: &[&str]) -> std::process::Child {
    Command::new(GUESTD)
        .arg("--api")
        .arg(daemon.api_arg())
        .arg("exec")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start guestd exec")
}

#[test]
fn exec_killed_by_bounce_prints_reason() {
    common::require_root();
    let mut daemon = Daemon::start("tryout-exec-bounce", &[]);
    let streamed = spawn_exec(&daemon, &["--", "sleep", "1000"]);
    let interactive = spawn_exec(&daemon, &["-i", "--", "sleep", "1001"]);
    wait_session_row(&daemon, "1000", |row| row.contains(" running "));
    wait_session_row(&daemon, "1001", |row| row.contains(" running "));

    let (status, reply) = daemon.request("POST", "/v1/container/restart", None);
    assert_eq!(status, 200, "{reply}");
    for (kind, child) in [("streamed", streamed), ("websocket", interactive)] {
        let (code, stderr) = client_exit(child);
        assert_eq!(code, Some(137), "{kind}: {stderr}");
        assert!(stderr.contains("killed (exit 137, signal 9) because the container restarted"), "{kind}: {stderr}");
    }

    // A command that exits on its own gets no such line.
    let output = daemon.client(&["exec", "--", "sh", "-c", "kill -9 $$"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(137), "{stderr}");
    assert!(!stderr.contains("because"), "{stderr}");

    let streamed = spawn_exec(&daemon, &["--", "sleep", "1002"]);
    wait_session_row(&daemon, "1002", |row| row.contains(" running "));
    let (code, stderr) = stop_daemon_then_client_exit(&mut daemon, streamed);
    assert_eq!(code, Some(137), "{stderr}");
    assert!(stderr.contains("because the daemon shut down"), "{stderr}");
}

#[test]
fn exec_uid_out_of_range_named() {
    common::require_root();
    let daemon = Daemon::start("tryout-uid-range", &[]);
    let output = daemon.client(&["exec", "-u", "99999999999", "--", "id"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(255), "{stderr}");
    assert!(stderr.contains("exec failed (400)"), "{stderr}");
    assert!(stderr.contains("uid 99999999999 is out of range"), "{stderr}");
    assert!(stderr.contains("use 0 to 4294967294"), "{stderr}");
}

/// Anonymous resident memory of process `pid` in KiB (`RssAnon`, which
/// leaves out the binary's own pages that the kernel may share or drop).
fn rss_anon_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("read daemon status");
    let line = status.lines().find(|line| line.starts_with("RssAnon:")).expect("RssAnon line");
    line.split_whitespace().nth(1).unwrap().parse().expect("RssAnon in kB")
}

/// A checkpoint of 150 MB of files reads, hashes and compresses them in
/// buffers on pool threads, and the daemon must give that memory back. The
/// bound of 16 MiB above the idle size leaves room for the chunk index and
/// manifest it keeps (well under 1 MiB for six files). A heap kept at its
/// peak reached about 32 MiB.
#[test]
fn checkpoint_returns_memory_when_idle() {
    common::require_root();
    let daemon = Daemon::start("tryout-checkpoint-rss", &[]);
    let idle = rss_anon_kib(daemon.pid());
    let output = daemon.client(&[
        "exec",
        "--",
        "sh",
        "-c",
        "for i in 1 2 3 4 5 6; do head -c 25000000 /dev/urandom > /srv/rss-$i; done",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let output = daemon.client(&["checkpoint", "create", "--wait"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let after = rss_anon_kib(daemon.pid());
    assert!(after < idle + 16 * 1024, "RssAnon {idle} KiB idle, {after} KiB after the checkpoint");
}

/// A daemon started on the run directory of a daemon killed with SIGKILL
/// takes over the directories that the killed daemon created. Its clean
/// shutdown unmounts and removes them, but not a file that someone else
/// put there.
#[test]
fn restarted_daemon_cleans_run_dir() {
    common::require_root();
    let mut daemon = Daemon::start("tryout-run-takeover", &[]);
    let (inner, root) = (daemon.run_dir.join("inner"), daemon.run_dir.join("root"));
    assert!(inner.is_dir(), "{}", inner.display());
    assert!(root.is_dir(), "{}", root.display());
    daemon.kill(libc::SIGKILL);

    // A mount left on the container's root, as after a kill of a daemon
    // that ran in this mount namespace.
    let status = Command::new("mount").args(["-t", "tmpfs", "tmpfs"]).arg(&root).status().expect("run mount");
    assert!(status.success(), "mount tmpfs on {}", root.display());
    daemon.spawn();
    let foreign = daemon.run_dir.join("operator-file");
    std::fs::write(&foreign, "kept").unwrap();

    let status = daemon.stop().expect("daemon was running");
    assert!(status.success(), "{status}");
    assert!(!inner.exists(), "{} left after the shutdown", inner.display());
    assert!(!root.exists(), "{} left after the shutdown", root.display());
    assert!(foreign.exists(), "{} removed", foreign.display());

    // The run directory still belongs to this daemon, so once the foreign
    // file is gone, the next shutdown removes it.
    std::fs::remove_file(&foreign).unwrap();
    daemon.spawn();
    daemon.stop().expect("daemon was running");
    assert!(!daemon.run_dir.exists(), "{} left after the shutdown", daemon.run_dir.display());
}
