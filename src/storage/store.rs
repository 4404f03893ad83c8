//! Object stores behind one trait: a local directory and S3. Keys are
//! relative paths such as `packs/ab/ID` or `manifests/ID.json`; every error
//! names the operation, the key and the store.

use std::fs::{self, File};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::s3::{Credentials, S3Store};

/// An object store. Implementations are shared by the pool's threads.
pub trait ObjectStore: Send + Sync {
    /// Stores `data` under `key`; once this returns the object is durable.
    fn put(&self, key: &str, data: &[u8]) -> io::Result<()>;
    /// Stores a pack. Every byte of a pack belongs to a chunk whose
    /// SHA-256 is in the manifest and checked by a restore, so a store may
    /// skip its own check of the bytes sent.
    fn put_pack(&self, key: &str, data: &[u8]) -> io::Result<()> {
        self.put(key, data)
    }
    /// Reads a whole object of at most `max` bytes. A missing one is
    /// `ErrorKind::NotFound`, a larger one `ErrorKind::FileTooLarge`,
    /// raised before more than `max` bytes are held.
    fn get(&self, key: &str, max: u64) -> io::Result<Vec<u8>>;
    /// Reads `len` bytes at `offset` of an object. The caller bounds `len`.
    fn get_range(&self, key: &str, offset: u64, len: u64) -> io::Result<Vec<u8>>;
    /// Calls `visit` with each key under `prefix` and its size, a page at
    /// a time, so that a listing of any length takes bounded memory. An
    /// error from `visit` ends the listing.
    fn list_each(&self, prefix: &str, visit: &mut dyn FnMut(&str, u64) -> io::Result<()>) -> io::Result<()>;
    /// Keys under `prefix` with their sizes, in key order. More than
    /// `max_keys` keys is an error of kind `FileTooLarge`.
    fn list(&self, prefix: &str, max_keys: usize) -> io::Result<Vec<(String, u64)>> {
        let mut out = Vec::new();
        self.list_each(prefix, &mut |key, size| {
            if out.len() == max_keys {
                return Err(io::Error::new(
                    io::ErrorKind::FileTooLarge,
                    format!("more than {max_keys} keys under {prefix}, the limit of this listing"),
                ));
            }
            out.push((key.to_string(), size));
            Ok(())
        })
        .map_err(|err| context(err, format!("failed to list {prefix} in {}", self.describe())))?;
        out.sort();
        Ok(out)
    }
    /// Removes an object; removing a missing one is not an error.
    fn delete(&self, key: &str) -> io::Result<()>;
    /// Describes the store as `--store` names it, without secrets.
    fn describe(&self) -> String;
}

/// Store settings from the command line.
#[derive(Clone, Debug, Default)]
pub struct StoreConfig {
    /// Store URL: `dir:PATH`, `s3:http://HOST:PORT/BUCKET[/PREFIX]` or
    /// `s3:vsock:CID:PORT/BUCKET[/PREFIX]`.
    pub url: String,
    pub region: String,
    /// File with the access key id and the secret key on two lines.
    pub key_file: Option<PathBuf>,
}

/// Opens the store that `config.url` names.
pub fn open(config: &StoreConfig) -> Result<Box<dyn ObjectStore>, String> {
    if let Some(path) = config.url.strip_prefix("dir:") {
        if path.is_empty() {
            return Err("--store dir: needs a directory path, as in dir:/var/lib/guestd/store".into());
        }
        return Ok(Box::new(DirStore::new(PathBuf::from(path))));
    }
    if let Some(url) = config.url.strip_prefix("s3:") {
        let credentials = Credentials::load(config.key_file.as_deref())?;
        return Ok(Box::new(S3Store::new(url, &config.region, credentials)?));
    }
    Err(format!(
        "--store {:?}: expected dir:PATH, s3:http://HOST:PORT/BUCKET[/PREFIX] or s3:vsock:CID:PORT/BUCKET[/PREFIX]",
        config.url
    ))
}

