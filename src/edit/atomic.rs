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
//! a `.<name>.<unique>.claimgraph-tmp` file is left beside it, which the
//! loader ignores and the next write of that file removes.
//!
//! Two writers of one file never lose an edit: taking a snapshot of a file
//! that exists takes an advisory lock on `.<name>.claimgraph-lock` beside
//! it, held until the snapshot is dropped, so from the read to the rename.
//! (Two writers creating one file cannot both succeed: the second link
//! fails, and it is refused.) A second writer waits for it (up to [`LOCK_WAIT`]), then
//! reads the first one's result; past the wait it is refused with a message
//! naming the lock. Every write uses a temporary file of its own. The
//! compare-then-rename check stays, for editors that take no lock. The lock
//! file stays in place (removing it would let two writers lock two files);
//! the loader ignores it.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How long a writer waits for another to finish with a file.
pub const LOCK_WAIT: Duration = Duration::from_secs(30);

/// What a file held when a writer read it, and the lock that keeps other
/// writers out until this one has written it.
#[derive(Debug, Clone)]
pub struct Snapshot {
    /// The file the snapshot is of.
    pub path: PathBuf,
    /// `None` when the file did not exist.
    pub bytes: Option<Vec<u8>>,
    /// The advisory lock held on the file's lock file, shared by clones;
    /// `None` for a file that did not exist (creating a file never replaces
    /// one: see [`commit`]), and for [`replace`].
    lock: Option<Arc<File>>,
}

impl PartialEq for Snapshot {
    fn eq(&self, other: &Self) -> bool {
        self.path == other.path && self.bytes == other.bytes
    }
}

impl Eq for Snapshot {}

impl Snapshot {
    /// Locks `path` against other writers (waiting up to [`LOCK_WAIT`]),
    /// then reads it; it may not exist yet.
    ///
    /// # Errors
    /// The file cannot be read, or another writer held the lock for the
    /// whole wait ([`io::ErrorKind::WouldBlock`], naming the lock file).
    pub fn take(path: &Path) -> io::Result<Snapshot> {
        Snapshot::read(path, true)
    }

    /// Reads `path` without taking the writer lock, for a `--dry-run`
    /// that writes nothing (and so leaves no lock file behind). Such a
    /// snapshot can still be committed, guarded by compare-then-rename alone.
    pub fn take_unlocked(path: &Path) -> io::Result<Snapshot> {
        Snapshot::read(path, false)
    }

    fn read(path: &Path, locked: bool) -> io::Result<Snapshot> {
        // Only a file that exists can be overwritten; creating one never
        // replaces anything (see [`commit`]), so needs no lock file.
        let lock = if locked && path.is_file() {
            lock(path, LOCK_WAIT)?
        } else {
            None
        };
        let bytes = match std::fs::read(path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(e),
        };
        Ok(Snapshot {
            path: path.to_path_buf(),
            bytes,
            lock,
        })
    }

    /// Whether this snapshot holds the file's writer lock.
    pub fn is_locked(&self) -> bool {
        self.lock.is_some()
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
        // The writer holds the lock already: read without taking it again.
        Snapshot::read(path, false).map(|s| s.bytes)
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
    if snapshot.lock.is_some() {
        // Under the lock, any temporary file of this one is a crash's leftover.
        for stale in stale_temps(path) {
            let _ = disk.remove(&stale);
        }
    }
    let temp = temp_path(path);
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
    let snapshot = Snapshot::read(path, false).map_err(|source| WriteError::Io {
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
    // An export's output is not data: no lock file is left beside it.
    let snapshot = Snapshot::read(path, false).map_err(|source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    commit(&snapshot, bytes)
}

/// The suffix of every temporary file: the loader skips such files.
pub const TEMP_SUFFIX: &str = ".claimgraph-tmp";

/// The suffix of every lock file: the loader skips such files.
pub const LOCK_SUFFIX: &str = ".claimgraph-lock";

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A new temporary file beside `path`, of this write alone:
/// `.<name>.<process>-<count>-<nanoseconds>.claimgraph-tmp`.
pub fn temp_path(path: &Path) -> PathBuf {
    static COUNT: AtomicU64 = AtomicU64::new(0);
    let count = COUNT.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    path.with_file_name(format!(
        ".{}.{}-{count}-{nanos}{TEMP_SUFFIX}",
        file_name(path),
        std::process::id()
    ))
}

/// The temporary files of `path` left by writes that died.
fn stale_temps(path: &Path) -> Vec<PathBuf> {
    let prefix = format!(".{}.", file_name(path));
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&prefix) && n.ends_with(TEMP_SUFFIX))
        .map(|n| dir.join(n))
        .collect()
}

/// `.<name>.claimgraph-lock` beside `path`.
pub fn lock_path(path: &Path) -> PathBuf {
    path.with_file_name(format!(".{}{LOCK_SUFFIX}", file_name(path)))
}

/// Takes the writer lock of `path`, trying until `wait` has passed; `None`
/// when the folder does not exist (nothing to replace there yet).
fn lock(path: &Path, wait: Duration) -> io::Result<Option<Arc<File>>> {
    let lock_file = lock_path(path);
    let file = match std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_file)
    {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(Some(Arc::new(file))),
            Err(std::fs::TryLockError::WouldBlock) if start.elapsed() < wait => {
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(io::Error::new(
                    io::ErrorKind::WouldBlock,
                    format!(
                        "another claimgraph is writing it and held {} for {} s; try again when it has finished",
                        lock_file.display(),
                        wait.as_secs()
                    ),
                ));
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
        }
    }
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
