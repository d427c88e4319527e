//! `similar --write`: the pairs a person picked, appended to `relations.ron`
//! as `SameAs` relations.
//!
//! The file is edited as text ([`append_to_list`]): the new relations go
//! after the last one, and every other byte (comments, blank lines, layout)
//! stays as written. The result is parsed as the loader would before it is
//! written ([`atomic::commit`]: atomically, and never over a file that
//! changed since it was read). `--dry-run` shows the diff instead.

use std::path::PathBuf;

use schemars::JsonSchema;
use serde::Serialize;

use crate::edit::atomic::{self, Snapshot};
use crate::edit::ron_text::{append_to_list, string_literal};
use crate::error::CommandError;
use crate::json::Answer;
use crate::load::layout::{DataLayout, FileKind};
use crate::load::parse::parse_file_text;
use crate::query::Ref;
use crate::query::similar::Pair;
use crate::workspace::Workspace;

/// What `similar --write` did, or would do under `--dry-run`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct WrittenRelations {
    /// The relations file written, or that would be written.
    pub file: PathBuf,
    /// The relations added, in the order picked.
    pub added: Vec<AddedRelation>,
    /// Whether nothing was written and `diff` shows the change instead.
    pub dry_run: bool,
    /// The unified diff, under `--dry-run`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff: Option<String>,
}

impl Answer for WrittenRelations {
    const SCHEMA: &'static str = "similar-write";
}

/// One relation written.
#[derive(Debug, Serialize, JsonSchema)]
pub struct AddedRelation {
    /// The rank the pair had in `similar`.
    pub rank: usize,
    /// The first claim.
    pub from: Ref,
    /// The second claim.
    pub to: Ref,
    /// The note recorded with it: the score and the signals.
    pub note: String,
}

const NEW_FILE: &str = "// Relations between claims: one claim Contradicts, Supports or is the SameAs another.\n[\n]\n";

/// Appends one `SameAs` relation per pair to the data's `relations.ron`
/// (created when missing), or shows the diff under `dry_run`.
///
/// # Errors
/// [`CommandError::Refused`] when `pairs` is empty, when the file does not
/// hold one list, or when the edited file would not parse;
/// [`CommandError::Write`] when the file changed since it was read.
pub fn append_same_as(
    ws: &Workspace,
    pairs: &[&Pair],
    dry_run: bool,
) -> Result<WrittenRelations, CommandError> {
    if pairs.is_empty() {
        return Err(CommandError::Refused(
            "no pair was picked; nothing was written".into(),
        ));
    }
    let layout = DataLayout::new(&ws.dir);
    let path = layout
        .registry_file(FileKind::Relations)
        .expect("relations have a registry file");
    let snapshot = if dry_run {
        Snapshot::take_unlocked(&path)?
    } else {
        Snapshot::take(&path)?
    };
    let mut text = match snapshot.bytes {
        Some(_) => snapshot.text(),
        None => NEW_FILE.to_string(),
    };
    let mut added = Vec::new();
    for pair in pairs {
        let note = note(pair);
        let item = format!(
            "Relation(kind: SameAs, from: {}, to: {}, note: Some({}))",
            string_literal(&pair.a.claim.id),
            string_literal(&pair.b.claim.id),
            string_literal(&note)
        );
        text = append_to_list(&text, &item)
            .map_err(|e| CommandError::Refused(format!("{}: {e}", path.display())))?;
        added.push(AddedRelation {
            rank: pair.rank,
            from: pair.a.claim.clone(),
            to: pair.b.claim.clone(),
            note,
        });
    }
    parse_file_text(FileKind::Relations, &text).map_err(|why| {
        CommandError::Refused(format!(
            "the edited {} would not parse ({why}); nothing was written",
            path.display()
        ))
    })?;
    let diff = dry_run.then(|| atomic::diff(&snapshot, &text));
    if !dry_run {
        atomic::commit(&snapshot, text.as_bytes())?;
    }
    Ok(WrittenRelations {
        file: path,
        added,
        dry_run,
        diff,
    })
}

/// `Suggested by claimgraph similar (score 0.820: entities karabakh; …); picked by hand.`
fn note(pair: &Pair) -> String {
    let signals: Vec<String> = pair
        .reasons
        .iter()
        .map(|r| {
            if r.shared.is_empty() {
                r.signal.name().to_string()
            } else {
                format!("{} {}", r.signal.name(), r.shared.join(", "))
            }
        })
        .collect();
    format!(
        "Suggested by claimgraph similar (score {:.3}: {}); picked by hand.",
        pair.score,
        signals.join("; ")
    )
}
