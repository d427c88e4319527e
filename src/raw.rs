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
    Publisher, Rating, RelationKind, ReviewStatus, Stance, Verdict,
};

/// Names of a record keyed by language tag (`en`, `ar`, `ru`, `hy`, `az`…).
pub type Names = IndexMap<String, String>;

/// The message of the error for a key given twice in a map; the loader
/// reports it as `duplicate-key`.
pub const DUPLICATE_KEY: &str = "duplicate key";

/// A names map in which every language is given once: a second `"en"` is
/// an error, where a plain map would silently keep only the last.
fn unique_names<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Names, D::Error> {
    struct Unique;
    impl<'de> serde::de::Visitor<'de> for Unique {
        type Value = Names;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a map of language tags to names")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Names, A::Error> {
            let mut names = Names::new();
            while let Some((key, value)) = map.next_entry::<String, String>()? {
                if names.contains_key(&key) {
                    return Err(serde::de::Error::custom(format!(
                        "{DUPLICATE_KEY} `{}` in `names`",
                        crate::text::safe::printable_line(&key)
                    )));
                }
                names.insert(key, value);
            }
            Ok(names)
        }
    }
    deserializer.deserialize_map(Unique)
}

/// A person or organisation that speaks.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Unique id, a lowercase slug: `shushan-stepanyan`.
    pub id: Spanned<String>,
    /// What sort of speaker the actor is.
    pub kind: ActorKind,
    /// Names by language tag.
    #[serde(deserialize_with = "unique_names")]
    pub names: Names,
    /// Other spellings the actor is known by.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// ISO 3166-1 alpha-2 code of the actor's country (`"AM"`); `None` when it has none.
    #[serde(default)]
    pub country: Option<String>,
    /// The side the actor is aligned with (`"Armenia"`, `"Neutral"`); free text, used to group speakers.
    #[serde(default)]
    pub side: Option<String>,
    /// Position or function, for people: `"Spokesperson of the Ministry of Defence"`.
    #[serde(default)]
    pub role: Option<String>,
    /// Id of the actor this one belongs to (person → ministry → government).
    #[serde(default)]
    pub member_of: Option<Spanned<String>>,
    /// Anything an annotator should know.
    #[serde(default)]
    pub note: Option<String>,
}

/// A publisher of documents.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outlet {
    /// Unique id, a slug of the site name: `1tv-ge`.
    pub id: Spanned<String>,
    /// What sort of publisher the outlet is.
    pub kind: OutletKind,
    /// Names by language tag.
    #[serde(deserialize_with = "unique_names")]
    pub names: Names,
    /// Other spellings, domains, abbreviations.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// ISO code of the country the outlet is based in.
    #[serde(default)]
    pub country: Option<String>,
    /// Language tags the outlet publishes in: `["ar", "ru", "en"]`.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Home page URL.
    #[serde(default)]
    pub url: Option<String>,
    /// Id of the actor or outlet that owns this outlet.
    #[serde(default)]
    pub owner: Option<Spanned<String>>,
    /// Country code of the state that owns or funds the outlet.
    #[serde(default)]
    pub state_affiliation: Option<String>,
    /// Anything an annotator should know.
    #[serde(default)]
    pub note: Option<String>,
}

/// A thing claims are about: a weapon system, a place, a unit.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    /// Unique id, a lowercase slug: `tos-1a`.
    pub id: Spanned<String>,
    /// What sort of thing the entity is.
    pub kind: EntityKind,
    /// Names by language tag; for places, the names each side uses.
    #[serde(deserialize_with = "unique_names")]
    pub names: Names,
    /// Every spelling in the sources, and common variants.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// What it is; how variants are grouped.
    #[serde(default)]
    pub note: Option<String>,
}

/// One checkable proposition.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// Unique id, a lowercase slug: `tos-used`.
    pub id: Spanned<String>,
    /// What sort of proposition the claim is.
    pub kind: ClaimKind,
    /// Canonical English wording.
    pub text: String,
    /// The wording in the language(s) of the sources, keyed by language tag.
    #[serde(default)]
    pub original: Names,
    /// Ids of the entities (or actors, outlets) the claim is about.
    #[serde(default)]
    pub about: Vec<Spanned<String>>,
    /// The claim as subject, predicate and object, when given.
    #[serde(default)]
    pub triple: Option<Triple>,
    /// Free labels for grouping: `["iskander", "evidence"]`.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Scope, caveats, how statements were filed under it.
    #[serde(default)]
    pub note: Option<String>,
}

