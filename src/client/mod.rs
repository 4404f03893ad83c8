//! The command-line client: connects to a daemon over a Unix socket,
//! loopback TCP or a hybrid vsock socket, and speaks plain HTTP/1.1.

pub mod checkpoints;
pub mod container;
pub mod detach;
pub mod proxy;
pub mod relay;
pub mod sessions;

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::os::unix::net::UnixStream;

use crate::addr::{Addr, DEFAULT_UNIX_PATH};

pub mod exec;
pub mod services;

/// A blocking connection to the daemon.
pub enum Connection {
    Unix(UnixStream),
    Tcp(TcpStream),
}

impl Read for Connection {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Connection::Unix(s) => s.read(buf),
            Connection::Tcp(s) => s.read(buf),
        }
    }
}

impl Write for Connection {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Connection::Unix(s) => s.write(buf),
            Connection::Tcp(s) => s.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Connection::Unix(s) => s.flush(),
            Connection::Tcp(s) => s.flush(),
        }
    }
}

impl Connection {
    pub fn try_clone(&self) -> io::Result<Connection> {
        Ok(match self {
            Connection::Unix(s) => Connection::Unix(s.try_clone()?),
            Connection::Tcp(s) => Connection::Tcp(s.try_clone()?),
        })
    }

    /// Shuts down both directions, so a thread blocked reading the
    /// connection gets end of file.
    pub fn shutdown_both(&self) -> io::Result<()> {
        match self {
            Connection::Unix(s) => s.shutdown(std::net::Shutdown::Both),
            Connection::Tcp(s) => s.shutdown(std::net::Shutdown::Both),
        }
    }

    pub fn shutdown_write(&self) -> io::Result<()> {
        match self {
            Connection::Unix(s) => s.shutdown(std::net::Shutdown::Write),
            Connection::Tcp(s) => s.shutdown(std::net::Shutdown::Write),
        }
    }
}

/// Returns the API address from `--api`, else `GUESTD_API`, else the
/// default Unix socket.
pub fn api_addr(flag: Option<&str>) -> Result<Addr, String> {
    if let Some(text) = flag {
        return Addr::parse(text).map_err(|err| format!("--api: {err}"));
    }
    match std::env::var("GUESTD_API") {
        Ok(text) => Addr::parse(&text).map_err(|err| format!("GUESTD_API: {err}")),
        Err(_) => Ok(Addr::Unix(DEFAULT_UNIX_PATH.into())),
    }
}

/// Opens a connection to the daemon at `addr`.
pub fn connect(addr: &Addr) -> io::Result<Connection> {
    match addr {
        Addr::Unix(path) => UnixStream::connect(path)
            .map(Connection::Unix)
            .map_err(|err| annotate(err, &format!("failed to connect to unix:{}", path.display()))),
        Addr::Tcp(socket_addr) => {
            // The daemon serves TCP on loopback only, so any other host
            // cannot be a guestd API; refuse before sending anything there.
            if !socket_addr.ip().is_loopback() {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    format!(
                        "tcp:{socket_addr} is not a loopback address; guestd serves TCP on \
                         loopback only, so use tcp:127.0.0.1:PORT, or hvsock: from a VM's host"
                    ),
                ));
            }
            let stream = TcpStream::connect(socket_addr)
                .map_err(|err| annotate(err, &format!("failed to connect to tcp:{socket_addr}")))?;
            stream.set_nodelay(true)?;
            Ok(Connection::Tcp(stream))
        }
        Addr::HybridVsock { path, port } => hybrid_vsock_connect(path, *port).map(Connection::Unix),
        Addr::Vsock { .. } => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "vsock: addresses are for the daemon; from a VM's host use hvsock:PATH:PORT",
        )),
    }
}

/// Hint appended to a failed connection: where the client looked and how
/// to point it elsewhere.
const CONNECT_HINT: &str = "is guestd serve running there? pass --api ADDR or set GUESTD_API to its --listen address";

fn annotate(err: io::Error, context: &str) -> io::Error {
    io::Error::new(err.kind(), format!("{context}: {err}; {CONNECT_HINT}"))
}

