//! Reading files from disk: listing a folder's RON files, warning of
//! stray ones, reading each as UTF-8, and reading the seed texts that
//! sources cite, so that the checking pass does no file I/O. Every read
//! goes through one [`Reader`], which owns the confinement rule (a path
//! must resolve inside its root, links followed) and the limits. Each distinct
//! seed `file` is read once, and a source whose text cannot be read gets a
//! `missing-source-file` diagnostic at its `file` field.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Code, Diagnostic};
use crate::load::layout::DataLayout;
use crate::load::limits::{Budget, Limit, Limits};
use crate::load::parse::Located;
use crate::load::progress::Observer;
use crate::raw;
use crate::source::files::{FileId, Files, Location, tidy};

/// The seed texts read, keyed by a source's `file` exactly as written
/// (relative to the data directory).
#[derive(Debug, Default)]
pub struct SourceTexts {
    texts: HashMap<String, String>,
}

impl SourceTexts {
    /// The text of the source file written as `file`, when it was read.
    pub fn get(&self, file: &str) -> Option<&str> {
        self.texts.get(file).map(String::as_str)
    }

    /// The text of `file`, moved out when `last` (nothing will ask for it
    /// again), else copied.
    pub fn take(&mut self, file: &str, last: bool) -> Option<String> {
        if last {
            self.texts.remove(file)
        } else {
            self.texts.get(file).cloned()
        }
    }

    /// Records the text of `file`, as a reader (or a test) found it.
    pub fn insert(&mut self, file: impl Into<String>, text: impl Into<String>) {
        self.texts.insert(file.into(), text.into());
    }
}

/// Where a run may read, resolved once: the data directory and the project
/// root (the data directory's parent unless `claimgraph.toml` narrows it),
/// both canonical, so that a path is inside when its canonical form starts
/// with one of them, whatever links it goes through.
#[derive(Debug, Clone)]
pub struct Roots {
    /// The data directory, canonical.
    pub data: PathBuf,
    /// The project root, canonical: seed texts must be under it.
    pub project: PathBuf,
}

/// Why a path was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// An absolute path where a relative one is required.
    Absolute,
    /// The path, after `..` and links, is outside its root.
    Outside,
    /// The path does not exist (inside its root).
    Missing,
    /// Not a regular file: a directory, a FIFO, a device, a socket.
    NotRegular(&'static str),
    /// Over one of the limits.
    Limit(Limit, u64),
    /// Any other I/O error, as the system words it.
    Io(String),
    /// Not UTF-8; the lossy text, and where the first bad byte is.
    NotUtf8(String, usize),
}

impl Refusal {
    /// The refusal as the end of a sentence about the path, and its code.
    pub fn describe(&self, root: &str, limits: &Limits) -> (Code, String, String) {
        match self {
            Refusal::Absolute => (
                Code::OutsideRoot,
                "is an absolute path".into(),
                format!("only files inside the {root} are read; write the path relative to the data directory, as \"../seeds/001.txt\""),
            ),
            Refusal::Outside => (
                Code::OutsideRoot,
                format!("resolves outside the {root}"),
                format!("only files inside the {root} are read, after `..` and symbolic links are followed; copy the file in instead of linking to it"),
            ),
            Refusal::Missing => (
                Code::MissingSourceFile,
                "does not exist".into(),
                "`file` is relative to the data directory, e.g. \"../seeds/001_608737a04dcbb1a8.txt\"".into(),
            ),
            Refusal::NotRegular(what) => (
                Code::NotAFile,
                format!("is {what}, not a regular file"),
                "only regular files are read; it was not opened".into(),
            ),
            Refusal::Limit(limit, size) => (
                Code::LimitExceeded,
                match limit {
                    Limit::FileSize => format!("is {size} bytes, over the limit `file_size`"),
                    Limit::TotalSize => "would take the data read over the limit `total_size`".into(),
                    Limit::Files => "would take the number of files read over the limit `files`".into(),
                    Limit::Depth
                    | Limit::StringLength
                    | Limit::ImportSize
                    | Limit::ImportDepth
                    | Limit::ImportItems => format!("is over the limit `{}`", limit.key()),
                },
                limit.hint(limits),
            ),
            Refusal::Io(why) => (Code::Io, format!("cannot be read: {why}"), "check the file's permissions".into()),
            Refusal::NotUtf8(..) => (Code::Syntax, "is not valid UTF-8".into(), "save the file as UTF-8".into()),
        }
    }
}

