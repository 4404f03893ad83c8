//! `guestd check-kernel`: names every kernel feature guestd needs that the
//! running kernel (or a given configuration file) lacks.
//!
//! Each feature is checked two ways where possible. The first is its
//! options in the kernel configuration: `/proc/config.gz` when the kernel
//! exposes it, or `--config FILE`. The second is a probe of the running
//! kernel: a filesystem in /proc/filesystems, a namespace in /proc/self/ns,
//! or a system call that creates a descriptor. A probe, when there is one,
//! decides, and the configuration then explains a failure (an option built
//! as a module that is not loaded). kernel-config/guestd.config holds the
//! same options.

mod gunzip;

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};

use crate::container::cgroup::find_mount;
use crate::sys::probe;

/// Probe of the running kernel: `Err` says what is missing.
type Probe = fn() -> Result<(), String>;

struct Feature {
    name: &'static str,
    needed_for: &'static str,
    /// Options that must all be built in (y) or be modules (m).
    options: &'static [&'static str],
    probe: Option<Probe>,
    /// The cgroup controller this feature is, checked in the cgroup v2
    /// hierarchy that the daemon uses rather than by `probe`.
    controller: Option<&'static str>,
    /// guestd cannot run its API or container without it.
    required: bool,
}

const fn feature(
    name: &'static str,
    needed_for: &'static str,
    options: &'static [&'static str],
    probe: Option<Probe>,
    required: bool,
) -> Feature {
    Feature { name, needed_for, options, probe, controller: None, required }
}

const fn controller_feature(
    name: &'static str,
    needed_for: &'static str,
    options: &'static [&'static str],
    controller: &'static str,
    required: bool,
) -> Feature {
    Feature { name, needed_for, options, probe: None, controller: Some(controller), required }
}

