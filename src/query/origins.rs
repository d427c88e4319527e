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
use schemars::JsonSchema;
use serde::Serialize;

use crate::json::Answer;
use crate::model::affiliation::Place;
use crate::model::date::PartialDate;
use crate::model::{Dataset, RecordKind, Stance};
use crate::query::timeline::{First, first_dated};
use crate::query::trace::ClaimHeader;
use crate::query::{Affiliation, Ref};

/// The answer of `origins`: a claim's speakers grouped by affiliation, and
/// how widely it was echoed.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Origins {
    /// The claim asked about.
    pub claim: ClaimHeader,
    /// The counts that sum the answer up.
    pub headline: Headline,
    /// One group per affiliation root, in the order their first speaker
    /// appears in the data; empty when nobody states the claim.
    pub groups: Vec<Group>,
}

impl Answer for Origins {
    const SCHEMA: &'static str = "origins";
}

/// How many outlets repeat the claim, for how many independent origins.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Headline {
    /// Distinct outlets carrying the claim: publishing a document with one of
    /// its statements, relaying one, or stating it with stance `Reports`.
    pub repeating_outlets: usize,
    /// Distinct affiliation roots among the speakers that affirm or hedge
    /// the claim.
    pub independent_origins: usize,
    /// Those roots, in the order of `groups`: the groups that count.
    pub independent: Vec<Ref>,
    /// `repeating_outlets / independent_origins`, rounded to 2 decimals; null
    /// when there is no independent origin.
    pub echo_ratio: Option<f64>,
    /// One count per stance taken, in stance order (`Affirms`, `Denies`,
    /// `Hedges`, `Reports`); stances nobody takes are left out.
    pub stance_split: Vec<StanceCount>,
    /// The claim's first dated statements, any stance, by the rule of
    /// [`first_dated`] (the timeline's); null when none is dated.
    pub first: Option<First>,
}

/// The statements of the claim taking one stance, and who made them.
#[derive(Debug, Serialize, JsonSchema)]
pub struct StanceCount {
    /// `Affirms`, `Denies`, `Hedges` or `Reports`.
    pub stance: Stance,
    /// Statements of the claim with this stance.
    pub statements: usize,
    /// Distinct speakers of those statements.
    pub speakers: usize,
    /// Their distinct places (side, else country, else unknown,
    /// [`Affiliation::place`]), in first-seen order.
    pub places: Vec<Place>,
}

/// Origins sharing one affiliation root.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Group {
    /// The root: the top of the speakers' `member_of` / `owner` chain, or a
    /// speaker that belongs to nothing.
    pub affiliation: Ref,
    /// Country code of the group's first speaker ([`Affiliation::country`]);
    /// null when none is known.
    pub country: Option<String>,
    /// Side of the group's first speaker ([`Affiliation::side`]); null when
    /// none is known.
    pub side: Option<String>,
    /// Where the group stands, saying whether it is a side or a country.
    pub place: Place,
    /// Whether the group counts as an independent origin: one of its
    /// speakers affirms or hedges the claim. A group whose speakers only
    /// deny or report it is not an origin of the claim.
    pub independent: bool,
    /// The group's speakers, in the order they first speak; those that deny
    /// or only report the claim included.
    pub origins: Vec<Origin>,
}

impl Group {}

/// One speaker of the claim: its stances, statements and the outlets carrying them.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Origin {
    /// The speaker, an actor or an outlet.
    pub speaker: Ref,
    /// The speaker's role (`"Spokesperson of the Ministry of Defence"`), when
    /// the data gives one.
    pub role: Option<String>,
    /// The records above the speaker, nearest first, up to the group's root
    /// ([`Affiliation::chain`]); empty when it belongs to nothing.
    pub member_of: Vec<Ref>,
    /// The distinct stances it takes on the claim, in stance order.
    pub stances: Vec<Stance>,
    /// Ids of its statements of the claim, in data order.
    pub statements: Vec<String>,
    /// Distinct outlets publishing or relaying those statements, plus the
    /// speaker itself when it is an outlet stating the claim with `Reports`;
    /// in first-seen order, possibly empty.
    pub outlets: Vec<Ref>,
    /// The earliest date of its statements of the claim ([`first_dated`]:
    /// own date, else the document's); null when none is dated.
    pub first_date: Option<PartialDate>,
}

impl Origin {
    /// Whether this speaker puts the claim forward (affirms or hedges it).
    pub fn puts_forward(&self) -> bool {
        self.stances.iter().any(|s| s.puts_forward())
    }
}

/// One speaker's stances, statement ids and the outlets carrying them.
/// What one speaker of a claim did: its stances, its statements and the
/// outlets that carried them.
#[derive(Default)]
struct SpeakerTally<'d> {
    stances: IndexSet<Stance>,
    statements: Vec<String>,
    outlets: IndexSet<&'d str>,
}

