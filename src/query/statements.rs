//! `statements`: one row per statement, narrowed by filters.
//!
//! The filters of `claims` and `actors` ([`Filter`]: `--about`, `--by`
//! with `--members`, `--outlet`, `--stance`) and four of its own: the claim,
//! the source (the document), the channel and a date range. Dates are
//! partial (`YYYY[-MM[-DD]]`) and compared as [`PartialDate`] orders them
//! (a partial date sorts before the full dates it contains), except that a
//! bound covers its whole span: `--until 2020-09` keeps every day of
//! September. A statement with no date (its own, else its document's) is
//! left out when a date filter is given, and counted in
//! [`Statements::undated_excluded`].

use schemars::JsonSchema;
use serde::Serialize;

use crate::json::{Answer, Listing};
use crate::model::date::PartialDate;
use crate::model::{Channel, Dataset, Stance, Statement};
use crate::query::Ref;
use crate::query::listing::{AppliedFilter, Filter};

/// Resolved filters of `statements`; `None` lets everything through.
#[derive(Debug, Default, Clone)]
pub struct StatementFilter {
    /// The filters shared with `claims` and `actors`.
    pub listing: Filter,
    /// `--claim`: claim id; keeps its statements.
    pub claim: Option<String>,
    /// `--source`: source id; keeps the statements its document carries.
    pub source: Option<String>,
    /// `--channel`: keeps statements said on this channel.
    pub channel: Option<Channel>,
    /// `--since`: keeps statements dated on or after this date.
    pub since: Option<PartialDate>,
    /// `--until`: keeps statements dated on or before this date (or within it).
    pub until: Option<PartialDate>,
}

impl StatementFilter {
    /// Whether a date filter is given.
    fn dated(&self) -> bool {
        self.since.is_some() || self.until.is_some()
    }

    /// Whether `date` lies within `--since` and `--until`.
    fn in_range(&self, date: PartialDate) -> bool {
        self.since.is_none_or(|since| date >= since)
            && self
                .until
                .is_none_or(|until| date <= until || within(date, until))
    }
}

/// Whether `date` is `span` or lies inside it (`2020-09-05` inside `2020-09`).
pub fn within(date: PartialDate, span: PartialDate) -> bool {
    date.year == span.year
        && span.month.is_none_or(|m| date.month == Some(m))
        && span.day.is_none_or(|d| date.day == Some(d))
}

/// The filter `statements` applied, echoed in its answer.
#[derive(Debug, Serialize, JsonSchema)]
pub struct AppliedStatementFilter {
    /// `--about`, `--by`, `--members`, `--outlet`, `--stance`, as `claims`
    /// echoes them, flattened into this object.
    #[serde(flatten)]
    pub listing: AppliedFilter,
    /// `--claim`: the claim; null when not given.
    pub claim: Option<Ref>,
    /// `--source`: the source; null when not given.
    pub source: Option<Ref>,
    /// `--channel`: the channel as written in the data; null when not given.
    pub channel: Option<Channel>,
    /// `--since`; null when not given.
    pub since: Option<PartialDate>,
    /// `--until`; null when not given.
    pub until: Option<PartialDate>,
}

/// The answer of `statements`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Statements {
    /// The filter applied; every field null (and `members` false) when none
    /// was given.
    pub filter: AppliedStatementFilter,
    /// Statements passing every other filter but left out because neither
    /// they nor their document have a date; 0 without `--since`/`--until`.
    pub undated_excluded: usize,
    /// The statements passing the filters, in data order (file order).
    pub statements: Vec<StatementRow>,
}

impl Answer for Statements {
    const SCHEMA: &'static str = "statements";
}

impl Listing for Statements {
    type Item = StatementRow;

    fn items(&self) -> Vec<&StatementRow> {
        self.statements.iter().collect()
    }
}

/// One statement.
#[derive(Debug, Serialize, JsonSchema)]
pub struct StatementRow {
    /// The statement's id.
    pub statement: String,
    /// Who made the statement.
    pub speaker: Ref,
    /// `Affirms`, `Denies`, `Hedges` or `Reports`.
    pub stance: Stance,
    /// The claim stated.
    pub claim: Ref,
    /// The document carrying it.
    pub source: Ref,
    /// Where the speaker said it; null when the text does not say.
    pub channel: Option<Channel>,
    /// When it was made, `YYYY[-MM[-DD]]`: its own date, else its
    /// document's; null when neither is known.
    pub date: Option<PartialDate>,
    /// The quoted words, verbatim, in the original script.
    pub quote: String,
    /// The quote in English; null when not given.
    pub translation: Option<String>,
}

impl StatementRow {
    /// The row of statement `s`.
    pub fn new(data: &Dataset, s: &Statement) -> Self {
        StatementRow {
            statement: s.id.clone(),
            speaker: Ref::new(data, &s.speaker.id),
            stance: s.stance,
            claim: Ref::new(data, &s.claim),
            source: Ref::new(data, &s.source),
            channel: s.channel.clone(),
            date: data.date_of(s),
            quote: s.quote.clone(),
            translation: s.translation.clone(),
        }
    }
}

/// The statements passing `filter`, in data order.
pub fn statements(data: &Dataset, filter: &StatementFilter) -> Statements {
    let mut undated_excluded = 0;
    let statements = filter
        .listing
        .matching(data)
        .into_iter()
        .filter(|s| filter.claim.as_ref().is_none_or(|c| &s.claim == c))
        .filter(|s| filter.source.as_ref().is_none_or(|c| &s.source == c))
        .filter(|s| {
            filter
                .channel
                .as_ref()
                .is_none_or(|c| s.channel.as_ref() == Some(c))
        })
        .filter(|s| {
            if !filter.dated() {
                return true;
            }
            match data.date_of(s) {
                Some(date) => filter.in_range(date),
                None => {
                    undated_excluded += 1;
                    false
                }
            }
        })
        .map(|s| StatementRow::new(data, s))
        .collect();
    let named = |id: &Option<String>| id.as_deref().map(|id| Ref::new(data, id));
    Statements {
        filter: AppliedStatementFilter {
            listing: AppliedFilter::new(data, &filter.listing),
            claim: named(&filter.claim),
            source: named(&filter.source),
            channel: filter.channel.clone(),
            since: filter.since,
            until: filter.until,
        },
        undated_excluded,
        statements,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    #[test]
    fn bounds_cover_their_whole_span() {
        let september = StatementFilter {
            since: Some(date("2020-09")),
            until: Some(date("2020-09")),
            ..StatementFilter::default()
        };
        assert!(september.in_range(date("2020-09")));
        assert!(september.in_range(date("2020-09-01")));
        assert!(september.in_range(date("2020-09-30")));
        assert!(!september.in_range(date("2020-10-01")));
        assert!(!september.in_range(date("2020-08-31")));
        // A year alone sorts before its months: not on or after September.
        assert!(!september.in_range(date("2020")));
    }
}
