//! Seccomp filters of the container, written as classic BPF by hand, and
//! the user-notification calls (`SECCOMP_IOCTL_NOTIF_*`) that reply to
//! their notifications.
//!
//! Two filters stack on every container process:
//! - [`listen_filter`], installed once per container with
//!   `SECCOMP_FILTER_FLAG_NEW_LISTENER`, turns `listen(2)` into a user
//!   notification so the daemon learns about new listening sockets.
//! - [`deny_filter`], installed in each process right before `execve`,
//!   rejects the calls listed in [`DENIED`] and a few argument patterns.
//!
//! Both first check the architecture and kill a process that makes system
//! calls through another ABI (for example 32-bit `int 0x80` on x86-64).

use std::io;
use std::os::fd::{AsRawFd, BorrowedFd, FromRawFd, OwnedFd};

use super::cvt;

#[cfg(target_arch = "x86_64")]
const AUDIT_ARCH: u32 = 0xC000_003E;
#[cfg(target_arch = "aarch64")]
const AUDIT_ARCH: u32 = 0xC000_00B7;

const RET_KILL_PROCESS: u32 = 0x8000_0000;
const RET_ERRNO: u32 = 0x0005_0000;
const RET_USER_NOTIF: u32 = 0x7FC0_0000;
const RET_ALLOW: u32 = 0x7FFF_0000;

const SET_MODE_FILTER: libc::c_uint = 1;
const FILTER_FLAG_NEW_LISTENER: libc::c_ulong = 1 << 3;
const USER_NOTIF_FLAG_CONTINUE: u32 = 1;

// Offsets into struct seccomp_data: nr, arch, instruction_pointer, args[6].
const DATA_NR: u32 = 0;
const DATA_ARCH: u32 = 4;
/// Low 32 bits of argument `i` on a little-endian machine.
const fn data_arg(i: u32) -> u32 {
    16 + 8 * i
}

const AF_VSOCK: u32 = 40;
const CLONE_NEWUSER: u32 = 0x1000_0000;

/// System calls that fail with `EPERM` in the container, with the reason.
/// They are the calls that Docker's and Podman's default profiles deny to a
/// container without extra capabilities. Rows marked for x86-64 name calls
/// that aarch64 does not have.
pub const DENIED: &[(libc::c_long, &str)] = &[
    (libc::SYS_acct, "process accounting is host-wide"),
    (libc::SYS_add_key, "the kernel keyring is not namespaced"),
    (libc::SYS_request_key, "the kernel keyring is not namespaced"),
    (libc::SYS_keyctl, "the kernel keyring is not namespaced"),
    (libc::SYS_bpf, "eBPF programs reach kernel memory and every namespace"),
    (libc::SYS_perf_event_open, "perf events observe the whole machine"),
    (libc::SYS_clock_adjtime, "the system clock is host-wide"),
    (libc::SYS_clock_settime, "the system clock is host-wide"),
    (libc::SYS_settimeofday, "the system clock is host-wide"),
    (libc::SYS_adjtimex, "the system clock is host-wide"),
    #[cfg(target_arch = "x86_64")]
    (174, "create_module: obsolete module loading"),
    #[cfg(target_arch = "x86_64")]
    (177, "get_kernel_syms: obsolete kernel symbol lookup"),
    #[cfg(target_arch = "x86_64")]
    (178, "query_module: obsolete module lookup"),
    (libc::SYS_init_module, "kernel modules run with full privilege"),
    (libc::SYS_finit_module, "kernel modules run with full privilege"),
    (libc::SYS_delete_module, "kernel modules are host-wide"),
    (libc::SYS_kexec_load, "replaces the running kernel"),
    (libc::SYS_kexec_file_load, "replaces the running kernel"),
    (libc::SYS_reboot, "reboots the machine"),
    #[cfg(target_arch = "x86_64")]
    (libc::SYS_iopl, "raw I/O port access"),
    #[cfg(target_arch = "x86_64")]
    (libc::SYS_ioperm, "raw I/O port access"),
    (libc::SYS_kcmp, "compares kernel pointers of other processes"),
    (libc::SYS_lookup_dcookie, "kernel profiling interface"),
    (libc::SYS_open_by_handle_at, "opens files by handle, bypassing mount hiding"),
    (libc::SYS_name_to_handle_at, "pairs with open_by_handle_at"),
    (libc::SYS_process_vm_readv, "reads the memory of other processes"),
    (libc::SYS_process_vm_writev, "writes the memory of other processes"),
    (libc::SYS_quotactl, "filesystem quotas are host-wide"),
    (libc::SYS_quotactl_fd, "filesystem quotas are host-wide"),
    (libc::SYS_swapon, "swap is host-wide"),
    (libc::SYS_swapoff, "swap is host-wide"),
    #[cfg(target_arch = "x86_64")]
    (libc::SYS_sysfs, "obsolete filesystem type lookup"),
    #[cfg(target_arch = "x86_64")]
    (libc::SYS__sysctl, "obsolete sysctl interface"),
    #[cfg(target_arch = "x86_64")]
    (libc::SYS_uselib, "obsolete shared library loading"),
    (libc::SYS_nfsservctl, "obsolete NFS server control"),
    (libc::SYS_userfaultfd, "widens kernel race windows in exploits"),
    (libc::SYS_mount, "changes mounts, which could reveal hidden paths"),
    (libc::SYS_umount2, "removes the mounts that hide daemon paths"),
    (libc::SYS_pivot_root, "changes the root mount"),
    (libc::SYS_open_tree, "new mount API"),
    (libc::SYS_move_mount, "new mount API"),
    (libc::SYS_fsopen, "new mount API"),
    (libc::SYS_fsconfig, "new mount API"),
    (libc::SYS_fsmount, "new mount API"),
    (libc::SYS_fspick, "new mount API"),
    (libc::SYS_mount_setattr, "new mount API"),
    (libc::SYS_setns, "enters other namespaces"),
];

