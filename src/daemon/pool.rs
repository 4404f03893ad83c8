//! A small pool of threads for blocking work (checkpoint I/O, hashing,
//! object storage). A job runs off the loop and returns a completion, a
//! closure that the loop then runs with the whole daemon in hand.
//!
//! Threads start on the first job, so an idle daemon that never
//! checkpoints has none.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread;

use mio::Waker;

use super::Daemon;

/// Work to finish on the event loop thread once a job is done.
pub type Completion = Box<dyn FnOnce(&mut Daemon) + Send>;

type Job = Box<dyn FnOnce() -> Completion + Send>;

/// Number of worker threads. Two matches the smallest machines guestd runs
/// on and keeps checkpoint I/O from starving the loop's core.
pub const WORKERS: usize = 2;

pub struct Pool {
    jobs: Option<Sender<Job>>,
    job_queue: Arc<Mutex<Receiver<Job>>>,
    pending_jobs: Option<Receiver<Job>>,
    done_tx: Sender<Completion>,
    done_rx: Receiver<Completion>,
    waker: Arc<Waker>,
    started: usize,
}

impl Pool {
    pub fn new(waker: Arc<Waker>) -> Pool {
        let (jobs, job_rx) = mpsc::channel::<Job>();
        let (done_tx, done_rx) = mpsc::channel();
        let (_, placeholder) = mpsc::channel::<Job>();
        Pool {
            jobs: Some(jobs),
            job_queue: Arc::new(Mutex::new(placeholder)),
            pending_jobs: Some(job_rx),
            done_tx,
            done_rx,
            waker,
            started: 0,
        }
    }

    /// Runs `job` on a worker thread; its completion runs later on the loop.
    pub fn spawn<F>(&mut self, job: F)
    where
        F: FnOnce() -> Completion + Send + 'static,
    {
        self.start_workers();
        if let Some(jobs) = &self.jobs {
            // Sending fails only when every worker has exited, which happens
            // only after `shutdown`.
            if jobs.send(Box::new(job)).is_err() {
                log::error!("thread pool is shut down; job dropped");
            }
        }
    }

    fn start_workers(&mut self) {
        if let Some(receiver) = self.pending_jobs.take() {
            self.job_queue = Arc::new(Mutex::new(receiver));
        }
        while self.started < WORKERS {
            let queue = Arc::clone(&self.job_queue);
            let done = self.done_tx.clone();
            let waker = Arc::clone(&self.waker);
            let name = format!("guestd-pool-{}", self.started);
            let spawned = thread::Builder::new()
                .name(name)
                .stack_size(256 * 1024)
                .spawn(move || worker(queue, done, waker));
            if let Err(err) = spawned {
                log::error!("failed to start pool thread: {err}");
                break;
            }
            self.started += 1;
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
        self.started
    }
}

fn worker(queue: Arc<Mutex<Receiver<Job>>>, done: Sender<Completion>, waker: Arc<Waker>) {
    loop {
        let job = {
            let Ok(receiver) = queue.lock() else { return };
            match receiver.recv() {
                Ok(job) => job,
                Err(_) => return,
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