/// Computes the origins of `claim`.
///
/// Complexity: O(statements of the claim × chain length).
pub fn origins(data: &Dataset, claim: &str) -> Origins {
    let (speakers, all_outlets) = tally_speakers(data, claim);
    let groups = group_by_affiliation(data, speakers);
    let independent: Vec<Ref> = groups
        .iter()
        .filter(|g| g.independent)
        .map(|g| g.affiliation.clone())
        .collect();
    let echo_ratio = (!independent.is_empty()).then(|| {
        let ratio = all_outlets as f64 / independent.len() as f64;
        (ratio * 100.0).round() / 100.0
    });
    Origins {
        claim: ClaimHeader::new(data, claim),
        headline: Headline {
            repeating_outlets: all_outlets,
            independent_origins: independent.len(),
            independent,
            echo_ratio,
            stance_split: stance_split(data, claim),
            first: first_dated(data, data.statements_of(claim)),
        },
        groups,
    }
}

/// Each speaker's tally, in the order they first speak, and how many
/// distinct outlets carry or report the claim.
fn tally_speakers<'d>(
    data: &'d Dataset,
    claim: &str,
) -> (IndexMap<&'d str, SpeakerTally<'d>>, usize) {
    let mut per_speaker: IndexMap<&str, SpeakerTally<'_>> = IndexMap::new();
    let mut all_outlets: IndexSet<&str> = IndexSet::new();
    for s in data.statements_of(claim) {
        let entry = per_speaker.entry(s.speaker.id.as_str()).or_default();
        entry.stances.insert(s.stance);
        entry.statements.push(s.id.clone());
        let carriers = data.carriers(s).filter(|id| data.outlets.contains_key(*id));
        // An outlet that only reports the claim is an echo, not an origin.
        let reporting = (s.speaker.kind == RecordKind::Outlet && s.stance == Stance::Reports)
            .then_some(s.speaker.id.as_str());
        for outlet in carriers.chain(reporting) {
            entry.outlets.insert(outlet);
            all_outlets.insert(outlet);
        }
    }
    (per_speaker, all_outlets.len())
}

/// Statements, speakers and sides per stance, in stance order.
fn stance_split(data: &Dataset, claim: &str) -> Vec<StanceCount> {
    let mut split: IndexMap<Stance, (usize, IndexSet<&str>, IndexSet<Place>)> = IndexMap::new();
    // A speaker's place is the walk up its affiliation: once per speaker,
    // not once per statement.
    let mut places: std::collections::HashMap<&str, Place> = std::collections::HashMap::new();
    for s in data.statements_of(claim) {
        let entry = split.entry(s.stance).or_default();
        entry.0 += 1;
        entry.1.insert(&s.speaker.id);
        let place = places
            .entry(s.speaker.id.as_str())
            .or_insert_with(|| Affiliation::place_of(data, &s.speaker.id));
        entry.2.insert(place.clone());
    }
    let mut counts: Vec<StanceCount> = split
        .into_iter()
        .map(|(stance, (statements, speakers, places))| StanceCount {
            stance,
            statements,
            speakers: speakers.len(),
            places: places.into_iter().collect(),
        })
        .collect();
    counts.sort_by_key(|s| s.stance);
    counts
}

/// The speakers grouped under the top of their affiliation; a group is an
/// independent origin when one of its speakers puts the claim forward.
fn group_by_affiliation(data: &Dataset, speakers: IndexMap<&str, SpeakerTally<'_>>) -> Vec<Group> {
    let mut groups: IndexMap<String, Group> = IndexMap::new();
    for (speaker, tally) in speakers {
        let affiliation = Affiliation::of(data, speaker);
        let group = groups
            .entry(affiliation.root.id.clone())
            .or_insert_with(|| Group {
                affiliation: affiliation.root.clone(),
                country: affiliation.country.clone(),
                side: affiliation.side.clone(),
                place: affiliation.place(),
                independent: false,
                origins: Vec::new(),
            });
        group.independent |= tally.stances.iter().any(|s| s.puts_forward());
        let mut stances: Vec<Stance> = tally.stances.into_iter().collect();
        stances.sort();
        let first_date = first_dated(
            data,
            tally
                .statements
                .iter()
                .filter_map(|id| data.statements.get(id)),
        )
        .map(|f| f.date);
        group.origins.push(Origin {
            speaker: Ref::new(data, speaker),
            role: data.actors.get(speaker).and_then(|a| a.role.clone()),
            member_of: affiliation.chain,
            stances,
            statements: tally.statements,
            outlets: tally
                .outlets
                .into_iter()
                .map(|o| Ref::new(data, o))
                .collect(),
            first_date,
        });
    }
    groups.into_values().collect()
}
