//! Settings of `guestd serve`, parsed from its command line. Each flag is
//! one row of [`FLAGS`], which also produces `guestd serve --help`.

use std::path::PathBuf;
use std::time::Duration;

use crate::addr::Addr;

/// Network mode of the inner container.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NetworkMode {
    /// A network namespace of its own with only `lo`; ports get in through
    /// the daemon's forwarding.
    Private,
    /// The root network namespace, shared with the daemon.
    Host,
}

/// Default `pids.max` of the container: far above what a workload of a
/// small VM runs, far below what exhausts the kernel's PID space or its
/// memory for kernel stacks.
pub const DEFAULT_PIDS_MAX: u64 = 4096;
/// Largest `--pids-max`: the kernel's PID_MAX_LIMIT on 64-bit machines
/// (4 Mi). The pids controller rejects larger values with EINVAL.
pub const MAX_PIDS_MAX: u64 = 4 * 1024 * 1024;
/// Default `memory.max` of the container, in percent of the machine's
/// memory (`MemTotal`): the rest stays for the kernel, the daemon and the
/// page cache, so a memory hog inside meets the cgroup's OOM killer
/// before the machine's.
pub const DEFAULT_MEMORY_PERCENT: u64 = 75;
/// Default `--exec-detached-timeout` in seconds: one day. A console left
/// overnight is still there the next morning, while consoles that are
/// never reattached end instead of filling the session table.
pub const DEFAULT_DETACHED_TIMEOUT: u64 = 24 * 60 * 60;

/// The container's memory limit as `--memory-max` gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemoryMax {
    Bytes(u64),
    /// A share of `MemTotal`, resolved when the cgroup is created.
    Percent(u64),
    /// `max`: no limit.
    Unlimited,
}

impl MemoryMax {
    /// Returns the limit in bytes for a machine with `mem_total` bytes, or
    /// `None` for no limit.
    pub fn bytes(self, mem_total: Option<u64>) -> Option<u64> {
        match self {
            MemoryMax::Bytes(bytes) => Some(bytes),
            MemoryMax::Percent(percent) => mem_total.map(|total| total / 100 * percent),
            MemoryMax::Unlimited => None,
        }
    }
}

/// Default size of the upper layer's tmpfs as PID 1, in percent of the
/// machine's memory. There the state directory is on the initramfs, in
/// memory too, so its own tmpfs costs nothing more and keeps a container
/// that fills its disk from filling the daemon's.
pub const PID1_UPPER_PERCENT: u64 = 50;

/// Size of the tmpfs that contains the container's upper layer, as
/// `--upper-size` gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpperSize {
    /// No filesystem of its own: the upper layer shares the filesystem of
    /// its directory.
    Shared,
    Bytes(u64),
    /// A share of `MemTotal`, resolved when the tmpfs is mounted.
    Percent(u64),
}