/// `personality(2)` values the container may set; they match Docker's
/// default profile (Linux, Linux32, UNAME26 and the query value).
const PERSONALITY_ALLOWED: &[u32] = &[0x0, 0x8, 0x2_0000, 0x2_0008, 0xFFFF_FFFF];

/// A jump target while a program is being assembled.
#[derive(Clone, Copy)]
enum Target {
    Next,
    Label(usize),
}

enum Op {
    Stmt { code: u16, k: u32 },
    Jump { code: u16, k: u32, jt: Target, jf: Target },
    Label(usize),
}

/// A classic BPF program under construction, with symbolic jump labels.
#[derive(Default)]
struct Program {
    ops: Vec<Op>,
    labels: usize,
}

impl Program {
    fn label(&mut self) -> usize {
        self.labels += 1;
        self.labels - 1
    }

    fn place(&mut self, label: usize) {
        self.ops.push(Op::Label(label));
    }

    fn load(&mut self, offset: u32) {
        let code = (libc::BPF_LD | libc::BPF_W | libc::BPF_ABS) as u16;
        self.ops.push(Op::Stmt { code, k: offset });
    }

    fn ret(&mut self, action: u32) {
        self.ops.push(Op::Stmt { code: (libc::BPF_RET | libc::BPF_K) as u16, k: action });
    }

    fn jeq(&mut self, k: u32, jt: Target, jf: Target) {
        let code = (libc::BPF_JMP | libc::BPF_JEQ | libc::BPF_K) as u16;
        self.ops.push(Op::Jump { code, k, jt, jf });
    }

    fn jset(&mut self, k: u32, jt: Target, jf: Target) {
        let code = (libc::BPF_JMP | libc::BPF_JSET | libc::BPF_K) as u16;
        self.ops.push(Op::Jump { code, k, jt, jf });
    }

    fn jge(&mut self, k: u32, jt: Target, jf: Target) {
        let code = (libc::BPF_JMP | libc::BPF_JGE | libc::BPF_K) as u16;
        self.ops.push(Op::Jump { code, k, jt, jf });
    }

    /// Resolves labels into relative offsets; panics on a jump longer than
    /// classic BPF's 255 instructions, which is a bug in the program.
    fn assemble(self) -> Vec<libc::sock_filter> {
        let mut positions = vec![usize::MAX; self.labels];
        let mut pos = 0;
        for op in &self.ops {
            match op {
                Op::Label(label) => positions[*label] = pos,
                _ => pos += 1,
            }
        }
        let mut out = Vec::with_capacity(pos);
        for op in &self.ops {
            let here = out.len();
            let offset = |target: &Target| -> u8 {
                match target {
                    Target::Next => 0,
                    Target::Label(label) => {
                        let distance = positions[*label] - here - 1;
                        u8::try_from(distance).expect("seccomp jump longer than 255 instructions")
                    }
                }
            };
            match op {
                Op::Label(_) => {}
                Op::Stmt { code, k } => out.push(libc::sock_filter { code: *code, jt: 0, jf: 0, k: *k }),
                Op::Jump { code, k, jt, jf } => {
                    out.push(libc::sock_filter { code: *code, jt: offset(jt), jf: offset(jf), k: *k })
                }
            }
        }
        out
    }

