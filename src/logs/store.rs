//! Per-service log storage: a write buffer flushed in batches, a file
//! `NAME.log` rotated to `NAME.log.1` .. `NAME.log.K` when it passes its
//! size cap, and a bounded in-memory tail of the newest records.
//!
//! Records are whole CRI lines (see [`super::frame`]) and a file always
//! ends at a record boundary, so rotation never cuts a record. Writes are
//! not fsynced: a power cut can lose the last records the kernel had not
//! written back, which keeps one write per batch rather than per line.

use std::collections::VecDeque;
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

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
            let room = caps.file_max.saturating_sub(self.file_size) as usize;
            let take = if data.len() <= room {
                data.len()
            } else {
                // End the file at the last whole record that fits; a file
                // that has nothing yet takes one record even if it is larger.
                match data[..room].iter().rposition(|&b| b == b'\n') {
                    Some(end) => end + 1,
                    None if self.file_size == 0 => record_end(data),
                    None => 0,
                }
            };
            if take > 0 {
                let file = self.file.as_mut().expect("opened above");
                file.write_all(&data[..take])?;
                self.file_size += take as u64;
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
        self.tail.extend(records);
        while self.tail.len() > cap {
            let (front, back) = self.tail.as_slices();
            let end = front
                .iter()
                .position(|&b| b == b'\n')
                .or_else(|| back.iter().position(|&b| b == b'\n').map(|i| front.len() + i));
            match end {
                Some(end) => drop(self.tail.drain(..=end)),
                None => self.tail.clear(),
            }
        }
    }

    /// Returns the newest `count` records, oldest first: from the memory
    /// tail when it contains enough of them, else from the files.
    pub fn last_records(&mut self, count: usize, caps: &Caps) -> Vec<u8> {
        let tail = self.tail.make_contiguous();
        let in_memory = count_records(tail) as usize;
        if in_memory >= count {
            return last_lines(tail, count).to_vec();
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

pub fn count_records(data: &[u8]) -> u64 {
    data.iter().filter(|&&b| b == b'\n').count() as u64
}

/// Returns the last `count` newline-terminated lines of `data`.
fn last_lines(data: &[u8], count: usize) -> &[u8] {
    if count == 0 {
        return &[];
    }
    let mut seen = 0;
    for (index, &byte) in data.iter().enumerate().rev().skip(1) {
        if byte == b'\n' {
            seen += 1;
            if seen == count {
                return &data[index + 1..];
            }
        }
    }
    data
}

/// Reads the newest `count` records from `path` and its rotated files.
fn read_last_records(path: &Path, rotated: u32, count: usize) -> Vec<u8> {
    let mut pieces: Vec<Vec<u8>> = Vec::new();
    let mut found = 0usize;
    for index in 0..=rotated {
        let file_path = if index == 0 { path.to_path_buf() } else { rotated_path(path, index) };
        let Ok(data) = read_file_tail(&file_path) else { continue };
        let lines = last_lines(&data, count - found);
        found += count_records(lines) as usize;
        pieces.push(lines.to_vec());
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
        let caps = Caps { file_max: 100, rotated_files: 2, tail_bytes: 50 };
        let mut log = ServiceLog::new(&dir, "svc");
        for i in 0..40 {
            log.pending.extend_from_slice(format!("record {i:04}\n").as_bytes());
            if i % 7 == 0 {
                log.flush(&caps);
            }
        }
        log.flush(&caps);
        let current = std::fs::read(dir.join("svc.log")).unwrap();
        let first = std::fs::read(dir.join("svc.log.1")).unwrap();
        assert!(current.len() <= 100, "{}", current.len());
        assert!(first.len() <= 100, "{}", first.len());
        assert!(first.ends_with(b"\n"));
        assert!(!dir.join("svc.log.3").exists());
        let all = [std::fs::read(dir.join("svc.log.2")).unwrap(), first, current].concat();
        let text = String::from_utf8(all).unwrap();
        assert!(text.ends_with("record 0039\n"), "{text}");
        let last = log.last_records(2, &caps);
        assert_eq!(last, b"record 0038\nrecord 0039\n");
        let many = String::from_utf8(log.last_records(10, &caps)).unwrap();
        assert_eq!(many.lines().count(), 10, "{many}");
        assert!(many.starts_with("record 0030\n"), "{many}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
