//! Build and protocol versions. Every API response carries them in headers,
//! and every on-disk format records the version that wrote it.

/// Version of the guestd package.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Git commit of the build, with `-dirty` when the tree had local changes.
pub const GIT_COMMIT: &str = env!("GUESTD_GIT_COMMIT");

/// Version of the HTTP API. Bumped on any incompatible change to a route,
/// request or response shape.
pub const API_VERSION: u32 = 1;

/// Value of the `Server` header and of `--version` output.
pub fn server_string() -> String {
    format!("guestd/{VERSION} ({GIT_COMMIT})")
}
