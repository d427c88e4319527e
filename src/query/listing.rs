//! `claims` and `actors`: listings narrowed by the statements behind them.
//!
//! Filters apply to statements: `--about` (the claim is about an entity),
//! `--by` (the speaker is this actor, or with `--members` also one of the
//! actors and outlets belonging to it, as for `said`), `--outlet` (the
//! outlet publishes or relays the statement), `--stance`. A claim or actor is
//! listed when at least one of its statements passes every filter given.

use indexmap::{IndexMap, IndexSet};
use schemars::JsonSchema;
use serde::Serialize;

use crate::json::{Answer, Listing};
use crate::model::{ActorKind, ClaimKind, Dataset, Stance, Statement, affiliation};
use crate::query::Ref;

/// Resolved filters; `None` lets everything through.
#[derive(Debug, Default, Clone)]
pub struct Filter {
    /// `--about`: entity id; keeps statements of claims about it.
    pub about: Option<String>,
    /// `--by`: actor or outlet id; keeps statements made by it (and, with
    /// `members`, by the actors and outlets belonging to it).
    pub by: Option<String>,
    /// `--members`: `by` also takes in the actors and outlets belonging to
    /// it, directly or through others ([`affiliation::members`]), as `said
    /// --members` does; off by default.
    pub members: bool,
    /// `--outlet`: outlet id; keeps statements it publishes, relays or makes.
    pub outlet: Option<String>,
    /// `--stance`: keeps statements taking this stance.
    pub stance: Option<Stance>,
}

/// The filter a listing applied, echoed in its answer so that a reader (or
/// a pipeline) can tell the counts cover only the matching statements.
#[derive(Debug, Serialize, JsonSchema)]
pub struct AppliedFilter {
    /// `--about`: the entity; null when not given.
    pub about: Option<Ref>,
    /// `--by`: the speaker; null when not given.
    pub by: Option<Ref>,
    /// `--members`: whether `by` takes in its members.
    pub members: bool,
    /// `--outlet`: the outlet; null when not given.
    pub outlet: Option<Ref>,
    /// `--stance`: the stance; null when not given.
    pub stance: Option<Stance>,
}

impl AppliedFilter {
    /// `filter` with its ids named.
    pub fn new(data: &Dataset, filter: &Filter) -> Self {
        let named = |id: &Option<String>| id.as_deref().map(|id| Ref::new(data, id));
        AppliedFilter {
            about: named(&filter.about),
            by: named(&filter.by),
            members: filter.members,
            outlet: named(&filter.outlet),
            stance: filter.stance,
        }
    }

    /// Whether no filter was given, so the counts cover every statement.
    pub fn is_empty(&self) -> bool {
        self.about.is_none() && self.by.is_none() && self.outlet.is_none() && self.stance.is_none()
    }
}

impl Filter {
    /// Whether no filter is set, so every statement passes.
    pub(crate) fn is_empty(&self) -> bool {
        self.about.is_none() && self.by.is_none() && self.outlet.is_none() && self.stance.is_none()
    }

    /// Statements passing the filter made by the members of `by` (none
    /// without `by`), counted with or without `members`, as `said` counts
    /// them: so a listing can say that `--members` would add some.
    pub(crate) fn member_statements(&self, data: &Dataset) -> usize {
        let Some(by) = &self.by else { return 0 };
        let members = affiliation::members(data, by);
        let members: std::collections::HashSet<&str> = members.iter().map(String::as_str).collect();
        let with = Filter {
            members: true,
            ..self.clone()
        };
        with.matching(data)
            .iter()
            .filter(|s| members.contains(s.speaker.id.as_str()))
            .count()
    }