/// Reads files for one run: only regular files inside their root, within
/// the [`Limits`], counting what has been read against them.
#[derive(Debug)]
pub struct Reader {
    /// Where the run may read.
    pub roots: Roots,
    /// The run's limits.
    pub limits: Limits,
    budget: Budget,
    /// Everything read or looked for, for the load cache.
    pub inputs: super::inputs::Inputs,
}

impl Reader {
    /// A reader confined to `roots`, within `limits`.
    pub fn new(roots: Roots, limits: Limits) -> Self {
        Reader {
            roots,
            limits,
            budget: Budget::default(),
            inputs: super::inputs::Inputs::begin(),
        }
    }

    /// The text of `path`, which must resolve inside `root` and be a
    /// regular file within the limits. Nothing is opened before its
    /// metadata says it is a regular file, so a FIFO never blocks the run;
    /// a UTF-8 byte order mark at the start is dropped, as editors hide it.
    pub fn read(&mut self, path: &Path, root: &Path) -> Result<String, Refusal> {
        let mut read = false;
        let text = self.read_recording(path, root, &mut read);
        if !read {
            self.inputs.not_read(path);
        }
        text
    }

    /// [`Reader::read`], recording the bytes in `inputs` once they are
    /// read (`read` then set).
    fn read_recording(
        &mut self,
        path: &Path,
        root: &Path,
        read: &mut bool,
    ) -> Result<String, Refusal> {
        let real = resolve_inside(root, path)?;
        let meta = std::fs::metadata(&real).map_err(|e| Refusal::Io(e.kind().to_string()))?;
        if !meta.is_file() {
            return Err(Refusal::NotRegular(file_type(&meta)));
        }
        if meta.len() > self.limits.file_size {
            return Err(Refusal::Limit(Limit::FileSize, meta.len()));
        }
        if self.budget.files >= self.limits.files {
            return Err(Refusal::Limit(Limit::Files, 0));
        }
        if self.budget.bytes.saturating_add(meta.len()) > self.limits.total_size {
            return Err(Refusal::Limit(Limit::TotalSize, 0));
        }
        let file = std::fs::File::open(&real).map_err(|e| Refusal::Io(e.kind().to_string()))?;
        let mut bytes = Vec::with_capacity(meta.len() as usize);
        // The file may grow after its metadata was read: read one byte past
        // the limit to tell.
        file.take(self.limits.file_size + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Refusal::Io(e.kind().to_string()))?;
        if bytes.len() as u64 > self.limits.file_size {
            return Err(Refusal::Limit(Limit::FileSize, bytes.len() as u64));
        }
        self.budget.files += 1;
        self.budget.bytes += bytes.len() as u64;
        self.inputs.read(path, &real, &meta, &bytes);
        *read = true;
        let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) => rest.to_vec(),
            None => bytes,
        };
        String::from_utf8(bytes).map_err(|error| {
            let valid = error.utf8_error().valid_up_to();
            Refusal::NotUtf8(
                String::from_utf8_lossy(error.as_bytes()).into_owned(),
                valid,
            )
        })
    }
}

/// What kind of file `meta` describes, in words, for one that is not regular.
fn file_type(meta: &std::fs::Metadata) -> &'static str {
    let kind = meta.file_type();
    if kind.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    "not a regular file"
}

/// The canonical form of `path` when it is inside `root` (canonical).
/// When it cannot be resolved, whether it is missing or outside is decided
/// from the deepest part that resolves (and a dangling link's target, read
/// lexically), so that the answer says nothing about files outside `root`:
/// a path through a link out of the root is outside, existing or not.
pub fn resolve_inside(root: &Path, path: &Path) -> Result<PathBuf, Refusal> {
    if let Ok(real) = std::fs::canonicalize(path) {
        return if real.starts_with(root) {
            Ok(real)
        } else {
            Err(Refusal::Outside)
        };
    }
    let mut probe = path.to_path_buf();
    loop {
        if let Ok(meta) = std::fs::symlink_metadata(&probe) {
            if meta.file_type().is_symlink() {
                let target = std::fs::read_link(&probe).unwrap_or_default();
                let base = probe
                    .parent()
                    .and_then(|p| std::fs::canonicalize(p).ok())
                    .unwrap_or_default();
                let lexical = tidy(&base.join(target));
                return Err(if lexical.starts_with(root) {
                    Refusal::Missing
                } else {
                    Refusal::Outside
                });
            }
            return match std::fs::canonicalize(&probe) {
                Ok(real) if real.starts_with(root) => Err(Refusal::Missing),
                _ => Err(Refusal::Outside),
            };
        }
        if !probe.pop() || probe.as_os_str().is_empty() {
            return Err(Refusal::Missing);
        }
    }
}

