//! Writing a file so that nothing is ever half-written or silently lost.
//!
//! A writer first takes a [`Snapshot`] of the file (its bytes, or the fact
//! that it does not exist). [`commit`] then
//! 1. refuses if the file changed since the snapshot: someone else edited it;
//! 2. writes the new bytes to a temporary file beside it and syncs it;
//! 3. moves the temporary file into place in one step: `rename` to replace,
//!    `hard_link` to create (making its folder first), which fails rather
//!    than overwrite a file that appeared in the meantime.
//!
//! If anything fails or the process dies, the old file is untouched; at worst
//! a `.<name>.claimgraph-tmp` file is left beside it, which the loader
//! ignores and the next write replaces.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// What a file held when a writer read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// The file the snapshot is of.
    pub path: PathBuf,
    /// `None` when the file did not exist.
    pub bytes: Option<Vec<u8>>,
}

impl Snapshot {
    /// Reads `path`, which may not exist yet.
    pub fn take(path: &Path) -> io::Result<Snapshot> {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(e),
        };
        Ok(Snapshot {
            path: path.to_path_buf(),
            bytes,
        })
    }

    /// The file's text, empty when it does not exist.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(self.bytes.as_deref().unwrap_or_default()).into_owned()
    }
}

/// Why a write did not happen. In every case the file is as it was.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The file's bytes differ from the snapshot: someone else edited it.
    #[error("{} changed since it was read; nothing was written. Run the command again to work on the new version", path.display())]
    Changed {
        /// The file that changed.
        path: PathBuf,
    },
    /// The file was to be created but appeared in the meantime.
    #[error("{} already exists; nothing was written, and claimgraph never overwrites a file it did not read", path.display())]
    Exists {
        /// The file that now exists.
        path: PathBuf,
    },
    /// A file operation failed.
    #[error("cannot write {}: {source}; the file is unchanged", path.display())]
    Io {
        /// The file being written.
        path: PathBuf,
        /// The operating system's error.
        source: io::Error,
    },
}

/// The file operations a commit performs, so that tests can fail each one.
pub trait Disk {
    /// The bytes of `path`, or `None` when it does not exist.
    fn read(&mut self, path: &Path) -> io::Result<Option<Vec<u8>>>;
    /// Creates `path` (which must not exist), writes `bytes` and syncs.
    fn write_new(&mut self, path: &Path, bytes: &[u8]) -> io::Result<()>;
    /// Moves `from` to `to` in one step, replacing `to`.
    fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()>;
    /// Links `from` at `to`, failing if `to` exists.
    fn link(&mut self, from: &Path, to: &Path) -> io::Result<()>;
    /// Deletes the file `path`.
    fn remove(&mut self, path: &Path) -> io::Result<()>;
    /// Creates `dir` and its parents, for a file created in a new folder.
    fn create_dirs(&mut self, dir: &Path) -> io::Result<()> {
        std::fs::create_dir_all(dir)
    }
}

/// The real file system.
pub struct RealDisk;

impl Disk for RealDisk {
    fn read(&mut self, path: &Path) -> io::Result<Option<Vec<u8>>> {
        Snapshot::take(path).map(|s| s.bytes)
    }

    fn write_new(&mut self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)?;
        file.write_all(bytes)?;
        file.sync_all()
    }

    fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        std::fs::rename(from, to)
    }

    fn link(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        std::fs::hard_link(from, to)
    }

    fn remove(&mut self, path: &Path) -> io::Result<()> {
        std::fs::remove_file(path)
    }
}

/// Writes `new` to the snapshot's file, atomically, if the file is still as
/// the snapshot saw it.
pub fn commit(snapshot: &Snapshot, new: &[u8]) -> Result<(), WriteError> {
    commit_on(&mut RealDisk, snapshot, new)
}

/// [`commit`] on any [`Disk`].
pub fn commit_on(disk: &mut dyn Disk, snapshot: &Snapshot, new: &[u8]) -> Result<(), WriteError> {
    let path = &snapshot.path;
    let io = |source| WriteError::Io {
        path: path.clone(),
        source,
    };
    let current = disk.read(path).map_err(io)?;
    if current != snapshot.bytes {
        return Err(match (&snapshot.bytes, current) {
            (None, Some(_)) => WriteError::Exists { path: path.clone() },
            _ => WriteError::Changed { path: path.clone() },
        });
    }
    let new_folder = path.parent().filter(|d| !d.as_os_str().is_empty());
    if let (None, Some(dir)) = (&snapshot.bytes, new_folder) {
        disk.create_dirs(dir).map_err(io)?;
    }
    let temp = temp_path(path);
    // A temporary file left by an earlier crash is ours to replace.
    let _ = disk.remove(&temp);
    if let Err(e) = disk.write_new(&temp, new) {
        let _ = disk.remove(&temp);
        return Err(io(e));
    }
    let placed = match snapshot.bytes {
        Some(_) => disk.rename(&temp, path),
        None => disk.link(&temp, path).and_then(|()| disk.remove(&temp)),
    };
    placed.map_err(|e| {
        let _ = disk.remove(&temp);
        if e.kind() == io::ErrorKind::AlreadyExists {
            WriteError::Exists { path: path.clone() }
        } else {
            io(e)
        }
    })
}

/// Writes `bytes` to `path` as a new file, refusing if anything is there.
pub fn create(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let snapshot = Snapshot::take(path).map_err(|source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    if snapshot.bytes.is_some() {
        return Err(WriteError::Exists {
            path: path.to_path_buf(),
        });
    }
    commit(&snapshot, bytes)
}

/// Writes `bytes` to `path`, replacing whatever file is there (or creating
/// it): the caller was told to overwrite, as by `-o FILE --force`. Still all
/// or nothing, and still refused if the file changes between the reading and
/// the renaming.
pub fn replace(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let snapshot = Snapshot::take(path).map_err(|source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    commit(&snapshot, bytes)
}

/// `.<name>.claimgraph-tmp` beside `path`.
pub fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.claimgraph-tmp"))
}

/// A unified diff from the snapshot to `new`, for `--dry-run`.
pub fn diff(snapshot: &Snapshot, new: &str) -> String {
    let old = snapshot.text();
    let shown = snapshot.path.display().to_string();
    // git's a/ and b/ prefixes, except before an absolute path.
    let (a, b) = if snapshot.path.is_absolute() {
        ("", "")
    } else {
        ("a/", "b/")
    };
    let (from, to) = match snapshot.bytes {
        Some(_) => (format!("{a}{shown}"), format!("{b}{shown}")),
        None => ("/dev/null".to_string(), format!("{b}{shown}")),
    };
    similar::TextDiff::from_lines(old.as_str(), new)
        .unified_diff()
        .context_radius(3)
        .header(&from, &to)
        .to_string()
}