    /// The statements passing every filter given, in data order (all of them
    /// when none is given); `statements` narrows these further.
    pub fn matching<'d>(&self, data: &'d Dataset) -> Vec<&'d Statement> {
        let speakers: Option<std::collections::HashSet<String>> = self.by.as_ref().map(|by| {
            let mut ids: std::collections::HashSet<String> = if self.members {
                affiliation::members(data, by).into_iter().collect()
            } else {
                std::collections::HashSet::new()
            };
            ids.insert(by.clone());
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
                    .is_none_or(|ids| ids.contains(s.speaker.id.as_str()))
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

/// The answer of `claims`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ClaimList {
    /// The filter applied; every field null (and `members` false) when none
    /// was given. Under a filter the counts cover only matching statements.
    pub filter: AppliedFilter,
    /// Statements passing the filter made by the actors and outlets
    /// belonging to `by`, directly or through others, counted with or
    /// without `members` (as `said` counts them); 0 without `by`.
    pub member_statements: usize,
    /// The claims with a statement passing the filters (all claims without
    /// filters), in data order.
    pub claims: Vec<ClaimRow>,
}

impl Answer for ClaimList {
    const SCHEMA: &'static str = "claims";
}

impl Listing for ClaimList {
    type Item = ClaimRow;

    fn items(&self) -> Vec<&ClaimRow> {
        self.claims.iter().collect()
    }
}

/// One claim, with counts over its statements that pass the filters (all
/// its statements when no filter is given).
#[derive(Debug, Serialize, JsonSchema)]
pub struct ClaimRow {
    /// The claim's id.
    pub id: String,
    /// `Fact`, `Figure`, `Opinion` or `Prediction` (not `kind`, which in a
    /// [`Ref`] is the record type).
    pub claim_kind: ClaimKind,
    /// The claim's wording in English.
    pub text: String,
    /// Statements of the claim passing the filters.
    pub statements: usize,
    /// Distinct speakers of those statements.
    pub speakers: usize,
    /// Statements with stance `Affirms` (hedges not counted).
    pub affirms: usize,
    /// Statements with stance `Denies`.
    pub denies: usize,
}

/// Claims with a statement passing `filter` (all claims when it is empty).
pub fn claims(data: &Dataset, filter: &Filter) -> ClaimList {
    let matching = filter.matching(data);
    // The matching statements of each claim, in data order, in one pass.
    let mut wanted: IndexMap<&str, Vec<&Statement>> = IndexMap::new();
    for s in &matching {
        wanted.entry(s.claim.as_str()).or_default().push(s);
    }
    let claims = data
        .claims
        .values()
        .filter(|c| filter.is_empty() || wanted.contains_key(c.id.as_str()))
        .map(|c| {
            let all: Vec<&Statement> = if filter.is_empty() {
                data.statements_of(&c.id).collect()
            } else {
                wanted.get(c.id.as_str()).cloned().unwrap_or_default()
            };
            let speakers: IndexSet<&str> = all.iter().map(|s| s.speaker.id.as_str()).collect();
            ClaimRow {
                id: c.id.clone(),
                claim_kind: c.kind,
                text: c.text.clone(),
                statements: all.len(),
                speakers: speakers.len(),
                affirms: all.iter().filter(|s| s.stance == Stance::Affirms).count(),
                denies: all.iter().filter(|s| s.stance == Stance::Denies).count(),
            }
        })
        .collect();
    ClaimList {
        filter: AppliedFilter::new(data, filter),
        member_statements: filter.member_statements(data),
        claims,
    }
}

/// The answer of `actors`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ActorList {
    /// The filter applied; every field null (and `members` false) when none
    /// was given. Under a filter the counts cover only matching statements.
    pub filter: AppliedFilter,
    /// Statements passing the filter made by the actors and outlets
    /// belonging to `by`, directly or through others, counted with or
    /// without `members` (as `said` counts them); 0 without `by`.
    pub member_statements: usize,
    /// The actors (not outlets) that made a statement passing the filters
    /// (all actors without filters), in data order.
    pub actors: Vec<ActorRow>,
}

impl Answer for ActorList {
    const SCHEMA: &'static str = "actors";
}

impl Listing for ActorList {
    type Item = ActorRow;

    fn items(&self) -> Vec<&ActorRow> {
        self.actors.iter().collect()
    }
}

