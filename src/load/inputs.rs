//! What a load looked at on disk, so that a later run can tell, without
//! parsing anything, whether the same load would read the same bytes: the
//! load cache trusts a snapshot only while [`Inputs::unchanged`] holds.
//!
//! Every file read is kept with its identity (size, modification and
//! change times, inode, device) and a hash of its bytes; every path found
//! absent or refused with what stood there; every folder listed with the
//! `*.ron` names in it; the data directory with where it resolved. A file
//! whose identity is unchanged is trusted without being read, as git trusts
//! its index, except one modified within [`RACY`] of the load, whose next
//! edit might keep the same timestamp: that one is always hashed again. A
//! file whose identity changed is hashed again, so a touched file with the
//! same bytes does not cost a rebuild.
//!
//! What is not seen: a hard link elsewhere replaced in place keeps the
//! inode, so it is caught by its times and size only.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// How close to the load a file's modification may be and its identity
/// still be trusted on its own: file systems keep times to between a
/// nanosecond and two seconds.
pub const RACY: Duration = Duration::from_secs(2);

/// The stat fields that change when a file's bytes or its place change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
pub struct Identity {
    /// Size in bytes.
    pub len: u64,
    /// Modification time, nanoseconds since the epoch (negative before).
    pub modified: i128,
    /// Status change time, nanoseconds since the epoch (0 where unknown).
    pub changed: i128,
    /// Inode number (0 where unknown).
    pub inode: u64,
    /// Device number (0 where unknown).
    pub device: u64,
    /// What it is: 0 a regular file, 1 a directory, 2 a link, 3 anything else.
    pub kind: u8,
}

impl Identity {
    /// The identity `meta` describes.
    pub fn of(meta: &std::fs::Metadata) -> Self {
        let nanos = |time: std::io::Result<SystemTime>| -> i128 {
            match time {
                Ok(t) => match t.duration_since(SystemTime::UNIX_EPOCH) {
                    Ok(after) => after.as_nanos() as i128,
                    Err(before) => -(before.duration().as_nanos() as i128),
                },
                Err(_) => 0,
            }
        };
        let kind = meta.file_type();
        let kind = if kind.is_file() {
            0
        } else if kind.is_dir() {
            1
        } else if kind.is_symlink() {
            2
        } else {
            3
        };
        #[cfg(unix)]
        let (changed, inode, device) = {
            use std::os::unix::fs::MetadataExt;
            (
                i128::from(meta.ctime()) * 1_000_000_000 + i128::from(meta.ctime_nsec()),
                meta.ino(),
                meta.dev(),
            )
        };
        #[cfg(not(unix))]
        let (changed, inode, device) = (0, 0, 0);
        Identity {
            len: meta.len(),
            modified: nanos(meta.modified()),
            changed,
            inode,
            device,
            kind,
        }
    }

    /// Whether it is a regular file.
    pub fn is_file(&self) -> bool {
        self.kind == 0
    }

    /// The identity of what `path` leads to, links followed; `None` when
    /// nothing is there.
    pub fn followed(path: &Path) -> Option<Self> {
        std::fs::metadata(path).ok().map(|m| Identity::of(&m))
    }

    /// The identity of `path` itself, a link not followed.
    pub fn unfollowed(path: &Path) -> Option<Self> {
        std::fs::symlink_metadata(path)
            .ok()
            .map(|m| Identity::of(&m))
    }
}

/// The hash a file's bytes are compared by: 128-bit XXH3, fast enough to
/// run over every input (several GB/s) and far from colliding by accident.
pub fn content_hash(bytes: &[u8]) -> u128 {
    xxhash_rust::xxh3::xxh3_128(bytes)
}

/// One thing a load looked at.
#[derive(Debug, Clone, PartialEq, Eq, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
pub struct Input {
    /// The path, as the load spelled it.
    #[rkyv(with = rkyv::with::AsString)]
    pub path: PathBuf,
    /// What was there.
    pub seen: Seen,
}

