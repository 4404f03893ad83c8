//! The Sprites-compatible routes driven by the official SDKs, unmodified:
//! a daemon listens on loopback TCP with a bearer token, and the unittest
//! suite in tests/sprites/ (`sprites-py` 0.7.2) and tests/sprites/node_sdk.mjs
//! (`@fly/sprites` 0.1.0) talk to it as they would talk to the hosted
//! platform.
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

/// Returns the first TCP address the daemon reports in `GET /v1/status`.
fn tcp_address(daemon: &Daemon) -> String {
    let (status, body) = daemon.request("GET", "/v1/status", None);
    assert_eq!(status, 200, "{body}");
    let start = body.find("\"tcp:").expect("daemon listens on TCP") + 5;
    let end = start + body[start..].find('"').expect("closing quote");
    body[start..end].to_string()
}

/// A daemon named `vm1` on loopback TCP with a token, and its base URL.
struct Vm {
    daemon: Daemon,
    base_url: String,
    _token_dir: common::TempDir,
}

fn start_vm(label: &str) -> Vm {
    let token_dir = common::TempDir::new(&format!("{label}-token"));
    let token_path = token_dir.path().join("token");
    std::fs::write(&token_path, format!("{TOKEN}\n")).unwrap();
    std::fs::set_permissions(&token_path, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let daemon = Daemon::start(
        label,
        &["--listen", "tcp:127.0.0.1:0", "--name", "vm1", "--token-file", token_path.to_str().unwrap()],
    );
    let base_url = format!("http://{}", tcp_address(&daemon));
    Vm { daemon, base_url, _token_dir: token_dir }
}

/// Runs the Python suite in tests/sprites/ against a daemon named `vm1`.
#[test]
fn python_sdk_suite() {
    common::require_root();
    let python = sdk_python();
    let vm = start_vm("sprites-py");
    let suite = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/sprites");
    let output = Command::new(&python)
        .args(["-W", "ignore::ResourceWarning", "-m", "unittest", "discover", "-v", "-s", suite, "-p", "test_*.py"])
        .env("SPRITES_BASE_URL", &vm.base_url)
        .env("SPRITES_TOKEN", TOKEN)
        .env("SPRITES_NAME", "vm1")
        .env("SPRITES_CLIENT_SIGNALS", "0")
        .output()
        .expect("run the Python suite");
    let report = String::from_utf8_lossy(&output.stderr);
    println!("{report}");
    assert!(output.status.success(), "Python SDK suite failed:\n{report}\n{}", vm.daemon.log());
    let log = vm.daemon.log();
    assert!(!log.contains(TOKEN), "the daemon log contains the token:\n{log}");
}

/// The `guestd` client sends `GUESTD_TOKEN`, so it can use a TCP listener
/// that requires a token.
#[test]
fn cli_client_sends_token() {
    common::require_root();
    let vm = start_vm("sprites-cli");
    let api = format!("tcp:{}", vm.base_url.trim_start_matches("http://"));
    let run = |token: Option<&str>| {
        let mut command = Command::new(common::GUESTD);
        command.args(["--api", &api, "status"]).env_remove("GUESTD_TOKEN");
        if let Some(token) = token {
            command.env("GUESTD_TOKEN", token);
        }
        command.output().expect("run guestd status")
    };
    let with_token = run(Some(TOKEN));
    assert!(with_token.status.success(), "{}", String::from_utf8_lossy(&with_token.stderr));
    let without = run(None);
    assert!(!without.status.success(), "status over TCP succeeded without the token");
    let wrong = run(Some("wrong"));
    assert!(!wrong.status.success(), "status over TCP succeeded with a wrong token");
}

/// Oldest Node.js that has the global `WebSocket` `@fly/sprites` needs,
/// behind `--experimental-websocket`.
/// NOTE: checked only on 20.20; 20.10 is where the flag appeared according
/// to memory of the Node.js changelog, not a tested bound.
const NODE_MIN: (u32, u32) = (20, 10);

/// The installed Node.js version, if any.
fn node_version() -> Option<(u32, u32)> {
    let output = Command::new("node").arg("--version").output().ok()?;
    let text = String::from_utf8_lossy(&output.stdout);
    let mut parts = text.trim().trim_start_matches('v').split('.');
    Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
}

/// Returns `dist/index.js` of `@fly/sprites` 0.1.0, installing it with npm
/// into `$GUESTD_SPRITES_NODE` (default /tmp/guestd-sprites-node-0.1.0) on
/// first use.
fn node_sdk() -> PathBuf {
    let dir = std::env::var_os("GUESTD_SPRITES_NODE")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/tmp/guestd-sprites-node-0.1.0"));
    let index = dir.join("node_modules/@fly/sprites/dist/index.js");
    if index.exists() {
        return index;
    }
    std::fs::create_dir_all(&dir).unwrap();
    let output = Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--prefix"])
        .arg(&dir)
        .arg("@fly/sprites@0.1.0")
        .output()
        .expect("run npm");
    assert!(
        output.status.success() && index.exists(),
        "npm install @fly/sprites@0.1.0 failed (it needs the npm registry; or point \
         GUESTD_SPRITES_NODE at a directory that has it):\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    index
}

/// Runs tests/sprites/node_sdk.mjs with the Node SDK. Without Node.js
/// 20.10 or later the test prints why and checks nothing.
#[test]
fn node_sdk_suite() {
    common::require_root();
    match node_version() {
        Some(version) if version >= NODE_MIN => {}
        other => {
            println!("skipped: @fly/sprites needs Node.js >= 20.10, found {other:?}");
            return;
        }
    }
    let sdk = node_sdk();
    let vm = start_vm("sprites-node");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/sprites/node_sdk.mjs");
    let output = Command::new("node")
        .args(["--experimental-websocket", "--no-warnings", script])
        .env("SPRITES_NODE_SDK", &sdk)
        .env("SPRITES_BASE_URL", &vm.base_url)
        .env("SPRITES_TOKEN", TOKEN)
        .env("SPRITES_NAME", "vm1")
        .output()
        .expect("run node");
    let report = String::from_utf8_lossy(&output.stdout);
    println!("{report}{}", String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "Node SDK suite failed:\n{report}\n{}", vm.daemon.log());
}
