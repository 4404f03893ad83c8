//! Checkpoints under `/v1/sprites/{name}/checkpoint(s)`, in the Sprites
//! SDKs' shapes. Creating and restoring call the storage subsystem, then
//! respond once the operation has ended with NDJSON progress events
//! (`info`, then `complete` or `error`), which the SDKs read as
//! `StreamMessage`s. Listing and reading return the SDKs' checkpoint
//! records (`id`, `create_time`, `comment`).

use std::time::{Duration, Instant};

use miniserde::Serialize;

use super::{Params, Route};
use crate::daemon::Daemon;
use crate::http::{deferred, Reply, Request, Response, Upgraded};
use crate::logger::format_rfc3339;
use crate::storage::{self, Checkpoint, State};

pub const ROUTES: &[Route] = &[
    Route { method: "POST", pattern: "/v1/sprites/{name}/checkpoint", handler: create, inside: false },
    Route { method: "GET", pattern: "/v1/sprites/{name}/checkpoints", handler: list, inside: false },
    Route { method: "GET", pattern: "/v1/sprites/{name}/checkpoints/{id}", handler: show, inside: false },
    Route { method: "POST", pattern: "/v1/sprites/{name}/checkpoints/{id}/restore", handler: restore, inside: false },
];

/// Time a create or restore request waits for the operation to end; the
/// SDKs' own timeout is 300 s.
const OPERATION_TIMEOUT: Duration = Duration::from_secs(300);

/// A checkpoint in the fields the SDKs parse.
#[derive(Serialize)]
struct SpriteCheckpoint {
    id: String,
    create_time: String,
    comment: Option<String>,
    history: Option<Vec<String>>,
    state: &'static str,
}

fn sprite_checkpoint(checkpoint: &Checkpoint) -> SpriteCheckpoint {
    SpriteCheckpoint {
        id: checkpoint.id.clone(),
        create_time: format_rfc3339(checkpoint.created_at, 0),
        comment: (!checkpoint.comment.is_empty()).then(|| checkpoint.comment.clone()),
        history: None,
        state: checkpoint.state.name(),
    }
}

/// `GET .../checkpoints`: every checkpoint, oldest first. The SDKs'
/// `history` filter is accepted and ignored.
fn list(d: &mut Daemon, _request: &Request, _params: &Params) -> Reply {
    let checkpoints: Vec<SpriteCheckpoint> = d.storage.checkpoints.iter().map(sprite_checkpoint).collect();
    Response::json(200, &checkpoints).into()
}

fn show(d: &mut Daemon, _request: &Request, params: &Params) -> Reply {
    let id = params.get("id");
    match d.storage.find(id) {
        Some(checkpoint) => Response::json(200, &sprite_checkpoint(checkpoint)).into(),
        None => Response::error(404, format!("checkpoint {id:?} not found; list them with GET .../checkpoints")).into(),
    }
}

/// One NDJSON event of a checkpoint or restore stream.
#[derive(Serialize)]
struct Event {
    #[serde(rename = "type")]
    kind: &'static str,
    data: Option<String>,
    error: Option<String>,
}

fn info(data: String) -> Event {
    Event { kind: "info", data: Some(data), error: None }
}

fn complete(id: &str) -> Event {
    Event { kind: "complete", data: Some(id.to_string()), error: None }
}

fn failure(error: String) -> Event {
    Event { kind: "error", data: None, error: Some(error) }
}

fn create(d: &mut Daemon, request: &Request, _params: &Params) -> Reply {
    let comment = match super::checkpoints::comment_from_body(request) {
        Ok(comment) => comment,
        Err(response) => return response.into(),
    };
    let id = match storage::create_checkpoint(d, comment) {
        Ok(id) => id,
        Err(response) => return response.into(),
    };
    let deadline = Instant::now() + OPERATION_TIMEOUT;
    Reply::Takeover(Box::new(move |d: &mut Daemon, upgraded: Upgraded| {
        let check = move |d: &mut Daemon, expired: bool| {
            let mut events = vec![info(format!("creating checkpoint {id}"))];
            match d.storage.find(&id) {
                Some(checkpoint) if checkpoint.state == State::Complete => {
                    events.push(info(format!(
                        "checkpoint {id} stored: {} entries, {} bytes, {} bytes new, container frozen {} ms",
                        checkpoint.entries,
                        checkpoint.logical_bytes,
                        checkpoint.stored_bytes,
                        checkpoint.frozen_ms.unwrap_or(0)
                    )));
                    events.push(complete(&id));
                }
                Some(checkpoint) if checkpoint.state == State::Failed => {
                    let error = checkpoint.error.clone().unwrap_or_else(|| "checkpoint failed".into());
                    events.push(failure(error));
                }
                Some(_) if !expired => return None,
                Some(_) => {
                    let error = format!("checkpoint {id} still running after {}s", OPERATION_TIMEOUT.as_secs());
                    events.push(failure(error));
                }
                None => {
                    let error = format!("checkpoint {id} disappeared while it was being created");
                    events.push(failure(error));
                }
            }
            Some(Response::ndjson(&events))
        };
        deferred::wait(d, upgraded, deadline, Box::new(check));
    }))
}

fn restore(d: &mut Daemon, _request: &Request, params: &Params) -> Reply {
    let id = match super::checkpoints::resolve_restore_id(d, params.get("id")) {
        Ok(id) => id,
        Err(response) => return response.into(),
    };
    if let Err(response) = storage::restore_checkpoint(d, &id) {
        return response.into();
    }
    let deadline = Instant::now() + OPERATION_TIMEOUT;
    Reply::Takeover(Box::new(move |d: &mut Daemon, upgraded: Upgraded| {
        let check = move |d: &mut Daemon, expired: bool| {
            let status = d.storage.last_restore.clone().filter(|status| status.id == id);
            let mut events = vec![info(format!("restoring checkpoint {id}"))];
            match status {
                Some(status) if status.state == "running" && !expired => return None,
                Some(status) if status.state == "running" => {
                    let error = format!("restore of {id} still running after {}s", OPERATION_TIMEOUT.as_secs());
                    events.push(failure(error));
                }
                Some(status) => match status.error {
                    Some(error) => events.push(failure(error)),
                    None => {
                        let took = status.duration_ms.unwrap_or(0);
                        events.push(info(format!("restored checkpoint {id} in {took} ms")));
                        events.push(complete(&id));
                    }
                },
                None => {
                    let error = "the restore status was replaced by another restore".to_string();
                    events.push(failure(error));
                }
            }
            Some(Response::ndjson(&events))
        };
        deferred::wait(d, upgraded, deadline, Box::new(check));
    }))
}
