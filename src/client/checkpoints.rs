//! Client subcommands of checkpoints: `checkpoint create|list|delete`,
//! `restore` and `gc`.

use std::io::BufReader;
use std::io::Write;

use super::{
    connect, no_operands, one_operand, percent_encode, read_chunk, read_head, request, write_request, ClientResponse,
};
use crate::addr::Addr;
use crate::logger::format_rfc3339_seconds;

fn call(addr: &Addr, method: &str, path: &str, body: Option<&str>) -> Result<ClientResponse, String> {
    request(addr, method, path, body).map_err(|err| err.to_string())
}

fn body_text(response: &ClientResponse) -> String {
    String::from_utf8_lossy(&response.body).into_owned()
}

/// `guestd checkpoint SUBCOMMAND ...`.
pub fn checkpoint(addr: &Addr, args: &[String]) -> Result<i32, String> {
    match args.first().map(String::as_str) {
        Some("create") => create(addr, &args[1..]),
        Some("list") => {
            no_operands("checkpoint list", &args[1..])?;
            list(addr)
        }
        Some("show") => {
            let id = one_operand("checkpoint show", "checkpoint ID", &args[1..])?;
            let response = call(addr, "GET", &format!("/v1/checkpoints/{}", percent_encode(id)), None)?;
            if response.status != 200 {
                return Err(response.error_message());
            }
            print!("{}", body_text(&response));
            Ok(0)
        }
        Some("delete") => {
            let id = one_operand("checkpoint delete", "checkpoint ID", &args[1..])?;
            let response = call(addr, "DELETE", &format!("/v1/checkpoints/{}?wait=1", percent_encode(id)), None)?;
            if response.status >= 300 {
                return Err(format!("delete failed ({}): {}", response.status, response.error_message()));
            }
            println!("deleted {id}");
            Ok(0)
        }
        Some("restore") => Err("restore is its own command: guestd restore ID (see guestd restore --help)".into()),
        _ => Err("usage: guestd checkpoint create [--wait] [--comment TEXT] | list | show ID | delete ID".into()),
    }
}

fn json_string(text: &str) -> String {
    miniserde::json::to_string(&text.to_string())
}

fn create(addr: &Addr, args: &[String]) -> Result<i32, String> {
    let mut wait = false;
    let mut comment = String::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--wait" => wait = true,
            "--comment" => comment = iter.next().cloned().ok_or("--comment needs a value")?,
            other => return Err(format!("unexpected argument {other:?}; see guestd checkpoint --help")),
        }
    }
    let body = format!("{{\"comment\":{}}}", json_string(&comment));
    let response = call(addr, "POST", "/v1/checkpoints", Some(&body))?;
    if response.status != 202 {
        return Err(format!("checkpoint failed ({}): {}", response.status, response.error_message()));
    }
    let id = field(&body_text(&response), "id").ok_or("response lacks an id")?;
    if !wait {
        println!("{id}");
        return Ok(0);
    }
    let (state, last) = follow_progress(addr, &id)?;
    if state == "complete" {
        println!("{id}");
        return Ok(0);
    }
    Err(format!("checkpoint {id} {state}: {}", field(&last, "error").unwrap_or_else(|| "no error reported".into())))
}

/// Follows the progress stream of checkpoint `id`, keeping one progress
/// line on stderr, and returns its final state and JSON.
fn follow_progress(addr: &Addr, id: &str) -> Result<(String, String), String> {
    let mut conn = connect(addr).map_err(|err| err.to_string())?;
    let path = format!("/v1/checkpoints/{id}?follow=1");
    write_request(&mut conn, "GET", &path, None, &[("Connection", "close")]).map_err(|err| err.to_string())?;
    let mut reader = BufReader::new(conn);
    let (status, headers) = read_head(&mut reader).map_err(|err| err.to_string())?;
    if status != 200 {
        return Err(format!("following checkpoint {id} failed with HTTP {status}"));
    }
    if !is_chunked(&headers) {
        // A daemon that does not stream progress replies with the record.
        return poll_state(addr, id);
    }
    let mut stderr = std::io::stderr();
    // A terminal keeps one line that each record rewrites in place. A file
    // or pipe gets one line per record, without carriage returns.
    let terminal = crate::sys::pty::is_terminal(&stderr);
    let mut buffer = Vec::new();
    let mut last = String::new();
    let mut width = 0;
    while let Some(chunk) = read_chunk(&mut reader).map_err(|err| err.to_string())? {
        buffer.extend_from_slice(&chunk);
        while let Some(end) = buffer.iter().position(|&b| b == b'\n') {
            last = String::from_utf8_lossy(&buffer[..end]).into_owned();
            buffer.drain(..=end);
            let line = progress_line(id, &last);
            if terminal {
                // Spaces cover the rest of a longer line written before.
                let _ = write!(stderr, "\r{line:<width$}");
                width = width.max(line.len());
            } else {
                let _ = writeln!(stderr, "{line}");
            }
        }
    }
    if terminal {
        let _ = writeln!(stderr);
    }
    let state = field(&last, "state").ok_or_else(|| format!("the progress stream of {id} ended without a state"))?;
    Ok((state, last))
}

