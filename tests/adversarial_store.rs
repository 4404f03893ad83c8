//! A hostile object store: a loopback S3 server in this test replies to
//! the daemon's requests with attacks. These are bodies far larger than
//! any object guestd writes, endless chunked or connection-delimited
//! bodies, a manifest segment that inflates to a gigabyte, listings of a
//! million keys, and pack ranges longer than requested.
//!
//! Each operation must fail with an error that names the object and the
//! limit. The daemon must keep serving with the container untouched, and
//! its peak resident memory (`VmHWM`) must stay under [`PEAK_LIMIT_KIB`].

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::tree::{assert_same, describe, noise};
use common::{json_field, Daemon, TempDir};

/// Bound on the daemon's peak RSS. An idle daemon of the glibc debug build
/// these tests run has 7 to 10 MiB resident. The largest buffers a store
/// can make it fill are a manifest header (8 MiB), one segment object
/// (8 MiB) with its inflated JSON (8 MiB), eight segments fetched ahead
/// (1.5 MiB each) and the kept segments (8 MiB). Together they are
/// 44 MiB, or at most 54 MiB with the idle daemon. 64 MiB leaves room for allocator slack and thread stacks,
/// and is far below the gigabytes each attack announces.
const PEAK_LIMIT_KIB: u64 = 64 * 1024;
/// Bytes an attack writes at most on one connection, so that a daemon
/// that keeps reading still lets the test end.
const ATTACK_BYTES: u64 = 1 << 30;

/// What the server sends for a key (or for a listing) instead of the
/// honest reply.
#[derive(Clone)]
enum Attack {
    /// This status, a Content-Length of 100 GiB, and zeros.
    HugeLength(u16),
    /// This status and an endless chunked body.
    EndlessChunks(u16),
    /// This status and zeros until the connection closes.
    UntilClose(u16),
    /// 200 with these bytes.
    Body(Arc<Vec<u8>>),
    /// One listing page of a million keys under the prefix.
    MillionKeys,
    /// Listing pages of 1000 keys each, always truncated.
    EndlessPages,
}

/// An S3 server on loopback: honest by default (PUT, GET with ranges,
/// DELETE, ListObjectsV2 in one page), with attacks by key prefix. It
/// checks no signature.
struct FakeS3 {
    port: u16,
    objects: Arc<Mutex<BTreeMap<String, Vec<u8>>>>,
    attacks: Arc<Mutex<Vec<(String, Attack)>>>,
}

impl FakeS3 {
    fn start() -> FakeS3 {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = FakeS3 { port, objects: Arc::default(), attacks: Arc::default() };
        let (objects, attacks) = (server.objects.clone(), server.attacks.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (objects, attacks) = (objects.clone(), attacks.clone());
                std::thread::spawn(move || serve(stream, &objects, &attacks));
            }
        });
        server
    }

    fn store_args(&self, dir: &TempDir) -> Vec<String> {
        let key_file = dir.path().join("key");
        fs::write(&key_file, "access\nsecret\n").unwrap();
        vec![
            "--store".into(),
            format!("s3:http://127.0.0.1:{}/bucket", self.port),
            "--store-key-file".into(),
            key_file.display().to_string(),
            "--chunk-cache-mib".into(),
            "0".into(),
        ]
    }

    /// Replies to requests for keys under `prefix` (or `LIST:prefix` for a
    /// listing) with `attack` from now on.
    fn attack(&self, prefix: &str, attack: Attack) {
        self.attacks.lock().unwrap().push((prefix.to_string(), attack));
    }

    fn stop_attacks(&self) {
        self.attacks.lock().unwrap().clear();
    }

    fn put(&self, key: &str, data: Vec<u8>) {
        self.objects.lock().unwrap().insert(key.to_string(), data);
    }
}

