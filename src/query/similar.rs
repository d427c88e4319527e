//! `similar`: pairs of claims that may be one proposition worded twice,
//! across languages and documents, each with the reasons it matches and a
//! score. A suggestion, never a decision: nothing is written here (see
//! [`crate::edit::relations`] for `similar --write`).
//!
//! # Signals
//!
//! Each signal is a number from 0 to 1, counted only when both claims give
//! what it compares (two claims without triples are not penalised for it):
//!
//! | signal | part | weight | compares |
//! |---|---|---|---|
//! | [`Signal::EnglishWords`] | wording | 0.30 | the English `text`s' content words ([`content_words`]) |
//! | [`Signal::OriginalWords`] | wording | 0.20 | the `original` wordings' content words, best shared language |
//! | [`Signal::Triple`] | wording | 0.25 | subject, predicate and object |
//! | [`Signal::Entities`] | topic | 0.15 | the `about` lists |
//! | [`Signal::Speakers`] | topic | 0.10 | who affirms or hedges each claim |
//! | [`Signal::Months`] | topic | 0.10 | the months its statements are dated in ([`Dataset::date_of`]; a year alone for a year-only date) |
//!
//! Each is a Jaccard index weighted by rarity: a shared item counts by its
//! inverse document frequency over the claims, ln((n + 1) / df), so sharing
//! `karabakh` (which most claims are about) says little and sharing
//! `iskander` says much. The index is then scaled by how much the shared
//! items weigh in themselves (up to three quarters of ln(n + 1), what one
//! claim's own item weighs): two claims about nothing but `karabakh` have
//! equal `about` lists, yet that says little.
//!
//! The score is the weighted mean of the signals counted, over both parts,
//! but a restatement says the same thing in words: when the wording's own
//! mean is under [`WORDING_FLOOR`], the score is scaled down in proportion,
//! so that two claims about the same entities in other words (the
//! 2020 war's "200 tanks destroyed" and "30 air-defence systems destroyed")
//! do not pass for one. Then plus 0.05 when both give numbers and share one
//! ([`Signal::Numbers`]); capped at 1 and rounded to three decimals, so the
//! order is the same on every machine.
//!
//! Two claims are *opposed*, and never suggested, when both give numbers and
//! share none (`5 killed` is not `50 killed`, however alike the words:
//! [`Signal::NumbersDiffer`]) or when one wording negates and the other does
//! not (`TOS was used` is not `TOS was not used`: [`Signal::NegationDiffers`]).
//! They are counted ([`Similar::opposed`]); such a pair may rather be a
//! `Contradicts` relation.
//!
//! # Order
//! A pair whose claims are each other's best match ([`Pair::mutual_best`],
//! the mutual-nearest-neighbour rule of record linkage) comes before every
//! other pair: a near-miss usually has a better partner of its own (the
//! Iskander strike on Shusha and the Iskander remains found near Shusha share
//! entities, but each has a closer twin). Then by score, best first; ties
//! keep data order.
//!
//! Pairs that a relation already links (same-as, contradicts, supports) are
//! not suggested: the annotator has said how they relate. Nor, unless asked
//! ([`Options::same_document`]), are two claims stated in one document: an
//! annotator reading a document files its restatements under one claim, so
//! two claims of one document are two propositions on purpose (the 2020 war's
//! "200 tanks" and "30 air-defence systems" share nearly every word). Both
//! are counted.
//!
//! # Complexity
//! Candidate pairs come from an inverted index of the claims' entities,
//! triple parts, words and numbers; a key shared by more than
//! [`MAX_POSTING`] claims is too common to propose pairs by itself. Scoring
//! is linear in the words of the two claims, so the whole run is
//! O(n + p · w) for n claims, p candidate pairs and w words a claim.

use std::collections::{BTreeMap, BTreeSet};

use schemars::JsonSchema;
use serde::Serialize;

use crate::json::{Answer, Listing};
use crate::model::{Claim, Dataset, Stance};
use crate::query::Ref;
use crate::text::overlap::{content_words, negates, numbers};
use crate::vocab::vocabulary;

/// A key shared by more claims than this proposes no pairs by itself.
pub const MAX_POSTING: usize = 200;

/// What a shared number adds to the score.
pub const NUMBERS_BONUS: f64 = 0.05;

