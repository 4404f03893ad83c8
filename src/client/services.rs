//! `guestd service ...` and `guestd logs ...`: clients of the services
//! and logs API.

use std::collections::BTreeMap;
use std::io::{BufReader, Write};

use miniserde::{json, Deserialize, Serialize};

use super::{connect, read_chunk, read_head, request, write_request};
use crate::addr::Addr;

pub const SERVICE_USAGE: &str = "\
Usage: guestd service list
       guestd service get NAME
       guestd service put NAME [OPTIONS] [--] CMD [ARGS...]
       guestd service delete|start|stop|restart NAME

Options of put:
  --needs A,B           services that must run before this one
  --http-port PORT      port the service serves HTTP on, for ingress
  --restart POLICY      always (default), on-failure or never
  --env KEY=VALUE       environment variable; repeatable
  --dir DIR             working directory inside the container; default /
  --stop-signal SIGNAL  signal that asks the service to stop; default SIGTERM
  --grace-ms MS         milliseconds from the stop signal to SIGKILL;
                        default 5000
  --disabled            define the service without starting it
";

pub const LOGS_USAGE: &str = "\
Usage: guestd logs [-f] [-n N] NAME

Prints the newest N records (default 100, at most 100000) of service NAME,
or of the daemon itself when NAME is guestd; -f keeps printing new records.

With -f, exits 1 with a message when the stream ends: the service was
deleted (right after the records for a service deleted earlier, whose
log files remain), the daemon shut down and closed it, or the connection
dropped without an end of stream (the daemon was killed or crashed).
A NAME without a service or log files is an error at once.
";

#[derive(Serialize)]
struct PutBody {
    cmd: String,
    args: Vec<String>,
    env: BTreeMap<String, String>,
    dir: Option<String>,
    needs: Vec<String>,
    http_port: Option<u16>,
    restart: Option<String>,
    stop_signal: Option<String>,
    grace_period_ms: Option<u64>,
    enabled: bool,
}

#[derive(Deserialize)]
struct StateRow {
    status: String,
    pid: Option<i64>,
    restart_count: u64,
    error: Option<String>,
}

#[derive(Deserialize)]
struct ServiceRow {
    name: String,
    cmd: String,
    args: Vec<String>,
    state: StateRow,
}

#[derive(Deserialize)]
struct LogLine {
    line: Option<String>,
    partial: Option<bool>,
    dropped: Option<u64>,
    /// Reason the daemon ended a follow stream: `deleted` or `shutdown`.
    end: Option<String>,
}

/// Runs `guestd service ARGS`.
pub fn service(addr: &Addr, args: &[String]) -> Result<i32, String> {
    let Some(action) = args.first() else {
        eprint!("{SERVICE_USAGE}");
        return Ok(2);
    };
    let name = args.get(1).map(String::as_str);
    let path = |name: &str| format!("/v1/services/{}", super::percent_encode(name));
    // The one operand of the actions that take only a name.
    let only_name = || super::one_operand(&format!("service {action}"), "service name", &args[1..]);
    match (action.as_str(), name) {
        // A help flag in place of the name prints the help: `service delete
        // --help` must not send a delete.
        ("help" | "--help" | "-h", _) | (_, Some("--help" | "-h")) => {
            print!("{SERVICE_USAGE}");
            Ok(0)
        }
        ("list", _) => {
            super::no_operands("service list", &args[1..])?;
            list(addr)
        }
        ("get", Some(_)) => print_json(addr, "GET", &path(only_name()?), None),
        ("put", Some("")) => Err("service put needs a service name, not an empty string".into()),
        ("put", Some(name)) => {
            let body = put_body(&args[2..])?;
            print_json(addr, "PUT", &path(name), Some(&json::to_string(&body)))
        }
        ("delete", Some(_)) => print_json(addr, "DELETE", &path(only_name()?), None),
        ("start" | "stop" | "restart", Some(_)) => {
            print_json(addr, "POST", &format!("{}/{action}", path(only_name()?)), None)
        }
        ("get" | "put" | "delete" | "start" | "stop" | "restart", None) => {
            eprintln!("guestd: service {action} needs a service name");
            eprint!("{SERVICE_USAGE}");
            Ok(2)
        }
        _ => {
            eprintln!("guestd: unknown service action {action:?}");
            eprint!("{SERVICE_USAGE}");
            Ok(2)
        }
    }
}