struct Request {
    method: String,
    key: String,
    query: Vec<(String, String)>,
    range: Option<(u64, u64)>,
    body: Vec<u8>,
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(value) = u8::from_str_radix(&text[i + 1..i + 3], 16) {
                out.push(value);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn read_request(reader: &mut BufReader<TcpStream>) -> Option<Request> {
    let mut line = String::new();
    if reader.read_line(&mut line).ok()? == 0 {
        return None;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_string();
    let target = parts.next()?.to_string();
    let (mut length, mut range) = (0usize, None);

    loop {
        line.clear();
        reader.read_line(&mut line).ok()?;
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        let (name, value) = header.split_once(':')?;
        let value = value.trim();
        if name.eq_ignore_ascii_case("content-length") {
            length = value.parse().ok()?;
        } else if name.eq_ignore_ascii_case("range") {
            let (start, end) = value.strip_prefix("bytes=")?.split_once('-')?;
            range = Some((start.parse().ok()?, end.parse().ok()?));
        }
    }
    let mut body = vec![0u8; length];
    reader.read_exact(&mut body).ok()?;

    let (path, query) = target.split_once('?').unwrap_or((&target, ""));
    let key = path.trim_start_matches('/').split_once('/').map(|(_, key)| percent_decode(key)).unwrap_or_default();
    let query = query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(name, value)| (name.to_string(), percent_decode(value)))
        .collect();
    Some(Request { method, key, query, range, body })
}

fn serve(stream: TcpStream, objects: &Mutex<BTreeMap<String, Vec<u8>>>, attacks: &Mutex<Vec<(String, Attack)>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut stream = stream;
    while let Some(request) = read_request(&mut reader) {
        let prefix = request.query.iter().find(|(name, _)| name == "prefix").map(|(_, value)| value.clone());
        let name = match (&request.method[..], &prefix) {
            ("GET", Some(prefix)) if request.key.is_empty() => format!("LIST:{prefix}"),
            _ => request.key.clone(),
        };
        let attack = attacks.lock().unwrap().iter().find(|(start, _)| name.starts_with(start)).map(|(_, a)| a.clone());
        if let Some(attack) = attack {
            let _ = send_attack(&mut stream, &attack, prefix.as_deref().unwrap_or(""));
            return;
        }
        let reply = honest_reply(&request, prefix.as_deref(), objects);
        if stream.write_all(&reply).is_err() {
            return;
        }
    }
}

fn honest_reply(request: &Request, prefix: Option<&str>, objects: &Mutex<BTreeMap<String, Vec<u8>>>) -> Vec<u8> {
    let mut objects = objects.lock().unwrap();
    let (status, body) = match (&request.method[..], prefix) {
        ("GET", Some(prefix)) if request.key.is_empty() => {
            let mut xml = String::from("<ListBucketResult><IsTruncated>false</IsTruncated>");
            for (key, data) in objects.range(prefix.to_string()..).take_while(|(key, _)| key.starts_with(prefix)) {
                xml.push_str(&format!("<Contents><Key>{key}</Key><Size>{}</Size></Contents>", data.len()));
            }
            xml.push_str("</ListBucketResult>");
            ("200 OK", xml.into_bytes())
        }
        ("PUT", _) => {
            if !request.key.is_empty() {
                objects.insert(request.key.clone(), request.body.clone());
            }
            ("200 OK", Vec::new())
        }
        ("DELETE", _) => {
            objects.remove(&request.key);
            ("204 No Content", Vec::new())
        }
        ("GET", _) => match (objects.get(&request.key), request.range) {
            (None, _) => ("404 Not Found", b"<Error><Code>NoSuchKey</Code></Error>".to_vec()),
            (Some(data), None) => ("200 OK", data.clone()),
            (Some(data), Some((start, end))) => {
                let end = (end as usize + 1).min(data.len());
                ("206 Partial Content", data[(start as usize).min(end)..end].to_vec())
            }
        },
        _ => ("400 Bad Request", Vec::new()),
    };
    let mut reply = format!("HTTP/1.1 {status}\r\nContent-Length: {}\r\n\r\n", body.len()).into_bytes();
    reply.extend_from_slice(&body);
    reply
}

/// Writes `attack` until the daemon closes the connection or
/// [`ATTACK_BYTES`] are sent.
fn send_attack(stream: &mut TcpStream, attack: &Attack, prefix: &str) -> std::io::Result<()> {
    let zeros = vec![0u8; 64 * 1024];
    let mut sent = 0u64;
    match attack {
        Attack::HugeLength(status) => {
            write!(stream, "HTTP/1.1 {status} X\r\nContent-Length: {}\r\n\r\n", 100u64 << 30)?;
            while sent < ATTACK_BYTES {
                stream.write_all(&zeros)?;
                sent += zeros.len() as u64;
            }
        }
        Attack::EndlessChunks(status) => {
            write!(stream, "HTTP/1.1 {status} X\r\nTransfer-Encoding: chunked\r\n\r\n")?;
            while sent < ATTACK_BYTES {
                write!(stream, "{:x}\r\n", zeros.len())?;
                stream.write_all(&zeros)?;
                stream.write_all(b"\r\n")?;
                sent += zeros.len() as u64;
            }
        }
        Attack::UntilClose(status) => {
            write!(stream, "HTTP/1.1 {status} X\r\nConnection: close\r\n\r\n")?;
            while sent < ATTACK_BYTES {
                stream.write_all(&zeros)?;
                sent += zeros.len() as u64;
            }
        }
        Attack::Body(body) => {
            write!(stream, "HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n", body.len())?;
            stream.write_all(body)?;
        }
        Attack::MillionKeys => {
            write!(stream, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")?;
            let mut page = String::from("<ListBucketResult><IsTruncated>false</IsTruncated>");
            for i in 0..1_000_000u32 {
                page.push_str(&format!("<Contents><Key>{prefix}{i:07}.json</Key><Size>1</Size></Contents>"));
                if page.len() > 60_000 || i == 999_999 {
                    if i == 999_999 {
                        page.push_str("</ListBucketResult>");
                    }
                    write!(stream, "{:x}\r\n{page}\r\n", page.len())?;
                    page.clear();
                }
            }
            stream.write_all(b"0\r\n\r\n")?;
        }
        Attack::EndlessPages => {
            // Each page is the reply to one request, and the daemon sends
            // the next request, with the token, on a new connection.
            let mut page = String::from("<ListBucketResult><IsTruncated>true</IsTruncated>");
            static PAGES: AtomicU64 = AtomicU64::new(0);
            let token = format!("{:08}", PAGES.fetch_add(1, Ordering::Relaxed));
            for i in 0..1000 {
                page.push_str(&format!("<Contents><Key>{prefix}{token}-{i:04}.json</Key><Size>1</Size></Contents>"));
            }
            page.push_str(&format!("<NextContinuationToken>{token}</NextContinuationToken></ListBucketResult>"));
            write!(stream, "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{page}", page.len())?;
        }
    }
    Ok(())
}

/// Builds a segment object whose zlib stream inflates to `len` zero bytes
/// in 13 bits per 258 bytes: one fixed-Huffman deflate block of a literal
/// zero and back-references of length 258 at distance 1. Its checksum is
/// left zero, because the daemon stops long before the end.
fn segment_bomb(len: u64) -> Vec<u8> {
    struct Bits {
        out: Vec<u8>,
        acc: u64,
        count: u32,
    }
    impl Bits {
        /// Appends `count` bits of `value`, least significant first.
        fn put(&mut self, value: u64, count: u32) {
            self.acc |= value << self.count;
            self.count += count;
            while self.count >= 8 {
                self.out.push(self.acc as u8);
                self.acc >>= 8;
                self.count -= 8;
            }
        }
        /// Appends a Huffman code, whose most significant bit goes first.
        fn code(&mut self, code: u64, count: u32) {
            let reversed = (0..count).fold(0, |acc, i| acc | (((code >> i) & 1) << (count - 1 - i)));
            self.put(reversed, count);
        }
    }
    let mut bits = Bits { out: b"guestd-manifest-zlib\n\x78\x01".to_vec(), acc: 0, count: 0 };
    bits.put(1, 1); // last block
    bits.put(1, 2); // fixed Huffman codes
    bits.code(0x30, 8); // literal 0
    for _ in 0..(len - 1) / 258 {
        bits.code(0xc5, 8); // length 258 (symbol 285)
        bits.code(0, 5); // distance 1
    }
    bits.code(0, 7); // end of block
    bits.put(0, 7);
    bits.out.extend_from_slice(&[0; 4]);
    bits.out
}

/// Reads a `/proc/PID/status` field in KiB.
fn status_kib(pid: u32, field: &str) -> u64 {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status.lines().find(|line| line.starts_with(field)).unwrap_or_else(|| panic!("no {field} in {status}"));
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// Asserts that the daemon's peak RSS is under [`PEAK_LIMIT_KIB`] and
/// prints it.
fn assert_peak_bounded(daemon: &Daemon, what: &str) {
    let peak = status_kib(daemon.pid(), "VmHWM:");
    eprintln!("{what}: daemon VmHWM {peak} KiB, VmRSS {} KiB", status_kib(daemon.pid(), "VmRSS:"));
    assert!(peak < PEAK_LIMIT_KIB, "{what}: daemon peak RSS {peak} KiB, over {PEAK_LIMIT_KIB} KiB");
}

/// Resets the daemon's `VmHWM` to its current RSS.
fn reset_peak(daemon: &Daemon) {
    fs::write(format!("/proc/{}/clear_refs", daemon.pid()), "5").unwrap();
}

/// Waits until the daemon has loaded the manifests (a gc is no longer
/// rejected with 503) and returns the gc's outcome.
fn gc_after_load(daemon: &Daemon) -> (u16, String) {
    let start = Instant::now();
    loop {
        let (status, text) = daemon.request("POST", "/v1/gc?wait=1", None);
        if status != 503 || start.elapsed() > Duration::from_secs(120) {
            return (status, text);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn assert_serving(daemon: &Daemon) {
    let (status, text) = daemon.request("GET", "/v1/status", None);
    assert_eq!(status, 200, "{text}");
    let (status, text) = daemon.request("POST", "/v1/exec", Some(r#"{"cmd":["true"]}"#));
    assert!(status == 200 || status == 201, "exec after the attack: {status} {text}");
}

/// Waits until the daemon's log contains `text`.
fn wait_log(daemon: &Daemon, text: &str) {
    let start = Instant::now();
    while !daemon.log().contains(text) {
        assert!(start.elapsed() < Duration::from_secs(60), "no {text:?} in the log:\n{}", daemon.log());
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn listings_of_a_million_keys_rejected() {
    common::require_root();
    let server = FakeS3::start();
    let dir = TempDir::new("adv-store-list");
    server.attack("LIST:manifests/", Attack::MillionKeys);
    let args = server.store_args(&dir);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut daemon = Daemon::start("adv-store-list", &args);
    wait_log(&daemon, "failed to list manifests in the store");

    let log = daemon.log();
    assert!(log.contains("failed to list manifests/ in s3:"), "{log}");
    assert!(log.contains("over the limit of 2097152 bytes"), "{log}");
    assert_serving(&daemon);
    assert_peak_bounded(&daemon, "one listing page of a million keys");

    // Pages of 1000 keys without end: the listing stops at the number of
    // manifests a store may list, and gc, which lists the same way, fails.
    server.stop_attacks();
    server.attack("LIST:manifests/", Attack::EndlessPages);
    daemon.kill(libc::SIGKILL);
    daemon.spawn();
    let (status, text) = gc_after_load(&daemon);
    assert_ne!(status, 200, "gc over an endless listing: {text}");
    assert!(text.contains("more than 65536 keys under manifests/"), "{text}");

    let log = daemon.log();
    assert!(log.contains("more than 65536 keys under manifests/"), "{log}");
    assert_serving(&daemon);
    assert_peak_bounded(&daemon, "endless listing pages");
}

#[test]
fn hostile_manifests_rejected_at_load() {
    common::require_root();
    let server = FakeS3::start();
    let dir = TempDir::new("adv-store-manifests");
    let manifest = |id: &str, segments: &str| {
        format!(
            r#"{{"format":3,"guestd_version":"0","id":"{id}","created_at":1,"comment":"","parent":null,"logical_bytes":0,"stored_bytes":0,"walked_at_ns":null,"segments":[{segments}],"entries":[]}}"#
        )
        .into_bytes()
    };
    let header = |segment: &str| manifest("x", &format!(r#"{{"hash":"{segment}","entries":1}}"#));
    let bomb_hash = "b".repeat(64);
    let plain_hash = "c".repeat(64);
    for id in ["1-length", "2-chunks", "3-close", "4-error", "5-bomb", "6-plain", "7-segment-chunks"] {
        server.put(&format!("manifests/{id}.json"), Vec::new());
    }
    server.put("manifests/5-bomb.json", header(&bomb_hash));
    server.put("manifests/6-plain.json", header(&plain_hash));
    server.put("manifests/7-segment-chunks.json", header(&"d".repeat(64)));

    // A readable manifest whose key would name a local copy outside the
    // manifests directory, and one that loads.
    server.put("manifests/../../escape.json", manifest("escape", ""));
    server.put("manifests/8-good.json", manifest("8-good", ""));

    server.attack("manifests/1-length.json", Attack::HugeLength(200));
    server.attack("manifests/2-chunks.json", Attack::EndlessChunks(200));
    server.attack("manifests/3-close.json", Attack::UntilClose(200));
    server.attack("manifests/4-error.json", Attack::EndlessChunks(500));

    let bomb = segment_bomb(1 << 30);
    eprintln!("segment bomb: {} bytes inflating to 1 GiB", bomb.len());
    server.attack(&format!("trees/{bomb_hash}"), Attack::Body(Arc::new(bomb)));
    server.attack(&format!("trees/{plain_hash}"), Attack::Body(Arc::new(vec![b' '; 9 << 20])));
    server.attack(&format!("trees/{}", "d".repeat(64)), Attack::EndlessChunks(200));

    let args = server.store_args(&dir);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let daemon = Daemon::start("adv-store-manifests", &args);
    let (status, text) = gc_after_load(&daemon);
    assert_ne!(status, 200, "gc over unreadable manifests: {text}");

    let log = daemon.log();
    for (what, expected) in [
        ("huge Content-Length", "manifests/1-length.json on s3:"),
        ("endless chunks", "manifests/2-chunks.json on s3:"),
        ("body until close", "manifests/3-close.json on s3:"),
        ("segment bomb", &format!("manifest segment trees/{bomb_hash} inflates to more than 8388608 bytes")),
        ("oversized segment", &format!("trees/{plain_hash} on s3:")),
        ("endless segment", &format!("trees/{} on s3:", "d".repeat(64))),
    ] {
        assert!(log.contains(expected), "{what}: no {expected:?} in the log:\n{log}");
    }
    assert!(log.contains("over the limit of 8388608 bytes"), "{log}");
    assert!(log.contains("over the limit of 8400896 bytes"), "{log}");
    assert!(log.contains("GET manifests/4-error.json on s3:"), "{log}");
    assert!(log.contains("HTTP 500"), "{log}");
    assert!(log.contains("ignoring 1 keys under manifests/"), "{log}");

    let escaped = daemon.state_dir.join("escape.json");
    assert!(!escaped.exists(), "the store's key wrote {}", escaped.display());

    let (_, text) = daemon.request("GET", "/v1/checkpoints", None);
    assert!(!text.contains("\"id\":\"x\""), "a hostile manifest was loaded: {text}");
    assert!(!text.contains("\"id\":\"escape\""), "the manifest with a hostile key was loaded: {text}");
    assert!(text.contains("\"id\":\"8-good\""), "the readable manifest was not loaded: {text}");
    assert_serving(&daemon);
    assert_peak_bounded(&daemon, "hostile manifests and segments");
}

fn upper(daemon: &Daemon) -> PathBuf {
    daemon.state_dir.join("upper")
}

#[test]
fn hostile_pack_ranges_rejected_on_restore() {
    common::require_root();
    let server = FakeS3::start();
    let dir = TempDir::new("adv-store-packs");
    let args = server.store_args(&dir);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let daemon = Daemon::start("adv-store-packs", &args);
    let root = upper(&daemon);
    fs::create_dir_all(root.join("data")).unwrap();
    for i in 0..3 {
        fs::write(root.join(format!("data/file-{i}")), noise(3 << 20, i)).unwrap();
    }

    let (status, text) = daemon.request("POST", "/v1/checkpoints?wait=1", None);
    assert_eq!(status, 200, "checkpoint on the honest store: {text}");
    let id = json_field(&text, "id").unwrap();

    // New contents, so that the restore must read every file's chunks
    // from the store rather than link them from the current tree.
    for i in 0..3 {
        fs::write(root.join(format!("data/file-{i}")), noise(3 << 20, 10 + i)).unwrap();
    }
    let current = describe(&root);

    // A server that ignores the range and sends the whole object is read
    // up to the range's end, whose bytes then fail verification.
    for (what, attack, expected) in [
        ("huge Content-Length", Attack::HugeLength(206), ["packs/", "over the limit of"]),
        ("endless chunks", Attack::EndlessChunks(206), ["packs/", "over the limit of"]),
        ("whole object until close", Attack::UntilClose(200), ["failed verification", "is corrupted"]),
        ("endless error body", Attack::EndlessChunks(500), ["packs/", "HTTP 500"]),
    ] {
        server.stop_attacks();
        server.attack("packs/", attack);
        reset_peak(&daemon);
        let (status, text) = daemon.request("POST", &format!("/v1/checkpoints/{id}/restore?wait=1"), None);
        assert_ne!(status, 200, "{what}: restore succeeded: {text}");
        for expected in expected {
            assert!(text.contains(expected), "{what}: no {expected:?} in {text}");
        }
        assert_same(&current, &describe(&root), what);
        assert_serving(&daemon);
        assert_peak_bounded(&daemon, what);
    }

    // The honest store again: the same restore succeeds.
    server.stop_attacks();
    let (status, text) = daemon.request("POST", &format!("/v1/checkpoints/{id}/restore?wait=1"), None);
    assert_eq!(status, 200, "restore from the honest store: {text}");
}
