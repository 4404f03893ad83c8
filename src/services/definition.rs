//! Service definitions: their JSON shape, validation, the dependency
//! graph check, and atomic persistence as `STATE/services/NAME.json`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use miniserde::{json, Deserialize, Serialize};

/// Version of the definition file format; bumped on incompatible changes.
pub const FORMAT_VERSION: u32 = 1;
/// Maximum length of a service name, in bytes.
pub const MAX_NAME: usize = 64;
/// Maximum number of services. User code inside the container may define
/// services, and each is a file in the daemon's state directory, so the
/// count is bounded; the bound also bounds the dependency walk.
pub const MAX_SERVICES: usize = 256;
/// Maximum grace period between the stop signal and SIGKILL.
pub const MAX_GRACE_MS: u64 = 10 * 60 * 1000;
/// Grace period when a definition names none.
pub const DEFAULT_GRACE_MS: u64 = 5000;

/// Restart policies, applied when a service's process exits on its own.
pub const RESTART_POLICIES: &[&str] = &["always", "on-failure", "never"];

/// A service as stored and as the API shows it (beside its `state`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Definition {
    pub name: String,
    pub cmd: String,
    pub args: Vec<String>,
    pub env: BTreeMap<String, String>,
    /// Working directory inside the container; `/` when absent.
    pub dir: Option<String>,
    pub needs: Vec<String>,
    pub http_port: Option<u16>,
    pub restart: String,
    pub stop_signal: String,
    pub grace_period_ms: u64,
    /// Whether the service should run: set by start and PUT, cleared by
    /// stop, and kept across daemon restarts and container bounces.
    pub enabled: bool,
}

/// The body of `PUT /v1/services/{name}`: every field but `cmd` is
/// optional.
#[derive(Deserialize)]
pub struct DefinitionRequest {
    pub name: Option<String>,
    pub cmd: Option<String>,
    pub args: Option<Vec<String>>,
    pub env: Option<BTreeMap<String, String>>,
    pub dir: Option<String>,
    pub needs: Option<Vec<String>>,
    pub http_port: Option<u16>,
    pub restart: Option<String>,
    pub stop_signal: Option<String>,
    pub grace_period_ms: Option<u64>,
    pub enabled: Option<bool>,
}

/// A definition file on disk.
#[derive(Serialize, Deserialize)]
struct StoredDefinition {
    format_version: u32,
    written_by: String,
    service: Definition,
}

impl DefinitionRequest {
    /// Builds a definition for service `name` with defaults filled in.
    pub fn into_definition(self, name: &str) -> Result<Definition, String> {
        if let Some(body_name) = &self.name {
            if body_name != name {
                return Err(format!(
                    "body names service {body_name:?} but the path names {name:?}; make them match or drop \"name\""
                ));
            }
        }
        let cmd = self.cmd.ok_or("missing \"cmd\": the program to run, for example \"python3\"")?;
        Ok(Definition {
            name: name.to_string(),
            cmd,
            args: self.args.unwrap_or_default(),
            env: self.env.unwrap_or_default(),
            dir: self.dir,
            needs: self.needs.unwrap_or_default(),
            http_port: self.http_port,
            restart: self.restart.unwrap_or_else(|| "always".to_string()),
            stop_signal: self.stop_signal.unwrap_or_else(|| "SIGTERM".to_string()),
            grace_period_ms: self.grace_period_ms.unwrap_or(DEFAULT_GRACE_MS),
            enabled: self.enabled.unwrap_or(true),
        })
    }
}

/// Checks a service name: 1 to 64 bytes of letters, digits, `.`, `_` and
/// `-`, starting with a letter or digit, and not the daemon's own name.
pub fn validate_name(name: &str) -> Result<(), String> {
    if name.is_empty() || name.len() > MAX_NAME {
        return Err(format!("invalid service name {name:?}: must be 1 to {MAX_NAME} bytes"));
    }
    let first_ok = name.as_bytes()[0].is_ascii_alphanumeric();
    let rest_ok = name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
    if !first_ok || !rest_ok {
        return Err(format!(
            "invalid service name {name:?}: use letters, digits, '.', '_' and '-', starting with a letter or digit"
        ));
    }
    if name == crate::logs::DAEMON_SERVICE {
        return Err(format!("invalid service name {name:?}: it is reserved for the daemon's own log"));
    }
    // A service's cgroup leaf is named after it, beside the exec sessions'
    // leaf and the container cgroup's interface files.
    if name == crate::container::cgroup::DEFAULT_LEAF {
        return Err(format!("invalid service name {name:?}: it is reserved for the cgroup of exec sessions"));
    }
    if let Some((prefix, _)) = name.split_once('.') {
        if CGROUP_FILE_PREFIXES.contains(&prefix) {
            return Err(format!(
                "invalid service name {name:?}: names starting with \"{prefix}.\" are reserved for cgroup files"
            ));
        }
    }
    Ok(())
}