/// What a load found at a path.
#[derive(Debug, Clone, PartialEq, Eq, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
pub enum Seen {
    /// A file whose bytes were read.
    Read(FileRead),
    /// Nothing read: the path was absent, or refused (a link out of the
    /// root, a FIFO, a file over a limit). Unchanged while the same things
    /// stand there: the identity of the path itself (links not followed),
    /// then of what it leads to, then where its deepest existing ancestor
    /// resolves (which decides "missing" from "outside the root").
    NotRead(
        Option<Identity>,
        Option<Identity>,
        #[rkyv(with = rkyv::with::Map<rkyv::with::AsString>)] Option<PathBuf>,
    ),
    /// A folder's `*.ron` entries' names, sorted; `None` when it was no
    /// folder.
    Listed(Option<Vec<String>>),
    /// A folder that could not be listed.
    Unlisted,
    /// The data directory's canonical path; `None` when it did not resolve.
    Root(#[rkyv(with = rkyv::with::Map<rkyv::with::AsString>)] Option<PathBuf>),
}

/// A file a load read.
#[derive(Debug, Clone, PartialEq, Eq, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
pub struct FileRead {
    /// Where the path resolved, links followed (the loader's confinement
    /// rule judged this path).
    #[rkyv(with = rkyv::with::AsString)]
    pub real: PathBuf,
    /// Whether a link was followed to get there: such a file is resolved
    /// again on every check, since the link may now lead elsewhere (any
    /// other file is resolved again once its identity changes).
    pub linked: bool,
    /// The file's identity when read.
    pub identity: Identity,
    /// The hash of its bytes ([`content_hash`]).
    pub hash: u128,
    /// Modified within [`RACY`] of the load: hashed on every check.
    pub racy: bool,
}

/// Everything a load looked at, in the order it looked.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
pub struct Inputs {
    /// The inputs, in order.
    pub inputs: Vec<Input>,
    /// When the load began (nanoseconds since the epoch): files modified
    /// within [`RACY`] of it are [`FileRead::racy`].
    pub began: i128,
}

/// Why a snapshot no longer holds: which input changed, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changed {
    /// The input's path, as the load spelled it.
    pub path: PathBuf,
    /// What changed, in a few words ("was edited", "was added"…).
    pub how: &'static str,
}

/// What [`Inputs::unchanged`] found when nothing changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Unchanged {
    /// How many files had a new identity but the same bytes (touched,
    /// checked out again): a snapshot that records their new identities
    /// spares the next run from hashing them.
    pub touched: usize,
}

impl Inputs {
    /// An empty record of a load beginning now.
    pub fn begin() -> Self {
        Inputs {
            inputs: Vec::new(),
            began: now_nanos(),
        }
    }

    /// Records the data directory `dir`, which resolved to `real`.
    pub fn root(&mut self, dir: &Path, real: Option<&Path>) {
        self.push(dir, Seen::Root(real.map(Path::to_path_buf)));
    }

    /// Records that `bytes` were read from `path`, which resolved to
    /// `real` and had the identity `identity` (`meta` when read).
    pub fn read(&mut self, path: &Path, real: &Path, meta: &std::fs::Metadata, bytes: &[u8]) {
        let identity = Identity::of(meta);
        let linked = !same_place(path, real);
        let racy = is_racy(&identity, self.began);
        self.push(
            path,
            Seen::Read(FileRead {
                real: real.to_path_buf(),
                linked,
                identity,
                hash: content_hash(bytes),
                racy,
            }),
        );
    }

    /// Records that nothing was read at `path`.
    pub fn not_read(&mut self, path: &Path) {
        self.push(
            path,
            Seen::NotRead(
                Identity::unfollowed(path),
                Identity::followed(path),
                deepest_real(path),
            ),
        );
    }

    /// Records that `folder` could not be listed.
    pub fn unlisted(&mut self, folder: &Path) {
        self.push(folder, Seen::Unlisted);
    }

    /// Records the `*.ron` entries of `folder` (`None`: no folder).
    pub fn listed(&mut self, folder: &Path, names: Option<&[PathBuf]>) {
        self.push(folder, Seen::Listed(names.map(file_names)));
    }

    fn push(&mut self, path: &Path, seen: Seen) {
        self.inputs.push(Input {
            path: path.to_path_buf(),
            seen,
        });
    }

