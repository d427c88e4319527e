//! The load cache: a snapshot of a checked [`Workspace`] (files, data set,
//! graph, diagnostics), kept in `.claimgraph-cache/` inside the data
//! directory, so that a second command on unchanged data skips parsing and
//! checking, and, once a search has built it, the search index, so that
//! later searches read only the fields that may match. Of the files read it keeps every path, but the text only of
//! those a diagnostic points into: nothing else reads a file's text once
//! the data set is built (the seed texts the queries quote are in it).
//!
//! A snapshot is trusted only when all of these hold, in this order:
//! 1. its length is what its table says and its trailing checksum matches
//!    (else it is *damaged*: truncated or corrupted);
//! 2. it was written by this very build of claimgraph: same version, same
//!    cache format, same executable (else it is from *another version*);
//! 3. it was written for the data directory spelled the same way, since
//!    diagnostics name files as the directory was given;
//! 4. every input the load looked at is unchanged
//!    ([`crate::load::inputs::Inputs::unchanged`]): no file edited, added or
//!    removed, no link retargeted;
//! 5. every section decodes and passes rkyv's validation.
//!
//! Anything else is a miss: the data is loaded as if there were no cache,
//! and the caller may [`store`] the result. A snapshot is written whole to
//! a temporary file and renamed into place, so a reader sees the old one or
//! the new one, never a mix; two commands writing at once each rename a
//! complete file of the same content, and the last one stays. No lock is
//! needed, and none is taken.
//!
//! The folder holds a `.gitignore` of `*` and a `CACHEDIR.TAG`, so that git
//! and backup tools leave it alone.

use std::io;
use std::path::{Path, PathBuf};

use rkyv::rancor;
use rkyv::util::AlignedVec;

use crate::diagnostic::Diagnostic;
use crate::graph::{ClaimGraph, GraphParts};
use crate::load::inputs::{Changed, Inputs};
use crate::load::limits::Limits;
use crate::lookup::index::SearchIndex;
use crate::model::Dataset;
use crate::source::files::Files;
use crate::workspace::Workspace;

/// The cache folder's name, inside the data directory.
pub const FOLDER: &str = ".claimgraph-cache";

/// The snapshot's file name, inside [`FOLDER`].
pub const FILE: &str = "workspace.bin";

/// The snapshot layout's version: raised whenever the layout or any cached
/// type changes shape (the executable's identity catches the rest).
pub const FORMAT: u32 = 3;

/// What every snapshot starts with.
const MAGIC: &[u8; 16] = b"claimgraph cache";

/// The sections, in file order.
const SECTIONS: usize = 7;

/// Magic, format, section count, build hash, then the section table.
const PROLOGUE: usize = 16 + 4 + 4 + 16 + SECTIONS * 16;

/// The trailing checksum's length.
const CHECKSUM: usize = 16;

/// Where the snapshot of `dir` is kept.
pub fn path(dir: &Path) -> PathBuf {
    dir.join(FOLDER).join(FILE)
}

/// What became of the cache when a workspace was opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The snapshot was read; `touched` files had new timestamps over the
    /// same bytes (the snapshot is worth writing again with them).
    Hit {
        /// Files with a new identity but the same bytes.
        touched: usize,
        /// Whether the snapshot held the search index.
        indexed: bool,
    },
    /// There was no snapshot.
    Missing,
    /// The snapshot was not used: an input changed.
    Stale(Changed),
    /// The snapshot was written by another build of claimgraph.
    OtherVersion,
    /// The snapshot was written for the data directory spelled otherwise.
    OtherSpelling,
    /// The snapshot was damaged (truncated, corrupted): why, in words.
    Damaged(String),
    /// The cache was not asked for.
    Bypassed,
}

impl Outcome {
    /// Whether the workspace came from the snapshot.
    pub fn is_hit(&self) -> bool {
        matches!(self, Outcome::Hit { .. })
    }

    /// Whether writing a snapshot of `workspace` now would spare the next
    /// run some work: after a miss, after a hit over touched files, or once
    /// a search built the index the snapshot lacked.
    pub fn worth_storing(&self, workspace: &Workspace) -> bool {
        match self {
            Outcome::Hit { touched, indexed } => {
                *touched > 0 || (!indexed && workspace.search_index.get().is_some())
            }
            Outcome::Bypassed => false,
            _ => true,
        }
    }
}

