//! What an import did: the records it created and where, the records it
//! matched instead of duplicating, what it skipped and why, and the files it
//! wrote (or, in a dry run, the diffs it would apply).

use serde::Serialize;

use crate::model::RecordKind;

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
