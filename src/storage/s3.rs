//! A small blocking S3 client: HTTP/1.1 over TCP or vsock with keep-alive,
//! AWS Signature Version 4, path-style addressing, and retries with
//! exponential backoff on connection errors, timeouts and 5xx responses.
//! Plain `http://` only: the store is expected on loopback, a private
//! link of the VM's host, or the host itself over vsock, where a relay on
//! the host carries the bytes to the server.
//!
//! The secret key never leaves this module: it is used only to derive the
//! signing key, and `Debug` of [`Credentials`] hides it.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::hash::{hmac_sha256, sha256, to_hex};
use super::store::{context, ObjectStore};

/// Attempts per request before giving up.
const ATTEMPTS: u32 = 5;
/// Delay before the first retry; doubled on each further one.
const FIRST_BACKOFF: Duration = Duration::from_millis(100);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Maximum wait for the server to accept or return bytes.
const IO_TIMEOUT: Duration = Duration::from_secs(30);
/// Largest response head accepted.
const MAX_HEAD: usize = 64 * 1024;
/// Bytes of an error response's body that are read. The rest is dropped
/// with the connection. Only the `<Code>` of the XML error is used. Also
/// the limit of the (normally empty) body of a successful PUT, DELETE or
/// bucket creation.
pub const MAX_ERROR_BODY: u64 = 8 * 1024;
/// Keys requested in one ListObjectsV2 page, the maximum S3 returns.
const LIST_PAGE_KEYS: usize = 1000;
/// Maximum body of one ListObjectsV2 page. By estimate, a page of 1000 keys
/// of the 1024 bytes S3 allows, with about 400 bytes of XML around each
/// (ETag, date, owner and storage class), is 1.4 MB.
const MAX_LIST_PAGE: u64 = 2 * 1024 * 1024;
/// Idle connections kept for reuse.
const MAX_IDLE: usize = 8;

/// An access key pair.
pub struct Credentials {
    pub access_key: String,
    secret_key: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Credentials({}, <secret>)", self.access_key)
    }
}

impl Credentials {
    pub fn new(access_key: String, secret_key: String) -> Credentials {
        Credentials { access_key, secret_key }
    }

    /// Reads the key pair from `key_file` (access key id and secret key on
    /// the first two lines), else from `AWS_ACCESS_KEY_ID` and
    /// `AWS_SECRET_ACCESS_KEY`.
    pub fn load(key_file: Option<&Path>) -> Result<Credentials, String> {
        if let Some(path) = key_file {
            let text = std::fs::read_to_string(path)
                .map_err(|err| format!("failed to read --store-key-file {}: {err}", path.display()))?;
            let mut lines = text.lines().map(str::trim).filter(|line| !line.is_empty());
            return match (lines.next(), lines.next()) {
                (Some(access), Some(secret)) => Ok(Credentials::new(access.into(), secret.into())),
                _ => Err(format!(
                    "--store-key-file {}: expected the access key id and the secret key on two lines",
                    path.display()
                )),
            };
        }
        let variable = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
        match (variable("AWS_ACCESS_KEY_ID"), variable("AWS_SECRET_ACCESS_KEY")) {
            (Some(access), Some(secret)) => Ok(Credentials::new(access, secret)),
            (access, secret) => {
                let unset: Vec<&str> = [("AWS_ACCESS_KEY_ID", access), ("AWS_SECRET_ACCESS_KEY", secret)]
                    .into_iter()
                    .filter(|(_, value)| value.is_none())
                    .map(|(name, _)| name)
                    .collect();
                // Requests are always signed: guestd has no anonymous mode.
                Err(format!(
                    "an s3: store needs keys, but --store-key-file is not given and {} unset or empty; \
                     pass --store-key-file PATH (access key id and secret key on two lines) or set \
                     both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY",
                    match unset.as_slice() {
                        [one] => format!("{one} is"),
                        _ => format!("{} are", unset.join(" and ")),
                    }
                ))
            }
        }
    }
}

/// The server address of a store: a TCP socket address or a vsock port.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Endpoint {
    Tcp(SocketAddr),
    /// A vsock port of `cid`, normally the host (CID 2), where a relay
    /// passes the bytes on to the server.
    Vsock {
        cid: u32,
        port: u32,
    },
}

