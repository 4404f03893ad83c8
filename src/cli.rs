//! Command-line entry: `guestd serve` runs the daemon, every other
//! subcommand is a client of a running daemon.

use crate::{api, client, config, daemon, kernel_check, logger, pid1, version};

const USAGE: &str = "\
Usage: guestd [--api ADDR] COMMAND [ARGS...]

Commands:
  serve                 run the daemon (see guestd serve --help)
  check-kernel          list the kernel features guestd needs that this kernel lacks
  status                print the daemon's status
  service ACTION ...    list, define, start, stop and delete services
                        (see guestd service help)
  logs [-f] [-n N] NAME print a service's log (guestd for the daemon's own)
  checkpoint create [--wait] [--comment TEXT]
                        snapshot the container's files; --wait shows progress
  checkpoint list|show ID|delete ID
                        list, show or delete checkpoints
  restore ID            roll the container's files back to checkpoint ID
  gc                    delete stored data that no checkpoint uses
  store-check --store URL [--store-key-file PATH] [--store-region R] [--create-bucket]
                        check that a checkpoint store answers (runs without a daemon)
  exec [-i] [-t] [-e K=V] [-w DIR] [-u USER] -- CMD [ARGS...]
                        run CMD in the container and exit with its exit code;
                        -i forwards stdin, -t allocates a TTY
  console [-- CMD...]   interactive login shell (or CMD) in the container on a TTY
  proxy LOCAL:REMOTE    forward loopback port LOCAL to container port REMOTE
  version               print this binary's version

Client options:
  --api ADDR            daemon address: unix:PATH, tcp:HOST:PORT or hvsock:PATH:PORT;
                        default $GUESTD_API, else unix:/run/guestd/api.sock

Client environment:
  GUESTD_TOKEN          bearer token sent with every request (TCP and vsock
                        listeners of a daemon with a token require it)
";

/// Runs the command line `args` and returns the process exit code.
pub fn run(args: &[String]) -> i32 {
    if pid1::is_init() {
        pid1::mark_start();
        return serve(&pid1::serve_args(args.get(1..).unwrap_or(&[])), true);
    }
    let mut rest = args.get(1..).unwrap_or(&[]).to_vec();
    let mut api_flag = None;
    while let Some(first) = rest.first() {
        if let Some(value) = first.strip_prefix("--api=") {
            api_flag = Some(value.to_string());
            rest.remove(0);
        } else if first == "--api" && rest.len() > 1 {
            api_flag = Some(rest[1].clone());
            rest.drain(..2);
        } else {
            break;
        }
    }
    let Some(command) = rest.first().cloned() else {
        eprint!("{USAGE}");
        return 2;
    };
    let args = &rest[1..];
    if command == "serve" {
        return serve(args, false);
    }
    if command == "store-check" {
        return match crate::storage::store::check_command(args) {
            Ok(()) => 0,
            Err(err) => {
                eprintln!("guestd store-check: {err}");
                1
            }
        };
    }
    if command == "check-kernel" {
        return kernel_check::run(args);
    }
    let addr = match client::api_addr(api_flag.as_deref()) {
        Ok(addr) => addr,
        Err(err) => {
            eprintln!("guestd: {err}");
            return 2;
        }
    };
    let result = match command.as_str() {
        "status" => client::status(&addr),
        "service" => client::services::service(&addr, args),
        "logs" => client::services::logs(&addr, args),
        "checkpoint" => client::checkpoints::checkpoint(&addr, args),
        "restore" => client::checkpoints::restore(&addr, args),
        "gc" => client::checkpoints::gc(&addr),
        "exec" => client::exec::exec(&addr, args),
        "console" => client::exec::console(&addr, args),
        "proxy" => client::proxy::run(&addr, args),
        "version" | "--version" | "-V" => {
            println!("{}", version::server_string());
            Ok(0)
        }
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            Ok(0)
        }
        other => Err(format!("unknown command {other:?}; run guestd --help")),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("guestd: {err}");
            1
        }
    }
}

fn serve(args: &[String], pid1: bool) -> i32 {
    if args.iter().any(|a| a == "--help" || a == "-h") && !pid1 {
        print!("{}", config::help());
        return 0;
    }
    let mut config = match config::parse(args) {
        Ok(config) => config,
        Err(err) => return usage_error(&err, pid1),
    };
    config.pid1 = pid1;
    logger::init(config.log_level);
    if pid1 {
        if let Err(err) = pid1::prepare(&config) {
            log::error!("{err}");
            pid1::finish(daemon::ExitAction::PowerOff);
        }
    }
    config.token = match api::auth::load_token(&config) {
        Ok(token) => token,
        Err(err) => return usage_error(&err, pid1),
    };
    logger::enable_queue();
    match daemon::serve(config) {
        Ok(action) if pid1 => pid1::finish(action),
        Ok(_) => 0,
        Err(err) => {
            log::error!("{err}");
            if pid1 {
                pid1::finish(daemon::ExitAction::PowerOff);
            }
            1
        }
    }
}

/// Reports a configuration error of `guestd serve`; as PID 1, powers off.
fn usage_error(err: &str, pid1: bool) -> i32 {
    eprintln!("guestd serve: {err}");
    if pid1 {
        pid1::finish(daemon::ExitAction::PowerOff);
    }
    2
}
