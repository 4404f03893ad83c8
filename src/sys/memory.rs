//! Handing freed heap back to the kernel. A checkpoint or a restore
//! allocates tens of megabytes of buffers and frees them at the end.
//! glibc's allocator keeps such memory in its arenas, so without a trim the
//! daemon's resident size would stay at its peak while it idles.

/// Returns the free memory of the allocator's arenas to the kernel. With
/// an allocator other than glibc's (musl) this does nothing: musl returns
/// large blocks at once.
pub fn trim_heap() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks and shrinks the allocator's own
    // arenas under their locks; it takes no pointer from us.
    unsafe {
        libc::malloc_trim(0);
    }
}