#[derive(Clone, Debug)]
pub struct Config {
    pub listen: Vec<Addr>,
    pub state_dir: PathBuf,
    pub run_dir: PathBuf,
    pub base: PathBuf,
    pub network: NetworkMode,
    pub hostname: String,
    pub memory_max: MemoryMax,
    pub pids_max: Option<u64>,
    /// `--upper-size`; `None` when not given, see [`Config::upper_size`].
    pub upper_size: Option<UpperSize>,
    /// `--upper-dir`; `None` when not given, see [`Config::layer_dir`].
    pub upper_dir: Option<PathBuf>,
    pub vsock_allow_cid: u32,
    pub max_connections: usize,
    pub exec_kill_delay: Duration,
    /// Time a running TTY session may stay without a client before its
    /// process group gets SIGHUP. Zero means no limit.
    pub exec_detached_timeout: Duration,
    pub log_level: log::LevelFilter,
    pub log_sink: Option<Addr>,
    pub log_file_max: u64,
    pub log_rotated_files: u32,
    pub log_tail_bytes: usize,
    pub log_spool_max: u64,
    pub publish: Vec<(u16, u16)>,
    pub forward_max_connections: usize,
    pub store: Option<String>,
    pub store_region: String,
    pub store_key_file: Option<PathBuf>,
    pub restore: Option<String>,
    /// Cap of the local pack cache under `STATE/storage/cache`, in bytes; 0 disables it.
    pub chunk_cache_max: u64,
    pub modules: Vec<PathBuf>,
    pub name: String,
    pub token_file: Option<PathBuf>,
    /// Bearer token that TCP and vsock clients must send, loaded at start
    /// from `token_file` or the environment by [`crate::api::auth::load_token`].
    pub token: Option<crate::api::auth::Token>,
    /// Whether the daemon runs as the init process of the machine.
    pub pid1: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: Vec::new(),
            state_dir: PathBuf::from("/var/lib/guestd"),
            run_dir: PathBuf::from("/run/guestd"),
            base: PathBuf::from("/"),
            network: NetworkMode::Private,
            hostname: "guestd".to_string(),
            memory_max: MemoryMax::Percent(DEFAULT_MEMORY_PERCENT),
            pids_max: Some(DEFAULT_PIDS_MAX),
            upper_size: None,
            upper_dir: None,
            vsock_allow_cid: 2,
            max_connections: 512,
            exec_kill_delay: Duration::from_secs(5),
            exec_detached_timeout: Duration::from_secs(DEFAULT_DETACHED_TIMEOUT),
            log_level: log::LevelFilter::Info,
            log_sink: None,
            log_file_max: 8 * 1024 * 1024,
            log_rotated_files: 3,
            log_tail_bytes: 256 * 1024,
            log_spool_max: 64 * 1024 * 1024,
            publish: Vec::new(),
            forward_max_connections: crate::forward::DEFAULT_MAX_CONNECTIONS,
            store: None,
            store_region: "us-east-1".to_string(),
            store_key_file: None,
            restore: None,
            chunk_cache_max: crate::storage::cache::DEFAULT_CAP_MIB << 20,
            modules: Vec::new(),
            name: "guestd".to_string(),
            token_file: None,
            token: None,
            pid1: false,
        }
    }
}

impl Config {
    /// Size of the upper layer's tmpfs: `--upper-size`, else
    /// [`PID1_UPPER_PERCENT`] as PID 1 and no tmpfs otherwise.
    pub fn upper_size(&self) -> UpperSize {
        match self.upper_size {
            Some(size) => size,
            None if self.pid1 => UpperSize::Percent(PID1_UPPER_PERCENT),
            None => UpperSize::Shared,
        }
    }

    /// Directory holding the container's upper and work directories and a
    /// restore's staging tree, which must share one filesystem:
    /// `--upper-dir`, else `STATE_DIR/layer` when the upper layer gets a
    /// tmpfs, else the state directory itself.
    pub fn layer_dir(&self) -> PathBuf {
        match (&self.upper_dir, self.upper_size()) {
            (Some(dir), _) => dir.clone(),
            (None, UpperSize::Shared) => self.state_dir.clone(),
            (None, _) => self.state_dir.join("layer"),
        }
    }
}

struct Flag {
    name: &'static str,
    value: &'static str,
    help: &'static str,
    apply: fn(&mut Config, &str) -> Result<(), String>,
}

