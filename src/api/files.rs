//! Routes of the Sprites filesystem API, `/v1/sprites/{name}/fs/...`:
//! read, write, list, delete, rename, copy and chmod inside the
//! container's root. The work is done by [`crate::files`] on the thread
//! pool, which also writes the response ([`deferred::respond_with`]), so a
//! slow disk or client never stalls the event loop.
//!
//! Paths come as `path` plus `workingDir`; a relative `path` is taken from
//! `workingDir`. Errors are `{"error", "code", "path"}` with the errno name
//! in `code` (`ENOENT`, `EISDIR`, ...), which the SDKs map to their
//! exception types.

use std::io;

use miniserde::{Deserialize, Serialize};

use super::{parse_body, Params, Route};
use crate::daemon::Daemon;
use crate::files::{self, Entry, Root};
use crate::http::{deferred, Reply, Request, Response, Upgraded};

pub const ROUTES: &[Route] = &[
    Route { method: "GET", pattern: "/v1/sprites/{name}/fs/read", handler: read, inside: false },
    Route { method: "PUT", pattern: "/v1/sprites/{name}/fs/write", handler: write, inside: false },
    Route { method: "GET", pattern: "/v1/sprites/{name}/fs/list", handler: list, inside: false },
    Route { method: "DELETE", pattern: "/v1/sprites/{name}/fs/delete", handler: delete, inside: false },
    Route { method: "POST", pattern: "/v1/sprites/{name}/fs/rename", handler: rename, inside: false },
    Route { method: "POST", pattern: "/v1/sprites/{name}/fs/copy", handler: copy, inside: false },
    Route { method: "POST", pattern: "/v1/sprites/{name}/fs/chmod", handler: chmod, inside: false },
];

#[derive(Serialize)]
struct FsError {
    error: String,
    code: &'static str,
    path: String,
}

/// Turns a failed file operation into a response naming the path.
fn error_response(operation: &str, path: &str, err: &io::Error) -> Response {
    let (status, code) = match err.raw_os_error() {
        Some(libc::ENOENT) => (404, "ENOENT"),
        Some(libc::EISDIR) => (400, "EISDIR"),
        Some(libc::ENOTDIR) => (400, "ENOTDIR"),
        Some(libc::EACCES) | Some(libc::EPERM) => (403, "EACCES"),
        Some(libc::ENOTEMPTY) => (409, "ENOTEMPTY"),
        Some(libc::EEXIST) => (409, "EEXIST"),
        Some(libc::EXDEV) => (400, "EXDEV"),
        Some(libc::ELOOP) => (400, "ELOOP"),
        _ if err.kind() == io::ErrorKind::InvalidInput => (400, "EINVAL"),
        _ if err.kind() == io::ErrorKind::FileTooLarge => (413, "EFBIG"),
        _ => (500, "EIO"),
    };
    let body = FsError { error: format!("{operation} {path} failed: {err}"), code, path: path.to_string() };
    Response::json(status, &body)
}

fn bad_request(message: String) -> Reply {
    Response::error(400, message).into()
}

/// Builds the absolute path from the `path` and `workingDir` query
/// parameters.
fn query_path(request: &Request) -> Result<String, Response> {
    let path = request
        .query("path")
        .ok_or_else(|| Response::error(400, format!("missing query parameter path on {}", request.path)))?;
    let working_dir = request.query("workingDir").unwrap_or_else(|| "/".to_string());
    Ok(files::absolute(&working_dir, &path))
}

/// Opens the container's root, or explains why there is none.
fn container_root(d: &Daemon) -> Result<std::path::PathBuf, Response> {
    match crate::container::init_pid(d) {
        Some(pid) => Ok(std::path::PathBuf::from(format!("/proc/{pid}/root"))),
        None => Err(Response::error(
            503,
            "the container is not running, so it has no filesystem to serve; retry once it is up",
        )),
    }
}

/// Runs `work` against the container's root on the thread pool and sends
/// its response from there.
fn on_pool<F>(d: &mut Daemon, work: F) -> Reply
where
    F: FnOnce(&Root) -> Response + Send + 'static,
{
    let root_dir = match container_root(d) {
        Ok(dir) => dir,
        Err(response) => return response.into(),
    };
    Reply::Takeover(Box::new(move |d: &mut Daemon, upgraded: Upgraded| {
        deferred::respond_with(d, upgraded, move || match Root::open(&root_dir) {
            Ok(root) => work(&root),
            Err(err) => {
                Response::error(503, format!("failed to open the container's root {}: {err}", root_dir.display()))
            }
        });
    }))
}

fn read(d: &mut Daemon, request: &Request, _params: &Params) -> Reply {
    let path = match query_path(request) {
        Ok(path) => path,
        Err(response) => return response.into(),
    };
    on_pool(d, move |root| match files::read(root, &path) {
        Ok(data) => Response {
            status: 200,
            headers: vec![("Content-Type".into(), "application/octet-stream".into())],
            body: data,
        },
        Err(err) => error_response("read", &path, &err),
    })
}

#[derive(Serialize)]
struct WriteResult {
    path: String,
    size: usize,
    mode: String,
}

