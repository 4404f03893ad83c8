//! Directories of the run directory that the daemon owns: `RUN_DIR`,
//! `RUN_DIR/inner` and `RUN_DIR/root` when it created them. A clean
//! shutdown removes them. The file `RUN_DIR/owned-dirs` lists them, so that
//! a daemon started after a SIGKILL on the same run directory takes over
//! what the killed one created, and removes it at its own shutdown.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::sys::mount;
use crate::{container, http};

/// Name of the list of owned directories in the run directory.
const LIST_NAME: &str = "owned-dirs";
/// First line of the list: its format and version.
const LIST_HEADER: &str = "guestd owned-dirs 1";
/// Name in the list that denotes the run directory itself.
const RUN_DIR_NAME: &str = ".";
/// Maximum mounts stacked on one owned directory that the shutdown
/// unmounts. A directory with more mounts stays.
const MAX_STACKED_MOUNTS: usize = 8;

/// Directories under the run directory that this daemon owns, removed on
/// drop when they are empty, deepest first.
pub struct OwnedRunDirs {
    run_dir: PathBuf,
    /// Names relative to `run_dir`, `.` first.
    names: Vec<&'static str>,
}

impl OwnedRunDirs {
    /// Records which of `RUN_DIR`, `RUN_DIR/inner` and `RUN_DIR/root` do not
    /// exist yet, because the API listeners and the container create them.
    pub fn before_start(config: &Config) -> OwnedRunDirs {
        let run_dir = config.run_dir.clone();
        let names = known_names(config).into_iter().filter(|(_, path)| !path.exists()).map(|(name, _)| name).collect();
        OwnedRunDirs { run_dir, names }
    }

    /// Adds the directories that an earlier daemon on this run directory
    /// listed as its own and that still exist, then writes the list of this
    /// daemon's. Call it only once the listeners are bound: the inner API
    /// socket in `RUN_DIR/inner` is then this daemon's, so no other live
    /// daemon uses the run directory.
    pub fn take_over(&mut self, config: &Config) {
        let listed = read_list(&self.run_dir.join(LIST_NAME));
        for (name, path) in known_names(config) {
            if listed.contains(&name) && !self.names.contains(&name) && path.is_dir() {
                log::info!("taking over {} from an earlier guestd on this run directory", path.display());
                self.names.push(name);
            }
        }
        self.names.sort_by_key(|name| *name != RUN_DIR_NAME);
        if let Err(err) = self.write_list() {
            log::warn!("failed to write {}: {err}", self.run_dir.join(LIST_NAME).display());
        }
    }

    fn write_list(&self) -> io::Result<()> {
        let path = self.run_dir.join(LIST_NAME);
        if self.names.is_empty() {
            return match fs::remove_file(&path) {
                Err(err) if err.kind() != io::ErrorKind::NotFound => Err(err),
                _ => Ok(()),
            };
        }
        let mut text = format!("{LIST_HEADER}\n");
        for name in &self.names {
            text.push_str(name);
            text.push('\n');
        }
        let temp = self.run_dir.join(format!(".{LIST_NAME}.tmp"));
        fs::write(&temp, text)?;
        fs::rename(&temp, &path)
    }
}

impl Drop for OwnedRunDirs {
    fn drop(&mut self) {
        let mut kept = Vec::new();
        for &name in self.names.iter().rev() {
            let dir = if name == RUN_DIR_NAME { self.run_dir.clone() } else { self.run_dir.join(name) };
            if name == RUN_DIR_NAME {
                if !kept.is_empty() {
                    kept.push(name);
                    continue;
                }
                // Everything else is gone, so the list goes before its directory.
                let _ = fs::remove_file(self.run_dir.join(LIST_NAME));
            } else {
                unmount_all(&dir);
            }
            // remove_dir fails on a directory that is not empty, so nothing
            // that another process put there is lost.
            match fs::remove_dir(&dir) {
                Ok(()) => log::debug!("removed {}", dir.display()),
                Err(err) if err.kind() == io::ErrorKind::NotFound => {}
                Err(err) => {
                    log::debug!("kept {}: {err}", dir.display());
                    kept.push(name);
                }
            }
        }
        // What stays is still this daemon's, so the next one on this run
        // directory takes it over.
        self.names = kept;
        self.names.sort_by_key(|name| *name != RUN_DIR_NAME);
        if let Err(err) = self.write_list() {
            log::debug!("failed to write {}: {err}", self.run_dir.join(LIST_NAME).display());
        }
    }
}

/// Returns the directories that a daemon may own, with their names in the list.
fn known_names(config: &Config) -> [(&'static str, PathBuf); 3] {
    [
        (RUN_DIR_NAME, config.run_dir.clone()),
        ("inner", http::inner_socket_dir(config)),
        ("root", container::root_dir(config)),
    ]
}

/// Reads the names of a list. A missing list, or one of another format,
/// contains no names.
fn read_list(path: &Path) -> Vec<&'static str> {
    let Ok(text) = fs::read_to_string(path) else { return Vec::new() };
    let mut lines = text.lines();
    if lines.next() != Some(LIST_HEADER) {
        log::warn!("ignoring {}: not a list of format {LIST_HEADER:?}", path.display());
        return Vec::new();
    }
    // Only the fixed names count, so the list can never lead elsewhere.
    lines.filter_map(|line| [RUN_DIR_NAME, "inner", "root"].into_iter().find(|name| *name == line)).collect()
}

/// Detaches every mount on `dir`, up to [`MAX_STACKED_MOUNTS`], so that an
/// overlay left by a killed daemon does not keep the directory.
fn unmount_all(dir: &Path) {
    for _ in 0..MAX_STACKED_MOUNTS {
        match mount::umount(dir, libc::MNT_DETACH | libc::UMOUNT_NOFOLLOW) {
            Ok(()) => log::debug!("unmounted {}", dir.display()),
            // EINVAL means not a mount point (any more), and ENOENT means gone.
            Err(_) => return,
        }
    }
}