const FLAGS: &[Flag] = &[
    Flag {
        name: "listen",
        value: "ADDR",
        help: "serve the API on ADDR (unix:PATH, tcp:HOST:PORT on loopback, vsock:PORT); \
               repeatable; default unix:RUN_DIR/api.sock (unix:/run/guestd/api.sock), plus vsock:1024 \
               as PID 1",
        apply: |c, v| {
            let addr = Addr::parse(v)?;
            if let Addr::HybridVsock { .. } = addr {
                return Err(format!("--listen {v}: hvsock addresses are for clients only"));
            }
            c.listen.push(addr);
            Ok(())
        },
    },
    Flag {
        name: "state-dir",
        value: "DIR",
        help: "directory for service definitions, logs, checkpoint metadata and the \
               container's upper layer (unless --upper-size or --upper-dir moves it); \
               default /var/lib/guestd",
        apply: |c, v| {
            c.state_dir = PathBuf::from(v);
            Ok(())
        },
    },
    Flag {
        name: "run-dir",
        value: "DIR",
        help: "directory for runtime sockets, the default API socket RUN_DIR/api.sock among \
               them (clients then need --api unix:RUN_DIR/api.sock); default /run/guestd",
        apply: |c, v| {
            c.run_dir = PathBuf::from(v);
            Ok(())
        },
    },
    Flag {
        name: "base",
        value: "DIR",
        help: "read-only base image of the inner container (overlayfs lower layer); default /",
        apply: |c, v| {
            c.base = PathBuf::from(v);
            Ok(())
        },
    },
    Flag {
        name: "network",
        value: "MODE",
        help: "container network: private (own namespace with lo) or host; default private",
        apply: |c, v| {
            c.network = match v {
                "private" => NetworkMode::Private,
                "host" => NetworkMode::Host,
                _ => return Err(format!("--network {v:?}: expected private or host")),
            };
            Ok(())
        },
    },
    Flag {
        name: "hostname",
        value: "NAME",
        help: "hostname inside the container; default guestd",
        apply: |c, v| {
            if v.is_empty() || v.len() > 64 {
                return Err(format!("--hostname {v:?}: must be 1 to 64 bytes"));
            }
            // Only the characters of a DNS host name, because programs in
            // the container print and parse it.
            let allowed = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'.';
            if !v.bytes().all(allowed) || v.starts_with(['-', '.']) {
                return Err(format!(
                    "--hostname {v:?}: use letters, digits, '-' and '.', starting with a letter or digit"
                ));
            }
            c.hostname = v.to_string();
            Ok(())
        },
    },
    Flag {
        name: "memory-max",
        value: "BYTES",
        help: "memory limit of the container (cgroup memory.max): a size such as 512M or 2G, \
               a percentage of the machine's memory (N%), or max for none; default 75%",
        apply: |c, v| {
            c.memory_max = match v {
                "max" => MemoryMax::Unlimited,
                _ => match v.strip_suffix('%') {
                    Some(percent) => match percent.parse::<u64>() {
                        Ok(percent @ 1..=100) => MemoryMax::Percent(percent),
                        _ => return Err(format!("--memory-max {v:?}: invalid percentage; expected 1% to 100%")),
                    },
                    None => MemoryMax::Bytes(parse_size(v, "--memory-max", ", a percentage such as 75%, or max")?),
                },
            };
            Ok(())
        },
    },
    Flag {
        name: "pids-max",
        value: "N",
        help: "process limit of the container (cgroup pids.max), or max for none; default 4096, \
            or half of kernel.threads-max where that is lower",
        apply: |c, v| {
            c.pids_max = match v {
                "max" => None,
                _ => match parse_number(v, "--pids-max")? {
                    // Zero would let the container start no process at all.
                    count @ 1..=MAX_PIDS_MAX => Some(count),
                    _ => {
                        return Err(format!(
                            "--pids-max {v:?}: out of range; expected 1 to {MAX_PIDS_MAX}, or max for none"
                        ))
                    }
                },
            };
            Ok(())
        },
    },
    Flag {
        name: "upper-size",
        value: "BYTES",
        help: "mount a tmpfs of this size (a size such as 512M or 2G, or N% of the machine's \
               memory) with one inode per 4 KiB for the container's upper layer, so user code \
               that fills its disk cannot fill the state directory; none keeps the upper \
               layer on the filesystem of --upper-dir; default none, 50% as PID 1",
        apply: |c, v| {
            c.upper_size = Some(match v {
                "none" => UpperSize::Shared,
                _ => match v.strip_suffix('%') {
                    Some(percent) => match percent.parse::<u64>() {
                        Ok(percent @ 1..=100) => UpperSize::Percent(percent),
                        _ => return Err(format!("--upper-size {v:?}: invalid percentage; expected 1% to 100%")),
                    },
                    None => {
                        let bytes = parse_size(v, "--upper-size", ", a percentage such as 50%, or none")?;
                        if bytes < MIN_UPPER_SIZE {
                            return Err(format!(
                                "--upper-size {v:?}: too small; must be at least 1M ({MIN_UPPER_SIZE} bytes)"
                            ));
                        }
                        UpperSize::Bytes(bytes)
                    }
                },
            });
            Ok(())
        },
    },
    Flag {
        name: "upper-dir",
        value: "DIR",
        help: "directory for the container's upper layer, its overlay work directory and \
               restore staging; give it a filesystem of its own (or --upper-size) so user \
               code that fills it cannot fill the state directory; default STATE_DIR, or \
               STATE_DIR/layer with --upper-size",
        apply: |c, v| {
            c.upper_dir = Some(PathBuf::from(v));
            Ok(())
        },
    },
    Flag {
        name: "vsock-allow-cid",
        value: "CID",
        help: "the only vsock peer CID accepted (2 is the host); default 2",
        apply: |c, v| {
            c.vsock_allow_cid = u32::try_from(parse_number(v, "--vsock-allow-cid")?)
                .map_err(|_| format!("--vsock-allow-cid {v:?}: must be at most {}", u32::MAX))?;
            Ok(())
        },
    },
    Flag {
        name: "max-connections",
        value: "N",
        help: "open API connections at most; more are answered 503; default 512",
        apply: |c, v| {
            c.max_connections = match parse_number(v, "--max-connections")? {
                0 => return Err(format!("--max-connections {v:?}: must be at least 1")),
                n => usize::try_from(n).unwrap_or(usize::MAX),
            };
            Ok(())
        },
    },
    Flag {
        name: "exec-kill-delay",
        value: "SECONDS",
        help: "seconds a non-TTY command outlives its disconnected client; default 5",
        apply: |c, v| {
            c.exec_kill_delay = Duration::from_secs(parse_number(v, "--exec-kill-delay")?);
            Ok(())
        },
    },
    Flag {
        name: "exec-detached-timeout",
        value: "SECONDS",
        help: "seconds a TTY session may run without a client before its process group gets SIGHUP; \
               0 for no limit; default 86400 (one day)",
        apply: |c, v| {
            c.exec_detached_timeout = Duration::from_secs(parse_number(v, "--exec-detached-timeout")?);
            Ok(())
        },
    },
    Flag {
        name: "log-level",
        value: "LEVEL",
        help: "error, warn, info, debug or trace; default info",
        apply: |c, v| {
            c.log_level = v
                .parse()
                .map_err(|_| format!("--log-level {v:?}: expected error, warn, info, debug or trace"))?;
            Ok(())
        },
    },
    Flag {
        name: "log-sink",
        value: "ADDR",
        help: "ship every log record as a JSON line to ADDR (unix:, tcp: or vsock:); default none",
        apply: |c, v| {
            c.log_sink = Some(Addr::parse(v)?);
            Ok(())
        },
    },
    Flag {
        name: "log-file-max",
        value: "BYTES",
        help: "size at which a service's log file STATE_DIR/logs/NAME.log is rotated; \
               at least 64K; default 8M",
        apply: |c, v| {
            let bytes = parse_size(v, "--log-file-max", "")?;
            if bytes < 64 * 1024 {
                return Err(format!("--log-file-max {v:?}: too small; must be at least 64K (65536 bytes)"));
            }
            c.log_file_max = bytes;
            Ok(())
        },
    },
    Flag {
        name: "log-rotated-files",
        value: "N",
        help: "rotated log files kept per service (NAME.log.1 .. NAME.log.N); default 3",
        apply: |c, v| {
            c.log_rotated_files = parse_number(v, "--log-rotated-files")?.min(1000) as u32;
            Ok(())
        },
    },
    Flag {
        name: "log-tail-bytes",
        value: "BYTES",
        help: "newest bytes of a service's log file indexed for tail requests; default 256K",
        apply: |c, v| {
            c.log_tail_bytes = usize::try_from(parse_size(v, "--log-tail-bytes", "")?)
                .map_err(|_| format!("--log-tail-bytes {v:?}: too large for this machine"))?;
            Ok(())
        },
    },
    Flag {
        name: "log-spool-max",
        value: "BYTES",
        help: "records waiting on disk for a slow or absent --log-sink, in bytes; \
               past it the oldest are dropped and counted; default 64M",
        apply: |c, v| {
            c.log_spool_max = parse_size(v, "--log-spool-max", "")?;
            Ok(())
        },
    },
    Flag {
        name: "publish",
        value: "OUTER:INNER",
        help: "listen on loopback TCP port OUTER and forward to container port INNER; repeatable",
        apply: |c, v| {
            let (outer, inner) = v
                .split_once(':')
                .ok_or_else(|| format!("--publish {v:?}: expected OUTER:INNER port numbers"))?;
            let port = |p: &str| {
                p.parse::<u16>()
                    .map_err(|_| format!("--publish {v:?}: {p:?} is not a port number"))
            };
            let (outer, inner) = (port(outer)?, port(inner)?);
            if inner == 0 {
                return Err(format!("--publish {v:?}: the container port must be 1 to 65535 (OUTER may be 0)"));
            }
            if let Some((_, other)) = c.publish.iter().find(|(taken, _)| outer != 0 && *taken == outer) {
                return Err(format!(
                    "--publish {v:?}: port {outer} is already published by --publish {outer}:{other}; pick another OUTER port"
                ));
            }
            c.publish.push((outer, inner));
            Ok(())
        },
    },
    Flag {
        name: "forward-max-connections",
        value: "N",
        help: "forwarded connections open at once at most (fewer if the open-file limit is too low for them); more are refused; default 2048",
        apply: |c, v| {
            c.forward_max_connections = parse_number(v, "--forward-max-connections")? as usize;
            Ok(())
        },
    },
    Flag {
        name: "store",
        value: "URL",
        help: "checkpoint object store: dir:PATH, s3:http://HOST:PORT/BUCKET[/PREFIX], or \
               s3:vsock:CID:PORT/BUCKET[/PREFIX] for a server the VM's host relays vsock port PORT to; \
               default dir:STATE_DIR/store",
        apply: |c, v| {
            c.store = Some(v.to_string());
            Ok(())
        },
    },
    Flag {
        name: "store-region",
        value: "REGION",
        help: "region that s3: store requests are signed for; default us-east-1",
        apply: |c, v| {
            c.store_region = v.to_string();
            Ok(())
        },
    },
    Flag {
        name: "store-key-file",
        value: "PATH",
        help: "file with the s3: store's access key id and secret key on two lines; default \
               $AWS_ACCESS_KEY_ID and $AWS_SECRET_ACCESS_KEY; keep it under the state or run \
               directory, which the container cannot see",
        apply: |c, v| {
            c.store_key_file = Some(PathBuf::from(v));
            Ok(())
        },
    },
    Flag {
        name: "restore",
        value: "ID",
        help: "at start, rebuild the upper layer from checkpoint ID (or latest) in the store",
        apply: |c, v| {
            c.restore = Some(v.to_string());
            Ok(())
        },
    },
    Flag {
        name: "chunk-cache-mib",
        value: "MIB",
        help: "disk space for the local cache of checkpoint data in STATE_DIR/storage/cache, \
               which restores read before the store: MiB as a plain number, or a size such \
               as 512M or 2G; 0 disables it; default 1024",
        apply: |c, v| {
            c.chunk_cache_max = match v.parse::<u64>() {
                Ok(mib) => mib.saturating_mul(1 << 20),
                Err(_) => parse_size(v, "--chunk-cache-mib", ", or MiB as a plain number")?,
            };
            Ok(())
        },
    },
    Flag {
        name: "load-module",
        value: "PATH",
        help: "load the kernel module at PATH with finit_module before starting; repeatable",
        apply: |c, v| {
            c.modules.push(PathBuf::from(v));
            Ok(())
        },
    },
    Flag {
        name: "name",
        value: "NAME",
        help: "name of this VM in /v1/sprites/NAME routes; default guestd",
        apply: |c, v| {
            c.name = v.to_string();
            Ok(())
        },
    },
    Flag {
        name: "token-file",
        value: "PATH",
        help: "file holding the bearer token that TCP and vsock clients must send; \
               default the GUESTD_TOKEN environment variable, else no token",
        apply: |c, v| {
            c.token_file = Some(PathBuf::from(v));
            Ok(())
        },
    },
];

