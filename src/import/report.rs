//! What an import did: the records it created and where, the records it
//! matched instead of duplicating, what it skipped and why, and the files it
//! wrote (or, in a dry run, the diffs it would apply).

use schemars::JsonSchema;
use serde::Serialize;

use crate::json::Answer;
use crate::model::RecordKind;

/// What one `claimgraph import` run did or, in a dry run, would do.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ImportReport {
    /// `claimreview` or `csv`.
    pub format: &'static str,
    /// Whether nothing was written and `files` carry diffs instead.
    pub dry_run: bool,
    /// Reviews found in the input, imported or not.
    pub reviews_read: usize,
    /// New records, in the order they were written.
    pub created: Vec<Created>,
    /// Names in the input resolved to existing records instead of new ones.
    pub matched: Vec<Matched>,
    /// Input items not imported, with the reason.
    pub skipped: Vec<Skipped>,
    /// Things left out or guessed while importing items that were imported.
    pub notes: Vec<Note>,
    /// Files written, or that would be written in a dry run.
    pub files: Vec<FileOut>,
}

impl Answer for ImportReport {
    const SCHEMA: &'static str = "import";
}

/// A new record.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Created {
    /// `claim`, `actor`, `outlet` or `review`.
    pub kind: &'static str,
    /// Id of the new record (for a review, the id of the claim it reviews).
    pub id: String,
    /// Name, wording, or for a review its verdict.
    pub name: String,
    /// Path of the file the record is written to.
    pub file: String,
    /// Where the item was read, as `feed.json item 2` or `sheet.csv row 5`.
    pub from: String,
}

/// A name in the input found to be a record the data already has.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Matched {
    /// Kind of the existing record.
    pub kind: RecordKind,
    /// The name or wording as the input gives it.
    pub input: String,
    /// Id of the existing record it matched.
    pub id: String,
    /// What matched: `claim wording`, `name` (names, aliases, ids) or `url`
    /// (the document lies on the outlet's site).
    pub by: &'static str,
    /// Where the item was read, as `feed.json item 2` or `sheet.csv row 5`.
    pub from: String,
}

/// An item not imported, and why.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Skipped {
    /// Where the item was read, as `feed.json item 2` or `sheet.csv row 5`.
    pub from: String,
    /// Why it was not imported, in words.
    pub reason: String,
}

/// Something left out or guessed while importing an item.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Note {
    /// Where the item was read, as `feed.json item 2` or `sheet.csv row 5`.
    pub from: String,
    /// What was left out or guessed, in words.
    pub note: String,
}

/// A file written, or to be written in a dry run.
#[derive(Debug, Serialize, JsonSchema)]
pub struct FileOut {
    /// Path of the file, as displayed.
    pub path: String,
    /// Number of records the file holds.
    pub records: usize,
    /// The unified diff, in a dry run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff: Option<String>,
}
