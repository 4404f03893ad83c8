//! Routes of the ports API.

use super::Route;

pub const ROUTES: &[Route] = &[];
