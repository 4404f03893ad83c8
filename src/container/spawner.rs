//! The spawner: `guestd __container-spawner`, a child of the daemon that
//! has entered the container's namespaces and starts every container
//! process on the daemon's request.
//!
//! Why a separate process: a process started with `CLONE_PARENT` from the
//! spawner is a direct child of the daemon, which gets its `SIGCHLD` and
//! reaps it like any other child. It runs in the container's PID namespace
//! (the spawner's namespace for children). It inherits the spawner's
//! seccomp filter, whose `listen(2)` notifications all arrive on the one
//! listener descriptor of this container. The daemon itself is
//! multi-threaded, must stay unfiltered, and never enters a namespace.
//!
//! Setup order: wait for [`GO`] on descriptor 3, enter the init's
//! namespaces (descriptor 4 is its pidfd), drop capabilities, set
//! `no_new_privs`, install the listen filter, send `ok` with its listener
//! over descriptor 3, then serve requests there until the daemon closes
//! it.

use std::ffi::CString;
use std::io;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd, RawFd};

use super::protocol::{self, Reply, Request, Stage};
use crate::sys::namespace::{self, Forked};
use crate::sys::{caps, fdpass, process, seccomp};

/// Name of the hidden subcommand that runs the spawner.
pub const SUBCOMMAND: &str = "__container-spawner";
pub const CHANNEL_FD: RawFd = 3;
pub const INIT_PIDFD: RawFd = 4;
/// Message from the daemon that the init's namespaces are ready to enter.
pub const GO: &[u8] = b"go";

/// Capabilities removed from every container process, as in Docker's
/// default set: each one reaches past the container (kernel modules, raw
/// devices, the clock, the kernel log, mounts that could uncover hidden
/// paths, device nodes, BPF, perf, LSM policy).
pub const DROPPED_CAPABILITIES: &[(u32, &str)] = &[
    (2, "CAP_DAC_READ_SEARCH"),
    (16, "CAP_SYS_MODULE"),
    (17, "CAP_SYS_RAWIO"),
    (20, "CAP_SYS_PACCT"),
    (21, "CAP_SYS_ADMIN"),
    (22, "CAP_SYS_BOOT"),
    (25, "CAP_SYS_TIME"),
    (27, "CAP_MKNOD"),
    (30, "CAP_AUDIT_CONTROL"),
    (32, "CAP_MAC_OVERRIDE"),
    (33, "CAP_MAC_ADMIN"),
    (34, "CAP_SYSLOG"),
    (35, "CAP_WAKE_ALARM"),
    (36, "CAP_BLOCK_SUSPEND"),
    (38, "CAP_PERFMON"),
    (39, "CAP_BPF"),
];

/// Entry point of `guestd __container-spawner --network MODE`.
pub fn main(args: &[String]) -> i32 {
    // SAFETY: the daemon passes the request channel as descriptor 3 and
    // the init's pidfd as descriptor 4; nothing else in this fresh process
    // owns them.
    let (channel, init) = unsafe { (OwnedFd::from_raw_fd(CHANNEL_FD), OwnedFd::from_raw_fd(INIT_PIDFD)) };
    let private_network = args.windows(2).any(|pair| pair[0] == "--network" && pair[1] == "private");
    // The daemon starts this process while the init is still building the
    // container, and sends `go` once the init is ready.
    let mut buf = [0u8; 16];
    match fdpass::receive(channel.as_fd(), &mut buf) {
        Ok((len, _)) if &buf[..len] == GO => {}
        _ => return 1,
    }
    let spawner = match Spawner::enter(init, private_network) {
        Ok((spawner, listener)) => {
            if fdpass::send(channel.as_fd(), b"ok", &[listener.as_fd()]).is_err() {
                return 1;
            }
            spawner
        }
        Err(message) => {
            let _ = fdpass::send(channel.as_fd(), format!("error: {message}").as_bytes(), &[]);
            return 1;
        }
    };
    spawner.serve(channel.as_fd());
    0
}

struct Spawner {
    /// The container's `/dev/null`, for streams the request leaves out.
    null: OwnedFd,
    deny_filter: Vec<libc::sock_filter>,
}

