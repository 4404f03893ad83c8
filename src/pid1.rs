//! Duties of guestd as the init process of a VM: its flags from the image
//! and the kernel command line, early mounts, kernel modules, the loopback
//! interface, and the final poweroff or reboot.
//!
//! As PID 1 guestd never exits: the kernel would panic. Every fatal error
//! ends in [`finish`], which powers the machine off or restarts it.
//!
//! Flags of `guestd serve` come from three places, in this order:
//! - the file [`ARGS_FILE`] in the image, whitespace-separated;
//! - the words after `--` on the kernel command line, which the kernel
//!   passes as arguments;
//! - the kernel command line word `GUESTD_ARGS="..."`, because the kernel
//!   passes unknown `KEY=VALUE` words as environment variables.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::daemon::{step, timed, ExitAction, StartError};
use crate::sys::init as sys;
use crate::sys::{mount, namespace, process};

/// File in the image holding serve flags, for example the modules to load.
pub const ARGS_FILE: &str = "/etc/guestd/args";
/// Environment variable (a kernel command line word) holding serve flags.
pub const ARGS_ENV: &str = "GUESTD_ARGS";

/// Time given to the virtio transports to deliver the last replies (the
/// answer to `POST /v1/vm/poweroff`) before the machine stops.
const FINAL_FLUSH: Duration = Duration::from_millis(50);

/// Returns whether this process is the machine's init.
pub fn is_init() -> bool {
    std::process::id() == 1
}

/// Collects the flags of `guestd serve` as PID 1: the image's file, then `argv`
/// (the words after `--` on the kernel command line, without a leading
/// `serve`), then `$GUESTD_ARGS`.
pub fn serve_args(argv: &[String]) -> Vec<String> {
    let file = std::fs::read_to_string(ARGS_FILE).unwrap_or_default();
    let env = std::env::var(ARGS_ENV).unwrap_or_default();
    merge_args(&file, argv, &env)
}

fn merge_args(file: &str, argv: &[String], env: &str) -> Vec<String> {
    let words = |text: &str| text.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    let argv = argv.iter().skip_while(|arg| *arg == "serve").cloned();
    words(file).into_iter().chain(argv).chain(words(env)).collect()
}

/// Prepares the machine before the daemon starts: a root the container can
/// pivot away from, the early mounts, a console on the standard streams,
/// and the kernel modules the API needs. The rest waits for
/// [`finish_prepare`], which runs once the API serves.
pub fn prepare(config: &Config) -> Result<(), StartError> {
    let started = Instant::now();
    timed("pivotable root", || step(make_root_pivotable(), || "failed to bind the initramfs root onto itself".into()))?;

    timed("early mounts", || -> Result<(), StartError> {
        mount_early("devtmpfs", "/dev", "devtmpfs", libc::MS_NOSUID, Some("mode=0755"))?;
        open_console();
        mount_early("proc", "/proc", "proc", NO_EXEC_DEV_SUID, None)?;
        mount_early("sysfs", "/sys", "sysfs", NO_EXEC_DEV_SUID, None)?;
        mount_early("devpts", "/dev/pts", "devpts", libc::MS_NOSUID | libc::MS_NOEXEC, Some(DEVPTS_OPTIONS))?;
        mount_early("tmpfs", "/dev/shm", "tmpfs", libc::MS_NOSUID | libc::MS_NODEV, Some("mode=1777"))?;
        mount_early("tmpfs", "/run", "tmpfs", libc::MS_NOSUID | libc::MS_NODEV, Some("mode=0755"))?;
        mount_early("tmpfs", "/tmp", "tmpfs", libc::MS_NOSUID | libc::MS_NODEV, Some("mode=1777"))?;
        mount_early("cgroup2", "/sys/fs/cgroup", "cgroup2", NO_EXEC_DEV_SUID, None)
    })?;

    // Ctrl-Alt-Del becomes SIGINT, which the daemon turns into a reboot.
    if let Err(err) = sys::disable_ctrl_alt_del() {
        log::warn!("failed to route Ctrl-Alt-Del to init: {err}");
    }

    timed("kernel modules for the API", || {
        config.modules.iter().filter(|module| !is_late_module(module)).try_for_each(load_module)
    })?;
    // A TCP listener binds to 127.0.0.1, which exists once lo is up.
    if config.listen.iter().any(|addr| matches!(addr, crate::addr::Addr::Tcp(_))) {
        timed("lo", || step(namespace::loopback_up(), || "failed to bring up lo".into()))?;
    }
    log::info!("machine prepared for the API in {:.1} ms", started.elapsed().as_secs_f64() * 1000.0);
    Ok(())
}

