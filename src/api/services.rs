//! Routes of the services API.

use super::Route;

pub const ROUTES: &[Route] = &[];
