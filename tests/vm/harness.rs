//! Host side of the microVM tests: builds the static guestd and an
//! initramfs, finds or builds a kernel, starts the vhost-device-vsock
//! backend and QEMU (software emulation, `-net none`), and talks to guestd
//! in the guest through the backend's Unix socket (`hvsock:PATH:1024`).
//!
//! QEMU and the backend each run under `timeout`, so they end even when
//! this process is killed; [`Vm`]'s drop stops both by PID on every path.
//! A missing tool or kernel fails the test with the reason: these tests
//! never skip.

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use crate::common::{self, TempDir, GUESTD};

/// Longest a VM may run before `timeout` kills it.
const VM_TIME_LIMIT: Duration = Duration::from_secs(600);
/// Longest the guest may take from QEMU start to the first API answer.
/// Software emulation on a busy 2-core machine can take tens of seconds.
const BOOT_LIMIT: Duration = Duration::from_secs(180);
/// Vsock port of the platform API.
pub const API_PORT: u32 = 1024;
/// Where CI caches the backend and kernels, outside the clone.
const CACHE: &str = "/var/cache/guestd-ci";

/// Fails the test because the environment cannot run a VM.
fn cannot_run(why: impl std::fmt::Display) -> ! {
    panic!("the microVM test cannot run here: {why}. .ci/run installs what it needs.");
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Builds the static (musl) binary of the image with the `vm` profile
/// once per test run, or takes
/// `$GUESTD_VM_BINARY` when set.
pub fn static_guestd() -> PathBuf {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY
        .get_or_init(|| {
            if let Ok(path) = std::env::var("GUESTD_VM_BINARY") {
                return PathBuf::from(path);
            }
            let target_dir = Path::new(GUESTD).ancestors().nth(2).expect("target directory").to_path_buf();
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
            let status = Command::new(cargo)
                .args(["build", "--offline", "--profile", "vm", "--target", "x86_64-unknown-linux-musl"])
                .arg("--target-dir")
                .arg(&target_dir)
                .current_dir(repo())
                .status()
                .unwrap_or_else(|err| cannot_run(format!("cargo build failed to start: {err}")));
            if !status.success() {
                cannot_run("the static build failed; run `rustup target add x86_64-unknown-linux-musl`");
            }
            target_dir.join("x86_64-unknown-linux-musl/vm/guestd")
        })
        .clone()
}

fn find_tool(name: &str, extra: &[PathBuf]) -> PathBuf {
    let from_path = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).map(|dir| dir.join(name)).collect::<Vec<_>>())
        .unwrap_or_default();
    extra
        .iter()
        .cloned()
        .chain(from_path)
        .find(|path| path.is_file())
        .unwrap_or_else(|| cannot_run(format!("{name} is not installed")))
}

fn backend_binary() -> PathBuf {
    let cached = Path::new(CACHE).join("vhost-device-vsock/bin/vhost-device-vsock");
    find_tool("vhost-device-vsock", &[cached])
}

/// A guest kernel and how to boot it.
pub struct Kernel {
    pub label: &'static str,
    pub image: PathBuf,
    /// Release whose modules go into the initramfs; `None` when everything
    /// guestd needs is built in.
    pub modules: Option<String>,
}