/// Reads the text of every source in `sources`; each one whose text cannot
/// be read, or whose `file` is absolute or resolves outside the project
/// root, gets a diagnostic at its `file` field.
pub fn source_texts(
    layout: &DataLayout,
    reader: &mut Reader,
    sources: &[Located<raw::Source>],
    diagnostics: &mut Vec<Diagnostic>,
    observer: &dyn Observer,
) -> SourceTexts {
    let mut texts = SourceTexts::default();
    // Why each path that failed could not be read, so it is tried once.
    let mut failed: HashMap<&str, Refusal> = HashMap::new();
    for source in sources {
        observer.advance(1);
        let path = &source.record.file;
        if texts.get(&path.value).is_some() {
            continue;
        }
        let full = layout.source_text(&path.value);
        let refusal = match failed.get(path.value.as_str()) {
            Some(refusal) => refusal.clone(),
            None => match read_source_text(reader, &path.value) {
                Ok(text) => {
                    texts.insert(path.value.clone(), text);
                    continue;
                }
                Err(refusal) => {
                    failed.insert(&path.value, refusal.clone());
                    refusal
                }
            },
        };
        let at = Location {
            file: source.location.file,
            span: path.span.clone(),
        };
        let (code, why, hint) = refusal.describe("project root", &reader.limits);
        let label = match code {
            Code::OutsideRoot => "outside the project root",
            _ => "cannot read this file",
        };
        // A path out of the root is named as written: where it leads is
        // nobody's business.
        let named = match code {
            Code::OutsideRoot => format!("`{}`", path.value),
            _ => full.display().to_string(),
        };
        diagnostics.push(
            Diagnostic::error(code, format!("source text {named} {why}"))
                .at(at, label)
                .hint(hint),
        );
    }
    texts
}

/// The text of the seed named `file` in a source: relative, and inside the
/// project root both as written (`..` taken lexically, so nothing outside
/// is even looked at) and once links are followed.
fn read_source_text(reader: &mut Reader, file: &str) -> Result<String, Refusal> {
    let written = Path::new(file);
    if written.has_root() || written.is_absolute() || file.starts_with('\\') {
        return Err(Refusal::Absolute);
    }
    let full = tidy(&reader.roots.data.join(written));
    let project = reader.roots.project.clone();
    if !full.starts_with(&project) {
        return Err(Refusal::Outside);
    }
    reader.read(&full, &project)
}

/// The `*.ron` entries directly in `folder`, sorted, whatever their type
/// (so that a directory or FIFO named `*.ron` is refused, not skipped);
/// none when it is no folder. The listing is recorded in `inputs`.
pub(crate) fn ron_files(
    folder: &Path,
    diagnostics: &mut Vec<Diagnostic>,
    inputs: &mut super::inputs::Inputs,
) -> Vec<PathBuf> {
    if !folder.is_dir() {
        inputs.listed(folder, None);
        return Vec::new();
    }
    match ron_entries(folder) {
        Ok(paths) => {
            inputs.listed(folder, Some(&paths));
            paths
        }
        Err(error) => {
            inputs.unlisted(folder);
            diagnostics.push(Diagnostic::error(
                Code::Io,
                format!("cannot list {}: {error}", folder.display()),
            ));
            Vec::new()
        }
    }
}

/// The `*.ron` entries directly in the folder `folder`, sorted: the one
/// listing rule, which the load cache's check applies again.
pub(crate) fn ron_entries(folder: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(folder)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    // One folder's entries: ordering by name is ordering by path, without
    // comparing the shared parent component by component for every pair.
    paths.sort_unstable_by(|a, b| a.file_name().cmp(&b.file_name()));
    Ok(paths)
}

/// A warning for each `*.ron` file directly in `dir` that is not one of
/// the `known` data files.
pub(crate) fn warn_unknown_files(
    dir: &Path,
    known: &[PathBuf],
    files: &mut Files,
    diagnostics: &mut Vec<Diagnostic>,
    inputs: &mut super::inputs::Inputs,
) {
    let mut stray = ron_files(dir, diagnostics, inputs);
    stray.retain(|p| !known.contains(p));
    for path in stray {
        let file = files.add(path.clone(), String::new());
        diagnostics.push(
            Diagnostic::warning(Code::UnknownFile, format!("{} is not part of the data layout and was ignored", path.display()))
                .at(Location { file, span: 0..0 }, "ignored")
                .hint("records live in actors.ron, outlets.ron, entities.ron, claims.ron, relations.ron, sources/*.ron, reviews/*.ron or external-reviews/*.ron"),
        );
    }
}