    /// Kills a process that calls through a foreign ABI, then loads the
    /// system call number.
    fn check_arch(&mut self) {
        let native = self.label();
        self.load(DATA_ARCH);
        self.jeq(AUDIT_ARCH, Target::Label(native), Target::Next);
        self.ret(RET_KILL_PROCESS);
        self.place(native);
        self.load(DATA_NR);
    }
}

/// Builds the per-container filter: `listen(2)` becomes a user
/// notification, and everything else passes to the next filter.
pub fn listen_filter() -> Vec<libc::sock_filter> {
    let mut p = Program::default();
    p.check_arch();
    let other = p.label();
    p.jeq(libc::SYS_listen as u32, Target::Next, Target::Label(other));
    p.ret(RET_USER_NOTIF);
    p.place(other);
    p.ret(RET_ALLOW);
    p.assemble()
}

/// Builds the per-process filter. [`DENIED`] calls fail with `EPERM`, and
/// AF_VSOCK sockets with `EAFNOSUPPORT`. `clone` and `unshare` with
/// `CLONE_NEWUSER` fail with `EPERM`. `clone3` fails with `ENOSYS`, since
/// a filter cannot read its flags, so libc falls back to `clone`.
/// `personality` accepts only [`PERSONALITY_ALLOWED`].
pub fn deny_filter() -> Vec<libc::sock_filter> {
    let mut p = Program::default();
    p.check_arch();
    let deny = p.label();
    let allow = p.label();

    #[cfg(target_arch = "x86_64")]
    {
        // x32 ABI calls carry bit 30 in their number.
        let native = p.label();
        p.jge(0x4000_0000, Target::Next, Target::Label(native));
        p.ret(RET_ERRNO | libc::ENOSYS as u32);
        p.place(native);
    }

    for &nr in &[libc::SYS_socket, libc::SYS_socketpair] {
        let next = p.label();
        let reload = p.label();
        p.jeq(nr as u32, Target::Next, Target::Label(next));
        p.load(data_arg(0));
        p.jeq(AF_VSOCK, Target::Next, Target::Label(reload));
        p.ret(RET_ERRNO | libc::EAFNOSUPPORT as u32);
        p.place(reload);
        p.load(DATA_NR);
        p.place(next);
    }

    for &nr in &[libc::SYS_clone, libc::SYS_unshare] {
        let next = p.label();
        let reload = p.label();
        p.jeq(nr as u32, Target::Next, Target::Label(next));
        p.load(data_arg(0));
        p.jset(CLONE_NEWUSER, Target::Label(deny), Target::Label(reload));
        p.place(reload);
        p.load(DATA_NR);
        p.place(next);
    }

    let not_clone3 = p.label();
    p.jeq(libc::SYS_clone3 as u32, Target::Next, Target::Label(not_clone3));
    p.ret(RET_ERRNO | libc::ENOSYS as u32);
    p.place(not_clone3);

    let not_personality = p.label();
    p.jeq(libc::SYS_personality as u32, Target::Next, Target::Label(not_personality));
    p.load(data_arg(0));
    for &value in PERSONALITY_ALLOWED {
        p.jeq(value, Target::Label(allow), Target::Next);
    }
    p.ret(RET_ERRNO | libc::EPERM as u32);
    p.place(not_personality);

    for &(nr, _) in DENIED {
        p.jeq(nr as u32, Target::Label(deny), Target::Next);
    }
    p.place(allow);
    p.ret(RET_ALLOW);
    p.place(deny);
    p.ret(RET_ERRNO | libc::EPERM as u32);
    p.assemble()
}

fn install(program: &[libc::sock_filter], flags: libc::c_ulong) -> io::Result<libc::c_int> {
    let fprog = libc::sock_fprog {
        len: u16::try_from(program.len()).expect("seccomp program fits in 65535 instructions"),
        filter: program.as_ptr() as *mut libc::sock_filter,
    };
    // SAFETY: `fprog` points at `program`, which outlives the call; the
    // kernel copies the instructions before returning.
    let ret = unsafe { libc::syscall(libc::SYS_seccomp, SET_MODE_FILTER, flags, &fprog as *const libc::sock_fprog) };
    cvt(ret as libc::c_int)
}

/// Installs `program` on the calling thread; it applies to every process
/// created from it. Needs `no_new_privs` or `CAP_SYS_ADMIN`.
pub fn install_filter(program: &[libc::sock_filter]) -> io::Result<()> {
    install(program, 0).map(drop)
}

