//! The checked data set: every reference resolved, every quote found.
//!
//! Built by [`crate::check`] from [`crate::raw`] records. Collections are
//! [`IndexMap`]s keyed by id, in the order the files were read, so every
//! answer comes out in the same order for the same data.

pub mod affiliation;
pub mod date;
pub mod review;

use std::ops::Range;
use std::path::PathBuf;

use indexmap::IndexMap;
use serde::Serialize;

use crate::model::date::PartialDate;
pub use crate::raw::Names;
use crate::source::files::Location;
pub use crate::vocab::{
    ActorKind, BackgroundKind, Bearing, Channel, ClaimKind, EntityKind, EvidenceGrade, OutletKind,
    Publisher, Rating, RecordKind, RelationKind, ReviewStatus, SCALE_BEST, SCALE_WORST, Stance,
    Verdict,
};

/// A speaker or relay: an actor or an outlet.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Party {
    pub kind: RecordKind,
    pub id: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Actor {
    pub id: String,
    pub kind: ActorKind,
    pub names: Names,
    pub aliases: Vec<String>,
    pub country: Option<String>,
    pub side: Option<String>,
    pub role: Option<String>,
    pub member_of: Option<String>,
    pub note: Option<String>,
    #[serde(skip)]
    pub location: Location,
}

#[derive(Debug, Clone, Serialize)]
pub struct Outlet {
    pub id: String,
    pub kind: OutletKind,
    pub names: Names,
    pub aliases: Vec<String>,
    pub country: Option<String>,
    pub languages: Vec<String>,
    pub url: Option<String>,
    pub owner: Option<Party>,
    pub state_affiliation: Option<String>,
    pub note: Option<String>,
    #[serde(skip)]
    pub location: Location,
}

#[derive(Debug, Clone, Serialize)]
pub struct Entity {
    pub id: String,
    pub kind: EntityKind,
    pub names: Names,
    pub aliases: Vec<String>,
    pub note: Option<String>,
    #[serde(skip)]
    pub location: Location,
}

#[derive(Debug, Clone, Serialize)]
pub struct Triple {
    pub subject: String,
    pub predicate: String,
    pub object: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Claim {
    pub id: String,
    pub kind: ClaimKind,
    pub text: String,
    pub original: Names,
    pub about: Vec<String>,
    pub triple: Option<Triple>,
    pub tags: Vec<String>,
    pub note: Option<String>,
    #[serde(skip)]
    pub location: Location,
}

#[derive(Debug, Clone, Serialize)]
pub struct Source {
    pub id: String,
    pub file: PathBuf,
    pub outlet: Option<String>,
    pub via: Vec<String>,
    pub date: Option<PartialDate>,
    pub language: String,
    pub title: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
    pub note: Option<String>,
    pub statements: Vec<String>,
    pub background: Vec<Background>,
    #[serde(skip)]
    pub location: Location,
}

/// A passage of a source deliberately left unannotated.
#[derive(Debug, Clone, Serialize)]
pub struct Background {
    pub quote: String,
    pub kind: BackgroundKind,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Statement {
    pub id: String,
    pub source: String,
    pub claim: String,
    pub speaker: Party,
    pub stance: Stance,
    pub relay: Vec<Party>,
    pub channel: Option<Channel>,
    pub date: Option<PartialDate>,
    pub quote: String,
    pub translation: Option<String>,
    pub note: Option<String>,
    /// Byte range of the quote in the source text.
    #[serde(skip)]
    pub quote_span: Range<usize>,
    #[serde(skip)]
    pub location: Location,
}

#[derive(Debug, Clone, Serialize)]
pub struct Relation {
    pub kind: RelationKind,
    pub from: String,
    pub to: String,
    pub note: Option<String>,
    pub grounds: Vec<String>,
    #[serde(skip)]
    pub location: Location,
}

/// Everything the data directory says, checked and resolved.
#[derive(Debug, Default)]
pub struct Dataset {
    pub actors: IndexMap<String, Actor>,
    pub outlets: IndexMap<String, Outlet>,
    pub entities: IndexMap<String, Entity>,
    pub claims: IndexMap<String, Claim>,
    pub sources: IndexMap<String, Source>,
    pub statements: IndexMap<String, Statement>,
    pub relations: Vec<Relation>,
    /// Text of each source document, keyed by source id.
    pub texts: IndexMap<String, String>,
    /// Fact-check reviews, keyed by the claim they review.
    pub reviews: IndexMap<String, Review>,
    /// Statement ids of each claim, in data order: kept by [`Dataset::add_statement`].
    pub by_claim: IndexMap<String, Vec<String>>,
}

impl Dataset {
    /// The kind of record an id names, if any.
    pub fn kind_of(&self, id: &str) -> Option<RecordKind> {
        if self.actors.contains_key(id) {
            Some(RecordKind::Actor)
        } else if self.outlets.contains_key(id) {
            Some(RecordKind::Outlet)
        } else if self.entities.contains_key(id) {
            Some(RecordKind::Entity)
        } else if self.claims.contains_key(id) {
            Some(RecordKind::Claim)
        } else if self.sources.contains_key(id) {
            Some(RecordKind::Source)
        } else if self.statements.contains_key(id) {
            Some(RecordKind::Statement)
        } else {
            None
        }
    }

