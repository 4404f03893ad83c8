//! Routes of the checkpoints API: create, list, show, delete, restore, and
//! garbage collection. Operations that take a while respond 202 at once, or,
//! with `?wait=1`, hold the connection and respond when they end.

use std::sync::atomic::Ordering;

use miniserde::{Deserialize, Serialize};

use super::{parse_body, Params, Route};
use crate::daemon::Daemon;
use crate::http::{Reply, Request, Response};
use crate::storage::{self, Checkpoint, State, Waiter};

pub const ROUTES: &[Route] = &[
    Route { method: "POST", pattern: "/v1/checkpoints", handler: create, inside: true },
    Route { method: "GET", pattern: "/v1/checkpoints", handler: list, inside: true },
    Route { method: "GET", pattern: "/v1/checkpoints/{id}", handler: show, inside: true },
    Route { method: "DELETE", pattern: "/v1/checkpoints/{id}", handler: delete, inside: false },
    Route { method: "POST", pattern: "/v1/checkpoints/{id}/restore", handler: restore, inside: false },
    Route { method: "POST", pattern: "/v1/gc", handler: gc, inside: false },
];

#[derive(Deserialize)]
struct CreateBody {
    comment: Option<String>,
}

/// Maximum comment length, in bytes.
const MAX_COMMENT: usize = 1024;

#[derive(Serialize)]
struct ProgressView {
    bytes_done: u64,
    bytes_total: u64,
    files_done: u64,
    files_total: u64,
    stored_bytes: u64,
}

#[derive(Serialize)]
struct CheckpointView {
    id: String,
    created_at: u64,
    comment: String,
    state: &'static str,
    error: Option<String>,
    logical_bytes: u64,
    stored_bytes: u64,
    entries: u64,
    frozen_ms: Option<u64>,
    duration_ms: Option<u64>,
    progress: Option<ProgressView>,
}

fn view(checkpoint: &Checkpoint) -> CheckpointView {
    let progress = checkpoint.progress.as_ref().filter(|_| checkpoint.state == State::Pending).map(|p| ProgressView {
        bytes_done: p.bytes_done.load(Ordering::Relaxed),
        bytes_total: p.bytes_total.load(Ordering::Relaxed),
        files_done: p.files_done.load(Ordering::Relaxed),
        files_total: p.files_total.load(Ordering::Relaxed),
        stored_bytes: p.stored_bytes.load(Ordering::Relaxed),
    });
    CheckpointView {
        id: checkpoint.id.clone(),
        created_at: checkpoint.created_at,
        comment: checkpoint.comment.clone(),
        state: checkpoint.state.name(),
        error: checkpoint.error.clone(),
        logical_bytes: checkpoint.logical_bytes,
        stored_bytes: checkpoint.stored_bytes,
        entries: checkpoint.entries,
        frozen_ms: checkpoint.frozen_ms,
        duration_ms: checkpoint.duration_ms,
        progress,
    }
}

/// Returns the JSON of `checkpoint` as `GET /v1/checkpoints/{id}` sends it.
pub fn view_json(checkpoint: &Checkpoint) -> String {
    miniserde::json::to_string(&view(checkpoint))
}

#[derive(Serialize)]
struct RestoreView {
    id: String,
    state: &'static str,
    error: Option<String>,
    duration_ms: Option<u64>,
}

#[derive(Serialize)]
struct CacheView {
    bytes: u64,
    cap: u64,
    hit_bytes: u64,
    miss_bytes: u64,
    corrupt_reads: u64,
    evicted_packs: u64,
}

#[derive(Serialize)]
struct ListView {
    store: String,
    busy: Option<String>,
    chunks: u64,
    cache: Option<CacheView>,
    checkpoints: Vec<CheckpointView>,
    last_restore: Option<RestoreView>,
}

fn restore_view(d: &Daemon) -> Option<RestoreView> {
    d.storage.last_restore.as_ref().map(|r| RestoreView {
        id: r.id.clone(),
        state: r.state,
        error: r.error.clone(),
        duration_ms: r.duration_ms,
    })
}

/// Holds the connection until the operation `target` ends.
fn wait_for(target: String) -> Reply {
    Reply::Takeover(Box::new(move |d: &mut Daemon, upgraded| {
        if finished(d, &target) {
            storage::answer(upgraded.stream, outcome(d, &target));
        } else {
            d.storage.waiters.push(Waiter { target, stream: upgraded.stream });
        }
    }))
}

fn finished(d: &Daemon, target: &str) -> bool {
    if let Some(id) = target.strip_prefix("restore:") {
        return d.storage.last_restore.as_ref().is_some_and(|r| r.id == id && r.state != "running");
    }
    if target.starts_with("delete:") || target == "gc" {
        return d.storage.busy.is_none();
    }
    d.storage.find(target).is_none_or(|c| c.state != State::Pending)
}

