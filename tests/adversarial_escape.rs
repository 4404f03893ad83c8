//! Escape attempts from inside the inner container. Each attempt runs as
//! root in the container through `POST /v1/exec` and must fail with the
//! expected error, while the daemon keeps serving. The system-call attempts
//! come from a small C probe (tests/adversarial_support/probe.c) compiled
//! with gcc at test time; the rest are shell commands of the base image.

mod common;
mod exec_support;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{json_field, Daemon, TempDir};

/// Value of an environment variable the daemon inherits from the test,
/// which no process in the container may be able to read.
const MARKER: &str = "adversarial-marker-4e1f0c";

/// Compiles the probe into `dir` and returns its path, which the container
/// sees at the same place because its base image is the host's root.
fn build_probe(dir: &Path) -> PathBuf {
    let source = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/adversarial_support/probe.c");
    let probe = dir.join("probe");
    let output = Command::new("gcc")
        .args(["-O1", "-o"])
        .arg(&probe)
        .arg(source)
        .output()
        .expect("run gcc (install it to run the escape tests)");
    assert!(output.status.success(), "gcc failed: {}", String::from_utf8_lossy(&output.stderr));
    probe
}

/// Runs `argv` in the container and returns its standard output, standard
/// error and exit code.
fn exec(daemon: &Daemon, argv: &[&str]) -> (String, String, Option<i32>) {
    let cmd: Vec<String> = argv.iter().map(|arg| common::container::json_string(arg)).collect();
    let body = format!(r#"{{"cmd":[{}]}}"#, cmd.join(","));
    let (status, outcome, error) = exec_support::run(&daemon.socket, &body);
    assert_eq!(status, 200, "exec {argv:?}: {error}");
    let stderr = String::from_utf8_lossy(&outcome.stderr).to_string();
    (outcome.stdout_text(), stderr, outcome.exit_code())
}

fn sh(daemon: &Daemon, script: &str) -> String {
    let (stdout, stderr, code) = exec(daemon, &["/bin/sh", "-c", script]);
    assert_eq!(code, Some(0), "script {script:?} failed: {stdout}{stderr}");
    stdout
}

/// A daemon with a probe, the marker in its environment, and a store key
/// file, a token file and a `dir:` store outside its state and run directories.
struct Target {
    daemon: Daemon,
    probe: PathBuf,
    key_file: PathBuf,
    token_file: PathBuf,
    store: PathBuf,
    _scratch: TempDir,
}

fn start_target(label: &str) -> Target {
    common::require_root();
    let scratch = TempDir::new(&format!("{label}-scratch"));
    let probe = build_probe(scratch.path());
    let key_file = scratch.path().join("store.key");
    std::fs::write(&key_file, "AKIDEXAMPLE\nsecret-key-must-stay-outside\n").unwrap();
    let token_file = scratch.path().join("api.token");
    std::fs::write(&token_file, "secret-token-must-stay-outside\n").unwrap();
    let store = scratch.path().join("store");
    std::env::set_var("GUESTD_ADVERSARIAL_MARKER", MARKER);
    let key_arg = key_file.display().to_string();
    let token_arg = token_file.display().to_string();
    let store_arg = format!("dir:{}", store.display());
    let daemon = Daemon::start(
        label,
        &["--store-key-file", &key_arg, "--token-file", &token_arg, "--store", &store_arg, "--name", "probebox"],
    );
    let (status, body) = daemon.request("GET", "/v1/container", None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(json_field(&body, "state").as_deref(), Some("running"), "{body}");
    Target { daemon, probe, key_file, token_file, store, _scratch: scratch }
}

/// One system-call attempt and the outcomes that count as blocked.
struct Attempt {
    name: &'static str,
    arg: String,
    blocked: &'static [&'static str],
}

#[test]
fn syscall_escapes_fail() {
    let target = start_target("escape-syscalls");
    let daemon = &target.daemon;
    let probe = target.probe.display().to_string();
    let outside_pid = daemon.pid().to_string();
    let test_pid = std::process::id().to_string();
    let outside_socket = daemon.socket.display().to_string();

    let attempts = [
        // Processes outside the container's PID namespace do not exist
        // inside it.
        Attempt { name: "kill", arg: outside_pid.clone(), blocked: &["errno=ESRCH"] },
        Attempt { name: "kill", arg: test_pid.clone(), blocked: &["errno=ESRCH"] },
        Attempt { name: "ptrace", arg: outside_pid.clone(), blocked: &["errno=ESRCH"] },
        Attempt { name: "ptrace", arg: test_pid, blocked: &["errno=ESRCH"] },
        Attempt { name: "prlimit", arg: outside_pid.clone(), blocked: &["errno=ESRCH"] },
        // Mounts: denied by seccomp, and CAP_SYS_ADMIN is gone.
        Attempt { name: "mount-proc", arg: "/mnt".into(), blocked: &["errno=EPERM"] },
        Attempt { name: "mount-sysfs", arg: "/mnt".into(), blocked: &["errno=EPERM"] },
        Attempt { name: "mount-cgroup-v1", arg: "/mnt".into(), blocked: &["errno=EPERM"] },
        Attempt { name: "mount-cgroup2", arg: "/mnt".into(), blocked: &["errno=EPERM"] },
        Attempt { name: "mount-disk", arg: "/mnt".into(), blocked: &["errno=EPERM"] },
        Attempt { name: "umount-run", arg: String::new(), blocked: &["errno=EPERM"] },
        Attempt { name: "mknod-block", arg: "/tmp/disk".into(), blocked: &["errno=EPERM"] },
        // New namespaces: a user namespace would hand back every
        // capability inside it.
        Attempt { name: "unshare-user", arg: String::new(), blocked: &["errno=EPERM"] },
        Attempt { name: "clone3-user", arg: String::new(), blocked: &["errno=ENOSYS"] },
        Attempt { name: "unshare-mount", arg: String::new(), blocked: &["errno=EPERM"] },
        Attempt { name: "setns-init-mnt", arg: String::new(), blocked: &["errno=EPERM"] },
        // Kernel-wide operations.
        Attempt { name: "finit-module", arg: String::new(), blocked: &["errno=EPERM"] },
        Attempt { name: "init-module", arg: String::new(), blocked: &["errno=EPERM"] },
        Attempt { name: "kexec-load", arg: String::new(), blocked: &["errno=EPERM"] },
        Attempt { name: "kexec-file-load", arg: String::new(), blocked: &["errno=EPERM"] },
        Attempt { name: "reboot", arg: String::new(), blocked: &["errno=EPERM"] },
        Attempt { name: "settime", arg: String::new(), blocked: &["errno=EPERM"] },
        Attempt { name: "settimeofday", arg: String::new(), blocked: &["errno=EPERM"] },
        Attempt { name: "adjtime", arg: String::new(), blocked: &["errno=EPERM"] },
        // The daemon's socket paths: the one inside is in a read-only
        // directory, the one outside is under a covered run directory.
        Attempt {
            name: "bind-unix",
            arg: "/run/guestd/api.sock".into(),
            blocked: &["errno=EADDRINUSE", "errno=EROFS"],
        },
        Attempt { name: "bind-unix", arg: "/run/guestd/other.sock".into(), blocked: &["errno=EROFS"] },
        Attempt { name: "bind-unix", arg: outside_socket, blocked: &["errno=EROFS", "errno=ENOENT"] },
        Attempt { name: "bpf", arg: String::new(), blocked: &["errno=EPERM"] },
        Attempt { name: "keyctl", arg: String::new(), blocked: &["errno=EPERM"] },
        Attempt { name: "open-by-handle", arg: String::new(), blocked: &["errno=EPERM"] },
        // The host's vsock services.
        Attempt { name: "vsock", arg: String::new(), blocked: &["errno=EAFNOSUPPORT"] },
        // chroot keeps working (CAP_SYS_CHROOT), but walking out of one
        // ends at the container's root.
        Attempt { name: "chroot-break", arg: String::new(), blocked: &["contained"] },
    ];
    let mut escaped = Vec::new();
    for attempt in &attempts {
        let mut argv = vec![probe.as_str(), attempt.name];
        if !attempt.arg.is_empty() {
            argv.push(&attempt.arg);
        }
        let (stdout, stderr, code) = exec(daemon, &argv);
        let outcome = stdout.trim();
        if code != Some(0) || !attempt.blocked.contains(&outcome) {
            escaped.push(format!(
                "{} {}: got {outcome:?} (exit {code:?}, stderr {stderr:?}), expected one of {:?}",
                attempt.name, attempt.arg, attempt.blocked
            ));
        }
    }
    assert!(escaped.is_empty(), "attempts not blocked as expected:\n{}", escaped.join("\n"));
    eprintln!("{} system-call escape attempts blocked", attempts.len());
    // Both sockets are still the daemon's.
    let (status, _) = daemon.request("GET", "/v1/status", None);
    assert_eq!(status, 200);
    let api = sh(daemon, &format!("GUESTD_API=unix:/run/guestd/api.sock {} status", common::GUESTD));
    assert!(api.contains("\"api_version\""), "API socket unusable inside: {api}");
}

/// Fields of `/proc/PID/status` that show a process's privilege.
fn privilege(status: &str) -> Vec<(String, String)> {
    status
        .lines()
        .filter_map(|line| line.split_once(':'))
        .filter(|(key, _)| matches!(*key, "CapPrm" | "CapEff" | "CapBnd" | "NoNewPrivs" | "Seccomp"))
        .map(|(key, value)| (key.to_string(), value.trim().to_string()))
        .collect()
}

#[test]
fn container_init_holds_no_extra_privilege() {
    let target = start_target("escape-init");
    let daemon = &target.daemon;
    // User code may ptrace what it can see, and the init (PID 1 inside)
    // is visible: it must hold nothing that user code does not hold, or
    // taking it over would hand out that privilege.
    let init = sh(daemon, "cat /proc/1/status");
    let own = sh(daemon, "cat /proc/self/status");
    let init = privilege(&init);
    let own = privilege(&own);
    for (key, value) in &init {
        let user_value = own.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
        match key.as_str() {
            "CapPrm" | "CapEff" | "CapBnd" => {
                let init_bits = u64::from_str_radix(value, 16).unwrap();
                let user_bits = u64::from_str_radix(user_value.unwrap(), 16).unwrap();
                assert_eq!(init_bits & !user_bits, 0, "init {key} {value} exceeds user code's {user_bits:x}");
            }
            "NoNewPrivs" => assert_eq!(value, "1", "init lacks no_new_privs"),
            "Seccomp" => assert_eq!(value, "2", "init runs without a seccomp filter"),
            _ => {}
        }
    }
    assert_eq!(init.len(), 5, "missing fields in init's status: {init:?}");
}

/// Returns the command lines of the children of process `parent`, one a
/// line with spaces between the arguments.
fn child_cmdlines(parent: u32) -> String {
    let mut lines = String::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let path = entry.path();
        let Ok(stat) = std::fs::read_to_string(path.join("stat")) else {
            continue;
        };
        // The fourth field, after the parenthesised command name, is the
        // parent's PID.
        let after_name = stat.rsplit_once(") ").map_or("", |(_, rest)| rest);
        if after_name.split_whitespace().nth(1) != Some(&parent.to_string()) {
            continue;
        }
        let cmdline = std::fs::read(path.join("cmdline")).unwrap_or_default();
        lines.push_str(&String::from_utf8_lossy(&cmdline).replace('\0', " "));
        lines.push('\n');
    }
    lines
}

