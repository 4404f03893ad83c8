//! Isolation of the inner container, checked from commands run through
//! `POST /v1/exec`. The daemon's processes are invisible and out of reach,
//! and no daemon descriptor leaks in. The daemon's paths are hidden, the
//! dangerous capabilities are gone and the seccomp filter rejects its
//! calls. `listen(2)` is not held up by the seccomp listener.
//!
//! The `AF_VSOCK` rule of the filter is checked by a unit test of the
//! filter program, never by opening a vsock socket here.

mod common;
mod exec_support;

use common::container::json_string;
use common::Daemon;

/// Runs `script` with `sh -c` in the container and returns its stdout,
/// failing the test on a non-zero exit.
fn sh(daemon: &Daemon, script: &str) -> String {
    let body = format!(r#"{{"cmd": ["sh", "-c", {}]}}"#, json_string(script));
    let (status, outcome, error) = exec_support::run(&daemon.socket, &body);
    assert_eq!(status, 200, "exec of {script:?}: {error}");
    assert_eq!(
        outcome.exit_code(),
        Some(0),
        "{script:?} failed: stdout {:?}, stderr {:?}",
        outcome.stdout_text(),
        String::from_utf8_lossy(&outcome.stderr)
    );
    outcome.stdout_text()
}

/// Value of `key=value` in `output`.
fn value<'a>(output: &'a str, key: &str) -> &'a str {
    output
        .lines()
        .find_map(|line| line.strip_prefix(&format!("{key}=")))
        .unwrap_or_else(|| panic!("no {key}= in {output:?}"))
}

#[cfg(target_arch = "x86_64")]
mod nr {
    pub const PTRACE: u32 = 101;
    pub const KEYCTL: u32 = 250;
    pub const USERFAULTFD: u32 = 323;
    pub const PERSONALITY: u32 = 135;
    pub const UNSHARE: u32 = 272;
    pub const CLONE3: u32 = 435;
    pub const REBOOT: u32 = 169;
}

#[cfg(target_arch = "aarch64")]
mod nr {
    pub const PTRACE: u32 = 117;
    pub const KEYCTL: u32 = 219;
    pub const USERFAULTFD: u32 = 282;
    pub const PERSONALITY: u32 = 92;
    pub const UNSHARE: u32 = 97;
    pub const CLONE3: u32 = 435;
    pub const REBOOT: u32 = 142;
}

#[test]
fn daemon_processes_out_of_reach() {
    common::require_root();
    let daemon = Daemon::start("ct-pids", &[]);
    let pid = daemon.pid();
    let script = format!(
        "echo pids=$(ls /proc | grep -E '^[0-9]+$' | sort -n | tr '\\n' ' ')
         echo init=$(tr '\\0' ' ' < /proc/1/cmdline)
         kill -0 {pid} 2>/dev/null; echo kill=$?
         ls /proc/{pid} >/dev/null 2>&1; echo ls=$?
         perl -e '$r = syscall({ptrace}, 16, {pid}, 0, 0); print \"ptrace=$r,\", $!+0, \"\\n\"'",
        ptrace = nr::PTRACE
    );
    let out = sh(&daemon, &script);
    let pids: Vec<u32> = value(&out, "pids").split_whitespace().map(|p| p.parse().unwrap()).collect();
    assert!(pids.len() < 10, "container sees {} processes: {pids:?}", pids.len());
    assert!(!pids.contains(&pid), "daemon pid {pid} visible: {pids:?}");
    assert!(value(&out, "init").contains("__container-init"), "{out}");
    assert_ne!(value(&out, "kill"), "0", "kill -0 of the daemon succeeded");
    assert_ne!(value(&out, "ls"), "0", "/proc/{pid} exists inside");
    assert_eq!(value(&out, "ptrace"), format!("-1,{}", libc::ESRCH), "ptrace of the daemon");
}