/// An open connection to the server.
enum Connection {
    Tcp(TcpStream),
    /// A connected AF_VSOCK stream socket. `File` reads and writes with
    /// read(2) and write(2), which work on any stream socket.
    Vsock(File),
}

impl Read for Connection {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Connection::Tcp(stream) => stream.read(buf),
            Connection::Vsock(file) => file.read(buf),
        }
    }
}

impl Write for Connection {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Connection::Tcp(stream) => stream.write(buf),
            Connection::Vsock(file) => file.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A bucket (and optional key prefix) on an S3-compatible server.
pub struct S3Store {
    /// The `Host` header, which the signature covers: `HOST:PORT` of a
    /// TCP endpoint, `vsock-CID:PORT` of a vsock one.
    host: String,
    endpoint: Endpoint,
    bucket: String,
    prefix: String,
    region: String,
    credentials: Credentials,
    idle: Mutex<Vec<Connection>>,
}

/// Content of the `x-amz-content-sha256` header of a request.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Payload {
    /// The SHA-256 of the body. S3 recomputes it and rejects a body that
    /// changed in transit.
    Signed,
    /// `UNSIGNED-PAYLOAD`: the signature covers the request head only.
    /// Used for packs, whose bytes the manifest's chunk hashes cover.
    Unsigned,
}

