//! The container's cgroup v2 subtree: created once per daemon at
//! `<cgroup2 mount>/guestd-<daemon pid>`, kept across container restarts,
//! removed when the daemon exits. Its path is recorded in `RUN_DIR/cgroup`
//! so that whoever cleans up after a killed daemon can find it.
//!
//! Layout: the container's init and the spawner live in the top cgroup,
//! so the container's cgroup namespace is rooted there. Processes go to
//! leaves named by `ProcessSpec.cgroup`, `exec` by default. Limits
//! (`memory.max`, `pids.max`) apply to the top cgroup as a whole.
//! Controllers are not enabled below it, since the no-internal-process
//! rule would then force the helpers into a leaf of their own: moving the
//! init there after it has created its cgroup namespace is a cgroup
//! migration, which took 5 to 16 ms per container start on the
//! development VM under load.

use std::fs;
use std::io::{self, Read};
use std::os::fd::OwnedFd;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::config::{Config, MemoryMax, DEFAULT_MEMORY_PERCENT, DEFAULT_PIDS_MAX};

/// Leaf of processes whose spec names none.
pub const DEFAULT_LEAF: &str = "exec";

pub struct Cgroup {
    pub path: PathBuf,
    record: PathBuf,
}

/// Finds the mount point of the cgroup2 filesystem in
/// `/proc/self/mountinfo`.
pub fn find_mount() -> io::Result<PathBuf> {
    let text = fs::read_to_string("/proc/self/mountinfo")?;
    parse_mount(&text).ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no cgroup2 filesystem is mounted"))
}

fn parse_mount(mountinfo: &str) -> Option<PathBuf> {
    mountinfo.lines().find_map(|line| {
        let (left, right) = line.split_once(" - ")?;
        if right.split_whitespace().next()? != "cgroup2" {
            return None;
        }
        let mount_point = left.split_whitespace().nth(4)?;
        Some(PathBuf::from(unescape_octal(mount_point)))
    })
}

