//! `said`: everything an actor stated, grouped by stance, and everything it relayed.

use std::collections::HashSet;

use schemars::JsonSchema;
use serde::Serialize;

use crate::json::Answer;
use crate::model::date::PartialDate;
use crate::model::{Dataset, Stance, Statement, affiliation};
use crate::query::Ref;

/// The answer of `said`: what an actor or outlet stated, and what it carried.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Said {
    /// The actor or outlet asked about.
    pub actor: Ref,
    /// With `--members`, the actors and outlets belonging to it, directly or
    /// through others, sorted by id; empty without it.
    pub members: Vec<Ref>,
    /// Statements it (or a member) made, one group per stance in stance
    /// order; stances never taken are left out.
    pub stated: Vec<StanceGroup>,
    /// Statements it (or a member) carried, by publishing their document or
    /// relaying them, whoever the speaker; in data order.
    pub relayed: Vec<Row>,
    /// Statements made by the actors and outlets belonging to it, directly or
    /// through others, counted with or without `--members` (so a reader
    /// can be told that its members spoke).
    pub member_statements: usize,
}

impl Answer for Said {
    const SCHEMA: &'static str = "said";
}

/// The statements taking one stance.
#[derive(Debug, Serialize, JsonSchema)]
pub struct StanceGroup {
    /// `Affirms`, `Denies`, `Hedges` or `Reports`.
    pub stance: Stance,
    /// The statements, in data order; never empty.
    pub statements: Vec<Row>,
}

/// One statement in a listing.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Row {
    /// The statement's id.
    pub statement: String,
    /// The claim stated.
    pub claim: Ref,
    /// Who made the statement.
    pub speaker: Ref,
    /// `Affirms`, `Denies`, `Hedges` or `Reports`.
    pub stance: Stance,
    /// The document reporting it.
    pub source: Ref,
    /// When it was made, `YYYY[-MM[-DD]]`: its own date, else its document's;
    /// null when neither is known.
    pub date: Option<PartialDate>,
    /// The quoted words, verbatim, in the original script.
    pub quote: String,
}

impl Row {
    /// The row of statement `s`.
    pub fn new(data: &Dataset, s: &Statement) -> Self {
        Row {
            statement: s.id.clone(),
            claim: Ref::new(data, &s.claim),
            speaker: Ref::new(data, &s.speaker.id),
            stance: s.stance,
            source: Ref::new(data, &s.source),
            date: data.date_of(s),
            quote: s.quote.clone(),
        }
    }
}

/// What `actor` (an actor or outlet) said and carried (published or
/// relayed); with `members`, also what the actors and outlets belonging to it
/// ([`affiliation::members`]) said and carried.
pub fn said(data: &Dataset, actor: &str, members: bool) -> Said {
    let all_members = affiliation::members(data, actor);
    // Sets, not the sorted list: a root may have thousands of members.
    let member_set: HashSet<&str> = all_members.iter().map(String::as_str).collect();
    let member_statements = data
        .statements
        .values()
        .filter(|s| member_set.contains(s.speaker.id.as_str()))
        .count();
    let speakers: HashSet<&str> = if members { member_set } else { HashSet::new() };
    let speaks = |id: &str| id == actor || speakers.contains(id);
    let member_ids = if members {
        all_members.clone()
    } else {
        Vec::new()
    };
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
        .filter(|s| data.carriers(s).any(speaks))
        .map(|s| Row::new(data, s))
        .collect();
    Said {
        actor: Ref::new(data, actor),
        members: member_ids.iter().map(|m| Ref::new(data, m)).collect(),
        stated,
        relayed,
        member_statements,
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

    fn ids(rows: &[Row]) -> Vec<&str> {
        rows.iter().map(|r| r.statement.as_str()).collect()
    }

    #[test]
    fn members_own_publications_count_as_carried() {
        let ws = bundled();
        let alone = said(&ws.data, "al-jazeera-media-network", false);
        assert!(alone.relayed.is_empty());
        let with = said(&ws.data, "al-jazeera-media-network", true);
        assert_eq!(
            with.members
                .iter()
                .map(|m| m.id.as_str())
                .collect::<Vec<_>>(),
            ["al-jazeera-mubasher"]
        );
        let published: Vec<&str> = ws
            .data
            .statements
            .values()
            .filter(|s| ws.data.sources[&s.source].outlet.as_deref() == Some("al-jazeera-mubasher"))
            .map(|s| s.id.as_str())
            .collect();
        assert!(!published.is_empty());
        assert_eq!(ids(&with.relayed), published);
    }

    #[test]
    fn an_organisation_whose_members_spoke_is_told_so() {
        let ws = bundled();
        let alone = said(&ws.data, "azerbaijan", false);
        assert!(alone.stated.is_empty());
        assert!(alone.member_statements > 0);
        let with = said(&ws.data, "azerbaijan", true);
        let stated: usize = with.stated.iter().map(|g| g.statements.len()).sum();
        assert_eq!(stated, alone.member_statements);
    }

    #[test]
    fn an_owner_speaks_and_relays_through_its_outlets() {
        let ws = bundled();
        let with = said(&ws.data, "rossiya-segodnya", true);
        let sputnik = said(&ws.data, "sputnik", false);
        let stated = |s: &Said| s.stated.iter().map(|g| g.statements.len()).sum::<usize>();
        assert!(stated(&with) >= stated(&sputnik) && stated(&sputnik) > 0);
        assert!(with.relayed.len() >= sputnik.relayed.len() && !sputnik.relayed.is_empty());
    }
}
