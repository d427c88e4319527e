//! What an import did: the records it created and where, the records it
//! matched instead of duplicating, what it skipped and why, and the files it
//! wrote (or, in a dry run, the diffs it would apply).

use serde::Serialize;

use crate::model::RecordKind;
use crate::query::Answer;
use crate::render::style::Style;

#[derive(Debug, Serialize)]
pub struct ImportReport {
    /// `claimreview` or `csv`.
    pub format: &'static str,
    pub dry_run: bool,
    /// Reviews found in the input, imported or not.
    pub reviews_read: usize,
    pub created: Vec<Created>,
    pub matched: Vec<Matched>,
    pub skipped: Vec<Skipped>,
    pub notes: Vec<Note>,
    pub files: Vec<FileOut>,
}

/// A new record.
#[derive(Debug, Serialize)]
pub struct Created {
    /// `claim`, `actor`, `outlet` or `review`.
    pub kind: &'static str,
    pub id: String,
    /// Name, wording, or for a review its verdict.
    pub name: String,
    pub file: String,
    pub from: String,
}

/// A name in the input found to be a record the data already has.
#[derive(Debug, Serialize)]
pub struct Matched {
    pub kind: RecordKind,
    pub input: String,
    pub id: String,
    /// What matched: `claim wording`, `name` (names, aliases, ids) or `url`
    /// (the document lies on the outlet's site).
    pub by: &'static str,
    pub from: String,
}

/// An item not imported, and why.
#[derive(Debug, Serialize)]
pub struct Skipped {
    pub from: String,
    pub reason: String,
}

/// Something left out or guessed while importing an item.
#[derive(Debug, Serialize)]
pub struct Note {
    pub from: String,
    pub note: String,
}

/// A file written, or to be written in a dry run.
#[derive(Debug, Serialize)]
pub struct FileOut {
    pub path: String,
    pub records: usize,
    /// The unified diff, in a dry run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff: Option<String>,
}

impl Answer for ImportReport {
    fn text(&self, style: &Style) -> String {
        let plural = |n: usize, noun: &str| format!("{n} {noun}{}", if n == 1 { "" } else { "s" });
        let mut out = format!(
            "import {}: {} read; ",
            self.format,
            plural(self.reviews_read, "review")
        );
        out.push_str(&match (self.dry_run, self.files.len()) {
            (true, n) => format!(
                "dry run, {} would be written, nothing was\n",
                plural(n, "file")
            ),
            (false, 0) => "nothing to write\n".to_string(),
            (false, n) => format!("{} written\n", plural(n, "file")),
        });
        if !self.created.is_empty() {
            out.push_str(&format!("\n{}\n", style.bold("created")));
            for c in &self.created {
                out.push_str(&format!(
                    "  {:<7} {}  {}\n          {} · from {}\n",
                    c.kind, c.id, c.name, c.file, c.from
                ));
            }
        }
        if !self.matched.is_empty() {
            out.push_str(&format!(
                "\n{}\n",
                style.bold("matched to existing records")
            ));
            for m in &self.matched {
                out.push_str(&format!(
                    "  {:<7} \"{}\" → {} (by {}) · from {}\n",
                    m.kind.name(),
                    m.input,
                    m.id,
                    m.by,
                    m.from
                ));
            }
        }
        if !self.skipped.is_empty() {
            out.push_str(&format!("\n{}\n", style.bold("skipped")));
            for s in &self.skipped {
                out.push_str(&format!("  {}: {}\n", s.from, s.reason));
            }
        }
        if !self.notes.is_empty() {
            out.push_str(&format!("\n{}\n", style.bold("notes")));
            for n in &self.notes {
                out.push_str(&format!("  {}: {}\n", n.from, n.note));
            }
        }
        if !self.files.is_empty() {
            out.push_str(&format!("\n{}\n", style.bold("files")));
            for f in &self.files {
                out.push_str(&format!("  {} ({})\n", f.path, plural(f.records, "record")));
            }
        }
        for diff in self.files.iter().filter_map(|f| f.diff.as_ref()) {
            out.push('\n');
            out.push_str(diff);
        }
        out
    }
}