#[test]
fn daemon_state_invisible_inside() {
    let target = start_target("escape-files");
    let daemon = &target.daemon;
    std::fs::write(daemon.state_dir.join("marker"), MARKER).unwrap();
    let state = daemon.state_dir.display().to_string();
    let run = daemon.run_dir.display().to_string();
    let key = target.key_file.display().to_string();

    // The state and run directories are covered by empty tmpfs mounts, and
    // so are they under /proc/1/root.
    for dir in [&state, &run, &format!("/proc/1/root{state}"), &format!("/proc/self/root{run}")] {
        let listing = sh(daemon, &format!("ls -A {dir} 2>&1 || true"));
        assert!(!listing.contains("marker") && !listing.contains("api.sock"), "{dir} lists {listing:?}");
    }
    // The object store's key file, the API token file and a `dir:` store
    // that a checkpoint has written to.
    let key_text = sh(daemon, &format!("cat {key} 2>&1 || true"));
    assert!(!key_text.contains("secret-key"), "store key file readable inside: {key_text:?}");
    let token = target.token_file.display().to_string();
    let token_text = sh(daemon, &format!("cat {token} 2>&1 || true"));
    assert!(!token_text.contains("secret-token"), "token file readable inside: {token_text:?}");
    let (status, body) = daemon.request("POST", "/v1/checkpoints?wait=1", None);
    assert_eq!(status, 200, "checkpoint: {body}");
    assert!(target.store.join("manifests").is_dir(), "no manifests in {}", target.store.display());
    let store = target.store.display().to_string();
    let store_listing = sh(daemon, &format!("ls -A {store} /proc/1/root{store} 2>&1 || true"));
    assert!(!store_listing.contains("manifests"), "dir: store visible inside: {store_listing:?}");

    // No process inside has the daemon's environment or descriptors.
    let environ = sh(daemon, "cat /proc/[0-9]*/environ 2>/dev/null | tr '\\0' '\\n'");
    assert!(!environ.contains(MARKER), "daemon environment visible inside");
    let fds = sh(daemon, "ls -l /proc/[0-9]*/fd/ 2>/dev/null || true");
    assert!(!fds.contains(&state) && !fds.contains(&run), "daemon paths among descriptors:\n{fds}");
    let cmdlines = sh(daemon, "for p in /proc/[0-9]*; do tr '\\0' ' ' < $p/cmdline; echo; done");
    assert!(!cmdlines.contains(" serve "), "daemon process visible:\n{cmdlines}");
    assert!(!cmdlines.contains(&state), "state directory in a command line:\n{cmdlines}");
    assert!(!cmdlines.contains(&run), "run directory in a command line:\n{cmdlines}");
    let ps = sh(daemon, "ps -eo args 2>&1 || true");
    assert!(!ps.contains(&state), "state directory in ps:\n{ps}");
    assert!(!ps.contains(&run), "run directory in ps:\n{ps}");
    // The container's init and spawner seen from outside, as the daemon's
    // children, show no daemon path either.
    let helpers = child_cmdlines(daemon.pid());
    assert!(helpers.contains("__container-init"), "no init among the daemon's children:\n{helpers}");
    assert!(!helpers.contains(&state), "state directory in a helper's command line:\n{helpers}");
    assert!(!helpers.contains(&run), "run directory in a helper's command line:\n{helpers}");

    // The API socket directory: usable, but no one inside may replace the
    // socket or fill the directory, which belongs to the daemon.
    let replace = sh(daemon, "rm -f /run/guestd/api.sock 2>&1; touch /run/guestd/fill 2>&1; ls -A /run/guestd");
    assert!(replace.contains("api.sock"), "socket removed from inside: {replace}");
    assert!(!replace.lines().any(|line| line == "fill"), "file created in the API socket directory: {replace}");
    assert!(daemon.inner_socket.exists());
    let api = sh(daemon, &format!("GUESTD_API=unix:/run/guestd/api.sock {} status", common::GUESTD));
    assert!(api.contains("\"api_version\""), "API socket unusable inside: {api}");

    // Kernel and cgroup files are read-only or absent.
    let kernel = sh(
        daemon,
        "v=$(cat /proc/sys/kernel/printk_ratelimit); echo $v > /proc/sys/kernel/printk_ratelimit 2>&1 || echo proc-sys-blocked; \
         cat /sys/kernel/uevent_helper > /tmp/helper; cat /tmp/helper > /sys/kernel/uevent_helper 2>&1 || echo sys-blocked; \
         ls -A /sys/fs/cgroup | wc -l; test -e /dev/vda || echo no-disk",
    );
    assert!(kernel.contains("proc-sys-blocked"), "/proc/sys writable: {kernel}");
    assert!(kernel.contains("sys-blocked"), "/sys writable: {kernel}");
    assert!(kernel.contains("\n0\n") || kernel.contains("0\nno-disk"), "cgroup files visible: {kernel}");
    assert!(kernel.contains("no-disk"), "host disk visible in /dev: {kernel}");

    // Cgroup files, the daemon's limits among them, and a release agent:
    // there is nothing to write to, and the container's own cgroup path
    // shows nothing above it.
    let cgroup = sh(
        daemon,
        "for f in cgroup.procs cgroup.subtree_control pids.max memory.max cpu.max release_agent notify_on_release; do \
         echo max > /sys/fs/cgroup/$f 2>/dev/null && echo wrote $f; done; cat /proc/self/cgroup",
    );
    assert!(!cgroup.contains("wrote"), "cgroup file written: {cgroup}");
    let paths: Vec<&str> = cgroup.lines().filter_map(|line| line.splitn(3, ':').nth(2)).collect();
    assert!(!paths.is_empty(), "no cgroup lines: {cgroup}");
    assert!(
        paths.iter().all(|path| path.starts_with('/') && !path.contains("..")),
        "container sees cgroups above it: {cgroup}"
    );

    let (status, _) = daemon.request("GET", "/v1/status", None);
    assert_eq!(status, 200);
}

