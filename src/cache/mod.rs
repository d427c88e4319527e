//! The load cache: a snapshot of a checked [`Workspace`] (files, data set,
//! graph, diagnostics), kept in `.claimgraph-cache/` inside the data
//! directory, so that a second command on unchanged data skips parsing and
//! checking, and, once a search has built it, the search index, so that
//! later searches read only the fields that may match. Of the files read it
//! keeps every path, but the text only of those a diagnostic points into:
//! nothing else reads a file's text once the data set is built (the seed
//! texts the queries quote are in it).
//!
//! Clean data is kept cut into a core and one chunk per source
//! (`cache/split.rs`), so that a command about one claim or one speaker reads and
//! decodes the core and the chunks it reports on, not the whole snapshot
//! ([`Focus`]).
//!
//! A snapshot is trusted only when all of these hold, in this order:
//! 1. its length is what its table says (else it is *damaged*: truncated);
//! 2. it was written by this very build of claimgraph: same version, same
//!    cache format, same executable (else it is from *another version*);
//! 3. it was written for the data directory spelled the same way, since
//!    diagnostics name files as the directory was given;
//! 4. every input the load looked at is unchanged
//!    ([`crate::load::inputs::Inputs::unchanged`]): no file edited, added or
//!    removed, no link retargeted;
//! 5. every section and chunk read matches its checksum (else it is
//!    *damaged*: corrupted) and passes rkyv's validation, and the indexes
//!    point inside what they index.
//!
//! Each section and each chunk is checked as it is read, like the pages of
//! a database: a focused read does not see damage in a chunk it does not
//! read, and the next read of that chunk does.
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

mod split;

use rayon::prelude::*;
use split::{ArchivedChunkEntry, ArchivedChunkIndex, Chunk};
pub use split::{Focus, Narrowing};

/// The cache folder's name, inside the data directory.
pub const FOLDER: &str = ".claimgraph-cache";

/// The snapshot's file name, inside [`FOLDER`].
pub const FILE: &str = "workspace.bin";

/// The snapshot layout's version: raised whenever the layout or any cached
/// type changes shape (the executable's identity catches the rest).
pub const FORMAT: u32 = 7;

/// Where every section and every chunk of a snapshot starts: at a multiple
/// of this many bytes, as rkyv reads an archive in place. The one rule both
/// the writer ([`store`]) and the cut ([`split::split`]'s offsets) keep.
pub(crate) const ALIGN: usize = 16;

/// What every snapshot starts with.
const MAGIC: &[u8; 16] = b"claimgraph cache";

/// The sections, in file order: header, files, data (the core when cut
/// into chunks), graph, diagnostics, limits, search index, chunk index,
/// chunks.
const SECTIONS: usize = 9;

/// Magic, format, section count, build hash, then the section table: each
/// section's start, length and checksum.
const PROLOGUE: usize = 16 + 4 + 4 + 16 + SECTIONS * 32;

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
        /// Whether the search index was read from the snapshot (only a search reads it).
        indexed: bool,
        /// What a focused read decoded; `None` when it decoded everything.
        focused: Option<Focused>,
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
            // A focused workspace lacks what its command did not need.
            Outcome::Hit {
                focused: Some(_), ..
            } => false,
            Outcome::Hit {
                touched, indexed, ..
            } => *touched > 0 || (!indexed && workspace.search_index.get().is_some()),
            Outcome::Bypassed => false,
            _ => true,
        }
    }
}

/// Opens `dir` from its snapshot when that holds, and by loading and
/// checking it otherwise. Never fails: a snapshot that cannot be used is a
/// miss, and the outcome says why.
///
/// With a [`Focus`] other than [`Focus::Everything`], a snapshot cut into
/// chunks gives a workspace holding only the sources and statements that
/// focus reports on (with every actor, outlet, entity, claim, relation and
/// review): its answer to that command is the whole workspace's, and it
/// must not be stored ([`Outcome::worth_storing`] says so).
pub fn open(dir: &Path, focus: &Focus) -> (Workspace, Outcome) {
    open_observed(dir, focus, &())
}

