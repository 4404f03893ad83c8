//! The checkpoint manifest: one JSON document per checkpoint describing the
//! whole upper layer, and where each file's chunks are stored. The format is
//! specified in docs/storage.md; [`FORMAT_VERSION`] changes with any
//! incompatible change.
//!
//! In the store, a format 2 manifest lists its entries in segments: runs of
//! consecutive entries cut at content-defined points, each stored once as
//! `trees/HASH`. A checkpoint that changed few entries uploads only the
//! segments that contain them. The local copy contains the entries inline too.

use std::collections::{HashMap, HashSet};
use std::ffi::OsString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};

use miniserde::{Deserialize, Serialize};

/// Version of the manifest format written by this build. Format 3 stores
/// segments compressed, behind [`COMPRESSED_MAGIC`]; format 2 stored them
/// as plain JSON.
pub const FORMAT_VERSION: u32 = 3;
/// Oldest manifest format this build reads: format 1 has no segments.
const OLDEST_FORMAT: u32 = 1;

/// First bytes of a compressed segment object, followed by a zlib stream
/// (RFC 1950) of the segment's JSON. Segments of format 2 are plain JSON.
pub const COMPRESSED_MAGIC: &[u8] = b"guestd-manifest-zlib\n";
/// Deflate level of stored segments. With zlib on the benchmark's whole
/// 7.5 MB manifest, level 1 gave 23% of its size in a third of the time
/// of level 6 (21%).
const COMPRESSION_LEVEL: u8 = 1;
/// Maximum size of a segment's JSON. The writer cuts a segment once its
/// JSON reaches [`SEGMENT_CUT_BYTES`], so only a segment that ends with
/// one very large entry comes near this. Such an entry is a file of about
/// 58 000 chunks (30 to 60 GiB of data, at 143 bytes of JSON per chunk),
/// or one with many large xattrs. A checkpoint whose segment would exceed
/// this limit fails.
pub const MAX_SEGMENT_BYTES: usize = 8 << 20;
/// Maximum size of a segment object in the store: the JSON, compressed or
/// not, behind [`COMPRESSED_MAGIC`]. Deflate adds 5 bytes per stored
/// block of up to 64 KiB to data it cannot compress, and zlib adds 6 bytes.
pub const MAX_SEGMENT_OBJECT_BYTES: usize = MAX_SEGMENT_BYTES + MAX_SEGMENT_BYTES / 1024 + 4096;
/// Maximum size of a manifest object in the store. The header of a
/// manifest lists its segments at about 90 bytes each, so this allows
/// about 90 000 segments, which at the writer's average of 140 entries
/// are 12 million entries. A format 1 manifest (entries inline, written by
/// builds before segments) larger than this cannot be read.
pub const MAX_MANIFEST_BYTES: usize = 8 << 20;
/// Largest pack the writer makes: it starts a new pack before a chunk that
/// would take the current one past this size.
pub const MAX_PACK_BYTES: u64 = super::upload::PACK_TARGET as u64;
/// Largest chunk the chunker cuts.
const MAX_CHUNK_BYTES: u64 = super::chunker::MAX_SIZE as u64;
/// Inflated bytes kept in memory at a time while a segment is checked before it is
/// decompressed into memory.
const INFLATE_WINDOW: usize = 64 * 1024;
/// Stack of the thread that runs the codec. `miniz_oxide` 0.8 builds its
/// compressor state of several hundred KiB on the stack before boxing it
/// when unoptimized, more than the pool's threads have.
const CODEC_STACK: usize = 4 << 20;

/// A segment ends after at least this many entries, at an entry whose
/// path hash has the low bits of [`SEGMENT_CUT_MASK`] clear, at
/// [`SEGMENT_MAX`] entries, or once its JSON reaches [`SEGMENT_CUT_BYTES`].
/// About 140 entries on average, so a change to one file re-uploads about
/// 50 KB of manifest.
const SEGMENT_MIN: usize = 16;
const SEGMENT_CUT_MASK: u64 = 127;
const SEGMENT_MAX: usize = 1024;
const SEGMENT_CUT_BYTES: usize = 1 << 20;

