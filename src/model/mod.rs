//! The checked data set: every reference resolved, every quote found.
//!
//! Built by [`crate::check`] from [`crate::raw`] records. Collections are
//! [`IndexMap`]s keyed by id, in the order the files were read, so every
//! answer comes out in the same order for the same data.

pub mod affiliation;
pub mod date;
pub mod ratings;
pub mod review;

use std::ops::Range;
use std::path::PathBuf;

use indexmap::IndexMap;
use schemars::JsonSchema;
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
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    JsonSchema,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
pub struct Party {
    /// Whether the party is an actor or an outlet ([`RecordKind::Actor`] or [`RecordKind::Outlet`]).
    pub kind: RecordKind,
    /// Id of the actor or outlet.
    pub id: String,
}

/// A person or organisation that speaks, or on whose behalf someone speaks (`actors.ron`).
#[derive(
    Debug, Clone, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
pub struct Actor {
    /// Unique id, e.g. `shushan-stepanyan`.
    pub id: String,
    /// What sort of speaker: person, ministry, government, anonymous source, ….
    pub kind: ActorKind,
    /// Names by language tag, in the order written (`"en"` first by convention).
    pub names: Names,
    /// Other spellings in any script, without a language; empty when none are given.
    pub aliases: Vec<String>,
    /// ISO 3166-1 alpha-2 code of the actor's country (`"AM"`); `None` for none, e.g. an unrecognised state.
    pub country: Option<String>,
    /// Side the actor is aligned with in the conflict (`"Armenia"`, `"Neutral"`); `None` when not given.
    pub side: Option<String>,
    /// Position or function of a person (`"Spokesperson of the Ministry of Defence"`); `None` when not given.
    pub role: Option<String>,
    /// Id of the actor this one belongs to (person → ministry → government → state); `None` at the top.
    pub member_of: Option<String>,
    /// Free notes from the annotator; `None` when there are none.
    pub note: Option<String>,
    /// Where the record is written in its data file.
    #[serde(skip)]
    pub location: Location,
}

/// A publisher of documents: news agency, broadcaster, newspaper, website, social account or think tank (`outlets.ron`).
#[derive(
    Debug, Clone, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
pub struct Outlet {
    /// Unique id, e.g. `sputnik`, `1tv-ge`.
    pub id: String,
    /// What sort of publisher: agency, TV, radio, newspaper, ….
    pub kind: OutletKind,
    /// Names by language tag, in the order written.
    pub names: Names,
    /// Other spellings, domains and abbreviations; empty when none are given.
    pub aliases: Vec<String>,
    /// ISO 3166-1 alpha-2 code of the country the outlet is based in; `None` when not given.
    pub country: Option<String>,
    /// Language tags the outlet publishes in (`["ar", "ru", "en"]`); empty when not given.
    pub languages: Vec<String>,
    /// Home page address; `None` when not given.
    pub url: Option<String>,
    /// The actor or outlet that owns this outlet (`sputnik` → `rossiya-segodnya`); `None` when not given.
    pub owner: Option<Party>,
    /// ISO code of the state that owns or funds the outlet (`"RU"` for Sputnik); `None` for private media.
    pub state_affiliation: Option<String>,
    /// Free notes from the annotator; `None` when there are none.
    pub note: Option<String>,
    /// Where the record is written in its data file.
    #[serde(skip)]
    pub location: Location,
}

/// A thing claims are about that neither speaks nor publishes: a weapon, place, unit or event (`entities.ron`).
#[derive(
    Debug, Clone, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
pub struct Entity {
    /// Unique id, e.g. `tos-1a`.
    pub id: String,
    /// What sort of thing: weapon, place, unit, event, organisation or other.
    pub kind: EntityKind,
    /// Names by language tag, in the order written; for places, the names each side uses.
    pub names: Names,
    /// Every spelling found in the seeds, and common variants; empty when none are given.
    pub aliases: Vec<String>,
    /// What it is and how variants are grouped; `None` when not given.
    pub note: Option<String>,
    /// Where the record is written in its data file.
    #[serde(skip)]
    pub location: Location,
}