/// `guestd store-check`: opens the store from `--store`, `--store-key-file`
/// and `--store-region`, creates the bucket of an s3: store when
/// `--create-bucket` is given, and lists the manifests.
pub fn check_command(args: &[String]) -> Result<(), String> {
    let mut config = StoreConfig { region: "us-east-1".into(), ..StoreConfig::default() };
    let mut create_bucket = false;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let mut value = || iter.next().cloned().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--store" => config.url = value()?,
            "--store-key-file" => config.key_file = Some(PathBuf::from(value()?)),
            "--store-region" => config.region = value()?,
            "--create-bucket" => create_bucket = true,
            other => return Err(format!("unexpected argument {other:?}; see guestd store-check --help")),
        }
    }
    if config.url.is_empty() {
        return Err("missing --store URL (dir:PATH, s3:http://HOST:PORT/BUCKET[/PREFIX] or \
                    s3:vsock:CID:PORT/BUCKET[/PREFIX])"
            .into());
    }
    // An empty listing of a directory that is not there would pass a
    // mistyped path as an empty store.
    if let Some(dir) = config.url.strip_prefix("dir:") {
        if let Err(err) = std::fs::read_dir(dir) {
            return Err(format!("store directory {dir:?} is not readable: {err}; check the path"));
        }
    }
    if create_bucket {
        if let Some(url) = config.url.strip_prefix("s3:") {
            let credentials = Credentials::load(config.key_file.as_deref())?;
            S3Store::new(url, &config.region, credentials)?.create_bucket().map_err(|err| err.to_string())?;
        }
    }
    let store = open(&config)?;
    let (mut manifests, mut objects, mut bytes) = (0u64, 0u64, 0u64);
    store
        .list_each("", &mut |key, size| {
            manifests += u64::from(key.starts_with("manifests/"));
            objects += 1;
            bytes += size;
            Ok(())
        })
        .map_err(|err| err.to_string())?;
    println!("{}: {manifests} checkpoint manifests, {objects} objects, {bytes} bytes", store.describe());
    Ok(())
}

/// Returns the reserve that storing `len` bytes (and the pack cache's copy
/// of them) in memory would break into, or `None` when they fit.
fn memory_shortfall(len: u64, available: u64, total: u64) -> Option<u64> {
    let reserve = MEMORY_STORE_RESERVE.max(total / 8);
    (available < len.saturating_mul(2).saturating_add(reserve)).then_some(reserve)
}

/// Reads a `/proc/meminfo` field in bytes (`key` with its colon).
fn meminfo(key: &str) -> Option<u64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = text.lines().find(|line| line.starts_with(key))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

fn too_large(size: u64, max: u64) -> io::Error {
    io::Error::new(io::ErrorKind::FileTooLarge, format!("object of {size} bytes is over the limit of {max} bytes"))
}

/// Annotates an I/O error with the operation and object it concerns.
pub fn context(err: io::Error, what: impl std::fmt::Display) -> io::Error {
    io::Error::new(err.kind(), format!("{what}: {err}"))
}

/// A store in a local directory: one file per object, written to a
/// temporary name, synced and renamed into place.
pub struct DirStore {
    root: PathBuf,
    /// Whether `root` is on tmpfs or ramfs (the initramfs of a VM), so
    /// that each object takes the machine's memory.
    in_memory: bool,
}

/// Memory that a store in memory leaves available: at least this, or an
/// eighth of the machine's memory if that is more. Below it, the kernel's
/// OOM killer would find nothing to kill once the container's processes
/// are gone, and the kernel panics.
const MEMORY_STORE_RESERVE: u64 = 16 << 20;

impl DirStore {
    pub fn new(root: PathBuf) -> DirStore {
        // The directory may not exist yet: its nearest existing ancestor
        // is on the same filesystem unless a mount comes in between.
        let in_memory = root.ancestors().find_map(|dir| crate::sys::mount::is_memory_fs(dir).ok()).unwrap_or(false);
        DirStore { root, in_memory }
    }

    /// Rejects an object of `len` bytes when the store is in memory and
    /// writing it, with the pack cache's copy of it, would leave the
    /// machine less than its reserve.
    fn check_memory(&self, len: u64) -> io::Result<()> {
        if !self.in_memory {
            return Ok(());
        }
        let (Some(available), Some(total)) = (meminfo("MemAvailable:"), meminfo("MemTotal:")) else {
            return Ok(());
        };
        let Some(reserve) = memory_shortfall(len, available, total) else {
            return Ok(());
        };
        Err(io::Error::new(
            io::ErrorKind::OutOfMemory,
            format!(
                "{} is in memory (tmpfs or ramfs) and only {} MiB of the machine's memory is available, \
                 less than this object of {} MiB, its cached copy and a reserve of {} MiB; \
                 free memory (delete files in the container, or lower --upper-size) or use a store \
                 on a disk",
                self.root.display(),
                available >> 20,
                len >> 20,
                reserve >> 20
            ),
        ))
    }

    fn path(&self, key: &str) -> io::Result<PathBuf> {
        if key.is_empty() || key.split('/').any(|part| part.is_empty() || part == "." || part == "..") {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("invalid object key {key:?}")));
        }
        Ok(self.root.join(key))
    }

    fn put_inner(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        let parent = path.parent().expect("object paths have a parent");
        fs::create_dir_all(parent)?;
        let tmp = parent.join(format!(".tmp-{}", path.file_name().unwrap_or_default().to_string_lossy()));
        let written = File::create(&tmp).and_then(|mut file| {
            file.write_all(data)?;
            file.sync_all()?;
            fs::rename(&tmp, path)
        });
        if written.is_err() {
            // A full disk must not keep the partial object.
            let _ = fs::remove_file(&tmp);
        }
        written?;
        crate::sys::tree::sync_dir(parent)
    }
}

