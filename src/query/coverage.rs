//! `coverage`: how much of each source the annotation accounts for.
//!
//! For each source: the claims, statements, speakers and outlets annotated,
//! and the share of its sentences that at least one statement quotes. The
//! sentences no quote touches are listed with their line and column, split
//! into background (passages the source's `background` list leaves out on
//! purpose, with the reason) and gaps (nobody has decided about them yet).

use std::ops::Range;

use indexmap::IndexSet;
use schemars::JsonSchema;
use serde::Serialize;

use crate::json::{Answer, Listing};
use crate::model::{BackgroundKind, Dataset, Source, Statement};
use crate::query::Ref;
use crate::source::files::{line_col, tidy};
use crate::text::quote::Normalised;
use crate::text::sentences::sentences;

/// The answer of `coverage`: how much of each source the annotation accounts for.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Coverage {
    /// One entry per source (only the asked one, when one is), in data order.
    pub sources: Vec<SourceCoverage>,
}

impl Answer for Coverage {
    const SCHEMA: &'static str = "coverage";
}

impl Listing for Coverage {
    type Item = SourceCoverage;

    fn items(&self) -> Vec<&SourceCoverage> {
        self.sources.iter().collect()
    }
}

/// What the annotation of one source accounts for.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SourceCoverage {
    /// The source.
    pub source: Ref,
    /// Path of its text file as the data gives it, `.` and `dir/..` removed.
    pub file: String,
    /// Distinct claims its statements state.
    pub claims: usize,
    /// Statements annotated in it.
    pub statements: usize,
    /// Distinct speakers of those statements.
    pub speakers: usize,
    /// Distinct outlets it names: its publisher and `via` credits, and every
    /// outlet that speaks, publishes or relays one of its statements.
    pub outlets: usize,
    /// Sentences in its text; 0 when the text is empty or missing.
    pub sentences: usize,
    /// Sentences a statement's quote overlaps in at least one letter or digit.
    pub covered: usize,
    /// Covered sentences per hundred, to one decimal.
    pub percent: f64,
    /// Unquoted sentences declared background.
    pub background: Vec<Sentence>,
    /// Unquoted sentences nobody has accounted for: gaps in the annotation.
    pub uncovered: Vec<Sentence>,
}

/// A sentence of a source text, located by 1-based line and character column.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Sentence {
    /// 1-based line where the sentence starts.
    pub line: usize,
    /// 1-based character column where it starts.
    pub column: usize,
    /// The sentence as the source text has it.
    pub text: String,
    /// Why it is background, for declared background (not `kind`, which in
    /// a [`Ref`] is the record type).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background_kind: Option<BackgroundKind>,
}

/// Coverage of every source, or of `only` one.
///
/// A sentence counts as covered when a quote overlaps it in at least one
/// letter or digit, and as background when a `background` passage holds all
/// of its letters and digits. A quote covers every place its words appear, so a headline
/// repeated as a caption is covered by one statement.
///
/// Complexity: O(T + Q·T) per source for T bytes of text and Q quotes.
pub fn coverage(data: &Dataset, only: Option<&str>) -> Coverage {
    let sources = data
        .sources
        .values()
        .filter(|s| only.is_none_or(|id| id == s.id))
        .map(|source| source_coverage(data, source))
        .collect();
    Coverage { sources }
}