/// The kernel built from kernel-config/guestd.config (cached by the
/// fragment's hash; a cold build takes about 9 minutes).
pub fn custom_kernel() -> Kernel {
    let output = Command::new(repo().join("kernel-config/build.sh"))
        .stderr(Stdio::inherit())
        .output()
        .unwrap_or_else(|err| cannot_run(format!("kernel-config/build.sh failed to start: {err}")));
    if !output.status.success() {
        cannot_run(format!("kernel-config/build.sh failed with {}", output.status));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let image = PathBuf::from(stdout.lines().last().unwrap_or("").trim());
    if !image.is_file() {
        cannot_run(format!("kernel-config/build.sh printed no kernel path: {stdout:?}"));
    }
    Kernel { label: "custom", image, modules: None }
}

/// Debian's cloud kernel from linux-image-cloud-amd64, with its modules.
pub fn debian_kernel() -> Kernel {
    let boot = std::fs::read_dir("/boot").unwrap_or_else(|err| cannot_run(format!("cannot list /boot: {err}")));
    let mut releases: Vec<String> = boot
        .flatten()
        .filter_map(|entry| entry.file_name().to_str()?.strip_prefix("vmlinuz-").map(str::to_string))
        .filter(|release| release.ends_with("-cloud-amd64"))
        .filter(|release| Path::new("/lib/modules").join(release).is_dir())
        .collect();
    releases.sort();
    let Some(release) = releases.pop() else {
        cannot_run("no /boot/vmlinuz-*-cloud-amd64 with modules; install linux-image-cloud-amd64");
    };
    Kernel { label: "debian", image: PathBuf::from(format!("/boot/vmlinuz-{release}")), modules: Some(release) }
}

/// Host services a guest reaches over vsock, set up before QEMU starts.
#[derive(Default)]
pub struct HostSide {
    /// Guest-initiated vsock ports of the host (CID 2) and the loopback
    /// TCP port each is relayed to.
    pub relays: Vec<(u32, u16)>,
    /// A file copied into the image as `/etc/guestd/store-key`.
    pub store_key_file: Option<PathBuf>,
}

/// Builds the initramfs for `kernel` on `machine` into `out` and returns
/// its size.
fn build_initramfs(kernel: &Kernel, machine: Machine, host: &HostSide, out: &Path) -> u64 {
    let mut command = Command::new(repo().join("tests/vm/build-initramfs.sh"));
    command.arg(out).arg(static_guestd());
    command.env("GUESTD_VIRTIO_TRANSPORT", machine.virtio_transport());
    if let Some(key_file) = &host.store_key_file {
        command.env("GUESTD_STORE_KEY_FILE", key_file);
    }
    if let Some(release) = &kernel.modules {
        command.arg(release);
    }
    let output = command.output().unwrap_or_else(|err| cannot_run(format!("build-initramfs.sh: {err}")));
    if !output.status.success() {
        cannot_run(format!("build-initramfs.sh failed: {}", String::from_utf8_lossy(&output.stderr).trim()));
    }
    eprint!("{}", String::from_utf8_lossy(&output.stdout));
    std::fs::metadata(out).map(|m| m.len()).unwrap_or(0)
}

fn timeout_command(limit: Duration, program: &Path) -> Command {
    let mut command = Command::new("timeout");
    command.arg("-k").arg("5").arg(limit.as_secs().to_string()).arg(program);
    command
}

/// Stops a process started under `timeout` by PID: SIGTERM to `timeout`,
/// which passes it on to its command and exits once that has ended.
fn stop(child: &mut Child) {
    if let Ok(Some(_)) = child.try_wait() {
        return;
    }
    // SAFETY: kill takes plain integers; the PID is our own child, not
    // yet reaped, so it cannot have been reused.
    unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGTERM) };
    let _ = child.wait();
}

/// QEMU machine type of the guests, from `$GUESTD_VM_MACHINE`: `q35`
/// (the default) or `microvm`.
#[derive(Clone, Copy, PartialEq)]
enum Machine {
    Q35,
    Microvm,
}

impl Machine {
    fn from_env() -> Machine {
        match std::env::var("GUESTD_VM_MACHINE").as_deref() {
            Ok("microvm") => Machine::Microvm,
            Ok("q35") | Err(_) => Machine::Q35,
            Ok(other) => cannot_run(format!("GUESTD_VM_MACHINE={other:?} is neither q35 nor microvm")),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Machine::Q35 => "q35",
            Machine::Microvm => "microvm",
        }
    }

    fn qemu_machine(self) -> &'static str {
        match self {
            Machine::Q35 => "q35,memory-backend=mem0",
            Machine::Microvm => "microvm,memory-backend=mem0",
        }
    }

    /// Returns the virtio transport of the machine's devices, which
    /// decides the modules a modular kernel loads.
    fn virtio_transport(self) -> &'static str {
        match self {
            Machine::Q35 => "pci",
            Machine::Microvm => "mmio",
        }
    }

    /// Returns the vsock device: PCI on q35, virtio-mmio on microvm (QEMU
    /// adds its address to the kernel command line).
    fn vsock_device(self) -> &'static str {
        match self {
            Machine::Q35 => "vhost-user-vsock-pci,chardev=c0",
            Machine::Microvm => "vhost-user-vsock-device,chardev=c0",
        }
    }

    /// Returns the kernel arguments the machine needs. microvm has no HPET
    /// or ACPI PM timer, and under TCG the kernel fails to calibrate the
    /// TSC against the PIT and hangs. TCG's guest TSC counts at the host's
    /// rate, so the host's frequency is passed in, and `tsc=reliable` stops
    /// the clocksource watchdog from dropping the TSC for jiffies that a
    /// busy host delivers late.
    fn kernel_args(self) -> String {
        match self {
            Machine::Q35 => String::new(),
            Machine::Microvm => format!("tsc_early_khz={} tsc=reliable ", host_cpu_khz()),
        }
    }
}

