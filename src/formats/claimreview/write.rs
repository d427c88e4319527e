//! schema.org ClaimReview JSON-LD, the markup fact-checkers publish for
//! search engines and the Fact Check Explorer.
//!
//! One `ClaimReview` per claim of the view whose review (ours, in
//! `reviews/`; other desks' external reviews are never exported) is Reviewed
//! or Published and has a verdict, in data order, inside one
//! `{"@context": "https://schema.org", "@graph": [...]}` document. The mapping
//! (docs/claimreview.md has it in full) covers Google's required and
//! recommended properties: `url`, `claimReviewed`, `reviewRating` with
//! `alternateName`, `author`, `datePublished` and an `itemReviewed` Claim with
//! its `author`, `datePublished`, `appearance` and `firstAppearance`.
//!
//! The `author` of every ClaimReview is our desk's publisher identity: the
//! one passed to [`export`] (the CLI's flags), else `claimgraph.toml`'s
//! ([`Dataset::publisher`]), else the review's own `publisher`, else its
//! reviewer as a Person. A review that would still lack a `url`, an `author`
//! or a `datePublished`, all of which Google requires, is left out and
//! returned in [`Exported::skipped`], so that the caller can say so.
//!
//! Everything is built as [`serde_json::Value`]s and written by serde_json.
//! It is written by [`json::write_pretty`] with one change,
//! [`escaped_for_script`]: `<`, `>` and `&` are
//! written as `\u003c`-style escapes so that the document can be pasted into
//! the HTML `<script type="application/ld+json">` element Google reads it
//! from without text like `</script>` ending the element early, and so are
//! line and paragraph separators and bidirectional controls.

use std::io::{self, Write};

use indexmap::IndexSet;
use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::formats::{Exporter, View};
use crate::json;
use crate::model::date::PartialDate;
use crate::model::review::{Facts, is_publishable};
use crate::model::{ActorKind, Dataset, Publisher, Review};
use crate::query::origins::origins;
use crate::query::timeline::first_dated;
use crate::text::lang::same_language;
use crate::text::safe::is_hostile;

/// ClaimReview JSON-LD for every reviewed claim in a view, under the
/// data's own publisher identity; reviews that cannot be exported validly
/// are left out silently (use [`export`] to learn which).
pub struct ClaimReviewLd;

impl Exporter for ClaimReviewLd {
    fn write(&self, view: &View<'_>, out: &mut dyn Write) -> io::Result<()> {
        export(view, None, out).map(drop)
    }
}

/// A review left out of the export, and what it lacks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// Id of the claim whose review was left out.
    pub claim: String,
    /// The ClaimReview properties it would lack: `url`, `author`, `datePublished`.
    pub missing: Vec<&'static str>,
}

/// What [`export`] wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Exported {
    /// How many ClaimReviews were written.
    pub written: usize,
    /// Finished reviews left out because they cannot be valid ClaimReview.
    pub skipped: Vec<Skipped>,
}

/// Writes the ClaimReview document of `view`'s claims to `out`, with
/// `publisher` (when given) as the author of every review, and returns what
/// was written and what was left out.
pub fn export(
    view: &View<'_>,
    publisher: Option<&Publisher>,
    out: &mut dyn Write,
) -> io::Result<Exported> {
    let claims = view.data.claims.keys().filter(|id| {
        view.graph
            .node(id)
            .is_some_and(|node| view.nodes.contains(&node))
    });
    let (document, exported) = document(view.data, claims.map(String::as_str), publisher);
    json::write_pretty(&document, out, escaped_for_script)?;
    writeln!(out)?;
    Ok(exported)
}

/// Whether a character of a string is written as a `\u` escape: what is
/// dangerous in HTML, and what [`crate::json`] escapes in every answer.
pub fn escaped_for_script(c: char) -> bool {
    matches!(c, '<' | '>' | '&' | '\u{2028}' | '\u{2029}') || is_hostile(c)
}