/// Connects through a hybrid vsock Unix socket: sends `CONNECT PORT\n` and
/// expects a line starting with `OK`.
pub fn hybrid_vsock_connect(path: &std::path::Path, port: u32) -> io::Result<UnixStream> {
    let context = format!("hvsock:{}:{port}", path.display());
    let mut stream =
        UnixStream::connect(path).map_err(|err| annotate(err, &format!("failed to connect to {context}")))?;
    // The backend takes the connection even when the VM is gone or still
    // booting, and then resets it, so the error names the address and what to do.
    let handshake = |err: io::Error| {
        io::Error::new(err.kind(), format!("{context}: handshake failed: {err}; {}", handshake_hint(port)))
    };
    stream.write_all(format!("CONNECT {port}\n").as_bytes()).map_err(handshake)?;
    read_handshake_reply(&mut stream, &context, port).map_err(|err| match err.kind() {
        io::ErrorKind::ConnectionRefused => err,
        _ => handshake(err),
    })?;
    Ok(stream)
}

/// Returns what to check when the hybrid vsock handshake for `port` fails.
fn handshake_hint(port: u32) -> String {
    format!(
        "is the VM running, and guestd listening on vsock port {port}? \
         A VM that is still booting refuses the connection: retry"
    )
}

/// Longest handshake reply line read before giving up on the newline.
const MAX_HANDSHAKE_REPLY: usize = 128;

/// Reads the hybrid vsock handshake reply, a line that starts with `OK`.
/// It reads one byte at a time so that no byte of the API stream after the
/// line is consumed here.
pub fn read_handshake_reply(stream: &mut impl Read, context: &str, port: u32) -> io::Result<()> {
    let mut line = Vec::new();
    let mut byte = [0u8; 1];
    while line.len() < MAX_HANDSHAKE_REPLY {
        match stream.read(&mut byte)? {
            0 => break,
            _ if byte[0] == b'\n' => break,
            _ => line.push(byte[0]),
        }
    }
    if !line.starts_with(b"OK") {
        return Err(io::Error::new(
            io::ErrorKind::ConnectionRefused,
            format!(
                "{context}: handshake failed (reply {:?}); {}",
                String::from_utf8_lossy(&line),
                handshake_hint(port)
            ),
        ));
    }
    Ok(())
}

/// A response read by [`request`].
pub struct ClientResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl ClientResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|(_, value)| value.as_str())
    }

    /// The `error` field of a JSON error body, or the body as text.
    pub fn error_message(&self) -> String {
        let text = String::from_utf8_lossy(&self.body);
        #[derive(miniserde::Deserialize)]
        struct ErrorBody {
            error: String,
        }
        let message = match miniserde::json::from_str::<ErrorBody>(&text) {
            Ok(body) => body.error,
            Err(_) => text.trim().to_string(),
        };
        // The daemon speaks of the HTTP header; the client's user sets
        // the token through the environment.
        if self.status == 401 {
            return format!("{message} (set GUESTD_TOKEN to the daemon's token)");
        }
        // The daemon's advice names routes; the client names its commands.
        message
            .replace("list them with GET /v1/services", "list them with guestd service list")
            .replace("list them with GET /v1/checkpoints", "list them with guestd checkpoint list")
            .replace("list sessions with GET /v1/exec", "list them with guestd sessions")
            .replace(
                "send a smaller body, or stream large input to a command's stdin over the \
                 WebSocket of GET /v1/exec with stdin=true",
                "pass less on the command line, or stream large input to the command's stdin \
                 with guestd exec -i",
            )
    }
}

/// Writes a request with an optional JSON body.
pub fn write_request(
    conn: &mut impl Write,
    method: &str,
    path: &str,
    body: Option<&str>,
    extra_headers: &[(&str, &str)],
) -> io::Result<()> {
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: guestd\r\n");
    for (name, value) in extra_headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    // TCP and vsock listeners with a token require it, and GUESTD_TOKEN
    // contains it for the client as it does for `guestd serve`.
    if let Ok(token) = std::env::var(crate::api::auth::TOKEN_ENV) {
        let token = token.trim();
        if !token.is_empty() && !extra_headers.iter().any(|(name, _)| name.eq_ignore_ascii_case("authorization")) {
            head.push_str(&format!("Authorization: Bearer {token}\r\n"));
        }
    }
    if let Some(body) = body {
        head.push_str(&format!("Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len()));
    } else {
        head.push_str("Content-Length: 0\r\n\r\n");
    }
    conn.write_all(head.as_bytes())
}

/// Longest status, header or chunk-size line the client reads, in bytes.
const MAX_LINE: u64 = 16 * 1024;
/// Most header lines in one response.
const MAX_HEADERS: usize = 128;

fn invalid_data(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message)
}

/// Reads one line of at most [`MAX_LINE`] bytes into `line`; a longer line
/// is an error rather than an unbounded buffer.
fn read_line_limited(reader: &mut impl BufRead, line: &mut String) -> io::Result<usize> {
    let n = reader.take(MAX_LINE).read_line(line)?;
    if n as u64 == MAX_LINE && !line.ends_with('\n') {
        return Err(invalid_data(format!("response line longer than {MAX_LINE} bytes")));
    }
    Ok(n)
}

/// Reads a response head: status and headers.
pub fn read_head(reader: &mut impl BufRead) -> io::Result<(u16, Vec<(String, String)>)> {
    let mut line = String::new();
    if read_line_limited(reader, &mut line)? == 0 {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "the daemon closed the connection without a response (did it exit or crash? see its log)",
        ));
    }
    if line.starts_with("ERROR ") {
        // guestd's forwarding listener (vsock port 1025) rejects an HTTP
        // request line as a header it cannot read.
        return Err(invalid_data(format!(
            "the server returned {:?}, as a forwarding port does: this is not the API. \
             guestd serves the API on vsock port 1024 (hvsock:PATH:1024)",
            line.trim_end()
        )));
    }
    let status = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| invalid_data(format!("invalid status line {line:?}")))?;
    let mut headers = Vec::new();
    loop {
        line.clear();
        if read_line_limited(reader, &mut line)? == 0 {
            break;
        }
        let trimmed = line.trim_end();
        if trimmed.is_empty() {
            break;
        }
        if headers.len() == MAX_HEADERS {
            return Err(invalid_data(format!("response has more than {MAX_HEADERS} headers")));
        }
        if let Some((name, value)) = trimmed.split_once(':') {
            headers.push((name.trim().to_string(), value.trim().to_string()));
        }
    }
    Ok((status, headers))
}

