//! Command-line entry: `guestd serve` runs the daemon, every other
//! subcommand is a client of a running daemon.

use crate::{api, client, config, daemon, kernel_check, logger, pid1, version};

const USAGE: &str = "\
Usage: guestd [--api ADDR] COMMAND [ARGS...]

Commands:
  serve                 run the daemon (see guestd serve --help)
  check-kernel          list the kernel features guestd needs that this
                        kernel lacks
  status                print the daemon's status
  container status|restart
                        print the container's state, or restart it and wait
  ports [--json]        list the container's listening ports and the
                        forwarding listeners (--publish and others)
  service ACTION ...    list, define, start, stop and delete services
                        (see guestd service help)
  logs [-f] [-n N] NAME print a service's log (guestd for the daemon's own)
  checkpoint create [--wait] [--comment TEXT]
                        snapshot the container's files; --wait shows progress
  checkpoint list|show ID|delete ID
                        list, show or delete checkpoints
  restore ID            roll the container's files back to checkpoint ID
  gc                    delete stored data that no checkpoint uses
  store-check --store URL [--store-key-file PATH] [--store-region R]
              [--create-bucket]
                        check that a checkpoint store answers (runs without
                        a daemon)
  exec [-i] [-t] [-e K=V] [-w DIR] [-u USER] -- CMD [ARGS...]
                        run CMD in the container and exit with its exit code;
                        -i forwards stdin, -t allocates a TTY
  console [-- CMD...]   interactive login shell (or CMD) in the container
                        on a TTY
  sessions [--json]     list exec sessions; TTY sessions outlive their client
  sessions kill ID [--signal NAME]
                        signal exec session ID's processes; default KILL
  attach ID             reattach to TTY session ID (see guestd sessions)
  proxy LOCAL:REMOTE    forward loopback port LOCAL to container port REMOTE
  poweroff|reboot       end the VM whose init is guestd, after a clean stop
  version               print this binary's version

guestd COMMAND --help describes one command.

Client options:
  --api ADDR            daemon address: unix:PATH, tcp:HOST:PORT or
                        hvsock:PATH:PORT; default $GUESTD_API, else
                        unix:/run/guestd/api.sock (a daemon with --run-dir DIR
                        listens on unix:DIR/api.sock)

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
        } else if first == "--api" {
            eprintln!("guestd: --api needs a value (ADDR, such as unix:/run/guestd/api.sock)");
            return 2;
        } else {
            break;
        }
    }
    let Some(command) = rest.first().cloned() else {
        eprint!("{USAGE}");
        return 2;
    };
    let args = &rest[1..];
    let is_help = |arg: &String| arg == "-h" || arg == "--help";
    // These commands take no command line of their own, so a help flag
    // anywhere prints the help: `checkpoint delete --help` must not send a
    // delete of a checkpoint named "--help".
    let takes_no_command = matches!(
        command.as_str(),
        "status"
            | "container"
            | "ports"
            | "checkpoint"
            | "restore"
            | "gc"
            | "proxy"
            | "poweroff"
            | "reboot"
            | "version"
            | "sessions"
            | "attach"
    );
    if args.first().is_some_and(is_help) || (takes_no_command && args.iter().any(is_help)) {
        if let Some(help) = command_help(&command) {
            print!("{help}");
            return 0;
        }
    }
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
        "status" => client::no_operands("status", args).and_then(|()| client::status(&addr)),
        "container" => client::container::container(&addr, args),
        "ports" => client::container::ports(&addr, args),
        "service" => client::services::service(&addr, args),
        "logs" => client::services::logs(&addr, args),
        "checkpoint" => client::checkpoints::checkpoint(&addr, args),
        "restore" => client::checkpoints::restore(&addr, args),
        "gc" => client::checkpoints::gc(&addr, args),
        "exec" => client::exec::exec(&addr, args),
        "console" => client::exec::console(&addr, args),
        "sessions" => client::sessions::sessions(&addr, args),
        "attach" => client::exec::attach(&addr, args),
        "proxy" => client::proxy::run(&addr, args),
        "poweroff" | "reboot" => client::vm_action(&addr, &command, args),
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

