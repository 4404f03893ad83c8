//! The connection attached to an exec session: how output is framed on it
//! (a chunked HTTP body or WebSocket messages), how its input is decoded,
//! and its bounded buffers. It never touches the session's process.
//!
//! Chunked body frames: 1 byte stream id, 4 bytes big-endian payload
//! length, payload. WebSocket messages for a non-TTY session are binary
//! with the stream id as first byte; a TTY session sends raw terminal bytes
//! as binary messages and control as JSON text messages.

use std::io::{self, Read, Write};

use miniserde::{json, Deserialize, Serialize};

use crate::http::response::{push_chunk, LAST_CHUNK};
use crate::http::websocket::{self, Decoded, Decoder, Message, Opcode};
use crate::http::Stream;
use crate::sys::ExitStatus;

/// Stream ids shared by both framings.
pub const STREAM_STDIN: u8 = 0;
pub const STREAM_STDOUT: u8 = 1;
pub const STREAM_STDERR: u8 = 2;
pub const STREAM_EXIT: u8 = 3;
pub const STREAM_STDIN_EOF: u8 = 4;

/// Bytes of buffered, undecoded WebSocket input, on top of one message.
const INPUT_SLACK: usize = 64 * 1024;

pub enum Protocol {
    Chunked,
    WebSocket(Decoder),
}

/// Input decoded from the client.
#[derive(Debug, PartialEq, Eq)]
pub enum Input {
    Stdin(Vec<u8>),
    StdinEof,
    Resize(u16, u16),
}

/// The connection is gone: the peer closed it, it failed, or it broke the
/// protocol (a close frame is then already queued).
#[derive(Debug)]
pub struct Lost;

pub struct Client {
    pub stream: Stream,
    protocol: Protocol,
    /// Whether the session is a TTY session (raw binary messages).
    tty: bool,
    output: Vec<u8>,
    written: usize,
    input: Vec<u8>,
    /// Set by readiness events, cleared on `WouldBlock`.
    pub read_ready: bool,
    pub write_ready: bool,
    /// The last frame is queued: once output drains, the write side is
    /// shut down and the connection only waits for the peer to close.
    pub closing: bool,
    pub write_shut: bool,
}

#[derive(Serialize)]
struct ExitInfo {
    exit_code: i32,
    signal: Option<i32>,
    /// The daemon's reason for killing the process, or `None` when it did
    /// not kill it.
    reason: Option<&'static str>,
}

#[derive(Serialize)]
struct ExitMessage {
    #[serde(rename = "type")]
    kind: &'static str,
    exit_code: i32,
    signal: Option<i32>,
    reason: Option<&'static str>,
}

#[derive(Deserialize)]
struct Control {
    #[serde(rename = "type")]
    kind: String,
    rows: Option<u16>,
    cols: Option<u16>,
}

impl Client {
    pub fn new(stream: Stream, protocol: Protocol, tty: bool, head: Vec<u8>, leftover: Vec<u8>) -> Client {
        Client {
            stream,
            protocol,
            tty,
            output: head,
            written: 0,
            read_ready: !leftover.is_empty(),
            input: leftover,
            write_ready: true,
            closing: false,
            write_shut: false,
        }
    }

    /// Output bytes queued but not yet written.
    pub fn pending(&self) -> usize {
        self.output.len() - self.written
    }

    pub(super) fn is_websocket(&self) -> bool {
        matches!(self.protocol, Protocol::WebSocket(_))
    }

    /// Queues output of `stream` (stdout or stderr).
    pub fn push_output(&mut self, stream: u8, data: &[u8]) {
        if self.closing || data.is_empty() {
            return;
        }
        match self.protocol {
            Protocol::Chunked => {
                let mut chunk = Vec::with_capacity(data.len() + 5);
                push_frame(&mut chunk, stream, data);
                push_chunk(&mut self.output, &chunk);
            }
            Protocol::WebSocket(_) if self.tty => websocket::push_frame(&mut self.output, Opcode::Binary, data),
            Protocol::WebSocket(_) => {
                websocket::push_header(&mut self.output, Opcode::Binary, data.len() + 1);
                self.output.push(stream);
                self.output.extend_from_slice(data);
            }
        }
    }