/// Names directly in `dir`.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn path_fields_stay_inside() {
    let target = start_target("escape-paths");
    let daemon = &target.daemon;
    std::fs::write(daemon.state_dir.join("marker"), MARKER).unwrap();
    let state = daemon.state_dir.display().to_string();
    sh(daemon, "ln -sfn / /tmp/up; ln -sfn /proc/self/root /tmp/magic; ln -sfn ../../../../../.. /tmp/dots");

    // Exec working directories: `..` and symlinks cannot leave the root,
    // so `/` inside always has the container's own root inode.
    let root_inode = sh(daemon, "stat -c %d:%i /");
    for dir in ["/../../../..", "/tmp/up/..", "/tmp/magic/..", "/tmp/dots"] {
        let body = format!(r#"{{"cmd":["/bin/sh","-c","stat -c %d:%i ."],"dir":"{dir}"}}"#);
        let (status, outcome, error) = exec_support::run(&daemon.socket, &body);
        assert_eq!(status, 200, "exec in {dir}: {error}");
        assert_eq!(outcome.stdout_text(), root_inode, "dir {dir} is not the container's root");
    }
    let body = format!(r#"{{"cmd":["/bin/ls"],"dir":"{state}"}}"#);
    let (status, outcome, error) = exec_support::run(&daemon.socket, &body);
    assert_eq!(status, 200, "exec in {state}: {error}");
    assert_eq!(outcome.exit_code(), Some(0), "ls in {state} inside failed: {:?}", outcome.stderr);
    assert!(!outcome.stdout_text().contains("marker"), "exec dir reached the state directory");

    // A service's working directory.
    let body = format!(
        r#"{{"cmd":"/bin/sh","args":["-c","ls -A > /tmp/service-dir.out"],"dir":"/tmp/magic/../../{state}","restart":"never"}}"#
    );
    let (status, reply) = daemon.request("PUT", "/v1/services/dirprobe", Some(&body));
    assert!(status == 201 || status == 400, "PUT service: {status} {reply}");
    if status == 201 {
        let out = daemon.state_dir.join("upper/tmp/service-dir.out");
        let start = std::time::Instant::now();
        while !out.exists() && start.elapsed() < std::time::Duration::from_secs(20) {
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        // The service must have run, or the check below proves nothing.
        let listing = std::fs::read_to_string(&out)
            .unwrap_or_else(|err| panic!("the service in {state} never wrote {}: {err}", out.display()));
        assert!(!listing.contains("marker"), "service dir reached the state directory: {listing}");
    }

    // Filesystem routes resolve paths inside the container's root: `..`,
    // absolute symlinks and /proc magic links must not lead to the
    // daemon's files.
    let name = "probebox";
    for path in [
        format!("{state}/marker"),
        format!("/../../..{state}/marker"),
        format!("/tmp/up{state}/marker"),
        format!("/tmp/magic{state}/marker"),
        format!("/tmp/dots{state}/marker"),
        format!("/proc/self/root{state}/marker"),
        format!("/proc/1/root{state}/marker"),
    ] {
        let query = path.replace('/', "%2F");
        let (status, body) = daemon.request("GET", &format!("/v1/sprites/{name}/fs/read?path={query}"), None);
        assert!(!body.contains(MARKER), "fs/read {path} returned the daemon's file ({status})");
        assert_ne!(status, 200, "fs/read {path} succeeded: {body}");
    }

    // Every other filesystem route, with the same tricks in each path
    // field and in workingDir. Whatever each answers, the daemon's state
    // directory must come out unchanged.
    let marker = daemon.state_dir.join("marker");
    let mode_before = std::fs::metadata(&marker).unwrap().permissions();
    let state_before = listing(&daemon.state_dir);
    let fs = |method: &str, route: &str, query: &str, body: Option<&str>| {
        let query = query.replace('/', "%2F");
        daemon.request(method, &format!("/v1/sprites/{name}/fs/{route}?{query}"), body)
    };
    let mut tried = 0;
    for dir in [
        format!("/tmp/up{state}"),
        format!("/tmp/magic{state}"),
        format!("/tmp/dots{state}"),
        format!("/../../..{state}"),
        format!("/proc/1/root{state}"),
        format!("/proc/self/root{state}"),
    ] {
        let (_, body) = fs("GET", "list", &format!("path={dir}"), None);
        assert!(!body.contains("\"marker\""), "fs/list {dir} lists the daemon's files: {body}");
        fs("PUT", "write", &format!("path={dir}/written"), Some("written"));
        fs("PUT", "write", &format!("path={dir}/sub/written&mkdirParents=true"), Some("written"));
        fs("PUT", "write", &format!("path=written&workingDir={dir}"), Some("written"));
        fs("POST", "chmod", "", Some(&format!(r#"{{"path":"{dir}/marker","mode":"0777"}}"#)));
        fs("POST", "chmod", "", Some(&format!(r#"{{"path":"marker","workingDir":"{dir}","mode":"0777"}}"#)));
        fs("POST", "copy", "", Some(&format!(r#"{{"source":"{dir}/marker","dest":"/tmp/copied"}}"#)));
        fs("POST", "copy", "", Some(&format!(r#"{{"source":"/etc/hostname","dest":"{dir}/copied"}}"#)));
        fs("POST", "rename", "", Some(&format!(r#"{{"source":"{dir}/marker","dest":"/tmp/moved"}}"#)));
        fs("POST", "rename", "", Some(&format!(r#"{{"source":"marker","dest":"/tmp/moved","workingDir":"{dir}"}}"#)));
        fs("DELETE", "delete", &format!("path={dir}/marker"), None);
        fs("DELETE", "delete", &format!("path={dir}&recursive=true"), None);
        tried += 12;
    }
    assert_eq!(
        std::fs::read_to_string(&marker).ok().as_deref(),
        Some(MARKER),
        "the daemon's file was changed or removed"
    );
    assert_eq!(std::fs::metadata(&marker).unwrap().permissions(), mode_before, "the daemon's file changed mode");
    assert_eq!(listing(&daemon.state_dir), state_before, "files appeared in the state directory");
    let copied = sh(daemon, "cat /tmp/copied /tmp/moved 2>/dev/null || true");
    assert!(!copied.contains(MARKER), "the daemon's file was copied or moved inside: {copied}");
    eprintln!("{tried} filesystem route requests with path tricks left the state directory unchanged");
    let (status, _) = daemon.request("GET", "/v1/status", None);
    assert_eq!(status, 200);
}

#[test]
fn device_nodes_in_root_unusable() {
    let target = start_target("escape-devices");
    let daemon = &target.daemon;
    // A device node in the upper layer, the way a restored checkpoint or a
    // base image could carry one. User code cannot create one (no
    // CAP_MKNOD) and must not be able to open one either, because without
    // a device cgroup a node of the host's disk would be raw access to it.
    // The node has the numbers of /dev/zero, which is harmless to read and
    // openable on any host, so the test shows that the mount, not the
    // device, stops the open.
    let node = daemon.state_dir.join("upper/zero");
    let c_node = std::ffi::CString::new(node.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: `c_node` is a NUL-terminated path that outlives the call.
    let made = unsafe { libc::mknod(c_node.as_ptr(), libc::S_IFCHR | 0o666, libc::makedev(1, 5)) };
    assert_eq!(made, 0, "mknod {}: {}", node.display(), std::io::Error::last_os_error());
    let result =
        sh(daemon, "test -c /zero && echo present; head -c 16 /zero 2>&1 > /dev/null && echo readable || echo blocked");
    let _ = std::fs::remove_file(&node);
    assert!(result.contains("present"), "node not visible inside: {result}");
    assert!(result.contains("blocked"), "device node in the root opened: {result}");
}