#[rustfmt::skip]
const FEATURES: &[Feature] = &[
    feature("serial console", "kernel and guestd logs on ttyS0", &["SERIAL_8250", "SERIAL_8250_CONSOLE"], None, false),
    feature("initramfs", "guestd as /init of an initramfs", &["BLK_DEV_INITRD"], None, true),
    feature("virtio-pci", "devices of a q35 machine", &["VIRTIO_PCI"], Some(|| path("/sys/bus/pci/drivers/virtio-pci")), false),
    feature("virtio-mmio", "devices of a microvm machine", &["VIRTIO_MMIO"], Some(|| path("/sys/bus/platform/drivers/virtio-mmio")), false),
    feature("vsock", "the platform API on vsock", &["VSOCKETS"], Some(|| line_in("/proc/net/protocols", "AF_VSOCK")), true),
    feature("virtio-vsock", "the vsock transport of a virtio device", &["VIRTIO_VSOCKETS"], Some(|| path("/sys/bus/virtio/drivers/vmw_vsock_virtio_transport")), true),
    feature("unix sockets", "the API socket and the container's socket", &["UNIX"], Some(|| path("/proc/net/unix")), true),
    feature("ipv4", "forwarded ports on 127.0.0.1", &["INET"], Some(|| path("/proc/net/tcp")), true),
    feature("ipv6", "forwarded ports on ::1", &["IPV6"], Some(|| path("/proc/net/if_inet6")), false),
    feature("sock_diag tcp", "port discovery (netlink INET_DIAG dump)", &["INET_DIAG", "INET_TCP_DIAG"], Some(|| syscall(probe::tcp_sock_diag)), true),
    feature("proc", "process state and mounts", &["PROC_FS"], Some(|| filesystem("proc")), true),
    feature("sysfs", "devices and cgroups", &["SYSFS"], Some(|| filesystem("sysfs")), true),
    feature("devtmpfs", "/dev of the machine", &["DEVTMPFS"], Some(|| filesystem("devtmpfs")), true),
    feature("devpts", "terminals of exec with a TTY (Unix98 ptys)", &["UNIX98_PTYS"], Some(|| filesystem("devpts")), true),
    feature("tmpfs", "/run, /tmp and a RAM upper layer", &["TMPFS", "SHMEM"], Some(|| filesystem("tmpfs")), true),
    feature("tmpfs xattrs", "overlay whiteouts in a tmpfs upper layer", &["TMPFS_XATTR"], None, false),
    feature("overlayfs", "the container's root", &["OVERLAY_FS"], Some(|| filesystem("overlay")), true),
    feature("ext4", "a state directory on a virtio disk", &["EXT4_FS"], Some(|| filesystem("ext4")), false),
    feature("mount namespace", "the container's root", &[], Some(|| path("/proc/self/ns/mnt")), true),
    feature("uts namespace", "the container's hostname", &["UTS_NS"], Some(|| path("/proc/self/ns/uts")), true),
    feature("ipc namespace", "the container's System V and POSIX IPC", &["IPC_NS", "SYSVIPC", "POSIX_MQUEUE"], Some(ipc_namespace), true),
    feature("pid namespace", "the container's process tree", &["PID_NS"], Some(|| path("/proc/self/ns/pid")), true),
    feature("network namespace", "the container's private network", &["NET_NS"], Some(|| path("/proc/self/ns/net")), true),
    feature("user namespace", "user namespaces inside the container", &["USER_NS"], Some(|| path("/proc/self/ns/user")), false),
    feature("cgroup namespace", "the container's view of its cgroup", &["CGROUPS"], Some(|| path("/proc/self/ns/cgroup")), true),
    feature("cgroup v2", "the container's resource limits", &["CGROUPS"], Some(|| filesystem("cgroup2")), true),
    controller_feature("memory controller", "the container's memory limit", &["MEMCG"], "memory", true),
    controller_feature("pids controller", "the container's process limit", &["CGROUP_PIDS"], "pids", true),
    controller_feature("cpuset controller", "pinning the container to CPUs", &["CPUSETS"], "cpuset", true),
    controller_feature("cpu controller", "the container's CPU weight", &["CGROUP_SCHED"], "cpu", false),
    feature("cgroup freezer", "freezing the container for a checkpoint", &[], Some(cgroup_freeze), true),
    feature("bpf", "device control of cgroup v2", &["BPF_SYSCALL", "CGROUP_BPF"], Some(|| syscall(probe::bpf)), true),
    feature("seccomp filter", "the container's system call filter", &["SECCOMP", "SECCOMP_FILTER"], Some(|| syscall(probe::seccomp_filter)), true),
    feature("epoll", "the event loop", &["EPOLL"], Some(|| syscall(probe::epoll)), true),
    feature("eventfd", "waking the event loop from the thread pool", &["EVENTFD"], Some(|| syscall(probe::eventfd)), true),
    feature("signalfd", "signals of processes in the container", &["SIGNALFD"], Some(|| syscall(probe::signalfd)), true),
    feature("timerfd", "timers of processes in the container", &["TIMERFD"], Some(|| syscall(probe::timerfd)), true),
    feature("pidfd", "watching processes without PID reuse races", &[], Some(|| syscall(probe::pidfd_open)), true),
    feature("smaps_rollup", "RSS and PSS in /v1/status", &["PROC_PAGE_MONITOR"], Some(|| path("/proc/self/smaps_rollup")), false),
    feature("config.gz", "this check's view of the configuration", &["IKCONFIG_PROC"], Some(|| path("/proc/config.gz")), false),
];

fn path(path: &str) -> Result<(), String> {
    if Path::new(path).exists() {
        Ok(())
    } else {
        Err(format!("{path} does not exist"))
    }
}

fn line_in(file: &str, word: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(file).map_err(|err| format!("cannot read {file}: {err}"))?;
    if text.lines().any(|line| line.split_whitespace().any(|w| w == word)) {
        Ok(())
    } else {
        Err(format!("{word} is not in {file}"))
    }
}

fn filesystem(name: &str) -> Result<(), String> {
    line_in("/proc/filesystems", name)
}

fn syscall(probe: fn() -> io::Result<()>) -> Result<(), String> {
    probe().map_err(|err| err.to_string())
}

fn ipc_namespace() -> Result<(), String> {
    path("/proc/self/ns/ipc")?;
    path("/proc/sysvipc")?;
    filesystem("mqueue")
}