/// One actor, as its record gives it, with the number of its statements
/// passing the filters.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ActorRow {
    /// The actor's id.
    pub id: String,
    /// What sort of speaker it is: `Person`, `Ministry`, `Government`, …
    /// (not `kind`, which in a [`Ref`] is the record type).
    pub actor_kind: ActorKind,
    /// Display name: the English name, else the first given.
    pub name: String,
    /// The first name not in English, usually in the original script; null
    /// when there is none.
    pub original: Option<String>,
    /// Position or function (`"Spokesperson of the Ministry of Defence"`);
    /// null when not given.
    pub role: Option<String>,
    /// The organisation it belongs to directly; null when none.
    pub member_of: Option<Ref>,
    /// Its own `side` (not inherited through `member_of`); null when not given.
    pub side: Option<String>,
    /// Statements it made that pass the filters (all it made when no filter
    /// is given).
    pub statements: usize,
}

/// Actors who made a statement passing `filter` (all actors when it is empty).
pub fn actors(data: &Dataset, filter: &Filter) -> ActorList {
    let matching = filter.matching(data);
    let wanted: IndexSet<&str> = matching.iter().map(|s| s.speaker.id.as_str()).collect();
    // One pass over the statements, not one per actor.
    let mut spoken: IndexMap<&str, usize> = IndexMap::new();
    let counted: Vec<&Statement> = if filter.is_empty() {
        data.statements.values().collect()
    } else {
        matching.clone()
    };
    for s in counted {
        *spoken.entry(s.speaker.id.as_str()).or_default() += 1;
    }
    let actors = data
        .actors
        .values()
        .filter(|a| filter.is_empty() || wanted.contains(a.id.as_str()))
        .map(|a| ActorRow {
            id: a.id.clone(),
            actor_kind: a.kind,
            name: data.name_of(&a.id),
            original: data.original_name_of(&a.id),
            role: a.role.clone(),
            member_of: a.member_of.as_deref().map(|m| Ref::new(data, m)),
            side: a.side.clone(),
            statements: spoken.get(a.id.as_str()).copied().unwrap_or(0),
        })
        .collect();
    ActorList {
        filter: AppliedFilter::new(data, filter),
        member_statements: filter.member_statements(data),
        actors,
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::workspace::Workspace;

    fn bundled() -> Workspace {
        Workspace::open(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"))
    }

    #[test]
    fn filtered_actors_count_only_the_matching_statements() {
        let ws = bundled();
        let filter = Filter {
            stance: Some(Stance::Denies),
            ..Filter::default()
        };
        let list = actors(&ws.data, &filter);
        let mod_ = list.actors.iter().find(|a| a.id == "armenia-mod").unwrap();
        let denials = ws
            .data
            .statements
            .values()
            .filter(|s| s.speaker.id == "armenia-mod" && s.stance == Stance::Denies)
            .count();
        assert_eq!(mod_.statements, denials);
        let all = actors(&ws.data, &Filter::default());
        let all_mod = all.actors.iter().find(|a| a.id == "armenia-mod").unwrap();
        assert!(all_mod.statements > mod_.statements);
    }

    #[test]
    fn filtered_claims_count_only_the_matching_statements() {
        let ws = bundled();
        let filter = Filter {
            by: Some("azerbaijan-mod".into()),
            ..Filter::default()
        };
        let list = claims(&ws.data, &filter);
        let row = list
            .claims
            .iter()
            .find(|c| c.id == "am-systematic-shelling-2023")
            .unwrap();
        assert_eq!((row.statements, row.speakers, row.denies), (1, 1, 0));
    }

    #[test]
    fn by_takes_in_members_only_with_members() {
        let ws = bundled();
        let by = |members| Filter {
            by: Some("azerbaijan".into()),
            members,
            ..Filter::default()
        };
        assert!(claims(&ws.data, &by(false)).claims.is_empty());
        assert!(!claims(&ws.data, &by(true)).claims.is_empty());
    }
}