    /// The names of an actor, outlet or entity.
    fn names_of(&self, id: &str) -> Option<&Names> {
        self.actors
            .get(id)
            .map(|a| &a.names)
            .or_else(|| self.outlets.get(id).map(|o| &o.names))
            .or_else(|| self.entities.get(id).map(|e| &e.names))
    }

    /// The display name of any record: English first, then the first name given.
    pub fn name_of(&self, id: &str) -> String {
        if let Some(name) = self.names_of(id).and_then(display_name) {
            return name.to_string();
        }
        if let Some(claim) = self.claims.get(id) {
            return claim.text.clone();
        }
        if let Some(title) = self.sources.get(id).and_then(|s| s.title.clone()) {
            return title;
        }
        id.to_string()
    }

    /// The name in the original script, when it differs from the display name.
    pub fn original_name_of(&self, id: &str) -> Option<String> {
        let names = self
            .names_of(id)
            .or_else(|| self.claims.get(id).map(|c| &c.original))?;
        names
            .iter()
            .find(|(lang, _)| lang.as_str() != crate::text::lang::CANONICAL)
            .map(|(_, name)| name.clone())
    }

    /// Statements of a claim, in data order.
    ///
    /// Complexity: O(statements of the claim), through the `by_claim` index.
    pub fn statements_of(&self, claim: &str) -> impl Iterator<Item = &Statement> {
        self.by_claim
            .get(claim)
            .into_iter()
            .flatten()
            .filter_map(|id| self.statements.get(id))
    }

    /// Who carries a statement to its readers: the outlet publishing its
    /// document, then each party relaying it, in the order written.
    pub fn carriers<'d>(&'d self, statement: &'d Statement) -> impl Iterator<Item = &'d str> {
        self.sources
            .get(&statement.source)
            .and_then(|s| s.outlet.as_deref())
            .into_iter()
            .chain(statement.relay.iter().map(|p| p.id.as_str()))
    }

    /// Whether `party` carries `statement`: publishes its document or relays
    /// it ([`Dataset::carriers`]).
    pub fn carries(&self, party: &str, statement: &Statement) -> bool {
        self.carriers(statement).any(|c| c == party)
    }

    /// When a statement was made: its own date, else its source's.
    pub fn date_of(&self, statement: &Statement) -> Option<PartialDate> {
        statement
            .date
            .or_else(|| self.sources.get(&statement.source).and_then(|s| s.date))
    }

    /// Adds a statement and indexes it under its claim.
    pub fn add_statement(&mut self, statement: Statement) {
        self.by_claim
            .entry(statement.claim.clone())
            .or_default()
            .push(statement.id.clone());
        self.statements.insert(statement.id.clone(), statement);
    }
}

/// English name if given, else the first one.
pub fn display_name(names: &Names) -> Option<&str> {
    names
        .get(crate::text::lang::CANONICAL)
        .or_else(|| names.values().next())
        .map(String::as_str)
}

/// A fact-check review of one claim, checked.
#[derive(Debug, Clone, Serialize)]
pub struct Review {
    pub claim: String,
    pub status: ReviewStatus,
    pub verdict: Option<Verdict>,
    pub reviewer: Option<String>,
    pub publisher: Option<Publisher>,
    pub url: Option<String>,
    pub language: String,
    pub created: Option<PartialDate>,
    pub updated: Option<PartialDate>,
    pub published: Option<PartialDate>,
    pub rationale: Option<String>,
    pub evidence: Vec<Evidence>,
    pub history: Vec<Change>,
    /// Actor ids of who made the claim, beyond the data's statements.
    pub claimants: Vec<String>,
    pub appearances: Vec<Appearance>,
    pub note: Option<String>,
    #[serde(skip)]
    pub location: Location,
}

/// A document carrying a claim, known by its address.
#[derive(Debug, Clone, Serialize)]
pub struct Appearance {
    pub url: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<PartialDate>,
}

/// One graded piece of evidence.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    pub points_to: EvidenceTarget,
    pub grade: EvidenceGrade,
    pub bearing: Bearing,
    pub note: Option<String>,
}

/// What evidence rests on: a record of the data, or a page outside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase", tag = "kind", content = "id")]
pub enum EvidenceTarget {
    Statement(String),
    Source(String),
    Claim(String),
    Url(String),
}

/// One entry of a review's history.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub date: PartialDate,
    pub by: Option<String>,
    pub what: String,
}