/// The cgroup v2 hierarchy that the daemon creates its cgroup in: the
/// first cgroup2 mount, `/sys/fs/cgroup/unified` on a hybrid host.
struct Hierarchy {
    mount: PathBuf,
    /// Controllers of its root's `cgroup.controllers`.
    controllers: Vec<String>,
}

impl Hierarchy {
    fn find() -> Result<Hierarchy, String> {
        let mount = find_mount().map_err(|err| format!("cannot find the cgroup2 mount: {err}"))?;
        let file = mount.join("cgroup.controllers");
        let text = std::fs::read_to_string(&file).map_err(|err| format!("cannot read {}: {err}", file.display()))?;
        let controllers = text.split_whitespace().map(str::to_string).collect();
        Ok(Hierarchy { mount, controllers })
    }

    fn listed(&self) -> String {
        if self.controllers.is_empty() {
            "none".to_string()
        } else {
            self.controllers.join(" ")
        }
    }
}

/// Returns the cgroup v1 hierarchy number that /proc/cgroups gives the
/// enabled controller `name`, if it is bound to one.
fn v1_hierarchy(proc_cgroups: &str, name: &str) -> Option<u32> {
    proc_cgroups.lines().find_map(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.first() != Some(&name) || fields.get(3) != Some(&"1") {
            return None;
        }
        fields.get(1)?.parse().ok().filter(|&hierarchy| hierarchy != 0)
    })
}

/// Judges controller `name` by the cgroup v2 hierarchy in use, because a
/// controller bound to a cgroup v1 hierarchy is invisible to cgroup v2
/// although the kernel has it.
fn controller_verdict(hierarchy: &Result<Hierarchy, String>, name: &str) -> Verdict {
    let hierarchy = match hierarchy {
        Ok(hierarchy) => hierarchy,
        Err(why) => return Verdict::Missing(why.clone()),
    };
    if hierarchy.controllers.iter().any(|c| c == name) {
        return Verdict::Present;
    }
    let proc_cgroups = std::fs::read_to_string("/proc/cgroups").unwrap_or_default();
    let file = hierarchy.mount.join("cgroup.controllers");
    match v1_hierarchy(&proc_cgroups, name) {
        Some(number) => Verdict::BoundToV1(format!(
            "the kernel has it, but it is bound to cgroup v1 hierarchy {number}, so {} offers only: {}; \
             boot with cgroup_no_v1={name} or systemd.unified_cgroup_hierarchy=1 to give it to cgroup v2",
            file.display(),
            hierarchy.listed()
        )),
        None => Verdict::Missing(format!("{name} is not in {} ({})", file.display(), hierarchy.listed())),
    }
}

/// cgroup v2 freezing (cgroup.freeze) is part of cgroup v2 since Linux 5.2.
fn cgroup_freeze() -> Result<(), String> {
    filesystem("cgroup2")?;
    let release = rustix::system::uname().release().to_string_lossy().into_owned();
    let mut numbers = release.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse::<u32>().ok());
    let version = (numbers.next().unwrap_or(0), numbers.next().unwrap_or(0));
    if version >= (5, 2) {
        Ok(())
    } else {
        Err(format!("kernel {release} is older than 5.2"))
    }
}

/// Values of a kernel configuration: option name without `CONFIG_` to
/// `y`, `m` or another value.
type KernelConfig = HashMap<String, String>;

fn parse_config(text: &str) -> KernelConfig {
    text.lines()
        .filter_map(|line| line.strip_prefix("CONFIG_"))
        .filter_map(|line| line.split_once('='))
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect()
}

fn read_config(file: &Path) -> Result<KernelConfig, String> {
    let bytes = std::fs::read(file).map_err(|err| format!("cannot read {}: {err}", file.display()))?;
    let text = if bytes.starts_with(&[0x1f, 0x8b]) {
        gunzip::gunzip(&bytes).map_err(|err| format!("cannot read {}: {err}", file.display()))?
    } else {
        bytes
    };
    Ok(parse_config(&String::from_utf8_lossy(&text)))
}