/// Undoes the `\040`-style escapes of mountinfo fields.
fn unescape_octal(field: &str) -> String {
    let bytes = field.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\\' && i + 3 < bytes.len() && bytes[i + 1..i + 4].iter().all(|b| (b'0'..=b'7').contains(b)) {
            let value = (bytes[i + 1] - b'0') * 64 + (bytes[i + 2] - b'0') * 8 + (bytes[i + 3] - b'0');
            out.push(value);
            i += 4;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether `name` can be a leaf cgroup: a single path component of
/// letters, digits, `.`, `_` and `-`, not starting with `.` and not named
/// like a cgroup interface file.
pub fn valid_leaf_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && !name.starts_with('.')
        && !name.starts_with("cgroup.")
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

impl Cgroup {
    /// Creates the daemon's container cgroup, records its path, and applies
    /// `--memory-max` and `--pids-max` where those controllers exist.
    pub fn create(config: &Config) -> io::Result<Cgroup> {
        let mount = find_mount()?;
        let record = config.run_dir.join("cgroup");
        remove_stale(&mount, &record);
        let path = mount.join(format!("guestd-{}", std::process::id()));
        if path.exists() {
            // A cgroup of an earlier daemon that had this PID.
            let _ = remove_tree(&path);
        }
        fs::create_dir(&path).map_err(|err| annotate(err, "create", &path))?;
        let cgroup = Cgroup { path, record };
        fs::write(&cgroup.record, cgroup.path.as_os_str().as_encoded_bytes())
            .map_err(|err| annotate(err, "record the cgroup path in", &cgroup.record))?;
        // A default limit that cannot apply is logged at info, a requested
        // one as a warning (a flag equal to the default counts as default).
        let memory_max = config.memory_max.bytes(mem_total());
        let requested = config.memory_max != MemoryMax::Percent(DEFAULT_MEMORY_PERCENT);
        cgroup.apply_limit(&mount, "memory", "memory.max", memory_max, "--memory-max", requested);
        let requested = config.pids_max != Some(DEFAULT_PIDS_MAX);
        let pids_max = if requested {
            config.pids_max
        } else {
            let threads = threads_max();
            let value = default_pids_max(threads);
            if value < DEFAULT_PIDS_MAX {
                log::info!(
                    "default --pids-max lowered from {DEFAULT_PIDS_MAX} to {value}, half of kernel.threads-max {}",
                    threads.unwrap_or(0)
                );
            }
            Some(value)
        };
        cgroup.apply_limit(&mount, "pids", "pids.max", pids_max, "--pids-max", requested);
        // With the cpu controller the container as a whole weighs like one
        // process against the daemon, so a fork bomb cannot starve it.
        cgroup.apply_limit(&mount, "cpu", "cpu.weight", None, "", false);
        Ok(cgroup)
    }

    /// Enables `controller` for our cgroup in the parent when possible, and
    /// writes `value` to `file`.
    fn apply_limit(&self, mount: &Path, controller: &str, file: &str, value: Option<u64>, flag: &str, requested: bool) {
        let parent = self.path.parent().unwrap_or(mount);
        let available = |dir: &Path| {
            fs::read_to_string(dir.join("cgroup.controllers"))
                .map(|text| text.split_whitespace().any(|c| c == controller))
                .unwrap_or(false)
        };
        if !available(&self.path) && available(parent) {
            if let Err(err) = fs::write(parent.join("cgroup.subtree_control"), format!("+{controller}")) {
                log::info!("cannot enable the {controller} controller in {}: {err}", parent.display());
            }
        }
        if !available(&self.path) {
            match value {
                Some(_) if !requested => log::info!(
                    "the {controller} cgroup controller is not available under {}, so the default {flag} is not applied",
                    parent.display()
                ),
                Some(_) => log::warn!(
                    "the {controller} cgroup controller is not available under {}, so {flag} is not applied; \
                     enable it in the cgroup v2 hierarchy (it may be bound to a cgroup v1 mount)",
                    parent.display()
                ),
                None => log::info!("the {controller} cgroup controller is not available; the container's usage is not accounted"),
            }
            return;
        }
        if let Some(value) = value {
            let target = self.path.join(file);
            match fs::write(&target, value.to_string()) {
                Ok(()) => log::info!("container {file} set to {value} ({flag})"),
                Err(err) => log::warn!("failed to write {value} to {}: {err}", target.display()),
            }
        }
    }

    /// Limits, usage and limit events of the subtree, each `None` where
    /// its controller is not enabled.
    pub fn usage(&self) -> Usage {
        let number = |file: &str| fs::read_to_string(self.path.join(file)).ok()?.trim().parse::<u64>().ok();
        let event = |file: &str, key: &str| {
            let text = fs::read_to_string(self.path.join(file)).ok()?;
            text.lines().find_map(|line| line.strip_prefix(key)?.trim().parse::<u64>().ok())
        };
        Usage {
            memory_max: number("memory.max"),
            memory_current: number("memory.current"),
            memory_oom_kills: event("memory.events", "oom_kill "),
            pids_max: number("pids.max"),
            pids_current: number("pids.current"),
            pids_max_hits: event("pids.events", "max "),
            cpu_weight: number("cpu.weight"),
        }
    }

    /// Opens leaf `name` (creating it on first use) for `CLONE_INTO_CGROUP`.
    pub fn open_leaf(&self, name: &str) -> io::Result<OwnedFd> {
        self.open_leaf_created(name).map(|(fd, _)| fd)
    }

    /// Opens leaf `name` like [`Cgroup::open_leaf`] and returns whether this
    /// call created its directory.
    pub fn open_leaf_created(&self, name: &str) -> io::Result<(OwnedFd, bool)> {
        let path = self.path.join(name);
        let created = match fs::create_dir(&path) {
            Ok(()) => true,
            Err(err) if err.kind() == io::ErrorKind::AlreadyExists => false,
            Err(err) => return Err(annotate(err, "create", &path)),
        };
        let file = fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_DIRECTORY | libc::O_CLOEXEC)
            .open(&path)
            .map_err(|err| annotate(err, "open", &path))?;
        Ok((file.into(), created))
    }

    /// Kills every process in leaf `name` (`cgroup.kill`).
    pub fn kill_leaf(&self, name: &str) -> io::Result<()> {
        let file = self.path.join(name).join("cgroup.kill");
        fs::write(&file, "1").map_err(|err| annotate(err, "write 1 to", &file))
    }

    /// Replaces leaf `name` with a fresh directory when it has no process
    /// left, and returns whether it did.
    ///
    /// NOTE: Linux 6.18 kills a child cloned with `CLONE_INTO_CGROUP` into
    /// a cgroup that was once killed through `cgroup.kill` (the fork
    /// compares the kill counters of the parent's and the target cgroup).
    /// A fresh directory has a fresh counter, so spawns into a leaf that a
    /// subsystem killed work again once it is empty.
    pub fn renew_leaf_if_empty(&self, name: &str) -> bool {
        let path = self.path.join(name);
        if read_event(&path, "populated").unwrap_or(true) {
            return false;
        }
        fs::remove_dir(&path).is_ok()
    }

    /// Returns whether leaf `name` exists.
    pub fn has_leaf(&self, name: &str) -> bool {
        self.path.join(name).is_dir()
    }

    /// Kills every process in the subtree (`cgroup.kill`).
    pub fn kill_all(&self) -> io::Result<()> {
        let file = self.path.join("cgroup.kill");
        fs::write(&file, "1").map_err(|err| annotate(err, "write 1 to", &file))
    }

    /// Whether any live process is left in the subtree.
    pub fn populated(&self) -> bool {
        read_event(&self.path, "populated").unwrap_or(false)
    }

    /// Freezes (`true`) or thaws the subtree and waits until the kernel
    /// reports the new state in `cgroup.events`, for at most `limit`.
    pub fn set_frozen(&self, frozen: bool, limit: Duration) -> io::Result<()> {
        let file = self.path.join("cgroup.freeze");
        fs::write(&file, if frozen { "1" } else { "0" }).map_err(|err| annotate(err, "write to", &file))?;
        let start = Instant::now();
        while read_event(&self.path, "frozen")? != frozen {
            if start.elapsed() > limit {
                return Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    format!("{} did not report frozen {} within {limit:?}", self.path.display(), frozen as u8),
                ));
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        Ok(())
    }

    /// Removes the subtree (after its processes are gone) and the record
    /// of its path.
    pub fn remove(&self) -> io::Result<()> {
        remove_tree(&self.path)?;
        let _ = fs::remove_file(&self.record);
        Ok(())
    }

    /// Kills every process in the cgroup and removes it, waiting up to
    /// 2 s for the processes to exit.
    pub fn kill_and_remove(&self) -> io::Result<()> {
        let _ = fs::write(self.path.join("cgroup.kill"), "1");
        let start = Instant::now();
        loop {
            match self.remove() {
                Ok(()) => return Ok(()),
                Err(err) if start.elapsed() > Duration::from_secs(2) => return Err(err),
                Err(_) => std::thread::sleep(Duration::from_millis(10)),
            }
        }
    }
}