/// The JSON-LD document for the publishable reviews of `claims`, in the
/// order given, with `publisher` (or the data's) as their author, and what
/// was written and left out.
pub fn document<'a>(
    data: &Dataset,
    claims: impl Iterator<Item = &'a str>,
    publisher: Option<&Publisher>,
) -> (Value, Exported) {
    let publisher = publisher.or(data.publisher.as_ref());
    let mut exported = Exported::default();
    let mut graph = Vec::new();
    for review in claims
        .filter_map(|claim| data.reviews.get(claim))
        .filter(|review| is_publishable(review.status, &Facts::of(review)))
    {
        let missing = lacks(review, publisher);
        if missing.is_empty() {
            graph.push(Value::Object(claim_review(data, review, publisher)));
        } else {
            exported.skipped.push(Skipped {
                claim: review.claim.clone(),
                missing,
            });
        }
    }
    exported.written = graph.len();
    (
        json!({ "@context": "https://schema.org", "@graph": graph }),
        exported,
    )
}

/// The properties Google requires of a ClaimReview (`url`, `author`,
/// `datePublished`) that `review` would lack with `publisher` as our desk.
pub fn lacks(review: &Review, publisher: Option<&Publisher>) -> Vec<&'static str> {
    [
        ("url", review.url.is_some()),
        ("author", author(review, publisher).is_some()),
        ("datePublished", published_date(review).is_some()),
    ]
    .into_iter()
    .filter(|(_, present)| !present)
    .map(|(key, _)| key)
    .collect()
}

/// Whether `review` is exported as ours: finished with a verdict
/// ([`is_publishable`]) and lacking nothing Google requires ([`lacks`]),
/// with `publisher` (else the data's) as our desk. The ClaimReview and RDF
/// exports publish the same reviews by this one test.
pub fn is_exported(data: &Dataset, review: &Review, publisher: Option<&Publisher>) -> bool {
    let publisher = publisher.or(data.publisher.as_ref());
    is_publishable(review.status, &Facts::of(review)) && lacks(review, publisher).is_empty()
}

fn claim_review(
    data: &Dataset,
    review: &Review,
    publisher: Option<&Publisher>,
) -> Map<String, Value> {
    let mut node = Map::new();
    node.insert("@type".into(), json!("ClaimReview"));
    insert(&mut node, "url", review.url.clone().map(Value::from));
    node.insert("claimReviewed".into(), json!(claim_text(data, review)));
    insert(&mut node, "datePublished", published_date(review).map(date));
    node.insert("inLanguage".into(), json!(review.language));
    insert(&mut node, "author", review_author(review, publisher));
    insert(
        &mut node,
        "reviewRating",
        review.verdict.as_ref().map(rating),
    );
    node.insert("itemReviewed".into(), claim(data, review));
    node
}

/// The claim's wording in the review's language when the data has it, else
/// the canonical English text.
fn claim_text(data: &Dataset, review: &Review) -> String {
    let claim = &data.claims[&review.claim];
    claim
        .original
        .get(&review.language)
        .or_else(|| {
            claim
                .original
                .iter()
                .find(|(lang, _)| same_language(lang, &review.language))
                .map(|(_, text)| text)
        })
        .unwrap_or(&claim.text)
        .clone()
}