/// Verdict on one feature.
#[derive(Debug, PartialEq, Eq)]
enum Verdict {
    Present,
    /// Configured as modules and not probed: present once loaded.
    Module(Vec<&'static str>),
    Missing(String),
    /// A controller the kernel has but binds to a cgroup v1 hierarchy, so the
    /// cgroup v2 hierarchy guestd uses does not offer it.
    BoundToV1(String),
    Unknown,
}

fn judge(feature: &Feature, config: Option<&KernelConfig>, hierarchy: Option<&Result<Hierarchy, String>>) -> Verdict {
    if let (Some(hierarchy), Some(controller)) = (hierarchy, feature.controller) {
        return controller_verdict(hierarchy, controller);
    }
    let probing = hierarchy.is_some();
    let mut modules = Vec::new();
    let mut absent = Vec::new();
    for &option in feature.options {
        match config.and_then(|c| c.get(option)).map(String::as_str) {
            Some("y") => {}
            Some("m") => modules.push(option),
            _ => absent.push(option),
        }
    }
    let config_note = || {
        if !absent.is_empty() {
            format!("; not set: {}", names(&absent))
        } else if !modules.is_empty() {
            format!("; built as modules: {} (load them with --load-module)", names(&modules))
        } else {
            String::new()
        }
    };
    if let (true, Some(probe)) = (probing, feature.probe) {
        return match probe() {
            Ok(()) => Verdict::Present,
            Err(why) => Verdict::Missing(if config.is_some() { format!("{why}{}", config_note()) } else { why }),
        };
    }
    if config.is_none() || feature.options.is_empty() {
        return Verdict::Unknown;
    }
    if !absent.is_empty() {
        Verdict::Missing(format!("not set: {}", names(&absent)))
    } else if !modules.is_empty() {
        Verdict::Module(modules)
    } else {
        Verdict::Present
    }
}

fn names(options: &[&str]) -> String {
    options.iter().map(|o| format!("CONFIG_{o}")).collect::<Vec<_>>().join(", ")
}

const USAGE: &str = "\
Usage: guestd check-kernel [--config FILE]

Lists the kernel features guestd needs and says which are missing. Without
--config it probes the running kernel and reads /proc/config.gz when
present; with --config it judges that configuration file (plain or gzip)
alone. Exits 1 when a required feature is missing.

Cgroup controllers count as present only when the cgroup v2 hierarchy
that guestd uses (the first cgroup2 mount, /sys/fs/cgroup/unified on a
hybrid host) offers them. A controller bound to a cgroup v1 hierarchy
shows as cgroup1: guestd runs, but the limits that need it do not apply.
";

/// Runs `guestd check-kernel ARGS` and returns the exit code.
pub fn run(args: &[String]) -> i32 {
    let mut config_file = None;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--config" => match iter.next() {
                Some(file) => config_file = Some(file.clone()),
                None => return usage("--config needs a FILE"),
            },
            "-h" | "--help" => {
                print!("{USAGE}");
                return 0;
            }
            other => return usage(&format!("unexpected argument {other:?}")),
        }
    }
    let probing = config_file.is_none();
    let source = config_file.clone().unwrap_or_else(|| "/proc/config.gz".to_string());
    let config = match read_config(Path::new(&source)) {
        Ok(config) => Some(config),
        Err(err) if probing => {
            println!("note: {err}; judging by probes alone");
            None
        }
        Err(err) => {
            eprintln!("guestd check-kernel: {err}");
            return 2;
        }
    };
    // Probing judges controllers by the cgroup v2 hierarchy in use.
    let hierarchy = probing.then(Hierarchy::find);
    match &hierarchy {
        Some(Ok(found)) => println!("cgroup v2 hierarchy: {} (controllers: {})", found.mount.display(), found.listed()),
        Some(Err(why)) => println!("cgroup v2 hierarchy: {why}"),
        None => {}
    }
    let mut missing_required = 0;
    let mut bound_to_v1 = 0;
    for feature in FEATURES {
        let verdict = judge(feature, config.as_ref(), hierarchy.as_ref());
        let (status, detail) = match &verdict {
            Verdict::Present => ("ok", String::new()),
            Verdict::Module(modules) => ("module", format!(" ({} must be loaded)", names(modules))),
            Verdict::Missing(why) if feature.required => {
                missing_required += 1;
                ("MISSING", format!(" ({why})"))
            }
            Verdict::Missing(why) => ("absent", format!(" (optional: {why})")),
            Verdict::BoundToV1(why) => {
                bound_to_v1 += 1;
                ("cgroup1", format!(" ({why})"))
            }
            Verdict::Unknown => ("unknown", " (no probe and no configuration to read)".to_string()),
        };
        println!("{status:<8} {}: {}{detail}", feature.name, feature.needed_for);
    }
    if bound_to_v1 > 0 {
        println!(
            "{bound_to_v1} controller(s) belong to cgroup v1: guestd runs, but the container's limits \
             that need them do not apply"
        );
    }
    if missing_required > 0 {
        println!("{missing_required} required feature(s) missing");
        1
    } else {
        println!("every required feature is present");
        0
    }
}

