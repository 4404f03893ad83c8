//! Routes of the checkpoints API.

use super::Route;

pub const ROUTES: &[Route] = &[];