    /// Queues a JSON text message (WebSocket only).
    pub fn push_text(&mut self, text: &str) {
        if !self.closing && self.is_websocket() {
            websocket::push_frame(&mut self.output, Opcode::Text, text.as_bytes());
        }
    }

    /// Queues the exit frames and the end of the stream, with `reason`, the
    /// daemon's reason for killing the process when it did.
    pub fn push_exit(&mut self, status: ExitStatus, reason: Option<&'static str>) {
        if self.closing {
            return;
        }
        let signal = match status {
            ExitStatus::Signal(signal) => Some(signal),
            ExitStatus::Code(_) => None,
        };
        let exit_code = status.shell_code();
        match self.protocol {
            Protocol::Chunked => {
                let payload = json::to_string(&ExitInfo { exit_code, signal, reason });
                let mut chunk = Vec::new();
                push_frame(&mut chunk, STREAM_EXIT, payload.as_bytes());
                push_chunk(&mut self.output, &chunk);
                self.output.extend_from_slice(LAST_CHUNK);
            }
            Protocol::WebSocket(_) => {
                let message = ExitMessage { kind: "exit", exit_code, signal, reason };
                self.push_text(&json::to_string(&message));
                if !self.tty {
                    let frame = [STREAM_EXIT, exit_code as u8];
                    websocket::push_frame(&mut self.output, Opcode::Binary, &frame);
                }
                websocket::push_close(&mut self.output, websocket::CLOSE_NORMAL, "");
            }
        }
        self.closing = true;
    }

    /// Queues a WebSocket close frame and ends the stream, for a session
    /// that ends without an exit status to report.
    pub fn push_close(&mut self, code: u16, reason: &str) {
        if self.closing {
            return;
        }
        match self.protocol {
            Protocol::Chunked => self.output.extend_from_slice(LAST_CHUNK),
            Protocol::WebSocket(_) => websocket::push_close(&mut self.output, code, reason),
        }
        self.closing = true;
    }

    /// Writes queued output until the socket would block. Returns whether
    /// any byte was written.
    pub fn flush(&mut self) -> Result<bool, Lost> {
        let mut progress = false;
        while self.write_ready && self.written < self.output.len() {
            match (&self.stream).write(&self.output[self.written..]) {
                Ok(n) => {
                    self.written += n;
                    progress = true;
                }
                Err(err) if err.kind() == io::ErrorKind::WouldBlock => self.write_ready = false,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                Err(err) => {
                    log::debug!("exec client write failed: {err}");
                    return Err(Lost);
                }
            }
        }
        if self.written == self.output.len() {
            self.output.clear();
            self.written = 0;
            if self.closing && !self.write_shut {
                self.write_shut = true;
                let _ = self.stream.shutdown_write();
            }
        } else if self.written > 64 * 1024 && self.written * 2 > self.output.len() {
            self.output.drain(..self.written);
            self.written = 0;
        }
        Ok(progress)
    }

    /// Reads and decodes what the client sent. `scratch` is a reusable
    /// read buffer. Returns whether anything was read, and the decoded
    /// inputs.
    pub fn read(&mut self, scratch: &mut [u8], inputs: &mut Vec<Input>) -> Result<bool, Lost> {
        let mut progress = self.decode(inputs)?;
        while self.read_ready {
            if self.is_websocket() && self.input.len() >= websocket::MAX_MESSAGE + INPUT_SLACK {
                break;
            }
            match (&self.stream).read(scratch) {
                Ok(0) => return Err(Lost),
                Ok(n) => {
                    progress = true;
                    // A chunked response has no input protocol: bytes the
                    // client sends after its request are discarded.
                    if self.is_websocket() && !self.write_shut {
                        self.input.extend_from_slice(&scratch[..n]);
                        self.decode(inputs)?;
                    }
                }
                Err(err) if err.kind() == io::ErrorKind::WouldBlock => self.read_ready = false,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                Err(err) => {
                    log::debug!("exec client read failed: {err}");
                    return Err(Lost);
                }
            }
        }
        Ok(progress)
    }