/// Opens `dir` from its snapshot when that holds, and by loading and
/// checking it otherwise. Never fails: a snapshot that cannot be used is a
/// miss, and the outcome says why.
pub fn open(dir: &Path) -> (Workspace, Outcome) {
    match read(dir) {
        Ok((workspace, touched)) => {
            let indexed = workspace.search_index.get().is_some();
            (workspace, Outcome::Hit { touched, indexed })
        }
        Err(outcome) => (Workspace::open(dir), outcome),
    }
}

/// The workspace of `dir` from its snapshot, with how many inputs were
/// touched, or why not.
fn read(dir: &Path) -> Result<(Workspace, usize), Outcome> {
    let file = path(dir);
    let bytes = match read_aligned(&file) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Err(Outcome::Missing),
        Err(error) => return Err(Outcome::Damaged(format!("cannot be read: {error}"))),
    };
    let sections = sections(&bytes)?;
    let header: Header = decode(&bytes, &sections[0], "header")?;
    if header.dir != dir.to_string_lossy() {
        return Err(Outcome::OtherSpelling);
    }
    let touched = header.inputs.unchanged().map_err(Outcome::Stale)?.touched;
    // The sections are independent: decoding them on two cores halves the
    // wait for the largest two.
    let ((files, data), (graph, (diagnostics, (limits, search_index)))) = rayon::join(
        || {
            rayon::join(
                || decode::<Files>(&bytes, &sections[1], "files"),
                || decode::<Dataset>(&bytes, &sections[2], "data"),
            )
        },
        || {
            rayon::join(
                || decode::<GraphParts>(&bytes, &sections[3], "graph"),
                || {
                    (
                        decode::<Vec<Diagnostic>>(&bytes, &sections[4], "diagnostics"),
                        (
                            decode::<Limits>(&bytes, &sections[5], "limits"),
                            decode::<Option<SearchIndex>>(&bytes, &sections[6], "search index"),
                        ),
                    )
                },
            )
        },
    );
    let graph = ClaimGraph::from_parts(graph?)
        .ok_or_else(|| Outcome::Damaged("the graph names a node it lacks".into()))?;
    // What the snapshot's own indexes point at must be there: only a
    // crafted snapshot (one with a valid checksum) could fail this.
    let (files, diagnostics) = (files?, diagnostics?);
    let known = |l: &crate::source::files::Location| {
        l.file < files.len() && l.span.end <= files.get(l.file).text.len()
    };
    if !diagnostics.iter().all(|d| d.locations().all(known)) {
        return Err(Outcome::Damaged(
            "a diagnostic points outside its files".into(),
        ));
    }
    let data = data?;
    let search_index = search_index?;
    let fields = || crate::lookup::fields::fields(&data, crate::vocab::RecordKind::ALL).len();
    if search_index
        .as_ref()
        .is_some_and(|index| !index.fits(fields()))
    {
        return Err(Outcome::Damaged(
            "the search index does not fit the data".into(),
        ));
    }
    let workspace = Workspace {
        dir: dir.to_path_buf(),
        files,
        data,
        graph,
        diagnostics,
        limits: limits?,
        inputs: header.inputs,
        search_index: search_index.map_or_else(std::sync::OnceLock::new, std::sync::OnceLock::from),
    };
    Ok((workspace, touched))
}

/// The snapshot's header: what it was written for.
#[derive(Debug, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
struct Header {
    /// The data directory, spelled as given.
    dir: String,
    /// What the load looked at.
    inputs: Inputs,
}

/// The whole file, in memory aligned for rkyv.
fn read_aligned(file: &Path) -> io::Result<Aligned> {
    let bytes = std::fs::read(file)?;
    // A large allocation is 16-aligned on every platform claimgraph runs
    // on, so the copy is for the exception.
    if bytes.as_ptr().align_offset(16) == 0 {
        return Ok(Aligned::Read(bytes));
    }
    let mut aligned = AlignedVec::<16>::with_capacity(bytes.len());
    aligned.extend_from_slice(&bytes);
    Ok(Aligned::Copied(aligned))
}

