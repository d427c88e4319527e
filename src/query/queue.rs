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
use serde::Serialize;

use crate::model::date::PartialDate;
use crate::model::review::is_finished;
use crate::model::{ClaimKind, Dataset, RelationKind, ReviewStatus, Stance};
use crate::query::origins::origins;
use crate::query::{Affiliation, Ref};
use crate::text::words::count;

#[derive(Debug, Serialize)]
pub struct Queue {
    /// The newest date in the data, which recency counts from.
    pub newest: Option<PartialDate>,
    pub claims: Vec<Entry>,
    /// Entries left out by `--limit`.
    pub more: usize,
}

#[derive(Debug, Serialize)]
pub struct Entry {
    pub rank: usize,
    pub claim: Ref,
    pub score: i64,
    /// The status of an unfinished review, if one was started.
    pub status: Option<ReviewStatus>,
    pub reasons: Vec<Reason>,
}

/// One factor that scored, in words, with its points.
#[derive(Debug, Serialize)]
pub struct Reason {
    pub points: i64,
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
    let mut reasons = Vec::new();
    let mut add = |points: i64, why: String| {
        if points != 0 {
            reasons.push(Reason { points, why });
        }
    };
    let found = origins(data, claim);
    let outlets = found.headline.repeating_outlets;
    add(
        (2 * outlets as i64).min(20),
        format!("repeated by {}", count(outlets, "outlet")),
    );
    let forward: Vec<String> = found
        .groups
        .iter()
        .filter(|g| g.origins.iter().any(|o| o.puts_forward()))
        .map(|g| g.affiliation.label())
        .collect();
    match forward.len() {
        0 => add(10, "no origin puts it forward in its own name".into()),
        1 => add(15, format!("rests on a single origin: {}", forward[0])),
        2 => add(
            8,
            format!("only two independent origins: {}", forward.join(", ")),
        ),
        _ => {}
    }
    // One side only when every origin putting it forward has a known side
    // (or country) and they all agree.
    let sides: Option<IndexSet<String>> = found
        .groups
        .iter()
        .flat_map(|g| &g.origins)
        .filter(|o| o.puts_forward())
        .map(|o| {
            let affiliation = Affiliation::of(data, &o.speaker.id);
            affiliation.side_or_country().map(String::from)
        })
        .collect();
    if let Some(sides) = sides.filter(|s| s.len() == 1) {
        add(10, format!("every origin is on one side ({})", sides[0]));
    }
    let deniers: IndexSet<String> = data
        .statements_of(claim)
        .filter(|s| s.stance == Stance::Denies)
        .map(|s| data.name_of(&s.speaker.id))
        .collect();
    if !deniers.is_empty() {
        add(15, format!("denied by {}", join(&deniers)));
    }
    let contradicting: IndexSet<&str> = data
        .relations
        .iter()
        .filter(|r| r.kind == RelationKind::Contradicts)
        .filter_map(|r| {
            if r.from == claim {
                Some(r.to.as_str())
            } else if r.to == claim {
                Some(r.from.as_str())
            } else {
                None
            }
        })
        .collect();
    if !contradicting.is_empty() {
        let ids: IndexSet<String> = contradicting.iter().map(|c| format!("`{c}`")).collect();
        add(10, format!("contradicted by {}", join(&ids)));
    }
    let last = data
        .statements_of(claim)
        .filter_map(|s| data.date_of(s))
        .max();
    if let (Some(last), Some(newest)) = (last, newest) {
        let age = days_between(last, newest);
        let points = match age {
            Some(0..=30) => 10,
            Some(31..=365) => 5,
            _ => 0,
        };
        add(
            points,
            format!(
                "last stated {last}, {} day(s) before the newest date in the data",
                age.unwrap_or(0)
            ),
        );
    }
    if matches!(kind, ClaimKind::Opinion | ClaimKind::Prediction) {
        add(
            -20,
            format!(
                "{} rather than a checkable fact",
                match kind {
                    ClaimKind::Opinion => "an opinion",
                    _ => "a prediction",
                }
            ),
        );
    }
    reasons
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
