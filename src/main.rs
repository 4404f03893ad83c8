//! guestd: the in-guest orchestration daemon and its client, in one binary.

mod addr;
mod api;
mod cli;
mod client;
mod config;
mod container;
mod daemon;
mod exec;
mod forward;
mod http;
mod logger;
mod logs;
mod pid1;
mod services;
mod storage;
mod sys;
mod version;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let code = cli::run(&args);
    std::process::exit(code);
}