/// Prefixes of cgroup v2 interface file names (the core's and every
/// controller's), which service names must not take.
const CGROUP_FILE_PREFIXES: &[&str] = &["cgroup", "cpu", "cpuset", "io", "memory", "pids", "rdma", "hugetlb", "misc"];

/// Checks every field of `def` except whether its needs exist.
pub fn validate(def: &Definition) -> Result<(), String> {
    validate_name(&def.name)?;
    if def.cmd.is_empty() || def.cmd.contains('\0') {
        return Err(format!("invalid \"cmd\" {:?}: must be a non-empty program name or path without NUL", def.cmd));
    }
    if let Some(arg) = def.args.iter().find(|arg| arg.contains('\0')) {
        return Err(format!("invalid argument {arg:?}: contains NUL"));
    }
    for (key, value) in &def.env {
        if key.is_empty() || key.contains('=') || key.contains('\0') || value.contains('\0') {
            return Err(format!(
                "invalid \"env\" entry {key:?}: names must be non-empty without '=' or NUL, values without NUL"
            ));
        }
    }
    if let Some(dir) = &def.dir {
        if !dir.starts_with('/') || dir.contains('\0') {
            return Err(format!("invalid \"dir\" {dir:?}: must be an absolute path inside the container"));
        }
    }
    if def.http_port == Some(0) {
        return Err("invalid \"http_port\" 0: use a port from 1 to 65535 or null".to_string());
    }
    if !RESTART_POLICIES.contains(&def.restart.as_str()) {
        return Err(format!("invalid \"restart\" {:?}: use always, on-failure or never", def.restart));
    }
    parse_signal(&def.stop_signal)?;
    if def.grace_period_ms > MAX_GRACE_MS {
        return Err(format!("invalid \"grace_period_ms\" {}: at most {MAX_GRACE_MS}", def.grace_period_ms));
    }
    let mut seen = BTreeSet::new();
    for need in &def.needs {
        validate_name(need).map_err(|err| format!("invalid \"needs\" entry: {err}"))?;
        if !seen.insert(need) {
            return Err(format!("invalid \"needs\": {need:?} is listed twice"));
        }
    }
    Ok(())
}

/// Checks that every need of every service exists and that the needs form
/// no cycle. `graph` maps each service to its needs.
pub fn check_graph(graph: &BTreeMap<String, Vec<String>>) -> Result<(), String> {
    for (name, needs) in graph {
        if let Some(unknown) = needs.iter().find(|need| !graph.contains_key(*need)) {
            return Err(format!("service {name:?} needs unknown service {unknown:?}; define {unknown:?} first"));
        }
    }
    // Depth-first search; `path` is the current chain of needs.
    let mut done = BTreeSet::new();
    for root in graph.keys() {
        let mut path: Vec<&str> = Vec::new();
        if let Some(cycle) = find_cycle(graph, root, &mut path, &mut done) {
            return Err(format!("the needs form a cycle: {}", cycle.join(" -> ")));
        }
    }
    Ok(())
}

fn find_cycle<'a>(
    graph: &'a BTreeMap<String, Vec<String>>,
    name: &'a str,
    path: &mut Vec<&'a str>,
    done: &mut BTreeSet<&'a str>,
) -> Option<Vec<String>> {
    if let Some(start) = path.iter().position(|entry| *entry == name) {
        let mut cycle: Vec<String> = path[start..].iter().map(|s| s.to_string()).collect();
        cycle.push(name.to_string());
        return Some(cycle);
    }
    if done.contains(name) {
        return None;
    }
    path.push(name);
    for need in graph.get(name).into_iter().flatten() {
        if let Some(cycle) = find_cycle(graph, need, path, done) {
            return Some(cycle);
        }
    }
    path.pop();
    done.insert(name);
    None
}

/// Parses a `stop_signal`: a name like `SIGTERM` or `TERM`, or a number.
/// SIGSTOP and SIGCONT are rejected because they suspend or resume the
/// service rather than end it.
pub fn parse_signal(text: &str) -> Result<i32, String> {
    crate::sys::parse_signal(text).filter(|signal| ![libc::SIGSTOP, libc::SIGCONT].contains(signal)).ok_or_else(|| {
        format!(
            "invalid \"stop_signal\" {text:?}: use a name such as SIGTERM or SIGINT, or a number from 1 to 64 \
                 other than SIGSTOP and SIGCONT"
        )
    })
}

/// Path of the definition file of `name` in `dir`.
pub fn file_path(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!("{name}.json"))
}

