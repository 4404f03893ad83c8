//! Per-service log storage: a write buffer flushed in batches, a file
//! `NAME.log` rotated to `NAME.log.1` .. `NAME.log.K` when it passes its
//! size cap, and a bounded in-memory tail of the newest records.
//!
//! Files hold whole lines of the guestd log format (see [`super::frame`]).
//! Rotation cuts only between lines, and every file starts with the header
//! and the timestamp line that applies to its first record, so each file
//! can be read alone. Writes are
//! not fsynced: a power cut can lose the last records the kernel had not
//! written back, which keeps one write per batch rather than per line.

use std::collections::VecDeque;
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::frame;

/// Caps that apply to every service's log.
#[derive(Clone, Copy, Debug)]
pub struct Caps {
    /// Size at which `NAME.log` is rotated, in bytes.
    pub file_max: u64,
    /// Rotated files kept (`NAME.log.1` .. `NAME.log.K`).
    pub rotated_files: u32,
    /// Bytes of the newest records kept in memory per service.
    pub tail_bytes: usize,
}

/// One service's log.
pub struct ServiceLog {
    pub name: String,
    path: PathBuf,
    file: Option<File>,
    file_size: u64,
    /// Records framed since the last flush.
    pub pending: Vec<u8>,
    tail: VecDeque<u8>,
    /// Timestamp line that applies to the next record written to the file.
    file_marker: Vec<u8>,
    /// Timestamp line of the oldest records in `tail`, kept when trimming.
    tail_marker: Vec<u8>,
    /// Whether the last write failed; failures are logged once per run of
    /// them, so a full disk does not flood the daemon's own log.
    write_failing: bool,
    /// Records lost to failed writes.
    pub lost_records: u64,
}

impl ServiceLog {
    pub fn new(dir: &Path, name: &str) -> ServiceLog {
        ServiceLog {
            name: name.to_string(),
            path: dir.join(format!("{name}.log")),
            file: None,
            file_size: 0,
            pending: Vec::with_capacity(64 * 1024),
            tail: VecDeque::new(),
            file_marker: Vec::new(),
            tail_marker: Vec::new(),
            write_failing: false,
            lost_records: 0,
        }
    }

    /// Writes the pending records to the file, rotating as needed, and
    /// moves them into the memory tail. `pending` is left empty.
    pub fn flush(&mut self, caps: &Caps) {
        if self.pending.is_empty() {
            return;
        }
        let pending = std::mem::take(&mut self.pending);
        match self.write_rotating(&pending, caps) {
            Ok(()) => {
                if self.write_failing {
                    log::warn!("writing log {} works again", self.path.display());
                    self.write_failing = false;
                }
            }
            Err(err) => {
                self.lost_records += count_records(&pending);
                self.file = None;
                if !self.write_failing {
                    log::error!("failed to write log {}: {err}; its records are lost until writes work", self.path.display());
                    self.write_failing = true;
                }
            }
        }
        self.push_tail(&pending, caps.tail_bytes);
        self.pending = pending;
        self.pending.clear();
    }

    fn write_rotating(&mut self, mut data: &[u8], caps: &Caps) -> io::Result<()> {
        while !data.is_empty() {
            self.open()?;
            let fresh = self.file_size == 0;
            if fresh {
                // A new file: header, then the timestamp in force.
                let mut head = frame::HEADER.to_vec();
                if !data.starts_with(b"@") {
                    head.extend_from_slice(&self.file_marker);
                }
                self.file.as_mut().expect("opened above").write_all(&head)?;
                self.file_size += head.len() as u64;
            }
            let room = caps.file_max.saturating_sub(self.file_size) as usize;
            let take = if data.len() <= room {
                data.len()
            } else {
                // End the file at the last whole record that fits; a file
                // that has nothing yet takes one record even if it is larger.
                match data[..room].iter().rposition(|&b| b == b'\n') {
                    Some(end) => end + 1,
                    None if fresh => record_end(data),
                    None => 0,
                }
            };
            if take > 0 {
                let piece = &data[..take];
                self.file.as_mut().expect("opened above").write_all(piece)?;
                self.file_size += take as u64;
                if let Some(marker) = last_marker(piece) {
                    self.file_marker = marker.to_vec();
                }
                data = &data[take..];
            }
            if !data.is_empty() || self.file_size >= caps.file_max {
                self.rotate(caps)?;
            }
        }
        Ok(())
    }

    fn open(&mut self) -> io::Result<()> {
        if self.file.is_none() {
            let file = OpenOptions::new().create(true).append(true).open(&self.path)?;
            self.file_size = file.metadata()?.len();
            self.file = Some(file);
        }
        Ok(())
    }

    fn rotate(&mut self, caps: &Caps) -> io::Result<()> {
        self.file = None;
        self.file_size = 0;
        if caps.rotated_files == 0 {
            return std::fs::remove_file(&self.path).or_else(ignore_missing);
        }
        for index in (1..caps.rotated_files).rev() {
            let from = rotated_path(&self.path, index);
            std::fs::rename(&from, rotated_path(&self.path, index + 1)).or_else(ignore_missing)?;
        }
        std::fs::rename(&self.path, rotated_path(&self.path, 1)).or_else(ignore_missing)
    }

