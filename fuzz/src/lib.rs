//! Shared by every fuzz target: an allocator that enforces the memory limit
//! of `fuzz/run`.
//!
//! libFuzzer's `-malloc_limit_mb` works through malloc hooks that only a
//! sanitizer's runtime provides, and the targets are built without one, so
//! it checks nothing. `-rss_limit_mb` counts only memory that was touched,
//! and only once a second. This allocator aborts as soon as one allocation
//! or all live allocations together request more than [`LIMIT`], touched
//! or not, and libFuzzer reports the abort as a crash and saves the input.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Bytes one allocation, or all live allocations together, may take: the
/// `-malloc_limit_mb` and `-rss_limit_mb` that `fuzz/run` passes.
pub const LIMIT: usize = 512 << 20;

/// The system allocator, counting live bytes.
pub struct Limited {
    live: AtomicUsize,
}

#[global_allocator]
static ALLOCATOR: Limited = Limited { live: AtomicUsize::new(0) };

impl Limited {
    /// Counts `added` more live bytes for an allocation of `size`.
    fn reserve(&self, size: usize, added: usize) {
        let live = self.live.fetch_add(added, Ordering::Relaxed) + added;
        if size > LIMIT || live > LIMIT {
            const MESSAGE: &[u8] = b"fuzz target allocated more than the 512 MiB limit\n";
            // SAFETY: MESSAGE is a valid buffer of its length. A plain
            // write(2), because anything of std's here could allocate.
            unsafe { libc::write(2, MESSAGE.as_ptr().cast(), MESSAGE.len()) };
            std::process::abort();
        }
    }

    fn release(&self, size: usize) {
        self.live.fetch_sub(size, Ordering::Relaxed);
    }
}

// SAFETY: every call goes to the system allocator with the caller's own
// arguments, and the counting around it changes no pointer or layout.
unsafe impl GlobalAlloc for Limited {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.reserve(layout.size(), layout.size());
        // SAFETY: the caller's layout, passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        self.reserve(layout.size(), layout.size());
        // SAFETY: the caller's layout, passed on unchanged.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        self.release(layout.size());
        // SAFETY: `ptr` and `layout` come from the caller, who got the
        // pointer from this allocator with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        match new_size.checked_sub(layout.size()) {
            Some(grown) => self.reserve(new_size, grown),
            None => self.release(layout.size() - new_size),
        }
        // SAFETY: the caller's pointer, layout and size, passed on
        // unchanged.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}