/// Writes `def` atomically: a temporary file, fsync, rename, fsync of the
/// directory.
pub fn save(dir: &Path, def: &Definition) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let stored = StoredDefinition {
        format_version: FORMAT_VERSION,
        written_by: crate::version::server_string(),
        service: def.clone(),
    };
    let mut text = json::to_string(&stored);
    text.push('\n');
    let temp = dir.join(format!(".{}.json.tmp", def.name));
    let written = File::create(&temp).and_then(|mut file| {
        file.write_all(text.as_bytes())?;
        file.sync_all()
    });
    if let Err(err) = written {
        // A full disk leaves a partial file, which would keep space taken.
        let _ = std::fs::remove_file(&temp);
        return Err(err);
    }
    std::fs::rename(&temp, file_path(dir, &def.name))?;
    File::open(dir)?.sync_all()
}

/// Removes the definition file of `name` and syncs the directory.
pub fn remove(dir: &Path, name: &str) -> io::Result<()> {
    match std::fs::remove_file(file_path(dir, name)) {
        Err(err) if err.kind() != io::ErrorKind::NotFound => return Err(err),
        _ => {}
    }
    File::open(dir)?.sync_all()
}

/// Loads every definition in `dir`; files that cannot be used are logged
/// and skipped.
pub fn load_all(dir: &Path) -> Vec<Definition> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut defs = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(file_name) = path.file_name().and_then(|n| n.to_str()) else { continue };
        if file_name.starts_with('.') || !file_name.ends_with(".json") {
            continue;
        }
        match load_one(&path) {
            Ok(def) => defs.push(def),
            Err(err) => log::error!("ignoring service definition {}: {err}", path.display()),
        }
    }
    defs
}

fn load_one(path: &Path) -> Result<Definition, String> {
    let text = std::fs::read_to_string(path).map_err(|err| err.to_string())?;
    let stored: StoredDefinition = json::from_str(&text).map_err(|_| "not a valid definition file".to_string())?;
    if stored.format_version != FORMAT_VERSION {
        return Err(format!(
            "format version {} (written by {}) is not {FORMAT_VERSION}",
            stored.format_version, stored.written_by
        ));
    }
    validate(&stored.service)?;
    let expected = file_path(path.parent().unwrap_or(Path::new(".")), &stored.service.name);
    if expected != path {
        return Err(format!("file name does not match service name {:?}", stored.service.name));
    }
    Ok(stored.service)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(&str, &[&str])]) -> BTreeMap<String, Vec<String>> {
        edges.iter().map(|(name, needs)| (name.to_string(), needs.iter().map(|n| n.to_string()).collect())).collect()
    }

    #[test]
    fn graph_accepts_chain_and_diamond() {
        assert!(check_graph(&graph(&[("a", &[]), ("b", &["a"]), ("c", &["b"])])).is_ok());
        let diamond = graph(&[("a", &[]), ("b", &["a"]), ("c", &["a"]), ("d", &["b", "c"])]);
        assert!(check_graph(&diamond).is_ok());
    }

    #[test]
    fn graph_names_cycle_and_unknown() {
        let err = check_graph(&graph(&[("a", &["c"]), ("b", &["a"]), ("c", &["b"])])).unwrap_err();
        assert!(err.contains("a -> c -> b -> a"), "{err}");
        let err = check_graph(&graph(&[("a", &["a"])])).unwrap_err();
        assert!(err.contains("a -> a"), "{err}");
        let err = check_graph(&graph(&[("a", &["ghost"])])).unwrap_err();
        assert!(err.contains("\"ghost\""), "{err}");
    }

    #[test]
    fn names_rejected() {
        for bad in [
            "",
            "../x",
            "a/b",
            ".hidden",
            "guestd",
            &"x".repeat(65),
            "exec",
            "cgroup.procs",
            "memory.max",
            "io.pressure",
        ] {
            assert!(validate_name(bad).is_err(), "{bad:?} accepted");
        }
        assert!(validate_name("web-1.v2_x").is_ok());
        assert!(validate_name("executor").is_ok());
        assert!(validate_name("memory-cache.v2").is_ok());
    }

    #[test]
    fn signals_parse() {
        assert_eq!(parse_signal("SIGTERM"), Ok(libc::SIGTERM));
        assert_eq!(parse_signal("INT"), Ok(libc::SIGINT));
        assert_eq!(parse_signal("9"), Ok(9));
        assert!(parse_signal("SIGNOPE").is_err());
        assert!(parse_signal("SIGSTOP").is_err());
        let err = parse_signal("999").unwrap_err();
        assert!(err.contains("\"999\""), "{err}");
        assert!(err.contains("from 1 to 64"), "{err}");
    }
}
