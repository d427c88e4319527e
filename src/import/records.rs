//! The RON text of the records an import creates, laid out as an annotator
//! writes them, with a comment saying where they came from. Every string
//! goes through [`string_literal`], so quotes, backslashes and control
//! characters in imported text cannot break out of it.

use super::plan::{NewActor, NewClaim, NewOutlet, NewReview};
use crate::edit::ron_text::string_literal;
use crate::model::{Rating, Verdict};

/// A list file of new actors, outlets or claims: `what` names them.
pub(super) fn list(format: &str, source: &str, what: &str, items: &[String]) -> String {
    let mut out = format!(
        "// New {what} imported by `claimgraph import {format}` from {source}.\n\
         // Each note says where the record came from and what was guessed; check those.\n[\n"
    );
    for item in items {
        out.push_str(item);
    }
    out.push_str("]\n");
    out
}

/// One `Actor(...)` entry of a list file: id, kind, its one name and the note.
pub(super) fn actor(actor: &NewActor) -> String {
    format!(
        "    Actor(\n        id: {},\n        kind: {},\n        names: {{ {}: {} }},\n        note: {},\n    ),\n",
        string_literal(&actor.id),
        actor.kind,
        string_literal(&actor.language),
        string_literal(&actor.name),
        string_literal(&actor.note),
    )
}

/// One `Outlet(...)` entry of a list file, of kind `Website`: id, its one name and the note.
pub(super) fn outlet(outlet: &NewOutlet) -> String {
    format!(
        "    Outlet(\n        id: {},\n        kind: Website,\n        names: {{ {}: {} }},\n        note: {},\n    ),\n",
        string_literal(&outlet.id),
        string_literal(&outlet.language),
        string_literal(&outlet.name),
        string_literal(&outlet.note),
    )
}

/// One `Claim(...)` entry of a list file, of kind `Fact`, with `original` when the
/// wording is not English.
pub(super) fn claim(claim: &NewClaim) -> String {
    let original = claim
        .original_language
        .as_ref()
        .map(|lang| {
            format!(
                "        original: {{ {}: {} }},\n",
                string_literal(lang),
                string_literal(&claim.text)
            )
        })
        .unwrap_or_default();
    format!(
        "    Claim(\n        id: {},\n        kind: Fact,\n        text: {},\n{original}        note: {},\n    ),\n",
        string_literal(&claim.id),
        string_literal(&claim.text),
        string_literal(&claim.note),
    )
}

/// One `ExternalReview(...)` entry of a list file: the other desk's review
/// as they published it, with their publisher, URL and rating verbatim.
/// It is never our review: it leaves the claim in our queue and stays out
/// of our ClaimReview export.
pub(super) fn external_review(review: &NewReview) -> String {
    let incoming = &review.incoming;
    let mut fields: Vec<(&str, String)> = vec![("claim", string_literal(&review.claim))];
    let mut optional = |name: &'static str, value: Option<String>| {
        if let Some(value) = value {
            fields.push((name, value));
        }
    };
    optional(
        "publisher",
        incoming.publisher.as_ref().map(|p| {
            let url = p
                .url
                .as_deref()
                .map(|u| format!(", url: {}", string_literal(u)))
                .unwrap_or_default();
            format!("Publisher(name: {}{url})", string_literal(&p.name))
        }),
    );
    optional("url", incoming.url.as_deref().map(string_literal));
    optional("verdict", incoming.verdict.as_ref().map(verdict));
    optional("rating", incoming.rating.as_ref().map(rating));
    optional("reviewer", incoming.reviewer.as_deref().map(string_literal));
    optional("language", incoming.language.as_deref().map(string_literal));
    optional(
        "published",
        incoming
            .published
            .or(incoming.updated)
            .or(incoming.created)
            .map(|d| string_literal(&d.to_string())),
    );
    optional(
        "rationale",
        incoming.rationale.as_deref().map(string_literal),
    );
    optional(
        "claimants",
        (!review.claimants.is_empty()).then(|| {
            let ids: Vec<String> = review.claimants.iter().map(|c| string_literal(c)).collect();
            format!("[{}]", ids.join(", "))
        }),
    );
    optional(
        "appearances",
        (!review.appearances.is_empty()).then(|| {
            let items: String = review
                .appearances
                .iter()
                .map(|(sighting, outlet)| {
                    let parts: Vec<String> = [
                        ("url", sighting.url.clone()),
                        ("title", sighting.title.clone()),
                        ("outlet", outlet.clone()),
                        ("date", sighting.date.map(|d| d.to_string())),
                    ]
                    .into_iter()
                    .filter_map(|(name, value)| {
                        value.map(|v| format!("{name}: {}", string_literal(&v)))
                    })
                    .collect();
                    format!("            Appearance({}),\n", parts.join(", "))
                })
                .collect();
            format!("[\n{items}        ]")
        }),
    );
    let mut note = format!("Imported from {}.", review.from.origin);
    if !incoming.notes.is_empty() {
        note.push_str(&format!(" Notes: {}.", incoming.notes.join("; ")));
    }
    optional("note", Some(string_literal(&note)));
    let body: String = fields
        .iter()
        .map(|(name, value)| format!("        {name}: {value},\n"))
        .collect();
    format!("    ExternalReview(\n{body}    ),\n")
}

/// The verdict as RON writes it: its name, or a publisher's own rating in full.
fn verdict(verdict: &Verdict) -> String {
    match verdict {
        Verdict::Other(theirs) => format!("Other({})", rating(theirs)),
        named => named.name().unwrap_or_default().to_string(),
    }
}

/// A rating as RON writes it, `Rating(label: …, value: …)`.
fn rating(rating: &Rating) -> String {
    let mut parts = vec![format!("label: {}", string_literal(&rating.label))];
    for (name, value) in [
        ("value", rating.value),
        ("best", rating.best),
        ("worst", rating.worst),
    ] {
        if let Some(value) = value {
            parts.push(format!("{name}: {value}"));
        }
    }
    format!("Rating({})", parts.join(", "))
}
