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
use crate::formats::claimreview::read::read_document;
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

/// Imports the ClaimReviews of `files`.
pub fn claimreview(
    ws: &Workspace,
    files: &[PathBuf],
    dry_run: bool,
) -> Result<ImportReport, CommandError> {
    let sources = read_all(files, |name, path, text| {
        let value: serde_json::Value = serde_json::from_str(text)
            .map_err(|e| CommandError::Input(format!("{} is not JSON: {e}", path.display())))?;
        Ok(read_document(name, &value))
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
        read_rows(name, text.as_bytes(), mapping)
            .map_err(|e| CommandError::Input(format!("{}: {e}", path.display())))
    })?;
    import(ws, "csv", sources, dry_run)
}

/// Reads every input file and has `read` turn its text into items; `read`
/// gets the name reports cite, the path and the text.
fn read_all(
    files: &[PathBuf],
    read: impl Fn(&str, &Path, &str) -> Result<Vec<Item>, CommandError>,
) -> Result<Vec<SourceFile>, CommandError> {
    files
        .iter()
        .map(|path| {
            let text = read_text(path)?;
            let source = SourceFile::new(path, Vec::new());
            let items = read(&source.name, path, &text)?;
            Ok(SourceFile { items, ..source })
        })
        .collect()
}

/// An input file's text, without the byte-order mark Windows tools write.
fn read_text(path: &Path) -> Result<String, CommandError> {
    let bytes = std::fs::read(path)
        .map_err(|e| CommandError::Input(format!("cannot read {}: {e}", path.display())))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| CommandError::Input(format!("{} is not UTF-8 text", path.display())))?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}