/// A structured subject–predicate–object reading of a claim.
#[derive(
    Debug, Clone, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
pub struct Triple {
    /// Id of who or what the claim is about: an actor, outlet, entity or claim.
    pub subject: String,
    /// Short lowercase hyphenated verb phrase, e.g. `fired`, `lost-tanks`.
    pub predicate: String,
    /// Id of the object (actor, outlet, entity or claim); `None` when the predicate takes none.
    pub object: Option<String>,
}

/// One checkable proposition, independent of who says it (`claims.ron`).
#[derive(
    Debug, Clone, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
pub struct Claim {
    /// Unique id naming the proposition, e.g. `iskander-used`.
    pub id: String,
    /// What sort of proposition: fact, figure, opinion or prediction.
    pub kind: ClaimKind,
    /// Canonical English wording: one declarative sentence stated as fact.
    pub text: String,
    /// The wording in the sources' language(s), by language tag; empty when not given.
    pub original: Names,
    /// Ids of the entities (or actors, outlets) the claim is about; empty when none are given.
    pub about: Vec<String>,
    /// Structured reading of the claim; `None` when not given.
    pub triple: Option<Triple>,
    /// Free labels for grouping claims (`"iskander"`, `"evidence"`); empty when none are given.
    pub tags: Vec<String>,
    /// Scope, caveats and how statements were filed under it; `None` when not given.
    pub note: Option<String>,
    /// Where the record is written in its data file.
    #[serde(skip)]
    pub location: Location,
}

/// One document (one seed text), with the statements it carries (`sources/*.ron`).
#[derive(
    Debug, Clone, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
pub struct Source {
    /// Unique id, `seed-NNN` after the seed file number.
    pub id: String,
    /// Path of the source text: the data directory joined with the relative path written.
    #[rkyv(with = rkyv::with::AsString)]
    pub file: PathBuf,
    /// Id of the outlet that published the document; `None` when it names no publisher.
    pub outlet: Option<String>,
    /// Ids of outlets or actors the document credits for the whole text (its dateline), nearest first; empty when none.
    pub via: Vec<String>,
    /// Publication date; `None` when the document gives none.
    pub date: Option<PartialDate>,
    /// Language tag of the text, e.g. `"ar"`.
    pub language: String,
    /// Headline in the original language; `None` when there is none.
    pub title: Option<String>,
    /// Byline; `None` when there is none.
    pub author: Option<String>,
    /// Where the document was published; `None` when unknown.
    pub url: Option<String>,
    /// What the document is and anything unusual about it; `None` when not given.
    pub note: Option<String>,
    /// Ids of the statements that passed the checks, in the order written.
    pub statements: Vec<String>,
    /// Passages deliberately left unannotated whose quotes were found, in the order written.
    pub background: Vec<Background>,
    /// Where the record is written in its data file.
    #[serde(skip)]
    pub location: Location,
}

/// A passage of a source deliberately left unannotated.
#[derive(
    Debug, Clone, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
pub struct Background {
    /// The passage, verbatim from the source text.
    pub quote: String,
    /// Why it is background: furniture, caption, byline, context or connective.
    pub kind: BackgroundKind,
    /// The reason, when the kind alone does not make it plain; `None` otherwise.
    pub note: Option<String>,
}

/// One speaker stating one claim, as one source document reports it.
#[derive(
    Debug, Clone, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