impl Spawner {
    fn enter(init: OwnedFd, private_network: bool) -> Result<(Spawner, OwnedFd), String> {
        let fail = |what: &str, err: io::Error| format!("failed to {what}: {err}");
        process::reset_signals().map_err(|err| fail("reset signal handlers", err))?;
        let mut namespaces =
            libc::CLONE_NEWNS | libc::CLONE_NEWUTS | libc::CLONE_NEWIPC | libc::CLONE_NEWCGROUP | libc::CLONE_NEWPID;
        if private_network {
            namespaces |= libc::CLONE_NEWNET;
        }
        namespace::setns_pidfd(init.as_fd(), namespaces)
            .map_err(|err| fail("enter the container's namespaces", err))?;
        drop(init);
        process::chdir(c"/").map_err(|err| fail("enter /", err))?;
        let null = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open("/dev/null")
            .map_err(|err| fail("open the container's /dev/null", err))?;
        let dropped: Vec<u32> = DROPPED_CAPABILITIES.iter().map(|(cap, _)| *cap).collect();
        caps::drop_capabilities(&dropped).map_err(|err| fail("drop capabilities", err))?;
        caps::set_no_new_privs().map_err(|err| fail("set no_new_privs", err))?;
        let listener = seccomp::install_filter_with_listener(&seccomp::listen_filter())
            .map_err(|err| fail("install the listen seccomp filter", err))?;
        Ok((Spawner { null: null.into(), deny_filter: seccomp::deny_filter() }, listener))
    }

    fn serve(&self, channel: BorrowedFd) {
        let mut buf = vec![0u8; protocol::MAX_REQUEST + 1024];
        loop {
            let (len, fds) = match fdpass::receive(channel, &mut buf) {
                Ok((0, _)) => return,
                Ok(message) => message,
                Err(err) if err.kind() == io::ErrorKind::InvalidData => {
                    let reply = Reply { pid: 0, errno: libc::E2BIG, stage: Stage::Request };
                    let _ = fdpass::send(channel, &reply.encode(), &[]);
                    continue;
                }
                Err(_) => return,
            };
            let reply = match Request::decode(&buf[..len]) {
                Some(request) => self.start(&request, &fds),
                None => Reply { pid: 0, errno: libc::EINVAL, stage: Stage::Request },
            };
            drop(fds);
            if fdpass::send(channel, &reply.encode(), &[]).is_err() {
                return;
            }
        }
    }

    /// Starts one process as a child of the daemon and waits until it has
    /// called `execve` (the status pipe closes) or reported a failure.
    fn start(&self, request: &Request, fds: &[OwnedFd]) -> Reply {
        let failed = |stage: Stage, errno: i32| Reply { pid: 0, errno, stage };
        let mut fds = fds.iter();
        let Some(cgroup) = fds.next() else { return failed(Stage::Request, libc::EINVAL) };
        let mut streams = [self.null.as_raw_fd(); 3];
        for (i, flag) in [protocol::FLAG_STDIN, protocol::FLAG_STDOUT, protocol::FLAG_STDERR].iter().enumerate() {
            if request.flags & flag != 0 {
                let Some(fd) = fds.next() else { return failed(Stage::Request, libc::EINVAL) };
                streams[i] = fd.as_raw_fd();
            }
        }
        let candidates = command_candidates(request);
        if request.argv.is_empty() || candidates.is_empty() {
            return failed(Stage::Exec, libc::ENOENT);
        }
        let argv = pointers(&request.argv);
        let envp = pointers(&request.env);
        let (status_read, status_write) = match crate::sys::pipe(false) {
            Ok(pair) => pair,
            Err(err) => return failed(Stage::Clone, err.raw_os_error().unwrap_or(libc::EIO)),
        };

        // SAFETY: the spawner is single-threaded, so the child may run any
        // code; it only makes system calls on data prepared above.
        let forked = unsafe { namespace::clone3(libc::CLONE_PARENT as u64, Some(cgroup.as_fd())) };
        match forked {
            Ok(Forked::Child) => {
                let (stage, err) = self.exec_child(request, streams, &candidates, &argv, &envp);
                let mut report = [0u8; 8];
                report[0..4].copy_from_slice(&(stage as u32).to_le_bytes());
                report[4..8].copy_from_slice(&err.raw_os_error().unwrap_or(libc::EIO).to_le_bytes());
                let _ = process::write_all(status_write.as_raw_fd(), &report);
                namespace::exit_now(127);
            }
            Ok(Forked::Parent { pid, .. }) => {
                drop(status_write);
                let mut report = [0u8; 8];
                match process::read_full(status_read.as_raw_fd(), &mut report) {
                    8 => {
                        let stage = Stage::from_u32(u32::from_le_bytes(report[0..4].try_into().unwrap()));
                        let errno = i32::from_le_bytes(report[4..8].try_into().unwrap());
                        failed(stage, errno)
                    }
                    _ => Reply { pid, errno: 0, stage: Stage::None },
                }
            }
            Err(err) => failed(Stage::Clone, err.raw_os_error().unwrap_or(libc::EIO)),
        }
    }

