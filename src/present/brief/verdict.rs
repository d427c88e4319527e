//! The review's part of the brief: the verdict with who gave it and when,
//! and the table of graded evidence, each item resolved to what it points at.

use crate::model::{
    Bearing, Dataset, EvidenceGrade, EvidenceTarget, Review, ReviewStatus, Verdict,
};
use crate::present::brief::document::{Block, Inline, text};
use crate::present::brief::sections::{
    heading, joined, name, name_and_id, quotation, source_name, strong_name,
};
use crate::query::Ref;
use crate::text::words::count;

/// The verdict and everything said about how it was reached.
pub fn verdict_section(data: &Dataset, review: Option<&Review>) -> Vec<Block> {
    let mut blocks = vec![heading(2, "Verdict")];
    let Some(review) = review else {
        blocks.push(Block::Paragraph(vec![
            text("No review yet. Start one with "),
            Inline::Code("claimgraph review start".into()),
            text("."),
        ]));
        return blocks;
    };
    blocks.push(Block::Facts(review_facts(data, review)));
    blocks.push(heading(3, "Rationale"));
    blocks.push(Block::Paragraph(vec![text(
        review.rationale.as_deref().unwrap_or("Not written yet."),
    )]));
    if !review.appearances.is_empty() {
        blocks.push(heading(3, "Also carried by"));
        blocks.push(appearances_table(data, review));
    }
    blocks.push(heading(3, "History"));
    blocks.push(history(review));
    blocks
}

/// Other desks' verdicts on the claim, as they published them; nothing when
/// there are none. They are theirs, not ours: the brief says so.
pub fn external_section(data: &Dataset, claim: &str) -> Vec<Block> {
    let theirs = crate::query::ExternalVerdict::of(data, claim);
    if theirs.is_empty() {
        return Vec::new();
    }
    vec![
        heading(2, "Other desks' verdicts"),
        Block::Paragraph(vec![text(
            "Imported from other fact-checkers; their verdicts, not ours.",
        )]),
        Block::Table {
            head: ["Publisher", "Verdict", "Published", "Address"]
                .map(String::from)
                .to_vec(),
            rows: theirs
                .iter()
                .map(|r| {
                    vec![
                        vec![text(r.publisher.clone().unwrap_or_default())],
                        vec![text(r.words().unwrap_or_default())],
                        vec![text(r.published.map(|d| d.to_string()).unwrap_or_default())],
                        r.url.iter().map(|u| address(u)).collect(),
                    ]
                })
                .collect(),
        },
    ]
}

/// A link whose text is its own address.
fn address(url: &str) -> Inline {
    Inline::Link {
        text: url.to_string(),
        url: url.to_string(),
    }
}

/// The review's label–value facts: verdict, status, who, where, when.
fn review_facts(data: &Dataset, review: &Review) -> Vec<(String, Vec<Inline>)> {
    let verdict = match &review.verdict {
        Some(verdict) => {
            let (label, place) = verdict_words(verdict);
            vec![Inline::Strong(label), text(place)]
        }
        None => vec![text("none yet")],
    };
    let mut facts = vec![
        ("Verdict".to_string(), verdict),
        ("Status".into(), vec![text(status_words(review.status))]),
    ];
    if let Some(reviewer) = &review.reviewer {
        facts.push(("Reviewer".into(), vec![text(reviewer)]));
    }
    if let Some(publisher) = &review.publisher {
        let shown = match &publisher.url {
            Some(url) => Inline::Link {
                text: publisher.name.clone(),
                url: url.clone(),
            },
            None => text(&publisher.name),
        };
        facts.push(("Publisher".into(), vec![shown]));
    }
    if let Some(url) = &review.url {
        facts.push(("Published at".into(), vec![address(url)]));
    }
    facts.push(("Language".into(), vec![text(&review.language)]));
    for (label, date) in [
        ("Created", review.created),
        ("Updated", review.updated),
        ("Published", review.published),
    ] {
        if let Some(date) = date {
            facts.push((label.into(), vec![text(date.to_string())]));
        }
    }
    if !review.claimants.is_empty() {
        let claimants = review
            .claimants
            .iter()
            .map(|c| name_and_id(&Ref::new(data, c)));
        facts.push(("Claimants".into(), joined(claimants, ", ")));
    }
    if let Some(note) = &review.note {
        facts.push(("Note".into(), vec![text(note)]));
    }
    facts
}

