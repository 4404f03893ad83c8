//! The Sprites-compatible routes driven by the official Python SDK,
//! `sprites-py` 0.7.2, unmodified: a daemon listens on loopback TCP with a
//! bearer token, and the unittest suite in tests/sprites/ talks to it as the
//! SDK would talk to the hosted platform.
//!
//! The SDK lives in a virtual environment: `$GUESTD_SPRITES_VENV` when set,
//! else /tmp/guestd-sprites-venv-0.7.2, created with `pip install` on first
//! use (which needs PyPI).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::Daemon;

const SDK: &str = "sprites-py==0.7.2";
const TOKEN: &str = "guestd-test-token-6c1f0e";

/// Returns the venv's python, creating the venv first if needed.
fn sdk_python() -> PathBuf {
    let venv = std::env::var_os("GUESTD_SPRITES_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/tmp/guestd-sprites-venv-0.7.2"));
    let python = venv.join("bin/python");
    if has_sdk(&python) {
        return python;
    }
    let status = Command::new("python3").arg("-m").arg("venv").arg(&venv).status();
    assert!(status.is_ok_and(|s| s.success()), "python3 -m venv {} failed", venv.display());
    let output = Command::new(&python)
        .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", SDK])
        .output()
        .expect("run pip");
    assert!(
        output.status.success(),
        "pip install {SDK} failed (it needs PyPI; or point GUESTD_SPRITES_VENV at a venv \
         that has it):\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(has_sdk(&python), "{SDK} installed but `import sprites` fails");
    python
}

fn has_sdk(python: &Path) -> bool {
    Command::new(python)
        .args(["-c", "import sprites, sys; sys.exit(sprites.__version__ != '0.7.2')"])
        .status()
        .is_ok_and(|s| s.success())
}

/// The first TCP address the daemon reports in `GET /v1/status`.
fn tcp_address(daemon: &Daemon) -> String {
    let (status, body) = daemon.request("GET", "/v1/status", None);
    assert_eq!(status, 200, "{body}");
    let start = body.find("\"tcp:").expect("daemon listens on TCP") + 5;
    let end = start + body[start..].find('"').expect("closing quote");
    body[start..end].to_string()
}

/// Runs the suite in tests/sprites/ against a daemon named `vm1`.
#[test]
fn python_sdk_suite() {
    common::require_root();
    let python = sdk_python();
    let token_file = common::TempDir::new("sprites-token");
    let token_path = token_file.path().join("token");
    std::fs::write(&token_path, format!("{TOKEN}\n")).unwrap();
    std::fs::set_permissions(&token_path, std::os::unix::fs::PermissionsExt::from_mode(0o600))
        .unwrap();
    let daemon = Daemon::start(
        "sprites",
        &[
            "--listen",
            "tcp:127.0.0.1:0",
            "--name",
            "vm1",
            "--token-file",
            token_path.to_str().unwrap(),
        ],
    );
    let base_url = format!("http://{}", tcp_address(&daemon));
    let suite = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/sprites");
    let output = Command::new(&python)
        .args(["-W", "ignore::ResourceWarning", "-m", "unittest", "discover", "-v", "-s", suite, "-p", "test_*.py"])
        .env("SPRITES_BASE_URL", &base_url)
        .env("SPRITES_TOKEN", TOKEN)
        .env("SPRITES_NAME", "vm1")
        .env("GUESTD_SOCKET", &daemon.socket)
        .env("SPRITES_CLIENT_SIGNALS", "0")
        .output()
        .expect("run the Python suite");
    let report = String::from_utf8_lossy(&output.stderr);
    println!("{report}");
    assert!(output.status.success(), "Python SDK suite failed:\n{report}\n{}", daemon.log());
    let log = daemon.log();
    assert!(!log.contains(TOKEN), "the daemon log contains the token:\n{log}");
}
