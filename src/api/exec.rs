//! Routes of the exec API.

use super::Route;

pub const ROUTES: &[Route] = &[];