pub struct Statement {
    /// Unique id, `sNNN-NN`: the source number, then a running number.
    pub id: String,
    /// Id of the source whose document carries the statement.
    pub source: String,
    /// Id of the claim stated.
    pub claim: String,
    /// The original speaker, at the far end of the chain: an actor or an outlet.
    pub speaker: Party,
    /// How the speaker stands towards the claim: affirms, denies, hedges or reports.
    pub stance: Stance,
    /// The parties between the document and the speaker, nearest to the document first; empty when the document names no intermediary.
    pub relay: Vec<Party>,
    /// Where the speaker said it (Facebook, briefing, interview, …); `None` when the text does not say.
    pub channel: Option<Channel>,
    /// When the speaker said it, if the text tells; `None` otherwise (see [`Dataset::date_of`]).
    pub date: Option<PartialDate>,
    /// The words of the source text that carry the statement, verbatim in the original script.
    pub quote: String,
    /// English translation of the quote; `None` when not given.
    pub translation: Option<String>,
    /// Why this reading, what the quote leaves out, inferred dates; `None` when not given.
    pub note: Option<String>,
    /// Byte range of the quote in the source text.
    #[serde(skip)]
    pub quote_span: Range<usize>,
    /// Where the statement's id is written in its source file.
    #[serde(skip)]
    pub location: Location,
}

/// How two claims relate: one contradicts, supports or restates the other (`relations.ron`).
#[derive(
    Debug, Clone, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
pub struct Relation {
    /// Contradicts, supports or same-as.
    pub kind: RelationKind,
    /// Id of the first claim (for `Supports`: the evidence).
    pub from: String,
    /// Id of the second claim (for `Supports`: what it supports).
    pub to: String,
    /// Why the claims relate; `None` when not given.
    pub note: Option<String>,
    /// Ids of the statements or sources the relation rests on; empty when none are given.
    pub grounds: Vec<String>,
    /// Where the record is written in its data file.
    #[serde(skip)]
    pub location: Location,
}

/// A map from record ids, in insertion order. Ids are hashed with
/// foldhash (seeded per process, like the standard hasher, so crafted ids
/// cannot force collisions) instead of SipHash: id lookups are most of the
/// checks' and the graph build's cost.
pub type IdMap<V> = IndexMap<String, V, foldhash::fast::RandomState>;

/// A set of borrowed ids in the order first inserted, with [`IdMap`]'s
/// hasher: for the sets a query builds as it walks the data.
pub type IdRefSet<'a> = indexmap::IndexSet<&'a str, foldhash::fast::RandomState>;

/// A map from borrowed ids in the order first inserted, with [`IdMap`]'s
/// hasher.
pub type IdRefMap<'a, V> = IndexMap<&'a str, V, foldhash::fast::RandomState>;