/// Describes one record of a checkpoint's progress stream: the work done
/// while it is pending, its size once it has finished.
fn progress_line(id: &str, record: &str) -> String {
    let number = |name: &str| field(record, name).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
    if record.contains("\"progress\":null") {
        return format!(
            "{id}: {}, {} entries, {} bytes, {} new bytes stored",
            field(record, "state").unwrap_or_default(),
            number("entries"),
            number("logical_bytes"),
            number("stored_bytes")
        );
    }
    format!(
        "{id}: {} / {} MiB, {} / {} files",
        number("bytes_done") >> 20,
        number("bytes_total") >> 20,
        number("files_done"),
        number("files_total")
    )
}

fn is_chunked(headers: &[(String, String)]) -> bool {
    headers.iter().any(|(name, value)| {
        name.eq_ignore_ascii_case("transfer-encoding") && value.to_ascii_lowercase().contains("chunked")
    })
}

/// Time between two reads of a checkpoint's state while polling.
const POLL_INTERVAL: std::time::Duration = std::time::Duration::from_millis(250);

/// Reads checkpoint `id` until it is no longer pending, for daemons that
/// do not stream progress, and returns its final state and JSON.
fn poll_state(addr: &Addr, id: &str) -> Result<(String, String), String> {
    loop {
        let response = call(addr, "GET", &format!("/v1/checkpoints/{id}"), None)?;
        if response.status != 200 {
            return Err(format!("reading checkpoint {id} failed ({}): {}", response.status, response.error_message()));
        }
        let text = body_text(&response);
        let state = field(&text, "state").ok_or_else(|| format!("checkpoint {id} has no state in {text:?}"))?;
        if state != "pending" {
            return Ok((state, text));
        }
        std::thread::sleep(POLL_INTERVAL);
    }
}

fn list(addr: &Addr) -> Result<i32, String> {
    let response = call(addr, "GET", "/v1/checkpoints", None)?;
    if response.status != 200 {
        return Err(response.error_message());
    }
    #[derive(miniserde::Deserialize)]
    struct Item {
        id: String,
        created_at: u64,
        comment: String,
        state: String,
        logical_bytes: u64,
        stored_bytes: u64,
    }
    #[derive(miniserde::Deserialize)]
    struct List {
        checkpoints: Vec<Item>,
    }
    let parsed: List = miniserde::json::from_str(&body_text(&response)).map_err(|_| "invalid list response")?;
    // The API keeps `created_at` in Unix seconds; people read UTC.
    println!("{:<24} {:<20} {:<9} {:>14} {:>14}  COMMENT", "ID", "CREATED (UTC)", "STATE", "SIZE", "NEW BYTES");
    for item in parsed.checkpoints {
        println!(
            "{:<24} {:<20} {:<9} {:>14} {:>14}  {}",
            item.id,
            format_rfc3339_seconds(item.created_at),
            item.state,
            item.logical_bytes,
            item.stored_bytes,
            item.comment
        );
    }
    Ok(0)
}

/// `guestd restore ID`: waits until the container runs the restored tree.
pub fn restore(addr: &Addr, args: &[String]) -> Result<i32, String> {
    let id = one_operand("restore", "checkpoint ID (or latest)", args)?;
    let response = call(addr, "POST", &format!("/v1/checkpoints/{}/restore?wait=1", percent_encode(id)), None)?;
    if response.status != 200 {
        return Err(format!("restore failed ({}): {}", response.status, response.error_message()));
    }
    // The daemon resolves `latest`, and its reply contains the checkpoint id.
    println!("restored {}", field(&body_text(&response), "id").unwrap_or_else(|| id.to_string()));
    Ok(0)
}

/// `guestd gc`: deletes packs no checkpoint uses.
pub fn gc(addr: &Addr, args: &[String]) -> Result<i32, String> {
    no_operands("gc", args)?;
    let response = call(addr, "POST", "/v1/gc?wait=1", None)?;
    if response.status != 200 {
        return Err(format!("gc failed ({}): {}", response.status, response.error_message()));
    }
    print!("{}", body_text(&response));
    Ok(0)
}

/// Finds a string or number field anywhere in a flat JSON text.
fn field(json: &str, name: &str) -> Option<String> {
    let key = format!("\"{name}\":");
    let start = json.find(&key)? + key.len();
    let rest = json[start..].trim_start();
    if let Some(stripped) = rest.strip_prefix('"') {
        let end = stripped.find('"')?;
        Some(stripped[..end].to_string())
    } else {
        let end = rest.find([',', '}', ']']).unwrap_or(rest.len());
        Some(rest[..end].trim().to_string()).filter(|v| v != "null")
    }
}
