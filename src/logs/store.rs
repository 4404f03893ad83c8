//! Per-service log storage: chunks written straight to a file `NAME.log`,
//! rotated to `NAME.log.1` .. `NAME.log.K` when it passes its size cap, and
//! an index of the newest chunks so a tail is read back without scanning
//! the file.
//!
//! Files hold whole chunks of the guestd log format (see [`super::frame`]).
//! Rotation cuts between chunks, splitting one at its last newline that
//! fits, and every file starts with the header, so each file can be read
//! alone. A file of another version is rotated away before the first
//! write. Writes are not fsynced: a power cut can lose the last chunks the
//! kernel had not written back, which keeps one write per pipe read.
//!
//! The newest records are not copied into memory as they pass. The index
//! contains the offsets of the chunks in the newest `tail_bytes` of the
//! current file, and a tail request reads them back from the page cache.

use std::collections::VecDeque;
use std::fs::{File, OpenOptions};
use std::io::{self, IoSlice, Read, Write};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use super::frame::{self, Chunk};

/// Caps that apply to every service's log.
#[derive(Clone, Copy, Debug)]
pub struct Caps {
    /// Size at which `NAME.log` is rotated, in bytes.
    pub file_max: u64,
    /// Rotated files kept (`NAME.log.1` .. `NAME.log.K`).
    pub rotated_files: u32,
    /// Bytes at the end of the current file whose chunks are indexed for
    /// tail requests.
    pub tail_bytes: usize,
}

/// One service's log.
pub struct ServiceLog {
    pub name: String,
    path: PathBuf,
    file: Option<File>,
    file_size: u64,
    /// Offsets in the current file of the newest chunks, oldest first,
    /// covering its last `tail_bytes` bytes or all of it.
    recent: VecDeque<u64>,
    /// Header line of the chunk being written.
    header: Vec<u8>,
    /// Whether the last write failed; failures are logged once per run of
    /// them, so a full disk does not flood the daemon's own log.
    write_failing: bool,
    /// Records lost to failed writes.
    pub lost_records: u64,
    /// `lost_records` when the current run of failures began.
    lost_before_failing: u64,
    /// Size to cut the file back to when it is next opened, after a failed
    /// write left part of a chunk that could not be removed at once.
    truncate_to: Option<u64>,
}

impl ServiceLog {
    pub fn new(dir: &Path, name: &str) -> ServiceLog {
        ServiceLog {
            name: name.to_string(),
            path: dir.join(format!("{name}.log")),
            file: None,
            file_size: 0,
            recent: VecDeque::new(),
            header: Vec::with_capacity(64),
            write_failing: false,
            lost_records: 0,
            lost_before_failing: 0,
            truncate_to: None,
        }
    }

    /// Appends `chunk` to the file, rotating as needed.
    pub fn write(&mut self, chunk: &Chunk<'_>, caps: &Caps) {
        match self.write_rotating(chunk, caps) {
            Ok(()) => {
                if self.write_failing {
                    let lost = self.lost_records - self.lost_before_failing;
                    log::warn!("writing log {} works again after losing {lost} records", self.path.display());
                    self.write_failing = false;
                }
            }
            Err(err) => {
                self.lost_records += frame::count_records(chunk.data);
                self.file = None;
                if !self.write_failing {
                    self.lost_before_failing = self.lost_records - frame::count_records(chunk.data);
                    log::error!(
                        "failed to write log {}: {err}; its records are lost until writes work",
                        self.path.display()
                    );
                    self.write_failing = true;
                }
            }
        }
    }

    fn write_rotating(&mut self, chunk: &Chunk<'_>, caps: &Caps) -> io::Result<()> {
        let mut data = chunk.data;
        while !data.is_empty() {
            self.open(caps)?;
            let fresh = self.file_size == frame::HEADER.len() as u64;
            let used = self.file_size + frame::chunk_header_len(data.len()) as u64;
            let room = caps.file_max.saturating_sub(used) as usize;
            let take = if data.len() <= room {
                data.len()
            } else {
                // End the file at the last newline that fits. A file that has
                // no chunk yet takes what fits even if that cuts a line.
                match data[..room].iter().rposition(|&b| b == b'\n') {
                    Some(end) => end + 1,
                    None if fresh => room.max(1),
                    None => 0,
                }
            };
            if take > 0 {
                self.append(&Chunk { data: &data[..take], ..*chunk }, caps)?;
                data = &data[take..];
            }
            if !data.is_empty() || self.file_size >= caps.file_max {
                self.rotate(caps)?;
            }
        }
        Ok(())
    }