/// Returns the host CPU's frequency in kHz from the first `cpu MHz` line
/// of /proc/cpuinfo.
///
/// NOTE: this equals the TSC's rate only with a constant TSC at the
/// nominal frequency, as on the development machine. Elsewhere the
/// guest's clock runs off by the ratio.
fn host_cpu_khz() -> u64 {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    cpuinfo
        .lines()
        .find(|line| line.starts_with("cpu MHz"))
        .and_then(|line| line.split(':').nth(1))
        .and_then(|mhz| mhz.trim().parse::<f64>().ok())
        .map(|mhz| (mhz * 1000.0) as u64)
        .unwrap_or_else(|| cannot_run("no `cpu MHz` in /proc/cpuinfo for microvm's tsc_early_khz"))
}

/// A running guest: QEMU, its vsock backend, and their files.
pub struct Vm {
    pub dir: TempDir,
    qemu: Option<Child>,
    backend: Option<Child>,
    /// `socat` processes relaying guest connections to host TCP ports.
    relays: Vec<Child>,
    pub vsock: PathBuf,
    pub console: PathBuf,
    pub started: Instant,
    pub qemu_exit: Option<ExitStatus>,
}

impl Vm {
    /// Boots `kernel` with a fresh initramfs after starting the relays of
    /// `host`, and appends `cmdline` to the kernel command line.
    pub fn boot(kernel: &Kernel, cmdline: &str, host: &HostSide) -> Vm {
        common::require_root();
        let qemu_binary = find_tool("qemu-system-x86_64", &[]);
        let backend_binary = backend_binary();
        let dir = TempDir::new(&format!("vm-{}", kernel.label));
        let initramfs = dir.path().join("initramfs.cpio.gz");
        let machine = Machine::from_env();
        build_initramfs(kernel, machine, host, &initramfs);
        let vhost = dir.path().join("vhost.sock");
        let vsock = dir.path().join("vm.vsock");
        let console = dir.path().join("console.log");

        let backend_log = std::fs::File::create(dir.path().join("backend.log")).expect("create backend log");
        let backend = timeout_command(VM_TIME_LIMIT, &backend_binary)
            .arg("--guest-cid=3")
            .arg(format!("--socket={}", vhost.display()))
            .arg(format!("--uds-path={}", vsock.display()))
            .stdin(Stdio::null())
            .stdout(backend_log.try_clone().unwrap())
            .stderr(backend_log)
            .spawn()
            .unwrap_or_else(|err| cannot_run(format!("vhost-device-vsock failed to start: {err}")));
        let mut vm = Vm {
            dir,
            qemu: None,
            backend: Some(backend),
            relays: Vec::new(),
            vsock,
            console,
            started: Instant::now(),
            qemu_exit: None,
        };
        vm.wait_for_socket(&vhost);
        for &(vsock_port, tcp_port) in &host.relays {
            vm.start_relay(vsock_port, tcp_port);
        }

        eprintln!("{} kernel: machine {}", kernel.label, machine.name());
        // no_timer_check: on a busy host TCG can deliver the first timer
        // interrupts late, and the kernel's IO-APIC timer probe then panics
        // with "IO-APIC + timer doesn't work" before init runs.
        let append = format!("console=ttyS0 panic=-1 quiet no_timer_check {}{cmdline}", machine.kernel_args());
        let qemu_log = std::fs::File::create(vm.dir.path().join("qemu.log")).expect("create qemu log");
        let qemu = timeout_command(VM_TIME_LIMIT, &qemu_binary)
            .args(["-accel", "tcg", "-M", machine.qemu_machine(), "-m", "256M", "-smp", "1"])
            .args(["-object", "memory-backend-memfd,id=mem0,size=256M,share=on"])
            .args(["-no-reboot", "-nodefaults", "-display", "none", "-monitor", "none", "-net", "none"])
            .arg("-serial")
            .arg(format!("file:{}", vm.console.display()))
            .arg("-kernel")
            .arg(&kernel.image)
            .arg("-initrd")
            .arg(&initramfs)
            .arg("-append")
            .arg(append)
            .arg("-chardev")
            .arg(format!("socket,id=c0,path={}", vhost.display()))
            .args(["-device", machine.vsock_device()])
            .stdin(Stdio::null())
            .stdout(qemu_log.try_clone().unwrap())
            .stderr(qemu_log)
            .spawn()
            .unwrap_or_else(|err| cannot_run(format!("QEMU failed to start: {err}")));
        vm.started = Instant::now();
        vm.qemu = Some(qemu);
        vm
    }