/// Outcome of loading the late modules on the pool: `None` while they
/// load.
static LATE_MODULES: Mutex<Option<Result<(), StartError>>> = Mutex::new(None);

/// The second part of the machine's preparation, the first start step
/// after the API serves: the modules only the container and port
/// discovery need, loaded on the pool so the loop keeps serving (overlay
/// alone took 50 to 300 ms under software emulation), then `lo`. Returns
/// `Ok(false)` while the modules load.
pub fn finish_prepare(d: &mut crate::daemon::Daemon) -> Result<bool, StartError> {
    static SPAWNED: OnceLock<()> = OnceLock::new();
    if SPAWNED.set(()).is_ok() {
        let late: Vec<PathBuf> = d.config.modules.iter().filter(|module| is_late_module(module)).cloned().collect();
        d.pool.spawn(move || {
            let result = timed("kernel modules for the container", || late.iter().try_for_each(load_module));
            *LATE_MODULES.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(result);
            // The step runs again once this completion has woken the loop.
            Box::new(|_: &mut crate::daemon::Daemon| {})
        });
        return Ok(false);
    }
    match LATE_MODULES.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).take() {
        None => return Ok(false),
        Some(result) => result?,
    }
    step(namespace::loopback_up(), || "failed to bring up lo".into())?;
    Ok(true)
}

/// Reports whether a `--load-module` serves the container rather than the
/// API: overlay (its root) and the sock_diag modules (`*_diag`, port
/// discovery). These load after the API serves, and the rest load before
/// it, in order.
fn is_late_module(path: &Path) -> bool {
    let stem = path.file_name().and_then(|name| name.to_str()).unwrap_or("");
    let stem = stem.split('.').next().unwrap_or("");
    stem == "overlay" || stem.ends_with("_diag")
}

const NO_EXEC_DEV_SUID: libc::c_ulong = libc::MS_NOSUID | libc::MS_NODEV | libc::MS_NOEXEC;
const DEVPTS_OPTIONS: &str = "gid=5,mode=0620,ptmxmode=0666";
const RAMFS_MAGIC: i64 = 0x8584_58f6;
const TMPFS_MAGIC: i64 = 0x0102_1994;

/// Bind-mounts the initramfs root onto itself and enters the bind.
///
/// The initramfs root (rootfs) is the top of the mount tree, and
/// pivot_root(2) refuses to move a root that has no parent mount; the
/// container pivots into its overlay root. A bind of rootfs mounted on top
/// of rootfs has a parent, so the container's pivot works. Other roots are
/// left alone.
fn make_root_pivotable() -> io::Result<()> {
    let root_type = rustix::fs::statfs("/").map_err(io::Error::from)?.f_type as i64;
    if root_type != RAMFS_MAGIC && root_type != TMPFS_MAGIC {
        return Ok(());
    }
    let staging = Path::new("/.guestd-root");
    std::fs::create_dir_all(staging)?;
    mount::bind(Path::new("/"), staging, true)?;
    std::env::set_current_dir(staging)?;
    mount::mount(".", Path::new("/"), "", libc::MS_MOVE, None)?;
    process::chroot_here()?;
    std::env::set_current_dir("/")?;
    // The staging directory is a plain directory of the new root now.
    std::fs::remove_dir(staging)
}

