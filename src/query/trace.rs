//! `trace`: every document carrying a claim, back to its original speaker(s),
//! hop by hop.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::Serialize;

use crate::json::Answer;
use crate::model::date::PartialDate;
use crate::model::{Channel, Dataset, Stance, Statement};
use crate::query::{Affiliation, Ref};

/// The answer of `trace`: every document carrying a claim, each statement
/// followed back to its speaker.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Trace {
    /// The claim asked about.
    pub claim: ClaimHeader,
    /// The documents holding a statement of the claim, in data order; empty
    /// when nobody states it.
    pub documents: Vec<Document>,
}

impl Answer for Trace {
    const SCHEMA: &'static str = "trace";
}

/// A claim as it heads an answer. Its JSON is a [`Ref`] (`id`, `kind`
/// `"claim"`, `name` the English text, `original` the first other wording)
/// with every wording added: `wordings`, `{language, text}` objects in the
/// order written.
#[derive(Debug)]
pub struct ClaimHeader {
    /// The claim's id.
    pub id: String,
    /// The claim's wording in English.
    pub text: String,
    /// Its wording in the sources' languages, as `[language tag, text]`
    /// pairs in the order written; empty when none is given.
    pub original: Vec<(String, String)>,
}

/// How a [`ClaimHeader`] is written in JSON.
#[derive(Serialize, JsonSchema)]
struct HeaderJson<'a> {
    /// The claim as every reference names it.
    #[serde(flatten)]
    reference: Ref,
    /// Every wording in the sources' languages, in the order written; empty
    /// when none is given.
    wordings: Vec<Wording<'a>>,
}

/// One wording of a claim, in JSON.
#[derive(Serialize, JsonSchema)]
struct Wording<'a> {
    /// Its language tag (`ar`).
    language: &'a str,
    /// The wording, verbatim.
    text: &'a str,
}

impl Serialize for ClaimHeader {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let original = self
            .original
            .iter()
            .find(|(lang, _)| lang.as_str() != crate::text::lang::CANONICAL)
            .map(|(_, text)| text.clone());
        HeaderJson {
            reference: Ref {
                id: self.id.clone(),
                kind: Some(crate::model::RecordKind::Claim),
                name: self.text.clone(),
                original,
            },
            wordings: self
                .original
                .iter()
                .map(|(language, text)| Wording { language, text })
                .collect(),
        }
        .serialize(serializer)
    }
}

/// The schema of what [`ClaimHeader`]'s `Serialize` writes: a
/// `HeaderJson`.
impl JsonSchema for ClaimHeader {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ClaimHeader".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        HeaderJson::json_schema(generator)
    }
}

impl ClaimHeader {
    /// The header of claim `id`, which must exist.
    pub fn new(data: &Dataset, id: &str) -> Self {
        let claim = &data.claims[id];
        ClaimHeader {
            id: id.to_string(),
            text: claim.text.clone(),
            original: claim
                .original
                .iter()
                .map(|(l, t)| (l.clone(), t.clone()))
                .collect(),
        }
    }
}

/// One document carrying the claim, and the claim's statements in it.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Document {
    /// The document (a source record).
    pub source: Ref,
    /// The outlet publishing it; null when the source names none.
    pub outlet: Option<Ref>,
    /// Publication date, `YYYY[-MM[-DD]]`; null when unknown.
    pub date: Option<PartialDate>,
    /// Outlets the document credits for its whole text (its `via`), nearest
    /// first; empty when it credits none.
    pub via: Vec<Ref>,
    /// The claim's statements in this document, in document order.
    pub chains: Vec<Chain>,
}

/// One statement's path from the document back to its speaker.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Chain {
    /// The statement's id.
    pub statement: String,
    /// Relays, nearest the document first; empty when the document has the
    /// speaker's words first-hand.
    pub hops: Vec<Ref>,
    /// Who made the statement, an actor or an outlet.
    pub speaker: Ref,
    /// The speaker's position (`"Spokesperson of the Ministry of Defence"`);
    /// null for outlets and actors without one.
    pub role: Option<String>,
    /// Where the speaker belongs.
    pub affiliation: Affiliation,
    /// `Affirms`, `Denies`, `Hedges` or `Reports`.
    pub stance: Stance,
    /// When the speaker said it, `YYYY[-MM[-DD]]`; null when the text does
    /// not tell (the document's own date is not used).
    pub date: Option<PartialDate>,
    /// Where the speaker said it: a name such as `"Facebook"`, or
    /// `{"Other": "description"}`; null when not recorded.
    pub channel: Option<Channel>,
    /// The words of the source text carrying the statement, verbatim, in the
    /// original script.
    pub quote: String,
    /// English translation of the quote; null when none is given.
    pub translation: Option<String>,
}

/// Builds the trace of `claim`, documents in data order.
pub fn trace(data: &Dataset, claim: &str) -> Trace {
    // The claim's statements through the per-claim index, grouped by their
    // document; the index keeps the order of the files, so documents come in
    // file order and statements in document order.
    let mut by_source: IndexMap<&str, Vec<&Statement>> = IndexMap::new();
    for s in data.statements_of(claim) {
        by_source.entry(s.source.as_str()).or_default().push(s);
    }
    let documents = by_source
        .into_iter()
        .map(|(id, statements)| {
            let source = &data.sources[id];
            let chains = statements
                .into_iter()
                .map(|s| Chain {
                    statement: s.id.clone(),
                    hops: s.relay.iter().map(|p| Ref::new(data, &p.id)).collect(),
                    speaker: Ref::new(data, &s.speaker.id),
                    role: data.actors.get(&s.speaker.id).and_then(|a| a.role.clone()),
                    affiliation: Affiliation::of(data, &s.speaker.id),
                    stance: s.stance,
                    date: s.date,
                    channel: s.channel.clone(),
                    quote: s.quote.clone(),
                    translation: s.translation.clone(),
                })
                .collect();
            Document {
                source: Ref::new(data, &source.id),
                outlet: source.outlet.as_ref().map(|o| Ref::new(data, o)),
                date: source.date,
                via: source.via.iter().map(|v| Ref::new(data, v)).collect(),
                chains,
            }
        })
        .collect();
    Trace {
        claim: ClaimHeader::new(data, claim),
        documents,
    }
}

/// `Facebook`, or the free text of `Other`.
pub fn channel_name(channel: &Channel) -> String {
    channel.name().to_string()
}
