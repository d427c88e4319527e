//! Writing an import's new records: one file per kind and input file
//! (`actors/import-<stem>.ron`, `outlets/…`, `claims/…`) and one
//! `reviews/<claim>.ron` per review, each created through
//! [`atomic::commit`], which refuses to replace a file. A name already taken
//! gets a number (`import-<stem>-2.ron`). In a dry run the same files are
//! shown as diffs and nothing is written.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::plan::{Plan, Provenance};
use super::records;
use super::report::{Created, FileOut, ImportReport};
use crate::edit::atomic::{self, Snapshot, WriteError};
use crate::error::CommandError;
use crate::formats::incoming::SourceFile;
use crate::workspace::Workspace;

/// A file to create.
struct Output {
    path: PathBuf,
    text: String,
    records: usize,
}

struct Writer<'a> {
    dir: &'a Path,
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
    fn lists(&mut self, kind: &'static str, folder: &str, what: &str, items: Vec<Item>) {
        for (index, source) in self.sources.iter().enumerate() {
            let mine: Vec<&Item> = items.iter().filter(|i| i.from.file == index).collect();
            if mine.is_empty() {
                continue;
            }
            let path = self.free_path(&self.dir.join(folder), &format!("import-{}", source.stem));
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
                text: records::list(self.format, &source.name, what, &texts),
                records: mine.len(),
                path,
            });
        }
    }

    /// `folder/base.ron`, or `folder/base-2.ron`… if that exists or is
    /// already planned.
    fn free_path(&mut self, folder: &Path, base: &str) -> PathBuf {
        let mut path = folder.join(format!("{base}.ron"));
        let mut n = 2;
        while self.taken.contains(&path) || path.exists() {
            path = folder.join(format!("{base}-{n}.ron"));
            n += 1;
        }
        self.taken.insert(path.clone());
        path
    }
}

/// Writes (or, with `dry_run`, shows) the records `plan` creates.
pub fn write(
    ws: &Workspace,
    format: &'static str,
    sources: &[SourceFile],
    plan: Plan,
    dry_run: bool,
) -> Result<ImportReport, CommandError> {
    let mut writer = Writer {
        dir: &ws.dir,
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
    writer.lists("outlet", "outlets", "outlets", outlets);
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
    writer.lists("actor", "actors", "actors", actors);
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
    writer.lists("claim", "claims", "claims", claims);
    for review in &plan.reviews {
        let path = ws.dir.join("reviews").join(format!("{}.ron", review.claim));
        writer.created.push(Created {
            kind: "review",
            id: review.claim.clone(),
            name: review
                .incoming
                .verdict
                .as_ref()
                .map_or_else(|| "(no verdict)".to_string(), |v| v.rating().label),
            file: path.display().to_string(),
            from: review.from.origin.clone(),
        });
        writer.outputs.push(Output {
            text: records::review(format, review),
            records: 1,
            path,
        });
    }
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
