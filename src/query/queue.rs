//! `review queue`: which claims a desk should check first, and why.
//!
//! Every claim without a finished (Reviewed or Published) review is scored by
//! adding the points below; each row lists the reasons that scored.
//!
//! | factor | points |
//! |---|---|
//! | reach: outlets repeating the claim | +2 each, at most +20 |
//! | independent origins putting it forward | one: +15; two: +8; none (only reported or denied): +10; three or more: 0 |
//! | all those origins on one side | +10 |
//! | denied by a speaker | +15 |
//! | contradicted by another claim (an explicit relation) | +10 |
//! | recency: last stated within 30 days of the newest date in the data | +10; within a year: +5 |
//! | an opinion or prediction, which a verdict can rarely settle | −20 |
//!
//! Recency counts from the newest date in the data, not from today, so the
//! same data always ranks the same way. Ties go to the claim defined first.

use indexmap::IndexSet;
use schemars::JsonSchema;
use serde::Serialize;

use crate::json::{Answer, Listing};
use crate::model::date::PartialDate;
use crate::model::review::is_finished;
use crate::model::{ClaimKind, Dataset, RelationKind, ReviewStatus, Stance};
use crate::query::origins::{Origins, origins};
use crate::query::{Affiliation, Ref};
use crate::text::words::count;

/// The answer of `review queue`: the claims without a finished review, most
/// urgent first.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Queue {
    /// The newest date in the data, which recency counts from.
    pub newest: Option<PartialDate>,
    /// At most `--limit` entries, highest score first, ties in the order the
    /// claims are defined.
    pub claims: Vec<Entry>,
    /// Entries left out by `--limit`.
    pub more: usize,
}

impl Answer for Queue {
    const SCHEMA: &'static str = "review-queue";
}

impl Listing for Queue {
    type Item = Entry;

    fn items(&self) -> Vec<&Entry> {
        self.claims.iter().collect()
    }
}

/// One claim in the queue, with its score and the reasons for it.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Entry {
    /// 1-based position among all queued claims, `--limit` aside.
    pub rank: usize,
    /// The claim.
    pub claim: Ref,
    /// The sum of the reasons' points; may be negative.
    pub score: i64,
    /// The status of an unfinished review, if one was started.
    pub status: Option<ReviewStatus>,
    /// Other desks' verdicts on the claim: shown for context; they do not
    /// take it off our queue. Omitted when none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub external_reviews: Vec<crate::query::ExternalVerdict>,
    /// The factors that scored, in the order of the module's table; factors
    /// worth 0 points are left out.
    pub reasons: Vec<Reason>,
}

/// One factor that scored, in words, with its points.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Reason {
    /// Points the factor adds; negative for an opinion or a prediction.
    pub points: i64,
    /// The factor in words: `repeated by 3 outlets`, `denied by …`.
    pub why: String,
}

/// The unreviewed claims, most urgent first, at most `limit`.
///
/// Complexity: O(C·S) for C claims and S statements, as each claim's origins
/// are computed from its statements.
pub fn queue(data: &Dataset, limit: usize) -> Queue {
    let newest = data
        .statements
        .values()
        .filter_map(|s| data.date_of(s))
        .max();
    let mut entries: Vec<Entry> = data
        .claims
        .values()
        .filter(|c| {
            data.reviews
                .get(&c.id)
                .is_none_or(|r| !is_finished(r.status))
        })
        .map(|claim| {
            let reasons = reasons(data, &claim.id, claim.kind, newest);
            Entry {
                rank: 0,
                claim: Ref::new(data, &claim.id),
                score: reasons.iter().map(|r| r.points).sum(),
                status: data.reviews.get(&claim.id).map(|r| r.status),
                external_reviews: crate::query::ExternalVerdict::of(data, &claim.id),
                reasons,
            }
        })
        .collect();
    entries.sort_by_key(|e| std::cmp::Reverse(e.score));
    for (i, entry) in entries.iter_mut().enumerate() {
        entry.rank = i + 1;
    }
    let more = entries.len().saturating_sub(limit);
    entries.truncate(limit);
    Queue {
        newest,
        claims: entries,
        more,
    }
}

fn reasons(
    data: &Dataset,
    claim: &str,
    kind: ClaimKind,
    newest: Option<PartialDate>,
) -> Vec<Reason> {
    let found = origins(data, claim);
    // The factors in the order of the module's table; a factor worth 0
    // points is not a reason.
    [
        reach(&found),
        origin_count(&found),
        one_side(data, &found),
        denied(data, claim),
        contradicted(data, claim),
        recency(data, claim, newest),
        uncheckable(kind),
    ]
    .into_iter()
    .flatten()
    .filter(|r| r.points != 0)
    .collect()
}