#[derive(Serialize, Deserialize, Clone, Debug, Default)]
pub struct Manifest {
    pub format: u32,
    /// Version of the guestd that wrote the manifest.
    pub guestd_version: String,
    pub id: String,
    /// Unix seconds at capture.
    pub created_at: u64,
    pub comment: String,
    /// Checkpoint whose manifest served to skip unchanged files, if any.
    pub parent: Option<String>,
    /// Sum of the sizes of the regular files.
    pub logical_bytes: u64,
    /// Bytes of pack data this checkpoint added to the store.
    pub stored_bytes: u64,
    /// Wall clock in nanoseconds when the walk that stat'ed the entries
    /// began. A later checkpoint trusts an unchanged stat only when its
    /// ctime is older than this by a margin, because a write within the
    /// same clock tick keeps the ctime. Absent in older manifests.
    pub walked_at_ns: Option<i64>,
    /// Segments that contain the entries in the store, in order (format 2).
    pub segments: Option<Vec<SegmentRef>>,
    /// Every entry under the upper directory, parents before children; the
    /// root itself has the path `.`.
    pub entries: Vec<Entry>,
}

/// Kind of a tree entry.
pub mod kind {
    pub const FILE: &str = "file";
    pub const DIR: &str = "dir";
    pub const SYMLINK: &str = "symlink";
    pub const FIFO: &str = "fifo";
    pub const CHAR: &str = "char";
    pub const BLOCK: &str = "block";
    pub const SOCKET: &str = "socket";
    /// A further name of a regular file or node listed earlier (`link`).
    pub const HARDLINK: &str = "hardlink";
}

#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Entry {
    /// Path relative to the upper directory, escaped with [`escape`].
    pub path: String,
    pub kind: String,
    /// Permission bits, including setuid, setgid and sticky.
    pub mode: u32,
    pub uid: u32,
    pub gid: u32,
    pub mtime_ns: i64,
    /// Inode and change time where the entry was captured: they only serve
    /// to recognise an unchanged file on the same machine.
    pub ino: u64,
    pub ctime_ns: i64,
    pub size: u64,
    /// Device number of char and block nodes (0 for overlay whiteouts).
    pub rdev: u64,
    /// Symlink target (escaped) or, for a hard link, the first path.
    pub target: String,
    pub xattrs: Vec<Xattr>,
    /// Data regions `[offset, length]` of a sparse file; empty when the
    /// whole file is data, `[[0, 0]]` when it has none (see
    /// [`sparse_field`]).
    pub sparse: Vec<Vec<u64>>,
    /// Chunks of the data regions, in order.
    pub chunks: Vec<ChunkRef>,
}

/// A run of consecutive entries stored as object `trees/HASH`: a JSON
/// array of entries whose SHA-256 is `hash`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct SegmentRef {
    /// SHA-256 of the segment object, hex.
    pub hash: String,
    /// Number of entries in the segment.
    pub entries: u64,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Xattr {
    /// Name, escaped.
    pub name: String,
    /// Value in hex.
    pub value: String,
}

/// One chunk: its SHA-256 and where its blob sits in a pack object.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct ChunkRef {
    /// SHA-256 of the chunk's plain bytes, hex.
    pub hash: String,
    /// Pack id; the object key is `packs/` plus [`pack_key`].
    pub pack: String,
    pub offset: u64,
    /// Length of the chunk, which is also its length in the pack.
    pub len: u64,
}

/// Returns the `sparse` field of a file of `size` bytes whose data regions
/// are `regions`. A file that is one hole gets the single empty region
/// `[0, 0]`, because an empty list means that the whole file is data.
pub fn sparse_field(regions: &[(u64, u64)], size: u64) -> Vec<Vec<u64>> {
    if size == 0 || regions == [(0, size)] {
        return Vec::new();
    }
    if regions.is_empty() {
        return vec![vec![0, 0]];
    }
    regions.iter().map(|&(offset, len)| vec![offset, len]).collect()
}

impl Entry {
    /// Data regions as `(offset, length)`, whole file when not sparse.
    pub fn regions(&self) -> Vec<(u64, u64)> {
        if self.sparse.is_empty() {
            if self.size == 0 {
                Vec::new()
            } else {
                vec![(0, self.size)]
            }
        } else {
            self.sparse.iter().map(|r| (r[0], r[1])).collect()
        }
    }

    /// Whether `self` and `other` describe the same file in every field
    /// a restore sets.
    pub fn same_content_and_metadata(&self, other: &Entry) -> bool {
        self.kind == other.kind
            && self.mode == other.mode
            && self.uid == other.uid
            && self.gid == other.gid
            && self.mtime_ns == other.mtime_ns
            && self.size == other.size
            && self.rdev == other.rdev
            && self.target == other.target
            && self.xattrs == other.xattrs
            && self.sparse == other.sparse
            && self.same_chunks(other)
    }

