//! Duties of guestd as the init process of a VM: early mounts, kernel
//! modules, the loopback interface, and the final poweroff or reboot.

use crate::daemon::ExitAction;

/// Whether this process is the machine's init.
pub fn is_init() -> bool {
    std::process::id() == 1
}

/// Ends the machine after the daemon has stopped everything. Never
/// returns.
pub fn finish(action: ExitAction) -> ! {
    // SAFETY: sync takes no arguments and cannot fail.
    unsafe { libc::sync() };
    let command = match action {
        ExitAction::Reboot => libc::RB_AUTOBOOT,
        ExitAction::PowerOff | ExitAction::Exit => libc::RB_POWER_OFF,
    };
    // SAFETY: reboot takes a plain command constant; as PID 1 with
    // CAP_SYS_BOOT it does not return on success.
    unsafe { libc::reboot(command) };
    // reboot failed: nothing is left to do but wait; exiting would panic
    // the kernel.
    loop {
        // SAFETY: pause takes no arguments.
        unsafe { libc::pause() };
    }
}