fn put_body(args: &[String]) -> Result<PutBody, String> {
    let mut body = PutBody {
        cmd: String::new(),
        args: Vec::new(),
        env: BTreeMap::new(),
        dir: None,
        needs: Vec::new(),
        http_port: None,
        restart: None,
        stop_signal: None,
        grace_period_ms: None,
        enabled: true,
    };
    let mut iter = args.iter();
    let mut command = Vec::new();
    while let Some(arg) = iter.next() {
        // A flag directly before `--` lacks its value: `--` starts the command.
        let mut value = |flag: &str| match iter.next() {
            Some(next) if next != "--" => Ok(next.clone()),
            _ => Err(format!("{flag} needs a value; see guestd service help")),
        };
        match arg.as_str() {
            "--needs" => {
                body.needs = value("--needs")?.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect()
            }
            "--http-port" => {
                let text = value("--http-port")?;
                body.http_port =
                    Some(text.parse().map_err(|_| format!("--http-port {text:?}: expected a port number"))?);
            }
            "--restart" => body.restart = Some(value("--restart")?),
            "--env" => {
                let pair = value("--env")?;
                let (key, val) = pair
                    .split_once('=')
                    .filter(|(key, _)| !key.is_empty())
                    .ok_or_else(|| format!("--env {pair:?}: expected KEY=VALUE with a non-empty KEY"))?;
                body.env.insert(key.to_string(), val.to_string());
            }
            "--dir" => body.dir = Some(value("--dir")?),
            "--stop-signal" => body.stop_signal = Some(value("--stop-signal")?),
            "--grace-ms" => {
                let text = value("--grace-ms")?;
                body.grace_period_ms =
                    Some(text.parse().map_err(|_| format!("--grace-ms {text:?}: expected milliseconds"))?);
            }
            "--disabled" => body.enabled = false,
            "--" => {
                command.extend(iter.by_ref().cloned());
                break;
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}; see guestd service help")),
            _ => {
                command.push(arg.clone());
                command.extend(iter.by_ref().cloned());
                break;
            }
        }
    }
    let mut command = command.into_iter();
    body.cmd = command.next().ok_or("missing the command to run; see guestd service help")?;
    body.args = command.collect();
    Ok(body)
}

fn print_json(addr: &Addr, method: &str, path: &str, body: Option<&str>) -> Result<i32, String> {
    let response = request(addr, method, path, body).map_err(|err| err.to_string())?;
    if response.status >= 300 {
        return Err(format!("{method} {path} failed ({}): {}", response.status, response.error_message()));
    }
    std::io::stdout().write_all(&response.body).map_err(|err| err.to_string())?;
    Ok(0)
}

fn list(addr: &Addr) -> Result<i32, String> {
    let response = request(addr, "GET", "/v1/services", None).map_err(|err| err.to_string())?;
    if response.status != 200 {
        return Err(format!("listing services failed ({}): {}", response.status, response.error_message()));
    }
    let text = String::from_utf8_lossy(&response.body);
    let rows: Vec<ServiceRow> =
        json::from_str(&text).map_err(|_| "invalid service list from the daemon".to_string())?;
    println!("{:<24} {:<9} {:>8} {:>8}  COMMAND", "NAME", "STATUS", "PID", "RESTARTS");
    for row in rows {
        let pid = row.state.pid.map(|pid| pid.to_string()).unwrap_or_else(|| "-".into());
        let command = super::shell_join(&std::iter::once(row.cmd).chain(row.args).collect::<Vec<_>>());
        println!("{:<24} {:<9} {pid:>8} {:>8}  {command}", row.name, row.state.status, row.state.restart_count);
        if let Some(error) = row.state.error {
            println!("{:<24} {error}", "");
        }
    }
    Ok(0)
}