    fn decode(&mut self, inputs: &mut Vec<Input>) -> Result<bool, Lost> {
        let Protocol::WebSocket(decoder) = &mut self.protocol else {
            self.input.clear();
            return Ok(false);
        };
        let mut used = 0;
        let mut messages = Vec::new();
        let mut failure = None;
        while used < self.input.len() {
            match decoder.decode(&self.input[used..]) {
                Ok(Decoded::NeedMore) => break,
                Ok(Decoded::Frame(n, message)) => {
                    used += n;
                    messages.extend(message);
                }
                Err(err) => {
                    failure = Some(err);
                    break;
                }
            }
        }
        self.input.drain(..used);
        for message in messages {
            self.handle_message(message, inputs)?;
        }
        if let Some(err) = failure {
            log::debug!("exec client broke the WebSocket protocol: {}", err.reason);
            self.push_close(err.code, &err.reason);
            self.input.clear();
            return Err(Lost);
        }
        Ok(used > 0)
    }

    fn handle_message(&mut self, message: Message, inputs: &mut Vec<Input>) -> Result<(), Lost> {
        match message {
            Message::Binary(data) if self.tty => inputs.push(Input::Stdin(data)),
            Message::Binary(data) => match data.split_first() {
                Some((&STREAM_STDIN, rest)) => inputs.push(Input::Stdin(rest.to_vec())),
                Some((&STREAM_STDIN_EOF, _)) => inputs.push(Input::StdinEof),
                other => log::debug!("ignoring exec message for stream {:?}", other.map(|(id, _)| id)),
            },
            Message::Text(text) => inputs.extend(control_input(&text)),
            Message::Ping(payload) => {
                if !self.closing {
                    websocket::push_frame(&mut self.output, Opcode::Pong, &payload);
                }
            }
            Message::Pong(_) => {}
            Message::Close(code, _) => {
                log::debug!("exec client sent close {code:?}");
                self.push_close(websocket::CLOSE_NORMAL, "");
                return Err(Lost);
            }
        }
        Ok(())
    }
}

/// Reads a JSON control message of a TTY session. A resize to a positive
/// size and `{"type": "eof"}` (end of stdin) become inputs, and anything
/// else is ignored.
pub fn control_input(text: &[u8]) -> Option<Input> {
    let text = String::from_utf8_lossy(text);
    match json::from_str::<Control>(&text) {
        Ok(control) if control.kind == "eof" => Some(Input::StdinEof),
        Ok(control) if control.kind == "resize" => match (control.rows, control.cols) {
            (Some(rows), Some(cols)) if rows > 0 && cols > 0 => Some(Input::Resize(rows, cols)),
            _ => {
                log::debug!("ignoring resize without positive rows and cols: {text}");
                None
            }
        },
        _ => {
            log::debug!("ignoring exec control message {text:?}");
            None
        }
    }
}

/// Appends one chunked-body frame: stream id, big-endian length, payload.
pub fn push_frame(out: &mut Vec<u8>, stream: u8, payload: &[u8]) {
    out.push(stream);
    out.extend_from_slice(&(payload.len() as u32).to_be_bytes());
    out.extend_from_slice(payload);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_layout() {
        let mut out = Vec::new();
        push_frame(&mut out, STREAM_STDERR, b"oops");
        assert_eq!(out, [2, 0, 0, 0, 4, b'o', b'o', b'p', b's']);
    }
}
