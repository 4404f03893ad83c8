//! HTTP responses. Every response names the build and API version that
//! wrote it in the `Server` and `Guestd-Api-Version` headers.

use std::io;
use std::path::Path;

use miniserde::{json, Serialize};

use crate::version;

#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    error: &'a str,
}

impl Response {
    /// A JSON response whose body is `value` serialised.
    pub fn json<T: Serialize>(status: u16, value: &T) -> Response {
        let mut body = json::to_string(value).into_bytes();
        body.push(b'\n');
        Response { status, headers: vec![("Content-Type".into(), "application/json".into())], body }
    }

    /// A 200 response of newline-delimited JSON (`application/x-ndjson`):
    /// each of `values` serialised on a line of its own.
    pub fn ndjson<T: Serialize>(values: &[T]) -> Response {
        let mut body = Vec::new();
        for value in values {
            body.extend_from_slice(json::to_string(value).as_bytes());
            body.push(b'\n');
        }
        Response { status: 200, headers: vec![("Content-Type".into(), "application/x-ndjson".into())], body }
    }

    /// A JSON error `{"error": message}`.
    pub fn error(status: u16, message: impl AsRef<str>) -> Response {
        Response::json(status, &ErrorBody { error: message.as_ref() })
    }

    /// Builds the error response to a failed write in the state directory `dir`.
    /// A full filesystem or an exceeded disk quota (ENOSPC, EDQUOT) is 507
    /// Insufficient Storage, and the message directs the client to free space
    /// there. Any other error is 500. `message` names the failed write.
    pub fn state_write_failed(message: &str, dir: &Path, err: &io::Error) -> Response {
        match err.raw_os_error() {
            Some(libc::ENOSPC | libc::EDQUOT) => Response::error(
                507,
                format!("{message}: {err}; free space on the filesystem of {} and retry", dir.display()),
            ),
            _ => Response::error(500, format!("{message}: {err}")),
        }
    }

    pub fn no_content() -> Response {
        Response { status: 204, headers: Vec::new(), body: Vec::new() }
    }

    pub fn with_header(mut self, name: &str, value: impl Into<String>) -> Response {
        self.headers.push((name.to_string(), value.into()));
        self
    }

    /// Serialises the status line, headers and body.
    pub fn encode(&self, keep_alive: bool) -> Vec<u8> {
        let mut out = head(self.status, &self.headers);
        if self.status != 204 && self.status >= 200 {
            out.extend_from_slice(format!("Content-Length: {}\r\n", self.body.len()).as_bytes());
        }
        let connection = if keep_alive { "keep-alive" } else { "close" };
        out.extend_from_slice(format!("Connection: {connection}\r\n\r\n").as_bytes());
        out.extend_from_slice(&self.body);
        out
    }
}

/// Status line plus the standard headers and `headers`, without the blank
/// line that ends the head. Streaming responses add their own framing
/// headers and the blank line.
pub fn head(status: u16, headers: &[(String, String)]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status} {}\r\n", reason(status)).into_bytes();
    out.extend_from_slice(format!("Server: {}\r\n", version::server_string()).as_bytes());
    out.extend_from_slice(format!("Guestd-Api-Version: {}\r\n", version::API_VERSION).as_bytes());
    for (name, value) in headers {
        out.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    out
}

/// Head of a chunked streaming response, ending with the blank line.
pub fn chunked_head(status: u16, content_type: &str) -> Vec<u8> {
    chunked_head_with(status, content_type, Vec::new())
}

/// Head of a chunked streaming response with the extra `headers`.
pub fn chunked_head_with(status: u16, content_type: &str, headers: Vec<(String, String)>) -> Vec<u8> {
    let mut all = vec![("Content-Type".to_string(), content_type.to_string())];
    all.extend(headers);
    let mut out = head(status, &all);
    out.extend_from_slice(b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
    out
}

/// Appends one chunk of a chunked body; an empty `data` is skipped because
/// a zero-length chunk ends the body.
pub fn push_chunk(out: &mut Vec<u8>, data: &[u8]) {
    if data.is_empty() {
        return;
    }
    out.extend_from_slice(format!("{:x}\r\n", data.len()).as_bytes());
    out.extend_from_slice(data);
    out.extend_from_slice(b"\r\n");
}

/// The last chunk of a chunked body.
pub const LAST_CHUNK: &[u8] = b"0\r\n\r\n";

pub fn reason(status: u16) -> &'static str {
    match status {
        101 => "Switching Protocols",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        411 => "Length Required",
        413 => "Content Too Large",
        414 => "URI Too Long",
        426 => "Upgrade Required",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_body_is_json() {
        let response = Response::error(404, "no route \"/x\"");
        assert_eq!(response.body, b"{\"error\":\"no route \\\"/x\\\"\"}\n");
        let text = String::from_utf8(response.encode(true)).unwrap();
        assert!(text.starts_with("HTTP/1.1 404 Not Found\r\n"));
        assert!(text.contains("Guestd-Api-Version: 1\r\n"));
        assert!(text.contains("Content-Length: 28\r\n"));
    }

    #[test]
    fn chunk_framing() {
        let mut out = Vec::new();
        push_chunk(&mut out, b"hello");
        push_chunk(&mut out, b"");
        assert_eq!(out, b"5\r\nhello\r\n");
    }
}
