//! `claims` and `actors`: listings narrowed by the statements behind them.
//!
//! Filters apply to statements: `--about` (the claim is about an entity),
//! `--by` (the speaker is this actor or one of its members), `--outlet` (the
//! outlet publishes or relays the statement), `--stance`. A claim or actor is
//! listed when at least one of its statements passes every filter given.

use indexmap::{IndexMap, IndexSet};
use serde::Serialize;

use crate::model::{ActorKind, ClaimKind, Dataset, Stance, Statement, affiliation};

/// Resolved filters; `None` lets everything through.
#[derive(Debug, Default, Serialize)]
pub struct Filter {
    pub about: Option<String>,
    pub by: Option<String>,
    pub outlet: Option<String>,
    pub stance: Option<Stance>,
}

impl Filter {
    fn is_empty(&self) -> bool {
        self.about.is_none() && self.by.is_none() && self.outlet.is_none() && self.stance.is_none()
    }

    fn matching<'d>(&self, data: &'d Dataset) -> Vec<&'d Statement> {
        let speakers: Option<Vec<String>> = self.by.as_ref().map(|by| {
            let mut ids = affiliation::members(data, by);
            ids.push(by.clone());
            ids
        });
        data.statements
            .values()
            .filter(|s| {
                self.about
                    .as_ref()
                    .is_none_or(|e| data.claims[&s.claim].about.contains(e))
            })
            .filter(|s| {
                speakers
                    .as_ref()
                    .is_none_or(|ids| ids.contains(&s.speaker.id))
            })
            .filter(|s| {
                self.outlet
                    .as_ref()
                    .is_none_or(|o| data.carries(o, s) || &s.speaker.id == o)
            })
            .filter(|s| self.stance.is_none_or(|st| s.stance == st))
            .collect()
    }
}

#[derive(Debug, Serialize)]
pub struct ClaimList {
    pub claims: Vec<ClaimRow>,
}

#[derive(Debug, Serialize)]
pub struct ClaimRow {
    pub id: String,
    pub kind: ClaimKind,
    pub text: String,
    pub statements: usize,
    pub speakers: usize,
    pub affirms: usize,
    pub denies: usize,
}

/// Claims with a statement passing `filter` (all claims when it is empty).
pub fn claims(data: &Dataset, filter: &Filter) -> ClaimList {
    let matching = filter.matching(data);
    let wanted: IndexSet<&str> = matching.iter().map(|s| s.claim.as_str()).collect();
    let claims = data
        .claims
        .values()
        .filter(|c| filter.is_empty() || wanted.contains(c.id.as_str()))
        .map(|c| {
            let all: Vec<&Statement> = data.statements_of(&c.id).collect();
            let speakers: IndexSet<&str> = all.iter().map(|s| s.speaker.id.as_str()).collect();
            ClaimRow {
                id: c.id.clone(),
                kind: c.kind,
                text: c.text.clone(),
                statements: all.len(),
                speakers: speakers.len(),
                affirms: all.iter().filter(|s| s.stance == Stance::Affirms).count(),
                denies: all.iter().filter(|s| s.stance == Stance::Denies).count(),
            }
        })
        .collect();
    ClaimList { claims }
}

#[derive(Debug, Serialize)]
pub struct ActorList {
    pub actors: Vec<ActorRow>,
}

#[derive(Debug, Serialize)]
pub struct ActorRow {
    pub id: String,
    pub kind: ActorKind,
    pub name: String,
    pub original: Option<String>,
    pub role: Option<String>,
    pub member_of: Option<String>,
    pub side: Option<String>,
    pub statements: usize,
}

/// Actors who made a statement passing `filter` (all actors when it is empty).
pub fn actors(data: &Dataset, filter: &Filter) -> ActorList {
    let matching = filter.matching(data);
    let wanted: IndexSet<&str> = matching.iter().map(|s| s.speaker.id.as_str()).collect();
    // One pass over the statements, not one per actor.
    let mut spoken: IndexMap<&str, usize> = IndexMap::new();
    for s in data.statements.values() {
        *spoken.entry(s.speaker.id.as_str()).or_default() += 1;
    }
    let actors = data
        .actors
        .values()
        .filter(|a| filter.is_empty() || wanted.contains(a.id.as_str()))
        .map(|a| ActorRow {
            id: a.id.clone(),
            kind: a.kind,
            name: data.name_of(&a.id),
            original: data.original_name_of(&a.id),
            role: a.role.clone(),
            member_of: a.member_of.clone(),
            side: a.side.clone(),
            statements: spoken.get(a.id.as_str()).copied().unwrap_or(0),
        })
        .collect();
    ActorList { actors }
}
