//! guestd: the in-guest orchestration daemon and its client, in one binary.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let code = guestd::cli::run(&args);
    std::process::exit(code);
}