/// A response to one request.
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl HttpResponse {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

impl S3Store {
    /// Parses `http://HOST:PORT/BUCKET[/PREFIX]` or
    /// `vsock:CID:PORT/BUCKET[/PREFIX]` (the part of `--store` after `s3:`).
    pub fn new(url: &str, region: &str, credentials: Credentials) -> Result<S3Store, String> {
        let (host, endpoint, path) = parse_endpoint(url)?;
        let (bucket, prefix) = path.split_once('/').unwrap_or((path, ""));
        if bucket.is_empty() {
            return Err(format!("--store s3:{url}: the bucket name is missing"));
        }
        let prefix = prefix.trim_matches('/');
        Ok(S3Store {
            host,
            endpoint,
            bucket: bucket.to_string(),
            prefix: if prefix.is_empty() { String::new() } else { format!("{prefix}/") },
            region: if region.is_empty() { "us-east-1".into() } else { region.to_string() },
            credentials,
            idle: Mutex::new(Vec::new()),
        })
    }

    /// Opens a new connection with the client's timeouts.
    fn connect(&self) -> io::Result<Connection> {
        match self.endpoint {
            Endpoint::Tcp(addr) => {
                let stream = TcpStream::connect_timeout(&addr, CONNECT_TIMEOUT)?;
                stream.set_nodelay(true)?;
                stream.set_read_timeout(Some(IO_TIMEOUT))?;
                stream.set_write_timeout(Some(IO_TIMEOUT))?;
                Ok(Connection::Tcp(stream))
            }
            Endpoint::Vsock { cid, port } => {
                let fd = crate::sys::vsock::connect(cid, port, CONNECT_TIMEOUT, IO_TIMEOUT)?;
                Ok(Connection::Vsock(File::from(fd)))
            }
        }
    }

    /// Creates the bucket; an existing bucket of ours is not an error.
    pub fn create_bucket(&self) -> io::Result<()> {
        let response = self.request("PUT", "", &[], b"", &[], Payload::Signed, &small_body)?;
        match response.status {
            200 | 409 => Ok(()),
            status => Err(status_error("PUT", &self.bucket, status, &response.body)),
        }
    }

    fn object_path(&self, key: &str) -> String {
        let mut path = format!("/{}", uri_encode(&self.bucket, false));
        if !key.is_empty() || !self.prefix.is_empty() {
            path.push('/');
            path.push_str(&uri_encode(&format!("{}{key}", self.prefix), true));
        }
        path
    }

    /// Sends one request with retries. Returns the last response, which may
    /// have a 4xx status, or the last error.
    #[allow(clippy::too_many_arguments)]
    fn request(
        &self,
        method: &str,
        key: &str,
        query: &[(&str, &str)],
        body: &[u8],
        headers: &[(&str, String)],
        payload: Payload,
        limit: &dyn Fn(u16) -> BodyLimit,
    ) -> io::Result<HttpResponse> {
        // An empty key addresses the bucket itself (create, list).
        let path = if key.is_empty() { format!("/{}", uri_encode(&self.bucket, false)) } else { self.object_path(key) };
        let mut backoff = FIRST_BACKOFF;
        let mut last_error = None;
        for attempt in 1..=ATTEMPTS {
            match self.send_once(method, &path, query, body, headers, payload, limit) {
                Ok(response) if response.status < 500 => return Ok(response),
                // Another attempt would read the same oversized object.
                Err(err) if err.kind() == io::ErrorKind::FileTooLarge => {
                    return Err(context(err, format!("{method} {key} on {}", self.describe())));
                }
                Ok(response) => {
                    last_error = Some(status_error(method, key, response.status, &response.body));
                }
                Err(err) => last_error = Some(err),
            }
            if attempt < ATTEMPTS {
                log::debug!("{method} {key} on {} failed (attempt {attempt}); retrying", self.describe());
                std::thread::sleep(backoff);
                backoff *= 2;
            }
        }
        let err = last_error.expect("at least one attempt ran");
        Err(context(err, format!("{method} {key} on {} failed after {ATTEMPTS} attempts", self.describe())))
    }

    #[allow(clippy::too_many_arguments)]
    fn send_once(
        &self,
        method: &str,
        path: &str,
        query: &[(&str, &str)],
        body: &[u8],
        headers: &[(&str, String)],
        payload: Payload,
        limit: &dyn Fn(u16) -> BodyLimit,
    ) -> io::Result<HttpResponse> {
        let pooled = self.idle.lock().ok().and_then(|mut idle| idle.pop());
        let head = self.signed_head(method, path, query, body, headers, payload);
        if let Some(stream) = pooled {
            // A kept-alive connection may have been closed by the server
            // meanwhile; one fresh connection is tried before counting an
            // attempt as failed.
            match self.exchange(stream, method, &head, body, limit) {
                Ok(response) => return Ok(response),
                Err(err) if err.kind() == io::ErrorKind::FileTooLarge => return Err(err),
                Err(_) => {}
            }
        }
        let stream = self.connect()?;
        self.exchange(stream, method, &head, body, limit)
    }

    fn exchange(
        &self,
        mut stream: Connection,
        method: &str,
        head: &str,
        body: &[u8],
        limit: &dyn Fn(u16) -> BodyLimit,
    ) -> io::Result<HttpResponse> {
        stream.write_all(head.as_bytes())?;
        stream.write_all(body)?;
        let mut reader = BufReader::with_capacity(64 * 1024, stream);
        let (response, reusable) = read_response(&mut reader, method == "HEAD", limit)?;
        if reusable && reader.buffer().is_empty() {
            if let Ok(mut idle) = self.idle.lock() {
                if idle.len() < MAX_IDLE {
                    idle.push(reader.into_inner());
                }
            }
        }
        Ok(response)
    }

    /// Builds the request head with a Signature Version 4 `Authorization`
    /// header over host, payload hash and date.
    fn signed_head(
        &self,
        method: &str,
        path: &str,
        query: &[(&str, &str)],
        body: &[u8],
        headers: &[(&str, String)],
        payload: Payload,
    ) -> String {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        let (date, amz_date) = amz_dates(now);
        let payload_hash = match payload {
            Payload::Signed => to_hex(&sha256(body)),
            Payload::Unsigned => "UNSIGNED-PAYLOAD".to_string(),
        };
        let mut pairs: Vec<(String, String)> =
            query.iter().map(|(k, v)| (uri_encode(k, false), uri_encode(v, false))).collect();
        pairs.sort();
        let canonical_query = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&");
        let canonical_request = format!(
            "{method}\n{path}\n{canonical_query}\nhost:{}\nx-amz-content-sha256:{payload_hash}\n\
             x-amz-date:{amz_date}\n\nhost;x-amz-content-sha256;x-amz-date\n{payload_hash}",
            self.host
        );
        let scope = format!("{date}/{}/s3/aws4_request", self.region);
        let string_to_sign =
            format!("AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{}", to_hex(&sha256(canonical_request.as_bytes())));
        let signature = to_hex(&hmac_sha256(&self.signing_key(&date), string_to_sign.as_bytes()));
        let target = if canonical_query.is_empty() { path.to_string() } else { format!("{path}?{canonical_query}") };
        let mut head = format!(
            "{method} {target} HTTP/1.1\r\nHost: {}\r\nx-amz-date: {amz_date}\r\n\
             x-amz-content-sha256: {payload_hash}\r\nAuthorization: AWS4-HMAC-SHA256 \
             Credential={}/{scope}, SignedHeaders=host;x-amz-content-sha256;x-amz-date, \
             Signature={signature}\r\nContent-Length: {}\r\n",
            self.host,
            self.credentials.access_key,
            body.len()
        );
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        head
    }

    fn signing_key(&self, date: &str) -> [u8; 32] {
        let secret = format!("AWS4{}", self.credentials.secret_key);
        let k_date = hmac_sha256(secret.as_bytes(), date.as_bytes());
        let k_region = hmac_sha256(&k_date, self.region.as_bytes());
        let k_service = hmac_sha256(&k_region, b"s3");
        hmac_sha256(&k_service, b"aws4_request")
    }
}

/// Returns the body limit of a response whose body matters only as an error.
fn small_body(status: u16) -> BodyLimit {
    BodyLimit::by_status(status, MAX_ERROR_BODY)
}

fn status_error(method: &str, key: &str, status: u16, body: &[u8]) -> io::Error {
    let kind = match status {
        404 => io::ErrorKind::NotFound,
        403 => io::ErrorKind::PermissionDenied,
        _ => io::ErrorKind::Other,
    };
    let code = xml_values(&String::from_utf8_lossy(body), "Code").into_iter().next().unwrap_or_default();
    io::Error::new(kind, format!("{method} {key}: HTTP {status} {code}"))
}

/// Reads a response; returns it and whether the connection can be reused.
/// `limit` returns the [`BodyLimit`] for the response's status.
pub fn read_response(
    reader: &mut impl BufRead,
    head_only: bool,
    limit: &dyn Fn(u16) -> BodyLimit,
) -> io::Result<(HttpResponse, bool)> {
    let mut line = String::new();
    let mut head_bytes = read_line_limited(reader, &mut line)?;
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, format!("invalid status line {line:?}")))?;
    let mut headers = Vec::new();
    loop {
        let n = read_line_limited(reader, &mut line)?;
        head_bytes += n;
        if n == 0 || head_bytes > MAX_HEAD {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "response head truncated or too large"));
        }
        let trimmed = line.trim_end();
        if trimmed.is_empty() {
            break;
        }
        if let Some((name, value)) = trimmed.split_once(':') {
            headers.push((name.trim().to_string(), value.trim().to_string()));
        }
    }
    let mut response = HttpResponse { status, headers, body: Vec::new() };
    let keep_alive = !response.header("connection").is_some_and(|v| v.eq_ignore_ascii_case("close"));
    if head_only || status == 204 || status == 304 {
        return Ok((response, keep_alive));
    }
    let limit = limit(status);
    if response.header("transfer-encoding").is_some_and(|v| v.to_ascii_lowercase().contains("chunked")) {
        loop {
            read_line_limited(reader, &mut line)?;
            let size_text = line.trim().split(';').next().unwrap_or("");
            let size = u64::from_str_radix(size_text, 16)
                .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, format!("invalid chunk size {line:?}")))?;
            if size == 0 {
                read_line_limited(reader, &mut line)?;
                break;
            }
            if !limit.read(reader, &mut response.body, size)? {
                return Ok((response, false));
            }
            let mut crlf = [0u8; 2];
            reader.read_exact(&mut crlf)?;
        }
        return Ok((response, keep_alive));
    }
    match response.header("content-length").and_then(|v| v.parse::<u64>().ok()) {
        Some(len) => {
            let whole = limit.read(reader, &mut response.body, len)?;
            Ok((response, keep_alive && whole))
        }
        None => {
            // The body ends with the connection, so reading one byte past
            // the limit shows whether the body exceeds it.
            reader.take(limit.max.saturating_add(1)).read_to_end(&mut response.body)?;
            if response.body.len() as u64 > limit.max {
                if !limit.cut {
                    return Err(limit.exceeded(None));
                }
                response.body.truncate(limit.max as usize);
            }
            Ok((response, false))
        }
    }
}