/// A snapshot's bytes, starting at a 16-aligned address.
enum Aligned {
    /// As read: the allocation happened to be aligned.
    Read(Vec<u8>),
    /// Copied into an aligned allocation.
    Copied(AlignedVec<16>),
}

impl std::ops::Deref for Aligned {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Aligned::Read(bytes) => bytes,
            Aligned::Copied(bytes) => bytes,
        }
    }
}

/// The section table of `bytes`, once the magic, length, checksum and
/// build are checked.
fn sections(bytes: &[u8]) -> Result<Vec<std::ops::Range<usize>>, Outcome> {
    let damaged = |why: &str| Outcome::Damaged(why.to_string());
    if bytes.len() < PROLOGUE + CHECKSUM || &bytes[..16] != MAGIC {
        return Err(damaged("it is not a claimgraph cache or is truncated"));
    }
    let word = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap_or_default());
    let long = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap_or_default());
    if word(16) != FORMAT || bytes[24..40] != build().to_le_bytes() {
        return Err(Outcome::OtherVersion);
    }
    if word(20) as usize != SECTIONS {
        return Err(damaged("its section table is wrong"));
    }
    let mut ranges = Vec::with_capacity(SECTIONS);
    let mut end = PROLOGUE.next_multiple_of(16);
    for i in 0..SECTIONS {
        let start = usize::try_from(long(40 + i * 16)).unwrap_or(usize::MAX);
        let len = usize::try_from(long(48 + i * 16)).unwrap_or(usize::MAX);
        if start != end || start % 16 != 0 {
            return Err(damaged("its section table is wrong"));
        }
        let Some(stop) = start.checked_add(len) else {
            return Err(damaged("its section table is wrong"));
        };
        ranges.push(start..stop);
        let Some(next) = stop.checked_next_multiple_of(16) else {
            return Err(damaged("its section table is wrong"));
        };
        end = next;
    }
    let Some(total) = end.checked_add(CHECKSUM) else {
        return Err(damaged("its section table is wrong"));
    };
    if bytes.len() != total {
        return Err(damaged(if bytes.len() < total {
            "it is truncated"
        } else {
            "it has bytes past its end"
        }));
    }
    let (body, sum) = bytes.split_at(end);
    if checksum(body).to_le_bytes() != sum {
        return Err(damaged("its checksum does not match: it is corrupted"));
    }
    Ok(ranges)
}

/// Section `range` of `bytes`, validated and decoded.
fn decode<T>(bytes: &[u8], range: &std::ops::Range<usize>, what: &str) -> Result<T, Outcome>
where
    T: rkyv::Archive,
    T::Archived: for<'a> rkyv::bytecheck::CheckBytes<rkyv::api::high::HighValidator<'a, rancor::Error>>
        + rkyv::Deserialize<T, rkyv::api::high::HighDeserializer<rancor::Error>>,
{
    rkyv::from_bytes::<T, rancor::Error>(&bytes[range.clone()])
        .map_err(|error| Outcome::Damaged(format!("its {what} do not decode: {error}")))
}

/// The checksum of a snapshot's bytes.
fn checksum(bytes: &[u8]) -> u128 {
    crate::load::inputs::content_hash(bytes)
}

/// This build's identity: version, format, and the running executable's
/// size, times, inode and device, so that a rebuilt binary of the same
/// version never reads a snapshot whose types had another shape.
fn build() -> u128 {
    let exe = std::env::current_exe()
        .ok()
        .and_then(|exe| std::fs::metadata(exe).ok())
        .map(|meta| crate::load::inputs::Identity::of(&meta));
    // The change time and inode too: a copy that keeps the modification
    // time (`cp -p`, a store with fixed times) gets a new inode and ctime.
    let exe = exe.map_or((0, 0, 0, 0, 0), |id| {
        (id.len, id.modified, id.changed, id.inode, id.device)
    });
    let text = format!(
        "{} {FORMAT} {} {} {} {} {}",
        env!("CARGO_PKG_VERSION"),
        exe.0,
        exe.1,
        exe.2,
        exe.3,
        exe.4
    );
    xxhash_rust::xxh3::xxh3_128(text.as_bytes())
}

