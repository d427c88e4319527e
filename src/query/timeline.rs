//! `timeline`: every statement of a claim in date order, and who stated it
//! first: overall, per side and per independent origin.
//!
//! A statement's date is [`Dataset::date_of`]: its own date, else its
//! document's date ([`DateFrom`] says which). Dates sort as
//! [`PartialDate`] orders them (`2020` < `2020-09` < `2020-09-28`); a
//! statement with neither date is listed apart, never guessed. The *first*
//! statements of a set are all those sharing its earliest date
//! ([`first_dated`], the one rule `origins` uses too).

use indexmap::{IndexMap, IndexSet};
use schemars::JsonSchema;
use serde::Serialize;

use crate::json::{Answer, Listing};
use crate::model::affiliation::Place;
use crate::model::date::PartialDate;
use crate::model::{Channel, Dataset, IdRefSet, Stance, Statement};
use crate::query::trace::ClaimHeader;
use crate::query::{Affiliation, Ref};

/// The answer of `timeline`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Timeline {
    /// The claim asked about.
    pub claim: ClaimHeader,
    /// The statements with a date (own or their document's), earliest first;
    /// statements sharing a date keep data order.
    pub dated: Vec<Entry>,
    /// The statements with no date at all, in data order.
    pub undated: Vec<Entry>,
    /// The first dated statements: overall, per side, per independent origin.
    pub first: Firsts,
    /// How many dated statements fall in each period, earliest first.
    pub counts: Counts,
}

impl Answer for Timeline {
    const SCHEMA: &'static str = "timeline";
}

impl Listing for Timeline {
    type Item = Entry;

    fn items(&self) -> Vec<&Entry> {
        self.dated.iter().chain(&self.undated).collect()
    }
}

/// Where a statement's date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DateFrom {
    /// The statement's own `date`.
    Statement,
    /// The statement has none: its document's `date`.
    Document,
}

impl DateFrom {
    /// Where [`Dataset::date_of`] takes `s`'s date from; `None` when it has none.
    pub fn of(data: &Dataset, s: &Statement) -> Option<DateFrom> {
        if s.date.is_some() {
            Some(DateFrom::Statement)
        } else {
            data.date_of(s).map(|_| DateFrom::Document)
        }
    }

    /// `statement` or `document`, as JSON writes it.
    pub fn name(self) -> &'static str {
        match self {
            DateFrom::Statement => "statement",
            DateFrom::Document => "document",
        }
    }
}

/// One statement of the claim on the timeline.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Entry {
    /// The statement's id.
    pub statement: String,
    /// Its date ([`Dataset::date_of`]); null when neither it nor its
    /// document has one.
    pub date: Option<PartialDate>,
    /// Where `date` comes from; null when there is no date.
    pub date_from: Option<DateFrom>,
    /// Who made the statement, an actor or an outlet.
    pub speaker: Ref,
    /// Where the speaker stands ([`Affiliation::place`]).
    pub place: Place,
    /// `Affirms`, `Denies`, `Hedges` or `Reports`.
    pub stance: Stance,
    /// Where the speaker said it; null when not recorded.
    pub channel: Option<Channel>,
    /// The document carrying the statement.
    pub document: Ref,
    /// The outlet publishing the document; null when the source names none.
    pub outlet: Option<Ref>,
    /// Relays, nearest the document first, as `trace` has them.
    pub hops: Vec<Ref>,
    /// The words of the source text, verbatim.
    pub quote: String,
    /// English translation of the quote; null when none is given.
    pub translation: Option<String>,
}

/// The statements of a set sharing its earliest date.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct First {
    /// The earliest date.
    pub date: PartialDate,
    /// Every statement with that date, in data order: more than one is a tie.
    pub statements: Vec<String>,
    /// Their distinct speakers, in the same order.
    pub speakers: Vec<Ref>,
}

/// The first dated statements of the claim.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Firsts {
    /// Over every statement; null when none is dated.
    pub overall: Option<First>,
    /// Per place of the speaker (side, else country, else unknown), in the
    /// order the places first appear in the data; places with no dated
    /// statement are left out.
    pub by_place: Vec<PlaceFirst>,
    /// Per independent origin (the affiliation roots `origins` counts), over
    /// the statements of its speakers that affirm or hedge the claim, in the
    /// order of `origins`; origins with no such dated statement are left out.
    pub by_origin: Vec<OriginFirst>,
}

/// The first dated statement of one place.
#[derive(Debug, Serialize, JsonSchema)]
pub struct PlaceFirst {
    /// The place.
    pub place: Place,
    /// Its first statements.
    pub first: First,
}

/// The first dated statement of one independent origin.
#[derive(Debug, Serialize, JsonSchema)]
pub struct OriginFirst {
    /// The origin's affiliation root.
    pub affiliation: Ref,
    /// Its first statements.
    pub first: First,
}

/// The length of the periods statements are counted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    /// Calendar months: the dated span is longer than 62 days.
    Month,
    /// Days: the dated span is 62 days or less.
    Day,
}

/// Dated statements per period.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Counts {
    /// Whether periods are months or days.
    pub period: Period,
    /// One count per period holding a statement, earliest first.
    pub periods: Vec<PeriodCount>,
}

/// How many dated statements fall in one period.
#[derive(Debug, Serialize, JsonSchema)]
pub struct PeriodCount {
    /// The period: `YYYY-MM` or `YYYY-MM-DD`; a date less precise than the
    /// period (`2020` among months, `2020-10` among days) is its own period.
    pub period: PartialDate,
    /// Statements dated in it.
    pub statements: usize,
}

/// The longest dated span, in days, counted per day rather than per month.
pub const DAY_SPAN: i32 = 62;