    fn push_tail(&mut self, records: &[u8], cap: usize) {
        let records = if records.len() > cap {
            // Keep only whole records from the newest `cap` bytes.
            let cut = records.len() - cap;
            match records[cut..].iter().position(|&b| b == b'\n') {
                Some(end) => &records[cut + end + 1..],
                None => &[],
            }
        } else {
            records
        };
        // The tail always starts with a timestamp line, so trimming meets
        // the marker of the oldest records before any of them.
        self.tail.extend(records);
        let mut trimmed = false;
        while self.tail.len() > cap {
            let front = self.tail.make_contiguous();
            let Some(end) = front.iter().position(|&b| b == b'\n') else {
                self.tail.clear();
                break;
            };
            if front.starts_with(b"@") {
                self.tail_marker = front[..=end].to_vec();
            }
            drop(self.tail.drain(..=end));
            trimmed = true;
        }
        // The oldest records kept still need the timestamp line before them.
        if trimmed && !self.tail.is_empty() && self.tail.front() != Some(&b'@') {
            for &byte in self.tail_marker.iter().rev() {
                self.tail.push_front(byte);
            }
        }
    }

    /// Returns the newest `count` records, oldest first: from the memory
    /// tail when it contains enough of them, else from the files.
    pub fn last_records(&mut self, count: usize, caps: &Caps) -> Vec<u8> {
        let tail = self.tail.make_contiguous();
        let in_memory = count_records(tail) as usize;
        if in_memory >= count {
            let (selected, _) = last_records(tail, count);
            return selected;
        }
        read_last_records(&self.path, caps.rotated_files, count)
    }

    /// Closes the file, so a deleted service keeps no descriptor open.
    pub fn close(&mut self) {
        self.file = None;
    }
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

fn record_end(data: &[u8]) -> usize {
    data.iter().position(|&b| b == b'\n').map_or(data.len(), |end| end + 1)
}

/// Counts the records in a run of log lines.
pub fn count_records(data: &[u8]) -> u64 {
    data.split(|&b| b == b'\n').filter(|raw| frame::is_record(raw)).count() as u64
}

/// Counts newline-terminated lines.
pub fn count_lines(data: &[u8]) -> u64 {
    data.iter().filter(|&&b| b == b'\n').count() as u64
}

/// Returns the last timestamp line (with its newline) in `data`.
fn last_marker(data: &[u8]) -> Option<&[u8]> {
    let mut end = data.len();
    while end > 0 {
        let start = data[..end - 1].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        if data[start] == b'@' {
            return Some(&data[start..end]);
        }
        end = start;
    }
    None
}

/// Returns the last `count` records of `data` preceded by the timestamp
/// line that applies to the first of them, and how many records that is.
fn last_records(data: &[u8], count: usize) -> (Vec<u8>, usize) {
    if count == 0 {
        return (Vec::new(), 0);
    }
    let mut found = 0;
    let mut start = data.len();
    while start > 0 && found < count {
        let line_start = data[..start - 1].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        if frame::is_record(&data[line_start..start - 1]) {
            found += 1;
        }
        start = line_start;
    }
    let mut out = Vec::new();
    if !data[start..].starts_with(b"@") {
        if let Some(marker) = last_marker(&data[..start]) {
            out.extend_from_slice(marker);
        }
    }
    out.extend_from_slice(&data[start..]);
    (out, found)
}

/// Reads the newest `count` records from `path` and its rotated files.
fn read_last_records(path: &Path, rotated: u32, count: usize) -> Vec<u8> {
    let mut pieces: Vec<Vec<u8>> = Vec::new();
    let mut found = 0usize;
    for index in 0..=rotated {
        let file_path = if index == 0 { path.to_path_buf() } else { rotated_path(path, index) };
        let Ok(data) = read_file_tail(&file_path) else { continue };
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
fn read_file_tail(path: &Path) -> io::Result<Vec<u8>> {
    let mut file = File::open(path)?;
    let mut data = Vec::new();
    file.seek(SeekFrom::Start(0))?;
    file.read_to_end(&mut data)?;
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(label: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("guestd-store-{label}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn rotation_keeps_whole_records_under_cap() {
        let dir = temp_dir("rotate");
        let caps = Caps { file_max: 200, rotated_files: 2, tail_bytes: 80 };
        let mut log = ServiceLog::new(&dir, "svc");
        for i in 0..40 {
            if i % 5 == 0 {
                frame::write_marker(&mut log.pending, format!("T{i:02}").as_bytes());
            }
            frame::write_record(&mut log.pending, frame::Stream::Stdout, false, format!("record {i:04}").as_bytes());
            if i % 7 == 0 {
                log.flush(&caps);
            }
        }
        log.flush(&caps);
        let current = std::fs::read(dir.join("svc.log")).unwrap();
        let first = std::fs::read(dir.join("svc.log.1")).unwrap();
        assert!(current.len() <= 200, "{}", current.len());
        assert!(first.len() <= 200, "{}", first.len());
        assert!(first.starts_with(b"#guestd-log 1\n@T"), "{}", String::from_utf8_lossy(&first));
        assert!(!dir.join("svc.log.3").exists());
        let all = [std::fs::read(dir.join("svc.log.2")).unwrap(), first, current].concat();
        let text = String::from_utf8(all).unwrap();
        assert!(text.ends_with("oF record 0039\n"), "{text}");

        let last = String::from_utf8(log.last_records(2, &caps)).unwrap();
        assert_eq!(last, "@T35\noF record 0038\noF record 0039\n");
        let many = String::from_utf8(log.last_records(10, &caps)).unwrap();
        assert_eq!(count_records(many.as_bytes()), 10, "{many}");
        assert!(many.starts_with("@T30\noF record 0030\n"), "{many}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