    /// Writes one chunk, header and bytes, in one `writev(2)`.
    fn append(&mut self, chunk: &Chunk<'_>, caps: &Caps) -> io::Result<()> {
        self.header.clear();
        frame::write_chunk_header(&mut self.header, chunk.timestamp, chunk.stream, chunk.data.len());
        let file = self.file.as_mut().expect("opened before appending");
        let slices = [IoSlice::new(&self.header), IoSlice::new(chunk.data)];
        let written = loop {
            match file.write_vectored(&slices) {
                Ok(n) => break n,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                Err(err) => return Err(err),
            }
        };
        // A short write (a full disk, a signal) goes on with plain writes.
        let header_left = self.header.get(written..).unwrap_or_default();
        let data_left = &chunk.data[written.saturating_sub(self.header.len())..];
        let rest = file.write_all(header_left).and_then(|()| file.write_all(data_left));
        if let Err(err) = rest {
            // A reader would take the next chunk's header as bytes of a chunk
            // cut short and miss every later record, so the file is cut back
            // to its last whole chunk, now or when it is next opened.
            if file.set_len(self.file_size).is_err() {
                self.truncate_to = Some(self.file_size);
            }
            return Err(err);
        }
        self.recent.push_back(self.file_size);
        self.file_size += (self.header.len() + chunk.data.len()) as u64;
        while self.recent.len() > 1 && self.file_size - self.recent[1] >= caps.tail_bytes as u64 {
            self.recent.pop_front();
        }
        Ok(())
    }

    /// Opens the file for appending; a new file gets the header, and a file
    /// of another version is rotated away first.
    fn open(&mut self, caps: &Caps) -> io::Result<()> {
        if self.file.is_some() {
            return Ok(());
        }
        let mut file = OpenOptions::new().create(true).read(true).append(true).open(&self.path)?;
        if let Some(size) = self.truncate_to {
            file.set_len(size)?;
            self.truncate_to = None;
        }
        self.file_size = file.metadata()?.len();
        self.recent.clear();
        if self.file_size > 0 && !starts_with_header(&file)? {
            drop(file);
            rotate_files(&self.path, caps.rotated_files)?;
            file = OpenOptions::new().create(true).read(true).append(true).open(&self.path)?;
            self.file_size = 0;
        }
        if self.file_size == 0 {
            file.write_all(frame::HEADER)?;
            self.file_size = frame::HEADER.len() as u64;
        }
        self.file = Some(file);
        Ok(())
    }

    fn rotate(&mut self, caps: &Caps) -> io::Result<()> {
        if let Some(size) = self.truncate_to.take() {
            OpenOptions::new().write(true).open(&self.path)?.set_len(size)?;
        }
        self.file = None;
        self.file_size = 0;
        self.recent.clear();
        rotate_files(&self.path, caps.rotated_files)
    }

    /// Returns the newest `count` records, oldest first, as version 2
    /// chunks: from the indexed end of the current file when it contains
    /// enough of them, else from all the files.
    pub fn last_records(&mut self, count: usize, caps: &Caps) -> Vec<u8> {
        if let (Some(file), Some(&start)) = (&self.file, self.recent.front()) {
            let mut data = vec![0; (self.file_size - start) as usize];
            if file.read_exact_at(&mut data, start).is_ok() {
                let (selected, found) = last_records(&data, count);
                if found >= count {
                    return selected;
                }
            }
        }
        read_last_records(&self.path, caps.rotated_files, count)
    }

    /// Closes the file, so a deleted service keeps no descriptor open.
    pub fn close(&mut self) {
        self.file = None;
        self.recent.clear();
    }
}

fn starts_with_header(file: &File) -> io::Result<bool> {
    let mut head = [0u8; frame::HEADER.len()];
    match file.read_exact_at(&mut head, 0) {
        Ok(()) => Ok(head == frame::HEADER),
        Err(err) if err.kind() == io::ErrorKind::UnexpectedEof => Ok(false),
        Err(err) => Err(err),
    }
}

/// Moves `path` to `path.1`, `path.1` to `path.2` and so on, keeping at
/// most `kept` rotated files (none: `path` is removed).
fn rotate_files(path: &Path, kept: u32) -> io::Result<()> {
    if kept == 0 {
        return std::fs::remove_file(path).or_else(ignore_missing);
    }
    // Shift only as far as the first gap.
    let last = (1..kept).find(|&index| !rotated_path(path, index).exists()).unwrap_or(kept);
    for index in (1..last).rev() {
        std::fs::rename(rotated_path(path, index), rotated_path(path, index + 1)).or_else(ignore_missing)?;
    }
    std::fs::rename(path, rotated_path(path, 1)).or_else(ignore_missing)
}

fn ignore_missing(err: io::Error) -> io::Result<()> {
    if err.kind() == io::ErrorKind::NotFound {
        Ok(())
    } else {
        Err(err)
    }
}

/// Path of rotated file `index` of `path`.
pub fn rotated_path(path: &Path, index: u32) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".{index}"));
    PathBuf::from(name)
}

/// Counts newline-terminated lines.
pub fn count_lines(data: &[u8]) -> u64 {
    data.iter().filter(|&&b| b == b'\n').count() as u64
}

