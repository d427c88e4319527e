//! Finding an annotated quote in its source text.
//!
//! Annotators copy quotes from the seeds by hand, so whitespace and the style of
//! quote marks may differ; nothing else may. Matching is done on a normalised
//! copy that remembers where each of its bytes came from in the original.

use std::collections::HashMap;
use std::ops::Range;

/// Text with runs of whitespace folded to one space and quote marks unified,
/// plus the original byte offset of every normalised byte.
pub struct Normalised {
    /// The normalised text.
    pub text: String,
    origin: Vec<usize>,
    original_len: usize,
}

impl Normalised {
    /// Normalises `original`, recording where each byte came from.
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        let mut in_space = false;
        for (at, c) in original.char_indices() {
            let c = if c.is_whitespace() {
                ' '
            } else {
                unify_quote(c)
            };
            if c == ' ' && in_space {
                continue;
            }
            in_space = c == ' ';
            let start = text.len();
            text.push(c);
            origin.extend(std::iter::repeat_n(at, text.len() - start));
        }
        Normalised {
            text,
            origin,
            original_len: original.len(),
        }
    }

    /// Byte range in the original text of the first occurrence of `quote`.
    pub fn find(&self, quote: &str) -> Option<Range<usize>> {
        let needle = needle(quote)?;
        // One search that stops at the first match: the checks need to know
        // only that the quote is there and where it starts.
        let start = self.text.find(&needle)?;
        Some(self.original_range(start, needle.len()))
    }

    /// The byte range in the original text of `len` normalised bytes from `start`.
    fn original_range(&self, start: usize, len: usize) -> Range<usize> {
        let end = start + len;
        let original_end = self.origin.get(end).copied().unwrap_or(self.original_len);
        self.origin[start]..original_end
    }

    /// Byte ranges in the original text of every occurrence of `quote`, in
    /// order and without overlaps. Headlines and captions repeat in pages, and
    /// a quote covers each place its words appear.
    pub fn find_all(&self, quote: &str) -> Vec<Range<usize>> {
        let Some(needle) = needle(quote) else {
            return Vec::new();
        };
        self.text
            .match_indices(&needle)
            .map(|(start, _)| self.original_range(start, needle.len()))
            .collect()
    }
}

/// `quote` normalised as a text is, to search for; `None` when nothing is
/// left to search for.
fn needle(quote: &str) -> Option<String> {
    Some(Normalised::new(quote.trim()).text).filter(|n| !n.is_empty())
}

/// At most this many places in a text are tried by [`Folded::near_match`].
pub const MAX_CANDIDATES: usize = 256;

/// The folded words of a text, indexed by word, for [`Folded::near_match`].
/// Built once per text in O(T) for T bytes, so that many failed quotes
/// against one text cost O(T + N·C·Q), not O(N·T).
pub struct Folded {
    words: Vec<(Range<usize>, String)>,
    index: HashMap<String, Vec<usize>>,
}

impl Folded {
    /// Folds and indexes the words of `text`.
    pub fn new(text: &str) -> Self {
        let words: Vec<(Range<usize>, String)> = crate::text::fold::words(text)
            .into_iter()
            .map(|(range, key)| (range, key.folded))
            .collect();
        let mut index: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, (_, word)) in words.iter().enumerate() {
            index.entry(word.clone()).or_default().push(i);
        }
        Folded { words, index }
    }

    /// A passage of `text` (the text this was built from) that `quote`
    /// matches once both are folded ([`crate::text::fold::words`]: hamza,
    /// diacritics, case and punctuation ignored), for a hint when the
    /// verbatim search fails; with the first pair of words that differ as
    /// written.
    ///
    /// Cost: O(Q + C·Q) for Q words of quote and C ≤ [`MAX_CANDIDATES`]
    /// places where the quote's first folded word occurs, so a hostile text
    /// or quote cannot make it quadratic.
    pub fn near_match(&self, text: &str, quote: &str) -> Option<NearMatch> {
        let quote_words = crate::text::fold::words(quote);
        let (_, first) = quote_words.first()?;
        let starts = self.index.get(&first.folded)?;
        starts.iter().take(MAX_CANDIDATES).find_map(|&i| {
            let found = self.words.get(i..i + quote_words.len())?;
            let same = found
                .iter()
                .zip(&quote_words)
                .all(|((_, t), (_, q))| *t == q.folded);
            if !same {
                return None;
            }
            let differs = found
                .iter()
                .zip(&quote_words)
                .find(|((t, _), (q, _))| text.get(t.clone()) != quote.get(q.clone()))
                .map(|((t, _), (q, _))| (t.clone(), q.clone()));
            Some(NearMatch {
                passage: found[0].0.start..found[found.len() - 1].0.end,
                differs,
            })
        })
    }
}

/// [`Folded::near_match`] on a text folded for this one call.
pub fn near_match(text: &str, quote: &str) -> Option<NearMatch> {
    Folded::new(text).near_match(text, quote)
}

/// What [`Folded::near_match`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NearMatch {
    /// Byte range of the passage in the text.
    pub passage: Range<usize>,
    /// The first words that differ as written: (in the text, in the quote).
    pub differs: Option<(Range<usize>, Range<usize>)>,
}

fn unify_quote(c: char) -> char {
    match c {
        '“' | '”' | '„' | '‟' | '«' | '»' | '″' | '〝' | '〞' | '＂' => '"',
        '‘' | '’' | '‚' | '‛' | '′' | '‹' | '›' => '\'',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_and_quote_styles_are_forgiven() {
        let seed = "قالت  الوزارة\nإن «توس» استُخدم.";
        let n = Normalised::new(seed);
        let found = n.find("الوزارة إن \"توس\"").unwrap();
        assert_eq!(&seed[found], "الوزارة\nإن «توس»");
    }

    #[test]
    fn any_other_difference_is_a_miss() {
        let n = Normalised::new("أعلنت المتحدث باسم وزارة الدفاع");
        assert!(n.find("اعلنت المتحدث").is_none(), "hamza differs");
        assert!(n.find("   ").is_none(), "blank quotes never match");
        assert!(n.find("وزارة الدفاع").is_some());
    }

    #[test]
    fn a_quote_differing_only_in_hamza_or_case_has_a_near_match() {
        let seed = "عنوان\nأعلنت المتحدثة باسم وزارة الدفاع";
        let quote = "اعلنت المتحدثة باسم";
        let near = near_match(seed, quote).expect("near match");
        assert_eq!(&seed[near.passage], "أعلنت المتحدثة باسم");
        let (t, q) = near.differs.expect("a word differs");
        assert_eq!((&seed[t], &quote[q]), ("أعلنت", "اعلنت"));
        let near = near_match("on the Lachin road.", "Lachin Road").unwrap();
        assert_eq!(near.passage, 7..18);
        assert!(near_match(seed, "غائب تماما").is_none());
        assert!(near_match(seed, "").is_none());
    }

    #[test]
    fn the_near_match_search_is_bounded() {
        let seed = "a ".repeat(50_000);
        let quote = format!("{} b", "a ".repeat(2_000));
        let started = std::time::Instant::now();
        assert!(near_match(&seed, &quote).is_none());
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }

    #[test]
    fn every_occurrence_is_found() {
        let seed = "خسائر كبيرة\nخسائر  كبيرة\nشيء آخر";
        let n = Normalised::new(seed);
        let found: Vec<&str> = n
            .find_all("خسائر كبيرة")
            .into_iter()
            .map(|r| &seed[r])
            .collect();
        assert_eq!(found, ["خسائر كبيرة", "خسائر  كبيرة"]);
        assert!(n.find_all("غائب").is_empty());
    }
}