    /// Relays the guest's connections to host vsock port `vsock_port` to
    /// 127.0.0.1:`tcp_port`. vhost-device-vsock delivers such a connection
    /// to the Unix socket `<uds-path>_<vsock_port>`, where `socat` listens.
    fn start_relay(&mut self, vsock_port: u32, tcp_port: u16) {
        let socat = find_tool("socat", &[]);
        let listen = PathBuf::from(format!("{}_{vsock_port}", self.vsock.display()));
        let log = std::fs::File::create(self.dir.path().join(format!("relay-{vsock_port}.log"))).expect("relay log");
        let relay = timeout_command(VM_TIME_LIMIT, &socat)
            .arg(format!("UNIX-LISTEN:{},fork", listen.display()))
            .arg(format!("TCP:127.0.0.1:{tcp_port}"))
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap_or_else(|err| cannot_run(format!("socat failed to start: {err}")));
        self.relays.push(relay);
        let start = Instant::now();
        while !listen.exists() {
            let relay = self.relays.last_mut().expect("relay just pushed");
            if let Ok(Some(status)) = relay.try_wait() {
                panic!("socat exited with {status}:\n{}", self.file(&format!("relay-{vsock_port}.log")));
            }
            assert!(start.elapsed() < Duration::from_secs(30), "socat made no socket {} in 30 s", listen.display());
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn wait_for_socket(&mut self, path: &Path) {
        let start = Instant::now();
        while !path.exists() {
            if let Some(Ok(Some(status))) = self.backend.as_mut().map(Child::try_wait) {
                panic!("vhost-device-vsock exited with {status}:\n{}", self.file("backend.log"));
            }
            assert!(start.elapsed() < Duration::from_secs(30), "vhost-device-vsock made no socket in 30 s");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn file(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(name)).unwrap_or_default()
    }

    /// The guest's serial console so far.
    pub fn console_text(&self) -> String {
        std::fs::read_to_string(&self.console).unwrap_or_default()
    }

    /// The client address of guestd's API in the guest.
    pub fn api_arg(&self) -> String {
        format!("hvsock:{}:{API_PORT}", self.vsock.display())
    }

    /// Panics with the console when QEMU has exited.
    fn check_running(&mut self) {
        if let Some(Ok(Some(status))) = self.qemu.as_mut().map(Child::try_wait) {
            panic!(
                "QEMU exited early with {status}; qemu log:\n{}\nconsole:\n{}",
                self.file("qemu.log"),
                self.console_text()
            );
        }
    }

    /// Waits until guestd answers `GET /v1/status` over vsock, retrying
    /// every 10 ms, and returns the status body and the time since QEMU
    /// started.
    pub fn wait_ready(&mut self) -> (String, Duration) {
        loop {
            self.check_running();
            if let Ok((200, body)) = self.try_request("GET", "/v1/status", None) {
                return (body, self.started.elapsed());
            }
            if self.started.elapsed() > BOOT_LIMIT {
                panic!("guestd did not answer within {BOOT_LIMIT:?}; console:\n{}", self.console_text());
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Opens a connection to guestd's API through the backend.
    pub fn connect(&self) -> std::io::Result<UnixStream> {
        let stream = guestd::client::hybrid_vsock_connect(&self.vsock, API_PORT)?;
        stream.set_read_timeout(Some(Duration::from_secs(60)))?;
        stream.set_write_timeout(Some(Duration::from_secs(60)))?;
        Ok(stream)
    }

    /// Sends one request over vsock and returns status and body.
    pub fn try_request(&self, method: &str, path: &str, body: Option<&str>) -> std::io::Result<(u16, String)> {
        let mut stream = self.connect()?;
        let body = body.unwrap_or("");
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\nHost: guestd\r\nConnection: close\r\n\
             Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )?;
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw)?;
        common::parse_response(&raw)
    }

    /// Like [`Vm::try_request`], panicking with the console on I/O errors.
    pub fn request(&mut self, method: &str, path: &str, body: Option<&str>) -> (u16, String) {
        match self.try_request(method, path, body) {
            Ok(reply) => reply,
            Err(err) => {
                self.check_running();
                panic!("{method} {path} over vsock failed: {err}; console:\n{}", self.console_text())
            }
        }
    }

    /// Runs the guestd client binary on the host against the guest.
    pub fn client(&self, args: &[&str]) -> std::process::Output {
        common::run_client(&self.api_arg(), args)
    }

    /// Waits for QEMU to exit on its own and returns its status.
    pub fn wait_exit(&mut self, limit: Duration) -> ExitStatus {
        let start = Instant::now();
        let qemu = self.qemu.as_mut().expect("QEMU was started");
        loop {
            if let Ok(Some(status)) = qemu.try_wait() {
                self.qemu_exit = Some(status);
                return status;
            }
            if start.elapsed() > limit {
                panic!("QEMU did not exit within {limit:?}; console:\n{}", self.console_text());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        if let Some(mut qemu) = self.qemu.take() {
            stop(&mut qemu);
        }
        if let Some(mut backend) = self.backend.take() {
            stop(&mut backend);
        }
        for relay in &mut self.relays {
            stop(relay);
        }
        if std::thread::panicking() {
            eprintln!("--- guest console ---\n{}", self.console_text());
        }
    }
}
