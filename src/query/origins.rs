//! `origins`: the distinct original speakers of a claim, grouped by
//! affiliation, and how widely each was echoed.
//!
//! An *origin* is the root of a chain: the speaker of a statement. Origins that
//! affirm or hedge put the claim forward; two of them are *independent* when
//! their affiliations (the top of their `member_of` or `owner` chains) differ.
//! A *repeating outlet* is any outlet that carries the claim: as publisher of a
//! document, as a relay, or as a speaker that only reports it. The *echo ratio*
//! is repeating outlets per independent origin.

use indexmap::{IndexMap, IndexSet};
use serde::Serialize;

use crate::model::{Dataset, RecordKind, Stance, affiliation};
use crate::query::trace::ClaimHeader;
use crate::query::{Affiliation, Ref};

#[derive(Debug, Serialize)]
pub struct Origins {
    pub claim: ClaimHeader,
    pub headline: Headline,
    pub groups: Vec<Group>,
}

#[derive(Debug, Serialize)]
pub struct Headline {
    pub repeating_outlets: usize,
    pub independent_origins: usize,
    pub echo_ratio: Option<f64>,
    pub stance_split: Vec<StanceCount>,
}

#[derive(Debug, Serialize)]
pub struct StanceCount {
    pub stance: Stance,
    pub statements: usize,
    pub speakers: usize,
    pub sides: Vec<String>,
}

/// Origins sharing one affiliation root.
#[derive(Debug, Serialize)]
pub struct Group {
    pub affiliation: Ref,
    pub country: Option<String>,
    pub side: Option<String>,
    pub origins: Vec<Origin>,
}

impl Group {
    /// Where the group stands: [`affiliation::side_or_country`].
    pub fn side_or_country(&self) -> Option<&str> {
        affiliation::side_or_country(self.side.as_deref(), self.country.as_deref())
    }
}

#[derive(Debug, Serialize)]
pub struct Origin {
    pub speaker: Ref,
    pub stances: Vec<Stance>,
    pub statements: Vec<String>,
    pub outlets: Vec<Ref>,
}

impl Origin {
    /// Whether this speaker puts the claim forward (affirms or hedges it).
    pub fn puts_forward(&self) -> bool {
        self.stances.iter().any(|s| s.puts_forward())
    }
}

/// One speaker's stances, statement ids and the outlets carrying them.
type SpeakerTally<'d> = (IndexSet<Stance>, Vec<String>, IndexSet<&'d str>);

/// Computes the origins of `claim`.
///
/// Complexity: O(statements of the claim × chain length).
pub fn origins(data: &Dataset, claim: &str) -> Origins {
    let mut per_speaker: IndexMap<&str, SpeakerTally<'_>> = IndexMap::new();
    let mut all_outlets: IndexSet<&str> = IndexSet::new();
    for s in data.statements_of(claim) {
        let entry = per_speaker.entry(s.speaker.id.as_str()).or_default();
        entry.0.insert(s.stance);
        entry.1.push(s.id.clone());
        let carriers = data.carriers(s).filter(|id| data.outlets.contains_key(*id));
        let reporting = (s.speaker.kind == RecordKind::Outlet && s.stance == Stance::Reports)
            .then_some(s.speaker.id.as_str());
        for outlet in carriers.chain(reporting) {
            entry.2.insert(outlet);
            all_outlets.insert(outlet);
        }
    }
    let mut groups: IndexMap<String, Group> = IndexMap::new();
    let mut independent: IndexSet<String> = IndexSet::new();
    let mut split: IndexMap<Stance, (usize, IndexSet<&str>, IndexSet<String>)> = IndexMap::new();
    for s in data.statements_of(claim) {
        let entry = split.entry(s.stance).or_default();
        entry.0 += 1;
        entry.1.insert(&s.speaker.id);
        entry.2.insert(Affiliation::of(data, &s.speaker.id).place());
    }
    for (speaker, (stances, statements, outlets)) in per_speaker {
        let affiliation = Affiliation::of(data, speaker);
        if stances.iter().any(|s| s.puts_forward()) {
            independent.insert(affiliation.root.id.clone());
        }
        let group = groups
            .entry(affiliation.root.id.clone())
            .or_insert_with(|| Group {
                affiliation: affiliation.root.clone(),
                country: affiliation.country.clone(),
                side: affiliation.side.clone(),
                origins: Vec::new(),
            });
        let mut stances: Vec<Stance> = stances.into_iter().collect();
        stances.sort();
        group.origins.push(Origin {
            speaker: Ref::new(data, speaker),
            stances,
            statements,
            outlets: outlets.into_iter().map(|o| Ref::new(data, o)).collect(),
        });
    }
    let mut stance_split: Vec<StanceCount> = split
        .into_iter()
        .map(|(stance, (statements, speakers, sides))| StanceCount {
            stance,
            statements,
            speakers: speakers.len(),
            sides: sides.into_iter().collect(),
        })
        .collect();
    stance_split.sort_by_key(|s| s.stance);
    let echo_ratio = (!independent.is_empty()).then(|| {
        let ratio = all_outlets.len() as f64 / independent.len() as f64;
        (ratio * 100.0).round() / 100.0
    });
    Origins {
        claim: ClaimHeader::new(data, claim),
        headline: Headline {
            repeating_outlets: all_outlets.len(),
            independent_origins: independent.len(),
            echo_ratio,
            stance_split,
        },
        groups: groups.into_values().collect(),
    }
}
