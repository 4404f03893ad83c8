//! A small blocking S3 client: HTTP/1.1 over `TcpStream` with keep-alive,
//! AWS Signature Version 4, path-style addressing, and retries with
//! exponential backoff on connection errors, timeouts and 5xx responses.
//! Plain `http://` only: the store is expected on loopback or a private
//! link of the VM's host.
//!
//! The secret key never leaves this module: it is used only to derive the
//! signing key, and `Debug` of [`Credentials`] hides it.

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

/// A bucket (and optional key prefix) on an S3-compatible server.
pub struct S3Store {
    host: String,
    addr: SocketAddr,
    bucket: String,
    prefix: String,
    region: String,
    credentials: Credentials,
    idle: Mutex<Vec<TcpStream>>,
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
    /// Parses `http://HOST:PORT/BUCKET[/PREFIX]`.
    pub fn new(url: &str, region: &str, credentials: Credentials) -> Result<S3Store, String> {
        let rest = url
            .strip_prefix("http://")
            .ok_or_else(|| format!("--store s3:{url}: expected s3:http://HOST:PORT/BUCKET[/PREFIX]"))?;
        let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
        let (bucket, prefix) = path.split_once('/').unwrap_or((path, ""));
        if bucket.is_empty() {
            return Err(format!("--store s3:{url}: the bucket name is missing"));
        }
        let addr = host
            .to_socket_addrs()
            .ok()
            .and_then(|mut addrs| addrs.next())
            .ok_or_else(|| format!("--store s3:{url}: {host:?} is not a HOST:PORT address"))?;
        let prefix = prefix.trim_matches('/');
        Ok(S3Store {
            host: host.to_string(),
            addr,
            bucket: bucket.to_string(),
            prefix: if prefix.is_empty() { String::new() } else { format!("{prefix}/") },
            region: if region.is_empty() { "us-east-1".into() } else { region.to_string() },
            credentials,
            idle: Mutex::new(Vec::new()),
        })
    }