/// Returns the last `count` records of `data` (a log file of either
/// version, or chunks without a file header) as version 2 chunks, and how
/// many records that is.
fn last_records(data: &[u8], count: usize) -> (Vec<u8>, usize) {
    let upgraded;
    let data = match data.strip_prefix(frame::HEADER_V1) {
        Some(lines) => {
            upgraded = frame::upgrade_v1(lines);
            &upgraded[..]
        }
        None => data.strip_prefix(frame::HEADER).unwrap_or(data),
    };
    let chunks: Vec<Chunk<'_>> = frame::chunks(data).collect();
    let mut found = 0;
    let mut first = chunks.len();
    let mut skip = 0;
    let mut starts = Vec::new();
    while first > 0 && found < count {
        first -= 1;
        starts.clear();
        frame::chunk_records(chunks[first].data, |start, _, _| starts.push(start));
        let missing = count - found;
        if starts.len() > missing {
            skip = starts[starts.len() - missing];
            found = count;
        } else {
            found += starts.len();
        }
    }
    let mut out = Vec::new();
    for (index, chunk) in chunks.iter().enumerate().skip(first) {
        let from = if index == first { skip } else { 0 };
        frame::write_chunk(&mut out, &Chunk { data: &chunk.data[from..], ..*chunk });
    }
    (out, found)
}

/// Reads the newest `count` records from `path` and its rotated files.
fn read_last_records(path: &Path, rotated: u32, count: usize) -> Vec<u8> {
    let mut pieces: Vec<Vec<u8>> = Vec::new();
    let mut found = 0usize;
    for index in 0..=rotated {
        let file_path = if index == 0 { path.to_path_buf() } else { rotated_path(path, index) };
        let Ok(data) = read_file(&file_path) else { continue };
        let (selected, records) = last_records(&data, count - found);
        found += records;
        pieces.push(selected);
        if found >= count {
            break;
        }
    }
    pieces.reverse();
    pieces.concat()
}

/// Reads a whole log file. Files are bounded by the rotation cap.
fn read_file(path: &Path) -> io::Result<Vec<u8>> {
    let mut data = Vec::new();
    File::open(path)?.read_to_end(&mut data)?;
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use frame::Stream;

    fn temp_dir(label: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("guestd-store-{label}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn lines_of(data: &[u8]) -> Vec<String> {
        let mut lines = Vec::new();
        frame::for_each_record(data, |timestamp, record| {
            lines.push(format!("{} {}", String::from_utf8_lossy(timestamp), String::from_utf8_lossy(record.line)));
        });
        lines
    }

    #[test]
    fn rotation_keeps_whole_chunks_under_cap() {
        let dir = temp_dir("rotate");
        let caps = Caps { file_max: 200, rotated_files: 2, tail_bytes: 80 };
        let mut log = ServiceLog::new(&dir, "svc");
        let mut batch = String::new();
        for i in 0..40 {
            batch.push_str(&format!("record {i:04}\n"));
            if i % 5 == 4 {
                let timestamp = format!("T{i:02}");
                log.write(
                    &Chunk { timestamp: timestamp.as_bytes(), stream: Stream::Stdout, data: batch.as_bytes() },
                    &caps,
                );
                batch.clear();
            }
        }
        let current = std::fs::read(dir.join("svc.log")).unwrap();
        let first = std::fs::read(dir.join("svc.log.1")).unwrap();
        assert!(current.len() <= 200, "{}", current.len());
        assert!(first.len() <= 200, "{}", first.len());
        assert!(first.starts_with(b"#guestd-log 2\n@T"), "{}", String::from_utf8_lossy(&first));
        assert!(!dir.join("svc.log.3").exists());
        let all: Vec<String> = ["svc.log.2", "svc.log.1", "svc.log"]
            .iter()
            .flat_map(|name| lines_of(&std::fs::read(dir.join(name)).unwrap()))
            .collect();
        assert_eq!(all.last().map(String::as_str), Some("T39 record 0039"), "{all:?}");

        let last = lines_of(&log.last_records(2, &caps));
        assert_eq!(last, ["T39 record 0038", "T39 record 0039"]);
        let many = lines_of(&log.last_records(12, &caps));
        assert_eq!(many.len(), 12, "{many:?}");
        assert_eq!(many[0], "T29 record 0028", "{many:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn version_1_file_rotated_and_read() {
        let dir = temp_dir("upgrade");
        std::fs::write(dir.join("svc.log"), b"#guestd-log 1\n@T1\noF old one\noF old two\n").unwrap();
        let caps = Caps { file_max: 1 << 20, rotated_files: 3, tail_bytes: 1024 };
        let mut log = ServiceLog::new(&dir, "svc");
        log.write(&Chunk { timestamp: b"T2", stream: Stream::Stderr, data: b"new\n" }, &caps);
        let current = std::fs::read(dir.join("svc.log")).unwrap();
        assert_eq!(current, b"#guestd-log 2\n@T2 e 4\nnew\n");
        let last = lines_of(&log.last_records(3, &caps));
        assert_eq!(last, ["T1 old one", "T1 old two", "T2 new"]);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