/// The coverage of one source.
fn source_coverage(data: &Dataset, source: &Source) -> SourceCoverage {
    let text = data.texts.get(&source.id).map_or("", String::as_str);
    let statements: Vec<_> = source
        .statements
        .iter()
        .filter_map(|id| data.statements.get(id))
        .collect();
    let normalised = Normalised::new(text);
    let quoted: Vec<Range<usize>> = statements
        .iter()
        .flat_map(|s| normalised.find_all(&s.quote))
        .collect();
    let declared: Vec<(Range<usize>, BackgroundKind)> = source
        .background
        .iter()
        .flat_map(|b| {
            normalised
                .find_all(&b.quote)
                .into_iter()
                .map(|range| (range, b.kind))
        })
        .collect();
    let all = sentences(text);
    let (mut background, mut uncovered) = (Vec::new(), Vec::new());
    for range in all
        .iter()
        .filter(|sentence| !quoted.iter().any(|q| overlaps(text, sentence, q)))
    {
        let (line, column) = line_col(text, range.start);
        let kind = declared
            .iter()
            .find(|(b, _)| covers(text, range, b))
            .map(|(_, kind)| *kind);
        let sentence = Sentence {
            line,
            column,
            text: text[range.clone()].to_string(),
            background_kind: kind,
        };
        match kind {
            Some(_) => background.push(sentence),
            None => uncovered.push(sentence),
        }
    }
    let claims: IndexSet<&str> = statements.iter().map(|s| s.claim.as_str()).collect();
    let speakers: IndexSet<&str> = statements.iter().map(|s| s.speaker.id.as_str()).collect();
    let outlets = outlets_of(data, source, &statements);
    let covered = all.len() - uncovered.len() - background.len();
    SourceCoverage {
        source: Ref::new(data, &source.id),
        file: tidy(&source.file).display().to_string(),
        claims: claims.len(),
        statements: statements.len(),
        speakers: speakers.len(),
        outlets,
        sentences: all.len(),
        covered,
        percent: percent(covered, all.len()),
        background,
        uncovered,
    }
}

/// How many outlets a source names: its publisher, the outlets it credits,
/// and every outlet that speaks or carries one of its statements.
fn outlets_of(data: &Dataset, source: &Source, statements: &[&Statement]) -> usize {
    let outlets: IndexSet<&str> = source
        .outlet
        .iter()
        .chain(&source.via)
        .map(String::as_str)
        .chain(
            statements
                .iter()
                .flat_map(|s| std::iter::once(s.speaker.id.as_str()).chain(data.carriers(s)))
                .filter(|id| data.outlets.contains_key(*id)),
        )
        .collect();
    outlets.len()
}

fn overlaps(text: &str, sentence: &Range<usize>, quote: &Range<usize>) -> bool {
    let from = sentence.start.max(quote.start);
    let to = sentence.end.min(quote.end);
    from < to
        && text
            .get(from..to)
            .is_some_and(|shared| shared.chars().any(char::is_alphanumeric))
}

/// Whether `passage` holds every letter and digit of `sentence`: a
/// background declaration accounts for whole sentences, never for the rest of
/// a sentence that merely shares a word with it.
fn covers(text: &str, sentence: &Range<usize>, passage: &Range<usize>) -> bool {
    text[sentence.clone()]
        .char_indices()
        .filter(|(_, c)| c.is_alphanumeric())
        .all(|(at, _)| passage.contains(&(sentence.start + at)))
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        return 100.0;
    }
    (part as f64 * 1000.0 / whole as f64).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_rounds_to_one_decimal_and_an_empty_text_is_fully_covered() {
        assert_eq!(percent(1, 3), 33.3);
        assert_eq!(percent(2, 3), 66.7);
        assert_eq!(percent(0, 0), 100.0);
    }

    #[test]
    fn background_must_hold_the_whole_sentence() {
        let text = "اشتباكات\nاندلعت اشتباكات عنيفة.";
        let word = 0.."اشتباكات".len();
        let second = text.find("اندلعت").unwrap()..text.len();
        assert!(covers(text, &word, &word));
        let inside = second.start + "اندلعت ".len();
        assert!(!covers(text, &second, &(inside..inside + "اشتباكات".len())));
        assert!(
            covers(text, &second, &(second.start..text.len() - 1)),
            "the full stop may be left out"
        );
    }

    #[test]
    fn overlap_needs_a_shared_letter() {
        let text = "أ. ب";
        assert!(
            !overlaps(text, &(0..3), &(2..4)),
            "only the full stop is shared"
        );
        assert!(overlaps(text, &(0..3), &(0..2)));
    }
}