fn reason(points: i64, why: String) -> Option<Reason> {
    Some(Reason { points, why })
}

/// Outlets repeating the claim: +2 each, at most +20.
fn reach(found: &Origins) -> Option<Reason> {
    let outlets = found.headline.repeating_outlets;
    reason(
        (2 * outlets as i64).min(20),
        format!("repeated by {}", count(outlets, "outlet")),
    )
}

/// Few independent origins putting it forward.
fn origin_count(found: &Origins) -> Option<Reason> {
    let forward: Vec<String> = found
        .groups
        .iter()
        .filter(|g| g.origins.iter().any(|o| o.puts_forward()))
        .map(|g| g.affiliation.label())
        .collect();
    match forward.len() {
        0 => reason(10, "no origin puts it forward in its own name".into()),
        1 => reason(15, format!("rests on a single origin: {}", forward[0])),
        2 => reason(
            8,
            format!("only two independent origins: {}", forward.join(", ")),
        ),
        _ => None,
    }
}

/// One side only, when every origin putting it forward has a known side
/// (or country) and they all agree.
fn one_side(data: &Dataset, found: &Origins) -> Option<Reason> {
    let sides: Option<IndexSet<String>> = found
        .groups
        .iter()
        .flat_map(|g| &g.origins)
        .filter(|o| o.puts_forward())
        .map(|o| {
            let affiliation = Affiliation::of(data, &o.speaker.id);
            affiliation.place().value().map(String::from)
        })
        .collect();
    let sides = sides.filter(|s| s.len() == 1)?;
    reason(10, format!("every origin is on one side ({})", sides[0]))
}

/// Denied by a speaker.
fn denied(data: &Dataset, claim: &str) -> Option<Reason> {
    let deniers: IndexSet<String> = data
        .statements_of(claim)
        .filter(|s| s.stance == Stance::Denies)
        .map(|s| data.name_of(&s.speaker.id))
        .collect();
    (!deniers.is_empty()).then(|| Reason {
        points: 15,
        why: format!("denied by {}", join(&deniers)),
    })
}

/// Contradicted by another claim, through an explicit relation.
fn contradicted(data: &Dataset, claim: &str) -> Option<Reason> {
    let contradicting: IndexSet<String> = data
        .relations
        .iter()
        .filter(|r| r.kind == RelationKind::Contradicts)
        .filter_map(|r| {
            if r.from == claim {
                Some(format!("`{}`", r.to))
            } else if r.to == claim {
                Some(format!("`{}`", r.from))
            } else {
                None
            }
        })
        .collect();
    (!contradicting.is_empty()).then(|| Reason {
        points: 10,
        why: format!("contradicted by {}", join(&contradicting)),
    })
}

/// Recency, counted from the newest date in the data.
fn recency(data: &Dataset, claim: &str, newest: Option<PartialDate>) -> Option<Reason> {
    let last = data
        .statements_of(claim)
        .filter_map(|s| data.date_of(s))
        .max()?;
    let age = days_between(last, newest?);
    let points = match age {
        Some(0..=30) => 10,
        Some(31..=365) => 5,
        _ => 0,
    };
    reason(
        points,
        format!(
            "last stated {last}, {} before the newest date in the data",
            count(age.unwrap_or(0).max(0) as usize, "day")
        ),
    )
}

/// An opinion or a prediction, which a verdict can rarely settle.
fn uncheckable(kind: ClaimKind) -> Option<Reason> {
    let what = match kind {
        ClaimKind::Opinion => "an opinion",
        ClaimKind::Prediction => "a prediction",
        _ => return None,
    };
    reason(-20, format!("{what} rather than a checkable fact"))
}

/// Whole days from `from` to `to`, a missing month or day counting as the first.
fn days_between(from: PartialDate, to: PartialDate) -> Option<i64> {
    let civil = |d: PartialDate| {
        jiff::civil::Date::new(d.year, d.month.unwrap_or(1), d.day.unwrap_or(1)).ok()
    };
    let span = civil(from)?.until((jiff::Unit::Day, civil(to)?)).ok()?;
    Some(i64::from(span.get_days()))
}

fn join(items: &IndexSet<String>) -> String {
    items.iter().cloned().collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_between_counts_whole_days_and_fills_missing_parts() {
        let d = |s: &str| PartialDate::parse(s).unwrap();
        assert_eq!(days_between(d("2020-09-27"), d("2020-09-30")), Some(3));
        assert_eq!(days_between(d("2020"), d("2020-02-01")), Some(31));
        assert_eq!(days_between(d("2023-09-19"), d("2020-09-30")), Some(-1084));
    }
}
