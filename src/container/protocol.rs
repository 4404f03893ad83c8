//! Messages between the daemon and the spawner over their
//! `SOCK_SEQPACKET` pair: one request and one reply per process. All
//! integers are little-endian `u32`/`i32`; strings are NUL-terminated.
//!
//! Request: version, uid, gid, flags ([`FLAG_TTY`], [`FLAG_STDIN`],
//! [`FLAG_STDOUT`], [`FLAG_STDERR`]), argc, envc, then cwd, argv and env
//! strings. Descriptors: the leaf cgroup directory, then each standard
//! stream whose flag is set, in order.
//!
//! Reply: pid (0 on failure), errno, [`Stage`] of the failure.

use std::ffi::CString;

pub const VERSION: u32 = 1;
pub const FLAG_TTY: u32 = 1;
pub const FLAG_STDIN: u32 = 2;
pub const FLAG_STDOUT: u32 = 4;
pub const FLAG_STDERR: u32 = 8;

/// Largest request. The daemon rejects larger argv and env as invalid
/// input before sending them, and the spawner replies to a larger message
/// with `E2BIG`.
/// It stays below the default socket send buffer (`net.core.wmem_default`,
/// 212992 bytes) so that one message always fits.
pub const MAX_REQUEST: usize = 192 * 1024;

pub struct Request {
    pub uid: u32,
    pub gid: u32,
    pub flags: u32,
    pub cwd: CString,
    pub argv: Vec<CString>,
    pub env: Vec<CString>,
}

/// Step of process creation that failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum Stage {
    None = 0,
    Clone = 1,
    Stdio = 2,
    Chdir = 3,
    Credentials = 4,
    Seccomp = 5,
    Exec = 6,
    Request = 7,
    OomScore = 8,
}

impl Stage {
    pub fn from_u32(value: u32) -> Stage {
        use Stage::*;
        [None, Clone, Stdio, Chdir, Credentials, Seccomp, Exec, Request, OomScore]
            .into_iter()
            .find(|stage| *stage as u32 == value)
            .unwrap_or(Request)
    }
}

impl Request {
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(256);
        for value in [VERSION, self.uid, self.gid, self.flags, self.argv.len() as u32, self.env.len() as u32] {
            out.extend_from_slice(&value.to_le_bytes());
        }
        for text in std::iter::once(&self.cwd).chain(&self.argv).chain(&self.env) {
            out.extend_from_slice(text.as_bytes_with_nul());
        }
        out
    }

    pub fn decode(data: &[u8]) -> Option<Request> {
        let word = |i: usize| data.get(i * 4..i * 4 + 4).map(|b| u32::from_le_bytes(b.try_into().unwrap()));
        if word(0)? != VERSION {
            return None;
        }
        let (argc, envc) = (word(4)? as usize, word(5)? as usize);
        let mut rest = data.get(24..)?;
        // Each string must end in its own NUL, so a cut message is invalid.
        let mut next = || {
            let end = rest.iter().position(|b| *b == 0)?;
            let text = CString::new(&rest[..end]).ok()?;
            rest = &rest[end + 1..];
            Some(text)
        };
        let cwd = next()?;
        let argv = (0..argc).map(|_| next()).collect::<Option<Vec<_>>>()?;
        let env = (0..envc).map(|_| next()).collect::<Option<Vec<_>>>()?;
        Some(Request { uid: word(1)?, gid: word(2)?, flags: word(3)?, cwd, argv, env })
    }
}

pub struct Reply {
    pub pid: i32,
    pub errno: i32,
    pub stage: Stage,
}

impl Reply {
    pub fn encode(&self) -> [u8; 12] {
        let mut out = [0u8; 12];
        out[0..4].copy_from_slice(&self.pid.to_le_bytes());
        out[4..8].copy_from_slice(&self.errno.to_le_bytes());
        out[8..12].copy_from_slice(&(self.stage as u32).to_le_bytes());
        out
    }

    pub fn decode(data: &[u8]) -> Option<Reply> {
        let word = |i: usize| data.get(i * 4..i * 4 + 4).map(|b| u32::from_le_bytes(b.try_into().unwrap()));
        Some(Reply { pid: word(0)? as i32, errno: word(1)? as i32, stage: Stage::from_u32(word(2)?) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(text: &str) -> CString {
        CString::new(text).unwrap()
    }

    #[test]
    fn request_round_trip() {
        let request = Request {
            uid: 1000,
            gid: 100,
            flags: FLAG_TTY | FLAG_STDOUT,
            cwd: c("/srv"),
            argv: vec![c("sh"), c("-c"), c("")],
            env: vec![c("A=1")],
        };
        let decoded = Request::decode(&request.encode()).expect("decodes");
        assert_eq!(decoded.uid, 1000);
        assert_eq!(decoded.gid, 100);
        assert_eq!(decoded.flags, FLAG_TTY | FLAG_STDOUT);
        assert_eq!(decoded.cwd, c("/srv"));
        assert_eq!(decoded.argv, vec![c("sh"), c("-c"), c("")]);
        assert_eq!(decoded.env, vec![c("A=1")]);
    }

    #[test]
    fn truncated_request_rejected() {
        let request = Request { uid: 0, gid: 0, flags: 0, cwd: c("/"), argv: vec![c("a"), c("b")], env: vec![] };
        let bytes = request.encode();
        assert!(Request::decode(&bytes[..bytes.len() - 2]).is_none());
        assert!(Request::decode(&bytes[..10]).is_none());
    }

    #[test]
    fn reply_round_trip() {
        let reply = Reply::decode(&Reply { pid: 42, errno: 2, stage: Stage::Exec }.encode()).unwrap();
        assert_eq!((reply.pid, reply.errno, reply.stage), (42, 2, Stage::Exec));
    }
}