#[test]
fn daemon_descriptors_not_inherited() {
    common::require_root();
    let daemon = Daemon::start("ct-fds", &[]);
    // `exec` makes ls the spawned process itself, so it lists what the
    // container process got, plus the directory handle ls opens to list.
    let out = sh(&daemon, "exec ls -l /proc/self/fd");
    let fds: Vec<(u32, String)> = out
        .lines()
        .filter_map(|line| line.split_once(" -> "))
        .map(|(left, target)| (left.rsplit(' ').next().unwrap().parse().unwrap(), target.to_string()))
        .collect();
    let numbers: Vec<u32> = fds.iter().map(|(fd, _)| *fd).collect();
    assert_eq!(numbers, [0, 1, 2, 3], "descriptors: {out}");
    let listing = &fds[3].1;
    assert!(listing.starts_with("/proc/"), "descriptor 3 is {listing}");
    assert!(listing.ends_with("/fd"), "descriptor 3 is {listing}");
}

#[test]
fn daemon_paths_hidden() {
    common::require_root();
    let dir = common::TempDir::new("ct-token");
    let token = dir.path().join("token");
    std::fs::write(&token, "secret-token-value\n").unwrap();
    let token_arg = token.display().to_string();
    let daemon = Daemon::start("ct-hide", &["--token-file", &token_arg]);
    std::fs::write(daemon.state_dir.join("visible-marker"), "state").unwrap();
    let script = format!(
        "echo state=$(ls -A {state} 2>&1)
         echo run=$(ls -A {run} 2>&1)
         echo token=$(cat {token} 2>&1)
         echo api=$(ls /run/guestd)",
        state = daemon.state_dir.display(),
        run = daemon.run_dir.display(),
        token = token.display(),
    );
    let out = sh(&daemon, &script);
    assert_eq!(value(&out, "state"), "", "state directory listing");
    assert_eq!(value(&out, "run"), "", "run directory listing");
    assert!(!value(&out, "token").contains("secret-token-value"), "token readable: {out}");
    assert_eq!(value(&out, "api"), "api.sock", "API socket directory");
    let replace = sh(&daemon, "rm -f /run/guestd/api.sock 2>/dev/null; echo rm=$?; ls /run/guestd");
    assert_ne!(value(&replace, "rm"), "0", "API socket removable: {replace}");
    assert!(replace.contains("api.sock"), "API socket gone: {replace}");
}

/// Capability bits that must be gone from every set.
const DROPPED: &[(u32, &str)] = &[
    (16, "SYS_MODULE"),
    (17, "SYS_RAWIO"),
    (21, "SYS_ADMIN"),
    (22, "SYS_BOOT"),
    (25, "SYS_TIME"),
    (27, "MKNOD"),
    (32, "MAC_OVERRIDE"),
    (33, "MAC_ADMIN"),
    (34, "SYSLOG"),
];

#[test]
fn capabilities_dropped_and_no_new_privs() {
    common::require_root();
    let daemon = Daemon::start("ct-caps", &[]);
    let status = sh(&daemon, "cat /proc/self/status");
    let field = |name: &str| {
        status
            .lines()
            .find_map(|line| line.strip_prefix(&format!("{name}:")))
            .map(str::trim)
            .unwrap_or_else(|| panic!("no {name} in /proc/self/status"))
            .to_string()
    };
    for set in ["CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"] {
        let bits = u64::from_str_radix(&field(set), 16).unwrap();
        for (cap, name) in DROPPED {
            assert_eq!(bits & (1 << cap), 0, "CAP_{name} present in {set} ({bits:x})");
        }
    }
    let bounding = u64::from_str_radix(&field("CapBnd"), 16).unwrap();
    assert_ne!(bounding & (1 << 0), 0, "CAP_CHOWN should stay in the bounding set");
    assert_eq!(field("NoNewPrivs"), "1");
    assert_eq!(field("Seccomp"), "2");
    assert_eq!(field("Seccomp_filters"), "2");

    // The init is visible (and traceable) from inside, so it has nothing.
    let init = sh(&daemon, "cat /proc/1/status");
    let init_field = |name: &str| {
        init.lines()
            .find_map(|line| line.strip_prefix(&format!("{name}:")))
            .map(str::trim)
            .unwrap_or_else(|| panic!("no {name} in /proc/1/status"))
            .to_string()
    };
    for set in ["CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"] {
        assert_eq!(u64::from_str_radix(&init_field(set), 16).unwrap(), 0, "init {set}");
    }
    assert_eq!(init_field("NoNewPrivs"), "1", "init NoNewPrivs");
    assert_eq!(init_field("Seccomp"), "2", "init Seccomp");
}

