//! The exec request: what to run and how, parsed from a `POST /v1/exec`
//! JSON body or from the query of a WebSocket upgrade (the parameters the
//! Sprites SDK sends). Both feed the same [`ExecRequest`].

use std::path::Path;

use miniserde::Deserialize;

use crate::http::{Request, Response};

/// Largest window size accepted in rows or columns.
const MAX_WINDOW: u16 = 4096;
const DEFAULT_ROWS: u16 = 24;
const DEFAULT_COLS: u16 = 80;

/// Source of the process's standard input.
#[derive(Debug, PartialEq, Eq)]
pub enum StdinSource {
    /// `/dev/null`.
    Null,
    /// These bytes, then end of file.
    Bytes(Vec<u8>),
    /// Streamed by the client (WebSocket only).
    Stream,
}

#[derive(Debug)]
pub struct ExecRequest {
    pub argv: Vec<String>,
    pub env: Vec<String>,
    pub dir: String,
    pub uid: u32,
    pub gid: u32,
    pub tty: bool,
    pub rows: u16,
    pub cols: u16,
    pub stdin: StdinSource,
}

#[derive(Deserialize)]
struct Body {
    cmd: Vec<String>,
    env: Option<Vec<String>>,
    dir: Option<String>,
    user: Option<String>,
    stdin: Option<String>,
    tty: Option<bool>,
    rows: Option<u16>,
    cols: Option<u16>,
}

impl ExecRequest {
    /// Parses a `POST /v1/exec` body. `base` is the container's root image,
    /// whose `/etc/passwd` resolves user names.
    pub fn from_body(request: &Request, base: &Path) -> Result<ExecRequest, Response> {
        let body: Body = crate::api::parse_body(request)?;
        let stdin = match body.stdin {
            Some(text) => StdinSource::Bytes(text.into_bytes()),
            None => StdinSource::Null,
        };
        build(
            body.cmd,
            body.env.unwrap_or_default(),
            body.dir,
            body.user.as_deref(),
            body.tty.unwrap_or(false),
            (body.rows, body.cols),
            stdin,
            base,
        )
    }

    /// Parses the query of a WebSocket exec request: repeated `cmd`,
    /// `path` (the program, replacing `cmd[0]`), repeated `env`, `dir`,
    /// `user`, `tty`, `rows`, `cols` and `stdin` (stream standard input).
    pub fn from_query(request: &Request, base: &Path) -> Result<ExecRequest, Response> {
        let mut argv = request.query_all("cmd");
        if let Some(path) = request.query("path").filter(|p| !p.is_empty()) {
            match argv.first_mut() {
                Some(first) => *first = path,
                None => argv.push(path),
            }
        }
        let number = |name: &str| -> Result<Option<u16>, Response> {
            match request.query(name) {
                None => Ok(None),
                Some(text) => text
                    .parse()
                    .map(Some)
                    .map_err(|_| Response::error(400, format!("invalid {name} {text:?}; expected a number of cells"))),
            }
        };
        let size = (number("rows")?, number("cols")?);
        let stdin = if request.query_flag("stdin") { StdinSource::Stream } else { StdinSource::Null };
        build(
            argv,
            request.query_all("env"),
            request.query("dir"),
            request.query("user").as_deref(),
            request.query_flag("tty"),
            size,
            stdin,
            base,
        )
    }
}

#[allow(clippy::too_many_arguments, reason = "one argument per request field, shared by both parsers")]
fn build(
    argv: Vec<String>,
    env: Vec<String>,
    dir: Option<String>,
    user: Option<&str>,
    tty: bool,
    (rows, cols): (Option<u16>, Option<u16>),
    stdin: StdinSource,
    base: &Path,
) -> Result<ExecRequest, Response> {
    if argv.first().is_none_or(|program| program.is_empty()) {
        return Err(Response::error(400, "missing command: set cmd to a non-empty list, program first"));
    }
    if let Some(bad) = argv.iter().chain(&env).find(|arg| arg.contains('\0')) {
        return Err(Response::error(400, format!("argument {bad:?} contains a NUL byte")));
    }
    if let Some(bad) = env.iter().find(|pair| pair.split_once('=').is_none_or(|(key, _)| key.is_empty())) {
        return Err(Response::error(400, format!("invalid env entry {bad:?}; expected KEY=VALUE")));
    }
    let dir = dir.filter(|d| !d.is_empty()).unwrap_or_else(|| "/".to_string());
    if !dir.starts_with('/') {
        return Err(Response::error(400, format!("invalid dir {dir:?}; expected an absolute path")));
    }
    let (uid, gid) = match user {
        None | Some("") => (0, 0),
        Some(user) => parse_user(user, base)?,
    };
    let rows = rows.unwrap_or(DEFAULT_ROWS);
    let cols = cols.unwrap_or(DEFAULT_COLS);
    if rows == 0 || cols == 0 || rows > MAX_WINDOW || cols > MAX_WINDOW {
        return Err(Response::error(
            400,
            format!("invalid window size {rows}x{cols}; rows and cols must be 1 to {MAX_WINDOW}"),
        ));
    }
    Ok(ExecRequest { argv, env, dir, uid, gid, tty, rows, cols, stdin })
}