    pub fn same_chunks(&self, other: &Entry) -> bool {
        self.chunks.len() == other.chunks.len() && self.chunks.iter().zip(&other.chunks).all(|(a, b)| a.hash == b.hash)
    }
}

/// Object key of pack `id`, spread over 256 prefixes.
pub fn pack_key(id: &str) -> String {
    let fan = super::hash::to_hex(&super::hash::sha256(id.as_bytes())[..1]);
    format!("packs/{fan}/{id}")
}

/// Object key of the segment with SHA-256 `hash` (hex).
pub fn segment_key(hash: &str) -> String {
    format!("trees/{hash}")
}

/// Object key of the manifest of checkpoint `id`.
pub fn manifest_key(id: &str) -> String {
    format!("manifests/{id}.json")
}

/// Escapes raw path bytes as UTF-8 text: invalid UTF-8 bytes and `\`
/// become `\xHH`.
pub fn escape(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for piece in bytes.utf8_chunks() {
        for ch in piece.valid().chars() {
            if ch == '\\' {
                out.push_str("\\x5c");
            } else {
                out.push(ch);
            }
        }
        for byte in piece.invalid() {
            out.push_str(&format!("\\x{byte:02x}"));
        }
    }
    out
}

/// Reverses [`escape`].
pub fn unescape(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\\' && i + 3 < bytes.len() && bytes[i + 1] == b'x' {
            let digits = std::str::from_utf8(&bytes[i + 2..i + 4]).ok();
            if let Some(value) = digits.and_then(|d| u8::from_str_radix(d, 16).ok()) {
                out.push(value);
                i += 4;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// The file system path of entry path `path` under `root`.
pub fn join(root: &Path, path: &str) -> PathBuf {
    if path == "." {
        return root.to_path_buf();
    }
    root.join(OsString::from_vec(unescape(path)))
}

/// Escaped form of a path relative to the upper directory.
pub fn escape_path(relative: &Path) -> String {
    escape(relative.as_os_str().as_bytes())
}

/// Runs `work` on a scoped thread with a [`CODEC_STACK`] stack.
fn on_large_stack<T: Send>(work: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new().stack_size(CODEC_STACK).spawn_scoped(scope, work);
        match spawned {
            Ok(handle) => handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(err) => panic!("failed to start a thread for manifest compression: {err}"),
        }
    })
}

/// Compresses a segment's JSON into the object the store keeps.
pub fn encode_segment(body: &[u8]) -> Vec<u8> {
    let compressed = on_large_stack(|| miniz_oxide::deflate::compress_to_vec_zlib(body, COMPRESSION_LEVEL));
    let mut out = COMPRESSED_MAGIC.to_vec();
    out.extend_from_slice(&compressed);
    out
}

/// Returns the JSON of a segment object, compressed (format 3) or plain
/// (format 2), of at most [`MAX_SEGMENT_BYTES`].
pub fn decode_segment(data: Vec<u8>) -> Result<Vec<u8>, String> {
    check_segment_object(&data)?;
    match data.strip_prefix(COMPRESSED_MAGIC) {
        Some(stream) => {
            let (len, _) = on_large_stack(|| inflated_size_and_hash(stream))?;
            inflate_exact(stream, len)
        }
        None => Ok(data),
    }
}

/// Returns the JSON of segment object `data` once it is known to hash to
/// `hash`. A compressed segment is inflated first through a small buffer
/// to check its size and hash, and decompressed into memory only if both
/// pass, so a corrupted object or a decompression bomb costs no more
/// memory than the object itself.
pub fn decode_segment_checked(data: Vec<u8>, hash: &str) -> Result<Vec<u8>, String> {
    check_segment_object(&data)?;
    let mismatch = || "does not match its hash".to_string();
    match data.strip_prefix(COMPRESSED_MAGIC) {
        Some(stream) => {
            let (len, digest) = on_large_stack(|| inflated_size_and_hash(stream))?;
            if super::hash::to_hex(&digest) != hash {
                return Err(mismatch());
            }
            inflate_exact(stream, len)
        }
        None if super::hash::to_hex(&super::hash::sha256(&data)) != hash => Err(mismatch()),
        None => Ok(data),
    }
}