fn write(d: &mut Daemon, request: &Request, _params: &Params) -> Reply {
    let path = match query_path(request) {
        Ok(path) => path,
        Err(response) => return response.into(),
    };
    let mode_text = request.query("mode").unwrap_or_else(|| "0644".to_string());
    let Some(mode) = files::parse_mode(&mode_text) else {
        return bad_request(format!("invalid mode {mode_text:?}; expected octal such as 0644"));
    };
    // The SDKs send `mkdirParents`; the Sprites API documentation names it `mkdir`.
    let make_parents = request.query_flag("mkdirParents") || request.query_flag("mkdir");
    let data = request.body.clone();
    on_pool(d, move |root| match files::write(root, &path, &data, mode, make_parents) {
        Ok(()) => {
            let result = WriteResult { path, size: data.len(), mode: format!("{mode:04o}") };
            Response::json(200, &result)
        }
        Err(err) => error_response("write", &path, &err),
    })
}

#[derive(Serialize)]
struct ListResult {
    path: String,
    entries: Vec<Entry>,
    count: usize,
}

fn list(d: &mut Daemon, request: &Request, _params: &Params) -> Reply {
    let path = match query_path(request) {
        Ok(path) => path,
        Err(response) => return response.into(),
    };
    on_pool(d, move |root| match files::list(root, &path) {
        Ok(entries) => Response::json(200, &ListResult { count: entries.len(), entries, path }),
        Err(err) => error_response("list", &path, &err),
    })
}

#[derive(Serialize)]
struct DeleteResult {
    deleted: Vec<String>,
    count: u64,
}

fn delete(d: &mut Daemon, request: &Request, _params: &Params) -> Reply {
    let path = match query_path(request) {
        Ok(path) => path,
        Err(response) => return response.into(),
    };
    let recursive = request.query_flag("recursive");
    on_pool(d, move |root| match files::delete(root, &path, recursive) {
        Ok(count) => Response::json(200, &DeleteResult { deleted: vec![path], count }),
        Err(err) => error_response("delete", &path, &err),
    })
}

#[derive(Deserialize)]
struct MoveRequest {
    source: String,
    dest: String,
    #[serde(rename = "workingDir")]
    working_dir: Option<String>,
    recursive: Option<bool>,
}

#[derive(Serialize)]
struct MoveResult {
    source: String,
    dest: String,
    count: u64,
}

pub(super) fn move_paths(request: &Request) -> Result<(String, String, bool), Response> {
    let body: MoveRequest = parse_body(request)?;
    let working_dir = body.working_dir.unwrap_or_else(|| "/".to_string());
    let source = files::absolute(&working_dir, &body.source);
    let dest = files::absolute(&working_dir, &body.dest);
    Ok((source, dest, body.recursive.unwrap_or(false)))
}

fn rename(d: &mut Daemon, request: &Request, _params: &Params) -> Reply {
    let (source, dest, _) = match move_paths(request) {
        Ok(paths) => paths,
        Err(response) => return response.into(),
    };
    on_pool(d, move |root| match files::rename(root, &source, &dest) {
        Ok(()) => Response::json(200, &MoveResult { source, dest, count: 1 }),
        Err(err) => error_response("rename", &source, &err),
    })
}

fn copy(d: &mut Daemon, request: &Request, _params: &Params) -> Reply {
    let (source, dest, recursive) = match move_paths(request) {
        Ok(paths) => paths,
        Err(response) => return response.into(),
    };
    on_pool(d, move |root| match files::copy(root, &source, &dest, recursive) {
        Ok(count) => Response::json(200, &MoveResult { source, dest, count }),
        Err(err) => error_response("copy", &source, &err),
    })
}

#[derive(Deserialize)]
struct ChmodRequest {
    path: String,
    #[serde(rename = "workingDir")]
    working_dir: Option<String>,
    mode: String,
    recursive: Option<bool>,
}

#[derive(Serialize)]
struct ChmodResult {
    path: String,
    mode: String,
    count: u64,
}

/// Reads a chmod body: the absolute path, the mode and whether to recurse.
pub(super) fn chmod_request(request: &Request) -> Result<(String, u32, bool), Response> {
    let body: ChmodRequest = parse_body(request)?;
    let Some(mode) = files::parse_mode(&body.mode) else {
        return Err(Response::error(400, format!("invalid mode {:?}; expected octal such as 0755", body.mode)));
    };
    let working_dir = body.working_dir.unwrap_or_else(|| "/".to_string());
    let path = files::absolute(&working_dir, &body.path);
    Ok((path, mode, body.recursive.unwrap_or(false)))
}

fn chmod(d: &mut Daemon, request: &Request, _params: &Params) -> Reply {
    let (path, mode, recursive) = match chmod_request(request) {
        Ok(parsed) => parsed,
        Err(response) => return response.into(),
    };
    on_pool(d, move |root| match files::chmod(root, &path, mode, recursive) {
        Ok(count) => Response::json(200, &ChmodResult { path, mode: format!("{mode:04o}"), count }),
        Err(err) => error_response("chmod", &path, &err),
    })
}
