//! Where scenario text comes from: the file system, or the copies embedded
//! in the binary. Both sit behind [`SourceResolver`] so that the default
//! scenario and a file on disk go through the same loader.
//!
//! This module only reads bytes and names files. It never parses, and never
//! decides whether an include is allowed: that is the loader's job.

use std::collections::BTreeMap;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    NotFound,
    IsFolder,
    /// A named pipe, a device or a socket: opening a pipe waits for a
    /// writer forever and a device may never end, so neither is read.
    NotAFile,
    /// Larger than [`MAX_FILE_BYTES`], this many MiB.
    TooLarge {
        mib: u64,
    },
    /// What the operating system says, in its words.
    Other(String),
}

/// Reads the files a scenario is made of.
pub trait SourceResolver {
    /// The bytes of the file at `path` (already normalised by the loader).
    fn read(&self, path: &Path) -> Result<Vec<u8>, ReadError>;
    /// A name that is the same for every way of writing the same file's
    /// path, used to detect include cycles.
    fn identity(&self, path: &Path) -> PathBuf;
}

/// Files on disk, paths relative to the working directory.
pub struct FileSystem;

/// Larger files are refused rather than read: no scenario is this big, and
/// reading `/dev/zero` must end.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

impl SourceResolver for FileSystem {
    fn read(&self, path: &Path) -> Result<Vec<u8>, ReadError> {
        use std::io::Read;
        let as_read_error = |err: io::Error| match err.kind() {
            io::ErrorKind::NotFound => ReadError::NotFound,
            _ => ReadError::Other(err.to_string()),
        };
        // Judged before opening: opening a named pipe blocks until
        // something writes to it.
        let metadata = std::fs::metadata(path).map_err(as_read_error)?;
        if metadata.is_dir() {
            return Err(ReadError::IsFolder);
        }
        if !metadata.is_file() {
            return Err(ReadError::NotAFile);
        }
        let too_large = ReadError::TooLarge {
            mib: MAX_FILE_BYTES / 1024 / 1024,
        };
        if metadata.len() > MAX_FILE_BYTES {
            return Err(too_large);
        }
        let file = std::fs::File::open(path).map_err(as_read_error)?;
        // And again on what was opened, in case the path changed between.
        if !file.metadata().map_err(as_read_error)?.is_file() {
            return Err(ReadError::NotAFile);
        }
        let mut bytes = Vec::new();
        file.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(as_read_error)?;
        // The file may have grown since its size was read.
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(too_large);
        }
        Ok(bytes)
    }

    fn identity(&self, path: &Path) -> PathBuf {
        path.canonicalize().unwrap_or_else(|_| normalise(path))
    }
}

/// Files compiled into the binary, by their path in the repository.
pub struct Embedded(pub BTreeMap<&'static str, &'static str>);

impl SourceResolver for Embedded {
    fn read(&self, path: &Path) -> Result<Vec<u8>, ReadError> {
        let key = path.to_string_lossy();
        self.0
            .get(key.as_ref())
            .map(|text| text.as_bytes().to_vec())
            .ok_or(ReadError::NotFound)
    }

    fn identity(&self, path: &Path) -> PathBuf {
        normalise(path)
    }
}

/// Removes `.` and resolves `..` without touching the disk, so that
/// `scenarios/../tests/x.ron` prints as `tests/x.ron`.
pub fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                let can_pop = matches!(out.components().next_back(), Some(Component::Normal(_)));
                if can_pop {
                    out.pop();
                } else {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// Index of a file in [`SourceFiles`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct FileId(pub usize);

/// A file the loader read, kept for positions and for rendering.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user will recognise it.
    pub name: String,
    pub text: Arc<str>,
    /// Byte offset of the start of each line, for line and column numbers.
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(name: String, text: Arc<str>) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile {
            name,
            text,
            line_starts,
        }
    }

    /// 1-based line and column (in characters, as ron counts) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let line_start = self.line_starts[line];
        let column = self.text.get(line_start..offset).map_or(0, |s| s.chars().count());
        (line + 1, column + 1)
    }

    /// 0-based index of the line holding a byte offset.
    pub fn line_index(&self, offset: usize) -> usize {
        self.line_starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1)
    }

    /// Byte range of a 0-based line, without its line break.
    pub fn line_range(&self, line: usize) -> std::ops::Range<usize> {
        let start = self.line_starts.get(line).copied().unwrap_or(self.text.len());
        let end = self
            .line_starts
            .get(line + 1)
            .map_or(self.text.len(), |next| next - 1);
        start..end.max(start)
    }

    /// Byte offset of a 1-based line and character column, clamped to the text.
    pub fn offset_of(&self, line: usize, column: usize) -> usize {
        let Some(&line_start) = self.line_starts.get(line.saturating_sub(1)) else {
            return self.text.len();
        };
        let rest = &self.text[line_start..];
        let line_end = rest.find('\n').unwrap_or(rest.len());
        rest[..line_end]
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(line_start + line_end, |(i, _)| line_start + i)
    }
}

/// Every file read while loading one scenario or fragment.
#[derive(Debug, Clone, Default)]
pub struct SourceFiles(Vec<SourceFile>);

impl SourceFiles {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.0.push(file);
        FileId(self.0.len() - 1)
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.0[id.0]
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_without_the_disk() {
        assert_eq!(normalise(Path::new("a/./b/../c.ron")), PathBuf::from("a/c.ron"));
        assert_eq!(normalise(Path::new("../x.ron")), PathBuf::from("../x.ron"));
    }

    #[test]
    fn converts_positions_both_ways() {
        let file = SourceFile::new("f".into(), "ab\nçd\n".into());
        assert_eq!(file.line_column(0), (1, 1));
        assert_eq!(file.line_column(5), (2, 2));
        assert_eq!(file.offset_of(2, 2), 5);
        assert_eq!(file.offset_of(9, 1), file.text.len());
    }
}
