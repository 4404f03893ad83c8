//! The detach key of terminal sessions: typing Ctrl-P and then Ctrl-Q on
//! the local terminal detaches `guestd console`, `guestd exec -t -i` and
//! `guestd attach` from their session, which keeps running, as in the
//! usual container tools. The keys are looked for only when stdin is a
//! terminal, so piped input reaches the session byte for byte.

/// The detach sequence as help text and messages name it.
pub const DETACH_KEYS: &str = "Ctrl-P Ctrl-Q";

const CTRL_P: u8 = 0x10;
const CTRL_Q: u8 = 0x11;

/// Scanner state of the detach sequence across reads of the terminal.
#[derive(Debug, Default)]
pub struct DetachScanner {
    /// Flag for a Ctrl-P as the last byte read. That byte is not sent until
    /// the next byte shows whether it starts the sequence.
    held: bool,
}

impl DetachScanner {
    /// Appends to `out` the bytes of `input` that go to the session, and
    /// returns true when `input` completes the detach sequence. The
    /// sequence itself and any bytes after it are not sent. A Ctrl-P not
    /// followed by Ctrl-Q is sent, late, together with the next byte.
    pub fn scan(&mut self, input: &[u8], out: &mut Vec<u8>) -> bool {
        for &byte in input {
            if std::mem::take(&mut self.held) {
                if byte == CTRL_Q {
                    return true;
                }
                out.push(CTRL_P);
            }
            if byte == CTRL_P {
                self.held = true;
            } else {
                out.push(byte);
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan_all(scanner: &mut DetachScanner, input: &[u8]) -> (Vec<u8>, bool) {
        let mut out = Vec::new();
        let detach = scanner.scan(input, &mut out);
        (out, detach)
    }

    #[test]
    fn sequence_detaches_and_is_not_sent() {
        let mut scanner = DetachScanner::default();
        assert_eq!(scan_all(&mut scanner, b"ls\x10\x11rest"), (b"ls".to_vec(), true));
    }

    #[test]
    fn sequence_split_across_reads() {
        let mut scanner = DetachScanner::default();
        assert_eq!(scan_all(&mut scanner, b"a\x10"), (b"a".to_vec(), false));
        assert_eq!(scan_all(&mut scanner, b"\x11"), (Vec::new(), true));
    }

    #[test]
    fn lone_ctrl_p_is_sent_with_next_byte() {
        let mut scanner = DetachScanner::default();
        assert_eq!(scan_all(&mut scanner, b"\x10"), (Vec::new(), false));
        assert_eq!(scan_all(&mut scanner, b"x"), (b"\x10x".to_vec(), false));
        assert_eq!(scan_all(&mut scanner, b"\x10\x10\x11"), (b"\x10".to_vec(), true));
    }

    #[test]
    fn ctrl_q_alone_is_sent() {
        let mut scanner = DetachScanner::default();
        assert_eq!(scan_all(&mut scanner, b"\x11q"), (b"\x11q".to_vec(), false));
    }
}