/// The bytes of a response body the client reads.
#[derive(Clone, Copy, Debug)]
pub struct BodyLimit {
    pub max: u64,
    /// Whether a longer body is cut at `max`, and the connection closed,
    /// rather than an error of kind `FileTooLarge`.
    pub cut: bool,
}

impl BodyLimit {
    /// Returns the limit for a response with `status`. A successful (2xx)
    /// body longer than `max` bytes is an error, raised before the excess
    /// is read. The body of any other status is cut at [`MAX_ERROR_BODY`].
    pub fn by_status(status: u16, max: u64) -> BodyLimit {
        if (200..300).contains(&status) {
            BodyLimit { max, cut: false }
        } else {
            BodyLimit { max: max.min(MAX_ERROR_BODY), cut: true }
        }
    }

    /// Appends `len` announced bytes to `body` within the limit. Returns
    /// false when the body was cut, so the rest was left unread.
    fn read(&self, reader: &mut impl Read, body: &mut Vec<u8>, len: u64) -> io::Result<bool> {
        let room = self.max - body.len() as u64;
        if len <= room {
            read_body(reader, body, len)?;
            return Ok(true);
        }
        if !self.cut {
            return Err(self.exceeded(Some((body.len() as u64).saturating_add(len))));
        }
        read_body(reader, body, room)?;
        Ok(false)
    }

