//! `origins`: the distinct original speakers of a claim, grouped by
//! affiliation, and how widely each was echoed.
//!
//! An *origin* is the root of a chain: the speaker of a statement. Origins that
//! affirm or hedge put the claim forward; two of them are *independent* when
//! their affiliations (the top of their `member_of` or `owner` chains) differ.
//! A *repeating outlet* is any outlet that carries the claim: as publisher of a
//! document, as a relay, or as a speaker that only reports it. The *echo ratio*
//! is repeating outlets per independent origin.

use std::borrow::Cow;

use indexmap::IndexSet;
use schemars::JsonSchema;
use serde::Serialize;

use crate::json::Answer;
use crate::model::affiliation::{self, Place, Standing};
use crate::model::date::PartialDate;
use crate::model::{Dataset, IdRefMap, IdRefSet, RecordKind, Stance, Statement};
#[cfg(doc)]
use crate::query::Affiliation;
use crate::query::Ref;
use crate::query::timeline::{First, earliest_date, first_dated};
use crate::query::trace::ClaimHeader;

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

/// What one speaker of a claim did: its stances, its statements and the
/// outlets that carried them.
struct SpeakerTally<'d> {
    /// The distinct stances, in the order first taken (at most four).
    stances: Vec<Stance>,
    statements: Vec<&'d Statement>,
    outlets: IdRefSet<'d>,
}

/// The speakers of a claim, in the order they first speak, and what each
/// statement's stance and speaker were.
struct Tally<'d> {
    speakers: IdRefMap<'d, SpeakerTally<'d>>,
    /// Each statement's stance and its speaker's index in `speakers`, in
    /// data order.
    stated: Vec<(Stance, usize)>,
    /// Distinct outlets carrying or reporting the claim.
    outlets: usize,
}

/// Computes the origins of `claim`.
///
/// Complexity: O(S + P × C) for the S statements of the claim and its P
/// speakers, whose affiliation chains are C records long: each statement is
/// looked at once, each speaker's standing read once.
pub fn origins(data: &Dataset, claim: &str) -> Origins {
    let statements: Vec<&Statement> = data.statements_of(claim).collect();
    let tally = tally_speakers(data, &statements);
    let standings: Vec<Cow<'_, Standing>> = tally
        .speakers
        .keys()
        .map(|speaker| affiliation::standing(data, speaker))
        .collect();
    let places: Vec<Place> = standings.iter().map(|s| s.place()).collect();
    let stance_split = stance_split(&tally.stated, &places);
    let groups = group_by_affiliation(data, tally.speakers, &standings, places);
    let independent: Vec<Ref> = groups
        .iter()
        .filter(|g| g.independent)
        .map(|g| g.affiliation.clone())
        .collect();
    let echo_ratio = (!independent.is_empty()).then(|| {
        let ratio = tally.outlets as f64 / independent.len() as f64;
        (ratio * 100.0).round() / 100.0
    });
    Origins {
        claim: ClaimHeader::new(data, claim),
        headline: Headline {
            repeating_outlets: tally.outlets,
            independent_origins: independent.len(),
            independent,
            echo_ratio,
            stance_split,
            first: first_dated(data, statements.iter().copied()),
        },
        groups,
    }
}

/// Each speaker's tally, in the order they first speak, and how many
/// distinct outlets carry or report the claim.
fn tally_speakers<'d>(data: &'d Dataset, statements: &[&'d Statement]) -> Tally<'d> {
    let mut speakers: IdRefMap<'d, SpeakerTally<'d>> = IdRefMap::default();
    let mut stated = Vec::with_capacity(statements.len());
    let mut all_outlets = IdRefSet::default();
    for &s in statements {
        let entry = speakers.entry(s.speaker.id.as_str());
        let index = entry.index();
        let tally = entry.or_insert_with(|| SpeakerTally {
            stances: Vec::new(),
            statements: Vec::new(),
            outlets: IdRefSet::default(),
        });
        if !tally.stances.contains(&s.stance) {
            tally.stances.push(s.stance);
        }
        tally.statements.push(s);
        stated.push((s.stance, index));
        let carriers = data.carriers(s).filter(|id| data.outlets.contains_key(*id));
        // An outlet that only reports the claim is an echo, not an origin.
        let reporting = (s.speaker.kind == RecordKind::Outlet && s.stance == Stance::Reports)
            .then_some(s.speaker.id.as_str());
        for outlet in carriers.chain(reporting) {
            tally.outlets.insert(outlet);
            all_outlets.insert(outlet);
        }
    }
    Tally {
        speakers,
        stated,
        outlets: all_outlets.len(),
    }
}

/// Statements, speakers and places per stance, in stance order, from each
/// statement's stance and speaker and each speaker's place.
fn stance_split(stated: &[(Stance, usize)], places: &[Place]) -> Vec<StanceCount> {
    struct Split<'p> {
        statements: usize,
        speakers: usize,
        places: IndexSet<&'p Place, foldhash::fast::RandomState>,
    }
    // Indexed by stance, so the split comes out in stance order.
    let mut split: [Option<(Stance, Split<'_>)>; Stance::ALL.len()] = Default::default();
    // Which stances each speaker was already counted under, one bit each.
    let mut counted = vec![0u8; places.len()];
    for &(stance, speaker) in stated {
        let (_, entry) = split[stance as usize].get_or_insert_with(|| {
            let empty = Split {
                statements: 0,
                speakers: 0,
                places: IndexSet::default(),
            };
            (stance, empty)
        });
        entry.statements += 1;
        let bit = 1u8 << stance as u8;
        if counted[speaker] & bit == 0 {
            counted[speaker] |= bit;
            entry.speakers += 1;
            entry.places.insert(&places[speaker]);
        }
    }
    split
        .into_iter()
        .flatten()
        .map(|(stance, split)| StanceCount {
            stance,
            statements: split.statements,
            speakers: split.speakers,
            places: split.places.into_iter().cloned().collect(),
        })
        .collect()
}

/// The speakers grouped under the top of their affiliation; a group is an
/// independent origin when one of its speakers puts the claim forward.
/// `standings` and `places` are the speakers', in the order of `speakers`.
fn group_by_affiliation<'d>(
    data: &'d Dataset,
    speakers: IdRefMap<'d, SpeakerTally<'d>>,
    standings: &[Cow<'d, Standing>],
    places: Vec<Place>,
) -> Vec<Group> {
    let mut groups: IdRefMap<'_, Group> = IdRefMap::default();
    for (((speaker, tally), standing), place) in speakers.into_iter().zip(standings).zip(places) {
        let group = groups
            .entry(standing.root(speaker))
            .or_insert_with(|| Group {
                affiliation: Ref::new(data, standing.root(speaker)),
                country: standing.country.clone(),
                side: standing.side.clone(),
                place,
                independent: false,
                origins: Vec::new(),
            });
        group.independent |= tally.stances.iter().any(|s| s.puts_forward());
        let mut stances = tally.stances;
        stances.sort();
        group.origins.push(Origin {
            speaker: Ref::new(data, speaker),
            role: data.actors.get(speaker).and_then(|a| a.role.clone()),
            member_of: standing.above.iter().map(|id| Ref::new(data, id)).collect(),
            stances,
            statements: tally.statements.iter().map(|s| s.id.clone()).collect(),
            outlets: tally
                .outlets
                .into_iter()
                .map(|o| Ref::new(data, o))
                .collect(),
            first_date: earliest_date(data, tally.statements.iter().copied()),
        });
    }
    groups.into_values().collect()
}
