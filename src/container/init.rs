//! The container's init: `guestd __container-init`, started by the daemon
//! as PID 1 of the container's new PID namespace. It builds the root
//! filesystem (see [`super::rootfs`]), sets the hostname and brings `lo` up
//! in a private network namespace. It receives its settings as the first
//! message on descriptor 3 rather than as arguments, so that its command
//! line, which `ps` in the container shows, names none of the daemon's
//! paths. It reports `ok` or the failed step to the daemon on the same
//! descriptor, and then only reaps the orphans that are
//! reparented to it. It never runs user code; when it dies, the kernel
//! kills every process of the namespace and the daemon recreates the
//! container.

use std::io;
use std::os::fd::{AsFd, FromRawFd, OwnedFd};
use std::path::PathBuf;

use super::rootfs::{self, RootfsSpec};
use crate::sys::{caps, fdpass, namespace, process, seccomp};

/// Name of the hidden subcommand that runs the init.
pub const SUBCOMMAND: &str = "__container-init";

/// Descriptor on which the init receives its settings and reports to the
/// daemon.
pub const CHANNEL_FD: i32 = 3;

/// Largest encoded [`InitArgs`] message.
pub const MAX_ARGS: usize = 64 * 1024;

/// Everything the init needs, sent as one message on [`CHANNEL_FD`].
pub struct InitArgs {
    pub rootfs: RootfsSpec,
    pub hostname: String,
    pub private_network: bool,
}

impl InitArgs {
    /// Encodes the settings as `--name value` pairs, each string ended by
    /// a NUL byte.
    pub fn encode(&self) -> Result<Vec<u8>, String> {
        let mut message = Vec::new();
        for arg in self.to_args() {
            if arg.contains('\0') {
                return Err(format!("container setting {arg:?} contains a NUL byte"));
            }
            message.extend_from_slice(arg.as_bytes());
            message.push(0);
        }
        if message.len() > MAX_ARGS {
            return Err(format!("container settings take {} bytes, more than the limit of {MAX_ARGS}", message.len()));
        }
        Ok(message)
    }

    fn decode(message: &[u8]) -> Result<InitArgs, String> {
        let text = std::str::from_utf8(message).map_err(|_| "settings are not UTF-8".to_string())?;
        let args: Vec<String> =
            text.strip_suffix('\0').map(|body| body.split('\0').map(str::to_string).collect()).unwrap_or_default();
        InitArgs::parse(&args)
    }

    fn to_args(&self) -> Vec<String> {
        let mut args = vec![
            "--root".into(),
            self.rootfs.root.display().to_string(),
            "--base".into(),
            self.rootfs.base.display().to_string(),
            "--upper".into(),
            self.rootfs.upper.display().to_string(),
            "--work".into(),
            self.rootfs.work.display().to_string(),
            "--api-dir".into(),
            self.rootfs.api_dir.display().to_string(),
            "--hostname".into(),
            self.hostname.clone(),
            "--network".into(),
            if self.private_network { "private" } else { "host" }.into(),
        ];
        for path in &self.rootfs.hide {
            args.push("--hide".into());
            args.push(path.display().to_string());
        }
        args
    }

    fn parse(args: &[String]) -> Result<InitArgs, String> {
        let mut parsed = InitArgs {
            rootfs: RootfsSpec {
                root: PathBuf::new(),
                base: PathBuf::new(),
                upper: PathBuf::new(),
                work: PathBuf::new(),
                api_dir: PathBuf::new(),
                hide: Vec::new(),
            },
            hostname: String::new(),
            private_network: true,
        };
        let mut iter = args.iter();
        while let Some(name) = iter.next() {
            let value = iter.next().ok_or_else(|| format!("{name} needs a value"))?;
            match name.as_str() {
                "--root" => parsed.rootfs.root = value.into(),
                "--base" => parsed.rootfs.base = value.into(),
                "--upper" => parsed.rootfs.upper = value.into(),
                "--work" => parsed.rootfs.work = value.into(),
                "--api-dir" => parsed.rootfs.api_dir = value.into(),
                "--hostname" => parsed.hostname = value.clone(),
                "--network" => parsed.private_network = value == "private",
                "--hide" => parsed.rootfs.hide.push(value.into()),
                other => return Err(format!("unknown init option {other}")),
            }
        }
        Ok(parsed)
    }
}