/// The least mean of the wording signals at which the score counts fully.
pub const WORDING_FLOOR: f64 = 0.15;

/// The default least score of a suggestion.
pub const DEFAULT_MIN_SCORE: f64 = 0.2;

/// The default least score when one claim is asked about: the question is
/// then "is this already in the data?", and a weak candidate is worth seeing.
pub const DEFAULT_MIN_SCORE_FOR_ONE_CLAIM: f64 = 0.05;

vocabulary! {
    /// What a reason compares.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
    #[serde(rename_all = "kebab-case")]
    pub enum Signal {
        /// The entities both claims are about.
        Entities = "entities",
        /// The structured readings' subject, predicate and object.
        Triple = "triple",
        /// Who affirms or hedges both claims.
        Speakers = "speakers",
        /// The months the claims' statements are dated in.
        Months = "months",
        /// The content words of the English wordings.
        EnglishWords = "english-words",
        /// The content words of the original-language wordings.
        OriginalWords = "original-words",
        /// Numbers both wordings give.
        Numbers = "numbers",
        /// Both wordings give numbers, and none is shared.
        NumbersDiffer = "numbers-differ",
        /// One wording negates and the other does not.
        NegationDiffers = "negation-differs",
    }
}

impl Signal {
    /// The part of the score the signal counts in and its weight there;
    /// `None` for a modifier.
    pub fn weight(self) -> Option<(Part, f64)> {
        match self {
            Signal::EnglishWords => Some((Part::Wording, 0.30)),
            Signal::OriginalWords => Some((Part::Wording, 0.20)),
            Signal::Triple => Some((Part::Wording, 0.25)),
            Signal::Entities => Some((Part::Topic, 0.15)),
            Signal::Speakers => Some((Part::Topic, 0.10)),
            Signal::Months => Some((Part::Topic, 0.10)),
            Signal::Numbers | Signal::NumbersDiffer | Signal::NegationDiffers => None,
        }
    }
}

/// The two parts of a score: what the claims say and what they are about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// What the claims say: the English and original words, and the
    /// structured reading.
    Wording,
    /// What they are about and who says them: the entities and speakers.
    Topic,
}

/// What to look for.
#[derive(Debug, Clone)]
pub struct Options {
    /// Only pairs with this claim.
    pub claim: Option<String>,
    /// The least score of a suggestion.
    pub min_score: f64,
    /// Also pair claims that one document states both of.
    pub same_document: bool,
    /// List at most this many pairs (all when `None`); `total` still counts all.
    pub limit: Option<usize>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            claim: None,
            min_score: DEFAULT_MIN_SCORE,
            same_document: false,
            limit: None,
        }
    }
}

/// The answer of `similar`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Similar {
    /// The suggestions, best first, ranked from 1; at most `limit` of them.
    pub pairs: Vec<Pair>,
    /// How many pairs reach the least score, listed or not.
    pub total: usize,
    /// How many candidate pairs were scored.
    pub compared: usize,
    /// How many candidate pairs a relation already links, left out.
    pub already_related: usize,
    /// How many candidate pairs one document states both of, left out
    /// (0 under [`Options::same_document`]).
    pub same_document: usize,
    /// How many candidate pairs are opposed (a figure differs, or only one
    /// negates), left out: see the module documentation.
    pub opposed: usize,
    /// The least score asked for.
    pub min_score: f64,
}

impl Answer for Similar {
    const SCHEMA: &'static str = "similar";
}

impl Listing for Similar {
    type Item = Pair;

    fn items(&self) -> Vec<&Pair> {
        self.pairs.iter().collect()
    }
}

/// One suggested same-as pair.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Pair {
    /// Its place in the list, from 1: what `similar --write --pick` names.
    pub rank: usize,
    /// From 0 to 1.
    pub score: f64,
    /// Whether each claim scores highest with the other (ties included):
    /// such pairs are listed first, whatever their score.
    pub mutual_best: bool,
    /// The claim first in data order.
    pub a: Side,
    /// The other claim.
    pub b: Side,
    /// Why they match, and what lowered the score.
    pub reasons: Vec<Reason>,
}

/// One claim of a pair.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Side {
    /// The claim.
    pub claim: Ref,
    /// The documents carrying its statements, in data order.
    pub documents: Vec<String>,
}