/// The first dated statements among `statements`: all those sharing the
/// earliest [`Dataset::date_of`], in the order given; `None` when none is
/// dated. The one rule behind "first stated" in `timeline`, `origins` and
/// the brief.
pub fn first_dated<'d>(
    data: &'d Dataset,
    statements: impl IntoIterator<Item = &'d Statement>,
) -> Option<First> {
    let mut earliest: Option<(PartialDate, Vec<&Statement>)> = None;
    for s in statements {
        let Some(date) = data.date_of(s) else {
            continue;
        };
        match &mut earliest {
            Some((d, list)) if *d == date => list.push(s),
            Some((d, _)) if *d < date => {}
            _ => earliest = Some((date, vec![s])),
        }
    }
    earliest.map(|(date, list)| {
        let speakers: IdRefSet<'_> = list.iter().map(|s| s.speaker.id.as_str()).collect();
        First {
            date,
            statements: list.iter().map(|s| s.id.clone()).collect(),
            speakers: speakers.into_iter().map(|id| Ref::new(data, id)).collect(),
        }
    })
}

/// The date [`first_dated`] gives `statements`, without naming them: the
/// earliest [`Dataset::date_of`]; `None` when none is dated.
pub fn earliest_date<'d>(
    data: &'d Dataset,
    statements: impl IntoIterator<Item = &'d Statement>,
) -> Option<PartialDate> {
    statements.into_iter().filter_map(|s| data.date_of(s)).min()
}

/// Builds the timeline of `claim`.
///
/// Complexity: O(S log S) for the S statements of the claim, plus `origins`.
pub fn timeline(data: &Dataset, claim: &str) -> Timeline {
    let statements: Vec<&Statement> = data.statements_of(claim).collect();
    let (mut dated, undated): (Vec<Entry>, Vec<Entry>) = statements
        .iter()
        .map(|s| entry(data, s))
        .partition(|e| e.date.is_some());
    // A stable sort: equal dates keep data order.
    dated.sort_by_key(|e| e.date);
    Timeline {
        claim: ClaimHeader::new(data, claim),
        first: firsts(data, claim, &statements),
        counts: counts(&dated),
        dated,
        undated,
    }
}

/// One statement as the timeline lists it.
/// One statement as a timeline (and `review repeats`) lists it.
pub fn entry(data: &Dataset, s: &Statement) -> Entry {
    let date = data.date_of(s);
    let source = &data.sources[&s.source];
    Entry {
        statement: s.id.clone(),
        date,
        date_from: DateFrom::of(data, s),
        speaker: Ref::new(data, &s.speaker.id),
        place: Affiliation::place_of(data, &s.speaker.id),
        stance: s.stance,
        channel: s.channel.clone(),
        document: Ref::new(data, &source.id),
        outlet: source.outlet.as_ref().map(|o| Ref::new(data, o)),
        hops: s.relay.iter().map(|p| Ref::new(data, &p.id)).collect(),
        quote: s.quote.clone(),
        translation: s.translation.clone(),
    }
}

/// The first statements overall, per place and per independent origin.
fn firsts(data: &Dataset, claim: &str, statements: &[&Statement]) -> Firsts {
    let mut places: IndexMap<Place, Vec<&Statement>> = IndexMap::new();
    for s in statements {
        let place = Affiliation::place_of(data, &s.speaker.id);
        places.entry(place).or_default().push(s);
    }
    let by_place = places
        .into_iter()
        .filter_map(|(place, list)| {
            first_dated(data, list).map(|first| PlaceFirst { place, first })
        })
        .collect();
    // The grouping is `origins`' own, not redone here.
    let by_origin = crate::query::origins::origins(data, claim)
        .groups
        .into_iter()
        .filter(|g| g.independent)
        .filter_map(|g| {
            let ids: IndexSet<&str> = g
                .origins
                .iter()
                .flat_map(|o| o.statements.iter().map(String::as_str))
                .collect();
            // In data order, as everywhere else in the answer.
            let forward = statements
                .iter()
                .copied()
                .filter(|s| ids.contains(s.id.as_str()) && s.stance.puts_forward());
            first_dated(data, forward).map(|first| OriginFirst {
                affiliation: g.affiliation,
                first,
            })
        })
        .collect();
    Firsts {
        overall: first_dated(data, statements.iter().copied()),
        by_place,
        by_origin,
    }
}

/// The days from `a` to `b`, missing months and days taken as the first.
fn days_between(a: PartialDate, b: PartialDate) -> i32 {
    let civil = |d: PartialDate| {
        jiff::civil::Date::new(d.year, d.month.unwrap_or(1), d.day.unwrap_or(1)).ok()
    };
    match (civil(a), civil(b)) {
        (Some(a), Some(b)) => (b - a).get_days(),
        _ => i32::MAX,
    }
}

/// Dated statements per month, or per day when the span is short.
fn counts(dated: &[Entry]) -> Counts {
    let dates: Vec<PartialDate> = dated.iter().filter_map(|e| e.date).collect();
    let period = match (dates.first(), dates.last()) {
        (Some(a), Some(b)) if days_between(*a, *b) <= DAY_SPAN => Period::Day,
        _ => Period::Month,
    };
    let mut periods: Vec<PeriodCount> = Vec::new();
    for date in dates {
        let key = match period {
            Period::Day => date,
            Period::Month => PartialDate { day: None, ..date },
        };
        match periods.last_mut() {
            Some(last) if last.period == key => last.statements += 1,
            _ => periods.push(PeriodCount {
                period: key,
                statements: 1,
            }),
        }
    }
    periods.sort_by_key(|p| p.period);
    Counts { period, periods }
}
