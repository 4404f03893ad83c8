//! The filesystem of the container's writable layer. The layer directory
//! ([`Config::layer_dir`]) contains the overlay's upper and work
//! directories and a restore's staging tree, which must share one
//! filesystem: overlayfs needs upper and work on one, and a restore swaps
//! its staging tree in with one rename.
//!
//! With `--upper-size` the daemon mounts a tmpfs of that size, with one
//! inode per 4 KiB of it, on the layer directory. User code that fills its
//! disk then gets `ENOSPC` from its own filesystem, and the state
//! directory keeps its space. A tmpfs is memory: its files last until the machine
//! stops, and checkpoints in the object store are what outlive it.
//!
//! The tmpfs stays mounted when the daemon exits, so a daemon started
//! again on the same state directory finds the container's files. That
//! daemon applies its own `--upper-size` to the tmpfs with a remount. This
//! module never unmounts it: unmounting it by hand frees its memory and
//! discards the files.

use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use miniserde::Serialize;

use crate::config::{Config, UpperSize};
use crate::sys::mount;

/// Bytes of the tmpfs per inode. A non-empty file takes at least one
/// page of 4 KiB, so empty files, directories and symlinks cannot take
/// more inodes than the size would allow files anyway.
const BYTES_PER_INODE: u64 = 4096;

/// Size and free space of the upper layer's filesystem, each `None` when
/// it cannot be read.
#[derive(Serialize, Default)]
pub struct SpaceView {
    /// Whether the upper layer has a tmpfs of its own (`--upper-size`).
    pub tmpfs: bool,
    pub bytes_total: Option<u64>,
    pub bytes_free: Option<u64>,
    pub inodes_total: Option<u64>,
    pub inodes_free: Option<u64>,
}

/// Reads the size and free space of the upper layer's filesystem.
pub fn space(config: &Config) -> SpaceView {
    let tmpfs = config.upper_size() != UpperSize::Shared;
    match mount::space(&config.layer_dir()) {
        Ok(space) => SpaceView {
            tmpfs,
            bytes_total: Some(space.bytes_total),
            bytes_free: Some(space.bytes_free),
            inodes_total: Some(space.inodes_total),
            inodes_free: Some(space.inodes_free),
        },
        Err(_) => SpaceView { tmpfs, ..SpaceView::default() },
    }
}

/// Returns the overlay's upper directory.
pub fn upper(config: &Config) -> PathBuf {
    config.layer_dir().join("upper")
}

/// Returns the overlay's work directory.
pub fn work(config: &Config) -> PathBuf {
    config.layer_dir().join("work")
}

/// Prepares the layer directory before anything reads or writes the upper
/// layer: creates it and, with `--upper-size`, mounts its tmpfs or resizes
/// the one an earlier daemon left there.
pub fn prepare(config: &Config) -> Result<(), String> {
    let dir = config.layer_dir();
    fs::create_dir_all(&dir).map_err(|err| format!("failed to create {}: {err}", dir.display()))?;
    let bytes = match config.upper_size() {
        UpperSize::Shared => {
            warn_if_shared(config, &dir);
            return Ok(());
        }
        UpperSize::Bytes(bytes) => bytes,
        UpperSize::Percent(percent) => {
            let total = super::cgroup::mem_total().ok_or_else(|| {
                format!("--upper-size {percent}%: MemTotal is missing from /proc/meminfo; give a size in bytes")
            })?;
            total / 100 * percent
        }
    };
    let inodes = (bytes / BYTES_PER_INODE).max(1);
    let options = format!("size={bytes},nr_inodes={inodes},mode=0700");
    if is_mount_point(&dir) {
        return resize(&dir, &options, bytes);
    }
    mount::mount("tmpfs", &dir, "tmpfs", libc::MS_NODEV, Some(&options))
        .map_err(|err| format!("failed to mount a tmpfs for the upper layer on {}: {err}", dir.display()))?;
    log::info!(
        "mounted a tmpfs of {bytes} bytes and {inodes} inodes on {} for the container's upper layer",
        dir.display()
    );
    let old_upper = config.state_dir.join("upper");
    if config.upper_dir.is_none() && old_upper.is_dir() {
        log::warn!(
            "{} holds an upper layer written without --upper-size; the container starts from the \
             empty tmpfs and that directory is left as it is",
            old_upper.display()
        );
    }
    Ok(())
}

/// Applies the size to the tmpfs an earlier daemon mounted on `dir`.
fn resize(dir: &Path, options: &str, bytes: u64) -> Result<(), String> {
    match mount::is_tmpfs(dir) {
        Ok(true) => {}
        Ok(false) => {
            return Err(format!(
                "--upper-size: {} is already the mount point of a filesystem other than tmpfs; \
                 unmount it, or drop --upper-size to use that filesystem as it is",
                dir.display()
            ))
        }
        Err(err) => return Err(format!("failed to read the filesystem type of {}: {err}", dir.display())),
    }
    match mount::mount("tmpfs", dir, "tmpfs", libc::MS_REMOUNT | libc::MS_NODEV, Some(options)) {
        Ok(()) => log::info!(
            "reusing the tmpfs on {} with the container's files of an earlier daemon, now of {bytes} bytes",
            dir.display()
        ),
        // The kernel rejects a size below what the files use.
        Err(err) => {
            log::warn!("failed to resize the tmpfs on {} to {bytes} bytes, so it keeps its size: {err}", dir.display())
        }
    }
    Ok(())
}

/// Warns when `--upper-dir` names a directory on the state directory's
/// filesystem, which gives no separation.
fn warn_if_shared(config: &Config, dir: &Path) {
    if config.upper_dir.is_none() {
        return;
    }
    let device = |path: &Path| fs::metadata(path).map(|meta| meta.dev()).ok();
    if device(dir).is_some() && device(dir) == device(&config.state_dir) {
        log::warn!(
            "--upper-dir {} is on the state directory's filesystem, so user code that fills it fills \
             the state directory too; mount a filesystem there or add --upper-size",
            dir.display()
        );
    }
}

/// Reports whether a filesystem is mounted on `dir`: its device differs
/// from its parent's.
fn is_mount_point(dir: &Path) -> bool {
    let device = |path: &Path| fs::metadata(path).map(|meta| meta.dev()).ok();
    match device(&dir.join("..")) {
        Some(parent) => device(dir).is_some_and(|own| own != parent),
        None => false,
    }
}