/// Everything the data directory says, checked and resolved.
#[derive(Debug, Default, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
pub struct Dataset {
    /// Actors, keyed by id, in the order read.
    pub actors: IdMap<Actor>,
    /// Outlets, keyed by id, in the order read.
    pub outlets: IdMap<Outlet>,
    /// Entities, keyed by id, in the order read.
    pub entities: IdMap<Entity>,
    /// Claims, keyed by id, in the order read.
    pub claims: IdMap<Claim>,
    /// Sources, keyed by id, in the order read.
    pub sources: IdMap<Source>,
    /// Statements of all sources, keyed by id, in the order read.
    pub statements: IdMap<Statement>,
    /// Relations between claims, in the order read.
    pub relations: Vec<Relation>,
    /// Text of each source document, keyed by source id.
    pub texts: IdMap<String>,
    /// Fact-check reviews, keyed by the claim they review.
    pub reviews: IdMap<Review>,
    /// Other desks' reviews, in the order read; several may review one claim.
    pub external_reviews: Vec<ExternalReview>,
    /// Our desk's publisher identity, from `claimgraph.toml`; `None` when the
    /// file or its `[publisher]` table is missing.
    pub publisher: Option<Publisher>,
    /// What other publishers' labels mean on our scale, from `[ratings]` in
    /// `claimgraph.toml`; empty when the table is missing.
    pub ratings: ratings::RatingMap,
    /// The namespace of the IRIs the RDF exports mint, from `claimgraph.toml`'s
    /// `[rdf] base`; `None` when not given (the exports then use their default).
    pub rdf_base: Option<String>,
    /// Where each claim's statements are in [`Dataset::statements`], in
    /// data order: kept by [`Dataset::add_statement`]. Positions, not ids,
    /// so that a claim's statements are reached without a lookup each.
    pub by_claim: IdMap<Vec<usize>>,
    /// Where each actor and outlet stands ([`affiliation::standings`]),
    /// worked out once by the check; empty in a data set put together by
    /// hand, where [`affiliation::standing`] walks instead.
    pub standings: IdMap<affiliation::Standing>,
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
        self.party_or_entity(id).map(|(_, names)| names)
    }

    /// The kind and names of an actor, outlet or entity, tried in
    /// [`Dataset::kind_of`]'s order.
    fn party_or_entity(&self, id: &str) -> Option<(RecordKind, &Names)> {
        if let Some(actor) = self.actors.get(id) {
            return Some((RecordKind::Actor, &actor.names));
        }
        if let Some(outlet) = self.outlets.get(id) {
            return Some((RecordKind::Outlet, &outlet.names));
        }
        self.entities
            .get(id)
            .map(|entity| (RecordKind::Entity, &entity.names))
    }

    /// What [`Dataset::kind_of`], [`Dataset::name_of`] and
    /// [`Dataset::original_name_of`] say of `id`, found with one lookup for
    /// a named actor, outlet or entity (the records answers name most).
    pub fn naming(&self, id: &str) -> (Option<RecordKind>, String, Option<String>) {
        if let Some((kind, names)) = self.party_or_entity(id)
            && let Some(name) = display_name(names)
        {
            return (Some(kind), name.to_string(), original_name(names));
        }
        (
            self.kind_of(id),
            self.name_of(id),
            self.original_name_of(id),
        )
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
        original_name(names)
    }

    /// Other desks' reviews of a claim, in data order.
    pub fn external_reviews_of<'a>(
        &'a self,
        claim: &'a str,
    ) -> impl Iterator<Item = &'a ExternalReview> + 'a {
        self.external_reviews
            .iter()
            .filter(move |r| r.claim == claim)
    }

    /// Statements of a claim, in data order.
    ///
    /// Complexity: O(statements of the claim), through the `by_claim` index.
    pub fn statements_of(&self, claim: &str) -> impl Iterator<Item = &Statement> {
        self.by_claim
            .get(claim)
            .into_iter()
            .flatten()
            .filter_map(|&at| self.statements.get_index(at).map(|(_, s)| s))
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
        let claim = statement.claim.clone();
        let (at, _) = self.statements.insert_full(statement.id.clone(), statement);
        // The claim's id is kept only for its first statement.
        match self.by_claim.get_mut(&claim) {
            Some(positions) => positions.push(at),
            None => {
                self.by_claim.insert(claim, vec![at]);
            }
        }
    }
}

/// The first name in a script other than the canonical one, if any.
fn original_name(names: &Names) -> Option<String> {
    names
        .iter()
        .find(|(lang, _)| lang.as_str() != crate::text::lang::CANONICAL)
        .map(|(_, name)| name.clone())
}

/// English name if given, else the first one.
pub fn display_name(names: &Names) -> Option<&str> {
    names
        .get(crate::text::lang::CANONICAL)
        .or_else(|| names.values().next())
        .map(String::as_str)
}

/// A fact-check review of one claim, checked.
#[derive(
    Debug, Clone, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