    fn exceeded(&self, announced: Option<u64>) -> io::Error {
        let size = match announced {
            Some(bytes) => format!("of at least {bytes} bytes"),
            None => "longer than that".to_string(),
        };
        io::Error::new(
            io::ErrorKind::FileTooLarge,
            format!("response body {size} is over the limit of {} bytes", self.max),
        )
    }
}

/// Reads one line of at most [`MAX_HEAD`] bytes into `line`, replacing its
/// contents, and returns its length.
fn read_line_limited(reader: &mut impl BufRead, line: &mut String) -> io::Result<usize> {
    line.clear();
    let n = reader.take(MAX_HEAD as u64).read_line(line)?;
    if n == MAX_HEAD && !line.ends_with('\n') {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "response line longer than 64 KiB"));
    }
    Ok(n)
}

/// Appends `len` bytes of body to `body`, allocating as they arrive rather
/// than all up front, because `len` is what the server announced.
fn read_body(reader: &mut impl Read, body: &mut Vec<u8>, len: u64) -> io::Result<()> {
    let read = reader.take(len).read_to_end(body)? as u64;
    if read < len {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            format!("response ended after {read} of {len} announced body bytes"),
        ));
    }
    Ok(())
}

impl S3Store {
    fn put_object(&self, key: &str, data: &[u8], payload: Payload) -> io::Result<()> {
        let response = self.request("PUT", key, &[], data, &[], payload, &small_body)?;
        match response.status {
            200 => Ok(()),
            status => Err(status_error("PUT", key, status, &response.body)),
        }
    }
}

impl ObjectStore for S3Store {
    fn put(&self, key: &str, data: &[u8]) -> io::Result<()> {
        self.put_object(key, data, Payload::Signed)
    }

    /// Sends the pack with `UNSIGNED-PAYLOAD`, which saves a SHA-256 of
    /// every byte sent (docs/storage.md weighs the cost). A pack damaged
    /// between guestd and the server is stored without an error, and its
    /// chunks fail verification when a restore reads them.
    fn put_pack(&self, key: &str, data: &[u8]) -> io::Result<()> {
        self.put_object(key, data, Payload::Unsigned)
    }

    fn get(&self, key: &str, max: u64) -> io::Result<Vec<u8>> {
        let limit = |status| BodyLimit::by_status(status, max);
        let response = self.request("GET", key, &[], b"", &[], Payload::Signed, &limit)?;
        match response.status {
            200 => Ok(response.body),
            status => Err(context(status_error("GET", key, status, &response.body), self.describe())),
        }
    }

