//! A small pool of threads for blocking work (checkpoint I/O, hashing,
//! object storage). A job runs off the loop and returns a completion, a
//! closure that the loop then runs with the whole daemon in hand.
//!
//! Threads start when jobs arrive and exit after [`IDLE_EXIT`] without
//! work, so an idle daemon keeps only its loop thread.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use mio::Waker;

use super::Daemon;

/// Work to finish on the event loop thread once a job is done.
pub type Completion = Box<dyn FnOnce(&mut Daemon) + Send>;

type Job = Box<dyn FnOnce() -> Completion + Send>;

/// Maximum number of worker threads. Two matches the smallest machines
/// guestd runs on and keeps checkpoint I/O from starving the loop's core.
pub const WORKERS: usize = 2;

/// Time a worker waits for a job before it exits.
pub const IDLE_EXIT: Duration = Duration::from_secs(30);

struct Shared {
    queue: Mutex<Receiver<Job>>,
    /// Workers running, counting those about to exit.
    live: AtomicUsize,
}

pub struct Pool {
    jobs: Sender<Job>,
    shared: Arc<Shared>,
    done_tx: Sender<Completion>,
    done_rx: Receiver<Completion>,
    waker: Arc<Waker>,
}

impl Pool {
    pub fn new(waker: Arc<Waker>) -> Pool {
        let (jobs, job_rx) = mpsc::channel::<Job>();
        let (done_tx, done_rx) = mpsc::channel();
        let shared = Arc::new(Shared { queue: Mutex::new(job_rx), live: AtomicUsize::new(0) });
        Pool { jobs, shared, done_tx, done_rx, waker }
    }

    /// Runs `job` on a worker thread; its completion runs later on the loop.
    pub fn spawn<F>(&mut self, job: F)
    where
        F: FnOnce() -> Completion + Send + 'static,
    {
        // The receiver lives in `shared`, which this pool keeps, so sending
        // cannot fail.
        let _ = self.jobs.send(Box::new(job));
        // A worker that timed out decrements `live` before its last look at
        // the queue, so either it sees this job or this check sees it gone.
        if self.shared.live.load(Ordering::SeqCst) < WORKERS {
            self.start_worker();
        }
    }

    fn start_worker(&mut self) {
        let index = self.shared.live.fetch_add(1, Ordering::SeqCst);
        let shared = Arc::clone(&self.shared);
        let done = self.done_tx.clone();
        let waker = Arc::clone(&self.waker);
        let spawned = thread::Builder::new()
            .name(format!("guestd-pool-{index}"))
            .stack_size(256 * 1024)
            .spawn(move || worker(&shared, &done, &waker));
        if let Err(err) = spawned {
            self.shared.live.fetch_sub(1, Ordering::SeqCst);
            log::error!("failed to start pool thread: {err}");
        }
    }

    /// Takes the completions that finished jobs have queued.
    pub fn take_completions(&mut self) -> Vec<Completion> {
        self.done_rx.try_iter().collect()
    }

    /// The loop's waker, for code off the loop that must wake it.
    pub fn waker(&self) -> Arc<Waker> {
        Arc::clone(&self.waker)
    }

    /// Number of worker threads running.
    pub fn threads(&self) -> usize {
        self.shared.live.load(Ordering::SeqCst)
    }
}

fn worker(shared: &Shared, done: &Sender<Completion>, waker: &Waker) {
    loop {
        let job = {
            let Ok(queue) = shared.queue.lock() else { return };
            match queue.recv_timeout(IDLE_EXIT) {
                Ok(job) => job,
                Err(RecvTimeoutError::Disconnected) => {
                    shared.live.fetch_sub(1, Ordering::SeqCst);
                    return;
                }
                Err(RecvTimeoutError::Timeout) => {
                    shared.live.fetch_sub(1, Ordering::SeqCst);
                    match queue.try_recv() {
                        Ok(job) => {
                            shared.live.fetch_add(1, Ordering::SeqCst);
                            job
                        }
                        Err(_) => return,
                    }
                }
            }
        };
        let completion = job();
        if done.send(completion).is_err() {
            return;
        }
        if let Err(err) = waker.wake() {
            log::error!("failed to wake the event loop: {err}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mio::{Poll, Token};

    #[test]
    fn jobs_complete_and_wake_the_loop() {
        let mut poll = Poll::new().unwrap();
        let waker = Arc::new(Waker::new(poll.registry(), Token(1)).unwrap());
        let mut pool = Pool::new(waker);
        assert_eq!(pool.threads(), 0);
        for _ in 0..8 {
            pool.spawn(|| Box::new(|_: &mut Daemon| {}));
        }
        assert!(pool.threads() <= WORKERS);
        let mut completions = 0;
        let mut events = mio::Events::with_capacity(4);
        while completions < 8 {
            poll.poll(&mut events, Some(Duration::from_secs(5))).unwrap();
            completions += pool.take_completions().len();
        }
        assert_eq!(completions, 8);
    }
}