/// [`open`], telling `observer` of the load's stages when the snapshot
/// cannot be used ([`Workspace::open_observed`]); a snapshot's read is not
/// counted.
pub fn open_observed(
    dir: &Path,
    focus: &Focus,
    observer: &dyn crate::load::progress::Observer,
) -> (Workspace, Outcome) {
    match read(dir, focus) {
        Ok((workspace, touched, focused)) => {
            let indexed = workspace.search_index.get().is_some();
            (
                workspace,
                Outcome::Hit {
                    touched,
                    indexed,
                    focused,
                },
            )
        }
        Err(outcome) => (Workspace::open_observed(dir, observer), outcome),
    }
}

/// The workspace of `dir` from its snapshot, with how many inputs were
/// touched and what a focused read left out, or why not.
fn read(dir: &Path, focus: &Focus) -> Result<(Workspace, usize, Option<Focused>), Outcome> {
    let snapshot = Snapshot::open(&path(dir))?;
    let header: Header = decode(&snapshot.section(0)?, "header")?;
    if header.dir != dir.to_string_lossy() {
        return Err(Outcome::OtherSpelling);
    }
    let touched = header.inputs.unchanged().map_err(Outcome::Stale)?.touched;
    let files: Files = decode(&snapshot.section(1)?, "files")?;
    let diagnostics: Vec<Diagnostic> = decode(&snapshot.section(4)?, "diagnostics")?;
    let limits: Limits = decode(&snapshot.section(5)?, "limits")?;
    // What the snapshot's own indexes point at must be there: only a
    // crafted snapshot (one with a valid checksum) could fail this.
    let known = |l: &crate::source::files::Location| {
        l.file < files.len() && l.span.end <= files.get(l.file).text.len()
    };
    if !diagnostics.iter().all(|d| d.locations().all(known)) {
        return Err(Outcome::Damaged(
            "a diagnostic points outside its files".into(),
        ));
    }
    let core: Dataset = decode(&snapshot.section(2)?, "data")?;
    let index_bytes = snapshot.section(7)?;
    let index = rkyv::access::<rkyv::option::ArchivedOption<ArchivedChunkIndex>, rancor::Error>(
        &index_bytes,
    )
    .map_err(|error| Outcome::Damaged(format!("its chunk index does not decode: {error}")))?
    .as_ref();
    if let Some(index) = index {
        let fits = index.claims.len() == core.claims.len()
            && index.sources.len() == index.chunks.len()
            && index.parties.len() == core.actors.len() + core.outlets.len()
            && index
                .claims
                .iter()
                .chain(index.parties.iter())
                .flat_map(|list| list.iter())
                .all(|chunk| (chunk.to_native() as usize) < index.chunks.len());
        if !fits {
            return Err(Outcome::Damaged(
                "its chunk index does not fit its data".into(),
            ));
        }
    }
    let needed = index.and_then(|index| split::needed(&core, focus, index));
    let workspace =
        |data: Dataset, graph: ClaimGraph, search_index: Option<SearchIndex>| Workspace {
            dir: dir.to_path_buf(),
            files,
            data,
            graph,
            diagnostics,
            limits,
            inputs: header.inputs,
            search_index: search_index
                .map_or_else(std::sync::OnceLock::new, std::sync::OnceLock::from),
        };
    if let (Some(index), Some(needed)) = (index, needed) {
        let chunks = needed
            .iter()
            .map(|&at| {
                let at = at as usize;
                fitting(
                    snapshot.chunk(&index.chunks[at])?,
                    &core,
                    &index.sources[at],
                )
            })
            .collect::<Result<Vec<Chunk>, Outcome>>()?;
        let data = split::assemble(core, chunks);
        let focused = Focused {
            statements: data.statements.len(),
            of: index.statements.to_native() as usize,
        };
        // Only `show` walks the graph; the other focused commands read the
        // data set alone, and get the graph of nothing.
        let graph = if focus.walks_graph() {
            ClaimGraph::build(&data)
        } else {
            ClaimGraph::build(&Dataset::default())
        };
        return Ok((workspace(data, graph, None), touched, Some(focused)));
    }
    // Everything: the whole data set, the graph as built, the search index.
    // The graph and (for a search only: it is a fifth of the snapshot) the
    // search index decode beside the data set.
    let (data, (graph, search_index)) = rayon::join(
        || match index {
            None => Ok(core),
            Some(index) => {
                let section = snapshot.section(8)?;
                let chunks = index
                    .chunks
                    .par_iter()
                    .zip(index.sources.par_iter())
                    .map(|(entry, id)| fitting(decode_chunk(&section, entry)?, &core, id))
                    .collect::<Result<Vec<Chunk>, Outcome>>()?;
                Ok(split::assemble(core, chunks))
            }
        },
        || {
            rayon::join(
                || -> Result<GraphParts, Outcome> { decode(&snapshot.section(3)?, "graph") },
                || -> Result<Option<SearchIndex>, Outcome> {
                    // Also when touched inputs make this snapshot be
                    // written again: the new one keeps the index.
                    if *focus == Focus::Search || touched > 0 {
                        decode(&snapshot.section(6)?, "search index")
                    } else {
                        Ok(None)
                    }
                },
            )
        },
    );
    let data = data?;
    let graph = ClaimGraph::from_parts(graph?)
        .ok_or_else(|| Outcome::Damaged("the graph names a node it lacks".into()))?;
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
    Ok((workspace(data, graph, search_index), touched, None))
}