/// An optional structured reading of a claim: subject and object are ids.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Triple {
    /// Id of who or what the claim is about (actor, outlet, entity or claim).
    pub subject: Spanned<String>,
    /// A short lowercase verb phrase with hyphens: `used`, `lost-tanks`.
    pub predicate: String,
    /// Id of the object, if the predicate takes one.
    #[serde(default)]
    pub object: Option<Spanned<String>>,
}

/// One document, with the statements it carries.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Unique id of the document.
    pub id: Spanned<String>,
    /// Path of the source text, relative to the data directory.
    pub file: Spanned<String>,
    /// Id of the outlet that published the document; `None` when it names no publisher.
    #[serde(default)]
    pub outlet: Option<Spanned<String>>,
    /// Outlets the document itself credits as its own sources, nearest first.
    #[serde(default)]
    pub via: Vec<Spanned<String>>,
    /// Publication date as written (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), unchecked.
    #[serde(default)]
    pub date: Option<Spanned<String>>,
    /// Language tag of the text: `"ar"`.
    pub language: String,
    /// Headline, in the original language.
    #[serde(default)]
    pub title: Option<String>,
    /// Byline, if any.
    #[serde(default)]
    pub author: Option<String>,
    /// Where the document was published, if known.
    #[serde(default)]
    pub url: Option<String>,
    /// What the document is; anything unusual about it.
    #[serde(default)]
    pub note: Option<String>,
    /// The statements annotated in this document.
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
    /// Why the passage is background.
    pub kind: BackgroundKind,
    /// The reason, when the kind alone does not make it plain.
    #[serde(default)]
    pub note: Option<String>,
}

/// A speaker stating a claim, as one document reports it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// Unique id of the statement: `s001-05`.
    pub id: Spanned<String>,
    /// Id of the claim stated.
    pub claim: Spanned<String>,
    /// Id of the original speaker (actor or outlet), at the far end of the chain.
    pub speaker: Spanned<String>,
    /// How the speaker stands towards the claim.
    pub stance: Stance,
    /// Outlets or actors between the document and the speaker, nearest first.
    #[serde(default)]
    pub relay: Vec<Spanned<String>>,
    /// Where the speaker said it; `None` if the text does not tell.
    #[serde(default)]
    pub channel: Option<Channel>,
    /// When the speaker said it, as written; not the event or publication date.
    #[serde(default)]
    pub date: Option<Spanned<String>>,
    /// Verbatim words of the source text, in its original script.
    pub quote: Spanned<String>,
    /// English translation of the quote.
    #[serde(default)]
    pub translation: Option<String>,
    /// Why this reading; what the quote leaves out; inferred dates.
    #[serde(default)]
    pub note: Option<String>,
}

/// A relation between two claims.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    /// How the two claims relate.
    pub kind: RelationKind,
    /// Id of the first claim (for `Supports`: the evidence).
    pub from: Spanned<String>,
    /// Id of the second claim (for `Supports`: what it supports).
    pub to: Spanned<String>,
    /// Why the claims relate.
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
    /// Id of the claim reviewed.
    pub claim: Spanned<String>,
    /// Where the review stands.
    pub status: ReviewStatus,
    /// The verdict; required once `Reviewed`.
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
    /// When the review was created, as written.
    #[serde(default)]
    pub created: Option<Spanned<String>>,
    /// When the review was last updated, as written.
    #[serde(default)]
    pub updated: Option<Spanned<String>>,
    /// When the review was published, as written; required once `Published`.
    #[serde(default)]
    pub published: Option<Spanned<String>>,
    /// Why the verdict follows from the evidence.
    #[serde(default)]
    pub rationale: Option<String>,
    /// The evidence items the verdict rests on.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// The log of what was done to the review, one entry per change.
    #[serde(default)]
    pub history: Vec<Change>,
    /// Who made the claim, when no statement in the data records it (as for
    /// a review imported from another desk): actor ids.
    #[serde(default)]
    pub claimants: Vec<Spanned<String>>,
    /// Documents carrying the claim outside the annotated sources.
    #[serde(default)]
    pub appearances: Vec<Appearance>,
    /// Anything else.
    #[serde(default)]
    pub note: Option<String>,
}

