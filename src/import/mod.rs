//! Reading other desks' fact-checks into new RON files.
//!
//! [`claimreview()`] and [`csv()`] read their input files from disk; the
//! format readers in [`crate::formats`] turn each file into
//! [`Incoming`](crate::formats::incoming::Incoming) reviews, format-neutral
//! and not yet matched to anything. `plan` then matches them against the
//! data (claims by folded wording, speakers and outlets by folded name or
//! alias, outlets also by site) and decides what must be created and what is
//! skipped; `commit` renders the new records as RON and writes them as new
//! files, never touching an existing one. Both readers share that path, so
//! both create, match and report alike.

mod commit;
mod plan;
mod records;
pub mod report;

use std::path::{Path, PathBuf};

use crate::error::CommandError;
use crate::formats::claimreview::read::read_text;
use crate::formats::csv::{Mapping, read_rows};
use crate::formats::incoming::{Item, SourceFile};
use crate::workspace::Workspace;

pub use report::ImportReport;

/// Matches what `sources` hold against the data and writes the new records
/// (or, with `dry_run`, only shows them). `format` names the command in
/// reports and file headers.
pub fn import(
    ws: &Workspace,
    format: &'static str,
    sources: Vec<SourceFile>,
    dry_run: bool,
) -> Result<ImportReport, CommandError> {
    let plan = plan::plan(&ws.data, &ws.dir, &sources);
    commit::write(ws, format, &sources, plan, dry_run)
}

/// Imports the fact-check reviews of `files` (`-` is standard input), in
/// every shape [`read_text`] reads.
pub fn claimreview(
    ws: &Workspace,
    files: &[PathBuf],
    dry_run: bool,
) -> Result<ImportReport, CommandError> {
    let sources = read_all(files, |name, _, text| {
        read_text(name, text).map_err(|e| CommandError::Input(format!("{name} {e}")))
    })?;
    import(ws, "claimreview", sources, dry_run)
}

/// Imports the rows of the CSV `files`, reading each field from the header
/// `mapping` names.
pub fn csv(
    ws: &Workspace,
    files: &[PathBuf],
    mapping: &Mapping,
    dry_run: bool,
) -> Result<ImportReport, CommandError> {
    let sources = read_all(files, |name, path, text| {
        let shown = if is_stdin(path) {
            STDIN_NAME.to_string()
        } else {
            path.display().to_string()
        };
        read_rows(name, text.as_bytes(), mapping)
            .map_err(|e| CommandError::Input(format!("{shown}: {e}")))
    })?;
    import(ws, "csv", sources, dry_run)
}

/// The most an input may hold: far more than any feed or page, and a bound
/// on what a pipe can make the importer hold in memory.
pub const MAX_INPUT: u64 = 64 * 1024 * 1024;

/// The name standard input goes by in reports and written comments.
pub const STDIN_NAME: &str = "<stdin>";

/// Reads every input file and has `read` turn its text into items; `read`
/// gets the name reports cite, the path and the text. The path `-` is
/// standard input, read once.
fn read_all(
    files: &[PathBuf],
    read: impl Fn(&str, &Path, &str) -> Result<Vec<Item>, CommandError>,
) -> Result<Vec<SourceFile>, CommandError> {
    if files.iter().filter(|p| is_stdin(p)).count() > 1 {
        return Err(CommandError::Usage(
            "`-` (standard input) may be given once".into(),
        ));
    }
    files
        .iter()
        .map(|path| {
            let (source, text) = if is_stdin(path) {
                let source = SourceFile {
                    name: STDIN_NAME.into(),
                    stem: "stdin".into(),
                    items: Vec::new(),
                };
                (source, read_bounded(std::io::stdin().lock(), STDIN_NAME)?)
            } else {
                let file = std::fs::File::open(path).map_err(|e| {
                    CommandError::Input(format!("cannot read {}: {e}", path.display()))
                })?;
                let text = read_bounded(file, &path.display().to_string())?;
                (SourceFile::new(path, Vec::new()), text)
            };
            let items = read(&source.name, path, &text)?;
            Ok(SourceFile { items, ..source })
        })
        .collect()
}

fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// An input's text, at most [`MAX_INPUT`] bytes, without the byte-order
/// mark Windows tools write.
fn read_bounded(input: impl std::io::Read, name: &str) -> Result<String, CommandError> {
    use std::io::Read;
    let mut bytes = Vec::new();
    input
        .take(MAX_INPUT + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| CommandError::Input(format!("cannot read {name}: {e}")))?;
    if bytes.len() as u64 > MAX_INPUT {
        return Err(CommandError::Input(format!(
            "{name} is larger than {} MiB; split it and import the parts",
            MAX_INPUT / (1024 * 1024)
        )));
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| CommandError::Input(format!("{name} is not UTF-8 text")))?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}