/// What a focused read decoded of the data set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Focused {
    /// Statements decoded.
    pub statements: usize,
    /// Statements in the whole data set.
    pub of: usize,
}

/// The snapshot's header: what it was written for.
#[derive(Debug, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
struct Header {
    /// The data directory, spelled as given.
    dir: String,
    /// What the load looked at.
    inputs: Inputs,
}

/// One section's place in the snapshot and its checksum.
#[derive(Debug, Clone)]
struct Section {
    /// Its bytes' range in the file.
    range: std::ops::Range<u64>,
    /// The checksum of those bytes, checked when the section is read
    /// whole; a focused read checks each chunk's own instead
    /// ([`split::ChunkEntry::hash`]).
    hash: u128,
}

/// An open snapshot whose prologue, length and build are checked: its
/// sections are read, and checked, one at a time, so that a focused read
/// touches only the bytes it decodes.
struct Snapshot {
    file: std::fs::File,
    sections: Vec<Section>,
}

impl Snapshot {
    /// Opens `file` and checks its magic, build, section table and length.
    fn open(file: &Path) -> Result<Snapshot, Outcome> {
        let damaged = |why: &str| Outcome::Damaged(why.to_string());
        let opened = std::fs::File::open(file).and_then(|f| Ok((f.metadata()?.len(), f)));
        let (len, file) = match opened {
            Ok(opened) => opened,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Err(Outcome::Missing),
            Err(error) => return Err(Outcome::Damaged(format!("cannot be read: {error}"))),
        };
        let mut prologue = vec![0; PROLOGUE];
        if (len as usize) < PROLOGUE
            || read_exact_at(&file, &mut prologue, 0).is_err()
            || &prologue[..16] != MAGIC
        {
            return Err(damaged("it is not a claimgraph cache or is truncated"));
        }
        let word =
            |at: usize| u32::from_le_bytes(prologue[at..at + 4].try_into().unwrap_or_default());
        let long =
            |at: usize| u64::from_le_bytes(prologue[at..at + 8].try_into().unwrap_or_default());
        let wide =
            |at: usize| u128::from_le_bytes(prologue[at..at + 16].try_into().unwrap_or_default());
        if word(16) != FORMAT || prologue[24..40] != build().to_le_bytes() {
            return Err(Outcome::OtherVersion);
        }
        if word(20) as usize != SECTIONS {
            return Err(damaged("its section table is wrong"));
        }
        let mut sections = Vec::with_capacity(SECTIONS);
        let mut end = (PROLOGUE as u64).next_multiple_of(ALIGN as u64);
        for i in 0..SECTIONS {
            let (start, len) = (long(40 + i * 32), long(48 + i * 32));
            if start != end || start % ALIGN as u64 != 0 {
                return Err(damaged("its section table is wrong"));
            }
            let Some(stop) = start.checked_add(len) else {
                return Err(damaged("its section table is wrong"));
            };
            sections.push(Section {
                range: start..stop,
                hash: wide(56 + i * 32),
            });
            let Some(next) = stop.checked_next_multiple_of(ALIGN as u64) else {
                return Err(damaged("its section table is wrong"));
            };
            end = next;
        }
        if len != end {
            return Err(damaged(if len < end {
                "it is truncated"
            } else {
                "it has bytes past its end"
            }));
        }
        Ok(Snapshot { file, sections })
    }