/// The text of the data file `path`, added to `files`; `None`, with a
/// diagnostic, when it is refused (outside the data directory, not a
/// regular file, over a limit) or is not UTF-8 (then the lossy text is
/// added, so the diagnostic can point at the bad byte). A refused file is
/// never added: no snippet can show a line of it.
pub(crate) fn read(
    path: &Path,
    reader: &mut Reader,
    files: &mut Files,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<FileId> {
    let root = reader.roots.data.clone();
    match reader.read(path, &root) {
        Ok(text) => {
            if let Some((span, limit, what)) = over_limits(&text, &reader.limits) {
                let file = files.add(path.to_path_buf(), text);
                diagnostics.push(
                    Diagnostic::error(
                        Code::LimitExceeded,
                        format!("{what}, over the limit `{}`", limit.key()),
                    )
                    .at(Location { file, span }, "here")
                    .hint(limit.hint(&reader.limits)),
                );
                return None;
            }
            Some(files.add(path.to_path_buf(), text))
        }
        Err(Refusal::NotUtf8(text, valid)) => {
            let file = files.add(path.to_path_buf(), text);
            diagnostics.push(
                Diagnostic::error(Code::Syntax, "file is not valid UTF-8")
                    .at(
                        Location {
                            file,
                            span: valid..valid + '\u{FFFD}'.len_utf8(),
                        },
                        "invalid byte here",
                    )
                    .hint("save the file as UTF-8"),
            );
            None
        }
        Err(refusal) => {
            let (code, why, hint) = refusal.describe("data directory", &reader.limits);
            diagnostics
                .push(Diagnostic::error(code, format!("{} {why}", path.display())).hint(hint));
            None
        }
    }
}

/// The first place in `text` over the depth or string-length limit: one
/// character there, the limit, and what is over it. One pass of the lexer,
/// before the parser sees the text, so that neither a deep record nor a
/// huge string costs more than its reading.
fn over_limits(text: &str, limits: &Limits) -> Option<(std::ops::Range<usize>, Limit, String)> {
    use crate::source::lexer::{Token, tokens};
    let mut depth = 0usize;
    for token in tokens(text) {
        match token {
            Token::Punct(at, b'(' | b'[' | b'{') => {
                depth += 1;
                if depth > limits.depth {
                    return Some((
                        at..at + 1,
                        Limit::Depth,
                        format!("brackets nest {depth} deep"),
                    ));
                }
            }
            Token::Punct(_, b')' | b']' | b'}') => depth = depth.saturating_sub(1),
            Token::Str(range) if range.len() > limits.string_length => {
                let what = format!("a string of {} bytes", range.len());
                return Some((range.start..range.start + 1, Limit::StringLength, what));
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(files: &mut Files, file: &str) -> Located<raw::Source> {
        let text = format!("Source(id: \"s\", file: \"{file}\", language: \"ar\", statements: [])");
        let record = crate::load::parse::parse_record::<raw::Source>(&text).unwrap();
        Located {
            location: Location {
                file: files.add("sources/s.ron".into(), text),
                span: 0..0,
            },
            record,
        }
    }

    #[test]
    fn texts_are_read_once_and_unreadable_ones_reported_per_source() {
        let dir = std::env::temp_dir().join(format!("claimgraph-read-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("seed.txt"), "قال الوزير").unwrap();
        let mut files = Files::default();
        let sources = vec![
            source(&mut files, "seed.txt"),
            source(&mut files, "seed.txt"),
            source(&mut files, "gone.txt"),
            source(&mut files, "gone.txt"),
        ];
        let mut diagnostics = Vec::new();
        let real = std::fs::canonicalize(&dir).unwrap();
        let roots = Roots {
            data: real.clone(),
            project: real,
        };
        let mut reader = Reader::new(roots, Limits::default());
        let texts = source_texts(
            &DataLayout::new(&dir),
            &mut reader,
            &sources,
            &mut diagnostics,
            &(),
        );
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(texts.get("seed.txt"), Some("قال الوزير"));
        assert_eq!(texts.get("gone.txt"), None);
        assert_eq!(diagnostics.len(), 2);
        assert!(
            diagnostics.iter().all(|d| d.code == Code::MissingSourceFile
                && d.message.ends_with("gone.txt does not exist"))
        );
    }
}
