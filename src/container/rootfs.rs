//! The container's root filesystem, built by the container's init inside
//! its new mount namespace. It is an overlay of the base directory and the
//! upper layer, with fresh `/proc`, read-only `/sys`, a minimal `/dev` and
//! a tmpfs `/run` with the API socket directory at `/run/guestd`. Daemon
//! paths are hidden, then the init calls `pivot_root`. Nothing here touches the root mount
//! namespace: `/` is made private first, so no mount propagates out.

use std::fs;
use std::io;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

use crate::sys::mount::{self, bind, mknod_char, remount_bind, set_propagation};

/// Sources of the container's root and the paths it must hide.
pub struct RootfsSpec {
    /// Mount point of the new root in the daemon's view (`RUN_DIR/root`).
    pub root: PathBuf,
    pub base: PathBuf,
    pub upper: PathBuf,
    pub work: PathBuf,
    /// Directory mounted at `/run/guestd` (contains `api.sock`).
    pub api_dir: PathBuf,
    /// Paths of the daemon (state and run directories, credentials) that
    /// must not be visible inside.
    pub hide: Vec<PathBuf>,
}

/// A failed step: what was done on which path, and the error.
#[derive(Debug)]
pub struct StepError(pub String);

fn step<T>(result: io::Result<T>, what: &str, path: &Path) -> Result<T, StepError> {
    result.map_err(|err| StepError(format!("failed to {what} {}: {err}", path.display())))
}

const NOSUID_NODEV_NOEXEC: libc::c_ulong = libc::MS_NOSUID | libc::MS_NODEV | libc::MS_NOEXEC;

/// Character devices of `/dev`: name, major, minor.
const DEVICES: &[(&str, u32, u32)] =
    &[("null", 1, 3), ("zero", 1, 5), ("full", 1, 7), ("random", 1, 8), ("urandom", 1, 9), ("tty", 5, 0)];

/// `/proc` files that expose or control the whole machine, covered with
/// `/dev/null`.
const PROC_MASKED: &[&str] = &["kcore", "keys", "timer_list", "sched_debug", "kmsg"];
/// `/proc` paths made read-only.
const PROC_READ_ONLY: &[&str] = &["sys", "sysrq-trigger", "irq", "bus", "fs"];

/// Builds the root and pivots into it. The caller runs in a fresh mount
/// namespace.
pub fn build(spec: &RootfsSpec) -> Result<(), StepError> {
    step(set_propagation(Path::new("/"), libc::MS_PRIVATE), "make private", Path::new("/"))?;
    mount_overlay(spec)?;
    let root = &spec.root;
    mount_proc(root)?;
    let sys = ensure_dir(root, "sys")?;
    step(mount::mount("sysfs", &sys, "sysfs", NOSUID_NODEV_NOEXEC | libc::MS_RDONLY, None), "mount sysfs on", &sys)?;
    mount_dev(root)?;
    mask_proc(root)?;
    mount_run(spec)?;
    for path in &spec.hide {
        hide(root, path)?;
    }
    pivot(root)
}

fn ensure_dir(root: &Path, relative: &str) -> Result<PathBuf, StepError> {
    let path = root.join(relative);
    if !path.is_dir() {
        step(fs::create_dir_all(&path), "create", &path)?;
    }
    Ok(path)
}

fn mount_overlay(spec: &RootfsSpec) -> Result<(), StepError> {
    // The kernel's error for a missing lower layer names neither the layer
    // nor the flag that set it.
    match fs::metadata(&spec.base) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => {
            return Err(StepError(format!(
                "base image {} is not a directory; pass --base DIR with the container's root filesystem",
                spec.base.display()
            )))
        }
        Err(err) => {
            return Err(StepError(format!(
                "base image {} is not usable: {err}; pass --base DIR with the container's root filesystem",
                spec.base.display()
            )))
        }
    }
    for path in [&spec.base, &spec.upper, &spec.work] {
        let text = path.to_string_lossy();
        if text.contains([',', ':', '\\']) {
            return Err(StepError(format!(
                "overlay layer path {text:?} contains ',', ':' or '\\'; use a path without them"
            )));
        }
    }
    let options =
        format!("lowerdir={},upperdir={},workdir={}", spec.base.display(), spec.upper.display(), spec.work.display());
    // `volatile` skips the sync of the upper filesystem at unmount; see
    // `super::upper` for how its marker is handled. Kernels before 5.10
    // lack it and reject the option.
    // nodev: without a device cgroup, a block or char node in the base image
    // or the upper layer (a restored checkpoint can carry one) would give
    // raw access to the host's disks. Only /dev, built below, has devices.
    let volatile = format!("{options},volatile");
    match mount::mount("overlay", &spec.root, "overlay", libc::MS_NODEV, Some(&volatile)) {
        Err(err) if err.raw_os_error() == Some(libc::EINVAL) => step(
            mount::mount("overlay", &spec.root, "overlay", libc::MS_NODEV, Some(&options)),
            "mount overlay on",
            &spec.root,
        ),
        other => step(other, "mount overlay on", &spec.root),
    }
}

fn mount_proc(root: &Path) -> Result<(), StepError> {
    let proc = ensure_dir(root, "proc")?;
    step(mount::mount("proc", &proc, "proc", NOSUID_NODEV_NOEXEC, None), "mount proc on", &proc)
}