    fn get_range(&self, key: &str, offset: u64, len: u64) -> io::Result<Vec<u8>> {
        if len == 0 {
            return Ok(Vec::new());
        }
        let end = offset.checked_add(len).ok_or_else(|| {
            io::Error::new(io::ErrorKind::InvalidInput, format!("GET {key}: range {offset}+{len} overflows"))
        })?;
        let range = format!("bytes={offset}-{}", end - 1);
        // A server that ignores the range sends the whole object with
        // status 200: its bytes up to the end of the range suffice.
        let limit = |status| match status {
            200 => BodyLimit { max: end, cut: true },
            _ => BodyLimit::by_status(status, len),
        };
        let response = self.request("GET", key, &[], b"", &[("Range", range)], Payload::Signed, &limit)?;
        match response.status {
            206 if response.body.len() as u64 == len => Ok(response.body),
            200 if response.body.len() as u64 >= end => Ok(response.body[offset as usize..end as usize].to_vec()),
            206 | 200 => Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!("GET {key} on {}: short range read", self.describe()),
            )),
            status => Err(context(status_error("GET", key, status, &response.body), self.describe())),
        }
    }

    fn list_each(&self, prefix: &str, visit: &mut dyn FnMut(&str, u64) -> io::Result<()>) -> io::Result<()> {
        let full_prefix = format!("{}{prefix}", self.prefix);
        let page_keys = LIST_PAGE_KEYS.to_string();
        let limit = |status| BodyLimit::by_status(status, MAX_LIST_PAGE);
        let mut token = String::new();
        loop {
            let mut query =
                vec![("list-type", "2"), ("prefix", full_prefix.as_str()), ("max-keys", page_keys.as_str())];
            if !token.is_empty() {
                query.push(("continuation-token", token.as_str()));
            }
            let response = self.request("GET", "", &query, b"", &[], Payload::Signed, &limit)?;
            if response.status != 200 {
                return Err(status_error("LIST", prefix, response.status, &response.body));
            }
            let text = String::from_utf8_lossy(&response.body);
            let contents = xml_values(&text, "Contents");
            if contents.len() > LIST_PAGE_KEYS {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!(
                        "LIST {prefix} on {}: a page lists {} keys, over the {LIST_PAGE_KEYS} requested",
                        self.describe(),
                        contents.len()
                    ),
                ));
            }
            for contents in contents {
                let key = xml_values(&contents, "Key").into_iter().next().unwrap_or_default();
                let size = xml_values(&contents, "Size").into_iter().next().and_then(|s| s.parse().ok());
                if let Some(key) = key.strip_prefix(&self.prefix) {
                    visit(key, size.unwrap_or(0))?;
                }
            }
            let truncated = xml_values(&text, "IsTruncated").first().is_some_and(|v| v == "true");
            token = xml_values(&text, "NextContinuationToken").into_iter().next().unwrap_or_default();
            if !truncated || token.is_empty() {
                break;
            }
        }
        Ok(())
    }

    fn delete(&self, key: &str) -> io::Result<()> {
        let response = self.request("DELETE", key, &[], b"", &[], Payload::Signed, &small_body)?;
        match response.status {
            200 | 204 | 404 => Ok(()),
            status => Err(status_error("DELETE", key, status, &response.body)),
        }
    }

    fn describe(&self) -> String {
        let server = match self.endpoint {
            Endpoint::Tcp(_) => format!("http://{}", self.host),
            Endpoint::Vsock { cid, port } => format!("vsock:{cid}:{port}"),
        };
        format!("s3:{server}/{}/{}", self.bucket, self.prefix.trim_end_matches('/')).trim_end_matches('/').to_string()
    }
}

/// Splits the part of `--store` after `s3:` into the signed `Host`
/// header, the endpoint, and the path after it (`BUCKET[/PREFIX]`).
fn parse_endpoint(url: &str) -> Result<(String, Endpoint, &str), String> {
    const FORMS: &str = "s3:http://HOST:PORT/BUCKET[/PREFIX] or s3:vsock:CID:PORT/BUCKET[/PREFIX]";
    if let Some(rest) = url.strip_prefix("http://") {
        let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
        let addr = host
            .to_socket_addrs()
            .ok()
            .and_then(|mut addrs| addrs.next())
            .ok_or_else(|| format!("--store s3:{url}: {host:?} is not a HOST:PORT address"))?;
        return Ok((host.to_string(), Endpoint::Tcp(addr), path));
    }
    let Some(rest) = url.strip_prefix("vsock:") else {
        return Err(format!("--store s3:{url}: expected {FORMS}"));
    };
    let (server, path) = rest.split_once('/').unwrap_or((rest, ""));
    let invalid = || {
        format!(
            "--store s3:{url}: {server:?} is not CID:PORT (two decimal numbers, as in 2:9000 for port 9000 \
             of the host); expected {FORMS}"
        )
    };
    let (cid, port) = server.split_once(':').ok_or_else(invalid)?;
    let cid: u32 = cid.parse().map_err(|_| invalid())?;
    let port: u32 = port.parse().map_err(|_| invalid())?;
    // VMADDR_CID_ANY and VMADDR_PORT_ANY name no peer.
    if cid == u32::MAX || port == u32::MAX {
        return Err(invalid());
    }
    Ok((format!("vsock-{cid}:{port}"), Endpoint::Vsock { cid, port }, path))
}