/// One signal of a pair.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Reason {
    /// What was compared.
    pub signal: Signal,
    /// Its value from 0 to 1; for `numbers`, what it added to the score; 0
    /// for the signals that make a pair opposed.
    pub value: f64,
    /// What the two have in common: entity ids, `subject: id`, words, numbers;
    /// for `negation-differs`, the claim that negates.
    pub shared: Vec<String>,
    /// The language of `original-words`; omitted otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// What is compared of one claim, computed once.
struct Features<'d> {
    claim: &'d Claim,
    speakers: BTreeSet<String>,
    months: BTreeSet<String>,
    english: BTreeSet<String>,
    original: BTreeMap<&'d str, BTreeSet<String>>,
    numbers: BTreeSet<String>,
    negates: bool,
}

impl<'d> Features<'d> {
    fn of(claim: &'d Claim, speakers: BTreeSet<String>, months: BTreeSet<String>) -> Self {
        let mut numbers_seen = numbers(&claim.text);
        let mut negation = negates(&claim.text);
        let mut original = BTreeMap::new();
        for (lang, text) in &claim.original {
            original.insert(lang.as_str(), content_words(text));
            numbers_seen.extend(numbers(text));
            negation |= negates(text);
        }
        Features {
            claim,
            speakers,
            months,
            english: content_words(&claim.text),
            original,
            numbers: numbers_seen,
            negates: negation,
        }
    }

    /// The index keys of the claim: what a candidate must share.
    fn keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self.claim.about.iter().map(|e| format!("e:{e}")).collect();
        if let Some(t) = &self.claim.triple {
            keys.push(format!("s:{}", t.subject));
            keys.push(format!("p:{}", t.predicate));
            if let Some(object) = &t.object {
                keys.push(format!("t:{object}"));
            }
        }
        keys.extend(self.english.iter().map(|w| format!("w:{w}")));
        for (lang, words) in &self.original {
            keys.extend(words.iter().map(|w| format!("o:{lang}:{w}")));
        }
        keys.extend(self.numbers.iter().map(|n| format!("n:{n}")));
        keys.extend(self.speakers.iter().map(|n| format!("a:{n}")));
        keys.extend(self.months.iter().map(|n| format!("m:{n}")));
        keys
    }
}

