//! `said`: everything an actor stated, grouped by stance, and everything it relayed.

use serde::Serialize;

use crate::date::PartialDate;
use crate::graph::ClaimGraph;
use crate::model::{Dataset, Stance, Statement};
use crate::query::{Answer, Ref};
use crate::render::style::Style;
use crate::render::table::table;

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

impl Answer for Said {
    fn text(&self, style: &Style) -> String {
        let mut out = format!("{}\n", style.bold(&self.actor.label()));
        if !self.members.is_empty() {
            let names: Vec<String> = self.members.iter().map(|m| m.name.clone()).collect();
            out.push_str(&format!("including members: {}\n", names.join(", ")));
        }
        if self.stated.is_empty() {
            out.push_str("\nStated nothing in the data.\n");
        }
        for group in &self.stated {
            out.push_str(&format!(
                "\n{} ({})\n",
                style.stance(group.stance),
                group.statements.len()
            ));
            let rows = group
                .statements
                .iter()
                .map(|r| {
                    vec![
                        r.statement.clone(),
                        r.claim.id.clone(),
                        r.speaker.name.clone(),
                        r.date.map(|d| d.to_string()).unwrap_or_default(),
                        r.claim.name.clone(),
                    ]
                })
                .collect();
            out.push_str(&table(
                &["statement", "claim", "speaker", "date", "text"],
                rows,
            ));
        }
        if !self.relayed.is_empty() {
            out.push_str(&format!(
                "\nrelayed or published ({})\n",
                self.relayed.len()
            ));
            let rows = self
                .relayed
                .iter()
                .map(|r| {
                    vec![
                        r.statement.clone(),
                        r.claim.id.clone(),
                        r.speaker.name.clone(),
                        style.stance(r.stance),
                        r.claim.name.clone(),
                    ]
                })
                .collect();
            out.push_str(&table(
                &["statement", "claim", "speaker", "stance", "text"],
                rows,
            ));
        }
        out
    }
}
