#[cfg(feature = "Wdk_Graphics_Direct3D")]
pub mod Direct3D;