/// Builds the final response for a waited operation.
pub fn outcome(d: &Daemon, target: &str) -> Response {
    if target.strip_prefix("restore:").is_some() {
        return match restore_view(d) {
            Some(view) if view.error.is_some() => Response::json(500, &view),
            Some(view) => Response::json(200, &view),
            None => Response::error(500, "restore status lost"),
        };
    }
    if let Some(id) = target.strip_prefix("delete:") {
        return match d.storage.find(id) {
            Some(_) => Response::error(500, format!("failed to delete checkpoint {id}; see the daemon log")),
            None => Response::no_content(),
        };
    }
    if target == "gc" {
        return match &d.storage.last_gc {
            Some(report) if report.error.is_some() => Response::json(500, report),
            Some(report) => Response::json(200, report),
            None => Response::error(500, "garbage collection status lost"),
        };
    }
    match d.storage.find(target) {
        Some(checkpoint) if checkpoint.state == State::Failed => Response::json(500, &view(checkpoint)),
        Some(checkpoint) => Response::json(200, &view(checkpoint)),
        None => Response::error(404, format!("checkpoint {target} not found")),
    }
}

/// Reads the comment of a checkpoint request; an empty body has none.
pub(super) fn comment_from_body(request: &Request) -> Result<String, Response> {
    if request.body.iter().all(u8::is_ascii_whitespace) {
        return Ok(String::new());
    }
    let comment = parse_body::<CreateBody>(request)?.comment.unwrap_or_default();
    if comment.len() > MAX_COMMENT {
        return Err(Response::error(400, format!("comment is {} bytes; the limit is {MAX_COMMENT}", comment.len())));
    }
    Ok(comment)
}

fn create(d: &mut Daemon, request: &Request, _params: &Params) -> Reply {
    let comment = match comment_from_body(request) {
        Ok(comment) => comment,
        Err(response) => return response.into(),
    };
    let id = match storage::create_checkpoint(d, comment) {
        Ok(id) => id,
        Err(response) => return response.into(),
    };
    if request.query_flag("wait") {
        return wait_for(id);
    }
    match d.storage.find(&id) {
        Some(checkpoint) => Response::json(202, &view(checkpoint)).into(),
        None => Response::error(500, "checkpoint vanished").into(),
    }
}

fn list(d: &mut Daemon, _request: &Request, _params: &Params) -> Reply {
    let view = ListView {
        store: d.storage.store_config.url.clone(),
        busy: d.storage.busy.as_ref().map(|b| b.describe()),
        chunks: storage::indexed_chunks(d) as u64,
        cache: d.storage.cache.as_ref().map(|cache| CacheView {
            bytes: cache.size(),
            cap: cache.cap(),
            hit_bytes: cache.stats.hit_bytes.load(Ordering::Relaxed),
            miss_bytes: cache.stats.miss_bytes.load(Ordering::Relaxed),
            corrupt_reads: cache.stats.corrupt_reads.load(Ordering::Relaxed),
            evicted_packs: cache.stats.evicted_packs.load(Ordering::Relaxed),
        }),
        checkpoints: d.storage.checkpoints.iter().map(view).collect(),
        last_restore: restore_view(d),
    };
    Response::json(200, &view).into()
}

fn show(d: &mut Daemon, request: &Request, params: &Params) -> Reply {
    let id = params.get("id");
    if request.query_flag("follow") && d.storage.find(id).is_some() {
        let id = id.to_string();
        return Reply::Takeover(Box::new(move |d: &mut Daemon, upgraded| {
            storage::follow::start(d, id, upgraded.stream)
        }));
    }
    match d.storage.find(id) {
        Some(checkpoint) => Response::json(200, &view(checkpoint)).into(),
        None => Response::error(404, format!("checkpoint {id:?} not found; list them with GET /v1/checkpoints")).into(),
    }
}

fn delete(d: &mut Daemon, request: &Request, params: &Params) -> Reply {
    let id = params.get("id").to_string();
    if let Err(response) = storage::delete_checkpoint(d, &id) {
        return response.into();
    }
    if d.storage.find(&id).is_none() {
        return Response::no_content().into();
    }
    if request.query_flag("wait") {
        return wait_for(format!("delete:{id}"));
    }
    Response::json(202, &DeleteView { id, state: "deleting" }).into()
}

#[derive(Serialize)]
struct DeleteView {
    id: String,
    state: &'static str,
}

/// Resolves the checkpoint id of a restore request: `latest` names the
/// newest complete checkpoint, as `serve --restore` does; any other id is
/// returned as it is.
pub(super) fn resolve_restore_id(d: &Daemon, id: &str) -> Result<String, Response> {
    if id != "latest" {
        return Ok(id.to_string());
    }
    match d.storage.latest() {
        Some(checkpoint) => Ok(checkpoint.id.clone()),
        None => Err(Response::error(404, "no complete checkpoint to restore as latest; create one first")),
    }
}

fn restore(d: &mut Daemon, request: &Request, params: &Params) -> Reply {
    let id = match resolve_restore_id(d, params.get("id")) {
        Ok(id) => id,
        Err(response) => return response.into(),
    };
    if let Err(response) = storage::restore_checkpoint(d, &id) {
        return response.into();
    }
    if request.query_flag("wait") {
        return wait_for(format!("restore:{id}"));
    }
    match restore_view(d) {
        Some(view) => Response::json(202, &view).into(),
        None => Response::error(500, "restore status lost").into(),
    }
}

fn gc(d: &mut Daemon, request: &Request, _params: &Params) -> Reply {
    if let Err(response) = storage::gc(d) {
        return response.into();
    }
    if request.query_flag("wait") {
        return wait_for("gc".to_string());
    }
    Response::json(202, &DeleteView { id: "gc".into(), state: "running" }).into()
}