    /// Creates the bucket; an existing bucket of ours is not an error.
    pub fn create_bucket(&self) -> io::Result<()> {
        let response = self.request("PUT", "", &[], b"", &[], Payload::Signed)?;
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
    fn request(
        &self,
        method: &str,
        key: &str,
        query: &[(&str, &str)],
        body: &[u8],
        headers: &[(&str, String)],
        payload: Payload,
    ) -> io::Result<HttpResponse> {
        // An empty key addresses the bucket itself (create, list).
        let path = if key.is_empty() { format!("/{}", uri_encode(&self.bucket, false)) } else { self.object_path(key) };
        let mut backoff = FIRST_BACKOFF;
        let mut last_error = None;
        for attempt in 1..=ATTEMPTS {
            match self.send_once(method, &path, query, body, headers, payload) {
                Ok(response) if response.status < 500 => return Ok(response),
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

    fn send_once(
        &self,
        method: &str,
        path: &str,
        query: &[(&str, &str)],
        body: &[u8],
        headers: &[(&str, String)],
        payload: Payload,
    ) -> io::Result<HttpResponse> {
        let pooled = self.idle.lock().ok().and_then(|mut idle| idle.pop());
        let head = self.signed_head(method, path, query, body, headers, payload);
        if let Some(stream) = pooled {
            // A kept-alive connection may have been closed by the server
            // meanwhile; one fresh connection is tried before counting an
            // attempt as failed.
            if let Ok(response) = self.exchange(stream, method, &head, body) {
                return Ok(response);
            }
        }
        let stream = TcpStream::connect_timeout(&self.addr, CONNECT_TIMEOUT)?;
        stream.set_nodelay(true)?;
        stream.set_read_timeout(Some(IO_TIMEOUT))?;
        stream.set_write_timeout(Some(IO_TIMEOUT))?;
        self.exchange(stream, method, &head, body)
    }

    fn exchange(&self, mut stream: TcpStream, method: &str, head: &str, body: &[u8]) -> io::Result<HttpResponse> {
        stream.write_all(head.as_bytes())?;
        stream.write_all(body)?;
        let mut reader = BufReader::with_capacity(64 * 1024, stream);
        let (response, reusable) = read_response(&mut reader, method == "HEAD")?;
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
        let canonical_query =
            pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&");
        let canonical_request = format!(
            "{method}\n{path}\n{canonical_query}\nhost:{}\nx-amz-content-sha256:{payload_hash}\n\
             x-amz-date:{amz_date}\n\nhost;x-amz-content-sha256;x-amz-date\n{payload_hash}",
            self.host
        );
        let scope = format!("{date}/{}/s3/aws4_request", self.region);
        let string_to_sign = format!(
            "AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{}",
            to_hex(&sha256(canonical_request.as_bytes()))
        );
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
pub fn read_response(reader: &mut impl BufRead, head_only: bool) -> io::Result<(HttpResponse, bool)> {
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
            read_body(reader, &mut response.body, size)?;
            let mut crlf = [0u8; 2];
            reader.read_exact(&mut crlf)?;
        }
        return Ok((response, keep_alive));
    }
    match response.header("content-length").and_then(|v| v.parse::<u64>().ok()) {
        Some(len) => {
            read_body(reader, &mut response.body, len)?;
            Ok((response, keep_alive))
        }
        None => {
            reader.read_to_end(&mut response.body)?;
            Ok((response, false))
        }
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
        let response = self.request("PUT", key, &[], data, &[], payload)?;
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

    fn get(&self, key: &str) -> io::Result<Vec<u8>> {
        let response = self.request("GET", key, &[], b"", &[], Payload::Signed)?;
        match response.status {
            200 => Ok(response.body),
            status => Err(context(status_error("GET", key, status, &response.body), self.describe())),
        }
    }

    fn get_range(&self, key: &str, offset: u64, len: u64) -> io::Result<Vec<u8>> {
        if len == 0 {
            return Ok(Vec::new());
        }
        let range = format!("bytes={offset}-{}", offset + len - 1);
        let response = self.request("GET", key, &[], b"", &[("Range", range)], Payload::Signed)?;
        match response.status {
            206 if response.body.len() as u64 == len => Ok(response.body),
            200 if response.body.len() as u64 >= offset + len => {
                Ok(response.body[offset as usize..(offset + len) as usize].to_vec())
            }
            206 | 200 => Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!("GET {key} on {}: short range read", self.describe()),
            )),
            status => Err(context(status_error("GET", key, status, &response.body), self.describe())),
        }
    }

    fn list(&self, prefix: &str) -> io::Result<Vec<(String, u64)>> {
        let full_prefix = format!("{}{prefix}", self.prefix);
        let mut out = Vec::new();
        let mut token = String::new();
        loop {
            let mut query = vec![("list-type", "2"), ("prefix", full_prefix.as_str())];
            if !token.is_empty() {
                query.push(("continuation-token", token.as_str()));
            }
            let response = self.request("GET", "", &query, b"", &[], Payload::Signed)?;
            if response.status != 200 {
                return Err(status_error("LIST", prefix, response.status, &response.body));
            }
            let text = String::from_utf8_lossy(&response.body);
            for contents in xml_values(&text, "Contents") {
                let key = xml_values(&contents, "Key").into_iter().next().unwrap_or_default();
                let size = xml_values(&contents, "Size").into_iter().next().and_then(|s| s.parse().ok());
                if let Some(key) = key.strip_prefix(&self.prefix) {
                    out.push((key.to_string(), size.unwrap_or(0)));
                }
            }
            let truncated = xml_values(&text, "IsTruncated").first().is_some_and(|v| v == "true");
            token = xml_values(&text, "NextContinuationToken").into_iter().next().unwrap_or_default();
            if !truncated || token.is_empty() {
                break;
            }
        }
        out.sort();
        Ok(out)
    }

    fn delete(&self, key: &str) -> io::Result<()> {
        let response = self.request("DELETE", key, &[], b"", &[], Payload::Signed)?;
        match response.status {
            200 | 204 | 404 => Ok(()),
            status => Err(status_error("DELETE", key, status, &response.body)),
        }
    }

    fn describe(&self) -> String {
        format!("s3:http://{}/{}/{}", self.host, self.bucket, self.prefix.trim_end_matches('/'))
            .trim_end_matches('/')
            .to_string()
    }
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
            let result = read_response(&mut io::Cursor::new(reply.as_bytes()), false);
            assert!(result.is_err(), "{:?} accepted", &reply[..60]);
        }
        let (response, _) =
            read_response(&mut io::Cursor::new(&b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nwhole"[..]), false).unwrap();
        assert_eq!(response.body, b"whole");
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

    #[test]
    fn xml_list_parsing() {
        let text = "<ListBucketResult><IsTruncated>false</IsTruncated><Contents><Key>a&amp;b</Key>\
                    <Size>3</Size></Contents><Contents><Key>c</Key><Size>4</Size></Contents></ListBucketResult>";
        let contents = xml_values(text, "Contents");
        assert_eq!(contents.len(), 2);
        assert_eq!(xml_values(&contents[0], "Key"), vec!["a&b"]);
    }
}