/// Writes the snapshot of `workspace`, with its inputs' identities as
/// they are now (see [`Inputs::refreshed`]).
///
/// # Errors
/// The cache folder or the snapshot cannot be written (a read-only data
/// directory, a full disk), or a value does not fit the snapshot.
pub fn store(workspace: &Workspace) -> io::Result<PathBuf> {
    let header = Header {
        dir: workspace.dir.to_string_lossy().into_owned(),
        inputs: workspace.inputs.refreshed(),
    };
    let graph = workspace.graph.to_parts();
    // Only diagnostics read a file's text (to show its lines), so only the
    // files they point into keep theirs: on clean data, none.
    let pointed: std::collections::HashSet<usize> = workspace
        .diagnostics
        .iter()
        .flat_map(Diagnostic::locations)
        .map(|l| l.file)
        .collect();
    let files = workspace.files.pruned(|id| pointed.contains(&id));
    let encode_error = |error: rancor::Error| io::Error::other(error.to_string());
    let sections: Vec<AlignedVec> = vec![
        rkyv::to_bytes::<rancor::Error>(&header).map_err(encode_error)?,
        rkyv::to_bytes::<rancor::Error>(&files).map_err(encode_error)?,
        rkyv::to_bytes::<rancor::Error>(&workspace.data).map_err(encode_error)?,
        rkyv::to_bytes::<rancor::Error>(&graph).map_err(encode_error)?,
        rkyv::to_bytes::<rancor::Error>(&workspace.diagnostics).map_err(encode_error)?,
        rkyv::to_bytes::<rancor::Error>(&workspace.limits).map_err(encode_error)?,
        // Built by a search (it costs what one unindexed search costs), so
        // kept only once a search has needed it.
        rkyv::to_bytes::<rancor::Error>(&workspace.search_index.get().cloned())
            .map_err(encode_error)?,
    ];
    let mut bytes = Vec::with_capacity(
        PROLOGUE + sections.iter().map(|s| s.len() + 16).sum::<usize>() + CHECKSUM,
    );
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&FORMAT.to_le_bytes());
    bytes.extend_from_slice(&(SECTIONS as u32).to_le_bytes());
    bytes.extend_from_slice(&build().to_le_bytes());
    // Every section starts 16-aligned, as rkyv reads it in place.
    let mut at = PROLOGUE.next_multiple_of(16);
    for section in &sections {
        bytes.extend_from_slice(&(at as u64).to_le_bytes());
        bytes.extend_from_slice(&(section.len() as u64).to_le_bytes());
        at = (at + section.len()).next_multiple_of(16);
    }
    bytes.resize(PROLOGUE.next_multiple_of(16), 0);
    for section in &sections {
        bytes.extend_from_slice(section);
        bytes.resize(bytes.len().next_multiple_of(16), 0);
    }
    let sum = checksum(&bytes);
    bytes.extend_from_slice(&sum.to_le_bytes());

    let folder = workspace.dir.join(FOLDER);
    // Not `create_dir_all`: a data directory that is not there is not made.
    match std::fs::create_dir(&folder) {
        Err(error) if error.kind() != io::ErrorKind::AlreadyExists => return Err(error),
        _ => {}
    }
    for (name, text) in [
        (
            ".gitignore",
            "# Written by claimgraph: the load cache, rebuilt at will.\n*\n",
        ),
        (
            "CACHEDIR.TAG",
            "Signature: 8a477f597d28d172789f06886806bc55\n# This folder is claimgraph's load cache: see https://bford.info/cachedir/\n",
        ),
    ] {
        let file = folder.join(name);
        if !file.exists() {
            std::fs::write(&file, text)?;
        }
    }
    let target = folder.join(FILE);
    let temp = crate::edit::atomic::temp_path(&target);
    let written = std::fs::write(&temp, &bytes).and_then(|()| std::fs::rename(&temp, &target));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written.map(|()| target)
}

/// Removes the cache folder of `dir`; `false` when there was none.
///
/// # Errors
/// The folder exists but cannot be removed.
pub fn clear(dir: &Path) -> io::Result<bool> {
    match std::fs::remove_dir_all(dir.join(FOLDER)) {
        Ok(()) => Ok(true),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(error) => Err(error),
    }
}