    /// Whether a load now would look at the same things and read the same
    /// bytes. Files are checked on all cores; the first change in input
    /// order is the one named.
    ///
    /// Complexity: one `stat` per input, and a read and hash of each file
    /// whose identity changed, linked or racy.
    ///
    /// # Errors
    /// The first input that changed.
    pub fn unchanged(&self) -> Result<Unchanged, Changed> {
        use rayon::prelude::*;
        let verdicts: Vec<Result<bool, &'static str>> =
            self.inputs.par_iter().map(|input| input.still()).collect();
        let mut found = Unchanged::default();
        for (input, verdict) in self.inputs.iter().zip(verdicts) {
            match verdict {
                Ok(touched) => found.touched += usize::from(touched),
                Err(how) => {
                    return Err(Changed {
                        path: input.path.clone(),
                        how,
                    });
                }
            }
        }
        Ok(found)
    }

    /// The same record with each touched or racy file's identity as it is
    /// now, where its bytes still hash the same, so that the next check
    /// trusts it without a read. A file whose bytes changed keeps its old
    /// identity, so the change is still seen.
    pub fn refreshed(&self) -> Inputs {
        use rayon::prelude::*;
        let checked = now_nanos();
        let mut fresh = self.clone();
        fresh.inputs.par_iter_mut().for_each(|input| {
            let Seen::Read(read) = &mut input.seen else {
                return;
            };
            let Some(now) = Identity::followed(&input.path) else {
                return;
            };
            if now == read.identity && !read.racy {
                return;
            }
            if same_file(&input.path, read, &now) {
                read.identity = now;
                read.racy = is_racy(&now, checked);
            }
        });
        fresh
    }
}

/// Whether a file of identity `identity`, seen at `at` (nanoseconds since
/// the epoch), was modified within [`RACY`] of then.
fn is_racy(identity: &Identity, at: i128) -> bool {
    identity.modified > at - RACY.as_nanos() as i128
}

/// Now, in nanoseconds since the epoch.
fn now_nanos() -> i128 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as i128)
}

impl Input {
    /// `Ok(false)`: as recorded; `Ok(true)`: a new identity over the same
    /// bytes; `Err`: changed, and how.
    fn still(&self) -> Result<bool, &'static str> {
        match &self.seen {
            Seen::Root(real) => {
                let now = std::fs::canonicalize(&self.path)
                    .ok()
                    .filter(|p| p.is_dir());
                if now == *real {
                    Ok(false)
                } else {
                    Err("now resolves elsewhere")
                }
            }
            Seen::Listed(names) => {
                let Ok(now) = list(&self.path) else {
                    return Err("cannot be listed any more");
                };
                if now == *names {
                    return Ok(false);
                }
                Err(match (names, now) {
                    (None, _) | (_, None) => "was added or removed",
                    (Some(before), Some(now)) if now.len() > before.len() => "gained a file",
                    (Some(before), Some(now)) if now.len() < before.len() => "lost a file",
                    _ => "had a file renamed",
                })
            }
            Seen::NotRead(own, target, ancestor) => {
                if Identity::unfollowed(&self.path) == *own
                    && Identity::followed(&self.path) == *target
                    && deepest_real(&self.path) == *ancestor
                {
                    Ok(false)
                } else if own.is_none() {
                    Err("was added")
                } else {
                    Err("was changed")
                }
            }
            Seen::Unlisted => match std::fs::read_dir(&self.path) {
                Err(_) if self.path.is_dir() => Ok(false),
                _ => Err("can be listed now"),
            },
            Seen::Read(read) => {
                let Some(now) = Identity::followed(&self.path) else {
                    return Err("was removed");
                };
                if read.linked
                    && std::fs::canonicalize(&self.path).ok().as_ref() != Some(&read.real)
                {
                    return Err("is a link that now leads elsewhere");
                }
                if now == read.identity && !read.racy {
                    return Ok(false);
                }
                if same_file(&self.path, read, &now) {
                    Ok(now != read.identity)
                } else {
                    Err("was edited")
                }
            }
        }
    }
}

/// Whether `path`, now of identity `now`, is still the file `read` was:
/// the same place once links are followed, a regular file of the same
/// size, and the same bytes. Nothing but such a file is opened (a FIFO or a
/// device put in its place would block or never end), and no more than its
/// recorded size is read.
fn same_file(path: &Path, read: &FileRead, now: &Identity) -> bool {
    use std::io::Read;
    if !now.is_file() || now.len != read.identity.len {
        return false;
    }
    if std::fs::canonicalize(path).ok().as_ref() != Some(&read.real) {
        return false;
    }
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut bytes = Vec::with_capacity(usize::try_from(now.len).unwrap_or(0));
    if file
        .take(now.len.saturating_add(1))
        .read_to_end(&mut bytes)
        .is_err()
    {
        return false;
    }
    bytes.len() as u64 == now.len && content_hash(&bytes) == read.hash
}

