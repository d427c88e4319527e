//! Questions an analyst asks of the data, one per file. Each returns a
//! serialisable answer as plain data; [`crate::present`] renders it.

pub mod contradictions;
pub mod coverage;
pub mod listing;
pub mod origins;
pub mod queue;
pub mod repeats;
pub mod said;
pub mod search;
pub mod show;
pub mod similar;
pub mod sources;
pub mod statements;
pub mod stats;
pub mod timeline;
pub mod trace;

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::affiliation::{self, Place};
use crate::model::{Dataset, RecordKind};

/// Another desk's verdict on a claim, as answers show it: whose it is,
/// where it is published and what they rated it, verbatim.
#[derive(Debug, Clone, Serialize, JsonSchema, PartialEq, Eq)]
pub struct ExternalVerdict {
    /// The organisation that published it; `None` when the import did not say.
    pub publisher: Option<String>,
    /// Where they published it; `None` when not given.
    pub url: Option<String>,
    /// Their rating's label (`Mostly False`), or the label of our verdict
    /// it was read as; `None` when they gave none.
    pub verdict: Option<String>,
    /// Their own words, when the verdict is ours read from other words (a
    /// label of the label table or of the desk's rating map); `None` when
    /// `verdict` is already their label.
    pub their_label: Option<String>,
    /// When they published it; `None` when not given.
    pub published: Option<crate::model::date::PartialDate>,
}

impl ExternalVerdict {
    /// Other desks' verdicts on `claim`, in data order.
    pub fn of(data: &Dataset, claim: &str) -> Vec<ExternalVerdict> {
        data.external_reviews_of(claim)
            .map(|r| ExternalVerdict {
                publisher: r.publisher.as_ref().map(|p| p.name.clone()),
                url: r.url.clone(),
                verdict: r.verdict.as_ref().map(|v| v.rating().label),
                their_label: r.rating.as_ref().map(|theirs| theirs.label.clone()).filter(
                    |theirs| {
                        r.verdict
                            .as_ref()
                            .is_none_or(|v| v.rating().label != *theirs)
                    },
                ),
                published: r.published,
            })
            .collect()
    }

    /// The verdict in words, with their own label when it is not the
    /// verdict's: `False (their label: Pants on Fire)`; `None` when they gave
    /// none.
    pub fn words(&self) -> Option<String> {
        let verdict = self.verdict.clone()?;
        Some(match &self.their_label {
            Some(theirs) => format!("{verdict} (their label: {theirs})"),
            None => verdict,
        })
    }

    /// The verdict in one line: `Mostly False (Example Fact Check, 2020-10-05, https://…)`,
    /// or `False (their label: Pants on Fire) (PolitiFact, …)`.
    pub fn line(&self) -> String {
        let details: Vec<String> = [
            self.publisher.clone(),
            self.published.map(|d| d.to_string()),
            self.url.clone(),
        ]
        .into_iter()
        .flatten()
        .collect();
        let verdict = self.words().unwrap_or_else(|| "no verdict".into());
        if details.is_empty() {
            verdict.to_string()
        } else {
            format!("{verdict} ({})", details.join(", "))
        }
    }
}

/// A record named in an answer: id, kind, display name and original-script name.
#[derive(Debug, Clone, Serialize, JsonSchema, PartialEq, Eq)]
pub struct Ref {
    /// The record's id, as written in the data.
    pub id: String,
    /// `actor`, `outlet`, `entity`, `claim`, `source` or `statement`; null when no record has the id.
    pub kind: Option<RecordKind>,
    /// Display name: the English name (else the first given), a claim's
    /// text or a source's title; the id when the record has none.
    pub name: String,
    /// The first name not in English, usually in the original script (for a
    /// claim, its first non-English wording); omitted when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original: Option<String>,
}

impl Ref {
    /// Names record `id` of `data`; an unknown id gets no kind and itself as name.
    pub fn new(data: &Dataset, id: &str) -> Self {
        let (kind, name, original) = data.naming(id);
        Ref {
            id: id.to_string(),
            kind,
            name,
            original,
        }
    }

    /// `Name · الاسم` or just the name.
    pub fn label(&self) -> String {
        match &self.original {
            Some(original) if *original != self.name => format!("{} · {original}", self.name),
            _ => self.name.clone(),
        }
    }
}

/// Where a speaker belongs: the top of its `member_of` chain, country and side.
#[derive(Debug, Clone, Serialize, JsonSchema, PartialEq, Eq)]
pub struct Affiliation {
    /// The records above the speaker, nearest first, ending with `root`;
    /// empty when the speaker belongs to nothing.
    pub chain: Vec<Ref>,
    /// The top of the chain, or the speaker itself when it belongs to nothing.
    pub root: Ref,
    /// ISO 3166-1 alpha-2 code (`"AM"`) from the nearest record, the speaker
    /// first, that gives one (for an outlet, its state affiliation before its
    /// country); null when none does.
    pub country: Option<String>,
    /// The side in the conflict (`"Armenia"`) from the nearest actor that
    /// names one; null when none does.
    pub side: Option<String>,
}

impl Affiliation {
    /// Where `id` stands ([`affiliation::standing`]: the walk up its
    /// `member_of` or `owner`, worked out once by the check), with each
    /// record named.
    pub fn of(data: &Dataset, id: &str) -> Self {
        let standing = affiliation::standing(data, id);
        Affiliation {
            chain: standing
                .above
                .iter()
                .map(|node| Ref::new(data, node))
                .collect(),
            root: Ref::new(data, standing.root(id)),
            country: standing.country.clone(),
            side: standing.side.clone(),
        }
    }

    /// Where `id` stands ([`Affiliation::place`]), without naming the
    /// records above it: for the answers that carry only the place.
    pub fn place_of(data: &Dataset, id: &str) -> Place {
        affiliation::standing(data, id).place()
    }

    /// The side, else the country, else unknown, saying which it is.
    pub fn place(&self) -> Place {
        Place::of(self.side.as_deref(), self.country.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn the_standings_kept_by_the_check_are_the_walk_up() {
        let ws =
            crate::workspace::Workspace::open(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"));
        let mut walked =
            crate::workspace::Workspace::open(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"))
                .data;
        walked.standings.clear();
        let parties = ws.data.actors.len() + ws.data.outlets.len();
        assert_eq!(ws.data.standings.len(), parties);
        for id in ws.data.actors.keys().chain(ws.data.outlets.keys()) {
            assert_eq!(
                Affiliation::of(&ws.data, id),
                Affiliation::of(&walked, id),
                "{id}"
            );
        }
        let sputnik = &ws.data.standings["sputnik"];
        assert_eq!(sputnik.above, ["rossiya-segodnya"]);
        assert_eq!(sputnik.root("sputnik"), "rossiya-segodnya");
        assert_eq!(sputnik.country.as_deref(), Some("RU"));
        // Not a party: it stands for itself, nowhere.
        let nobody = affiliation::standing(&ws.data, "no-such-id");
        assert_eq!(nobody.root("no-such-id"), "no-such-id");
        assert!(nobody.above.is_empty() && nobody.country.is_none());
    }
}