fn check_segment_object(data: &[u8]) -> Result<(), String> {
    let max = if data.starts_with(COMPRESSED_MAGIC) { MAX_SEGMENT_OBJECT_BYTES } else { MAX_SEGMENT_BYTES };
    if data.len() > max {
        return Err(format!("is {} bytes, over the limit of {max} bytes for a segment object", data.len()));
    }
    Ok(())
}

/// Inflates zlib `stream` through a [`INFLATE_WINDOW`] buffer and returns
/// the size and SHA-256 of its output, which may not exceed
/// [`MAX_SEGMENT_BYTES`].
fn inflated_size_and_hash(stream: &[u8]) -> Result<(usize, super::hash::Hash), String> {
    use miniz_oxide::inflate::stream::{inflate, InflateState};
    use miniz_oxide::{DataFormat, MZFlush, MZStatus};
    use sha2::{Digest, Sha256};

    let mut state = InflateState::new_boxed(DataFormat::Zlib);
    let mut window = vec![0u8; INFLATE_WINDOW];
    let mut hasher = Sha256::new();
    let mut input = stream;
    let mut total = 0usize;
    loop {
        let result = inflate(&mut state, input, &mut window, MZFlush::None);
        input = &input[result.bytes_consumed..];
        total += result.bytes_written;
        if total > MAX_SEGMENT_BYTES {
            return Err(format!("inflates to more than {MAX_SEGMENT_BYTES} bytes, the limit of a segment"));
        }
        hasher.update(&window[..result.bytes_written]);
        match result.status {
            Ok(MZStatus::StreamEnd) => return Ok((total, hasher.finalize().into())),
            Ok(_) if result.bytes_consumed > 0 || result.bytes_written > 0 => {}
            Ok(_) | Err(_) => return Err(format!("does not decompress: {:?}", result.status)),
        }
    }
}

/// Decompresses zlib `stream`, whose output was measured as `len` bytes.
fn inflate_exact(stream: &[u8], len: usize) -> Result<Vec<u8>, String> {
    on_large_stack(|| miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(stream, len))
        .map_err(|err| format!("does not decompress: {:?}", err.status))
}

impl Manifest {
    pub fn to_json(&self) -> String {
        miniserde::json::to_string(self)
    }

    /// Parses a manifest that contains its entries inline (a local copy, or
    /// format 1), rejecting formats this build cannot read.
    pub fn from_json(text: &str) -> Result<Manifest, String> {
        let manifest = Manifest::parse(text)?;
        let listed: u64 = manifest.segments.iter().flatten().map(|s| s.entries).sum();
        if manifest.segments.is_some() && listed != manifest.entries.len() as u64 {
            return Err(format!(
                "manifest holds {} entries but its segments list {listed}; read it with its segments",
                manifest.entries.len()
            ));
        }
        manifest.check_paths()?;
        Ok(manifest)
    }

    /// Parses a manifest in its store form and reads the entries of
    /// its segments with `fetch`, checking each against its SHA-256.
    pub fn from_store_json(text: &str, fetch: impl Fn(&str) -> Result<Vec<u8>, String>) -> Result<Manifest, String> {
        let mut manifest = Manifest::parse(text)?;
        if let Some(segments) = &manifest.segments {
            if !manifest.entries.is_empty() {
                return Err("manifest in the store holds both entries and segments".into());
            }
            for segment in segments {
                let key = segment_key(&segment.hash);
                let data = decode_segment_checked(fetch(&segment.hash)?, &segment.hash)
                    .map_err(|err| format!("manifest segment {key} {err}"))?;
                let text = std::str::from_utf8(&data).map_err(|_| format!("manifest segment {key} is not UTF-8"))?;
                let entries: Vec<Entry> = miniserde::json::from_str(text)
                    .map_err(|_| format!("manifest segment {key} is not a JSON list of entries"))?;
                if entries.len() as u64 != segment.entries {
                    return Err(format!(
                        "manifest segment {key} contains {} entries, not {}",
                        entries.len(),
                        segment.entries
                    ));
                }
                manifest.entries.extend(entries);
            }
        }
        manifest.check_paths()?;
        Ok(manifest)
    }

