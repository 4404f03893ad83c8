//! Services under `/v1/sprites/{name}/services`, in the Sprites SDKs'
//! shapes. Listing, reading, defining and deleting go to the handlers of
//! `/v1/services`; starting, stopping and restarting call the service
//! manager and then respond with a stream of NDJSON events (`started`,
//! `stdout`, `stderr`, `stopping`, `stopped`, `exit`, `error`, `complete`)
//! once the service has reached the new state, as the SDKs read them.
//!
//! With `duration` (such as `2s`), a start waits that long after the
//! service runs and includes the output it logged meanwhile.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use miniserde::{json, Deserialize, Serialize};

use super::{parse_body, services as plain, Params, Route};
use crate::daemon::Daemon;
use crate::http::{deferred, Reply, Request, Response, Upgraded};
use crate::services::{self, SaveError, Status};
use crate::sys::ExitStatus;

pub const ROUTES: &[Route] = &[
    Route { method: "GET", pattern: "/v1/sprites/{name}/services", handler: list, inside: false },
    Route { method: "POST", pattern: "/v1/sprites/{name}/services/signal", handler: signal, inside: false },
    Route { method: "GET", pattern: "/v1/sprites/{name}/services/{service}", handler: get, inside: false },
    Route { method: "PUT", pattern: "/v1/sprites/{name}/services/{service}", handler: put, inside: false },
    Route { method: "DELETE", pattern: "/v1/sprites/{name}/services/{service}", handler: delete, inside: false },
    Route { method: "POST", pattern: "/v1/sprites/{name}/services/{service}/start", handler: start, inside: false },
    Route { method: "POST", pattern: "/v1/sprites/{name}/services/{service}/stop", handler: stop, inside: false },
    Route { method: "POST", pattern: "/v1/sprites/{name}/services/{service}/restart", handler: restart, inside: false },
    Route { method: "GET", pattern: "/v1/sprites/{name}/services/{service}/logs", handler: logs, inside: false },
];

/// Maximum `duration` or `timeout` a request may ask for.
const MAX_WAIT: Duration = Duration::from_secs(300);
/// Time a start waits for the service to run before it reports an error.
const START_TIMEOUT: Duration = Duration::from_secs(30);
/// Time a stop waits without `timeout`.
const STOP_TIMEOUT: Duration = Duration::from_secs(30);
/// Log records scanned for output logged since a start.
const LOG_SCAN: usize = 10_000;

/// Builds the parameters that the `/v1/services` handlers read, where
/// `name` is the service.
fn service_params(params: &Params) -> Params {
    Params(vec![("name", params.get("service").to_string())])
}

fn list(d: &mut Daemon, request: &Request, params: &Params) -> Reply {
    plain::list(d, request, params)
}

fn get(d: &mut Daemon, request: &Request, params: &Params) -> Reply {
    plain::get(d, request, &service_params(params))
}

fn delete(d: &mut Daemon, request: &Request, params: &Params) -> Reply {
    plain::delete(d, request, &service_params(params))
}

/// One NDJSON event of a service stream.
#[derive(Serialize)]
struct Event {
    #[serde(rename = "type")]
    kind: &'static str,
    data: Option<String>,
    exit_code: Option<i32>,
    /// Milliseconds since the Unix epoch.
    timestamp: u64,
}

fn event(kind: &'static str, data: Option<String>) -> Event {
    let timestamp = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_millis() as u64;
    Event { kind, data, exit_code: None, timestamp }
}

/// Parses `2s`, `2.5s`, `500ms`, `1m` or a bare number of seconds.
fn parse_duration(text: &str) -> Option<Duration> {
    let (number, unit) = match text.find(|c: char| c.is_ascii_alphabetic()) {
        Some(at) => text.split_at(at),
        None => (text, "s"),
    };
    let value: f64 = number.parse().ok().filter(|v: &f64| v.is_finite() && *v >= 0.0)?;
    let seconds = match unit {
        "ms" => value / 1000.0,
        "s" => value,
        "m" => value * 60.0,
        _ => return None,
    };
    Some(Duration::from_secs_f64(seconds.min(MAX_WAIT.as_secs_f64())))
}

