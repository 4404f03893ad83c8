//! guestd: the in-guest orchestration daemon and its client, in one binary.

fn main() {
    guestd::logger::install_panic_hook();
    let args: Vec<String> = std::env::args().collect();
    // The container's helpers are this binary run by the daemon; the init
    // is PID 1 of its namespace, so it must be told apart before the
    // machine-init check in `cli::run`.
    let code = match args.get(1).map(String::as_str) {
        Some(guestd::container::init::SUBCOMMAND) => guestd::container::init::main(),
        Some(guestd::container::spawner::SUBCOMMAND) => guestd::container::spawner::main(&args[2..]),
        _ => guestd::cli::run(&args),
    };
    std::process::exit(code);
}
