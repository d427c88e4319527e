//! `review repeats`: statements of a claim that was fact-checked, dated
//! after the fact-check was published. Who repeated the claim, where, when
//! and with what stance; a desk runs it after each data update (from cron
//! or CI) to see which checked claims are back.
//!
//! A claim counts as checked from its earliest published review: ours
//! (status `Published`, with a `published` date) or another desk's (an
//! external review with a `published` date). A statement's date is
//! [`Dataset::date_of`]. Partial dates compare by the days they may mean
//! ([`PartialDate::relative_to`]): a statement of `2020-12` is after a review
//! of `2020-11-30`, but one of `2020-11` may be before or after a review of
//! `2020-11-05`, so it is listed apart as *unsure*, never guessed. Statements
//! before the review, and undated ones, are not repeats; undated ones are
//! counted.

use schemars::JsonSchema;
use serde::Serialize;

use crate::json::{Answer, Listing};
use crate::model::Dataset;
use crate::model::date::{PartialDate, Relative};
use crate::query::Ref;
use crate::query::timeline::{Entry, entry};

/// The answer of `review repeats`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Repeats {
    /// Statements dated after the claim's first published review, by claim
    /// in data order, then by date (ties in data order).
    pub repeats: Vec<Repeat>,
    /// Statements whose date may fall before or after the review (a month
    /// against a day, say), in the same order.
    pub unsure: Vec<Repeat>,
    /// How many claims have a published review with a date.
    pub checked_claims: usize,
    /// Statements of those claims with no date at all, not judged.
    pub undated: usize,
}

impl Answer for Repeats {
    const SCHEMA: &'static str = "review-repeats";
}

impl Listing for Repeats {
    type Item = Repeat;

    /// The repeats, then the unsure ones (each says which in `when`).
    fn items(&self) -> Vec<&Repeat> {
        self.repeats.iter().chain(&self.unsure).collect()
    }
}

/// A statement of a checked claim, and the review it follows.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Repeat {
    /// The claim repeated.
    pub claim: Ref,
    /// The review it was checked in first.
    pub review: PublishedReview,
    /// `after` the review, or `overlaps` for an unsure one (the statement's
    /// date is a period the review's date falls in).
    pub when: Relative,
    /// The statement, as `timeline` lists it: speaker, stance, date,
    /// document, outlet, relays and quote.
    pub statement: Entry,
}

/// A published fact-check of a claim.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PublishedReview {
    /// Whether it is our desk's (`reviews/`) rather than another desk's.
    pub ours: bool,
    /// Who published it; null when not recorded.
    pub publisher: Option<String>,
    /// Where it is published; null when not recorded.
    pub url: Option<String>,
    /// Its rating's label; null when it has none.
    pub verdict: Option<String>,
    /// When it was published.
    pub published: PartialDate,
}

/// The earliest published review of `claim`, ours first on a tie.
pub fn first_published(data: &Dataset, claim: &str) -> Option<PublishedReview> {
    let ours = data.reviews.get(claim).and_then(|r| {
        let published = r.published?;
        (r.status == crate::model::ReviewStatus::Published).then(|| PublishedReview {
            ours: true,
            publisher: r
                .publisher
                .as_ref()
                .or(data.publisher.as_ref())
                .map(|p| p.name.clone()),
            url: r.url.clone(),
            verdict: r.verdict.as_ref().map(|v| v.rating().label),
            published,
        })
    });
    let theirs = data.external_reviews_of(claim).filter_map(|r| {
        Some(PublishedReview {
            ours: false,
            publisher: r.publisher.as_ref().map(|p| p.name.clone()),
            url: r.url.clone(),
            verdict: r.verdict.as_ref().map(|v| v.rating().label),
            published: r.published?,
        })
    });
    // `min_by_key` keeps the first of equal keys: ours, then data order.
    ours.into_iter()
        .chain(theirs)
        .min_by_key(|r| r.published.first_day())
}

/// Every statement dated after its claim's first published review.
///
/// # Arguments
/// * `data` — the checked data set.
/// * `claim` — only this claim's repeats, when given.
/// * `since` — only statements whose date may fall on or after this date.
///
/// # Complexity
/// O(S log S) over the statements of the checked claims.
pub fn repeats(data: &Dataset, claim: Option<&str>, since: Option<PartialDate>) -> Repeats {
    let mut answer = Repeats {
        repeats: Vec::new(),
        unsure: Vec::new(),
        checked_claims: 0,
        undated: 0,
    };
    for id in data.claims.keys() {
        if claim.is_some_and(|only| only != id) {
            continue;
        }
        let Some(review) = first_published(data, id) else {
            continue;
        };
        answer.checked_claims += 1;
        let mut after = Vec::new();
        let mut unsure = Vec::new();
        for statement in data.statements_of(id) {
            let Some(date) = data.date_of(statement) else {
                answer.undated += 1;
                continue;
            };
            if since.is_some_and(|since| date.relative_to(&since) == Relative::Before) {
                continue;
            }
            let when = date.relative_to(&review.published);
            let target = match when {
                Relative::After => &mut after,
                Relative::Overlaps => &mut unsure,
                Relative::Before => continue,
            };
            target.push(Repeat {
                claim: Ref::new(data, id),
                review: review.clone(),
                when,
                statement: entry(data, statement),
            });
        }
        after.sort_by_key(|r| r.statement.date);
        unsure.sort_by_key(|r| r.statement.date);
        answer.repeats.extend(after);
        answer.unsure.extend(unsure);
    }
    answer
}