/// Reads one chunk of a chunked body; `None` after the last chunk. The
/// chunk grows as its bytes arrive, so a peer that announces a huge size
/// and sends little costs only what it sent.
pub fn read_chunk(reader: &mut impl BufRead) -> io::Result<Option<Vec<u8>>> {
    let mut line = String::new();
    if read_line_limited(reader, &mut line)? == 0 {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "the connection closed before the last chunk of the response",
        ));
    }
    let size =
        u64::from_str_radix(line.trim(), 16).map_err(|_| invalid_data(format!("invalid chunk size {line:?}")))?;
    let data = read_exact_growing(reader, size)?;
    let mut crlf = [0u8; 2];
    reader.read_exact(&mut crlf)?;
    Ok((size > 0).then_some(data))
}

/// Reads exactly `len` bytes, allocating as they arrive rather than all
/// up front, because `len` comes from the peer.
fn read_exact_growing(reader: &mut impl Read, len: u64) -> io::Result<Vec<u8>> {
    let mut data = Vec::new();
    reader.take(len).read_to_end(&mut data)?;
    if (data.len() as u64) < len {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            format!("response ended after {} of {len} announced body bytes", data.len()),
        ));
    }
    Ok(data)
}

/// Sends one request on a new connection and reads the whole response.
pub fn request(addr: &Addr, method: &str, path: &str, body: Option<&str>) -> io::Result<ClientResponse> {
    let mut conn = connect(addr)?;
    let sent = write_request(&mut conn, method, path, body, &[("Connection", "close")]);
    let mut reader = BufReader::new(conn);
    match sent {
        Ok(()) => read_response(&mut reader),
        Err(err) => read_rejection(&mut reader, err),
    }
}

/// Reads the response that explains a failed write, when there is one:
/// the daemon rejects a request early (a body over its limit, too many
/// connections), replies and closes, and the rest of the request then
/// fails to send. Returns `err` when no response arrived.
pub fn read_rejection(reader: &mut impl BufRead, err: io::Error) -> io::Result<ClientResponse> {
    if !matches!(err.kind(), io::ErrorKind::BrokenPipe | io::ErrorKind::ConnectionReset) {
        return Err(err);
    }
    read_response(reader).map_err(|_| err)
}

/// Reads one whole response: head, then a chunked, sized or
/// read-to-the-end body.
pub fn read_response(reader: &mut impl BufRead) -> io::Result<ClientResponse> {
    let (status, headers) = read_head(reader)?;
    let find =
        |name: &str| headers.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|(_, value)| value.clone());
    let mut body = Vec::new();
    if find("transfer-encoding").is_some_and(|te| te.eq_ignore_ascii_case("chunked")) {
        while let Some(chunk) = read_chunk(reader)? {
            body.extend_from_slice(&chunk);
        }
    } else if let Some(len) = find("content-length").and_then(|v| v.parse::<u64>().ok()) {
        body = read_exact_growing(reader, len)?;
    } else {
        reader.read_to_end(&mut body)?;
    }
    Ok(ClientResponse { status, headers, body })
}

