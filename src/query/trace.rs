//! `trace`: every document carrying a claim, back to its original speaker(s),
//! hop by hop.

use indexmap::IndexMap;
use serde::Serialize;

use crate::model::date::PartialDate;
use crate::model::{Channel, Dataset, Stance, Statement};
use crate::query::{Affiliation, Ref};

#[derive(Debug, Serialize)]
pub struct Trace {
    pub claim: ClaimHeader,
    pub documents: Vec<Document>,
}

/// A claim as it heads an answer.
#[derive(Debug, Serialize)]
pub struct ClaimHeader {
    pub id: String,
    pub text: String,
    pub original: Vec<(String, String)>,
}

impl ClaimHeader {
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

#[derive(Debug, Serialize)]
pub struct Document {
    pub source: Ref,
    pub outlet: Option<Ref>,
    pub date: Option<PartialDate>,
    pub via: Vec<Ref>,
    pub chains: Vec<Chain>,
}

/// One statement's path from the document back to its speaker.
#[derive(Debug, Serialize)]
pub struct Chain {
    pub statement: String,
    /// Relays, nearest the document first.
    pub hops: Vec<Ref>,
    pub speaker: Ref,
    pub role: Option<String>,
    pub affiliation: Affiliation,
    pub stance: Stance,
    pub date: Option<PartialDate>,
    pub channel: Option<Channel>,
    pub quote: String,
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
