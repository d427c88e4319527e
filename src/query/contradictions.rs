//! `contradictions`: explicit `Contradicts` relations between claims, and
//! implied ones where one speaker affirms what another denies.

use schemars::JsonSchema;
use serde::Serialize;

use crate::json::Answer;
use crate::model::affiliation::Place;
use crate::model::{Dataset, RelationKind, Stance};
use crate::query::{Affiliation, Ref};

/// The answer of `contradictions`: claims at odds, by relation or by speakers.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Contradictions {
    /// `Contradicts` relations with the asked claim at either end (all of
    /// them when none is asked), in data order.
    pub explicit: Vec<Explicit>,
    /// The asked claim (or every claim, in data order) when one speaker
    /// affirms or hedges it and a different speaker denies it.
    pub implied: Vec<Implied>,
}

impl Answer for Contradictions {
    const SCHEMA: &'static str = "contradictions";
}

/// Two claims the data says contradict each other, and who backs each.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Explicit {
    /// The relation's `from` claim.
    pub from: Side,
    /// The relation's `to` claim.
    pub to: Side,
    /// Why the claims contradict, as the relation's `note` says; null when
    /// it has none.
    pub note: Option<String>,
    /// Ids of the statements or sources the relation rests on; empty when
    /// none are given.
    pub grounds: Vec<String>,
}

/// A claim and the speakers that affirm or hedge it.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Side {
    /// The claim.
    pub claim: Ref,
    /// One per statement affirming or hedging it, in data order; empty when
    /// nobody puts it forward.
    pub backers: Vec<Backer>,
    /// One per statement that only reports it (stance `Reports`), in data
    /// order; these speakers neither affirm nor deny it.
    pub reporters: Vec<Backer>,
}

/// One statement taking a stance on a claim, and its speaker.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Backer {
    /// Who made the statement.
    pub speaker: Ref,
    /// Where the speaker stands: side, else country, else unknown
    /// ([`Affiliation::place`]).
    pub place: Place,
    /// `Affirms`, `Hedges`, `Denies`, or `Reports` for a reporter.
    pub stance: Stance,
    /// The statement's id.
    pub statement: String,
}

/// One claim, affirmed by some and denied by others.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Implied {
    /// The claim.
    pub claim: Ref,
    /// Statements affirming or hedging it, in data order.
    pub affirming: Vec<Backer>,
    /// Statements denying it, in data order.
    pub denying: Vec<Backer>,
}

fn backers(data: &Dataset, claim: &str, stances: &[Stance]) -> Vec<Backer> {
    data.statements_of(claim)
        .filter(|s| stances.contains(&s.stance))
        .map(|s| Backer {
            speaker: Ref::new(data, &s.speaker.id),
            place: Affiliation::place_of(data, &s.speaker.id),
            stance: s.stance,
            statement: s.id.clone(),
        })
        .collect()
}

/// Contradictions touching `claim`, or all of them.
pub fn contradictions(data: &Dataset, claim: Option<&str>) -> Contradictions {
    let touches = |c: &str| claim.is_none_or(|wanted| wanted == c);
    let asserting = [Stance::Affirms, Stance::Hedges];
    let explicit = data
        .relations
        .iter()
        .filter(|r| r.kind == RelationKind::Contradicts && (touches(&r.from) || touches(&r.to)))
        .map(|r| Explicit {
            from: Side {
                claim: Ref::new(data, &r.from),
                backers: backers(data, &r.from, &asserting),
                reporters: backers(data, &r.from, &[Stance::Reports]),
            },
            to: Side {
                claim: Ref::new(data, &r.to),
                backers: backers(data, &r.to, &asserting),
                reporters: backers(data, &r.to, &[Stance::Reports]),
            },
            note: r.note.clone(),
            grounds: r.grounds.clone(),
        })
        .collect();
    let implied = data
        .claims
        .keys()
        .filter(|c| touches(c))
        .filter_map(|c| {
            let affirming = backers(data, c, &asserting);
            let denying = backers(data, c, &[Stance::Denies]);
            let opposed = denying
                .iter()
                .any(|d| affirming.iter().any(|a| a.speaker.id != d.speaker.id));
            opposed.then(|| Implied {
                claim: Ref::new(data, c),
                affirming,
                denying,
            })
        })
        .collect();
    Contradictions { explicit, implied }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::workspace::Workspace;

    #[test]
    fn a_claim_only_reported_lists_its_reporters() {
        // A fixture keeps such a pair: `tos-not-used` is only reported.
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/reported-only");
        let ws = Workspace::open(&dir);
        let found = contradictions(&ws.data, Some("tos-not-used"));
        let side = found
            .explicit
            .iter()
            .flat_map(|e| [&e.from, &e.to])
            .find(|s| s.claim.id == "tos-not-used")
            .expect("the relation is in the data");
        assert!(side.backers.is_empty());
        let reporters: Vec<&str> = side
            .reporters
            .iter()
            .map(|r| r.statement.as_str())
            .collect();
        assert_eq!(reporters, ["s2"]);
        assert!(side.reporters.iter().all(|r| r.stance == Stance::Reports));
    }
}
