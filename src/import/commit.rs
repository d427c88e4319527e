//! Writing an import's new records: one file per kind and input file
//! (`actors/import-<stem>.ron`, `outlets/…`, `claims/…`,
//! `external-reviews/…`), each created through
//! [`atomic::commit`], which refuses to replace a file. A name already taken
//! gets a number (`import-<stem>-2.ron`). In a dry run the same files are
//! shown as diffs and nothing is written.

use std::collections::HashSet;
use std::path::PathBuf;

use super::plan::{Plan, Provenance};
use super::records;
use super::report::{Created, FileOut, ImportReport};
use crate::edit::atomic::{self, Snapshot, WriteError};
use crate::error::CommandError;
use crate::formats::incoming::SourceFile;
use crate::load::layout::{DataLayout, FileKind};
use crate::load::parse::parse_file_text;
use crate::workspace::Workspace;

/// A file to create.
struct Output {
    /// What the file holds, for parsing it back before it is written.
    kind: FileKind,
    path: PathBuf,
    text: String,
    records: usize,
}

struct Writer<'a> {
    layout: DataLayout,
    format: &'static str,
    sources: &'a [SourceFile],
    outputs: Vec<Output>,
    created: Vec<Created>,
    taken: HashSet<PathBuf>,
}

/// A new record as a list file needs it.
struct Item {
    id: String,
    name: String,
    text: String,
    from: Provenance,
}

impl Writer<'_> {
    /// One list file per input file, for the records of one kind.
    fn lists(&mut self, kind: &'static str, folder: FileKind, what: &str, items: Vec<Item>) {
        for (index, source) in self.sources.iter().enumerate() {
            let mine: Vec<&Item> = items.iter().filter(|i| i.from.file == index).collect();
            if mine.is_empty() {
                continue;
            }
            let path = self.free_path(folder, &source.stem);
            let texts: Vec<String> = mine.iter().map(|i| i.text.clone()).collect();
            for item in &mine {
                self.created.push(Created {
                    kind,
                    id: item.id.clone(),
                    name: item.name.clone(),
                    file: path.display().to_string(),
                    from: item.from.origin.clone(),
                });
            }
            self.outputs.push(Output {
                kind: folder,
                text: records::list(self.format, &source.name, what, &texts),
                records: mine.len(),
                path,
            });
        }
    }

    /// `<folder>/import-<stem>.ron`, or `import-<stem>-2.ron`… if that
    /// exists or is already planned.
    fn free_path(&mut self, folder: FileKind, stem: &str) -> PathBuf {
        let mut path = self.layout.import_file(folder, stem, 1);
        let mut n = 2;
        while self.taken.contains(&path) || path.exists() {
            path = self.layout.import_file(folder, stem, n);
            n += 1;
        }
        self.taken.insert(path.clone());
        path
    }
}

/// Parses every file about to be written as the loader will, so that an
/// import never writes what `check` would reject as a syntax error; the
/// first file that does not parse refuses the whole import.
fn reparse(outputs: &[Output]) -> Result<(), CommandError> {
    for output in outputs {
        parse_file_text(output.kind, &output.text).map_err(|why| {
            CommandError::Refused(format!(
                "the new {} would not parse ({why}); nothing was written. This is a bug in the importer",
                output.path.display()
            ))
        })?;
    }
    Ok(())
}

/// Writes (or, with `dry_run`, shows) the records `plan` creates.
pub(super) fn write(
    ws: &Workspace,
    format: &'static str,
    sources: &[SourceFile],
    plan: Plan,
    dry_run: bool,
) -> Result<ImportReport, CommandError> {
    let mut writer = Writer {
        layout: DataLayout::new(&ws.dir),
        format,
        sources,
        outputs: Vec::new(),
        created: Vec::new(),
        taken: HashSet::new(),
    };
    // Records are written before what refers to them, so that an
    // interrupted import leaves nothing dangling.
    let outlets = plan
        .outlets
        .iter()
        .map(|o| Item {
            id: o.id.clone(),
            name: o.name.clone(),
            text: records::outlet(o),
            from: o.from.clone(),
        })
        .collect();
    writer.lists("outlet", FileKind::Outlets, "outlets", outlets);
    let actors = plan
        .actors
        .iter()
        .map(|a| Item {
            id: a.id.clone(),
            name: a.name.clone(),
            text: records::actor(a),
            from: a.from.clone(),
        })
        .collect();
    writer.lists("actor", FileKind::Actors, "actors", actors);
    let claims = plan
        .claims
        .iter()
        .map(|c| Item {
            id: c.id.clone(),
            name: c.text.clone(),
            text: records::claim(c),
            from: c.from.clone(),
        })
        .collect();
    writer.lists("claim", FileKind::Claims, "claims", claims);
    let reviews = plan
        .reviews
        .iter()
        .map(|r| Item {
            id: r.claim.clone(),
            name: r
                .incoming
                .verdict
                .as_ref()
                .map_or_else(|| "(no verdict)".to_string(), |v| v.rating().label),
            text: records::external_review(r),
            from: r.from.clone(),
        })
        .collect();
    writer.lists(
        "external review",
        FileKind::ExternalReviews,
        "external reviews (other desks' verdicts, never exported as ours)",
        reviews,
    );
    reparse(&writer.outputs)?;
    let mut files = Vec::new();
    for output in &writer.outputs {
        let snapshot = Snapshot::take(&output.path).map_err(|source| WriteError::Io {
            path: output.path.clone(),
            source,
        })?;
        let diff = if dry_run {
            Some(atomic::diff(&snapshot, &output.text))
        } else {
            atomic::commit(&snapshot, output.text.as_bytes())?;
            None
        };
        files.push(FileOut {
            path: output.path.display().to_string(),
            records: output.records,
            diff,
        });
    }
    Ok(ImportReport {
        format,
        dry_run,
        reviews_read: plan.read,
        created: writer.created,
        matched: plan.matched,
        skipped: plan.skipped,
        notes: plan.notes,
        files,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn output(kind: FileKind, text: &str) -> Output {
        Output {
            kind,
            path: PathBuf::from("data/claims/import-x.ron"),
            text: text.into(),
            records: 1,
        }
    }

    #[test]
    fn files_that_would_not_parse_refuse_the_import() {
        let good = output(
            FileKind::Claims,
            "// c\n[\n    Claim(id: \"c\", kind: Fact, text: \"t\", note: \"n\"),\n]\n",
        );
        assert!(reparse(std::slice::from_ref(&good)).is_ok());
        let broken = output(FileKind::Claims, "[\n    Claim(id: \"c\", kind: Fact,\n");
        let error = reparse(&[good, broken]).unwrap_err();
        assert!(matches!(error, CommandError::Refused(_)));
        assert!(error.to_string().contains("nothing was written"));
        let wrong_kind = output(FileKind::Reviews, "[]\n");
        assert!(reparse(&[wrong_kind]).is_err());
    }
}