    /// Section `i`'s bytes, `ALIGN`-aligned, once its checksum matches.
    fn section(&self, i: usize) -> Result<AlignedVec, Outcome> {
        let section = &self.sections[i];
        let bytes = self.read(section.range.clone())?;
        if checksum(&bytes) != section.hash {
            return Err(corrupted());
        }
        Ok(bytes)
    }

    /// The chunk `entry` locates, read on its own and decoded.
    fn chunk(&self, entry: &ArchivedChunkEntry) -> Result<Chunk, Outcome> {
        let chunks = &self.sections[CHUNKS].range;
        let range = chunk_range(entry, chunks.end - chunks.start)?;
        let bytes =
            self.read(chunks.start + range.start as u64..chunks.start + range.end as u64)?;
        decode_checked_chunk(&bytes, entry.hash.to_native())
    }

    /// The bytes of `range`, `ALIGN`-aligned.
    fn read(&self, range: std::ops::Range<u64>) -> Result<AlignedVec, Outcome> {
        let len = usize::try_from(range.end - range.start)
            .map_err(|_| Outcome::Damaged("a section is too large for this machine".into()))?;
        let mut bytes = AlignedVec::<ALIGN>::with_capacity(len);
        bytes.resize(len, 0);
        read_exact_at(&self.file, &mut bytes, range.start)
            .map_err(|error| Outcome::Damaged(format!("cannot be read: {error}")))?;
        Ok(bytes)
    }
}

/// Which section holds the chunks.
const CHUNKS: usize = 8;

/// What a checksum that does not match is said as.
fn corrupted() -> Outcome {
    Outcome::Damaged("its checksum does not match: it is corrupted".into())
}

/// Where chunk `entry` lies within a chunks section of `len` bytes.
fn chunk_range(entry: &ArchivedChunkEntry, len: u64) -> Result<std::ops::Range<usize>, Outcome> {
    let (start, size) = (entry.start.to_native(), entry.len.to_native());
    match start.checked_add(size) {
        Some(end) if start % ALIGN as u64 == 0 && end <= len => Ok(start as usize..end as usize),
        _ => Err(Outcome::Damaged(
            "its chunk index points outside its chunks".into(),
        )),
    }
}

/// Chunk `entry` decoded out of the whole chunks `section`.
fn decode_chunk(section: &[u8], entry: &ArchivedChunkEntry) -> Result<Chunk, Outcome> {
    let range = chunk_range(entry, section.len() as u64)?;
    decode_checked_chunk(&section[range], entry.hash.to_native())
}

/// `chunk`, once it is the chunk of source `id` and fits `core`
/// ([`Chunk::fits`]).
fn fitting(chunk: Chunk, core: &Dataset, id: &str) -> Result<Chunk, Outcome> {
    if chunk.source.id == id && chunk.fits(core) {
        Ok(chunk)
    } else {
        Err(Outcome::Damaged(
            "a chunk names records its core lacks".into(),
        ))
    }
}

/// A chunk's `bytes` (`ALIGN`-aligned), once their checksum is `hash`.
fn decode_checked_chunk(bytes: &[u8], hash: u128) -> Result<Chunk, Outcome> {
    if checksum(bytes) != hash {
        return Err(corrupted());
    }
    decode(bytes, "chunks")
}

