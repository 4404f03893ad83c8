//! Stamps the build with the git commit it came from, so that every API
//! response and manifest can say which build wrote it, and drops the
//! unwind tables from static musl builds that abort on panic (the microVM
//! image's /init; see linker/no-eh-frame.ld).

use std::process::Command;

fn main() {
    let commit = git(&["rev-parse", "--short=12", "HEAD"]).unwrap_or_else(|| "unknown".to_string());
    let dirty = Command::new("git")
        // Without the optional lock, status leaves the index alone, so it
        // does not set off the next build's rerun check.
        .args(["--no-optional-locks", "status", "--porcelain", "--untracked-files=no"])
        .output()
        .map(|out| !out.stdout.is_empty())
        .unwrap_or(false);
    let suffix = if dirty { "-dirty" } else { "" };
    println!("cargo:rustc-env=GUESTD_GIT_COMMIT={commit}{suffix}");
    // In a linked worktree `.git` is a file naming the real directory, and
    // a path that does not exist would rerun this script on every build.
    if let Some(git_dir) = git(&["rev-parse", "--git-dir"]) {
        println!("cargo:rerun-if-changed={git_dir}/HEAD");
        println!("cargo:rerun-if-changed={git_dir}/index");
    }
    discard_unwind_tables();
}

/// Runs git with `args` and returns its trimmed output, or `None` when git
/// is missing or fails (a build outside a git checkout).
fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok().filter(|out| out.status.success())?;
    String::from_utf8(out.stdout).ok().map(|text| text.trim().to_string())
}

/// Links musl binaries of the release profile and those that
/// inherit it (`vm`) without `.eh_frame`: they set `panic = "abort"`, so
/// nothing unwinds and the tables only fed the backtrace of a panic
/// message. Cargo does not tell build scripts the panic strategy, hence
/// the profile check.
fn discard_unwind_tables() {
    let cfg = |name: &str| std::env::var(name).unwrap_or_default();
    if cfg("CARGO_CFG_TARGET_ENV") != "musl" || cfg("PROFILE") != "release" {
        return;
    }
    let script = std::path::Path::new(&cfg("CARGO_MANIFEST_DIR")).join("linker/no-eh-frame.ld");
    println!("cargo:rustc-link-arg-bins=-Wl,-T,{}", script.display());
    println!("cargo:rerun-if-changed=linker/no-eh-frame.ld");
}