    /// Hashes of the segments that the manifest header `text` lists;
    /// empty when it lists none or is not a valid header.
    pub fn segment_hashes(text: &str) -> Vec<String> {
        match Manifest::parse(text) {
            Ok(header) => header.segments.into_iter().flatten().map(|segment| segment.hash).collect(),
            Err(_) => Vec::new(),
        }
    }

    fn parse(text: &str) -> Result<Manifest, String> {
        let manifest: Manifest = miniserde::json::from_str(text)
            .map_err(|_| "manifest is not valid JSON of the expected shape".to_string())?;
        if !(OLDEST_FORMAT..=FORMAT_VERSION).contains(&manifest.format) {
            return Err(format!(
                "manifest format {} written by guestd {} is not supported (this build reads formats {OLDEST_FORMAT} to {FORMAT_VERSION})",
                manifest.format, manifest.guestd_version
            ));
        }
        Ok(manifest)
    }

    /// Cuts the entries into segments and returns each one's reference
    /// and object body. A cut depends only on the paths since the last
    /// one, so runs of unchanged entries give the same segments again. A
    /// segment equal to one of `previous` comes without a body: the store
    /// holds it, so it is neither serialized nor uploaded again.
    pub fn cut_segments(&self, previous: Option<&Manifest>) -> Vec<(SegmentRef, Option<String>)> {
        let starts = segment_starts(previous);
        let mut segments = Vec::new();
        let mut start = 0;
        while start < self.entries.len() {
            if let Some(reused) = previous.and_then(|previous| self.same_segment(previous, &starts, start)) {
                start += reused.entries as usize;
                segments.push((reused.clone(), None));
                continue;
            }
            // The body is the JSON array of the entries, built one entry
            // at a time so that its size can end the segment.
            let mut body = String::from("[");
            let mut end = start;
            loop {
                if end > start {
                    body.push(',');
                }
                body.push_str(&miniserde::json::to_string(&self.entries[end]));
                let len = end + 1 - start;
                let hash = fnv1a(self.entries[end].path.as_bytes());
                let cut = len >= SEGMENT_MAX
                    || (len >= SEGMENT_MIN && hash & SEGMENT_CUT_MASK == 0)
                    || body.len() >= SEGMENT_CUT_BYTES;
                if cut || end + 1 == self.entries.len() {
                    break;
                }
                end += 1;
            }
            body.push(']');
            let hash = super::hash::to_hex(&super::hash::sha256(body.as_bytes()));
            segments.push((SegmentRef { hash, entries: (end + 1 - start) as u64 }, Some(body)));
            start = end + 1;
        }
        segments
    }

