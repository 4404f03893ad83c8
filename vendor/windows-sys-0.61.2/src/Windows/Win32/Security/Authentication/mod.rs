#[cfg(feature = "Win32_Security_Authentication_Identity")]
pub mod Identity;