/// Who signs a review: an organisation, or the reviewer as a person.
#[derive(Debug, Clone, Copy)]
pub enum Author<'a> {
    /// Our desk (or the review's own publisher).
    Organization(&'a Publisher),
    /// The reviewer, when no publisher is known.
    Person(&'a str),
}

/// Our desk's publishing organisation, else the review's own, else the
/// reviewer when there is none: the one rule for who signs a review, which
/// the RDF export follows too.
pub fn author<'a>(review: &'a Review, ours: Option<&'a Publisher>) -> Option<Author<'a>> {
    match (ours.or(review.publisher.as_ref()), &review.reviewer) {
        (Some(publisher), _) => Some(Author::Organization(publisher)),
        (None, Some(reviewer)) => Some(Author::Person(reviewer)),
        (None, None) => None,
    }
}

fn review_author(review: &Review, ours: Option<&Publisher>) -> Option<Value> {
    match author(review, ours)? {
        Author::Organization(publisher) => {
            let mut org = Map::new();
            org.insert("@type".into(), json!("Organization"));
            org.insert("name".into(), json!(publisher.name));
            insert(&mut org, "url", publisher.url.clone().map(Value::from));
            Some(Value::Object(org))
        }
        Author::Person(reviewer) => Some(json!({ "@type": "Person", "name": reviewer })),
    }
}

/// The date a ClaimReview gives as its `datePublished`: published, else
/// last updated, else created.
pub fn published_date(review: &Review) -> Option<PartialDate> {
    review.published.or(review.updated).or(review.created)
}

fn rating(verdict: &crate::model::Verdict) -> Value {
    let values = verdict.rating();
    let mut rating = Map::new();
    rating.insert("@type".into(), json!("Rating"));
    insert(&mut rating, "ratingValue", values.value.map(Value::from));
    insert(&mut rating, "bestRating", values.best.map(Value::from));
    insert(&mut rating, "worstRating", values.worst.map(Value::from));
    rating.insert("alternateName".into(), json!(values.label));
    rating.insert("name".into(), json!(values.label));
    Value::Object(rating)
}

/// The reviewed Claim: who made it, where it appeared, and when first.
fn claim(data: &Dataset, review: &Review) -> Value {
    let appearances = appearances(data, review);
    // The rule `timeline` and `origins` use: the document of the earliest
    // dated statement, unless a review records an earlier appearance; when
    // neither can be named, the earliest dated appearance of any kind.
    let from_statements = first_dated(data, data.statements_of(&review.claim)).and_then(|f| {
        let statement = data.statements.get(f.statements.first()?)?;
        let document = appearances
            .iter()
            .find(|a| a.source.as_deref() == Some(statement.source.as_str()))?;
        Some((f.date, document))
    });
    let recorded = appearances
        .iter()
        .filter(|a| a.source.is_none())
        .filter_map(|a| Some((a.date?, a)))
        .min_by_key(|(date, _)| *date);
    let first = match (from_statements, recorded) {
        (Some((stated, document)), Some((seen, earlier))) => {
            Some(if seen < stated { earlier } else { document })
        }
        (one, other) => one.or(other).map(|(_, a)| a),
    }
    .or_else(|| {
        appearances
            .iter()
            .filter(|a| a.date.is_some())
            .min_by_key(|a| a.date)
    });
    let mut node = Map::new();
    node.insert("@type".into(), json!("Claim"));
    insert(
        &mut node,
        "author",
        one_or_many(claim_authors(data, review)),
    );
    insert(
        &mut node,
        "datePublished",
        first.and_then(|a| a.date).map(date),
    );
    insert(
        &mut node,
        "appearance",
        one_or_many(appearances.iter().map(Appearance::to_json).collect()),
    );
    insert(&mut node, "firstAppearance", first.map(Appearance::to_json));
    Value::Object(node)
}

/// The speakers who put the claim forward (affirm or hedge it), in the order
/// `origins` groups them, then the review's claimants.
fn claim_authors(data: &Dataset, review: &Review) -> Vec<Value> {
    let mut ids: IndexSet<String> = origins(data, &review.claim)
        .groups
        .into_iter()
        .flat_map(|group| group.origins)
        .filter(|origin| origin.puts_forward())
        .map(|origin| origin.speaker.id)
        .collect();
    ids.extend(review.claimants.iter().cloned());
    // Who made the claim is a fact about the claim, not a verdict: other
    // desks' accounts of it are kept, their verdicts are not.
    ids.extend(
        data.external_reviews_of(&review.claim)
            .flat_map(|r| r.claimants.iter().cloned()),
    );
    ids.iter()
        .map(|id| {
            let person = data
                .actors
                .get(id)
                .is_some_and(|a| a.kind == ActorKind::Person);
            let kind = if person { "Person" } else { "Organization" };
            json!({ "@type": kind, "name": data.name_of(id) })
        })
        .collect()
}

/// A document carrying the claim.
struct Appearance {
    /// The annotated source this is, for those that are one.
    source: Option<String>,
    url: Option<String>,
    title: Option<String>,
    date: Option<PartialDate>,
    publisher: Option<String>,
}

impl Appearance {
    fn to_json(&self) -> Value {
        let mut work = Map::new();
        work.insert("@type".into(), json!("CreativeWork"));
        insert(&mut work, "url", self.url.clone().map(Value::from));
        insert(&mut work, "name", self.title.clone().map(Value::from));
        insert(&mut work, "datePublished", self.date.map(date));
        insert(
            &mut work,
            "publisher",
            self.publisher
                .as_ref()
                .map(|name| json!({ "@type": "Organization", "name": name })),
        );
        Value::Object(work)
    }
}

/// The annotated sources whose statements state the claim, in data order,
/// then the review's own appearances, then those other desks' reviews of the
/// claim record. A URL already listed is not repeated, nor a document
/// without one whose title, date and publisher are all listed already (our
/// own export read back as another desk's review brings them again), and a
/// document with neither URL nor title is left out: a reader could not find
/// it.
fn appearances(data: &Dataset, review: &Review) -> Vec<Appearance> {
    let sources: IndexSet<&str> = data
        .statements_of(&review.claim)
        .map(|s| s.source.as_str())
        .collect();
    let from_sources = sources.into_iter().map(|id| {
        let source = &data.sources[id];
        Appearance {
            source: Some(source.id.clone()),
            url: source.url.clone(),
            title: source.title.clone(),
            date: source.date,
            publisher: source.outlet.as_deref().map(|o| data.name_of(o)),
        }
    });
    let from_review = review
        .appearances
        .iter()
        .chain(
            data.external_reviews_of(&review.claim)
                .flat_map(|r| r.appearances.iter()),
        )
        .map(|a| Appearance {
            source: None,
            url: a.url.clone(),
            title: a.title.clone(),
            date: a.date,
            publisher: a.outlet.as_deref().map(|o| data.name_of(o)),
        });
    let mut seen_urls: IndexSet<String> = IndexSet::new();
    let mut seen_documents: IndexSet<(Option<String>, Option<PartialDate>, Option<String>)> =
        IndexSet::new();
    from_sources
        .chain(from_review)
        .filter(|a| a.url.is_some() || a.title.is_some())
        .filter(|a| match &a.url {
            Some(url) => seen_urls.insert(url.clone()),
            None => seen_documents.insert((a.title.clone(), a.date, a.publisher.clone())),
        })
        .collect()
}

fn date(date: PartialDate) -> Value {
    json!(date.to_string())
}

/// Nothing, the one value, or an array of them.
fn one_or_many(mut values: Vec<Value>) -> Option<Value> {
    match values.len() {
        0 => None,
        1 => values.pop(),
        _ => Some(Value::Array(values)),
    }
}

fn insert(map: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(value) = value {
        map.insert(key.into(), value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(value: &Value) -> String {
        json::pretty(value, escaped_for_script)
    }

    #[test]
    fn strings_cannot_end_a_script_element_or_reorder_text() {
        let hostile = "</script><b>&amp; \"q\" \\ \u{202e}\u{2028}\n صاروخ 🚀";
        let text = written(&json!({ "a<b": hostile }));
        assert!(
            !text.contains('<') && !text.contains('>') && !text.contains('&'),
            "{text}"
        );
        assert!(
            !text.contains('\u{202e}') && !text.contains('\u{2028}'),
            "{text}"
        );
        assert!(
            text.contains("صاروخ 🚀"),
            "Arabic and emoji stay readable: {text}"
        );
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, json!({ "a<b": hostile }));
    }
}