fn duration_query(request: &Request, name: &str) -> Result<Option<Duration>, Response> {
    match request.query(name) {
        None => Ok(None),
        Some(text) => parse_duration(&text).map(Some).ok_or_else(|| {
            Response::error(400, format!("invalid {name} {text:?}; use a duration such as 2s or 500ms"))
        }),
    }
}

/// Formats the current time as the log pipeline does, so that record
/// timestamps compare with it as text.
fn log_clock() -> String {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    crate::logger::format_rfc3339_micros(now.as_secs(), now.subsec_micros())
}

/// A log record as `logs::tail_json` writes it.
#[derive(Deserialize)]
struct LogRecord {
    time: String,
    stream: String,
    partial: bool,
    line: String,
}

/// Output events for what `service` logged at or after `since`.
fn output_since(d: &mut Daemon, service: &str, since: &str) -> Vec<Event> {
    let raw = crate::logs::tail_json(d, service, LOG_SCAN);
    let text = String::from_utf8_lossy(&raw);
    let mut events = Vec::new();
    for line in text.lines() {
        let Ok(record) = json::from_str::<LogRecord>(line) else { continue };
        if record.time.as_str() < since {
            continue;
        }
        let kind = if record.stream == "stderr" { "stderr" } else { "stdout" };
        let mut data = record.line;
        if !record.partial {
            data.push('\n');
        }
        events.push(event(kind, Some(data)));
    }
    events
}

fn exit_event(status: Option<ExitStatus>) -> Event {
    let mut exit = event("exit", None);
    exit.exit_code = status.map(ExitStatus::shell_code);
    exit
}

/// Target state of a service stream.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Goal {
    /// The service runs (for `duration` more), or it has exited.
    Running(Duration),
    /// The service has stopped.
    Stopped,
}

/// Responds with the events of `service` reaching `goal`, once it has.
fn stream_until(name: String, goal: Goal, limit: Duration, first: Vec<Event>) -> Reply {
    let since = log_clock();
    let deadline = Instant::now() + limit;
    Reply::Takeover(Box::new(move |d: &mut Daemon, upgraded: Upgraded| {
        let mut first = Some(first);
        let mut running_since: Option<Instant> = None;
        let check = move |d: &mut Daemon, expired: bool| {
            let Some(service) = d.services.get(&name) else {
                let mut events = first.take().unwrap_or_default();
                events.push(event("error", Some(format!("service {name:?} was deleted"))));
                return Some(Response::ndjson(&events));
            };
            let (status, last_exit, error) = (service.status, service.last_exit, service.error.clone());
            let done = match goal {
                Goal::Running(duration) => {
                    if status == Status::Running {
                        let since = *running_since.get_or_insert_with(Instant::now);
                        since.elapsed() >= duration
                    } else {
                        matches!(status, Status::Stopped | Status::Failed)
                    }
                }
                Goal::Stopped => matches!(status, Status::Stopped | Status::Failed),
            };
            if !done && !expired {
                return None;
            }
            let mut events = first.take().unwrap_or_default();
            if running_since.is_some() {
                events.push(event("started", Some(name.clone())));
            }
            events.extend(output_since(d, &name, &since));
            if matches!(status, Status::Stopped | Status::Failed) {
                if goal == Goal::Stopped {
                    events.push(event("stopped", Some(name.clone())));
                }
                events.push(exit_event(last_exit));
            }
            if let Some(error) = error {
                events.push(event("error", Some(error)));
            } else if !done {
                let wanted = if goal == Goal::Stopped { "stop" } else { "start" };
                let message = format!("service {name:?} did not {wanted} within {}s", limit.as_secs());
                events.push(event("error", Some(message)));
            }
            events.push(event("complete", None));
            Some(Response::ndjson(&events))
        };
        deferred::wait(d, upgraded, deadline, Box::new(check));
    }))
}

fn put(d: &mut Daemon, request: &Request, params: &Params) -> Reply {
    let duration = match duration_query(request, "duration") {
        Ok(duration) => duration.unwrap_or_default(),
        Err(response) => return response.into(),
    };
    let service = params.get("service").to_string();
    match plain::put(d, request, &service_params(params)) {
        Reply::Response(response) if response.status < 300 => {
            stream_until(service, Goal::Running(duration), START_TIMEOUT + duration, Vec::new())
        }
        other => other,
    }
}