/// Where else the claim appeared, as the review records it.
fn appearances_table(data: &Dataset, review: &Review) -> Block {
    Block::Table {
        head: ["Date", "Outlet", "Title", "Address"]
            .map(String::from)
            .to_vec(),
        rows: review
            .appearances
            .iter()
            .map(|a| {
                vec![
                    vec![text(a.date.map(|d| d.to_string()).unwrap_or_default())],
                    a.outlet
                        .as_ref()
                        .map(|o| name(&Ref::new(data, o)))
                        .unwrap_or_default(),
                    vec![text(a.title.clone().unwrap_or_default())],
                    a.url.iter().map(|u| address(u)).collect(),
                ]
            })
            .collect(),
    }
}

/// The review's history, oldest first, or a line saying there is none.
fn history(review: &Review) -> Block {
    if review.history.is_empty() {
        return Block::Paragraph(vec![text("No change recorded.")]);
    }
    Block::Table {
        head: ["Date", "By", "Change"].map(String::from).to_vec(),
        rows: review
            .history
            .iter()
            .map(|c| {
                vec![
                    vec![text(c.date.to_string())],
                    vec![text(c.by.clone().unwrap_or_default())],
                    change_words(&c.what),
                ]
            })
            .collect(),
    }
}

/// A history entry in words. `review` records its changes in a short form
/// (`evidence Claim("x") (PhysicalEvidence, Supports); verdict MostlyTrue`);
/// each known part is spelled out (`evidence: claim x (physical evidence,
/// supports)`), and an entry with any part this does not know, written by
/// hand or by another version, is shown verbatim.
fn change_words(what: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    for (i, part) in what.split("; ").enumerate() {
        let Some(words) = change_part_words(part) else {
            return vec![text(what)];
        };
        if i > 0 {
            out.push(text("; "));
        }
        out.extend(words);
    }
    out
}

/// One part of a history entry in words, when it has a shape `review` writes.
fn change_part_words(part: &str) -> Option<Vec<Inline>> {
    let (head, rest) = part.split_once(' ').unwrap_or((part, ""));
    Some(match (head, rest) {
        ("started", "the review") | ("published", "") => vec![text(part)],
        ("rationale", "") => vec![text("rationale written")],
        ("status", name) => {
            let status = *ReviewStatus::ALL.iter().find(|s| s.name() == name)?;
            let words = match status {
                ReviewStatus::Reviewed => "reviewed",
                status => status_words(status),
            };
            vec![text(format!("status: {words}"))]
        }
        ("verdict", name) => {
            let verdict = Verdict::NAMED.iter().find(|v| v.name() == Some(name))?;
            vec![text(format!("verdict: {}", verdict.rating().label))]
        }
        ("url", url) if !url.is_empty() && !url.contains(' ') => {
            vec![text("address: "), address(url)]
        }
        ("evidence", item) => evidence_change_words(item)?,
        _ => return None,
    })
}

/// `Claim("x") (PhysicalEvidence, Supports)` → `evidence: claim x (physical
/// evidence, supports)`.
fn evidence_change_words(item: &str) -> Option<Vec<Inline>> {
    let (kind, rest) = item.split_once("(\"")?;
    let (value, rest) = string_body(rest)?;
    let (grade, bearing) = rest
        .strip_prefix(") (")?
        .strip_suffix(')')?
        .split_once(", ")?;
    let grade = *EvidenceGrade::ALL.iter().find(|g| g.name() == grade)?;
    let bearing = *Bearing::ALL.iter().find(|b| b.name() == bearing)?;
    let mut out = vec![text("evidence: ")];
    match kind {
        "Statement" => out.extend([text("statement "), Inline::Code(value)]),
        "Source" => out.extend([text("source "), Inline::Code(value)]),
        "Claim" => out.extend([text("claim "), Inline::Code(value)]),
        "Url" => out.push(address(&value)),
        _ => return None,
    }
    out.push(text(format!(
        " ({}, {})",
        grade_words(grade),
        bearing_words(bearing)
    )));
    Some(out)
}