impl ObjectStore for DirStore {
    fn put(&self, key: &str, data: &[u8]) -> io::Result<()> {
        let path = self.path(key)?;
        self.check_memory(data.len() as u64)
            .and_then(|()| self.put_inner(&path, data))
            .map_err(|err| context(err, format!("failed to store {key} in {}", self.describe())))
    }

    fn get(&self, key: &str, max: u64) -> io::Result<Vec<u8>> {
        let read = || -> io::Result<Vec<u8>> {
            let file = File::open(self.path(key)?)?;
            let size = file.metadata()?.len();
            if size > max {
                return Err(too_large(size, max));
            }
            // The file may grow after the size was taken.
            let mut data = Vec::with_capacity(size as usize);
            file.take(max.saturating_add(1)).read_to_end(&mut data)?;
            if data.len() as u64 > max {
                return Err(too_large(data.len() as u64, max));
            }
            Ok(data)
        };
        read().map_err(|err| context(err, format!("failed to read {key} from {}", self.describe())))
    }

    fn get_range(&self, key: &str, offset: u64, len: u64) -> io::Result<Vec<u8>> {
        let read = || -> io::Result<Vec<u8>> {
            let mut file = File::open(self.path(key)?)?;
            let size = file.metadata()?.len();
            if offset.checked_add(len).is_none_or(|end| end > size) {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    format!("range {offset}+{len} is past the end of the object's {size} bytes"),
                ));
            }
            file.seek(SeekFrom::Start(offset))?;
            let mut data = vec![0u8; len as usize];
            file.read_exact(&mut data)?;
            Ok(data)
        };
        read().map_err(|err| context(err, format!("failed to read {key} from {}", self.describe())))
    }

    fn list_each(&self, prefix: &str, visit: &mut dyn FnMut(&str, u64) -> io::Result<()>) -> io::Result<()> {
        let base = self.root.join(prefix.trim_end_matches('/'));
        let mut stack = vec![base];
        while let Some(dir) = stack.pop() {
            let entries = match fs::read_dir(&dir) {
                Ok(entries) => entries,
                Err(err) if err.kind() == io::ErrorKind::NotFound => continue,
                Err(err) => return Err(context(err, format!("failed to list {}", dir.display()))),
            };
            for entry in entries {
                let entry = entry?;
                let name = entry.file_name();
                if name.to_string_lossy().starts_with(".tmp-") {
                    continue;
                }
                let meta = entry.metadata()?;
                if meta.is_dir() {
                    stack.push(entry.path());
                } else if let Ok(rel) = entry.path().strip_prefix(&self.root) {
                    visit(&rel.to_string_lossy(), meta.len())?;
                }
            }
        }
        Ok(())
    }

    fn delete(&self, key: &str) -> io::Result<()> {
        match fs::remove_file(self.path(key)?) {
            Err(err) if err.kind() != io::ErrorKind::NotFound => {
                Err(context(err, format!("failed to delete {key} from {}", self.describe())))
            }
            _ => Ok(()),
        }
    }

    fn describe(&self) -> String {
        format!("dir:{}", self.root.display())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_store_keeps_reserve() {
        const MIB: u64 = 1 << 20;
        // A 256 MiB guest (240 MiB MemTotal) keeps 30 MiB, a 48 MiB one 16 MiB.
        assert_eq!(memory_shortfall(8 * MIB, 100 * MIB, 240 * MIB), None);
        assert_eq!(memory_shortfall(8 * MIB, 40 * MIB, 240 * MIB), Some(30 * MIB));
        assert_eq!(memory_shortfall(MIB, 20 * MIB, 40 * MIB), None);
        assert_eq!(memory_shortfall(MIB, 17 * MIB, 40 * MIB), Some(16 * MIB));
    }

    #[test]
    fn dir_store_round_trip() {
        let root = std::env::temp_dir().join(format!("guestd-dirstore-{}", std::process::id()));
        let store = DirStore::new(root.clone());
        store.put("packs/ab/one", b"hello world").unwrap();
        store.put("manifests/1.json", b"{}").unwrap();
        assert_eq!(store.get("packs/ab/one", 11).unwrap(), b"hello world");
        let err = store.get("packs/ab/one", 10).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::FileTooLarge, "{err}");
        assert!(err.to_string().contains("packs/ab/one"), "{err}");
        assert!(err.to_string().contains("limit of 10 bytes"), "{err}");
        assert_eq!(store.get_range("packs/ab/one", 6, 5).unwrap(), b"world");
        let listed = store.list("packs/", 1).unwrap();
        assert_eq!(listed, vec![("packs/ab/one".to_string(), 11)]);
        let err = store.list("", 1).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::FileTooLarge, "{err}");
        store.delete("packs/ab/one").unwrap();
        store.delete("packs/ab/one").unwrap();
        let missing = store.get("packs/ab/one", 11).unwrap_err();
        assert_eq!(missing.kind(), io::ErrorKind::NotFound);
        assert!(store.put("../escape", b"x").is_err());
        fs::remove_dir_all(root).unwrap();
    }
}