/// `guestd status`: prints the daemon's status JSON.
pub fn status(addr: &Addr) -> Result<i32, String> {
    let response = request(addr, "GET", "/v1/status", None).map_err(|err| err.to_string())?;
    if response.status != 200 {
        return Err(format!("status failed ({}): {}", response.status, response.error_message()));
    }
    print!("{}", String::from_utf8_lossy(&response.body));
    Ok(0)
}

/// Runs `guestd poweroff` or `guestd reboot`: requests that the daemon, as
/// a VM's init, stop everything and end the machine, and returns once the
/// daemon accepted.
pub fn vm_action(addr: &Addr, action: &str, args: &[String]) -> Result<i32, String> {
    no_operands(action, args)?;
    let path = format!("/v1/vm/{action}");
    let response = request(addr, "POST", &path, None).map_err(|err| err.to_string())?;
    if response.status != 202 {
        return Err(format!("{action} failed ({}): {}", response.status, response.error_message()));
    }
    println!("{action} accepted: the machine stops its services and the container, then ends");
    Ok(0)
}

/// Returns the one operand of `command` (a name or an id), rejecting a
/// missing or empty one and any argument after it, so that a command that
/// changes state never runs with part of what the user typed.
pub fn one_operand<'a>(command: &str, operand: &str, args: &'a [String]) -> Result<&'a str, String> {
    match args {
        [] => Err(format!("{command} needs a {operand}")),
        [value] if value.is_empty() => Err(format!("{command} needs a {operand}, not an empty string")),
        [value] => Ok(value),
        [_, extra, ..] => Err(format!("unexpected argument {extra:?}; {command} takes one {operand}")),
    }
}

/// Rejects any argument of `command`, which takes none.
pub fn no_operands(command: &str, args: &[String]) -> Result<(), String> {
    match args.first() {
        Some(extra) => Err(format!("unexpected argument {extra:?}; {command} takes no arguments")),
        None => Ok(()),
    }
}

/// Percent-encodes a path segment: everything but unreserved characters.
pub fn percent_encode(segment: &str) -> String {
    let mut out = String::new();
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Joins a command line for display as a POSIX shell would read it back:
/// a word with characters other than letters, digits and `-._/=:,+@%` is
/// put in single quotes, and an empty word is `''`.
pub fn shell_join<S: AsRef<str>>(words: &[S]) -> String {
    let quote = |word: &str| {
        let plain = |c: char| c.is_ascii_alphanumeric() || "-._/=:,+@%".contains(c);
        if !word.is_empty() && word.chars().all(plain) {
            word.to_string()
        } else {
            format!("'{}'", word.replace('\'', r"'\''"))
        }
    };
    words.iter().map(|word| quote(word.as_ref())).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::{hybrid_vsock_connect, read_head, shell_join};

    #[test]
    fn hvsock_handshake_names_address_and_retry() {
        // A backend whose VM is not serving takes the connection, then
        // closes it without a reply.
        let dir = std::env::temp_dir().join(format!("guestd-hvsock-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("vm.vsock");
        let _ = std::fs::remove_file(&path);
        let listener = std::os::unix::net::UnixListener::bind(&path).unwrap();
        let backend = std::thread::spawn(move || drop(listener.accept().unwrap()));
        let err = hybrid_vsock_connect(&path, 1024).unwrap_err().to_string();
        backend.join().unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(err.contains(&format!("hvsock:{}:1024: handshake failed", path.display())), "{err}");
        assert!(err.contains("is the VM running"), "{err}");
        assert!(err.contains("retry"), "{err}");
    }

    #[test]
    fn read_head_names_a_forwarding_port() {
        let err = read_head(&mut &b"ERROR invalid header \"GET / HTTP/1.1\"\n"[..]).unwrap_err();
        assert!(err.to_string().contains("this is not the API"), "{err}");
        assert!(err.to_string().contains("vsock port 1024"), "{err}");
    }

    #[test]
    fn read_head_names_a_closed_connection() {
        let err = read_head(&mut &b""[..]).unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::UnexpectedEof);
        assert!(err.to_string().contains("closed the connection without a response"), "{err}");
    }

    #[test]
    fn shell_join_quotes_words() {
        assert_eq!(shell_join(&["sleep", "10"]), "sleep 10");
        assert_eq!(shell_join(&["sh", "-c", "while sleep 1; do date; done"]), "sh -c 'while sleep 1; do date; done'");
        assert_eq!(shell_join(&["echo", "it's", ""]), r"echo 'it'\''s' ''");
        assert_eq!(shell_join(&["ls", "/tmp/ünï"]), "ls '/tmp/ünï'");
    }
}
