//! Shared harness of the daemon tests. It starts `guestd serve` with its
//! own state, run and socket paths under a fresh temporary directory and
//! talks to it over its Unix socket. On drop it kills the daemon by PID and
//! removes its cgroup and directory, also when the test failed.

#![allow(dead_code, reason = "each test binary uses a different part of the harness")]

pub mod container;
pub mod seaweed;
pub mod services;
pub mod tree;

use std::io::{BufReader, Read, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub const GUESTD: &str = env!("CARGO_BIN_EXE_guestd");

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// A fresh directory under /tmp, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(label: &str) -> TempDir {
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let path = PathBuf::from(format!("/tmp/guestd-test-{label}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create test directory");
        TempDir(path)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub struct Daemon {
    pub child: Option<Child>,
    pub dir: TempDir,
    pub socket: PathBuf,
    pub inner_socket: PathBuf,
    pub state_dir: PathBuf,
    pub run_dir: PathBuf,
    pub log_path: PathBuf,
    pub args: Vec<String>,
}

impl Daemon {
    /// Starts a daemon with `extra` flags and waits until it serves requests
    /// and its container has started.
    pub fn start(label: &str, extra: &[&str]) -> Daemon {
        let mut daemon = Daemon::launch(label, extra);
        daemon.wait_ready(Duration::from_secs(20));
        daemon
    }

    /// Starts a daemon like [`Daemon::start`] without `--listen`, so that it
    /// serves its default socket, which is the same `RUN_DIR/api.sock`.
    pub fn start_default_listen(label: &str, extra: &[&str]) -> Daemon {
        let mut daemon = Daemon::launch_with(label, extra, false);
        daemon.wait_ready(Duration::from_secs(20));
        daemon
    }

    /// Starts a daemon like [`Daemon::start`] without waiting for it.
    pub fn launch(label: &str, extra: &[&str]) -> Daemon {
        Daemon::launch_with(label, extra, true)
    }

    fn launch_with(label: &str, extra: &[&str], listen: bool) -> Daemon {
        let dir = TempDir::new(label);
        let state_dir = dir.path().join("state");
        let run_dir = dir.path().join("run");
        let socket = run_dir.join("api.sock");
        let listen_args = ["--listen".to_string(), format!("unix:{}", socket.display())];
        let listen_args = if listen { &listen_args[..] } else { &[] };
        let args: Vec<String> = listen_args
            .iter()
            .cloned()
            .chain([
                "--state-dir".to_string(),
                state_dir.display().to_string(),
                "--run-dir".to_string(),
                run_dir.display().to_string(),
                "--log-level".to_string(),
                "debug".to_string(),
            ])
            .chain(extra.iter().map(|s| s.to_string()))
            .collect();
        let mut daemon = Daemon {
            child: None,
            inner_socket: run_dir.join("inner/api.sock"),
            log_path: dir.path().join("daemon.log"),
            socket,
            state_dir,
            run_dir,
            dir,
            args,
        };
        daemon.spawn_process();
        daemon
    }

    /// Starts the daemon process again with the same arguments.
    pub fn spawn(&mut self) {
        self.spawn_process();
        self.wait_ready(Duration::from_secs(20));
    }

    fn spawn_process(&mut self) {
        let log = std::fs::OpenOptions::new().create(true).append(true).open(&self.log_path).expect("open daemon log");
        let child = Command::new(GUESTD)
            .arg("serve")
            .args(&self.args)
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("start guestd serve");
        self.child = Some(child);
    }

    fn wait_ready(&mut self, limit: Duration) {
        let start = Instant::now();
        while start.elapsed() < limit {
            if let Some(child) = self.child.as_mut() {
                if let Ok(Some(status)) = child.try_wait() {
                    panic!("guestd exited during start with {status}; log:\n{}", self.log());
                }
            }
            // The API answers while the container starts; tests expect it
            // to run.
            if let Ok((200, body)) = self.try_request("GET", "/v1/status", None) {
                if !body.contains(r#""state":"starting""#) {
                    return;
                }
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("guestd did not answer within {limit:?}; log:\n{}", self.log());
    }

    pub fn pid(&self) -> u32 {
        self.child.as_ref().expect("daemon running").id()
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log_path).unwrap_or_default()
    }

    pub fn api_arg(&self) -> String {
        format!("unix:{}", self.socket.display())
    }

    /// Sends a request and returns status and body; panics on I/O errors.
    pub fn request(&self, method: &str, path: &str, body: Option<&str>) -> (u16, String) {
        self.try_request(method, path, body)
            .unwrap_or_else(|err| panic!("{method} {path} failed: {err}; log:\n{}", self.log()))
    }

    pub fn try_request(&self, method: &str, path: &str, body: Option<&str>) -> std::io::Result<(u16, String)> {
        request_on(&self.socket, method, path, body)
    }

    /// Runs the client binary against this daemon.
    pub fn client(&self, args: &[&str]) -> std::process::Output {
        run_client(&self.api_arg(), args)
    }

    /// Kills the daemon with `signal` and waits for it.
    pub fn kill(&mut self, signal: i32) {
        if let Some(mut child) = self.child.take() {
            // SAFETY: kill takes plain integers; the PID is our own child,
            // not yet reaped, so it cannot have been reused.
            unsafe { libc::kill(child.id() as i32, signal) };
            let _ = child.wait();
        }
    }

    /// Stops the daemon with SIGTERM and returns its exit status.
    pub fn stop(&mut self) -> Option<std::process::ExitStatus> {
        let mut child = self.child.take()?;
        // SAFETY: as in `kill`.
        unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
        let start = Instant::now();
        loop {
            if let Ok(Some(status)) = child.try_wait() {
                return Some(status);
            }
            if start.elapsed() > Duration::from_secs(20) {
                // SAFETY: as in `kill`.
                unsafe { libc::kill(child.id() as i32, libc::SIGKILL) };
                let _ = child.wait();
                panic!("guestd did not stop within 20 s of SIGTERM; log:\n{}", self.log());
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        self.kill(libc::SIGKILL);
        cleanup_cgroups(&self.run_dir);
        // The daemon leaves the upper layer's tmpfs mounted when it exits.
        // It mounts on an --upper-dir only with --upper-size; otherwise
        // that filesystem is the test's own.
        cleanup_mounts(self.dir.path());
        let sized = self.args.iter().any(|arg| arg == "--upper-size");
        for pair in self.args.windows(2) {
            if pair[0] == "--state-dir" || (pair[0] == "--upper-dir" && sized) {
                cleanup_mounts(Path::new(&pair[1]));
            }
        }
        if std::thread::panicking() {
            eprintln!("--- guestd log ---\n{}", self.log());
        }
    }
}

/// Runs the client binary with `--api API` and `args`.
pub fn run_client(api: &str, args: &[&str]) -> std::process::Output {
    Command::new(GUESTD).arg("--api").arg(api).args(args).stdin(Stdio::null()).output().expect("run guestd client")
}

/// Kills and removes the cgroup a SIGKILLed daemon may have left. The
/// daemon records the absolute path of its cgroup in `RUN_DIR/cgroup`.
pub fn cleanup_cgroups(run_dir: &Path) {
    let Ok(path) = std::fs::read_to_string(run_dir.join("cgroup")) else { return };
    let path = PathBuf::from(path.trim());
    if path.starts_with("/sys/fs/cgroup") && path.is_dir() {
        remove_tree(&path);
    }
}

/// Unmounts every filesystem mounted at or under `dir`, in reverse mount
/// order so that submounts go first.
pub fn cleanup_mounts(dir: &Path) {
    for mount_point in mounts_under(dir).iter().rev() {
        let Ok(path) = std::ffi::CString::new(mount_point.as_os_str().as_encoded_bytes()) else { continue };
        // SAFETY: `path` is a NUL-terminated string that outlives the call.
        if unsafe { libc::umount2(path.as_ptr(), libc::MNT_DETACH) } != 0 {
            eprintln!("failed to unmount {}: {}", mount_point.display(), std::io::Error::last_os_error());
        }
    }
}

/// Mount points at or under `dir` in this mount namespace, in mount order.
pub fn mounts_under(dir: &Path) -> Vec<PathBuf> {
    let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let text = std::fs::read_to_string("/proc/self/mountinfo").unwrap_or_default();
    text.lines()
        .filter_map(|line| line.split_whitespace().nth(4))
        .map(|field| PathBuf::from(field.replace("\\040", " ")))
        .filter(|mount_point| mount_point.starts_with(&dir))
        .collect()
}

/// Kills every process in a cgroup tree and removes it, leaves first.
pub fn remove_tree(path: &Path) {
    let _ = std::fs::write(path.join("cgroup.kill"), "1");
    if let Ok(entries) = std::fs::read_dir(path) {
        for entry in entries.flatten() {
            if entry.path().is_dir() {
                remove_tree(&entry.path());
            }
        }
    }
    for _ in 0..100 {
        if std::fs::remove_dir(path).is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Sends one HTTP/1.1 request on a fresh Unix socket connection.
pub fn request_on(socket: &Path, method: &str, path: &str, body: Option<&str>) -> std::io::Result<(u16, String)> {
    let mut stream = UnixStream::connect(socket)?;
    stream.set_read_timeout(Some(Duration::from_secs(60)))?;
    let body = body.unwrap_or("");
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: guestd\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )?;
    let mut raw = Vec::new();
    BufReader::new(stream).read_to_end(&mut raw)?;
    parse_response(&raw)
}

/// Parses a whole `Connection: close` response, decoding a chunked body.
pub fn parse_response(raw: &[u8]) -> std::io::Result<(u16, String)> {
    let text_end = raw.windows(4).position(|w| w == b"\r\n\r\n").ok_or_else(|| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("no response head in {:?}", String::from_utf8_lossy(raw)),
        )
    })?;
    let head = String::from_utf8_lossy(&raw[..text_end]).to_string();
    let status: u16 = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let mut body = raw[text_end + 4..].to_vec();
    if head.to_ascii_lowercase().contains("transfer-encoding: chunked") {
        body = dechunk(&body);
    }
    Ok((status, String::from_utf8_lossy(&body).to_string()))
}

pub fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(line_end) = data.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(std::str::from_utf8(&data[..line_end]).unwrap_or("0").trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = line_end + 2;
        out.extend_from_slice(&data[start..(start + size).min(data.len())]);
        data = &data[(start + size + 2).min(data.len())..];
    }
    out
}

/// Extracts a top-level string or number field from a JSON object without a
/// JSON library, for quick assertions.
pub fn json_field(json: &str, name: &str) -> Option<String> {
    let key = format!("\"{name}\":");
    let start = json.find(&key)? + key.len();
    let rest = json[start..].trim_start();
    if let Some(stripped) = rest.strip_prefix('"') {
        let end = stripped.find('"')?;
        Some(stripped[..end].to_string())
    } else {
        let end = rest.find([',', '}', ']']).unwrap_or(rest.len());
        Some(rest[..end].trim().to_string())
    }
}

/// Asserts that the test runs as root, which the daemon tests need.
pub fn require_root() {
    // SAFETY: geteuid has no preconditions.
    assert_eq!(unsafe { libc::geteuid() }, 0, "daemon tests must run as root");
}

/// Reads all of a reader into a string, for test output.
pub fn read_all(mut reader: impl Read) -> String {
    let mut text = String::new();
    let _ = reader.read_to_string(&mut text);
    text
}
