//! System calls that only an init process makes: kernel modules,
//! standard streams, and reboot. Mounts are in [`super::mount`]. Nothing
//! here decides policy; `crate::pid1` does.

use std::io;
use std::os::fd::AsRawFd;

use super::cvt;

/// Loads the kernel module in the file `module` with empty parameters.
pub fn finit_module(module: &std::fs::File) -> io::Result<()> {
    let params = c"";
    // SAFETY: finit_module reads the module from an open descriptor we
    // borrow for the call, and `params` is a NUL-terminated empty string.
    let ret = unsafe { libc::syscall(libc::SYS_finit_module, module.as_raw_fd(), params.as_ptr(), 0) };
    if ret == -1 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}

/// Returns whether descriptor `fd` is open.
pub fn fd_is_open(fd: libc::c_int) -> bool {
    // SAFETY: F_GETFD only queries the descriptor table.
    unsafe { libc::fcntl(fd, libc::F_GETFD) != -1 }
}

/// Makes `fd` a copy of `file`'s descriptor.
pub fn dup_onto(file: &impl AsRawFd, fd: libc::c_int) -> io::Result<()> {
    // SAFETY: dup2 takes two descriptor numbers; the source is open for the
    // call and the target is one of the standard descriptors we replace.
    cvt(unsafe { libc::dup2(file.as_raw_fd(), fd) }).map(drop)
}

/// Makes Ctrl-Alt-Del send SIGINT to init instead of rebooting at once.
pub fn disable_ctrl_alt_del() -> io::Result<()> {
    // SAFETY: reboot with RB_DISABLE_CAD only changes a kernel setting.
    cvt(unsafe { libc::reboot(libc::RB_DISABLE_CAD) }).map(drop)
}

/// Flushes every filesystem.
pub fn sync() {
    // SAFETY: sync takes no arguments and cannot fail.
    unsafe { libc::sync() };
}

/// Powers off (`power_off`) or restarts the machine. Returns only on
/// failure.
pub fn reboot(power_off: bool) -> io::Error {
    let command = if power_off { libc::RB_POWER_OFF } else { libc::RB_AUTOBOOT };
    // SAFETY: reboot takes a plain command constant; with CAP_SYS_BOOT it
    // does not return on success.
    unsafe { libc::reboot(command) };
    io::Error::last_os_error()
}

/// Sends SIGKILL to every process but this one (init).
pub fn kill_all() {
    // SAFETY: kill takes plain integers; pid -1 means every process we may
    // signal except init itself.
    unsafe { libc::kill(-1, libc::SIGKILL) };
}

/// Time since boot on CLOCK_BOOTTIME, which counts from the kernel's
/// start and includes suspended time.
pub fn since_boot() -> std::time::Duration {
    // SAFETY: timespec is plain old data; all-zero is a valid value.
    let mut now: libc::timespec = unsafe { std::mem::zeroed() };
    // SAFETY: `now` is a valid out-pointer for the call; CLOCK_BOOTTIME
    // exists on every kernel guestd supports, so the call cannot fail.
    unsafe { libc::clock_gettime(libc::CLOCK_BOOTTIME, &mut now) };
    std::time::Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
}

/// Waits for a signal forever.
pub fn pause_forever() -> ! {
    loop {
        // SAFETY: pause takes no arguments.
        unsafe { libc::pause() };
    }
}