/// Fills `buf` from `file` at `offset`.
fn read_exact_at(file: &std::fs::File, buf: &mut [u8], offset: u64) -> io::Result<()> {
    #[cfg(unix)]
    {
        std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
    }
    #[cfg(windows)]
    {
        let mut done = 0;
        while done < buf.len() {
            let n = std::os::windows::fs::FileExt::seek_read(
                file,
                &mut buf[done..],
                offset + done as u64,
            )?;
            if n == 0 {
                return Err(io::ErrorKind::UnexpectedEof.into());
            }
            done += n;
        }
        Ok(())
    }
}

/// `bytes` (one section, `ALIGN`-aligned), validated and decoded.
fn decode<T>(bytes: &[u8], what: &str) -> Result<T, Outcome>
where
    T: rkyv::Archive,
    T::Archived: for<'a> rkyv::bytecheck::CheckBytes<rkyv::api::high::HighValidator<'a, rancor::Error>>
        + rkyv::Deserialize<T, rkyv::api::high::HighDeserializer<rancor::Error>>,
{
    rkyv::from_bytes::<T, rancor::Error>(bytes)
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
    // Cut into chunks only when the data is clean: a command on data with
    // errors reads everything anyway to report them.
    let cut = (workspace.errors() == 0)
        .then(|| split::split(&workspace.data))
        .flatten();
    let encode_error = |error: rancor::Error| io::Error::other(error.to_string());
    let (core, chunks, index) = match cut {
        Some((core, chunks, index)) => (
            rkyv::to_bytes::<rancor::Error>(&core).map_err(encode_error)?,
            chunks,
            Some(index),
        ),
        None => (
            rkyv::to_bytes::<rancor::Error>(&workspace.data).map_err(encode_error)?,
            Vec::new(),
            None,
        ),
    };
    let mut chunk_bytes = Vec::with_capacity(chunks.iter().map(|c| c.len() + ALIGN).sum());
    for chunk in &chunks {
        chunk_bytes.extend_from_slice(chunk);
        chunk_bytes.resize(chunk_bytes.len().next_multiple_of(ALIGN), 0);
    }
    drop(chunks);
    let owned: Vec<AlignedVec> = vec![
        rkyv::to_bytes::<rancor::Error>(&header).map_err(encode_error)?,
        rkyv::to_bytes::<rancor::Error>(&files).map_err(encode_error)?,
        core,
        rkyv::to_bytes::<rancor::Error>(&graph).map_err(encode_error)?,
        rkyv::to_bytes::<rancor::Error>(&workspace.diagnostics).map_err(encode_error)?,
        rkyv::to_bytes::<rancor::Error>(&workspace.limits).map_err(encode_error)?,
        // Built by a search (it costs what one unindexed search costs), so
        // kept only once a search has needed it.
        rkyv::to_bytes::<rancor::Error>(&workspace.search_index.get().cloned())
            .map_err(encode_error)?,
        rkyv::to_bytes::<rancor::Error>(&index).map_err(encode_error)?,
    ];
    let sections: Vec<&[u8]> = owned
        .iter()
        .map(|s| s.as_slice())
        .chain(std::iter::once(chunk_bytes.as_slice()))
        .collect();
    debug_assert_eq!(sections.len(), SECTIONS);
    let mut bytes =
        Vec::with_capacity(PROLOGUE + sections.iter().map(|s| s.len() + ALIGN).sum::<usize>());
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&FORMAT.to_le_bytes());
    bytes.extend_from_slice(&(SECTIONS as u32).to_le_bytes());
    bytes.extend_from_slice(&build().to_le_bytes());
    // Every section starts `ALIGN`-aligned, as rkyv reads it in place.
    let mut at = PROLOGUE.next_multiple_of(ALIGN);
    for section in &sections {
        bytes.extend_from_slice(&(at as u64).to_le_bytes());
        bytes.extend_from_slice(&(section.len() as u64).to_le_bytes());
        bytes.extend_from_slice(&checksum(section).to_le_bytes());
        at = (at + section.len()).next_multiple_of(ALIGN);
    }
    bytes.resize(PROLOGUE.next_multiple_of(ALIGN), 0);
    for section in &sections {
        bytes.extend_from_slice(section);
        bytes.resize(bytes.len().next_multiple_of(ALIGN), 0);
    }

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
