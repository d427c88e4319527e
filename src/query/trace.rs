//! `trace`: every document carrying a claim, back to its original speaker(s),
//! hop by hop.

use serde::Serialize;

use crate::date::PartialDate;
use crate::model::{Channel, Dataset, Stance};
use crate::query::{Affiliation, Answer, Ref};
use crate::render::style::Style;
use crate::render::tree::Tree;

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

    pub fn text(&self, style: &Style) -> String {
        let mut out = format!(
            "{} {}\n",
            style.bold(&format!("Claim {}:", self.id)),
            self.text
        );
        for (lang, text) in &self.original {
            out.push_str(&format!("  {lang}: {text}\n"));
        }
        out
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
    let documents = data
        .sources
        .values()
        .filter_map(|source| {
            let chains: Vec<Chain> = source
                .statements
                .iter()
                .map(|id| &data.statements[id])
                .filter(|s| s.claim == claim)
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
            (!chains.is_empty()).then(|| Document {
                source: Ref::new(data, &source.id),
                outlet: source.outlet.as_ref().map(|o| Ref::new(data, o)),
                date: source.date,
                via: source.via.iter().map(|v| Ref::new(data, v)).collect(),
                chains,
            })
        })
        .collect();
    Trace {
        claim: ClaimHeader::new(data, claim),
        documents,
    }
}

/// `Facebook`, or the free text of `Other`.
pub fn channel_name(channel: &Channel) -> String {
    match channel {
        Channel::Other(text) => text.clone(),
        other => format!("{other:?}"),
    }
}

impl Chain {
    /// The speaker's node of a trace tree: who, what role, what stance, the quote.
    pub fn speaker_tree(&self, style: &Style) -> Tree {
        let mut who = style.bold(&self.speaker.label());
        if let Some(role) = &self.role {
            who.push_str(&format!(" — {role}"));
        }
        if !self.affiliation.chain.is_empty() {
            let chain: Vec<String> = self
                .affiliation
                .chain
                .iter()
                .map(|r| r.name.clone())
                .collect();
            who.push_str(&format!(" (member of {})", chain.join(" → ")));
        }
        let mut facts = vec![style.stance(self.stance)];
        facts.extend(self.date.map(|d| d.to_string()));
        facts.extend(self.channel.as_ref().map(channel_name));
        facts.push(style.dim(&self.statement));
        let mut label = format!("{who}\n{}\n“{}”", facts.join(" · "), self.quote);
        if let Some(translation) = &self.translation {
            label.push_str(&format!("\n{}", style.dim(&format!("= “{translation}”"))));
        }
        Tree::new(label)
    }
}

impl Answer for Trace {
    fn text(&self, style: &Style) -> String {
        let mut out = self.claim.text(style);
        if self.documents.is_empty() {
            out.push_str("No document carries this claim yet.\n");
        }
        for doc in &self.documents {
            let mut head = vec![style.bold(&doc.source.id)];
            head.extend(
                doc.outlet
                    .as_ref()
                    .map(|o| format!("published by {}", o.label())),
            );
            head.extend(doc.date.map(|d| d.to_string()));
            if !doc.via.is_empty() {
                head.push(format!(
                    "credits {}",
                    doc.via
                        .iter()
                        .map(|v| v.name.clone())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            let mut root = Tree::new(format!(
                "{}\n{}",
                head.join(" · "),
                style.dim(&doc.source.name)
            ));
            for chain in &doc.chains {
                let mut node = chain.speaker_tree(style);
                for hop in chain.hops.iter().rev() {
                    node = Tree::new(format!("via {}", hop.label())).child(node);
                }
                root = root.child(node);
            }
            out.push('\n');
            out.push_str(&root.render());
        }
        out
    }
}