/// Parses `uid`, `uid:gid`, `name` or `name:gid`. A name, and the group of
/// a bare uid, come from the container image's `/etc/passwd`; a bare uid
/// that is not listed there gets the group of the same number.
fn parse_user(user: &str, base: &Path) -> Result<(u32, u32), Response> {
    let (name, group) = match user.split_once(':') {
        Some((name, group)) => (name, Some(group)),
        None => (user, None),
    };
    check_id_range("uid", name, user)?;
    if let Some(group) = group {
        check_id_range("gid", group, user)?;
    }
    let passwd = std::fs::read_to_string(base.join("etc/passwd")).unwrap_or_default();
    let entry = passwd.lines().find_map(|line| {
        let fields: Vec<&str> = line.split(':').collect();
        let uid: u32 = fields.get(2)?.parse().ok()?;
        let gid: u32 = fields.get(3)?.parse().ok()?;
        (fields[0] == name || name.parse() == Ok(uid)).then_some((uid, gid))
    });
    let (uid, primary_gid) = match (name.parse::<u32>(), entry) {
        (Ok(uid), Some((_, gid))) => (uid, gid),
        (Ok(uid), None) => (uid, uid),
        (Err(_), Some(found)) => found,
        (Err(_), None) => {
            return Err(Response::error(
                400,
                format!("unknown user {name:?}; use a numeric uid or a user in the image's /etc/passwd"),
            ))
        }
    };
    let gid = match group {
        None => primary_gid,
        Some(group) => group.parse().map_err(|_| {
            Response::error(400, format!("invalid group {group:?} in user {user:?}; expected a numeric gid"))
        })?,
    };
    Ok((uid, gid))
}

/// Largest valid uid or gid: the kernel reserves `(uid_t) -1`, which
/// `setresuid(2)` and `setresgid(2)` take as "leave unchanged".
const MAX_ID: u32 = u32::MAX - 1;

/// Rejects a numeric uid or gid `id` (`kind`) outside 0 to [`MAX_ID`].
/// A value that is not a number is left to the other checks.
fn check_id_range(kind: &str, id: &str, user: &str) -> Result<(), Response> {
    if id.is_empty() || !id.bytes().all(|byte| byte.is_ascii_digit()) {
        return Ok(());
    }
    match id.parse::<u32>() {
        Ok(value) if value <= MAX_ID => Ok(()),
        _ => {
            Err(Response::error(400, format!("invalid user {user:?}: {kind} {id} is out of range; use 0 to {MAX_ID}")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::request::{parse, Parse};
    use crate::http::Origin;

    fn get(target: &str) -> Request {
        let raw = format!("GET {target} HTTP/1.1\r\n\r\n");
        let Parse::Complete(request, _) = parse(raw.as_bytes(), Origin::Local) else { panic!() };
        *request
    }

    #[test]
    fn query_with_path_env_and_tty() {
        let request =
            get("/v1/exec?cmd=ls&cmd=-l&path=/bin/ls&env=A%3D1&dir=/tmp&tty=true&rows=30&cols=100&stdin=true");
        let parsed = ExecRequest::from_query(&request, Path::new("/nonexistent")).unwrap();
        assert_eq!(parsed.argv, ["/bin/ls", "-l"]);
        assert_eq!(parsed.env, ["A=1"]);
        assert_eq!(parsed.dir, "/tmp");
        assert!(parsed.tty);
        assert_eq!((parsed.rows, parsed.cols), (30, 100));
        assert_eq!(parsed.stdin, StdinSource::Stream);
    }

    #[test]
    fn query_errors_name_the_value() {
        let base = Path::new("/nonexistent");
        let cases = [
            ("/v1/exec", "missing command"),
            ("/v1/exec?cmd=ls&env=NOEQUALS", "NOEQUALS"),
            ("/v1/exec?cmd=ls&dir=relative", "relative"),
            ("/v1/exec?cmd=ls&rows=lots", "lots"),
            ("/v1/exec?cmd=ls&rows=0", "0x80"),
            ("/v1/exec?cmd=ls&user=nobody-here", "nobody-here"),
            ("/v1/exec?cmd=ls&user=99999999999", "uid 99999999999 is out of range; use 0 to 4294967294"),
            ("/v1/exec?cmd=ls&user=4294967295", "uid 4294967295 is out of range"),
            ("/v1/exec?cmd=ls&user=0:4294967296", "gid 4294967296 is out of range"),
        ];
        for (target, needle) in cases {
            let err = ExecRequest::from_query(&get(target), base).unwrap_err();
            assert_eq!(err.status, 400, "{target}");
            assert!(String::from_utf8_lossy(&err.body).contains(needle), "{target}: {:?}", err.body);
        }
    }

    #[test]
    fn users_numeric_and_named() {
        let dir = std::env::temp_dir().join(format!("guestd-user-test-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("etc")).unwrap();
        std::fs::write(dir.join("etc/passwd"), "root:x:0:0::/root:/bin/sh\napp:x:1000:1001::/home/app:/bin/sh\n")
            .unwrap();
        assert_eq!(parse_user("0", &dir).unwrap(), (0, 0));
        assert_eq!(parse_user("app", &dir).unwrap(), (1000, 1001));
        assert_eq!(parse_user("1000", &dir).unwrap(), (1000, 1001));
        assert_eq!(parse_user("1000:5", &dir).unwrap(), (1000, 5));
        assert_eq!(parse_user("2000", &dir).unwrap(), (2000, 2000));
        assert_eq!(parse_user("2000:x", &dir).unwrap_err().status, 400);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
