//! guestd as PID 1 of a real microVM, driven from the host over vsock:
//! QEMU boots a kernel with an initramfs whose /init is the static guestd,
//! and the test talks to it through the vhost-device-vsock backend's Unix
//! socket (`hvsock:PATH:1024`). It runs on the kernel built from
//! kernel-config/ (everything built in) and on Debian's
//! cloud kernel (modules loaded by guestd), both on a q35 machine.
//!
//! Needs qemu-system-x86, linux-image-cloud-amd64, busybox-static,
//! linux-source-6.1 and the vhost-device-vsock backend; .ci/run installs
//! them. Without them the tests fail and say why.

mod common;
#[path = "vm/harness.rs"]
mod harness;

use std::time::Duration;

use common::json_field;
use harness::{Kernel, Vm};

/// Boots `kernel`, checks the daemon from the host, and powers it off.
fn boot_serve_poweroff(kernel: Kernel) {
    let mut vm = Vm::boot(&kernel, "GUESTD_ARGS=\"--log-level debug --name vmtest\"");
    let (status, ready_after) = vm.wait_ready();
    eprintln!("{} kernel: first API answer {:.2} s after QEMU start", kernel.label, ready_after.as_secs_f64());
    assert_eq!(json_field(&status, "pid").as_deref(), Some("1"), "{status}");
    assert_eq!(json_field(&status, "pid1").as_deref(), Some("true"), "{status}");
    assert!(status.contains("vsock:1024"), "status lists the vsock listener: {status}");

    // The client binary reaches the guest through the same address.
    let output = vm.client(&["status"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "guestd status failed: {}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains("\"pid1\":true"), "{stdout}");

    // Flags from the kernel command line reached the daemon.
    let (code, body) = vm.request("GET", "/v1/sprites/vmtest", None);
    assert_eq!(code, 200, "GET /v1/sprites/vmtest: {body}");

    let (code, body) = vm.request("POST", "/v1/vm/poweroff", None);
    assert_eq!(code, 202, "{body}");
    assert_eq!(json_field(&body, "action").as_deref(), Some("poweroff"));
    let exit = vm.wait_exit(Duration::from_secs(120));
    assert!(exit.success(), "QEMU ended with {exit}; console:\n{}", vm.console_text());
    let console = vm.console_text();
    assert!(console.contains("powering off"), "guestd logged its poweroff:\n{console}");
    assert!(console.contains("reboot: Power down"), "the kernel powered off:\n{console}");
}

#[test]
fn vm_custom_kernel_serves_and_powers_off() {
    boot_serve_poweroff(harness::custom_kernel());
}

#[test]
fn vm_debian_kernel_serves_and_powers_off() {
    boot_serve_poweroff(harness::debian_kernel());
}
