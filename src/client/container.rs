//! Client subcommands of the container and its ports: `container
//! status|restart` and `ports`.

use super::{request, ClientResponse};
use crate::addr::Addr;

/// Usage of `guestd container`, also its `--help`.
pub const CONTAINER_USAGE: &str = "\
Usage: guestd container status
       guestd container restart

status prints the container's state, limits and usage as JSON.
restart stops the container (services and exec sessions with it) and
starts it again from the same upper layer, then prints its new state; it
waits until the container runs again and exits 1 if it did not start.
";

/// Usage of `guestd ports`, also its `--help`.
pub const PORTS_USAGE: &str = "\
Usage: guestd ports [--json]

Lists the TCP ports that listen inside the container and the daemon's own
forwarding listeners (--publish, service and vsock ports). --json prints
the daemon's response as it is.
";

fn call(addr: &Addr, method: &str, path: &str) -> Result<ClientResponse, String> {
    request(addr, method, path, None).map_err(|err| err.to_string())
}

/// `guestd container status|restart`.
pub fn container(addr: &Addr, args: &[String]) -> Result<i32, String> {
    let (method, path, action) = match args.first().map(String::as_str) {
        Some("status") if args.len() == 1 => ("GET", "/v1/container", "status"),
        Some("restart") if args.len() == 1 => ("POST", "/v1/container/restart", "restart"),
        None => {
            eprint!("{CONTAINER_USAGE}");
            return Ok(2);
        }
        Some(action @ ("status" | "restart")) => {
            return Err(format!("unexpected argument {:?}; container {action} takes none", args[1]))
        }
        Some(other) => {
            return Err(format!("unknown container action {other:?}; expected container status or container restart"))
        }
    };
    let response = call(addr, method, path)?;
    if response.status != 200 {
        return Err(format!("container {action} failed ({}): {}", response.status, response.error_message()));
    }
    println!("{}", String::from_utf8_lossy(&response.body).trim_end());
    Ok(0)
}

#[derive(miniserde::Deserialize)]
struct Port {
    port: u16,
    address: String,
    pid: Option<u32>,
    command: Option<String>,
}

#[derive(miniserde::Deserialize)]
struct Listener {
    kind: String,
    address: String,
    port: u16,
}

#[derive(miniserde::Deserialize)]
struct PortList {
    ports: Vec<Port>,
    listeners: Vec<Listener>,
}

/// `guestd ports [--json]`.
pub fn ports(addr: &Addr, args: &[String]) -> Result<i32, String> {
    let json = match args {
        [] => false,
        [flag] if flag == "--json" => true,
        _ => {
            let extra = args.iter().find(|arg| *arg != "--json").unwrap_or(&args[0]);
            return Err(format!("unexpected argument {extra:?}; see guestd ports --help"));
        }
    };
    let response = call(addr, "GET", "/v1/ports")?;
    if response.status != 200 {
        return Err(format!("ports failed ({}): {}", response.status, response.error_message()));
    }
    let text = String::from_utf8_lossy(&response.body);
    if json {
        println!("{}", text.trim_end());
        return Ok(0);
    }
    let list: PortList =
        miniserde::json::from_str(&text).map_err(|_| format!("invalid response of GET /v1/ports: {text}"))?;
    print!("{}", format_ports(&list));
    Ok(0)
}

/// Formats the container's ports and the forwarding listeners as two tables.
fn format_ports(list: &PortList) -> String {
    let mut out = format!("{:<7} {:<24} {:>8}  COMMAND\n", "PORT", "ADDRESS", "PID");
    for port in &list.ports {
        let pid = port.pid.map_or("-".to_string(), |pid| pid.to_string());
        let command = port.command.as_deref().unwrap_or("-");
        out.push_str(&format!("{:<7} {:<24} {:>8}  {command}\n", port.port, port.address, pid));
    }
    if !list.listeners.is_empty() {
        out.push_str(&format!("\n{:<8} {:<28} TO PORT\n", "LISTENER", "ADDRESS"));
        for listener in &list.listeners {
            // Port 0: each connection names its port (the vsock listener's
            // `CONNECT PORT` header).
            let to = match listener.port {
                0 => "per connection".to_string(),
                port => port.to_string(),
            };
            out.push_str(&format!("{:<8} {:<28} {to}\n", listener.kind, listener.address));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ports_table_lists_ports_and_listeners() {
        let text = r#"{"ports":[{"port":80,"address":"0.0.0.0","family":"ipv4","pid":7,"command":"nginx"},
            {"port":22,"address":"::","family":"ipv6","pid":null,"command":null}],
            "listeners":[{"kind":"publish","address":"127.0.0.1:8080","port":80},
            {"kind":"vsock","address":"vsock:1025","port":0}]}"#;
        let list: PortList = miniserde::json::from_str(text).unwrap();
        let table = format_ports(&list);
        let lines: Vec<&str> = table.lines().collect();
        assert!(lines[1].starts_with("80 "), "{table}");
        assert!(lines[1].ends_with("nginx"), "{table}");
        assert!(lines[2].starts_with("22 "), "{table}");
        assert!(lines[2].ends_with(" -"), "{table}");
        assert!(lines[5].starts_with("publish"), "{table}");
        assert!(lines[5].ends_with(" 80"), "{table}");
        assert!(lines[6].ends_with(" per connection"), "{table}");
    }
}