/// Entry point of `guestd __container-init`; returns the exit code only
/// when setup failed.
pub fn main() -> i32 {
    // SAFETY: the daemon passes the report channel as descriptor 3 and
    // nothing else in this fresh process owns it.
    let channel = unsafe { OwnedFd::from_raw_fd(CHANNEL_FD) };
    let _ = process::reset_signals();
    let result = receive_args(&channel).map_err(rootfs::StepError).and_then(|args| setup(&args));
    let report = match &result {
        Ok(()) => "ok".to_string(),
        Err(err) => format!("error: {}", err.0),
    };
    let _ = fdpass::send(channel.as_fd(), report.as_bytes(), &[]);
    drop(channel);
    if result.is_err() {
        return 1;
    }
    reap_forever()
}

fn receive_args(channel: &OwnedFd) -> Result<InitArgs, String> {
    let mut buf = vec![0u8; MAX_ARGS];
    let (len, _) = fdpass::receive(channel.as_fd(), &mut buf)
        .map_err(|err| format!("failed to receive the container settings: {err}"))?;
    InitArgs::decode(&buf[..len])
}

fn setup(args: &InitArgs) -> Result<(), rootfs::StepError> {
    let fail = |what: &str, err: io::Error| rootfs::StepError(format!("failed to {what}: {err}"));
    // The daemon started the init in the container's top cgroup, so the
    // new cgroup namespace is rooted there.
    namespace::unshare(libc::CLONE_NEWCGROUP).map_err(|err| fail("create the cgroup namespace", err))?;
    rootfs::build(&args.rootfs)?;
    namespace::set_hostname(&args.hostname).map_err(|err| fail(&format!("set hostname {:?}", args.hostname), err))?;
    if args.private_network {
        namespace::loopback_up().map_err(|err| fail("bring up lo", err))?;
    }
    // Root in the container keeps CAP_SYS_PTRACE and could attach to this
    // process, so it keeps no capability and runs under the container's
    // own seccomp filter: code injected here gains nothing.
    let every_capability: Vec<u32> = (0..64).collect();
    caps::drop_capabilities(&every_capability).map_err(|err| fail("drop capabilities", err))?;
    caps::set_no_new_privs().map_err(|err| fail("set no_new_privs", err))?;
    seccomp::install_filter(&seccomp::deny_filter()).map_err(|err| fail("install the seccomp filter", err))?;
    Ok(())
}

/// Reaps every child forever. `SIGCHLD` stays blocked and is taken with
/// `sigwaitinfo` whenever no child is left to wait for.
fn reap_forever() -> ! {
    let _ = process::set_signal_mask(&[libc::SIGCHLD]);
    loop {
        match process::reap_blocking() {
            Ok(_) => {}
            Err(err) if err.raw_os_error() == Some(libc::ECHILD) => {
                let _ = process::wait_signal(&[libc::SIGCHLD]);
            }
            Err(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip() {
        let args = InitArgs {
            rootfs: RootfsSpec {
                root: "/run/x/root".into(),
                base: "/".into(),
                upper: "/var/lib/x/upper dir".into(),
                work: "/var/lib/x/work".into(),
                api_dir: "/run/x/inner".into(),
                hide: vec!["/var/lib/x".into(), "/run/x".into()],
            },
            hostname: "box".into(),
            private_network: false,
        };
        let decoded = InitArgs::decode(&args.encode().unwrap()).unwrap();
        assert_eq!(decoded.to_args(), args.to_args());
        assert!(!decoded.private_network);
        assert_eq!(decoded.rootfs.hide.len(), 2);
    }

    #[test]
    fn settings_reject_nul_and_garbage() {
        let mut args = InitArgs::decode(b"--hostname\0box\0").unwrap();
        assert_eq!(args.hostname, "box");
        args.hostname = "a\0b".into();
        assert!(args.encode().unwrap_err().contains("NUL"));
        assert!(InitArgs::decode(b"--hostname\0").is_err());
        assert!(InitArgs::decode(b"--bogus\0x\0").is_err());
    }
}