/// Suggested same-as pairs among the claims of `data`.
///
/// # Arguments
/// * `data` — the checked data set.
/// * `options` — an optional claim every pair must include, and the least score.
///
/// # Returns
/// Pairs at or above `options.min_score`: mutual best matches first, then
/// by score (ties in data order), ranked from 1, with their reasons.
///
/// # Example
/// ```no_run
/// # let data = claimgraph::model::Dataset::default();
/// use claimgraph::query::similar::{similar, Options};
/// let answer = similar(&data, &Options::default());
/// let best: Vec<(&str, &str)> = answer
///     .pairs
///     .iter()
///     .filter(|pair| pair.mutual_best)
///     .map(|pair| (pair.a.claim.id.as_str(), pair.b.claim.id.as_str()))
///     .collect();
/// assert!(best.len() <= answer.total);
/// ```
pub fn similar(data: &Dataset, options: &Options) -> Similar {
    let claims: Vec<Features> = data
        .claims
        .values()
        .map(|claim| {
            let speakers = data
                .statements_of(&claim.id)
                .filter(|s| matches!(s.stance, Stance::Affirms | Stance::Hedges))
                .map(|s| s.speaker.id.clone())
                .collect();
            let months = data
                .statements_of(&claim.id)
                .filter_map(|s| data.date_of(s))
                .map(|d| match d.month {
                    Some(m) => format!("{:04}-{m:02}", d.year),
                    None => format!("{:04}", d.year),
                })
                .collect();
            Features::of(claim, speakers, months)
        })
        .collect();
    let related: BTreeSet<(&str, &str)> = data
        .relations
        .iter()
        .flat_map(|r| {
            [
                (r.from.as_str(), r.to.as_str()),
                (r.to.as_str(), r.from.as_str()),
            ]
        })
        .collect();

    let postings = postings(&claims);
    let rarity = Rarity {
        claims: claims.len(),
        postings: &postings,
    };
    let mut candidates: BTreeSet<(usize, usize)> = BTreeSet::new();
    for list in postings.values() {
        if list.len() > MAX_POSTING {
            continue;
        }
        for (n, &i) in list.iter().enumerate() {
            for &j in &list[n + 1..] {
                candidates.insert((i.min(j), i.max(j)));
            }
        }
    }

    let documents: Vec<BTreeSet<&str>> = claims
        .iter()
        .map(|c| {
            data.statements_of(&c.claim.id)
                .map(|s| s.source.as_str())
                .collect()
        })
        .collect();
    let mut compared = 0;
    let mut already_related = 0;
    let mut same_document = 0;
    let mut opposed = 0;
    let mut scored = Vec::new();
    for (i, j) in candidates {
        let (a, b) = (&claims[i], &claims[j]);
        if related.contains(&(a.claim.id.as_str(), b.claim.id.as_str())) {
            already_related += 1;
            continue;
        }
        if !options.same_document && !documents[i].is_disjoint(&documents[j]) {
            same_document += 1;
            continue;
        }
        compared += 1;
        let found = score(a, b, &rarity);
        if found.opposed {
            opposed += 1;
            continue;
        }
        scored.push((found.score, i, j, found.reasons));
    }

    // Each claim's best score with any other, over every pair scored (not
    // only those shown), so that `--claim` does not change who is mutual.
    let mut best = vec![0.0f64; claims.len()];
    for (score, i, j, _) in &scored {
        best[*i] = best[*i].max(*score);
        best[*j] = best[*j].max(*score);
    }
    let mut pairs: Vec<_> = scored
        .into_iter()
        .filter(|(score, i, j, _)| {
            *score >= options.min_score
                && options
                    .claim
                    .as_ref()
                    .is_none_or(|only| claims[*i].claim.id == *only || claims[*j].claim.id == *only)
        })
        .map(|(score, i, j, reasons)| {
            let mutual = score > 0.0 && score == best[i] && score == best[j];
            (mutual, score, i, j, reasons)
        })
        .collect();
    pairs.sort_by(|x, y| {
        y.0.cmp(&x.0)
            .then(y.1.total_cmp(&x.1))
            .then((x.2, x.3).cmp(&(y.2, y.3)))
    });
    let total = pairs.len();
    pairs.truncate(options.limit.unwrap_or(usize::MAX));
    let pairs = pairs
        .into_iter()
        .enumerate()
        .map(|(n, (mutual, score, i, j, reasons))| Pair {
            rank: n + 1,
            score,
            mutual_best: mutual,
            a: side(data, claims[i].claim),
            b: side(data, claims[j].claim),
            reasons,
        })
        .collect();
    Similar {
        pairs,
        total,
        compared,
        already_related,
        same_document,
        opposed,
        min_score: options.min_score,
    }
}

fn side(data: &Dataset, claim: &Claim) -> Side {
    let mut documents: Vec<String> = Vec::new();
    for statement in data.statements_of(&claim.id) {
        if !documents.contains(&statement.source) {
            documents.push(statement.source.clone());
        }
    }
    Side {
        claim: Ref::new(data, &claim.id),
        documents,
    }
}

/// The inverted index: for each key, the claims holding it, in order.
fn postings(claims: &[Features]) -> BTreeMap<String, Vec<usize>> {
    let mut postings: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (at, features) in claims.iter().enumerate() {
        for key in features.keys() {
            let list = postings.entry(key).or_default();
            if list.last() != Some(&at) {
                list.push(at);
            }
        }
    }
    postings
}

/// How rare each index key is among the claims.
struct Rarity<'p> {
    claims: usize,
    postings: &'p BTreeMap<String, Vec<usize>>,
}

impl Rarity<'_> {
    /// ln((n + 1) / df) of `key`; a key no claim has counts as the rarest.
    fn weight(&self, key: &str) -> f64 {
        let df = self.postings.get(key).map_or(1, Vec::len).max(1);
        ((self.claims as f64 + 1.0) / df as f64).ln()
    }

    /// The rarity-weighted Jaccard index of two sets of keys
    /// (`prefix` + item), and the items shared.
    fn jaccard(
        &self,
        prefix: &str,
        a: &BTreeSet<String>,
        b: &BTreeSet<String>,
    ) -> (f64, Vec<String>) {
        let weight = |item: &String| self.weight(&format!("{prefix}{item}"));
        let shared: Vec<String> = a.intersection(b).cloned().collect();
        let both: f64 = shared.iter().map(weight).sum();
        let all: f64 = a.union(b).map(weight).sum();
        let value = if all > 0.0 { both / all } else { 0.0 };
        // Two claims about nothing but `karabakh` have the same `about`, yet
        // say little by it: the index counts fully only once the shared
        // items are together about as rare as one claim's own item.
        let enough = 0.75 * (self.claims as f64 + 1.0).ln();
        let confidence = if enough > 0.0 {
            (both / enough).min(1.0)
        } else {
            0.0
        };
        (round(value * confidence), shared)
    }
}

