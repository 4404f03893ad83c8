#[cfg(feature = "Wdk_Storage_FileSystem")]
pub mod FileSystem;
