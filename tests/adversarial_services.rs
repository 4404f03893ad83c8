//! Attacks on the service manager from user code and faults in the middle
//! of its work: unbounded definitions from inside the container, the
//! daemon killed with SIGKILL while it writes definitions, and service
//! processes killed at random.

mod common;

use std::collections::BTreeMap;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::services::{state_status, Managed};
use common::{json_field, request_on};

/// Services user code may define (`services::definition::MAX_SERVICES`).
const MAX_SERVICES: usize = 256;

/// A small pseudo-random generator seeded from the clock; the seed is
/// printed so a failing run can be repeated by hand.
struct Rng(u64);

impl Rng {
    fn from_clock() -> Rng {
        let seed = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos() as u64 | 1;
        eprintln!("random seed {seed}");
        Rng(seed)
    }

    fn below(&mut self, bound: u64) -> u64 {
        // xorshift64
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % bound
    }
}

#[test]
fn service_count_capped_from_container() {
    let daemon = Managed::start("svc-flood", &[]);
    // A chain in which each service needs the one before, so the
    // dependency check walks the whole chain on every definition.
    let mut rejected_at = None;
    for i in 0..MAX_SERVICES + 50 {
        let needs = if i == 0 { String::new() } else { format!(r#","needs":["s{}"]"#, i - 1) };
        let body = format!(r#"{{"cmd":"true","enabled":false{needs}}}"#);
        let (status, reply) =
            request_on(&daemon.inner_socket, "PUT", &format!("/v1/services/s{i}"), Some(&body)).unwrap();
        if status == 409 {
            assert!(reply.contains(&MAX_SERVICES.to_string()), "{reply}");
            rejected_at = Some(i);
            break;
        }
        assert_eq!(status, 201, "PUT s{i}: {reply}");
    }
    assert_eq!(rejected_at, Some(MAX_SERVICES), "service count not capped");

    // Nothing was written for the rejected one; replacing an existing
    // definition still works at the cap, and the daemon keeps serving.
    let files = std::fs::read_dir(daemon.state_dir.join("services")).unwrap().count();
    assert_eq!(files, MAX_SERVICES);
    let (status, reply) = daemon.put("s0", r#"{"cmd":"false","enabled":false}"#);
    assert_eq!(status, 200, "{reply}");
    let (status, _) = daemon.request("GET", "/v1/status", None);
    assert_eq!(status, 200);
}

/// Builds a disabled service definition that carries `version` in its
/// environment, where the test reads it back.
fn versioned(version: u64) -> String {
    format!(r#"{{"cmd":"true","enabled":false,"env":{{"VERSION":"{version}"}}}}"#)
}

#[test]
fn sigkill_during_definition_writes() {
    let mut daemon = Managed::start("svc-sigkill", &[]);
    let mut rng = Rng::from_clock();
    // Last version of each service that the daemon acknowledged.
    let mut acknowledged: BTreeMap<String, u64> = BTreeMap::new();
    let mut kills = 0;
    let mut writes = 0;
    let mut version = 0;
    for _round in 0..20 {
        let writer = {
            let socket = daemon.socket.clone();
            let start = version;
            std::thread::spawn(move || {
                let mut acks = Vec::new();
                for v in start..start + 10_000 {
                    let name = format!("svc{}", v % 7);
                    match request_on(&socket, "PUT", &format!("/v1/services/{name}"), Some(&versioned(v))) {
                        Ok((200 | 201, _)) => acks.push((name, v)),
                        Ok((status, body)) => panic!("PUT {name} version {v} answered {status}: {body}"),
                        // The daemon died under this request.
                        Err(_) => return (acks, v),
                    }
                }
                (acks, start + 10_000)
            })
        };
        std::thread::sleep(Duration::from_millis(20 + rng.below(200)));
        daemon.kill(libc::SIGKILL);
        // The killed daemon's container died with it; remove its cgroup.
        common::cleanup_cgroups(&daemon.run_dir);
        kills += 1;
        let (acks, next) = writer.join().expect("writer thread panicked");
        writes += acks.len();
        for (name, v) in acks {
            acknowledged.insert(name, v);
        }
        version = next + 1;

        daemon.spawn();
        assert!(!daemon.log().contains("ignoring service definition"), "a definition file was damaged");
        for (name, &v) in &acknowledged {
            let body = daemon.service(name);
            let stored: u64 = body
                .split(r#""VERSION":""#)
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .and_then(|text| text.parse().ok())
                .unwrap_or_else(|| panic!("{name} has no VERSION: {body}"));
            // The request in flight when the daemon died may have been
            // written without being acknowledged, so it may be newer.
            assert!(stored >= v, "{name}: acknowledged version {v} lost, found {stored}");
        }
    }
    eprintln!("{kills} SIGKILLs during {writes} acknowledged definition writes; none lost");
}

#[test]
fn random_service_kills_come_back() {
    let daemon = Managed::start("svc-chaos", &[]);
    let names = ["a", "b", "c"];
    for name in names {
        daemon.define(name, r#"{"cmd":"sleep","args":["120"],"restart":"always"}"#);
    }
    let mut rng = Rng::from_clock();
    for kill in 0..15 {
        let name = names[rng.below(names.len() as u64) as usize];
        let body = daemon.wait_status(name, "running", Duration::from_secs(30));
        let pid: i32 = json_field(&body, "pid").and_then(|p| p.parse().ok()).expect("running service has a pid");
        let signal = if rng.below(2) == 0 { libc::SIGKILL } else { libc::SIGSEGV };
        // SAFETY: kill takes plain integers; the PID is a service process
        // the daemon just reported running.
        unsafe { libc::kill(pid, signal) };
        daemon
            .wait_until(name, Duration::from_secs(40), |b| {
                state_status(b) == "running" && json_field(b, "pid") != Some(pid.to_string())
            })
            .unwrap_or_else(|last| panic!("kill {kill}: {name} did not come back after signal {signal}: {last}"));
    }
    for name in names {
        daemon.wait_status(name, "running", Duration::from_secs(40));
    }
    let (status, _) = daemon.request("GET", "/v1/status", None);
    assert_eq!(status, 200);
}