fn mount_early(
    source: &str,
    target: &str,
    fstype: &str,
    flags: libc::c_ulong,
    data: Option<&str>,
) -> Result<(), StartError> {
    let path = Path::new(target);
    step(std::fs::create_dir_all(path), || format!("failed to create {target}"))?;
    match mount::mount(source, path, fstype, flags, data) {
        Ok(()) => Ok(()),
        // Already mounted, by the kernel or an earlier init.
        Err(err) if err.raw_os_error() == Some(libc::EBUSY) => {
            log::debug!("{target} is already mounted");
            Ok(())
        }
        Err(source) => Err(StartError { step: format!("failed to mount {fstype} on {target}"), source }),
    }
}

/// Gives init standard streams on /dev/console when the kernel could not
/// (an initramfs without /dev/console).
fn open_console() {
    if sys::fd_is_open(2) {
        return;
    }
    let Ok(console) = std::fs::OpenOptions::new().read(true).write(true).open("/dev/console") else {
        return;
    };
    for fd in 0..3 {
        let _ = sys::dup_onto(&console, fd);
    }
}

fn load_module(path: &PathBuf) -> Result<(), StartError> {
    let started = Instant::now();
    let file = step(std::fs::File::open(path), || format!("failed to open module {}", path.display()))?;
    match sys::finit_module(&file) {
        Ok(()) => {
            log::info!("loaded module {} in {} ms", path.display(), started.elapsed().as_millis());
            Ok(())
        }
        Err(err) if err.raw_os_error() == Some(libc::EEXIST) => {
            log::info!("module {} is already loaded", path.display());
            Ok(())
        }
        Err(source) => Err(StartError { step: format!("failed to load module {}", path.display()), source }),
    }
}

/// Time since boot when this process started as init.
static STARTED: OnceLock<Duration> = OnceLock::new();

/// Records when init started; call first thing as PID 1.
pub fn mark_start() {
    STARTED.get_or_init(sys::since_boot);
}

/// Logs how long after init started the API began to serve, and how long
/// after the kernel started.
pub fn log_ready() {
    log_since_start("API serving");
}

/// Logs, once, when the first API request arrived.
pub fn log_first_request(origin: crate::http::Origin) {
    static LOGGED: OnceLock<()> = OnceLock::new();
    if LOGGED.set(()).is_ok() {
        log_since_start(&format!("first API request (origin {origin:?})"));
    }
}

fn log_since_start(what: &str) {
    let now = sys::since_boot();
    let started = STARTED.get().copied().unwrap_or(now);
    log::info!(
        "{what} {:.1} ms after init started ({:.3} s after the kernel started)",
        (now - started).as_secs_f64() * 1000.0,
        now.as_secs_f64()
    );
}

/// Ends the machine after the daemon has stopped everything: kills what
/// is left, syncs, and powers off or restarts. Never returns.
pub fn finish(action: ExitAction) -> ! {
    let power_off = action != ExitAction::Reboot;
    log::info!("{}", if power_off { "powering off" } else { "rebooting" });
    sys::kill_all();
    sys::sync();
    std::thread::sleep(FINAL_FLUSH);
    let err = sys::reboot(power_off);
    // reboot failed: nothing is left to do but wait; exiting would panic
    // the kernel.
    log::error!("reboot(2) failed: {err}; halting here");
    sys::pause_forever()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn args_come_from_file_then_argv_then_env() {
        let merged = merge_args(
            "--load-module /lib/modules/vsock.ko\n--log-level info\n",
            &strings(&["serve", "--name", "vm1"]),
            "--log-level debug",
        );
        assert_eq!(
            merged,
            strings(&[
                "--load-module",
                "/lib/modules/vsock.ko",
                "--log-level",
                "info",
                "--name",
                "vm1",
                "--log-level",
                "debug"
            ])
        );
    }

    #[test]
    fn container_modules_load_late() {
        assert!(is_late_module(Path::new("/lib/modules/overlay.ko")));
        assert!(is_late_module(Path::new("/lib/modules/tcp_diag.ko")));
        assert!(!is_late_module(Path::new("/lib/modules/vmw_vsock_virtio_transport.ko")));
        assert!(!is_late_module(Path::new("/lib/modules/virtio_pci.ko")));
    }

    #[test]
    fn args_empty_everywhere() {
        assert!(merge_args("", &[], "").is_empty());
    }
}