/// Runs a service action, then streams until the service reaches `goal`.
fn act(
    d: &mut Daemon,
    request: &Request,
    params: &Params,
    action: fn(&mut Daemon, &str) -> Result<(), SaveError>,
    goal: Goal,
) -> Reply {
    let name = params.get("service").to_string();
    let (limit, goal) = match goal {
        Goal::Running(_) => match duration_query(request, "duration") {
            Ok(duration) => {
                let duration = duration.unwrap_or_default();
                (START_TIMEOUT + duration, Goal::Running(duration))
            }
            Err(response) => return response.into(),
        },
        Goal::Stopped => match duration_query(request, "timeout") {
            Ok(timeout) => (timeout.unwrap_or(STOP_TIMEOUT), Goal::Stopped),
            Err(response) => return response.into(),
        },
    };
    if d.services.get(&name).is_none() {
        return Response::error(404, format!("no service named {name:?}; list them with GET .../services")).into();
    }
    if let Err(err) = action(d, &name) {
        return err.response().into();
    }
    let first = if goal == Goal::Stopped { vec![event("stopping", Some(name.clone()))] } else { Vec::new() };
    stream_until(name, goal, limit, first)
}

fn start(d: &mut Daemon, request: &Request, params: &Params) -> Reply {
    act(d, request, params, services::start_service, Goal::Running(Duration::ZERO))
}

fn stop(d: &mut Daemon, request: &Request, params: &Params) -> Reply {
    act(d, request, params, services::stop_service, Goal::Stopped)
}

fn restart(d: &mut Daemon, request: &Request, params: &Params) -> Reply {
    act(d, request, params, services::restart_service, Goal::Running(Duration::ZERO))
}

/// `GET .../logs?lines=N`: the last `N` records (default 100) as output
/// events.
fn logs(d: &mut Daemon, request: &Request, params: &Params) -> Reply {
    let name = params.get("service");
    if d.services.get(name).is_none() {
        return Response::error(404, format!("no service named {name:?}")).into();
    }
    let lines = match request.query("lines").map(|text| text.parse::<usize>()) {
        None => 100,
        Some(Ok(lines)) if lines <= LOG_SCAN => lines,
        Some(_) => return Response::error(400, format!("invalid lines; use a number from 0 to {LOG_SCAN}")).into(),
    };
    let mut events = output_since(d, name, "");
    let skip = events.len().saturating_sub(lines);
    events.drain(..skip);
    events.push(event("complete", None));
    Response::ndjson(&events).into()
}

#[derive(Deserialize)]
struct SignalRequest {
    name: String,
    signal: String,
}

/// Reads a signal body: the service name and the signal number.
pub(super) fn signal_request(request: &Request) -> Result<(String, i32), Response> {
    let body: SignalRequest = parse_body(request)?;
    let Some(number) = crate::sys::parse_signal(&body.signal) else {
        let message = format!("invalid signal {:?}; use a name such as SIGHUP or a number", body.signal);
        return Err(Response::error(400, message));
    };
    Ok((body.name, number))
}

fn signal(d: &mut Daemon, request: &Request, _params: &Params) -> Reply {
    let (name, number) = match signal_request(request) {
        Ok(parsed) => parsed,
        Err(response) => return response.into(),
    };
    let Some(service) = d.services.get(&name) else {
        return Response::error(404, format!("no service named {name:?}")).into();
    };
    let Some(pid) = service.pid else {
        return Response::error(409, format!("service {name:?} is not running")).into();
    };
    match crate::sys::kill(pid, number) {
        Ok(()) => Response::no_content().into(),
        Err(err) => Response::error(500, format!("failed to signal service {name:?}: {err}")).into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_duration_units() {
        assert_eq!(parse_duration("2s"), Some(Duration::from_secs(2)));
        assert_eq!(parse_duration("2.5s"), Some(Duration::from_millis(2500)));
        assert_eq!(parse_duration("500ms"), Some(Duration::from_millis(500)));
        assert_eq!(parse_duration("3"), Some(Duration::from_secs(3)));
        assert_eq!(parse_duration("1h"), None);
        assert_eq!(parse_duration("-1s"), None);
        assert_eq!(parse_duration("99999s"), Some(MAX_WAIT));
    }
}
