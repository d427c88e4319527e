//! `review start|set|evidence|publish`: create and update review files.
//!
//! Each command reads `reviews/<claim>.ron`, changes only the spans it must
//! (a field's value, one new list item, one new field) with
//! [`crate::edit::ron_text`], checks that the result still parses as a
//! review, and writes it with [`crate::edit::atomic`]: atomically, and never
//! over a file that changed since it was read. `--dry-run` shows the diff.
//! Every change is also recorded in the review's `history`.

use std::path::PathBuf;

use schemars::JsonSchema;
use serde::Serialize;

use crate::edit::atomic::{self, Snapshot};
use crate::edit::ron_text::{EditError, append_item, set_field, string_literal};
use crate::error::CommandError;
use crate::json::Answer;
use crate::load::parse::parse_record;
use crate::model::date::PartialDate;
use crate::model::review::{Facts, missing_for, required_for};
use crate::model::{Bearing, EvidenceGrade, ReviewStatus, Verdict};
use crate::query::Ref;
use crate::raw;
use crate::text::safe::one_line;
use crate::text::url::is_web_address;
use crate::workspace::Workspace;

/// What a writing command did, or would do under `--dry-run`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Written {
    /// Path of the review file written, or that would be written.
    pub file: PathBuf,
    /// The claim the review is about.
    pub claim: Ref,
    /// Each change in words (`started the review`), as recorded in the review's history.
    pub changes: Vec<String>,
    /// Whether nothing was written and `diff` shows the change instead.
    pub dry_run: bool,
    /// The unified diff, under `--dry-run`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff: Option<String>,
}

impl Answer for Written {
    const SCHEMA: &'static str = "review-write";
}

/// What every command that writes a review takes, resolved.
#[derive(Debug, Clone)]
pub struct ReviewWrite {
    /// The id of the claim reviewed.
    pub claim: String,
    /// Who is making the change; recorded in the review's history.
    pub by: Option<String>,
    /// The date to record; today when `None`.
    pub date: Option<PartialDate>,
    /// Show the change as a diff and write nothing.
    pub dry_run: bool,
}

/// What `review set` changes; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct ReviewChanges {
    /// The new status.
    pub status: Option<ReviewStatus>,
    /// The verdict.
    pub verdict: Option<Verdict>,
    /// Why the verdict follows from the evidence.
    pub rationale: Option<String>,
    /// Where the review is published.
    pub url: Option<String>,
}

/// What an evidence item points at, resolved: a record of the data (its
/// kind and id) or a web page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EvidenceTarget {
    /// A statement id.
    Statement(String),
    /// A source id.
    Source(String),
    /// A claim id.
    Claim(String),
    /// An http(s) URL.
    Url(String),
}

impl EvidenceTarget {
    /// The target as RON writes it: `Statement("s001-01")`.
    fn ron(&self) -> String {
        let (kind, value) = match self {
            EvidenceTarget::Statement(id) => ("Statement", id),
            EvidenceTarget::Source(id) => ("Source", id),
            EvidenceTarget::Claim(id) => ("Claim", id),
            EvidenceTarget::Url(url) => ("Url", url),
        };
        format!("{kind}({})", string_literal(value))
    }
}

/// A review file being changed: what it held and what it will hold.
struct Draft {
    snapshot: Snapshot,
    text: String,
    claim: String,
    /// The claim as the written report names it.
    reference: Ref,
    changes: Vec<String>,
    date: String,
    by: Option<String>,
}

impl Draft {
    fn open(ws: &Workspace, common: &ReviewWrite) -> Result<Draft, CommandError> {
        let claim = common.claim.clone();
        let path = crate::load::layout::DataLayout::new(&ws.dir).review(&claim);
        let snapshot = if common.dry_run {
            Snapshot::take_unlocked(&path)
        } else {
            Snapshot::take(&path)
        }
        .map_err(|e| CommandError::Input(format!("cannot read {}: {e}", path.display())))?;
        let date = match &common.date {
            Some(date) => date.to_string(),
            None => jiff::Zoned::now().date().to_string(),
        };
        Ok(Draft {
            text: snapshot.text(),
            snapshot,
            reference: Ref::new(&ws.data, &claim),
            claim,
            changes: Vec::new(),
            date,
            by: common.by.clone(),
        })
    }

