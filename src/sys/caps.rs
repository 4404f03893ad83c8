//! Capabilities and `no_new_privs`: dropping capabilities from every set
//! of the calling thread (bounding, effective, permitted, inheritable,
//! ambient).

use std::io;

use super::cvt;

const CAPABILITY_VERSION_3: u32 = 0x2008_0522;

#[repr(C)]
struct CapHeader {
    version: u32,
    pid: libc::c_int,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
struct CapData {
    effective: u32,
    permitted: u32,
    inheritable: u32,
}

/// Removes every capability in `caps` (capability numbers, `CAP_*`) from
/// the bounding set, clears the ambient set, and removes them from the
/// effective, permitted and inheritable sets of the calling thread.
/// Needs `CAP_SETPCAP` for the bounding set.
pub fn drop_capabilities(caps: &[u32]) -> io::Result<()> {
    for &cap in caps {
        // SAFETY: PR_CAPBSET_DROP takes a plain capability number.
        match cvt(unsafe { libc::prctl(libc::PR_CAPBSET_DROP, cap as libc::c_ulong, 0, 0, 0) }) {
            // EINVAL: a capability this kernel does not know; nothing to drop.
            Err(err) if err.raw_os_error() == Some(libc::EINVAL) => {}
            other => other.map(drop)?,
        }
    }
    // SAFETY: PR_CAP_AMBIENT_CLEAR_ALL takes no pointers.
    cvt(unsafe { libc::prctl(libc::PR_CAP_AMBIENT, libc::PR_CAP_AMBIENT_CLEAR_ALL as libc::c_ulong, 0, 0, 0) })?;

    let mut header = CapHeader { version: CAPABILITY_VERSION_3, pid: 0 };
    let mut data = [CapData::default(); 2];
    // SAFETY: version 3 capget writes two CapData entries, which `data`
    // holds; `header` is valid for reads and writes.
    cvt(unsafe { libc::syscall(libc::SYS_capget, &mut header, data.as_mut_ptr()) } as libc::c_int)?;
    for &cap in caps {
        let (word, bit) = ((cap / 32) as usize, 1u32 << (cap % 32));
        if word < data.len() {
            data[word].effective &= !bit;
            data[word].permitted &= !bit;
            data[word].inheritable &= !bit;
        }
    }
    // SAFETY: as for capget; capset only reads both structures.
    cvt(unsafe { libc::syscall(libc::SYS_capset, &mut header, data.as_ptr()) } as libc::c_int).map(drop)
}

/// Sets `no_new_privs`: `execve` can no longer grant privileges (setuid
/// bits, file capabilities), and the flag is inherited by every child.
pub fn set_no_new_privs() -> io::Result<()> {
    // SAFETY: PR_SET_NO_NEW_PRIVS takes plain integers.
    cvt(unsafe { libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) }).map(drop)
}

/// Returns whether `cap` is in the bounding set of the calling thread.
pub fn in_bounding_set(cap: u32) -> io::Result<bool> {
    // SAFETY: PR_CAPBSET_READ takes a plain capability number.
    cvt(unsafe { libc::prctl(libc::PR_CAPBSET_READ, cap as libc::c_ulong, 0, 0, 0) }).map(|v| v == 1)
}
