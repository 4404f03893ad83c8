//! guestd as a library: the daemon, its client and their parts. The
//! `guestd` binary is a thin wrapper around [`cli::run`]; the library form
//! exists so fuzz targets and tests can reach the parsers directly.

pub mod addr;
pub mod api;
pub mod cli;
pub mod client;
pub mod config;
pub mod container;
pub mod daemon;
pub mod exec;
pub mod files;
pub mod forward;
pub mod http;
pub mod kernel_check;
pub mod logger;
pub mod logs;
pub mod pid1;
pub mod services;
pub mod storage;
pub mod sys;
pub mod version;
pub mod wsproxy;