/// Smallest `--upper-size` in bytes: room for the overlay's work
/// directory and a few files.
const MIN_UPPER_SIZE: u64 = 1 << 20;

/// Binary multipliers of the size suffixes that [`parse_size`] accepts.
const SIZE_SUFFIXES: [(char, u64); 4] = [('K', 1 << 10), ('M', 1 << 20), ('G', 1 << 30), ('T', 1 << 40)];

/// Parses a size in bytes: a whole number with an optional K, M, G or T
/// suffix (powers of 1024, either case, optionally followed by `iB` or
/// `B`), as in `512M`, `2GiB` or `65536`. An invalid value's message
/// lists `other_forms` after the size forms.
fn parse_size(value: &str, flag: &str, other_forms: &str) -> Result<u64, String> {
    let invalid = || {
        format!(
            "{flag} {value:?}: invalid size; expected bytes as a whole number, optionally with a \
             K, M, G or T suffix (powers of 1024, as in 512M or 2G){other_forms}"
        )
    };
    let text = value.strip_suffix("iB").or_else(|| value.strip_suffix('B')).unwrap_or(value);
    let (digits, multiplier) = match text.chars().last().map(|c| c.to_ascii_uppercase()) {
        Some(last) if last.is_ascii_alphabetic() => {
            let (_, multiplier) = SIZE_SUFFIXES.iter().find(|(suffix, _)| *suffix == last).ok_or_else(invalid)?;
            (&text[..text.len() - 1], *multiplier)
        }
        _ if text.len() != value.len() => return Err(invalid()),
        _ => (text, 1),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid());
    }
    digits
        .parse::<u64>()
        .ok()
        .and_then(|number| number.checked_mul(multiplier))
        .ok_or_else(|| format!("{flag} {value:?}: size too large; the maximum is 2^64 - 1 bytes"))
}