/// The body of a RON string whose opening quote has been read, and what
/// follows its closing quote; `None` for an escape other than `\"` and `\\`.
fn string_body(text: &str) -> Option<(String, &str)> {
    let mut value = String::new();
    let mut chars = text.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => return Some((value, &text[at + 1..])),
            '\\' => match chars.next()?.1 {
                c @ ('"' | '\\') => value.push(c),
                _ => return None,
            },
            c => value.push(c),
        }
    }
    None
}

/// The graded evidence, one row per item, in the review's order.
pub fn evidence_section(data: &Dataset, review: Option<&Review>) -> Vec<Block> {
    let mut blocks = vec![heading(2, "Evidence")];
    let Some(review) = review else {
        blocks.push(Block::Paragraph(vec![text(
            "No review yet, so no evidence has been graded.",
        )]));
        return blocks;
    };
    if review.evidence.is_empty() {
        blocks.push(Block::Paragraph(vec![text(
            "The review lists no evidence yet.",
        )]));
        return blocks;
    }
    let supporting = review
        .evidence
        .iter()
        .filter(|e| e.bearing == Bearing::Supports)
        .count();
    blocks.push(Block::Paragraph(vec![text(format!(
        "{}: {supporting} supporting the claim, {} refuting it.",
        count(review.evidence.len(), "item"),
        review.evidence.len() - supporting
    ))]));
    blocks.push(Block::Table {
        head: ["#", "Points to", "Grade", "Bearing", "Note"]
            .map(String::from)
            .to_vec(),
        rows: review
            .evidence
            .iter()
            .enumerate()
            .map(|(i, e)| {
                vec![
                    vec![text((i + 1).to_string())],
                    target(data, &e.points_to),
                    vec![text(grade_words(e.grade))],
                    vec![text(bearing_words(e.bearing))],
                    vec![text(e.note.clone().unwrap_or_default())],
                ]
            })
            .collect(),
    });
    blocks
}

/// What an evidence item points at, spelled out: a statement's speaker, quote
/// and translation; a source's title, publisher and address; a claim's text;
/// or a link.
fn target(data: &Dataset, points_to: &EvidenceTarget) -> Vec<Inline> {
    let link = |url: &str| Inline::Link {
        text: url.to_string(),
        url: url.to_string(),
    };
    match points_to {
        EvidenceTarget::Statement(id) => {
            let mut out = vec![text("statement "), Inline::Code(id.clone())];
            let Some(statement) = data.statements.get(id) else {
                return out;
            };
            out.push(text(": "));
            out.extend(strong_name(&Ref::new(data, &statement.speaker.id)));
            out.push(Inline::Break);
            let source = data.sources.get(&statement.source);
            out.extend(quotation(
                &statement.quote,
                source.map(|s| s.language.as_str()),
            ));
            if let Some(translation) = &statement.translation {
                out.push(Inline::Break);
                out.push(text(format!("= “{translation}”")));
            }
            out.push(Inline::Break);
            out.push(text("in "));
            out.extend(source_line(data, &statement.source));
            out
        }
        EvidenceTarget::Source(id) => {
            let mut out = vec![text("source ")];
            out.extend(source_line(data, id));
            out
        }
        EvidenceTarget::Claim(id) => {
            let mut out = vec![text("claim "), Inline::Code(id.clone())];
            if data.claims.contains_key(id) {
                out.push(text(": "));
                out.extend(name(&Ref::new(data, id)));
            }
            out
        }
        EvidenceTarget::Url(url) => vec![link(url)],
    }
}

/// `Title (`id`), Outlet, 2020-09-28, https://…`.
fn source_line(data: &Dataset, id: &str) -> Vec<Inline> {
    let mut out = source_name(data, id);
    let Some(source) = data.sources.get(id) else {
        return out;
    };
    if let Some(outlet) = &source.outlet {
        out.push(text(", "));
        out.extend(name(&Ref::new(data, outlet)));
    }
    if let Some(date) = source.date {
        out.push(text(format!(", {date}")));
    }
    if let Some(url) = &source.url {
        out.push(text(", "));
        out.push(Inline::Link {
            text: url.clone(),
            url: url.clone(),
        });
    }
    out
}