/// Runs `guestd logs ARGS`.
pub fn logs(addr: &Addr, args: &[String]) -> Result<i32, String> {
    let mut follow = false;
    let mut tail = None;
    let mut name = None;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "-f" | "--follow" => follow = true,
            "-n" | "--tail" => {
                let text = iter.next().ok_or("-n needs a number of records")?;
                let max = crate::api::MAX_TAIL;
                let too_large = || format!("-n {text:?}: too large; at most {max}");
                let records = text.parse::<usize>().map_err(|err| match err.kind() {
                    std::num::IntErrorKind::PosOverflow => too_large(),
                    _ => format!("-n {text:?}: expected a whole number of records"),
                })?;
                if records > max {
                    return Err(too_large());
                }
                tail = Some(records);
            }
            "-h" | "--help" => {
                print!("{LOGS_USAGE}");
                return Ok(0);
            }
            other if name.is_none() && !other.starts_with('-') => name = Some(other.to_string()),
            other => return Err(format!("unexpected argument {other:?}; see guestd logs --help")),
        }
    }
    let Some(name) = name else {
        eprint!("{LOGS_USAGE}");
        return Ok(2);
    };
    let mut path = format!("/v1/services/{}/logs?tail={}", super::percent_encode(&name), tail.unwrap_or(100));
    if follow {
        path.push_str("&follow=1");
    }
    let mut conn = connect(addr).map_err(|err| err.to_string())?;
    write_request(&mut conn, "GET", &path, None, &[("Connection", "close")]).map_err(|err| err.to_string())?;
    let mut reader = BufReader::new(conn);
    let (status, headers) = read_head(&mut reader).map_err(|err| err.to_string())?;
    let chunked = headers.iter().any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    let mut body = Vec::new();
    if !chunked {
        std::io::Read::read_to_end(&mut reader, &mut body).map_err(|err| err.to_string())?;
        if status != 200 {
            let response = super::ClientResponse { status, headers, body };
            return Err(format!("logs of {name:?} failed ({status}): {}", response.error_message()));
        }
        print_records(&mut body, true);
        return Ok(0);
    }
    let mut end = None;
    loop {
        match read_chunk(&mut reader) {
            Ok(Some(chunk)) => {
                body.extend_from_slice(&chunk);
                end = end.or(print_records(&mut body, false));
            }
            Ok(None) => break,
            Err(err) => {
                print_records(&mut body, true);
                return Err(dropped_stream_message(&name, &err));
            }
        }
    }
    end = end.or(print_records(&mut body, true));
    if follow {
        // A follow stream ends only when the service is deleted or the
        // daemon shuts down, so its end is not a success of `logs -f`.
        // A daemon without `end` lines ends it only when it shuts down.
        return Err(match end.as_deref() {
            Some("deleted") => format!("the log stream of {name} ended because service {name} was deleted"),
            None | Some("shutdown") => format!("the log stream of {name} ended because the daemon shut down"),
            Some(other) => format!("the log stream of {name} ended: {other}"),
        });
    }
    Ok(0)
}

/// Describes a stream that broke off without its last chunk: the daemon
/// exited without closing it (killed or crashed), or the connection failed.
fn dropped_stream_message(name: &str, err: &std::io::Error) -> String {
    format!(
        "the log stream of {name} broke off: the connection to the daemon was lost without \
         an end of stream (did the daemon exit or crash?): {err}"
    )
}

/// Prints and removes every complete JSON line of `buffer`. Returns the
/// reason of an `end` line, which the daemon sends last.
fn print_records(buffer: &mut Vec<u8>, all: bool) -> Option<String> {
    let mut end = None;
    let stop = if all { buffer.len() } else { buffer.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1) };
    let mut out = std::io::stdout().lock();
    for raw in buffer[..stop].split(|&b| b == b'\n').filter(|raw| !raw.is_empty()) {
        let text = String::from_utf8_lossy(raw);
        let Ok(record) = json::from_str::<LogLine>(&text) else { continue };
        if let Some(dropped) = record.dropped {
            eprintln!("guestd: {dropped} records skipped: this client read too slowly");
        }
        end = end.or(record.end);
        if let Some(line) = record.line {
            let _ = out.write_all(line.as_bytes());
            if record.partial != Some(true) {
                let _ = out.write_all(b"\n");
            }
        }
    }
    let _ = out.flush();
    buffer.drain(..stop);
    end
}
