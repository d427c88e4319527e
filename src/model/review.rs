//! The review lifecycle: what a review must hold before it may claim a
//! status, written once for every reader and writer of reviews.
//!
//! A review moves Unreviewed → InProgress → Reviewed → Published (and may be
//! sent back to NeedsMoreEvidence). Reviewed needs a verdict; Published needs
//! a verdict, evidence, the URL it is published at and its publication date.
//! `check` rejects a file claiming a status its contents do not support, the
//! review commands refuse to write one, the ClaimReview export publishes only
//! finished reviews with a verdict, and the queue skips finished reviews.
//!
//! Only our desk's reviews (`reviews/`) have a lifecycle. Another desk's
//! verdict, imported, is an [`ExternalReview`](crate::model::ExternalReview):
//! it finishes nothing, so the claim stays in our queue until we review it,
//! and it is never exported as ours.

use crate::model::{self, ReviewStatus};
use crate::raw;

/// One thing a review must hold for some status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Requirement {
    /// A verdict.
    Verdict,
    /// At least one evidence item.
    Evidence,
    /// The URL the review is published at.
    Url,
    /// The date it was published.
    PublishedDate,
}

impl Requirement {
    /// Every requirement, in the order they are reported.
    pub const ALL: &'static [Requirement] = &[
        Requirement::Verdict,
        Requirement::Evidence,
        Requirement::Url,
        Requirement::PublishedDate,
    ];

    /// The requirement in terms of the review file's fields, as `check`
    /// reports it: ``a `verdict` ``.
    pub fn field(self) -> &'static str {
        match self {
            Requirement::Verdict => "a `verdict`",
            Requirement::Evidence => "at least one `evidence` item",
            Requirement::Url => "a `url`",
            Requirement::PublishedDate => "a `published` date",
        }
    }

    /// The requirement in words, with the command that supplies it, as the
    /// review commands report it: ``a verdict (`review set --verdict`)``.
    pub fn describe(self) -> &'static str {
        match self {
            Requirement::Verdict => "a verdict (`review set --verdict`)",
            Requirement::Evidence => "evidence (`review evidence`)",
            Requirement::Url => "the URL it is published at (`--url`)",
            Requirement::PublishedDate => "a publication date (`review publish` sets it)",
        }
    }

    /// Whether `facts` meet this requirement.
    pub fn is_met(self, facts: &Facts) -> bool {
        match self {
            Requirement::Verdict => facts.verdict,
            Requirement::Evidence => facts.evidence,
            Requirement::Url => facts.url,
            Requirement::PublishedDate => facts.published,
        }
    }
}

/// What a review holds, as far as its status is concerned.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Facts {
    /// It has a verdict.
    pub verdict: bool,
    /// It has at least one evidence item.
    pub evidence: bool,
    /// It has the URL it is published at.
    pub url: bool,
    /// It has a publication date.
    pub published: bool,
}

impl Facts {
    /// The facts of a review as written in its file.
    pub fn of_raw(review: &raw::Review) -> Facts {
        Facts {
            verdict: review.verdict.is_some(),
            evidence: !review.evidence.is_empty(),
            url: review.url.is_some(),
            published: review.published.is_some(),
        }
    }

    /// The facts of a checked review.
    pub fn of(review: &model::Review) -> Facts {
        Facts {
            verdict: review.verdict.is_some(),
            evidence: !review.evidence.is_empty(),
            url: review.url.is_some(),
            published: review.published.is_some(),
        }
    }
}

/// What a review must hold to have `status`.
pub fn required_for(status: ReviewStatus) -> &'static [Requirement] {
    match status {
        ReviewStatus::Unreviewed | ReviewStatus::InProgress | ReviewStatus::NeedsMoreEvidence => {
            &[]
        }
        ReviewStatus::Reviewed => &[Requirement::Verdict],
        ReviewStatus::Published => Requirement::ALL,
    }
}

/// What a review with `facts` lacks for `status`, in [`Requirement::ALL`]
/// order; empty when it may have that status.
pub fn missing_for(status: ReviewStatus, facts: &Facts) -> Vec<Requirement> {
    required_for(status)
        .iter()
        .copied()
        .filter(|r| !r.is_met(facts))
        .collect()
}

/// Whether a review with `status` is finished: Reviewed or Published. A
/// finished review leaves the queue.
pub fn is_finished(status: ReviewStatus) -> bool {
    matches!(status, ReviewStatus::Reviewed | ReviewStatus::Published)
}

/// Whether a review may be published as ClaimReview: finished, and holding
/// what a Reviewed review needs (a verdict).
pub fn is_publishable(status: ReviewStatus, facts: &Facts) -> bool {
    is_finished(status) && missing_for(ReviewStatus::Reviewed, facts).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    const EMPTY: Facts = Facts {
        verdict: false,
        evidence: false,
        url: false,
        published: false,
    };
    const COMPLETE: Facts = Facts {
        verdict: true,
        evidence: true,
        url: true,
        published: true,
    };

    #[test]
    fn reviewed_needs_a_verdict_and_published_everything() {
        assert!(missing_for(ReviewStatus::InProgress, &EMPTY).is_empty());
        assert!(missing_for(ReviewStatus::NeedsMoreEvidence, &EMPTY).is_empty());
        assert_eq!(
            missing_for(ReviewStatus::Reviewed, &EMPTY),
            [Requirement::Verdict]
        );
        assert_eq!(
            missing_for(ReviewStatus::Published, &EMPTY),
            Requirement::ALL
        );
        assert!(missing_for(ReviewStatus::Published, &COMPLETE).is_empty());
        let no_url = Facts {
            url: false,
            ..COMPLETE
        };
        assert_eq!(
            missing_for(ReviewStatus::Published, &no_url),
            [Requirement::Url]
        );
    }

    #[test]
    fn finished_and_publishable_follow_the_same_rule() {
        let verdict_only = Facts {
            verdict: true,
            ..EMPTY
        };
        assert!(is_finished(ReviewStatus::Reviewed) && is_finished(ReviewStatus::Published));
        assert!(!is_finished(ReviewStatus::NeedsMoreEvidence));
        assert!(is_publishable(ReviewStatus::Reviewed, &verdict_only));
        assert!(!is_publishable(ReviewStatus::Published, &EMPTY));
        assert!(!is_publishable(ReviewStatus::InProgress, &COMPLETE));
    }

    #[test]
    fn every_requirement_has_both_wordings() {
        for r in Requirement::ALL {
            assert!(!r.field().is_empty() && !r.describe().is_empty());
        }
        assert!(Requirement::Verdict.describe().starts_with("a verdict"));
    }
}
