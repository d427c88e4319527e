//! `said`: everything an actor stated, grouped by stance, and everything it relayed.

use serde::Serialize;

use crate::graph::ClaimGraph;
use crate::model::date::PartialDate;
use crate::model::{Dataset, Stance, Statement};
use crate::query::Ref;

#[derive(Debug, Serialize)]
pub struct Said {
    pub actor: Ref,
    pub members: Vec<Ref>,
    pub stated: Vec<StanceGroup>,
    pub relayed: Vec<Row>,
}

#[derive(Debug, Serialize)]
pub struct StanceGroup {
    pub stance: Stance,
    pub statements: Vec<Row>,
}

/// One statement in a listing.
#[derive(Debug, Serialize)]
pub struct Row {
    pub statement: String,
    pub claim: Ref,
    pub speaker: Ref,
    pub stance: Stance,
    pub source: String,
    pub date: Option<PartialDate>,
    pub quote: String,
}

impl Row {
    pub fn new(data: &Dataset, s: &Statement) -> Self {
        Row {
            statement: s.id.clone(),
            claim: Ref::new(data, &s.claim),
            speaker: Ref::new(data, &s.speaker.id),
            stance: s.stance,
            source: s.source.clone(),
            date: data.date_of(s),
            quote: s.quote.clone(),
        }
    }
}

/// What `actor` (an actor or outlet) said and relayed; with `members`, also
/// what the actors belonging to it said.
pub fn said(data: &Dataset, graph: &ClaimGraph, actor: &str, members: bool) -> Said {
    let member_ids = if members {
        graph.members_of(actor)
    } else {
        Vec::new()
    };
    let speaks = |id: &str| id == actor || member_ids.iter().any(|m| m == id);
    let mut stated: Vec<StanceGroup> = Vec::new();
    for s in data.statements.values().filter(|s| speaks(&s.speaker.id)) {
        match stated.iter_mut().find(|g| g.stance == s.stance) {
            Some(group) => group.statements.push(Row::new(data, s)),
            None => stated.push(StanceGroup {
                stance: s.stance,
                statements: vec![Row::new(data, s)],
            }),
        }
    }
    stated.sort_by_key(|g| g.stance);
    let relayed = data
        .statements
        .values()
        .filter(|s| {
            s.relay.iter().any(|p| speaks(&p.id))
                || data.sources[&s.source].outlet.as_deref() == Some(actor)
        })
        .map(|s| Row::new(data, s))
        .collect();
    Said {
        actor: Ref::new(data, actor),
        members: member_ids.iter().map(|m| Ref::new(data, m)).collect(),
        stated,
        relayed,
    }
}
