//! `POST /v1/vm/poweroff` and `POST /v1/vm/reboot`: end the machine in
//! order (services, exec sessions, the container, then reboot(2)). Only
//! guestd as the machine's init answers them; user code inside the
//! container cannot call them.

use miniserde::Serialize;

use super::{Params, Route};
use crate::daemon::{Daemon, ExitAction};
use crate::http::{Reply, Request, Response};

pub const ROUTES: &[Route] = &[
    Route { method: "POST", pattern: "/v1/vm/poweroff", handler: poweroff, inside: false },
    Route { method: "POST", pattern: "/v1/vm/reboot", handler: reboot, inside: false },
];

#[derive(Serialize)]
struct Accepted {
    action: &'static str,
}

fn poweroff(d: &mut Daemon, _request: &Request, _params: &Params) -> Reply {
    end_machine(d, ExitAction::PowerOff, "poweroff")
}

fn reboot(d: &mut Daemon, _request: &Request, _params: &Params) -> Reply {
    end_machine(d, ExitAction::Reboot, "reboot")
}

fn end_machine(d: &mut Daemon, action: ExitAction, name: &'static str) -> Reply {
    if !d.config.pid1 {
        return Response::error(
            409,
            format!("guestd is not this machine's init, so it cannot {name} it; stop the daemon with SIGTERM"),
        )
        .into();
    }
    log::info!("{name} requested over the API");
    d.begin_shutdown(action);
    Response::json(202, &Accepted { action: name }).into()
}
