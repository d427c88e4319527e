//! Records exactly as an annotator writes them in RON, before any checking.
//!
//! These types mirror the files in `data/` field for field. They carry
//! [`Spanned`] strings wherever a later check may need to point back at the
//! text (ids, references, quotes, dates), and nothing in here is trusted: the
//! analyzer turns them into the resolved [`crate::model`] types.

use indexmap::IndexMap;
use serde::Deserialize;

use crate::source::span::Spanned;
use crate::vocab::{
    ActorKind, BackgroundKind, Bearing, Channel, ClaimKind, EntityKind, EvidenceGrade, OutletKind,
    Publisher, RelationKind, ReviewStatus, Stance, Verdict,
};

/// Names of a record keyed by language tag (`en`, `ar`, `ru`, `hy`, `az`…).
pub type Names = IndexMap<String, String>;

/// A person or organisation that speaks.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: Spanned<String>,
    pub kind: ActorKind,
    pub names: Names,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub side: Option<String>,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub member_of: Option<Spanned<String>>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A publisher of documents.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outlet {
    pub id: Spanned<String>,
    pub kind: OutletKind,
    pub names: Names,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub url: Option<String>,
    /// Id of the actor or outlet that owns this outlet.
    #[serde(default)]
    pub owner: Option<Spanned<String>>,
    /// Country code of the state that owns or funds the outlet.
    #[serde(default)]
    pub state_affiliation: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A thing claims are about: a weapon system, a place, a unit.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    pub id: Spanned<String>,
    pub kind: EntityKind,
    pub names: Names,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// One checkable proposition.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: Spanned<String>,
    pub kind: ClaimKind,
    /// Canonical English wording.
    pub text: String,
    /// The wording in the language(s) of the sources, keyed by language tag.
    #[serde(default)]
    pub original: Names,
    #[serde(default)]
    pub about: Vec<Spanned<String>>,
    #[serde(default)]
    pub triple: Option<Triple>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// An optional structured reading of a claim: subject and object are ids.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Triple {
    pub subject: Spanned<String>,
    pub predicate: String,
    #[serde(default)]
    pub object: Option<Spanned<String>>,
}

/// One document, with the statements it carries.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Spanned<String>,
    /// Path of the source text, relative to the data directory.
    pub file: Spanned<String>,
    #[serde(default)]
    pub outlet: Option<Spanned<String>>,
    /// Outlets the document itself credits as its own sources, nearest first.
    #[serde(default)]
    pub via: Vec<Spanned<String>>,
    #[serde(default)]
    pub date: Option<Spanned<String>>,
    pub language: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub statements: Vec<Statement>,
    /// Passages deliberately left unannotated, each with the reason.
    #[serde(default)]
    pub background: Vec<Background>,
}

/// A passage of a source that holds no claim to annotate, so that `coverage`
/// can tell a decision from a gap.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Background {
    /// Verbatim words of the source text, like a statement's quote.
    pub quote: Spanned<String>,
    pub kind: BackgroundKind,
    #[serde(default)]
    pub note: Option<String>,
}

/// A speaker stating a claim, as one document reports it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: Spanned<String>,
    pub claim: Spanned<String>,
    pub speaker: Spanned<String>,
    pub stance: Stance,
    /// Outlets or actors between the document and the speaker, nearest first.
    #[serde(default)]
    pub relay: Vec<Spanned<String>>,
    #[serde(default)]
    pub channel: Option<Channel>,
    #[serde(default)]
    pub date: Option<Spanned<String>>,
    /// Verbatim words of the source text, in its original script.
    pub quote: Spanned<String>,
    #[serde(default)]
    pub translation: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A relation between two claims.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    pub kind: RelationKind,
    pub from: Spanned<String>,
    pub to: Spanned<String>,
    #[serde(default)]
    pub note: Option<String>,
    /// Statement or source ids that ground the relation.
    #[serde(default)]
    pub grounds: Vec<Spanned<String>>,
}

/// A fact-check review of one claim, as written in `reviews/<claim>.ron`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub claim: Spanned<String>,
    pub status: ReviewStatus,
    #[serde(default)]
    pub verdict: Option<Verdict>,
    /// The person who reviewed the claim.
    #[serde(default)]
    pub reviewer: Option<String>,
    /// The fact-checking organisation that publishes the review.
    #[serde(default)]
    pub publisher: Option<Publisher>,
    /// Where the review is published.
    #[serde(default)]
    pub url: Option<Spanned<String>>,
    /// Language of the review (BCP 47), `en` when left out.
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub created: Option<Spanned<String>>,
    #[serde(default)]
    pub updated: Option<Spanned<String>>,
    #[serde(default)]
    pub published: Option<Spanned<String>>,
    /// Why the verdict follows from the evidence.
    #[serde(default)]
    pub rationale: Option<String>,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    #[serde(default)]
    pub history: Vec<Change>,
    /// Who made the claim, when no statement in the data records it (as for
    /// a review imported from another desk): actor ids.
    #[serde(default)]
    pub claimants: Vec<Spanned<String>>,
    /// Documents carrying the claim outside the annotated sources.
    #[serde(default)]
    pub appearances: Vec<Appearance>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A document carrying a claim, known by its address rather than its text.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Appearance {
    #[serde(default)]
    pub url: Option<Spanned<String>>,
    #[serde(default)]
    pub title: Option<String>,
    /// The outlet that published it: an outlet id.
    #[serde(default)]
    pub outlet: Option<Spanned<String>>,
    #[serde(default)]
    pub date: Option<Spanned<String>>,
}

/// One piece of evidence, graded and marked for or against the claim.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub points_to: EvidenceTarget,
    pub grade: EvidenceGrade,
    pub bearing: Bearing,
    #[serde(default)]
    pub note: Option<String>,
}

/// What an evidence item rests on: a record of the data or a page outside it.
#[derive(Debug, Deserialize)]
pub enum EvidenceTarget {
    Statement(Spanned<String>),
    Source(Spanned<String>),
    Claim(Spanned<String>),
    Url(Spanned<String>),
}

/// One entry of a review's history.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    pub date: Spanned<String>,
    #[serde(default)]
    pub by: Option<String>,
    pub what: String,
}