    fn exists(&self) -> bool {
        self.snapshot.bytes.is_some()
    }

    fn require_existing(&self) -> Result<(), CommandError> {
        if self.exists() {
            return Ok(());
        }
        Err(CommandError::Refused(format!(
            "claim `{}` has no review yet; start one with `claimgraph review start {}`",
            self.claim, self.claim
        )))
    }

    fn set(&mut self, field: &str, value: &str, change: String) -> Result<(), CommandError> {
        self.text = set_field(&self.text, field, value).map_err(|e| self.edit_error(e))?;
        self.changes.push(change);
        Ok(())
    }

    /// The review as the file holds it now, parsed.
    fn current(&self) -> Result<raw::Review, CommandError> {
        parse_record(&self.text).map_err(|why| {
            CommandError::Refused(format!(
                "{} does not parse ({why}); fix it first",
                self.snapshot.path.display()
            ))
        })
    }

    /// Refuses a status the review, with `facts`, may not have
    /// ([`crate::model::review::missing_for`]); `doing` names the change.
    fn require(
        &self,
        status: ReviewStatus,
        facts: &Facts,
        doing: &str,
    ) -> Result<(), CommandError> {
        let missing = missing_for(status, facts);
        if missing.is_empty() {
            return Ok(());
        }
        Err(CommandError::Refused(format!(
            "the review of `{}` cannot be {doing} yet: it lacks {}",
            self.claim,
            missing
                .iter()
                .map(|r| r.describe())
                .collect::<Vec<_>>()
                .join(", ")
        )))
    }

    fn edit_error(&self, error: EditError) -> CommandError {
        CommandError::Refused(format!("{}: {error}", self.snapshot.path.display()))
    }

    /// Records the changes in `history` and `updated`, checks the result and
    /// writes it (or shows it).
    fn finish(mut self, dry_run: bool) -> Result<Written, CommandError> {
        let what = self.changes.join("; ");
        let by = self
            .by
            .as_deref()
            .map(|b| format!(", by: Some({})", string_literal(b)))
            .unwrap_or_default();
        let change = format!(
            "Change(date: {}{by}, what: {})",
            string_literal(&self.date),
            string_literal(&what)
        );
        self.text = append_item(&self.text, "history", &change).map_err(|e| self.edit_error(e))?;
        self.text = set_field(
            &self.text,
            "updated",
            &format!("Some({})", string_literal(&self.date)),
        )
        .map_err(|e| self.edit_error(e))?;
        parse_record::<raw::Review>(&self.text).map_err(|why| {
            CommandError::Refused(format!(
                "the edited {} would not parse ({why}); nothing was written. Fix the file by hand (`claimgraph check` shows where)",
                self.snapshot.path.display()
            ))
        })?;
        let diff = dry_run.then(|| atomic::diff(&self.snapshot, &self.text));
        if !dry_run {
            atomic::commit(&self.snapshot, self.text.as_bytes())?;
        }
        Ok(Written {
            file: self.snapshot.path.clone(),
            claim: self.reference,
            changes: self.changes,
            dry_run,
            diff,
        })
    }
}

