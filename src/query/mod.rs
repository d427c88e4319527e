//! Questions an analyst asks of the data, one per file. Each returns a
//! serialisable answer as plain data; [`crate::present`] renders it.

pub mod contradictions;
pub mod coverage;
pub mod listing;
pub mod origins;
pub mod queue;
pub mod said;
pub mod search;
pub mod show;
pub mod stats;
pub mod trace;

use serde::Serialize;

use crate::model::{Dataset, RecordKind};

/// A record named in an answer: id, kind, display name and original-script name.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Ref {
    pub id: String,
    pub kind: Option<RecordKind>,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original: Option<String>,
}

impl Ref {
    pub fn new(data: &Dataset, id: &str) -> Self {
        Ref {
            id: id.to_string(),
            kind: data.kind_of(id),
            name: data.name_of(id),
            original: data.original_name_of(id),
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
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Affiliation {
    pub chain: Vec<Ref>,
    pub root: Ref,
    pub country: Option<String>,
    pub side: Option<String>,
}

impl Affiliation {
    /// Walks `member_of` (actors) or `owner` (outlets) upwards; country and side
    /// come from the nearest record that gives them.
    pub fn of(data: &Dataset, id: &str) -> Self {
        let mut chain = Vec::new();
        let mut country = None;
        let mut side = None;
        let mut current = Some(id.to_string());
        while let Some(node) = current.take() {
            if chain.iter().any(|r: &Ref| r.id == node) {
                break;
            }
            if let Some(actor) = data.actors.get(&node) {
                country = country.or(actor.country.clone());
                side = side.or(actor.side.clone());
                current = actor.member_of.clone();
            } else if let Some(outlet) = data.outlets.get(&node) {
                country = country
                    .or(outlet.state_affiliation.clone())
                    .or(outlet.country.clone());
                current = outlet.owner.as_ref().map(|o| o.id.clone());
            }
            chain.push(Ref::new(data, &node));
        }
        let root = chain.last().cloned().unwrap_or_else(|| Ref::new(data, id));
        Affiliation {
            chain: chain.into_iter().skip(1).collect(),
            root,
            country,
            side,
        }
    }

    /// `side` if known, else the country, else `unknown`.
    pub fn side_or_country(&self) -> String {
        self.side
            .clone()
            .or(self.country.clone())
            .unwrap_or_else(|| "unknown".into())
    }
}