/// Another desk's review of a claim, as an import records it in
/// `external-reviews/*.ron`: their verdict, kept as they gave it, never
/// ours and never exported as ours.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExternalReview {
    /// Id of the claim reviewed.
    pub claim: Spanned<String>,
    /// The organisation that published the review.
    #[serde(default)]
    pub publisher: Option<Publisher>,
    /// Where they published it.
    #[serde(default)]
    pub url: Option<Spanned<String>>,
    /// Their verdict: one of ours only when their label is ours, else their
    /// rating verbatim as `Other(Rating(...))`.
    #[serde(default)]
    pub verdict: Option<Verdict>,
    /// Their rating exactly as they published it, when `verdict` is one of
    /// ours and their words or numbers are not ours (a label of the label
    /// table or of the desk's rating map).
    #[serde(default)]
    pub rating: Option<Rating>,
    /// The person who wrote it.
    #[serde(default)]
    pub reviewer: Option<String>,
    /// Language of the review (BCP 47), `en` when left out.
    #[serde(default)]
    pub language: Option<String>,
    /// When they published it, as written.
    #[serde(default)]
    pub published: Option<Spanned<String>>,
    /// Their reasoning, when they gave it.
    #[serde(default)]
    pub rationale: Option<String>,
    /// Who made the claim, by their account: actor or outlet ids.
    #[serde(default)]
    pub claimants: Vec<Spanned<String>>,
    /// Documents carrying the claim, by their account.
    #[serde(default)]
    pub appearances: Vec<Appearance>,
    /// Where the record came from and what the import guessed.
    #[serde(default)]
    pub note: Option<String>,
}

/// The desk's settings, `claimgraph.toml` in the data directory.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Our desk's identity: the `author` of every ClaimReview we export.
    #[serde(default)]
    pub publisher: Option<Publisher>,
    /// Per publisher (`[ratings."Full Fact"]`), their label → our verdict,
    /// in file order.
    #[serde(default)]
    pub ratings: IndexMap<String, IndexMap<String, Verdict>>,
    /// Settings of the RDF exports (`[rdf]`).
    #[serde(default)]
    pub rdf: Option<RdfConfig>,
    /// The loader's limits, each raising or lowering one default.
    #[serde(default)]
    pub limits: Option<LimitsConfig>,
    /// Where the loader may read.
    #[serde(default)]
    pub paths: Option<PathsConfig>,
}

/// The `[rdf]` table of `claimgraph.toml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RdfConfig {
    /// The namespace every exported record's IRI starts with, as written:
    /// an http(s) address ending in `/` or `#`.
    #[serde(default)]
    pub base: Option<String>,
}

/// `[limits]` in `claimgraph.toml`: each key sets one of the loader's
/// limits (`load::limits::Limits`), the others keep their defaults.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitsConfig {
    /// Largest file, in bytes.
    pub file_size: Option<u64>,
    /// Largest total of all files, in bytes.
    pub total_size: Option<u64>,
    /// Most files read.
    pub files: Option<u64>,
    /// Deepest nesting of a RON record.
    pub depth: Option<u64>,
    /// Longest string literal, in bytes.
    pub string_length: Option<u64>,
    /// Most diagnostics shown.
    pub diagnostics: Option<u64>,
    /// Largest import input, in bytes.
    pub import_size: Option<u64>,
    /// Deepest nesting of an imported JSON document.
    pub import_depth: Option<u64>,
    /// Most items one import reads.
    pub import_items: Option<u64>,
}

/// `[paths]` in `claimgraph.toml`.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathsConfig {
    /// The project root, relative to the data directory: `".."` (the
    /// default, the data directory's parent) or `"."` (the data directory
    /// itself). The data cannot widen it: any other value is refused.
    pub project: Option<String>,
}

/// A document carrying a claim, known by its address rather than its text.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Appearance {
    /// Where the document is, an absolute http(s) URL, as written.
    #[serde(default)]
    pub url: Option<Spanned<String>>,
    /// The document's headline.
    #[serde(default)]
    pub title: Option<String>,
    /// The outlet that published it: an outlet id.
    #[serde(default)]
    pub outlet: Option<Spanned<String>>,
    /// The document's date, as written.
    #[serde(default)]
    pub date: Option<Spanned<String>>,
}

/// One piece of evidence, graded and marked for or against the claim.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// What the evidence rests on.
    pub points_to: EvidenceTarget,
    /// How much the evidence weighs.
    pub grade: EvidenceGrade,
    /// Whether the evidence supports or refutes the claim.
    pub bearing: Bearing,
    /// What the evidence shows.
    #[serde(default)]
    pub note: Option<String>,
}

/// What an evidence item rests on: a record of the data or a page outside it.
#[derive(Debug, Deserialize)]
pub enum EvidenceTarget {
    /// A statement id.
    Statement(Spanned<String>),
    /// A source id.
    Source(Spanned<String>),
    /// A claim id.
    Claim(Spanned<String>),
    /// A page outside the data, an absolute http(s) URL.
    Url(Spanned<String>),
}

/// One entry of a review's history.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// When the change was made, as written.
    pub date: Spanned<String>,
    /// Who made the change.
    #[serde(default)]
    pub by: Option<String>,
    /// What changed, in words.
    pub what: String,
}