/// Where the deepest existing ancestor of `path` (itself included)
/// resolves, links followed; `None` when none does.
fn deepest_real(path: &Path) -> Option<PathBuf> {
    let mut probe = path.to_path_buf();
    loop {
        if let Ok(real) = std::fs::canonicalize(&probe) {
            return Some(real);
        }
        if !probe.pop() || probe.as_os_str().is_empty() {
            return std::fs::canonicalize(".").ok();
        }
    }
}

/// The `*.ron` names in `folder`, as the load lists them; `None` when it
/// is no folder; `Err` when it is one that cannot be listed.
fn list(folder: &Path) -> Result<Option<Vec<String>>, ()> {
    if !folder.is_dir() {
        return Ok(None);
    }
    let paths = super::read::ron_entries(folder).map_err(|_| ())?;
    Ok(Some(file_names(&paths)))
}

/// The file names of `paths`, as a listing is recorded.
fn file_names(paths: &[PathBuf]) -> Vec<String> {
    paths
        .iter()
        .map(|p| {
            p.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .collect()
}

/// Whether `path` names `real` without following a link: the same path
/// once made absolute and tidied.
fn same_place(path: &Path, real: &Path) -> bool {
    std::path::absolute(path)
        .map(|p| crate::source::files::tidy(&p) == real)
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("claimgraph-inputs-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn record_read(inputs: &mut Inputs, path: &Path) {
        let real = std::fs::canonicalize(path).unwrap();
        let meta = std::fs::metadata(path).unwrap();
        let bytes = std::fs::read(path).unwrap();
        inputs.read(path, &real, &meta, &bytes);
    }

    #[test]
    fn an_untouched_file_holds_and_an_edit_of_the_same_size_is_caught() {
        let dir = scratch("edit");
        let file = dir.join("a.ron");
        std::fs::write(&file, "[1]").unwrap();
        let mut inputs = Inputs::begin();
        record_read(&mut inputs, &file);
        // Just written, so racy: hashed every time, and still the same.
        assert_eq!(inputs.unchanged(), Ok(Unchanged { touched: 0 }));
        std::fs::write(&file, "[2]").unwrap();
        assert_eq!(inputs.unchanged().unwrap_err().how, "was edited");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_touched_file_with_the_same_bytes_holds_and_is_refreshed() {
        let dir = scratch("touch");
        let file = dir.join("a.ron");
        std::fs::write(&file, "[1]").unwrap();
        let mut inputs = Inputs::begin();
        // As if loaded long after the file was written: not racy.
        inputs.began += 3 * RACY.as_nanos() as i128;
        record_read(&mut inputs, &file);
        let later = SystemTime::now() + Duration::from_secs(60);
        std::fs::File::options()
            .write(true)
            .open(&file)
            .unwrap()
            .set_modified(later)
            .unwrap();
        assert_eq!(inputs.unchanged(), Ok(Unchanged { touched: 1 }));
        assert_eq!(inputs.refreshed().unchanged(), Ok(Unchanged { touched: 0 }));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn added_and_removed_files_are_caught_by_listing_and_absence() {
        let dir = scratch("list");
        std::fs::write(dir.join("a.ron"), "[]").unwrap();
        let mut inputs = Inputs::begin();
        inputs.listed(
            &dir,
            list(&dir)
                .unwrap()
                .map(|n| n.iter().map(PathBuf::from).collect::<Vec<_>>())
                .as_deref(),
        );
        inputs.not_read(&dir.join("claimgraph.toml"));
        assert!(inputs.unchanged().is_ok());
        std::fs::write(dir.join("b.ron"), "[]").unwrap();
        assert_eq!(inputs.unchanged().unwrap_err().how, "gained a file");
        std::fs::remove_file(dir.join("b.ron")).unwrap();
        std::fs::remove_file(dir.join("a.ron")).unwrap();
        assert_eq!(inputs.unchanged().unwrap_err().how, "lost a file");
        std::fs::write(dir.join("a.ron"), "[]").unwrap();
        std::fs::write(dir.join("claimgraph.toml"), "").unwrap();
        assert_eq!(inputs.unchanged().unwrap_err().how, "was added");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