/// Installs `program` and returns the descriptor on which its
/// `SECCOMP_RET_USER_NOTIF` results arrive.
pub fn install_filter_with_listener(program: &[libc::sock_filter]) -> io::Result<OwnedFd> {
    let fd = install(program, FILTER_FLAG_NEW_LISTENER)?;
    // SAFETY: with NEW_LISTENER seccomp returns a new close-on-exec
    // descriptor that nothing else owns.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// `struct seccomp_notif`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Notification {
    pub id: u64,
    pub pid: u32,
    pub flags: u32,
    pub nr: i32,
    pub arch: u32,
    pub instruction_pointer: u64,
    pub args: [u64; 6],
}

/// `struct seccomp_notif_resp`.
#[repr(C)]
struct NotificationResponse {
    id: u64,
    val: i64,
    error: i32,
    flags: u32,
}

const fn iowr(nr: u32, size: usize) -> libc::c_ulong {
    ((3u32 << 30) | ((size as u32) << 16) | ((b'!' as u32) << 8) | nr) as libc::c_ulong
}

const NOTIF_RECV: libc::c_ulong = iowr(0, std::mem::size_of::<Notification>());
const NOTIF_SEND: libc::c_ulong = iowr(1, std::mem::size_of::<NotificationResponse>());

/// Receives one pending notification; blocks when none is pending, so call
/// it once the descriptor polls readable.
pub fn receive_notification(listener: BorrowedFd) -> io::Result<Notification> {
    // SAFETY: all-zero bytes are a valid Notification, and the kernel
    // requires the buffer to be zeroed.
    let mut notification: Notification = unsafe { std::mem::zeroed() };
    // SAFETY: NOTIF_RECV writes one struct seccomp_notif, whose size is
    // encoded in the request number, into `notification`.
    cvt(unsafe { libc::ioctl(listener.as_raw_fd(), NOTIF_RECV as libc::Ioctl, &mut notification) })?;
    Ok(notification)
}

/// Lets the notified system call `id` run as if no filter had stopped it.
/// `ENOENT` means the caller is gone or was interrupted, which callers
/// can ignore.
pub fn continue_notification(listener: BorrowedFd, id: u64) -> io::Result<()> {
    let response = NotificationResponse { id, val: 0, error: 0, flags: USER_NOTIF_FLAG_CONTINUE };
    // SAFETY: NOTIF_SEND reads one struct seccomp_notif_resp from
    // `response`, which lives across the call.
    cvt(unsafe { libc::ioctl(listener.as_raw_fd(), NOTIF_SEND as libc::Ioctl, &response) }).map(drop)
}

