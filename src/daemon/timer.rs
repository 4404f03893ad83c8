//! Deadlines for the event loop. There is no periodic tick: the loop sleeps
//! until the earliest deadline, or forever when there is none.
//!
//! Timers are never cancelled in place. An owner that no longer wants a
//! timer ignores it when it fires, so each owner must check that the state
//! the timer was set for still holds (for example with a generation count).

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::time::{Duration, Instant};

use super::token::Kind;

/// Identifies what a timer is for: the owning subsystem and its own id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct TimerKey {
    pub kind: Kind,
    pub id: u64,
}

#[derive(Default)]
pub struct Timers {
    heap: BinaryHeap<Reverse<(Instant, u64, TimerKey)>>,
    sequence: u64,
}

impl Timers {
    /// Schedules `key` to fire at `deadline`.
    pub fn add(&mut self, deadline: Instant, key: TimerKey) {
        self.sequence += 1;
        self.heap.push(Reverse((deadline, self.sequence, key)));
    }

    /// Schedules `key` to fire after `delay`.
    pub fn after(&mut self, delay: Duration, kind: Kind, id: u64) {
        self.add(Instant::now() + delay, TimerKey { kind, id });
    }

    /// Time until the earliest deadline, or `None` when no timer is set.
    pub fn next_timeout(&self, now: Instant) -> Option<Duration> {
        self.heap.peek().map(|Reverse((deadline, _, _))| deadline.saturating_duration_since(now))
    }

    /// Removes and returns the next timer whose deadline has passed.
    pub fn pop_expired(&mut self, now: Instant) -> Option<TimerKey> {
        match self.heap.peek() {
            Some(Reverse((deadline, _, _))) if *deadline <= now => self.heap.pop().map(|Reverse((_, _, key))| key),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timers_fire_in_deadline_order() {
        let mut timers = Timers::default();
        let now = Instant::now();
        timers.add(now + Duration::from_millis(20), TimerKey { kind: Kind::Http, id: 2 });
        timers.add(now + Duration::from_millis(10), TimerKey { kind: Kind::Exec, id: 1 });
        assert_eq!(timers.next_timeout(now), Some(Duration::from_millis(10)));
        assert_eq!(timers.pop_expired(now), None);
        let later = now + Duration::from_millis(30);
        assert_eq!(timers.pop_expired(later).map(|k| k.id), Some(1));
        assert_eq!(timers.pop_expired(later).map(|k| k.id), Some(2));
        assert_eq!(timers.next_timeout(later), None);
    }
}