/// `review start`: a new review file, status InProgress; or an Unreviewed
/// review (say, one written by hand) moved to InProgress.
pub fn start(ws: &Workspace, common: &ReviewWrite) -> Result<Written, CommandError> {
    let mut draft = Draft::open(ws, common)?;
    if draft.exists() {
        let status = ws.data.reviews.get(&draft.claim).map(|r| r.status);
        if status != Some(ReviewStatus::Unreviewed) {
            return Err(CommandError::Refused(format!(
                "claim `{}` already has a review ({}); change it with `claimgraph review set`",
                draft.claim,
                status.map_or("unreadable", ReviewStatus::name)
            )));
        }
        draft.set("status", "InProgress", "started the review".into())?;
    } else {
        let claim = &ws.data.claims[&draft.claim];
        let reviewer = draft
            .by
            .as_deref()
            .map(|b| format!("    reviewer: Some({}),\n", string_literal(b)))
            .unwrap_or_default();
        draft.text = format!(
            "// Fact-check review of `{id}`: {text}\n\
             // Started with `claimgraph review start`; edit it by hand or with\n\
             // `claimgraph review set|evidence|publish`. Comments are kept.\n\
             Review(\n    claim: {claim},\n    status: InProgress,\n{reviewer}    created: Some({date}),\n    evidence: [],\n    history: [],\n)\n",
            id = draft.claim,
            text = one_line(&claim.text),
            claim = string_literal(&draft.claim),
            date = string_literal(&draft.date),
        );
        draft.changes.push("started the review".into());
    }
    draft.finish(common.dry_run)
}

/// `review set`: status, verdict, rationale and URL, each in place.
pub fn set(
    ws: &Workspace,
    common: &ReviewWrite,
    changes: &ReviewChanges,
) -> Result<Written, CommandError> {
    let ReviewChanges {
        status,
        verdict,
        rationale,
        url,
    } = changes;
    let mut draft = Draft::open(ws, common)?;
    draft.require_existing()?;
    if status.is_none() && verdict.is_none() && rationale.is_none() && url.is_none() {
        return Err(CommandError::Usage(
            "nothing to set: give a status, verdict, rationale or URL".into(),
        ));
    }
    if *status == Some(ReviewStatus::Published) {
        return Err(CommandError::Refused(
            "publish with `claimgraph review publish`, which checks the review is complete".into(),
        ));
    }
    if let Some(status) = status {
        if !required_for(*status).is_empty() {
            let current = draft.current()?;
            let facts = Facts {
                verdict: current.verdict.is_some() || verdict.is_some(),
                url: current.url.is_some() || url.is_some(),
                ..Facts::of_raw(&current)
            };
            draft.require(*status, &facts, &format!("marked {status}"))?;
        }
        let name = status.name();
        draft.set("status", name, format!("status {name}"))?;
    }
    if let Some(verdict) = verdict {
        let Some(name) = verdict.name() else {
            return Err(CommandError::Usage(
                "only a named verdict can be set; a publisher's own rating is imported".into(),
            ));
        };
        draft.set(
            "verdict",
            &format!("Some({name})"),
            format!("verdict {name}"),
        )?;
    }
    if let Some(rationale) = rationale {
        draft.set(
            "rationale",
            &format!("Some({})", string_literal(rationale)),
            "rationale".into(),
        )?;
    }
    if let Some(url) = url {
        set_url(&mut draft, url)?;
    }
    draft.finish(common.dry_run)
}

/// `review evidence`: one more evidence item.
pub fn evidence(
    ws: &Workspace,
    common: &ReviewWrite,
    points_to: &EvidenceTarget,
    grade: EvidenceGrade,
    bearing: Bearing,
    note: Option<&str>,
) -> Result<Written, CommandError> {
    let mut draft = Draft::open(ws, common)?;
    draft.require_existing()?;
    if let EvidenceTarget::Url(url) = points_to
        && !is_web_address(url)
    {
        return Err(CommandError::Usage(format!("`{url}` is not a web address")));
    }
    let target = points_to.ron();
    let note = note
        .map(|n| format!(", note: Some({})", string_literal(n)))
        .unwrap_or_default();
    let item = format!("Evidence(points_to: {target}, grade: {grade}, bearing: {bearing}{note})");
    draft.text = append_item(&draft.text, "evidence", &item).map_err(|e| draft.edit_error(e))?;
    draft
        .changes
        .push(format!("evidence {target} ({grade}, {bearing})"));
    draft.finish(common.dry_run)
}