/// Limits and counters that [`Cgroup::usage`] reads. A limit of `max`
/// reads as `None`.
#[derive(Clone, Copy, Debug, Default, miniserde::Serialize)]
pub struct Usage {
    pub memory_max: Option<u64>,
    pub memory_current: Option<u64>,
    /// Processes the cgroup's OOM killer killed (`memory.events`).
    pub memory_oom_kills: Option<u64>,
    pub pids_max: Option<u64>,
    pub pids_current: Option<u64>,
    /// Forks rejected at `pids.max` (`pids.events`).
    pub pids_max_hits: Option<u64>,
    /// The container's CPU weight against the daemon, where the cpu
    /// controller is enabled.
    pub cpu_weight: Option<u64>,
}

/// Returns the machine's memory in bytes (`MemTotal` of /proc/meminfo).
pub(crate) fn mem_total() -> Option<u64> {
    let text = fs::read_to_string("/proc/meminfo").ok()?;
    let line = text.lines().find(|line| line.starts_with("MemTotal:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

/// Reads the machine's limit on tasks, `kernel.threads-max`, which the
/// kernel sets at boot from the usable memory (one task per 128 KiB on
/// x86-64, and 374 on a 64 MiB guest).
fn threads_max() -> Option<u64> {
    fs::read_to_string("/proc/sys/kernel/threads-max").ok()?.trim().parse().ok()
}

/// Returns the default `pids.max`: [`DEFAULT_PIDS_MAX`], but at most half
/// of `kernel.threads-max` and at least 64. On a small VM the kernel's own limit is below
/// 4096, and a fork bomb that reached it would leave the daemon (and the
/// kernel's worker threads) unable to start a task. At half of it, the
/// fork bomb meets the container's limit first.
fn default_pids_max(threads_max: Option<u64>) -> u64 {
    match threads_max {
        Some(threads) => DEFAULT_PIDS_MAX.min((threads / 2).max(64)),
        None => DEFAULT_PIDS_MAX,
    }
}

/// Kills and removes the cgroup that an earlier daemon with the same run
/// directory recorded and left behind (it was killed, so it could not
/// remove it). Only a `guestd-*` directory directly under `mount` counts.
fn remove_stale(mount: &Path, record: &Path) {
    let Ok(text) = fs::read_to_string(record) else { return };
    let stale = PathBuf::from(text.trim());
    let ours = stale.parent() == Some(mount)
        && stale.file_name().is_some_and(|name| name.to_string_lossy().starts_with("guestd-"));
    if !ours || !stale.is_dir() {
        return;
    }
    let _ = fs::write(stale.join("cgroup.kill"), "1");
    let start = Instant::now();
    loop {
        match remove_tree(&stale) {
            Ok(()) => {
                log::info!("removed cgroup {} left by an earlier daemon", stale.display());
                return;
            }
            Err(err) if start.elapsed() > Duration::from_secs(2) => {
                log::warn!("failed to remove the cgroup of an earlier daemon: {err}");
                return;
            }
            Err(_) => std::thread::sleep(Duration::from_millis(10)),
        }
    }
}

/// Reads the 0/1 value `key` of `dir/cgroup.events`.
fn read_event(dir: &Path, key: &str) -> io::Result<bool> {
    let mut text = String::new();
    fs::File::open(dir.join("cgroup.events"))?.read_to_string(&mut text)?;
    Ok(text.lines().filter_map(|line| line.split_once(' ')).any(|(name, value)| name == key && value.trim() == "1"))
}

/// Removes a cgroup directory tree, leaves first.
fn remove_tree(path: &Path) -> io::Result<()> {
    for entry in fs::read_dir(path)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            remove_tree(&entry.path())?;
        }
    }
    fs::remove_dir(path).map_err(|err| annotate(err, "remove", path))
}

fn annotate(err: io::Error, action: &str, path: &Path) -> io::Error {
    io::Error::new(err.kind(), format!("failed to {action} {}: {err}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_pids_max_small_threads_max() {
        // 64 MiB and 256 MiB guests, a large host, and no /proc.
        assert_eq!(default_pids_max(Some(374)), 187);
        assert_eq!(default_pids_max(Some(1900)), 950);
        assert_eq!(default_pids_max(Some(254_000)), DEFAULT_PIDS_MAX);
        assert_eq!(default_pids_max(Some(40)), 64);
        assert_eq!(default_pids_max(None), DEFAULT_PIDS_MAX);
    }

    #[test]
    fn mount_found_in_hybrid_layout() {
        let text = "\
31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755
35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory
41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw
";
        assert_eq!(parse_mount(text), Some(PathBuf::from("/sys/fs/cgroup/unified")));
    }

    #[test]
    fn mount_point_escapes_decoded() {
        let text = "41 31 0:38 / /mnt/with\\040space rw shared:9 - cgroup2 cgroup2 rw\n";
        assert_eq!(parse_mount(text), Some(PathBuf::from("/mnt/with space")));
        assert_eq!(parse_mount("1 2 0:1 / / rw - ext4 /dev/vda rw\n"), None);
    }

    #[test]
    fn leaf_names_checked() {
        assert!(valid_leaf_name("web-1.svc"));
        assert!(!valid_leaf_name(""));
        assert!(!valid_leaf_name("../x"));
        assert!(!valid_leaf_name("a/b"));
        assert!(!valid_leaf_name(".hidden"));
        assert!(!valid_leaf_name("cgroup.procs"));
    }
}
