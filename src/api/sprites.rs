//! Routes of the sprites API.

use super::Route;

pub const ROUTES: &[Route] = &[];