    /// Finds the segment of `previous` that the entries from `start` on
    /// repeat exactly, with the same cuts.
    fn same_segment<'p>(
        &self,
        previous: &'p Manifest,
        starts: &HashMap<&str, (usize, &'p SegmentRef)>,
        start: usize,
    ) -> Option<&'p SegmentRef> {
        let &(at, segment) = starts.get(self.entries[start].path.as_str())?;
        let len = segment.entries as usize;
        let end = start + len;
        // The last segment ends with the entries rather than at a cut, so
        // it repeats only as the last one.
        let last_before = at + len == previous.entries.len();
        if end > self.entries.len() || last_before != (end == self.entries.len()) {
            return None;
        }
        (self.entries[start..end] == previous.entries[at..at + len]).then_some(segment)
    }

    /// Serializes the store form of the manifest: the header and
    /// `segments`, without the entries.
    pub fn to_store_json(&self, segments: Vec<SegmentRef>) -> String {
        let header = Manifest {
            format: self.format,
            guestd_version: self.guestd_version.clone(),
            id: self.id.clone(),
            created_at: self.created_at,
            comment: self.comment.clone(),
            parent: self.parent.clone(),
            logical_bytes: self.logical_bytes,
            stored_bytes: self.stored_bytes,
            walked_at_ns: self.walked_at_ns,
            segments: Some(segments),
            entries: Vec::new(),
        };
        header.to_json()
    }

    /// Checks that restoring the manifest creates entries only inside the
    /// target directory: every path is relative without `.`, `..` or empty
    /// components, appears once, and has a parent listed before it as a
    /// directory (never a symlink, which restore would follow), and every
    /// hard link names an earlier non-directory entry. Also checks that
    /// every chunk lies within the largest pack the writer makes, which
    /// bounds the range a restore reads at once. The store is outside the
    /// daemon, so a manifest is checked like any other input.
    fn check_paths(&self) -> Result<(), String> {
        // Paths are compared unescaped, because `\x2f` is a `/` on disk.
        // The root is a directory whether or not the manifest lists it.
        let mut dirs: HashSet<Vec<u8>> = HashSet::from([b".".to_vec()]);
        let mut others: HashSet<Vec<u8>> = HashSet::new();
        for (i, entry) in self.entries.iter().enumerate() {
            let invalid = |why: &str| format!("manifest entry {i} ({:?}) {why}", entry.path);
            if entry.path == "." {
                if i != 0 || entry.kind != kind::DIR {
                    return Err(invalid("is the root, which must be the first entry and a directory"));
                }
                continue;
            }
            let raw = unescape(&entry.path);
            if raw.split(|&b| b == b'/').any(|c| matches!(c, b"" | b"." | b"..") || c.contains(&0)) {
                return Err(invalid("is not a relative path of plain names"));
            }
            let parent = match raw.iter().rposition(|&b| b == b'/') {
                Some(at) => &raw[..at],
                None => b".",
            };
            if !dirs.contains(parent) {
                return Err(invalid("has no directory entry before it for its parent"));
            }
            if entry.kind == kind::HARDLINK && !others.contains(&unescape(&entry.target)) {
                return Err(invalid("links to a path that is not an earlier file"));
            }
            let fresh = if entry.kind == kind::DIR {
                !others.contains(&raw) && dirs.insert(raw)
            } else {
                !dirs.contains(&raw) && others.insert(raw)
            };
            if !fresh {
                return Err(invalid("appears twice"));
            }
            for chunk in &entry.chunks {
                let end = chunk.offset.checked_add(chunk.len);
                if chunk.len > MAX_CHUNK_BYTES || end.is_none_or(|end| end > MAX_PACK_BYTES) {
                    return Err(invalid(&format!(
                        "has a chunk of {} bytes at offset {} of pack {}, past the {MAX_PACK_BYTES} bytes of a pack",
                        chunk.len, chunk.offset, chunk.pack
                    )));
                }
            }
        }
        Ok(())
    }
}

/// Maps the path of each segment's first entry in `previous` to that
/// entry's index and the segment. The map is empty unless the segments of
/// `previous` describe its entries.
fn segment_starts(previous: Option<&Manifest>) -> HashMap<&str, (usize, &SegmentRef)> {
    let mut starts = HashMap::new();
    let Some(previous) = previous else { return starts };
    let Some(segments) = &previous.segments else { return starts };
    if segments.iter().map(|s| s.entries).sum::<u64>() != previous.entries.len() as u64 {
        return starts;
    }
    let mut at = 0;
    for segment in segments {
        starts.insert(previous.entries[at].path.as_str(), (at, segment));
        at += segment.entries as usize;
    }
    starts
}