/// Returns whether a notification is waiting on `listener`, without
/// blocking.
pub fn notification_pending(listener: BorrowedFd) -> io::Result<bool> {
    let mut entry = libc::pollfd { fd: listener.as_raw_fd(), events: libc::POLLIN, revents: 0 };
    // SAFETY: `entry` is one valid pollfd for the duration of the call.
    let ready = super::cvt_retry(|| unsafe { libc::poll(&mut entry, 1, 0) })?;
    Ok(ready > 0 && entry.revents & libc::POLLIN != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notification_structs_match_kernel_sizes() {
        assert_eq!(std::mem::size_of::<Notification>(), 80);
        assert_eq!(std::mem::size_of::<NotificationResponse>(), 24);
        assert_eq!(NOTIF_RECV, 0xC050_2100);
        assert_eq!(NOTIF_SEND, 0xC018_2101);
    }

    #[test]
    fn filters_assemble_and_end_in_returns() {
        for program in [listen_filter(), deny_filter()] {
            let last = program.last().expect("program is not empty");
            assert_eq!(last.code, (libc::BPF_RET | libc::BPF_K) as u16);
            for (i, insn) in program.iter().enumerate() {
                let is_jump = insn.code & 0x07 == libc::BPF_JMP as u16;
                if is_jump {
                    assert!(i + 1 + (insn.jt.max(insn.jf) as usize) < program.len(), "jump {i} leaves the program");
                }
            }
        }
    }

    /// Runs a classic BPF program over a seccomp_data made of `nr`, the
    /// architecture and `args`, as the kernel would.
    fn evaluate(program: &[libc::sock_filter], arch: u32, nr: i64, args: [u64; 6]) -> u32 {
        let mut data = [0u8; 64];
        data[0..4].copy_from_slice(&(nr as u32).to_le_bytes());
        data[4..8].copy_from_slice(&arch.to_le_bytes());
        for (i, arg) in args.iter().enumerate() {
            data[16 + 8 * i..24 + 8 * i].copy_from_slice(&arg.to_le_bytes());
        }
        let mut acc = 0u32;
        let mut pc = 0;
        loop {
            let insn = program[pc];
            pc += 1;
            match insn.code as u32 {
                c if c == libc::BPF_LD | libc::BPF_W | libc::BPF_ABS => {
                    let k = insn.k as usize;
                    acc = u32::from_le_bytes(data[k..k + 4].try_into().unwrap());
                }
                c if c == libc::BPF_RET | libc::BPF_K => return insn.k,
                c if c == libc::BPF_JMP | libc::BPF_JEQ | libc::BPF_K => {
                    pc += if acc == insn.k { insn.jt } else { insn.jf } as usize;
                }
                c if c == libc::BPF_JMP | libc::BPF_JSET | libc::BPF_K => {
                    pc += if acc & insn.k != 0 { insn.jt } else { insn.jf } as usize;
                }
                c if c == libc::BPF_JMP | libc::BPF_JGE | libc::BPF_K => {
                    pc += if acc >= insn.k { insn.jt } else { insn.jf } as usize;
                }
                other => panic!("unexpected BPF opcode {other:#x}"),
            }
        }
    }

    fn deny(nr: i64, args: [u64; 6]) -> u32 {
        evaluate(&deny_filter(), AUDIT_ARCH, nr, args)
    }

    const EPERM: u32 = RET_ERRNO | libc::EPERM as u32;

    #[test]
    fn deny_filter_rejects_vsock_sockets_only() {
        let vsock = [AF_VSOCK as u64, libc::SOCK_STREAM as u64, 0, 0, 0, 0];
        let eafnosupport = RET_ERRNO | libc::EAFNOSUPPORT as u32;
        assert_eq!(deny(libc::SYS_socket, vsock), eafnosupport);
        assert_eq!(deny(libc::SYS_socketpair, vsock), eafnosupport);
        let inet = [libc::AF_INET as u64, libc::SOCK_STREAM as u64, 0, 0, 0, 0];
        assert_eq!(deny(libc::SYS_socket, inet), RET_ALLOW);
        let unix = [libc::AF_UNIX as u64, libc::SOCK_STREAM as u64, 0, 0, 0, 0];
        assert_eq!(deny(libc::SYS_socketpair, unix), RET_ALLOW);
    }

    #[test]
    fn deny_filter_rejects_listed_calls() {
        for &(nr, reason) in DENIED {
            assert_eq!(deny(nr, [0; 6]), EPERM, "syscall {nr} ({reason}) allowed");
        }
        for nr in [libc::SYS_read, libc::SYS_write, libc::SYS_openat, libc::SYS_execve, libc::SYS_listen] {
            assert_eq!(deny(nr, [0; 6]), RET_ALLOW, "syscall {nr} rejected");
        }
    }

    #[test]
    fn deny_filter_checks_arguments() {
        let newuser = CLONE_NEWUSER as u64;
        assert_eq!(deny(libc::SYS_unshare, [newuser, 0, 0, 0, 0, 0]), EPERM);
        assert_eq!(deny(libc::SYS_unshare, [libc::CLONE_NEWNS as u64, 0, 0, 0, 0, 0]), RET_ALLOW);
        assert_eq!(deny(libc::SYS_clone, [newuser | libc::SIGCHLD as u64, 0, 0, 0, 0, 0]), EPERM);
        assert_eq!(deny(libc::SYS_clone, [libc::SIGCHLD as u64, 0, 0, 0, 0, 0]), RET_ALLOW);
        assert_eq!(deny(libc::SYS_clone3, [0; 6]), RET_ERRNO | libc::ENOSYS as u32);
        assert_eq!(deny(libc::SYS_personality, [0xFFFF_FFFF, 0, 0, 0, 0, 0]), RET_ALLOW);
        assert_eq!(deny(libc::SYS_personality, [0x0040_0000, 0, 0, 0, 0, 0]), EPERM);
    }

    #[test]
    fn filters_kill_foreign_architecture() {
        let i386 = 0x4000_0003;
        assert_eq!(evaluate(&deny_filter(), i386, libc::SYS_read, [0; 6]), RET_KILL_PROCESS);
        assert_eq!(evaluate(&listen_filter(), i386, libc::SYS_read, [0; 6]), RET_KILL_PROCESS);
    }

    #[test]
    fn listen_filter_notifies_listen_only() {
        assert_eq!(evaluate(&listen_filter(), AUDIT_ARCH, libc::SYS_listen, [0; 6]), RET_USER_NOTIF);
        assert_eq!(evaluate(&listen_filter(), AUDIT_ARCH, libc::SYS_accept4, [0; 6]), RET_ALLOW);
    }
}
