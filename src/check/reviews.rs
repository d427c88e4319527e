//! Checking fact-check reviews: the claim and every evidence item must point
//! at real records, URLs must be web addresses, and a review may only claim a
//! status its contents support.

use super::{Analyzer, at};
use crate::diagnostic::{Code, Diagnostic};
use crate::load::parse::Located;
use crate::model::review::{Facts, Requirement, missing_for};
use crate::model::{self, Dataset, RecordKind};
use crate::raw;
use crate::source::files::{FileId, Location};
use crate::source::span::Spanned;

use crate::text::url::{is_namespace, is_web_address};
use crate::vocab::Verdict;

impl Analyzer<'_> {
    pub(super) fn review(
        &mut self,
        r: &Located<raw::Review>,
        data: &Dataset,
    ) -> Option<model::Review> {
        let (file, review) = (r.location.file, &r.record);
        let claim_ok = self
            .reference(file, &review.claim, &[RecordKind::Claim], "claim")
            .is_some();
        if let Some(first) = data.reviews.get(&review.claim.value) {
            self.error(
                Diagnostic::error(
                    Code::DuplicateReview,
                    format!("claim `{}` is reviewed twice", review.claim.value),
                )
                .at(at(file, &review.claim), "second review")
                .related(first.location.clone(), "first review")
                .hint("keep one review per claim; its `history` records how it changed"),
            );
            return None;
        }
        let evidence: Vec<Option<model::Evidence>> = review
            .evidence
            .iter()
            .map(|e| self.evidence(file, e))
            .collect();
        let url = review.url.as_ref().filter(|u| self.web_address(file, u));
        let created = self.date(file, &review.created);
        let updated = self.date(file, &review.updated);
        let published = self.date(file, &review.published);
        let history: Vec<Option<model::Change>> = review
            .history
            .iter()
            .map(|c| {
                self.date(file, &Some(c.date.clone()))
                    .map(|date| model::Change {
                        date,
                        by: c.by.clone(),
                        what: c.what.clone(),
                    })
            })
            .collect();
        let claimants = self.claimants(file, &review.claimants);
        let appearances: Vec<Option<model::Appearance>> = review
            .appearances
            .iter()
            .map(|a| self.appearance(file, a))
            .collect();
        self.completeness(r);
        let dates_ok = [&review.created, &review.updated, &review.published]
            .iter()
            .zip([&created, &updated, &published])
            .all(|(written, parsed)| written.is_none() || parsed.is_some());
        let all_ok = claim_ok
            && dates_ok
            && evidence.iter().all(Option::is_some)
            && history.iter().all(Option::is_some)
            && claimants.iter().all(Option::is_some)
            && appearances.iter().all(Option::is_some)
            && review.url.is_none() == url.is_none();
        all_ok.then(|| model::Review {
            claim: review.claim.value.clone(),
            status: review.status,
            verdict: review.verdict.clone(),
            reviewer: review.reviewer.clone(),
            publisher: review.publisher.clone(),
            url: url.map(|u| u.value.clone()),
            language: review
                .language
                .clone()
                .unwrap_or_else(|| crate::text::lang::CANONICAL.into()),
            created,
            updated,
            published,
            rationale: review.rationale.clone(),
            evidence: evidence.into_iter().flatten().collect(),
            history: history.into_iter().flatten().collect(),
            claimants: claimants.into_iter().flatten().collect(),
            appearances: appearances.into_iter().flatten().collect(),
            note: review.note.clone(),
            location: r.location.clone(),
        })
    }

    /// A review's claimants, each an actor or an outlet of the data; `None`
    /// for each one that is not (reported).
    fn claimants(&mut self, file: FileId, claimants: &[Spanned<String>]) -> Vec<Option<String>> {
        claimants
            .iter()
            .map(|c| {
                self.reference(file, c, &RecordKind::PARTIES, "claimants")
                    .map(|_| c.value.clone())
            })
            .collect()
    }

    /// Another desk's review: the claim, claimants and appearances must be
    /// records of the data, the URLs web addresses and the date a date.
    pub(super) fn external_review(
        &mut self,
        r: &Located<raw::ExternalReview>,
    ) -> Option<model::ExternalReview> {
        let (file, review) = (r.location.file, &r.record);
        let claim_ok = self
            .reference(file, &review.claim, &[RecordKind::Claim], "claim")
            .is_some();
        let url = review.url.as_ref().filter(|u| self.web_address(file, u));
        let publisher_ok = review
            .publisher
            .as_ref()
            .and_then(|p| p.url.as_ref())
            .is_none_or(|u| self.publisher_url(r.location.clone(), u));
        let published = self.date(file, &review.published);
        let claimants = self.claimants(file, &review.claimants);
        let appearances: Vec<Option<model::Appearance>> = review
            .appearances
            .iter()
            .map(|a| self.appearance(file, a))
            .collect();
        let all_ok = claim_ok
            && publisher_ok
            && (review.published.is_none() || published.is_some())
            && claimants.iter().all(Option::is_some)
            && appearances.iter().all(Option::is_some)
            && review.url.is_none() == url.is_none();
        all_ok.then(|| model::ExternalReview {
            claim: review.claim.value.clone(),
            publisher: review.publisher.clone(),
            url: url.map(|u| u.value.clone()),
            verdict: review.verdict.clone(),
            rating: review.rating.clone(),
            reviewer: review.reviewer.clone(),
            language: review
                .language
                .clone()
                .unwrap_or_else(|| crate::text::lang::CANONICAL.into()),
            published,
            rationale: review.rationale.clone(),
            claimants: claimants.into_iter().flatten().collect(),
            appearances: appearances.into_iter().flatten().collect(),
            note: review.note.clone(),
            location: r.location.clone(),
        })
    }

    /// The desk's rating map: each label must mean one of our named
    /// verdicts, not another desk's rating.
    pub(super) fn ratings(&mut self, c: &Located<raw::Config>) -> model::ratings::RatingMap {
        let mut map = model::ratings::RatingMap::default();
        for (publisher, labels) in &c.record.ratings {
            for (label, verdict) in labels {
                if verdict.name().is_none() {
                    let span = c.location.span.start..c.location.span.start;
                    self.error(
                        Diagnostic::error(
                            Code::UnknownVariant,
                            format!(
                                "the rating map gives `{label}` of {publisher} no verdict of ours"
                            ),
                        )
                        .at(
                            Location {
                                file: c.location.file,
                                span,
                            },
                            "in [ratings]",
                        )
                        .hint(format!(
                            "map each label to one of {}",
                            Verdict::NAMED
                                .iter()
                                .filter_map(Verdict::name)
                                .collect::<Vec<_>>()
                                .join(", ")
                        )),
                    );
                    continue;
                }
                map.insert(publisher, label, verdict.clone());
            }
        }
        map
    }

    /// The desk's settings: the publisher's `url` must be a web address.
    pub(super) fn config(&mut self, c: &Located<raw::Config>) -> Option<model::Publisher> {
        let publisher = c.record.publisher.as_ref()?;
        let ok = publisher
            .url
            .as_ref()
            .is_none_or(|u| self.publisher_url(c.location.clone(), u));
        ok.then(|| publisher.clone())
    }

    /// The `[rdf] base` of `claimgraph.toml`, when it is a namespace an IRI
    /// can start with ([`is_namespace`]); a `bad-url` error otherwise.
    pub(super) fn rdf_base(&mut self, c: &Located<raw::Config>) -> Option<String> {
        let base = c.record.rdf.as_ref()?.base.as_ref()?;
        if is_namespace(base) {
            return Some(base.clone());
        }
        let span = c.location.span.start..c.location.span.start;
        self.error(
            Diagnostic::error(
                Code::BadUrl,
                format!("`[rdf] base = {base:?}` cannot start an IRI"),
            )
            .at(
                Location {
                    file: c.location.file,
                    span,
                },
                "not an http(s) namespace",
            )
            .hint("write an http(s) address ending in `/` or `#`, e.g. \"https://desk.example.org/id/\""),
        );
        None
    }

    /// A publisher's home page, which the raw records hold without a span:
    /// the diagnostic points at the start of `record`, the record (or file)
    /// holding it.
    fn publisher_url(&mut self, record: Location, url: &str) -> bool {
        if is_web_address(url) {
            return true;
        }
        let span = record.span.start..record.span.start;
        self.error(
            Diagnostic::error(Code::BadUrl, format!("`{url}` is not a web address"))
                .at(
                    Location {
                        file: record.file,
                        span,
                    },
                    "not an http(s) URL",
                )
                .hint(
                    "write the publisher's home page in full, e.g. \"https://desk.example.org/\"",
                ),
        );
        false
    }

    fn evidence(&mut self, file: FileId, e: &raw::Evidence) -> Option<model::Evidence> {
        let points_to = match &e.points_to {
            raw::EvidenceTarget::Statement(id) => self
                .reference(file, id, &[RecordKind::Statement], "Statement")
                .map(|_| model::EvidenceTarget::Statement(id.value.clone())),
            raw::EvidenceTarget::Source(id) => self
                .reference(file, id, &[RecordKind::Source], "Source")
                .map(|_| model::EvidenceTarget::Source(id.value.clone())),
            raw::EvidenceTarget::Claim(id) => self
                .reference(file, id, &[RecordKind::Claim], "Claim")
                .map(|_| model::EvidenceTarget::Claim(id.value.clone())),
            raw::EvidenceTarget::Url(url) => self
                .web_address(file, url)
                .then(|| model::EvidenceTarget::Url(url.value.clone())),
        }?;
        Some(model::Evidence {
            points_to,
            grade: e.grade,
            bearing: e.bearing,
            note: e.note.clone(),
        })
    }

    fn appearance(&mut self, file: FileId, a: &raw::Appearance) -> Option<model::Appearance> {
        let url_ok = a.url.as_ref().is_none_or(|u| self.web_address(file, u));
        let outlet_ok = a.outlet.as_ref().is_none_or(|o| {
            self.reference(file, o, &[RecordKind::Outlet], "outlet")
                .is_some()
        });
        let date = self.date(file, &a.date);
        let date_ok = a.date.is_none() || date.is_some();
        (url_ok && outlet_ok && date_ok).then(|| model::Appearance {
            url: a.url.as_ref().map(|u| u.value.clone()),
            title: a.title.clone(),
            outlet: a.outlet.as_ref().map(|o| o.value.clone()),
            date,
        })
    }

    /// An absolute http(s) address with a host and no blanks or controls.
    fn web_address(&mut self, file: FileId, url: &Spanned<String>) -> bool {
        if is_web_address(&url.value) {
            return true;
        }
        self.error(
            Diagnostic::error(
                Code::BadUrl,
                format!("`{}` is not a web address", url.value),
            )
            .at(at(file, url), "not an http(s) URL")
            .hint("write the full address, e.g. \"https://example.org/fact-check/iskander\""),
        );
        false
    }

    /// A review may only claim a status its contents support
    /// ([`crate::model::review::missing_for`]).
    fn completeness(&mut self, r: &Located<raw::Review>) {
        let review = &r.record;
        let missing: Vec<&str> = missing_for(review.status, &Facts::of_raw(review))
            .into_iter()
            .map(Requirement::field)
            .collect();
        if missing.is_empty() {
            return;
        }
        let status = review.status.name();
        self.error(
            Diagnostic::error(
                Code::ReviewIncomplete,
                format!(
                    "the review of `{}` is {status} but lacks {}",
                    review.claim.value,
                    missing.join(", ")
                ),
            )
            .at(
                Location {
                    file: r.location.file,
                    span: review.claim.span.clone(),
                },
                format!("{status} review"),
            )
            .hint("add what is missing, or set `status` back to InProgress"),
        );
    }
}
