//! Event-loop tokens. The top byte of a token names the subsystem that owns
//! the event source and the low bits are that subsystem's own index, so the
//! loop can dispatch without a shared table of sources.

use mio::Token;

/// Subsystem that owns an event source or a timer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Kind {
    Waker = 1,
    Signal = 2,
    Listener = 3,
    Http = 4,
    Exec = 5,
    Service = 6,
    Log = 7,
    Forward = 8,
    Storage = 9,
    Container = 10,
    Deferred = 11,
    WsProxy = 12,
}

const SHIFT: u32 = 56;
const INDEX_MASK: usize = (1 << SHIFT) - 1;

impl Kind {
    fn from_u8(value: u8) -> Option<Kind> {
        use Kind::*;
        [Waker, Signal, Listener, Http, Exec, Service, Log, Forward, Storage, Container, Deferred, WsProxy]
            .into_iter()
            .find(|kind| *kind as u8 == value)
    }
}

/// Builds the token for source `index` of subsystem `kind`.
pub fn token(kind: Kind, index: usize) -> Token {
    debug_assert!(index <= INDEX_MASK, "token index {index} out of range");
    Token(((kind as usize) << SHIFT) | (index & INDEX_MASK))
}

/// Splits a token into its subsystem and index; `None` for a foreign token.
pub fn split(token: Token) -> Option<(Kind, usize)> {
    let kind = Kind::from_u8((token.0 >> SHIFT) as u8)?;
    Some((kind, token.0 & INDEX_MASK))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_round_trip() {
        let t = token(Kind::Forward, 12345);
        assert_eq!(split(t), Some((Kind::Forward, 12345)));
    }

    #[test]
    fn foreign_token_rejected() {
        assert_eq!(split(Token(7)), None);
    }
}