fn usage(err: &str) -> i32 {
    eprint!("guestd check-kernel: {err}\n{USAGE}");
    2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fragment() -> KernelConfig {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/kernel-config/guestd.config"))
            .expect("kernel-config/guestd.config exists");
        parse_config(&text)
    }

    /// The fragment that builds the guest kernel sets every option a
    /// feature needs, required or not.
    #[test]
    fn fragment_covers_every_feature() {
        let config = fragment();
        for feature in FEATURES {
            for option in feature.options {
                assert_eq!(
                    config.get(*option).map(String::as_str),
                    Some("y"),
                    "kernel-config/guestd.config lacks CONFIG_{option} ({})",
                    feature.name
                );
            }
        }
    }

    #[test]
    fn judge_reads_modules_and_missing_options() {
        let config = parse_config("CONFIG_VSOCKETS=m\nCONFIG_UNIX=y\n# CONFIG_OVERLAY_FS is not set\n");
        let by_name = |name: &str| FEATURES.iter().find(|f| f.name == name).unwrap();
        assert_eq!(judge(by_name("vsock"), Some(&config), None), Verdict::Module(vec!["VSOCKETS"]));
        assert_eq!(judge(by_name("unix sockets"), Some(&config), None), Verdict::Present);
        assert_eq!(
            judge(by_name("overlayfs"), Some(&config), None),
            Verdict::Missing("not set: CONFIG_OVERLAY_FS".to_string())
        );
        assert_eq!(judge(by_name("pidfd"), Some(&config), None), Verdict::Unknown);
    }

    #[test]
    fn controllers_judged_by_v2_hierarchy() {
        let hierarchy = Ok(Hierarchy {
            mount: PathBuf::from("/nonexistent/unified"),
            controllers: vec!["cpu".to_string(), "hugetlb".to_string()],
        });
        assert_eq!(controller_verdict(&hierarchy, "cpu"), Verdict::Present);
        let missing = Err("cannot find the cgroup2 mount".to_string());
        assert_eq!(controller_verdict(&missing, "cpu"), Verdict::Missing("cannot find the cgroup2 mount".into()));
    }

    #[test]
    fn v1_hierarchy_read_from_proc_cgroups() {
        let text = "#subsys_name\thierarchy\tnum_cgroups\tenabled\n\
                    memory\t4\t66\t1\npids\t0\t1\t1\nblkio\t7\t1\t0\n";
        assert_eq!(v1_hierarchy(text, "memory"), Some(4));
        assert_eq!(v1_hierarchy(text, "pids"), None);
        assert_eq!(v1_hierarchy(text, "blkio"), None);
        assert_eq!(v1_hierarchy(text, "cpu"), None);
    }

    #[test]
    fn parse_config_skips_comments() {
        let config = parse_config("# CONFIG_A is not set\nCONFIG_B=y\nCONFIG_C=\"text\"\n");
        assert_eq!(config.len(), 2);
        assert_eq!(config["C"], "\"text\"");
    }
}