/// `review publish`: status Published with today's date, once the review has
/// what Published needs ([`crate::model::review::missing_for`]).
pub fn publish(
    ws: &Workspace,
    common: &ReviewWrite,
    url: Option<&str>,
) -> Result<Written, CommandError> {
    let mut draft = Draft::open(ws, common)?;
    draft.require_existing()?;
    let current = draft.current()?;
    // The publication date is set here, with the status.
    let facts = Facts {
        url: current.url.is_some() || url.is_some(),
        published: true,
        ..Facts::of_raw(&current)
    };
    draft.require(ReviewStatus::Published, &facts, "published")?;
    if let Some(url) = url {
        set_url(&mut draft, url)?;
    }
    draft.set("status", "Published", "published".into())?;
    let date = format!("Some({})", string_literal(&draft.date));
    draft.text = set_field(&draft.text, "published", &date).map_err(|e| draft.edit_error(e))?;
    draft.finish(common.dry_run)
}

fn set_url(draft: &mut Draft, url: &str) -> Result<(), CommandError> {
    if !is_web_address(url) {
        return Err(CommandError::Usage(format!("`{url}` is not a web address")));
    }
    draft.set(
        "url",
        &format!("Some({})", string_literal(url)),
        format!("url {url}"),
    )
}
#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// A copy of the bundled data, to write reviews into.
    fn scratch() -> (tempfile::TempDir, Workspace) {
        fn copy(from: &Path, to: &Path) {
            std::fs::create_dir_all(to).unwrap();
            for entry in std::fs::read_dir(from).unwrap() {
                let entry = entry.unwrap();
                let target = to.join(entry.file_name());
                if entry.file_type().unwrap().is_dir() {
                    copy(&entry.path(), &target);
                } else {
                    std::fs::copy(entry.path(), target).unwrap();
                }
            }
        }
        let dir = tempfile::tempdir().unwrap();
        copy(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("data"),
            dir.path(),
        );
        let ws = Workspace::open(dir.path());
        (dir, ws)
    }

    fn common(claim: &str, dry_run: bool) -> ReviewWrite {
        ReviewWrite {
            claim: claim.into(),
            by: None,
            date: Some(PartialDate::parse("2026-11-02").unwrap()),
            dry_run,
        }
    }

    #[test]
    fn set_refuses_reviewed_without_a_verdict_before_writing() {
        let (_dir, ws) = scratch();
        let claim = ws
            .data
            .claims
            .keys()
            .find(|c| !ws.data.reviews.contains_key(*c))
            .expect("a claim without a review")
            .clone();
        start(&ws, &common(&claim, false)).unwrap();
        let path = ws.dir.join("reviews").join(format!("{claim}.ron"));
        let before = std::fs::read(&path).unwrap();
        let reviewed = ReviewChanges {
            status: Some(ReviewStatus::Reviewed),
            ..ReviewChanges::default()
        };
        let error = set(&ws, &common(&claim, false), &reviewed).unwrap_err();
        let CommandError::Refused(why) = &error else {
            panic!("not refused: {error}");
        };
        assert!(
            why.contains("cannot be marked Reviewed yet: it lacks a verdict"),
            "{why}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), before);
        let with_verdict = ReviewChanges {
            verdict: Some(Verdict::Unproven),
            ..reviewed
        };
        set(&ws, &common(&claim, true), &with_verdict).unwrap();
    }

    #[test]
    fn publish_asks_for_what_the_lifecycle_requires() {
        let (_dir, ws) = scratch();
        let claim = ws
            .data
            .claims
            .keys()
            .find(|c| !ws.data.reviews.contains_key(*c))
            .unwrap()
            .clone();
        start(&ws, &common(&claim, false)).unwrap();
        let Err(CommandError::Refused(why)) = publish(&ws, &common(&claim, true), None) else {
            panic!("an empty review was published");
        };
        assert!(
            why.contains("cannot be published yet: it lacks a verdict"),
            "{why}"
        );
        assert!(why.contains("evidence") && why.contains("URL"), "{why}");
        assert!(!why.contains("publication date"), "{why}");
    }
}