/// Returns the help of a client subcommand whose parser has no help flag,
/// so that `guestd COMMAND --help` prints it instead of treating `--help`
/// as an argument (`restore` would take it for a checkpoint id).
#[rustfmt::skip]
fn command_help(command: &str) -> Option<&'static str> {
    Some(match command {
        "status" => "\
Usage: guestd status

Prints the daemon's status, the container's included, as JSON.
",
        "container" => client::container::CONTAINER_USAGE,
        "ports" => client::container::PORTS_USAGE,
        "checkpoint" => "\
Usage: guestd checkpoint create [--wait] [--comment TEXT]
       guestd checkpoint list
       guestd checkpoint show ID
       guestd checkpoint delete ID

create snapshots the container's writable layer into the store and prints
the new checkpoint's id; --wait waits until it is stored and shows the
progress. delete removes the checkpoint; its data stays until guestd gc.
",
        "restore" => "\
Usage: guestd restore ID|latest

Rolls the container's files back to checkpoint ID (guestd checkpoint list
shows the ids), or to the newest complete one with latest: the services
and the container stop, the writable layer becomes the checkpoint's tree,
and both start again. Waits until done.
",
        "poweroff" | "reboot" => "\
Usage: guestd poweroff
       guestd reboot

Asks guestd, running as a VM's init, to stop the services, exec sessions,
forwarding and the container, sync, and power off or restart the machine
(POST /v1/vm/poweroff or /v1/vm/reboot). Returns once the daemon accepted;
the VM then ends by itself. A daemon that is not PID 1 answers 409.
",
        "gc" => "\
Usage: guestd gc

Deletes the stored data that no checkpoint uses and prints what it removed.
",
        "store-check" => "\
Usage: guestd store-check --store URL [--store-key-file PATH]
                          [--store-region R] [--create-bucket]

Checks without a daemon that the checkpoint store URL (dir:PATH,
s3:http://HOST:PORT/BUCKET[/PREFIX] or s3:vsock:CID:PORT/BUCKET[/PREFIX])
answers, and counts what it holds.
The s3: keys come from --store-key-file (access key id and secret key on
two lines), else $AWS_ACCESS_KEY_ID and $AWS_SECRET_ACCESS_KEY;
--create-bucket creates the bucket first.
",
        "exec" => "\
Usage: guestd exec [OPTIONS] [--] CMD [ARGS...]

Runs CMD in the container, prints its output and exits with its exit code.

Options:
  -i, --interactive     forward stdin to the command
  -t, --tty             run the command on a terminal (output is merged);
                        with -i and a local terminal, Ctrl-P Ctrl-Q detaches
  -e, --env KEY=VALUE   environment variable; repeatable
  -w, --workdir DIR     absolute working directory; default /
  -u, --user USER       uid, uid:gid, name or name:gid; default 0

SIGINT, SIGTERM, SIGHUP and SIGQUIT sent to the client (Ctrl-C, or
Ctrl-\\ for SIGQUIT, on its terminal) go to the command's process group,
and the client prints the output until the command exits. With -t -i on a
local terminal these keys reach the command's terminal instead. A second
signal ends the client. The daemon then kills a command without -t
--exec-kill-delay seconds later, while a -t session keeps running: guestd
attach ID reattaches to it, and guestd sessions kill ID ends it.
",
        "console" => "\
Usage: guestd console [OPTIONS] [-- CMD [ARGS...]]

Runs a login shell (or CMD) in the container on a terminal, with stdin
forwarded. Takes the options of guestd exec. The session keeps running
when the client goes away (the terminal closes, the connection drops, or
the user types the detach keys Ctrl-P Ctrl-Q, after which the client
exits 0); guestd sessions lists it and guestd attach ID reattaches to it.
",
        "sessions" => client::sessions::SESSIONS_USAGE,
        "attach" => client::sessions::ATTACH_USAGE,
        "proxy" => "\
Usage: guestd proxy LOCAL:REMOTE

Listens on 127.0.0.1 port LOCAL (0 picks a free one) and forwards every
connection to port REMOTE in the container until it is killed.
",
        "version" => "\
Usage: guestd version

Prints this binary's version and commit.
",
        _ => return None,
    })
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