/// The verdict's label, and its place on the rating scale in words:
/// `Misleading`, ` — rated 2 on a scale from 1 (worst) to 5 (best)`.
pub fn verdict_words(verdict: &Verdict) -> (String, String) {
    let rating = verdict.rating();
    let Some(value) = rating.value else {
        return (rating.label, " (not a degree of truth: no rating)".into());
    };
    let scale = match (rating.worst, rating.best) {
        (Some(worst), Some(best)) => format!(" on a scale from {worst} (worst) to {best} (best)"),
        (Some(worst), None) => format!(" (worst {worst})"),
        (None, Some(best)) => format!(" (best {best})"),
        (None, None) => String::new(),
    };
    (rating.label, format!(" — rated {value}{scale}"))
}

fn status_words(status: ReviewStatus) -> &'static str {
    match status {
        ReviewStatus::Unreviewed => "unreviewed",
        ReviewStatus::InProgress => "in progress",
        ReviewStatus::NeedsMoreEvidence => "needs more evidence",
        ReviewStatus::Reviewed => "reviewed, not yet published",
        ReviewStatus::Published => "published",
    }
}

fn grade_words(grade: EvidenceGrade) -> &'static str {
    match grade {
        EvidenceGrade::PhysicalEvidence => "physical evidence",
        EvidenceGrade::OfficialDocument => "official document",
        EvidenceGrade::OnRecord => "on the record",
        EvidenceGrade::Anonymous => "anonymous source",
        EvidenceGrade::Hearsay => "hearsay",
    }
}

fn bearing_words(bearing: Bearing) -> &'static str {
    match bearing {
        Bearing::Supports => "supports",
        Bearing::Refutes => "refutes",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Rating;

    /// The words of a history entry, as plain text (code spans in backticks).
    fn words(what: &str) -> String {
        change_words(what)
            .iter()
            .map(|inline| match inline {
                Inline::Text(t) => t.clone(),
                Inline::Code(c) => format!("`{c}`"),
                Inline::Link { text, .. } => format!("<{text}>"),
                other => panic!("unexpected {other:?}"),
            })
            .collect()
    }

    #[test]
    fn history_entries_written_by_review_are_put_into_words() {
        assert_eq!(
            words("evidence Claim(\"iskander-remains-found\") (PhysicalEvidence, Supports)"),
            "evidence: claim `iskander-remains-found` (physical evidence, supports)"
        );
        assert_eq!(
            words("evidence Statement(\"s000-32\") (OnRecord, Refutes)"),
            "evidence: statement `s000-32` (on the record, refutes)"
        );
        assert_eq!(
            words("evidence Url(\"https://x.org/\\\"q\") (Hearsay, Supports)"),
            "evidence: <https://x.org/\"q> (hearsay, supports)"
        );
        assert_eq!(
            words("verdict MostlyTrue; rationale"),
            "verdict: Mostly true; rationale written"
        );
        assert_eq!(
            words("status NeedsMoreEvidence; rationale"),
            "status: needs more evidence; rationale written"
        );
        assert_eq!(
            words("url https://claimgraph.example.org/fact-checks/x; published"),
            "address: <https://claimgraph.example.org/fact-checks/x>; published"
        );
        assert_eq!(words("started the review"), "started the review");
    }

    #[test]
    fn history_entries_of_any_other_shape_are_shown_verbatim() {
        for what in [
            "started",
            "verdict Sort of; rationale",
            "evidence Claim(\"x\") (Rumour, Supports)",
            "evidence Claim(\"x\\n\") (OnRecord, Supports)",
            "evidence Claim(\"x",
            "status Done",
            "| a |\n---",
            "",
        ] {
            assert_eq!(change_words(what), vec![text(what)], "{what:?}");
        }
    }

    #[test]
    fn verdicts_say_their_place_on_the_scale_or_that_they_have_none() {
        let words = |v: &Verdict| {
            let (label, place) = verdict_words(v);
            label + &place
        };
        assert_eq!(
            words(&Verdict::Misleading),
            "Misleading — rated 2 on a scale from 1 (worst) to 5 (best)"
        );
        assert_eq!(
            words(&Verdict::Unproven),
            "Unproven (not a degree of truth: no rating)"
        );
        let own = Verdict::Other(Rating {
            label: "Pants on fire".into(),
            value: Some(0),
            best: Some(6),
            worst: None,
        });
        assert_eq!(words(&own), "Pants on fire — rated 0 (best 6)");
    }
}