#[test]
fn oom_killer_spares_only_the_helpers() {
    common::require_root();
    let daemon = Daemon::start("ct-oom", &[]);
    // The daemon sets the container's init to oom_score_adj -1000, so the OOM
    // killer never chooses it, but it chooses what the spawner starts like any other process.
    // Lowering the score needs CAP_SYS_RESOURCE. A daemon run in a
    // restricted environment may lack it, and then the init stays at 0.
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let effective = status.lines().find_map(|line| line.strip_prefix("CapEff:")).unwrap().trim();
    let can_lower = u64::from_str_radix(effective, 16).unwrap() & (1 << 24) != 0;
    let scores = sh(&daemon, "echo init=$(cat /proc/1/oom_score_adj); echo own=$(cat /proc/self/oom_score_adj)");
    assert_eq!(value(&scores, "init"), if can_lower { "-1000" } else { "0" }, "{scores}");
    assert_eq!(value(&scores, "own"), "0", "{scores}");

    // The same for a service's process.
    let body = r#"{"cmd": "sleep", "args": ["60"], "restart": "never"}"#;
    let (status, reply) = daemon.request("PUT", "/v1/services/idle", Some(body));
    assert_eq!(status, 201, "{reply}");
    let score =
        sh(&daemon, "for i in $(seq 100); do p=$(pidof sleep) && break; sleep 0.05; done; cat /proc/$p/oom_score_adj");
    assert_eq!(score.trim(), "0", "{score}");
}

#[test]
fn seccomp_rejects_denied_calls() {
    common::require_root();
    let daemon = Daemon::start("ct-seccomp", &[]);
    // Each call succeeds for root without the filter (reboot fails with
    // EINVAL for its bad magic numbers), so EPERM or ENOSYS comes from it.
    let script = format!(
        "perl -e '
            sub try {{ my ($name, $r) = @_; print \"$name=\", ($r == -1 ? $!+0 : \"ok\"), \"\\n\" }}
            try(\"keyctl\", syscall({keyctl}, 0, -3, 0));
            try(\"userfaultfd\", syscall({userfaultfd}, 0));
            try(\"personality\", syscall({personality}, 0x0040000));
            try(\"unshare_user\", syscall({unshare}, 0x10000000));
            try(\"clone3\", syscall({clone3}, 0, 0));
            try(\"reboot\", syscall({reboot}, 0, 0, 0, 0));
        '",
        keyctl = nr::KEYCTL,
        userfaultfd = nr::USERFAULTFD,
        personality = nr::PERSONALITY,
        unshare = nr::UNSHARE,
        clone3 = nr::CLONE3,
        reboot = nr::REBOOT,
    );
    let out = sh(&daemon, &script);
    let eperm = libc::EPERM.to_string();
    for call in ["keyctl", "userfaultfd", "personality", "unshare_user", "reboot"] {
        assert_eq!(value(&out, call), eperm, "{call} was not rejected with EPERM: {out}");
    }
    assert_eq!(value(&out, "clone3"), libc::ENOSYS.to_string(), "clone3: {out}");
}

#[test]
fn listen_proceeds_in_private_network() {
    common::require_root();
    let daemon = Daemon::start("ct-listen", &["--hostname", "inside-host"]);
    let script = "perl -MSocket -e '
            socket(S, PF_INET, SOCK_STREAM, 0) or die \"socket: $!\";
            bind(S, pack_sockaddr_in(0, inet_aton(\"127.0.0.1\"))) or die \"bind: $!\";
            listen(S, 5) or die \"listen: $!\";
            print \"listen=ok\\n\";
        '
        echo host=$(hostname)
        echo links=$(ls /sys/class/net | tr '\\n' ' ')";
    let out = sh(&daemon, script);
    assert_eq!(value(&out, "listen"), "ok");
    assert_eq!(value(&out, "host"), "inside-host");
    assert_eq!(value(&out, "links").trim(), "lo", "network interfaces");
}
