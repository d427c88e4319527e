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
//!
//! Inputs are hostile (a feed from the web, a pipe), so reading them is
//! bounded by the data's [`Limits`]: `import_size` for each input's bytes
//! (files, pages and standard input alike), `import_items` for the items of
//! all inputs together, and `import_depth` for the nesting of JSON (checked
//! by the ClaimReview reader). Each refusal names its limit and the
//! `[limits]` line that raises it.

mod commit;
mod plan;
mod records;
pub mod report;

use std::path::{Path, PathBuf};

use crate::error::CommandError;
use crate::formats::claimreview::read::read_text_within;
use crate::formats::csv::{Mapping, read_rows_at_most};
use crate::formats::incoming::{Item, SourceFile};
use crate::load::limits::{Limit, Limits};
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
/// every shape [`read_text_within`] reads.
pub fn claimreview(
    ws: &Workspace,
    files: &[PathBuf],
    dry_run: bool,
) -> Result<ImportReport, CommandError> {
    let limits = ws.limits;
    let sources = read_all(files, &limits, |name, _, text, most| {
        let within = Limits {
            import_items: most,
            ..limits
        };
        read_text_within(name, text, &within)
            .map_err(|e| CommandError::Input(format!("{name} {e}")))
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
    let sources = read_all(files, &ws.limits, |name, path, text, most| {
        let shown = if is_stdin(path) {
            STDIN_NAME.to_string()
        } else {
            path.display().to_string()
        };
        read_rows_at_most(name, text.as_bytes(), mapping, most.saturating_add(1))
            .map_err(|e| CommandError::Input(format!("{shown}: {e}")))
    })?;
    import(ws, "csv", sources, dry_run)
}

/// The name standard input goes by in reports and written comments.
pub const STDIN_NAME: &str = "<stdin>";

/// Reads every input file and has `read` turn its text into items; `read`
/// gets the name reports cite, the path, the text and how many more items
/// the limit `import_items` allows (it may return one more, to show the
/// limit passed, and need not read further). The path `-` is standard
/// input, read once.
fn read_all(
    files: &[PathBuf],
    limits: &Limits,
    read: impl Fn(&str, &Path, &str, usize) -> Result<Vec<Item>, CommandError>,
) -> Result<Vec<SourceFile>, CommandError> {
    if files.iter().filter(|p| is_stdin(p)).count() > 1 {
        return Err(CommandError::Usage(
            "`-` (standard input) may be given once".into(),
        ));
    }
    let mut read_so_far = 0usize;
    let mut sources = Vec::new();
    for path in files {
        let (source, text) = if is_stdin(path) {
            let source = SourceFile {
                name: STDIN_NAME.into(),
                stem: "stdin".into(),
                items: Vec::new(),
            };
            let text = read_bounded(std::io::stdin().lock(), STDIN_NAME, limits)?;
            (source, text)
        } else {
            let file = std::fs::File::open(path)
                .map_err(|e| CommandError::Input(format!("cannot read {}: {e}", path.display())))?;
            let text = read_bounded(file, &path.display().to_string(), limits)?;
            (SourceFile::new(path, Vec::new()), text)
        };
        let most = limits.import_items - read_so_far;
        let items = read(&source.name, path, &text, most)?;
        read_so_far += items.len();
        if read_so_far > limits.import_items {
            return Err(CommandError::Input(format!(
                "{} holds more items than the import may read: over the limit `{}`, \
                 {} items (reviews or rows) over all inputs; nothing is imported ({})",
                source.name,
                Limit::ImportItems.key(),
                limits.import_items,
                Limit::ImportItems.hint(limits)
            )));
        }
        sources.push(SourceFile { items, ..source });
    }
    Ok(sources)
}

fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// An input's text, at most `limits.import_size` bytes (one more is read,
/// to tell that the input is larger: a pipe or `/dev/zero` says no size
/// beforehand), without the byte-order mark Windows tools write.
fn read_bounded(
    input: impl std::io::Read,
    name: &str,
    limits: &Limits,
) -> Result<String, CommandError> {
    use std::io::Read;
    let most = limits.import_size;
    let mut bytes = Vec::new();
    input
        .take(most.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| CommandError::Input(format!("cannot read {name}: {e}")))?;
    if bytes.len() as u64 > most {
        return Err(CommandError::Input(format!(
            "{name} is larger than {}, over the limit `{}`; it is not read; \
             split it and import the parts, or raise the limit ({})",
            if most.is_multiple_of(1 << 20) {
                format!("{} MiB", most >> 20)
            } else {
                format!("{most} bytes")
            },
            Limit::ImportSize.key(),
            Limit::ImportSize.hint(limits)
        )));
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| CommandError::Input(format!("{name} is not UTF-8 text")))?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}
