//! Handing freed heap back to the kernel. A checkpoint, a restore or a
//! garbage collection allocates tens of megabytes of buffers on pool
//! threads and frees them at the end. An idle daemon should return to its
//! idle resident size after each, because hosts pack many guests and count
//! every resident page.

/// Largest allocation that glibc serves from an arena heap. Larger ones
/// get their own mapping, which `free` unmaps at once. 128 KiB is glibc's
/// initial value.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const MMAP_THRESHOLD: libc::c_int = 128 * 1024;

/// Free space at the top of an arena heap above which `free` returns it to
/// the kernel. glibc's initial value is also 128 KiB.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const TRIM_THRESHOLD: libc::c_int = 128 * 1024;

/// Fixes glibc's mmap and trim thresholds, which turns off their dynamic
/// growth. By default, freeing a mapped block raises the mmap threshold to
/// that block's size (up to 32 MiB on 64-bit) and the trim threshold to
/// twice that. Later buffers then come from the arena of a pool thread.
/// `malloc_trim` never shrinks the top of an arena other than the main
/// one, so tens of megabytes would stay resident after a checkpoint, even
/// after the pool thread exits. With musl this does nothing: musl
/// maps large blocks on their own and unmaps them when they are freed.
pub fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets the allocator's own parameters, under its
    // lock, and it takes no pointer.
    unsafe {
        if libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 0
            || libc::mallopt(libc::M_TRIM_THRESHOLD, TRIM_THRESHOLD) == 0
        {
            log::warn!("failed to set the allocator's mmap and trim thresholds");
        }
    }
}

/// Returns the free memory of the allocator's arenas to the kernel. With
/// an allocator other than glibc's (musl) this does nothing.
pub fn trim_heap() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks and shrinks the allocator's own
    // arenas under their locks; it takes no pointer from us.
    unsafe {
        libc::malloc_trim(0);
    }
}