pub struct Review {
    /// Id of the claim reviewed; one review per claim.
    pub claim: String,
    /// Where the review stands: unreviewed, in progress, needs more evidence, reviewed or published.
    pub status: ReviewStatus,
    /// The verdict on the claim; `None` until one is given (required once `Reviewed`).
    pub verdict: Option<Verdict>,
    /// Name of the person who reviewed it; `None` when not given.
    pub reviewer: Option<String>,
    /// Organisation the review appears under (ClaimReview `author`); `None` when not given.
    pub publisher: Option<Publisher>,
    /// Where the review is published, an absolute http(s) address; `None` when not given (`review publish` needs one).
    pub url: Option<String>,
    /// Language tag of the review; `"en"` when the file leaves it out.
    pub language: String,
    /// When the review was started; `None` when not given.
    pub created: Option<PartialDate>,
    /// When the review was last changed; `None` when not given.
    pub updated: Option<PartialDate>,
    /// When the review was published; `None` until then.
    pub published: Option<PartialDate>,
    /// Why the verdict follows from the evidence; `None` when not given.
    pub rationale: Option<String>,
    /// Graded pieces of evidence, in the order written; empty when none.
    pub evidence: Vec<Evidence>,
    /// What changed, when and by whom, in the order written; every writing command appends one.
    pub history: Vec<Change>,
    /// Actor ids of who made the claim, beyond the data's statements.
    pub claimants: Vec<String>,
    /// Documents carrying the claim outside the annotated sources; empty when none.
    pub appearances: Vec<Appearance>,
    /// Anything else; `None` when not given.
    pub note: Option<String>,
    /// Where the record is written in its review file.
    #[serde(skip)]
    pub location: Location,
}

/// Another desk's review of a claim, checked: their verdict as they gave it.
#[derive(
    Debug, Clone, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
pub struct ExternalReview {
    /// Id of the claim reviewed.
    pub claim: String,
    /// The organisation that published it; `None` when the import did not say.
    pub publisher: Option<Publisher>,
    /// Where they published it, an absolute http(s) address; `None` when not given.
    pub url: Option<String>,
    /// Their verdict, verbatim unless their label is one of ours; `None` when they gave none.
    pub verdict: Option<Verdict>,
    /// Their rating exactly as published, when `verdict` is one of ours read
    /// from words or numbers that are not ours; `None` otherwise.
    pub rating: Option<Rating>,
    /// The person who wrote it; `None` when not given.
    pub reviewer: Option<String>,
    /// Language tag of the review; `"en"` when the file leaves it out.
    pub language: String,
    /// When they published it; `None` when not given.
    pub published: Option<PartialDate>,
    /// Their reasoning; `None` when not given.
    pub rationale: Option<String>,
    /// Actor or outlet ids of who made the claim, by their account.
    pub claimants: Vec<String>,
    /// Documents carrying the claim, by their account; empty when none.
    pub appearances: Vec<Appearance>,
    /// Where it came from; `None` when not given.
    pub note: Option<String>,
    /// Where the record is written.
    #[serde(skip)]
    pub location: Location,
}

/// A document carrying a claim, known by its address.
#[derive(
    Debug, Clone, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
pub struct Appearance {
    /// Where the document is, an absolute http(s) address; `None` when unknown.
    pub url: Option<String>,
    /// The document's headline; `None` when unknown.
    pub title: Option<String>,
    /// Id of the outlet that published it; `None` when unknown.
    pub outlet: Option<String>,
    /// When it was published; `None` when unknown.
    pub date: Option<PartialDate>,
}

/// One graded piece of evidence.
#[derive(
    Debug, Clone, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
pub struct Evidence {
    /// What the evidence rests on: a statement, source, claim or web address.
    pub points_to: EvidenceTarget,
    /// How strong the evidence is: physical, official document, on record, anonymous or hearsay.
    pub grade: EvidenceGrade,
    /// Whether it supports or refutes the claim.
    pub bearing: Bearing,
    /// What the evidence shows; `None` when not given.
    pub note: Option<String>,
}

/// What evidence rests on: a record of the data, or a page outside it.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Serialize,
    JsonSchema,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
#[serde(rename_all = "lowercase", tag = "kind", content = "id")]
pub enum EvidenceTarget {
    /// A statement of the data, by id.
    Statement(String),
    /// A source of the data, by id.
    Source(String),
    /// A claim of the data, by id.
    Claim(String),
    /// A page outside the data, by absolute http(s) address.
    Url(String),
}

/// One entry of a review's history.
#[derive(
    Debug, Clone, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize,
)]
pub struct Change {
    /// When the change was made.
    pub date: PartialDate,
    /// Who made the change; `None` when not recorded.
    pub by: Option<String>,
    /// What changed, in words.
    pub what: String,
}