fn parse_number(value: &str, flag: &str) -> Result<u64, String> {
    value.parse().map_err(|_| format!("{flag} {value:?}: expected a whole number"))
}

/// Help text of `guestd serve`.
pub fn help() -> String {
    let mut text = String::from("Usage: guestd serve [OPTIONS]\n\nRuns the daemon.\n\nOptions:\n");
    let heads: Vec<String> = FLAGS.iter().map(|flag| format!("  --{} {}", flag.name, flag.value)).collect();
    // The help texts start in one column, two spaces after the longest flag.
    let width = heads.iter().map(String::len).max().unwrap_or(0) + 2;
    for (head, flag) in heads.iter().zip(FLAGS) {
        let help = flag.help.split_whitespace().collect::<Vec<_>>().join(" ");
        text.push_str(&format!("{head:<width$}{help}\n"));
    }
    text.push_str(&format!("{:<width$}print this help\n", "  -h, --help"));
    text
}

/// Parses the arguments that follow `guestd serve`.
pub fn parse(args: &[String]) -> Result<Config, String> {
    let mut config = Config::default();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let Some(stripped) = arg.strip_prefix("--") else {
            return Err(format!("unexpected argument {arg:?}; see guestd serve --help"));
        };
        let (name, inline) = match stripped.split_once('=') {
            Some((name, value)) => (name, Some(value.to_string())),
            None => (stripped, None),
        };
        let flag = FLAGS
            .iter()
            .find(|flag| flag.name == name)
            .ok_or_else(|| format!("unknown option --{name}; see guestd serve --help"))?;
        let value = match inline {
            Some(value) => value,
            None => iter.next().cloned().ok_or_else(|| format!("--{name} needs a value ({})", flag.value))?,
        };
        (flag.apply)(&mut config, &value)?;
    }
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_separates_every_flag_from_its_text() {
        let text = help();
        for flag in FLAGS {
            let head = format!("  --{} {}  ", flag.name, flag.value);
            assert!(text.lines().any(|line| line.starts_with(&head)), "--{} runs into its help: {text}", flag.name);
        }
    }

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parse_flags_both_forms() {
        let config = parse(&args(&["--listen", "tcp:127.0.0.1:9", "--state-dir=/tmp/s"])).unwrap();
        assert_eq!(config.listen.len(), 1);
        assert_eq!(config.state_dir, PathBuf::from("/tmp/s"));
    }

    #[test]
    fn parse_rejects_unknown_and_missing() {
        assert!(parse(&args(&["--nope"])).unwrap_err().contains("--nope"));
        assert!(parse(&args(&["--listen"])).unwrap_err().contains("needs a value"));
        assert!(parse(&args(&["--network", "bridge"])).unwrap_err().contains("bridge"));
    }

    #[test]
    fn limits_default_and_parse() {
        let config = parse(&[]).unwrap();
        assert_eq!(config.memory_max, MemoryMax::Percent(DEFAULT_MEMORY_PERCENT));
        assert_eq!(config.pids_max, Some(DEFAULT_PIDS_MAX));
        assert_eq!(config.memory_max.bytes(Some(1000)), Some(750));
        let config = parse(&args(&["--memory-max", "max", "--pids-max", "max"])).unwrap();
        assert_eq!((config.memory_max, config.pids_max), (MemoryMax::Unlimited, None));
        let config = parse(&args(&["--memory-max", "50%"])).unwrap();
        assert_eq!(config.memory_max, MemoryMax::Percent(50));
        let config = parse(&args(&["--memory-max", "1048576"])).unwrap();
        assert_eq!(config.memory_max.bytes(None), Some(1048576));
        assert!(parse(&args(&["--memory-max", "150%"])).unwrap_err().contains("150%"));
        assert!(parse(&args(&["--pids-max", "lots"])).unwrap_err().contains("lots"));
        let config = parse(&args(&["--pids-max", "1"])).unwrap();
        assert_eq!(config.pids_max, Some(1));
        let config = parse(&args(&["--pids-max", &MAX_PIDS_MAX.to_string()])).unwrap();
        assert_eq!(config.pids_max, Some(MAX_PIDS_MAX));
        for bad in ["0", "4194305"] {
            let err = parse(&args(&["--pids-max", bad])).unwrap_err();
            assert!(err.contains(&format!("--pids-max \"{bad}\"")), "{err}");
            assert!(err.contains("expected 1 to 4194304, or max"), "{err}");
        }
    }

    #[test]
    fn upper_size_defaults_and_parse() {
        let mut config = parse(&[]).unwrap();
        assert_eq!(config.upper_size(), UpperSize::Shared);
        assert_eq!(config.layer_dir(), config.state_dir);
        config.pid1 = true;
        assert_eq!(config.upper_size(), UpperSize::Percent(PID1_UPPER_PERCENT));
        assert_eq!(config.layer_dir(), config.state_dir.join("layer"));
        let config = parse(&args(&["--upper-size", "67108864", "--state-dir", "/s"])).unwrap();
        assert_eq!(config.upper_size(), UpperSize::Bytes(64 << 20));
        assert_eq!(config.layer_dir(), PathBuf::from("/s/layer"));
        let config = parse(&args(&["--upper-size", "25%", "--upper-dir", "/u"])).unwrap();
        assert_eq!(config.upper_size(), UpperSize::Percent(25));
        assert_eq!(config.layer_dir(), PathBuf::from("/u"));
        let mut config = parse(&args(&["--upper-size", "none"])).unwrap();
        config.pid1 = true;
        assert_eq!(config.upper_size(), UpperSize::Shared);
        assert!(parse(&args(&["--upper-size", "4096"])).unwrap_err().contains("at least"));
        assert!(parse(&args(&["--upper-size", "0%"])).unwrap_err().contains("0%"));
        assert!(parse(&args(&["--upper-size", "big"])).unwrap_err().contains("big"));
    }

    #[test]
    fn sizes_accept_suffixes() {
        let cases = [
            ("65536", 65536),
            ("64K", 64 << 10),
            ("64k", 64 << 10),
            ("100M", 100 << 20),
            ("100MiB", 100 << 20),
            ("100MB", 100 << 20),
            ("2G", 2 << 30),
            ("1T", 1 << 40),
        ];
        for (text, bytes) in cases {
            assert_eq!(parse_size(text, "--x", ""), Ok(bytes), "{text}");
            let config = parse(&args(&["--memory-max", text])).unwrap();
            assert_eq!(config.memory_max, MemoryMax::Bytes(bytes), "{text}");
            let config = parse(&args(&["--log-spool-max", text])).unwrap();
            assert_eq!(config.log_spool_max, bytes, "{text}");
        }
        let config = parse(&args(&["--upper-size", "64M"])).unwrap();
        assert_eq!(config.upper_size(), UpperSize::Bytes(64 << 20));
        let config = parse(&args(&["--log-file-max", "1M", "--log-tail-bytes", "512K"])).unwrap();
        assert_eq!(config.log_file_max, 1 << 20);
        assert_eq!(config.log_tail_bytes, 512 << 10);
        let config = parse(&args(&["--chunk-cache-mib", "256"])).unwrap();
        assert_eq!(config.chunk_cache_max, 256 << 20);
        let config = parse(&args(&["--chunk-cache-mib", "2G"])).unwrap();
        assert_eq!(config.chunk_cache_max, 2 << 30);
    }

    #[test]
    fn sizes_reject_with_value_and_forms() {
        for text in ["", "M", "100Q", "1.5G", "-1M", "10 M", "100iB", "B", "0x10", "20000000T"] {
            let err = parse(&args(&["--memory-max", text])).unwrap_err();
            assert!(err.contains(&format!("--memory-max {text:?}")), "{err}");
            let forms = if text == "20000000T" { "too large" } else { "512M or 2G" };
            assert!(err.contains(forms), "{err}");
        }
        let err = parse(&args(&["--memory-max", "1.5G"])).unwrap_err();
        assert!(err.contains("max"), "{err}");
        let err = parse(&args(&["--log-file-max", "1K"])).unwrap_err();
        assert!(err.contains("at least 64K"), "{err}");
        let err = parse(&args(&["--log-spool-max", "lots"])).unwrap_err();
        assert!(err.contains("--log-spool-max \"lots\": invalid size"), "{err}");
    }

    #[test]
    fn bad_flag_values_rejected_by_name() {
        let cases: [(&[&str], &str); 6] = [
            (&["--hostname", "bad host/"], "--hostname \"bad host/\": use letters"),
            (&["--hostname", "-x"], "--hostname \"-x\": use letters"),
            (&["--publish", "8080:0"], "--publish \"8080:0\": the container port"),
            (&["--vsock-allow-cid", "4294967298"], "--vsock-allow-cid \"4294967298\": must be at most"),
            (&["--max-connections", "0"], "--max-connections \"0\": must be at least 1"),
            (&["--publish", "8080"], "--publish \"8080\": expected OUTER:INNER"),
        ];
        for (flags, expected) in cases {
            let err = parse(&args(flags)).unwrap_err();
            assert!(err.contains(expected), "{flags:?}: {err}");
        }
        let err = parse(&args(&["--publish", "8080:80", "--publish", "8080:81"])).unwrap_err();
        assert!(err.contains("--publish \"8080:81\": port 8080 is already published by --publish 8080:80"), "{err}");
        let flags = ["--hostname", "web-1.example", "--publish", "0:80", "--publish", "0:81"];
        let config = parse(&args(&flags)).unwrap();
        assert_eq!(config.hostname, "web-1.example");
        assert_eq!(config.publish, vec![(0, 80), (0, 81)]);
    }

    #[test]
    fn help_lists_every_flag() {
        let text = help();
        for flag in FLAGS {
            assert!(text.contains(&format!("--{}", flag.name)));
        }
    }
}
