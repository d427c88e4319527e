//! `contradictions`: explicit `Contradicts` relations between claims, and
//! implied ones where one speaker affirms what another denies.

use serde::Serialize;

use crate::model::{Dataset, RelationKind, Stance};
use crate::query::{Affiliation, Ref};

#[derive(Debug, Serialize)]
pub struct Contradictions {
    pub explicit: Vec<Explicit>,
    pub implied: Vec<Implied>,
}

/// Two claims the data says contradict each other, and who backs each.
#[derive(Debug, Serialize)]
pub struct Explicit {
    pub from: Side,
    pub to: Side,
    pub note: Option<String>,
    pub grounds: Vec<String>,
}

/// A claim and the speakers that affirm or hedge it.
#[derive(Debug, Serialize)]
pub struct Side {
    pub claim: Ref,
    pub backers: Vec<Backer>,
}

#[derive(Debug, Serialize)]
pub struct Backer {
    pub speaker: Ref,
    pub side: String,
    pub stance: Stance,
    pub statement: String,
}

/// One claim, affirmed by some and denied by others.
#[derive(Debug, Serialize)]
pub struct Implied {
    pub claim: Ref,
    pub affirming: Vec<Backer>,
    pub denying: Vec<Backer>,
}

fn backers(data: &Dataset, claim: &str, stances: &[Stance]) -> Vec<Backer> {
    data.statements_of(claim)
        .filter(|s| stances.contains(&s.stance))
        .map(|s| Backer {
            speaker: Ref::new(data, &s.speaker.id),
            side: Affiliation::of(data, &s.speaker.id).place(),
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
            },
            to: Side {
                claim: Ref::new(data, &r.to),
                backers: backers(data, &r.to, &asserting),
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
