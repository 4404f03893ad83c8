//! Routes of the container API.

use super::Route;

pub const ROUTES: &[Route] = &[];