/// 64-bit FNV-1a: a fixed hash of a path for segment cuts.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| (hash ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparse_field_marks_all_hole_files() {
        assert_eq!(sparse_field(&[], 0), Vec::<Vec<u64>>::new());
        assert_eq!(sparse_field(&[(0, 10)], 10), Vec::<Vec<u64>>::new());
        assert_eq!(sparse_field(&[(4, 2)], 10), vec![vec![4, 2]]);
        assert_eq!(sparse_field(&[], 1 << 30), vec![vec![0, 0]]);
        let hole = Entry { size: 1 << 30, sparse: sparse_field(&[], 1 << 30), ..<Entry as Default>::default() };
        assert_eq!(hole.regions(), vec![(0, 0)]);
    }

    #[test]
    fn escape_round_trip() {
        for raw in [&b"plain/name"[..], b"back\\slash", b"bad\xffbyte", "ünï/😀".as_bytes(), b"\\x41"] {
            assert_eq!(unescape(&escape(raw)), raw, "{:?}", escape(raw));
        }
        assert_eq!(escape(b"a\xffb"), "a\\xffb");
    }

    fn tree(entries: &[(&str, &str, &str)]) -> Manifest {
        let mut entries: Vec<Entry> = entries
            .iter()
            .map(|(path, kind, target)| Entry {
                path: path.to_string(),
                kind: kind.to_string(),
                target: target.to_string(),
                ..Default::default()
            })
            .collect();
        entries.insert(0, Entry { path: ".".into(), kind: kind::DIR.into(), ..Default::default() });
        Manifest { format: FORMAT_VERSION, entries, ..Default::default() }
    }

    #[test]
    fn manifest_paths_stay_inside() {
        let good = tree(&[("a", kind::DIR, ""), ("a/b", kind::FILE, ""), ("c", kind::HARDLINK, "a/b")]);
        assert!(Manifest::from_json(&good.to_json()).is_ok());
        let bad: &[&[(&str, &str, &str)]] = &[
            &[("../escape", kind::FILE, "")],
            &[("/etc/passwd", kind::FILE, "")],
            &[("a//b", kind::FILE, "")],
            &[("a/./b", kind::FILE, "")],
            &[("a/\\x2e\\x2e", kind::FILE, "")],
            &[("missing/b", kind::FILE, "")],
            &[("link", kind::SYMLINK, "/etc"), ("link/passwd", kind::FILE, "")],
            &[("a", kind::FILE, ""), ("a", kind::FILE, "")],
            &[("a", kind::SYMLINK, "/etc"), ("a", kind::DIR, "")],
            &[("h", kind::HARDLINK, "/etc/shadow")],
            &[("nul\\x00", kind::FILE, "")],
            &[("link", kind::SYMLINK, "/etc"), ("link\\x2fpasswd", kind::FILE, "")],
        ];
        for entries in bad {
            let err = Manifest::from_json(&tree(entries).to_json()).unwrap_err();
            assert!(err.contains("manifest entry"), "{entries:?}: {err}");
        }
    }

    #[test]
    fn segments_round_trip_and_stay_stable() {
        let mut paths = vec![(String::from("d"), kind::DIR)];
        paths.extend((0..2000).map(|i| (format!("d/f{i:04}"), kind::FILE)));
        let entries: Vec<(&str, &str, &str)> = paths.iter().map(|(p, k)| (p.as_str(), *k, "")).collect();
        let manifest = tree(&entries);
        let segments: Vec<(SegmentRef, String)> =
            manifest.cut_segments(None).into_iter().map(|(r, body)| (r, body.unwrap())).collect();
        assert!(segments.len() > 4, "{} segments", segments.len());
        // The body built entry by entry is the JSON of the entries' slice.
        let mut at = 0;
        for (reference, body) in &segments {
            let end = at + reference.entries as usize;
            assert_eq!(body, &miniserde::json::to_string(&manifest.entries[at..end]));
            at = end;
        }
        assert_eq!(segments.iter().map(|(r, _)| r.entries).sum::<u64>(), manifest.entries.len() as u64);

        // One changed entry changes one segment.
        let mut changed = manifest.clone();
        changed.entries[1000].size = 7;
        let changed_segments = changed.cut_segments(None);
        let differing = segments.iter().zip(&changed_segments).filter(|(a, b)| a.0 != b.0).count();
        assert_eq!(segments.len(), changed_segments.len());
        assert_eq!(differing, 1);
        // Cut against the first manifest, only the changed segment has a
        // body, and the references are the same as a full cut's.
        let mut first = manifest.clone();
        first.segments = Some(segments.iter().map(|(r, _)| r.clone()).collect());
        let against_first = changed.cut_segments(Some(&first));
        let bodies: Vec<usize> = (0..against_first.len()).filter(|&i| against_first[i].1.is_some()).collect();
        assert_eq!(bodies.len(), 1, "{bodies:?}");
        let references: Vec<&SegmentRef> = against_first.iter().map(|(r, _)| r).collect();
        assert_eq!(references, changed_segments.iter().map(|(r, _)| r).collect::<Vec<_>>());

        let objects: HashMap<String, String> =
            segments.iter().map(|(r, body)| (r.hash.clone(), body.clone())).collect();
        let header = manifest.to_store_json(segments.iter().map(|(r, _)| r.clone()).collect());
        let fetch =
            |hash: &str| objects.get(hash).map(|b| b.clone().into_bytes()).ok_or_else(|| format!("{hash} missing"));
        let parsed = Manifest::from_store_json(&header, fetch).unwrap();
        assert_eq!(parsed.entries, manifest.entries);
        // The header alone must not pass for a manifest without entries.
        let err = Manifest::from_json(&header).unwrap_err();
        assert!(err.contains("segments"), "{err}");
        // A segment whose bytes do not match its hash is rejected.
        let tampered = |hash: &str| Ok(objects[hash].replace("d/f", "d/g").into_bytes());
        let err = Manifest::from_store_json(&header, tampered).unwrap_err();
        assert!(err.contains("does not match"), "{err}");

        // Compressed segments (format 3) read like plain ones (format 2).
        let compressed = |hash: &str| Ok(encode_segment(objects[hash].as_bytes()));
        let parsed = Manifest::from_store_json(&header, compressed).unwrap();
        assert_eq!(parsed.entries, manifest.entries);
        let stored: usize = objects.values().map(|body| encode_segment(body.as_bytes()).len()).sum();
        let plain: usize = objects.values().map(String::len).sum();
        assert!(stored < plain / 2, "segments compressed to {stored} of {plain} bytes");
        let truncated = |hash: &str| {
            let mut data = encode_segment(objects[hash].as_bytes());
            data.truncate(data.len() - 4);
            Ok(data)
        };
        let err = Manifest::from_store_json(&header, truncated).unwrap_err();
        assert!(err.contains("decompress"), "{err}");
    }

    /// A segment object over its size limit, or one that inflates past
    /// it, is rejected with the limit in the error, and a chunk outside a
    /// pack's size is rejected before a restore reads its range.
    #[test]
    fn segment_and_chunk_limits() {
        let mut header = tree(&[]);
        header.entries.clear();
        let json = header.to_store_json(vec![SegmentRef { hash: "00".repeat(32), entries: 1 }]);

        let oversized = vec![b'['; MAX_SEGMENT_BYTES + 1];
        let err = Manifest::from_store_json(&json, |_| Ok(oversized.clone())).unwrap_err();
        assert!(err.contains(&format!("trees/{}", "00".repeat(32))), "{err}");
        assert!(err.contains(&format!("limit of {MAX_SEGMENT_BYTES} bytes")), "{err}");

        // 64 MiB of zeros compress to about 64 KB.
        let bomb = encode_segment(&vec![0u8; 64 << 20]);
        assert!(bomb.len() < 1 << 20, "{} bytes", bomb.len());
        let err = Manifest::from_store_json(&json, |_| Ok(bomb.clone())).unwrap_err();
        assert!(err.contains(&format!("inflates to more than {MAX_SEGMENT_BYTES} bytes")), "{err}");

        let mut far = tree(&[("a", kind::FILE, "")]);
        far.entries[1].chunks =
            vec![ChunkRef { hash: "00".repeat(32), pack: "p".into(), offset: MAX_PACK_BYTES, len: 1 << 32 }];
        let err = Manifest::from_json(&far.to_json()).unwrap_err();
        assert!(err.contains("past the"), "{err}");
    }

    /// A segment ends once its JSON reaches the cut size, whatever its
    /// paths.
    #[test]
    fn large_entries_end_segments() {
        let mut manifest = tree(&[("d", kind::DIR, "")]);
        for i in 0..40 {
            manifest.entries.push(Entry {
                path: format!("d/big{i:02}"),
                kind: kind::FILE.into(),
                xattrs: vec![Xattr { name: "user.x".into(), value: "ab".repeat(100_000) }],
                ..Default::default()
            });
        }
        let segments = manifest.cut_segments(None);
        for (reference, body) in &segments {
            let body = body.as_ref().unwrap();
            assert!(body.len() < SEGMENT_CUT_BYTES + 210_000, "{} entries in {} bytes", reference.entries, body.len());
        }
        assert!(segments.len() >= 4, "{} segments", segments.len());
    }

    #[test]
    fn manifest_json_round_trip() {
        let manifest = Manifest {
            format: FORMAT_VERSION,
            guestd_version: "0.1.0".into(),
            id: "x".into(),
            entries: vec![Entry {
                path: "a".into(),
                kind: kind::FILE.into(),
                chunks: vec![ChunkRef { hash: "00".into(), pack: "p".into(), offset: 1, len: 2 }],
                ..Default::default()
            }],
            ..Default::default()
        };
        let parsed = Manifest::from_json(&manifest.to_json()).unwrap();
        assert_eq!(parsed.entries, manifest.entries);
        // Manifests written before `walked_at_ns` existed still parse.
        let without = manifest.to_json().replace("\"walked_at_ns\":null,", "");
        assert!(!without.contains("walked_at_ns"), "{without}");
        assert_eq!(Manifest::from_json(&without).unwrap().walked_at_ns, None);
        let mut old = manifest.clone();
        old.format = 99;
        assert!(Manifest::from_json(&old.to_json()).unwrap_err().contains("99"));
    }
}