    /// Runs in the new child: sets up its process state and executes the
    /// command. Returns only on failure, with the failed stage.
    fn exec_child(
        &self,
        request: &Request,
        streams: [RawFd; 3],
        candidates: &[CString],
        argv: &[*const libc::c_char],
        envp: &[*const libc::c_char],
    ) -> (Stage, io::Error) {
        for (target, fd) in streams.into_iter().enumerate() {
            if let Err(err) = process::install_fd(fd, target as RawFd) {
                return (Stage::Stdio, err);
            }
        }
        let session = if request.flags & protocol::FLAG_TTY != 0 {
            process::become_session_leader(Some(0))
        } else {
            process::new_process_group()
        };
        if let Err(err) = session {
            return (Stage::Stdio, err);
        }
        // The spawner is out of the OOM killer's reach (-1000, inherited),
        // but what it starts is not.
        if let Err(err) = process::set_oom_score_adj(b"0") {
            return (Stage::OomScore, err);
        }
        if let Err(err) = process::chdir(&request.cwd) {
            return (Stage::Chdir, err);
        }
        if let Err(err) = process::set_credentials(request.uid, request.gid) {
            return (Stage::Credentials, err);
        }
        if let Err(err) = process::cloexec_from(3) {
            return (Stage::Stdio, err);
        }
        if let Err(err) = seccomp::install_filter(&self.deny_filter) {
            return (Stage::Seccomp, err);
        }
        let mut first_error = None;
        for path in candidates {
            let err = namespace::execve(path, argv, envp);
            match err.raw_os_error() {
                Some(libc::ENOENT) | Some(libc::ENOTDIR) => {}
                Some(libc::EACCES) => {
                    first_error.get_or_insert(err);
                }
                _ => return (Stage::Exec, err),
            }
        }
        (Stage::Exec, first_error.unwrap_or_else(|| io::Error::from_raw_os_error(libc::ENOENT)))
    }
}

/// Paths to try for the command: argv[0] itself when it contains a slash,
/// else argv[0] in each directory of the request's `PATH`.
fn command_candidates(request: &Request) -> Vec<CString> {
    let Some(program) = request.argv.first() else { return Vec::new() };
    let program = program.to_bytes();
    if program.is_empty() {
        return Vec::new();
    }
    if program.contains(&b'/') {
        return vec![CString::new(program).expect("came from a CString")];
    }
    let path = request
        .env
        .iter()
        .find_map(|pair| pair.to_bytes().strip_prefix(b"PATH="))
        .unwrap_or(super::DEFAULT_PATH.as_bytes());
    path.split(|b| *b == b':')
        .map(|dir| {
            let dir = if dir.is_empty() { &b"."[..] } else { dir };
            let mut full = dir.to_vec();
            full.push(b'/');
            full.extend_from_slice(program);
            CString::new(full).expect("no NUL inside")
        })
        .collect()
}

fn pointers(strings: &[CString]) -> Vec<*const libc::c_char> {
    strings.iter().map(|s| s.as_ptr()).chain(std::iter::once(std::ptr::null())).collect()
}
