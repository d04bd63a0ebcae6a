//! Streaming a file to the client as it is produced: a bounded channel of
//! chunks feeds the HTTP body, so memory holds a few chunks, not the file.

use std::io::{self, Write};

use actix_web::web::Bytes;
use futures_util::Stream;
use tokio::sync::mpsc;

/// Chunks in flight between the producer and the socket.
const CHANNEL_DEPTH: usize = 4;
/// A chunk is sent once this many bytes are buffered.
pub const CHUNK: usize = 64 * 1024;

pub type Chunk = Result<Bytes, io::Error>;

pub fn channel() -> (mpsc::Sender<Chunk>, impl Stream<Item = Chunk>) {
    let (tx, rx) = mpsc::channel::<Chunk>(CHANNEL_DEPTH);
    let body = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|chunk| (chunk, rx))
    });
    (tx, body)
}

/// A `Write` for blocking threads: buffers and sends full chunks down the
/// channel, waiting while the client is slower than the writer.
pub struct BlockingSink {
    tx: mpsc::Sender<Chunk>,
    buf: Vec<u8>,
}

impl BlockingSink {
    pub fn new(tx: mpsc::Sender<Chunk>) -> Self {
        Self {
            tx,
            buf: Vec::with_capacity(CHUNK),
        }
    }

    fn send(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK)));
        self.tx
            .blocking_send(Ok(chunk))
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the client went away"))
    }

    /// Sends an error down the stream: the client sees a broken download,
    /// never a file that looks complete but is not.
    pub fn fail(self, why: &str) {
        let _ = self.tx.blocking_send(Err(io::Error::other(why.to_owned())));
    }
}

impl Write for BlockingSink {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= CHUNK {
            self.send()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}

/// `attachment; filename="…"` for a safe ASCII file name.
pub fn attachment(filename: &str) -> String {
    let safe: String = filename
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("attachment; filename=\"{safe}\"")
}
