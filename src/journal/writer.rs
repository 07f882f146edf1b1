//! Appending to a journal durably: [`JournalWriter`] writes a whole line,
//! flushes and syncs before it returns, through a [`Sink`] (a file by
//! default). It never leaves half a line followed by another: a failed
//! write is cut back to the last complete line and stops the writer.
//!
//! It writes lines; what goes in them is `format.rs`'s business and
//! when to write them is the [`super::Recorder`]'s.

use std::fs::File;
use std::io::{Seek, SeekFrom, Write};
use std::path::Path;

use crate::time::SimTime;

use super::format::{ClockLine, Entry, Header, JournalError, format_clock_line, format_entry, format_header};

/// Where a [`JournalWriter`] puts its lines: a file, or anything else that
/// can append, make durable and cut back (a host's own store; a test's
/// stand-in that fails part-way).
pub trait Sink: Write + Send {
    /// Make everything written so far durable (fsync for a file).
    fn sync(&mut self) -> std::io::Result<()>;
    /// Cut back to the first `len` bytes, so that the next write follows
    /// them: drops a line written only in part.
    fn truncate(&mut self, len: u64) -> std::io::Result<()>;
}

impl Sink for File {
    fn sync(&mut self) -> std::io::Result<()> {
        self.sync_data()
    }

    fn truncate(&mut self, len: u64) -> std::io::Result<()> {
        self.set_len(len)?;
        self.seek(SeekFrom::Start(len)).map(|_| ())
    }
}

/// Appends to a journal; each call returns only once the line is durable.
/// A failed write cuts the journal back to its last complete line and
/// poisons the writer: every later call returns the same error.
pub struct JournalWriter {
    sink: Box<dyn Sink>,
    /// What messages call it: the file's path.
    name: String,
    /// Bytes of complete lines written.
    len: u64,
    /// Set by the first failed write; the writer writes nothing after it.
    failed: Option<JournalError>,
}

impl JournalWriter {
    /// Creates a new journal; refuses to overwrite one (a journal is a
    /// record: losing it by re-running a command would be a surprise).
    pub fn create(path: &Path, header: &Header) -> Result<JournalWriter, JournalError> {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::AlreadyExists => JournalError::Io(format!(
                    "{} already exists: a journal is never overwritten; choose another file or delete it",
                    path.display()
                )),
                _ => JournalError::Io(format!("cannot create {}: {e}", path.display())),
            })?;
        let writer = JournalWriter::to_sink(file, &path.display().to_string(), header)?;
        // The new file's name must survive a crash too: sync its directory.
        // Best effort: not every platform can open a directory.
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
            && let Ok(dir) = File::open(dir)
        {
            let _ = dir.sync_all();
        }
        Ok(writer)
    }

    /// A new journal written to `sink` (empty), called `name` in messages.
    pub fn to_sink(
        sink: impl Sink + 'static,
        name: &str,
        header: &Header,
    ) -> Result<JournalWriter, JournalError> {
        let mut writer = JournalWriter {
            sink: Box::new(sink),
            name: name.to_string(),
            len: 0,
            failed: None,
        };
        writer.write_line(&format_header(header))?;
        Ok(writer)
    }

    /// Reopens the journal at `path` to append after its first `len`
    /// bytes, its complete lines: anything after them (a line torn by a
    /// crash) is cut off, and the cut made durable, before anything is
    /// appended, so no new line is glued onto half of an old one.
    pub(super) fn reopen(path: &Path, len: u64) -> Result<JournalWriter, JournalError> {
        let name = path.display().to_string();
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(|e| JournalError::Io(format!("cannot open {name} to append to it: {e}")))?;
        Sink::truncate(&mut file, len)
            .and_then(|()| file.sync_data())
            .map_err(|e| JournalError::Io(format!("cannot cut {name} back to its complete lines: {e}")))?;
        Ok(JournalWriter {
            sink: Box::new(file),
            name,
            len,
            failed: None,
        })
    }

    /// The error that stopped this writer, if one did.
    pub fn failed(&self) -> Option<&JournalError> {
        self.failed.as_ref()
    }

    fn write_line(&mut self, line: &str) -> Result<(), JournalError> {
        if let Some(error) = &self.failed {
            return Err(error.clone());
        }
        let mut bytes = Vec::with_capacity(line.len() + 1);
        bytes.extend_from_slice(line.as_bytes());
        bytes.push(b'\n');
        let written = self
            .sink
            .write_all(&bytes)
            .and_then(|()| self.sink.flush())
            .and_then(|()| self.sink.sync());
        let Err(e) = written else {
            self.len += bytes.len() as u64;
            return Ok(());
        };
        // Part of the line may be in the journal: cut it off, or the next
        // line would be glued onto it, in the middle of the journal.
        let message = match self.sink.truncate(self.len).and_then(|()| self.sink.sync()) {
            Ok(()) => format!(
                "cannot write {}: {e}; the journal was cut back to its last complete line and nothing more is written to it",
                self.name
            ),
            Err(cut) => format!(
                "cannot write {}: {e}; cutting it back to its last complete line failed too ({cut}), so its last line may be torn; nothing more is written to it",
                self.name
            ),
        };
        let error = JournalError::Io(message);
        self.failed = Some(error.clone());
        Err(error)
    }

    /// Durable when it returns: only then may the action be acknowledged.
    pub fn append(&mut self, entry: &Entry) -> Result<(), JournalError> {
        if entry.at > SimTime::LATEST {
            return Err(JournalError::TooLate { at: entry.at });
        }
        self.write_line(&format_entry(entry))
    }

    /// A clock line: durable when it returns, like [`JournalWriter::append`].
    pub fn append_clock(&mut self, line: &ClockLine) -> Result<(), JournalError> {
        if line.at > SimTime::LATEST {
            return Err(JournalError::TooLate { at: line.at });
        }
        self.write_line(&format_clock_line(line))
    }

    pub fn finish(&mut self, at: SimTime, state_hash: &str) -> Result<(), JournalError> {
        if at > SimTime::LATEST {
            return Err(JournalError::TooLate { at });
        }
        self.write_line(&format!("end {at} {state_hash}"))
    }
}
