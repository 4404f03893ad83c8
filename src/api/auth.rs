//! Bearer-token authentication of the API. The token comes from
//! `--token-file` or from the `GUESTD_TOKEN` environment variable, is read
//! once at start, and is removed from the environment at once so that no
//! child process inherits it.
//!
//! When a token is configured, every request that arrives over TCP or vsock
//! must carry `Authorization: Bearer TOKEN`. Requests on the daemon's own
//! Unix socket and on the container's API socket need none, because file
//! permissions already decide who can connect to those. Without a token,
//! no request is checked. The token is never logged, and comparison goes
//! through SHA-256 digests so its time depends on neither the token's
//! length nor where a guess first differs.

use std::fmt;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use sha2::{Digest, Sha256};

use crate::config::Config;
use crate::http::{Origin, Request, Response};

/// Environment variable that may hold the token instead of `--token-file`.
pub const TOKEN_ENV: &str = "GUESTD_TOKEN";

/// Maximum token length, in bytes.
const MAX_TOKEN_LEN: usize = 4096;

/// Rejected requests counted so far; only some of them are logged.
static REJECTED: AtomicU64 = AtomicU64::new(0);

/// Log one rejection in this many, so a peer guessing tokens cannot flood
/// the log.
const LOG_EVERY: u64 = 100;

/// The configured bearer token. `Debug` prints no part of it.
#[derive(Clone)]
pub struct Token {
    digest: [u8; 32],
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(redacted)")
    }
}

impl Token {
    /// Builds a token from its text, rejecting an empty or oversized one.
    pub fn new(text: &str) -> Result<Token, String> {
        let text = text.trim();
        if text.is_empty() {
            return Err("the token is empty; put at least one character in it".into());
        }
        if text.len() > MAX_TOKEN_LEN {
            return Err(format!("the token exceeds {MAX_TOKEN_LEN} bytes"));
        }
        if text.bytes().any(|b| b.is_ascii_whitespace() || b.is_ascii_control()) {
            return Err("the token contains whitespace or control characters".into());
        }
        Ok(Token { digest: Sha256::digest(text.as_bytes()).into() })
    }

    /// Compares `candidate` with the token in time independent of where they
    /// differ.
    pub fn matches(&self, candidate: &[u8]) -> bool {
        let digest: [u8; 32] = Sha256::digest(candidate).into();
        let difference = digest.iter().zip(&self.digest).fold(0u8, |acc, (a, b)| acc | (a ^ b));
        difference == 0
    }
}

/// Reads the token from `config.token_file`, or else from [`TOKEN_ENV`],
/// and removes [`TOKEN_ENV`] from the process environment either way.
///
/// Must run before the daemon starts any thread, because changing the
/// environment races with threads that read it.
pub fn load_token(config: &Config) -> Result<Option<Token>, String> {
    let from_env = std::env::var(TOKEN_ENV).ok();
    std::env::remove_var(TOKEN_ENV);
    if let Some(path) = &config.token_file {
        return read_token_file(path).map(Some);
    }
    match from_env {
        Some(text) => Token::new(&text).map(Some).map_err(|err| format!("{TOKEN_ENV}: {err}")),
        None => Ok(None),
    }
}

fn read_token_file(path: &Path) -> Result<Token, String> {
    use std::os::unix::fs::PermissionsExt;

    let text = std::fs::read_to_string(path)
        .map_err(|err| format!("failed to read --token-file {}: {err}", path.display()))?;
    if let Ok(meta) = std::fs::metadata(path) {
        if meta.permissions().mode() & 0o077 != 0 {
            log::warn!("--token-file {} is readable by group or others, so run chmod 600 on it", path.display());
        }
    }
    Token::new(&text).map_err(|err| format!("--token-file {}: {err}", path.display()))
}

/// Checks the request's credentials. Returns the 401 response to send when
/// they are missing or wrong.
pub fn check(token: Option<&Token>, request: &Request) -> Result<(), Response> {
    let Some(token) = token else { return Ok(()) };
    if matches!(request.origin, Origin::Local | Origin::Container) {
        return Ok(());
    }
    let presented = request
        .headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("authorization"))
        .and_then(|(_, value)| bearer_credentials(value));
    let accepted = presented.is_some_and(|credentials| token.matches(credentials));
    if accepted {
        return Ok(());
    }
    let count = REJECTED.fetch_add(1, Ordering::Relaxed);
    if count % LOG_EVERY == 0 {
        log::warn!(
            "rejected {} {} from {:?}: {} bearer token ({} rejections so far)",
            request.method,
            request.path,
            request.origin,
            if presented.is_some() { "wrong" } else { "missing" },
            count + 1
        );
    }
    let message = if presented.is_some() {
        "invalid bearer token; send the token configured with --token-file or GUESTD_TOKEN"
    } else {
        "missing bearer token; send Authorization: Bearer TOKEN"
    };
    Err(Response::error(401, message).with_header("WWW-Authenticate", "Bearer realm=\"guestd\""))
}

/// Extracts the credentials from an `Authorization: Bearer ...` value.
fn bearer_credentials(value: &[u8]) -> Option<&[u8]> {
    let scheme_end = value.iter().position(|b| *b == b' ')?;
    let (scheme, rest) = value.split_at(scheme_end);
    if !scheme.eq_ignore_ascii_case(b"bearer") {
        return None;
    }
    let credentials = rest.trim_ascii();
    (!credentials.is_empty()).then_some(credentials)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(origin: Origin, authorization: Option<&str>) -> Request {
        let mut headers = Vec::new();
        if let Some(value) = authorization {
            headers.push(("Authorization".to_string(), value.as_bytes().to_vec()));
        }
        Request {
            method: "GET".into(),
            path: "/v1/status".into(),
            query: String::new(),
            headers,
            body: Vec::new(),
            origin,
            close: false,
        }
    }

    #[test]
    fn token_matches_only_itself() {
        let token = Token::new("s3cret\n").unwrap();
        assert!(token.matches(b"s3cret"));
        assert!(!token.matches(b"s3cre"));
        assert!(!token.matches(b"s3cret "));
        assert!(!token.matches(b""));
    }

    #[test]
    fn token_rejects_bad_text() {
        assert!(Token::new("  \n").is_err());
        assert!(Token::new("two words").is_err());
        assert!(Token::new(&"a".repeat(MAX_TOKEN_LEN + 1)).is_err());
    }

    #[test]
    fn debug_hides_token() {
        let token = Token::new("visible-if-leaked").unwrap();
        assert!(!format!("{token:?}").contains("visible"));
    }

    #[test]
    fn check_by_origin_and_header() {
        let token = Token::new("abc").unwrap();
        let token = Some(&token);
        assert!(check(token, &request(Origin::Tcp, Some("Bearer abc"))).is_ok());
        assert!(check(token, &request(Origin::Tcp, Some("bearer  abc "))).is_ok());
        assert!(check(token, &request(Origin::Vsock, Some("Bearer abc"))).is_ok());
        assert_eq!(check(token, &request(Origin::Tcp, None)).unwrap_err().status, 401);
        assert_eq!(check(token, &request(Origin::Tcp, Some("Bearer abd"))).unwrap_err().status, 401);
        assert_eq!(check(token, &request(Origin::Tcp, Some("Basic abc"))).unwrap_err().status, 401);
        assert_eq!(check(token, &request(Origin::Vsock, None)).unwrap_err().status, 401);
        assert!(check(token, &request(Origin::Local, None)).is_ok());
        assert!(check(token, &request(Origin::Container, None)).is_ok());
        assert!(check(None, &request(Origin::Tcp, None)).is_ok());
    }
}
