//! Request parsing with `httparse`, bounded by [`MAX_HEAD`] and
//! [`MAX_BODY`].

use super::response::Response;

/// Largest request head (request line and headers) accepted, in bytes.
pub const MAX_HEAD: usize = 16 * 1024;
/// Largest request body accepted, in bytes.
pub const MAX_BODY: usize = 1024 * 1024;
/// Maximum number of headers in one request.
pub const MAX_HEADERS: usize = 64;

/// Listener kind a connection arrived on. Routes check it before acting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The daemon's Unix socket in the root namespace.
    Local,
    /// Loopback TCP.
    Tcp,
    /// A vsock peer (the VM's host).
    Vsock,
    /// The API socket inside the inner container: user code.
    Container,
}

#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// Path without the query string, percent-decoding not applied.
    pub path: String,
    pub query: String,
    pub headers: Vec<(String, Vec<u8>)>,
    pub body: Vec<u8>,
    pub origin: Origin,
    /// Whether the client asked to close the connection after this request.
    pub close: bool,
}

impl Request {
    /// Value of header `name` (case-insensitive) as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .and_then(|(_, value)| std::str::from_utf8(value).ok())
    }

    /// Returns every value of query parameter `name`, percent-decoded.
    pub fn query_all(&self, name: &str) -> Vec<String> {
        self.query
            .split('&')
            .filter_map(|pair| {
                let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                (percent_decode(key) == name).then(|| percent_decode(value))
            })
            .collect()
    }

    /// First value of query parameter `name`, percent-decoded.
    pub fn query(&self, name: &str) -> Option<String> {
        self.query_all(name).into_iter().next()
    }

    /// Returns whether query parameter `name` is set to a true value (1, true, yes,
    /// or present without a value).
    pub fn query_flag(&self, name: &str) -> bool {
        self.query(name).is_some_and(|value| matches!(value.as_str(), "" | "1" | "true" | "yes"))
    }

    /// Returns whether the request is a WebSocket upgrade.
    pub fn is_websocket_upgrade(&self) -> bool {
        self.header("upgrade").is_some_and(|v| v.eq_ignore_ascii_case("websocket"))
    }

    /// Path segments, without empty ones.
    pub fn segments(&self) -> Vec<&str> {
        self.path.split('/').filter(|segment| !segment.is_empty()).collect()
    }
}

/// Decodes `%XX` escapes and `+` as space. Invalid escapes are kept as
/// they are.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(byte) => {
                        out.push(byte);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Outcome of trying to parse a request from the start of a buffer.
#[derive(Debug)]
pub enum Parse {
    /// More bytes are needed.
    Partial,
    /// A whole request, and how many bytes of the buffer it used.
    Complete(Box<Request>, usize),
    /// The request is invalid, so send this response and close.
    Invalid(Response),
}

/// Parses one request from `buffer`.
pub fn parse(buffer: &[u8], origin: Origin) -> Parse {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut request = httparse::Request::new(&mut headers);
    let head_len = match request.parse(buffer) {
        Ok(httparse::Status::Complete(len)) => len,
        Ok(httparse::Status::Partial) => {
            if buffer.len() > MAX_HEAD {
                return Parse::Invalid(Response::error(
                    431,
                    format!("request head exceeds {MAX_HEAD} bytes; send fewer or shorter headers"),
                ));
            }
            return Parse::Partial;
        }
        Err(httparse::Error::TooManyHeaders) => {
            return Parse::Invalid(Response::error(431, format!("request has more than {MAX_HEADERS} headers")))
        }
        Err(err) => return Parse::Invalid(Response::error(400, format!("malformed HTTP request: {err}"))),
    };
    if head_len > MAX_HEAD {
        return Parse::Invalid(Response::error(
            431,
            format!("request head exceeds {MAX_HEAD} bytes; send fewer or shorter headers"),
        ));
    }
    let method = request.method.unwrap_or("").to_string();
    let target = request.path.unwrap_or("/");
    let version = request.version.unwrap_or(1);
    let headers: Vec<(String, Vec<u8>)> =
        request.headers.iter().map(|h| (h.name.to_string(), h.value.to_vec())).collect();
    let find = |name: &str| {
        headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| String::from_utf8_lossy(value).trim().to_ascii_lowercase())
    };
    if find("transfer-encoding").is_some_and(|te| te != "identity") {
        return Parse::Invalid(Response::error(411, "chunked request bodies are not supported; send Content-Length"));
    }
    let body_len = match find("content-length") {
        None => 0,
        Some(value) => match value.parse::<usize>() {
            Ok(len) => len,
            Err(_) => {
                return Parse::Invalid(Response::error(
                    400,
                    format!("invalid Content-Length {value:?}; expected a byte count"),
                ))
            }
        },
    };
    if body_len > MAX_BODY {
        return Parse::Invalid(Response::error(
            413,
            format!(
                "request body of {body_len} bytes exceeds the limit of {MAX_BODY} bytes; send a \
                 smaller body, or stream large input to a command's stdin over the WebSocket of \
                 GET /v1/exec with stdin=true, which has no size limit"
            ),
        ));
    }
    if buffer.len() < head_len + body_len {
        return Parse::Partial;
    }
    let connection = find("connection").unwrap_or_default();
    let close = connection.contains("close") || (version == 0 && !connection.contains("keep-alive"));
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let request = Request {
        method,
        path: path.to_string(),
        query: query.to_string(),
        headers,
        body: buffer[head_len..head_len + body_len].to_vec(),
        origin,
        close,
    };
    Parse::Complete(Box::new(request), head_len + body_len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_with_body_and_query() {
        let raw = b"POST /v1/exec?tty=1&cmd=a%20b HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}rest";
        let Parse::Complete(request, used) = parse(raw, Origin::Local) else { panic!() };
        assert_eq!(used, raw.len() - 4);
        assert_eq!(request.method, "POST");
        assert_eq!(request.path, "/v1/exec");
        assert_eq!(request.body, b"{}");
        assert!(request.query_flag("tty"));
        assert_eq!(request.query("cmd").as_deref(), Some("a b"));
    }

    #[test]
    fn parse_partial_and_limits() {
        assert!(matches!(parse(b"GET / HTTP/1.1\r\n", Origin::Local), Parse::Partial));
        let mut big = b"GET / HTTP/1.1\r\nX: ".to_vec();
        big.extend(std::iter::repeat_n(b'a', MAX_HEAD + 1));
        let Parse::Invalid(response) = parse(&big, Origin::Local) else { panic!() };
        assert_eq!(response.status, 431);
        let raw = format!("PUT / HTTP/1.1\r\nContent-Length: {}\r\n\r\n", MAX_BODY + 1);
        let Parse::Invalid(response) = parse(raw.as_bytes(), Origin::Local) else { panic!() };
        assert_eq!(response.status, 413);
        let Parse::Invalid(response) = parse(b"\x00\x01garbage\r\n\r\n", Origin::Local) else { panic!() };
        assert_eq!(response.status, 400);
    }

    #[test]
    fn percent_decode_edge_cases() {
        assert_eq!(percent_decode("a%2Fb"), "a/b");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
    }
}