/// A pair's score and reasons, and whether the claims are opposed.
struct Scored {
    score: f64,
    reasons: Vec<Reason>,
    opposed: bool,
}

/// The score of a pair and its reasons, as the module documentation says.
fn score(a: &Features, b: &Features, rarity: &Rarity) -> Scored {
    let mut opposed = false;
    let mut reasons = Vec::new();
    // (weighted sum, sum of weights) of the wording and of the topic.
    let mut wording = (0.0, 0.0);
    let mut topic = (0.0, 0.0);
    let mut count = |reasons: &mut Vec<Reason>, reason: Reason| {
        let (part, weight) = reason.signal.weight().expect("a weighted signal");
        let sums = match part {
            Part::Wording => &mut wording,
            Part::Topic => &mut topic,
        };
        sums.0 += weight * reason.value;
        sums.1 += weight;
        if reason.value > 0.0 {
            reasons.push(reason);
        }
    };
    let reason = |signal, (value, shared): (f64, Vec<String>), language: Option<&str>| Reason {
        signal,
        value,
        shared,
        language: language.map(str::to_string),
    };

    if !a.claim.about.is_empty() && !b.claim.about.is_empty() {
        let left: BTreeSet<String> = a.claim.about.iter().cloned().collect();
        let right: BTreeSet<String> = b.claim.about.iter().cloned().collect();
        count(
            &mut reasons,
            reason(Signal::Entities, rarity.jaccard("e:", &left, &right), None),
        );
    }
    if let (Some(x), Some(y)) = (&a.claim.triple, &b.claim.triple) {
        let parts = |t: &crate::model::Triple| -> BTreeSet<String> {
            let mut parts: BTreeSet<String> =
                [format!("s:{}", t.subject), format!("p:{}", t.predicate)].into();
            parts.extend(t.object.iter().map(|o| format!("t:{o}")));
            parts
        };
        let (value, shared) = rarity.jaccard("", &parts(x), &parts(y));
        let shared = shared
            .into_iter()
            .map(|part| match part.split_once(':') {
                Some(("s", id)) => format!("subject: {id}"),
                Some(("p", id)) => format!("predicate: {id}"),
                Some((_, id)) => format!("object: {id}"),
                None => part,
            })
            .collect();
        count(&mut reasons, reason(Signal::Triple, (value, shared), None));
    }
    if !a.speakers.is_empty() && !b.speakers.is_empty() {
        count(
            &mut reasons,
            reason(
                Signal::Speakers,
                rarity.jaccard("a:", &a.speakers, &b.speakers),
                None,
            ),
        );
    }
    if !a.months.is_empty() && !b.months.is_empty() {
        count(
            &mut reasons,
            reason(
                Signal::Months,
                rarity.jaccard("m:", &a.months, &b.months),
                None,
            ),
        );
    }
    count(
        &mut reasons,
        reason(
            Signal::EnglishWords,
            rarity.jaccard("w:", &a.english, &b.english),
            None,
        ),
    );
    let best_original = a
        .original
        .iter()
        .filter_map(|(lang, left)| {
            let right = b.original.get(lang)?;
            let prefix = format!("o:{lang}:");
            Some(reason(
                Signal::OriginalWords,
                rarity.jaccard(&prefix, left, right),
                Some(lang),
            ))
        })
        .max_by(|x, y| x.value.total_cmp(&y.value));
    if let Some(found) = best_original {
        count(&mut reasons, found);
    }

    let weights = wording.1 + topic.1;
    let mut score = if weights > 0.0 {
        (wording.0 + topic.0) / weights
    } else {
        0.0
    };
    let wording_mean = if wording.1 > 0.0 {
        wording.0 / wording.1
    } else {
        0.0
    };
    if wording_mean < WORDING_FLOOR {
        score *= wording_mean / WORDING_FLOOR;
    }
    if !a.numbers.is_empty() && !b.numbers.is_empty() {
        let shared: Vec<String> = a.numbers.intersection(&b.numbers).cloned().collect();
        if shared.is_empty() {
            opposed = true;
            reasons.push(reason(Signal::NumbersDiffer, (0.0, Vec::new()), None));
        } else {
            score += NUMBERS_BONUS;
            reasons.push(reason(Signal::Numbers, (NUMBERS_BONUS, shared), None));
        }
    }
    if a.negates != b.negates {
        opposed = true;
        let negating = if a.negates { a } else { b };
        reasons.push(reason(
            Signal::NegationDiffers,
            (0.0, vec![negating.claim.id.clone()]),
            None,
        ));
    }
    Scored {
        score: round(score.min(1.0)),
        reasons,
        opposed,
    }
}