fn mask_proc(root: &Path) -> Result<(), StepError> {
    let null = root.join("dev/null");
    for name in PROC_MASKED {
        let path = root.join("proc").join(name);
        if path.exists() {
            step(bind(&null, &path, false), "mask", &path)?;
        }
    }
    for name in PROC_READ_ONLY {
        let path = root.join("proc").join(name);
        if path.exists() {
            step(bind(&path, &path, true), "bind", &path)?;
            step(remount_bind(&path, libc::MS_RDONLY | NOSUID_NODEV_NOEXEC), "make read-only", &path)?;
        }
    }
    Ok(())
}

fn mount_dev(root: &Path) -> Result<(), StepError> {
    let dev = ensure_dir(root, "dev")?;
    step(
        mount::mount("tmpfs", &dev, "tmpfs", libc::MS_NOSUID | libc::MS_NOEXEC, Some("mode=755,size=64k")),
        "mount tmpfs on",
        &dev,
    )?;
    let old_mask = mount::set_umask(0);
    let result = DEVICES.iter().try_for_each(|(name, major, minor)| {
        let path = dev.join(name);
        step(mknod_char(&path, 0o666, *major, *minor), "create device", &path)
    });
    mount::set_umask(old_mask);
    result?;

    let pts = dev.join("pts");
    step(fs::create_dir(&pts), "create", &pts)?;
    step(
        mount::mount(
            "devpts",
            &pts,
            "devpts",
            libc::MS_NOSUID | libc::MS_NOEXEC,
            Some("newinstance,ptmxmode=0666,mode=0620,gid=5"),
        ),
        "mount devpts on",
        &pts,
    )?;
    let shm = dev.join("shm");
    step(fs::create_dir(&shm), "create", &shm)?;
    step(
        mount::mount("shm", &shm, "tmpfs", NOSUID_NODEV_NOEXEC, Some("mode=1777,size=65536k")),
        "mount tmpfs on",
        &shm,
    )?;
    for (link, target) in [
        ("ptmx", "pts/ptmx"),
        ("fd", "/proc/self/fd"),
        ("stdin", "/proc/self/fd/0"),
        ("stdout", "/proc/self/fd/1"),
        ("stderr", "/proc/self/fd/2"),
    ] {
        let path = dev.join(link);
        step(symlink(target, &path), "create symlink", &path)?;
    }
    Ok(())
}

fn mount_run(spec: &RootfsSpec) -> Result<(), StepError> {
    let run = ensure_dir(&spec.root, "run")?;
    step(
        mount::mount("tmpfs", &run, "tmpfs", libc::MS_NOSUID | libc::MS_NODEV, Some("mode=755")),
        "mount tmpfs on",
        &run,
    )?;
    let api = run.join("guestd");
    step(fs::create_dir(&api), "create", &api)?;
    step(bind(&spec.api_dir, &api, false), "bind the API socket directory on", &api)?;
    // Read-only, so code inside cannot remove or replace the socket;
    // connecting to a socket needs no write access to its filesystem.
    step(remount_bind(&api, libc::MS_RDONLY | NOSUID_NODEV_NOEXEC), "make read-only", &api)
}

/// Covers `path` (a daemon path, absolute) inside the new root with an
/// empty read-only tmpfs, or `/dev/null` for a file. Paths that do not
/// exist inside are already invisible.
fn hide(root: &Path, path: &Path) -> Result<(), StepError> {
    let inside = root.join(path.strip_prefix("/").unwrap_or(path));
    let Ok(meta) = fs::symlink_metadata(&inside) else { return Ok(()) };
    if meta.is_dir() {
        let flags = NOSUID_NODEV_NOEXEC | libc::MS_RDONLY;
        step(mount::mount("tmpfs", &inside, "tmpfs", flags, Some("size=4k,mode=0")), "hide", &inside)
    } else if meta.is_file() {
        step(bind(&root.join("dev/null"), &inside, false), "hide", &inside)?;
        step(remount_bind(&inside, libc::MS_RDONLY), "make read-only", &inside)
    } else {
        Ok(())
    }
}

/// Makes `root` the root of this mount namespace and detaches the old one.
/// Falls back to moving the mount and `chroot` where `pivot_root` is not
/// possible (the old root is an initramfs).
fn pivot(root: &Path) -> Result<(), StepError> {
    let c_root = std::ffi::CString::new(root.as_os_str().as_encoded_bytes())
        .map_err(|_| StepError(format!("root path {} contains a NUL byte", root.display())))?;
    step(crate::sys::process::chdir(&c_root), "enter", root)?;
    match mount::pivot_root_here() {
        Ok(()) => {
            step(mount::umount(Path::new("."), libc::MNT_DETACH), "detach the old root from", root)?;
        }
        Err(err) if err.raw_os_error() == Some(libc::EINVAL) => {
            step(mount::mount(".", Path::new("/"), "", libc::MS_MOVE, None), "move to /", root)?;
            step(crate::sys::process::chroot_here(), "chroot into", root)?;
        }
        Err(err) => return Err(StepError(format!("failed to pivot_root into {}: {err}", root.display()))),
    }
    step(crate::sys::process::chdir(c"/"), "enter", Path::new("/"))
}