/// Percent-encodes everything but the unreserved characters of RFC 3986,
/// and `/` when `keep_slash`, as Signature Version 4 requires.
fn uri_encode(text: &str, keep_slash: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => out.push(byte as char),
            b'/' if keep_slash => out.push('/'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Text of every `<tag>...</tag>` element, with the five XML entities
/// decoded. Enough for the flat responses of ListObjectsV2 and errors.
fn xml_values(text: &str, tag: &str) -> Vec<String> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        let Some(end) = after.find(&close) else { break };
        out.push(
            after[..end]
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&"),
        );
        rest = &after[end + close.len()..];
    }
    out
}

/// `YYYYMMDD` and `YYYYMMDDTHHMMSSZ` for Unix time `secs`.
fn amz_dates(secs: u64) -> (String, String) {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let date = format!("{year:04}{month:02}{day:02}");
    let time = format!("{date}T{:02}{:02}{:02}Z", rem / 3600, rem / 60 % 60, rem % 60);
    (date, time)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A body length, chunk size or line that the server announces but
    /// never sends ends the read with an error, without allocating it.
    #[test]
    fn announced_sizes_not_allocated() {
        for reply in [
            "HTTP/1.1 200 OK\r\nContent-Length: 1000000000000000\r\n\r\nshort".to_string(),
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffff\r\nshort".to_string(),
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nshort\r\nffffffffffffffff\r\nx".to_string(),
            format!("HTTP/1.1 200 OK\r\nX-Long: {}", "a".repeat(1 << 20)),
            format!("HTTP/1.1 200 {}", "a".repeat(1 << 20)),
        ] {
            let result = read_response(&mut io::Cursor::new(reply.as_bytes()), false, &|status| {
                BodyLimit::by_status(status, u64::MAX)
            });
            assert!(result.is_err(), "{:?} accepted", &reply[..60]);
        }
        let (response, _) = read_response(
            &mut io::Cursor::new(&b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nwhole"[..]),
            false,
            &|status| BodyLimit::by_status(status, 5),
        )
        .unwrap();
        assert_eq!(response.body, b"whole");
    }

    /// A successful body over the limit is an error before it is read. An
    /// error body is cut short and its connection not reused.
    #[test]
    fn body_limits_enforced() {
        let read = |reply: &[u8], max: u64| {
            read_response(&mut io::Cursor::new(reply), false, &|status| BodyLimit::by_status(status, max))
        };
        let chunk = format!("64\r\n{}\r\n", "a".repeat(100));
        let chunked = format!("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n{chunk}0\r\n\r\n");
        let endless = format!("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n{}", chunk.repeat(20));
        let until_close = format!("HTTP/1.1 200 OK\r\n\r\n{}", "a".repeat(2000));
        for reply in ["HTTP/1.1 200 OK\r\nContent-Length: 1000000000000000\r\n\r\nshort", &endless, &until_close] {
            let err = read(reply.as_bytes(), 1000).err().unwrap_or_else(|| panic!("{:?} accepted", &reply[..40]));
            assert_eq!(err.kind(), io::ErrorKind::FileTooLarge, "{err}");
            assert!(err.to_string().contains("limit of 1000 bytes"), "{err}");
        }
        let (response, reusable) = read(chunked.as_bytes(), 100).unwrap();
        assert_eq!(response.body.len(), 100);
        assert!(reusable);

        let error = format!(
            "HTTP/1.1 404 Not Found\r\nContent-Length: 100000\r\n\r\n<Code>NoSuchKey</Code>{}",
            "a".repeat(99978)
        );
        let (response, reusable) = read(error.as_bytes(), u64::MAX).unwrap();
        assert_eq!(response.status, 404);
        assert_eq!(response.body.len() as u64, MAX_ERROR_BODY);
        assert!(!reusable, "a connection with unread body bytes was kept");
        assert!(status_error("GET", "k", 404, &response.body).to_string().contains("NoSuchKey"));
    }

    #[test]
    fn dates_format() {
        assert_eq!(amz_dates(0), ("19700101".into(), "19700101T000000Z".into()));
        assert_eq!(amz_dates(1_369_353_600).1, "20130524T000000Z");
        assert_eq!(amz_dates(951_782_400).0, "20000229");
    }

    /// The signing-key example of the AWS Signature Version 4 docs.
    #[test]
    fn signing_key_matches_aws_example() {
        let store = S3Store::new(
            "http://127.0.0.1:9/examplebucket",
            "us-east-1",
            Credentials::new("AKIAIOSFODNN7EXAMPLE".into(), "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY".into()),
        )
        .unwrap();
        assert_eq!(
            to_hex(&store.signing_key("20130524")),
            "dbb893acc010964918f1fd433add87c70e8b0db6be30c1fbeafefa5ec6ba8378"
        );
    }

    #[test]
    fn url_parsing_and_paths() {
        let creds = || Credentials::new("a".into(), "b".into());
        let store = S3Store::new("http://127.0.0.1:8333/bucket/some/prefix", "", creds()).unwrap();
        assert_eq!(store.object_path("packs/a b"), "/bucket/some/prefix/packs/a%20b");
        assert_eq!(store.region, "us-east-1");
        assert!(S3Store::new("https://x/b", "", creds()).is_err());
        assert!(S3Store::new("http://127.0.0.1:1/", "", creds()).is_err());
        assert!(!format!("{:?}", creds()).contains('b'), "secret shown in Debug");
    }

    /// A vsock endpoint is parsed without opening a socket, and the signed
    /// `Host` names the CID and port.
    #[test]
    fn vsock_url_parsing() {
        let creds = || Credentials::new("a".into(), "b".into());
        let store = S3Store::new("vsock:2:9000/bucket/some/prefix/", "", creds()).unwrap();
        assert_eq!(store.endpoint, Endpoint::Vsock { cid: 2, port: 9000 });
        assert_eq!(store.host, "vsock-2:9000");
        assert_eq!(store.object_path("manifests/x.json"), "/bucket/some/prefix/manifests/x.json");
        assert_eq!(store.describe(), "s3:vsock:2:9000/bucket/some/prefix");
        let head = store.signed_head("GET", "/bucket", &[], b"", &[], Payload::Signed);
        assert!(head.contains("\r\nHost: vsock-2:9000\r\n"), "{head}");
        assert!(store.idle.lock().unwrap().is_empty(), "parsing opened a connection");
        let store = S3Store::new("vsock:3:1/b", "", creds()).unwrap();
        assert_eq!(store.describe(), "s3:vsock:3:1/b");
        for bad in ["vsock:2/b", "vsock:2:9000", "vsock:2:9000/", "vsock:x:9000/b", "vsock:2:-1/b", "vsock::9000/b"] {
            let err = S3Store::new(bad, "", creds()).err().unwrap_or_else(|| panic!("{bad} accepted"));
            assert!(err.contains(bad), "{err}");
        }
        let err = S3Store::new("vsock:4294967295:9000/b", "", creds()).err().unwrap();
        assert!(err.contains("CID:PORT"), "{err}");
        let err = S3Store::new("ftp://x/b", "", creds()).err().unwrap();
        assert!(err.contains("s3:vsock:CID:PORT/BUCKET"), "{err}");
    }

    #[test]
    fn tcp_describe() {
        let store =
            S3Store::new("http://127.0.0.1:8333/bucket/p", "", Credentials::new("a".into(), "b".into())).unwrap();
        assert_eq!(store.endpoint, Endpoint::Tcp("127.0.0.1:8333".parse().unwrap()));
        assert_eq!(store.describe(), "s3:http://127.0.0.1:8333/bucket/p");
    }

    #[test]
    fn xml_list_parsing() {
        let text = "<ListBucketResult><IsTruncated>false</IsTruncated><Contents><Key>a&amp;b</Key>\
                    <Size>3</Size></Contents><Contents><Key>c</Key><Size>4</Size></Contents></ListBucketResult>";
        let contents = xml_values(text, "Contents");
        assert_eq!(contents.len(), 2);
        assert_eq!(xml_values(&contents[0], "Key"), vec!["a&b"]);
    }
}