/// Three decimals, so that scores and their order are the same everywhere.
fn round(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Triple;

    /// Scores two claims as `similar` would among just these claims.
    fn pair(claims: &[&Claim], a: usize, b: usize) -> Scored {
        let features: Vec<Features> = claims
            .iter()
            .map(|c| Features::of(c, BTreeSet::new(), BTreeSet::new()))
            .collect();
        let postings = postings(&features);
        let rarity = Rarity {
            claims: claims.len(),
            postings: &postings,
        };
        score(&features[a], &features[b], &rarity)
    }

    fn claim(id: &str, text: &str, ar: Option<&str>, about: &[&str]) -> Claim {
        let mut original = crate::model::Names::default();
        if let Some(ar) = ar {
            original.insert("ar".into(), ar.into());
        }
        Claim {
            id: id.into(),
            kind: crate::model::ClaimKind::Fact,
            text: text.into(),
            original,
            about: about.iter().map(|s| s.to_string()).collect(),
            triple: None,
            tags: Vec::new(),
            note: None,
            location: crate::source::files::Location {
                file: 0,
                span: 0..0,
            },
        }
    }

    #[test]
    fn a_negation_on_one_side_opposes_a_pair() {
        let used = claim("used", "The enemy used TOS in Karabakh", None, &["tos"]);
        let not_used = claim(
            "not-used",
            "The enemy did not use TOS in Karabakh",
            None,
            &["tos"],
        );
        let found = pair(&[&used, &not_used], 0, 1);
        assert!(found.opposed);
        assert!(
            found
                .reasons
                .iter()
                .any(|r| r.signal == Signal::NegationDiffers && r.shared == ["not-used"])
        );
    }

    #[test]
    fn different_numbers_oppose_and_shared_numbers_add() {
        let five = claim("five", "Five soldiers were killed: 5", None, &["army"]);
        let fifty = claim("fifty", "Fifty soldiers were killed: 50", None, &["army"]);
        let also_five = claim("also-five", "5 soldiers killed", None, &["army"]);
        assert!(pair(&[&five, &fifty, &also_five], 0, 1).opposed);
        let same = pair(&[&five, &fifty, &also_five], 0, 2);
        assert!(!same.opposed);
        assert!(
            same.reasons
                .iter()
                .any(|r| r.signal == Signal::Numbers && r.shared == ["5"])
        );
    }

    #[test]
    fn a_shared_topic_without_shared_words_scores_low() {
        let tanks = claim(
            "tanks",
            "Azerbaijani forces destroyed Armenian tanks",
            None,
            &["war"],
        );
        let talks = claim("talks", "Ceasefire talks resumed in Moscow", None, &["war"]);
        let other = claim("other", "Nothing alike here", None, &["elsewhere"]);
        let found = pair(&[&tanks, &talks, &other], 0, 1);
        assert!(found.score < 0.1, "{}", found.score);
    }

    #[test]
    fn missing_signals_are_not_counted_against_a_pair() {
        let mut a = claim("a", "Armenia shelled Tartar", None, &[]);
        let mut b = claim("b", "Armenia shelled Tartar", None, &[]);
        assert_eq!(pair(&[&a, &b], 0, 1).score, 1.0);
        a.triple = Some(Triple {
            subject: "armenia".into(),
            predicate: "shelled".into(),
            object: Some("tartar".into()),
        });
        b.triple = a.triple.clone();
        assert_eq!(pair(&[&a, &b], 0, 1).score, 1.0);
    }
}
