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
    ///
    /// Complexity: O(T) for T bytes. Runs of bytes that cannot change (most
    /// of any text) are copied whole; only whitespace and the lead bytes of
    /// quote marks are looked at a character at a time.
    pub fn new(original: &str) -> Self {
        let bytes = original.as_bytes();
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        let mut in_space = false;
        let mut at = 0;
        while at < bytes.len() {
            let run_end = bytes[at..]
                .iter()
                .position(|&b| may_normalise(b))
                .map_or(bytes.len(), |n| at + n);
            if run_end > at {
                // A run starts and ends on character boundaries: it starts
                // at one, and stops before a byte that begins a character.
                // Only the offsets of boundaries are ever read back, so each
                // byte may record its own.
                text.push_str(&original[at..run_end]);
                origin.extend(at..run_end);
                in_space = false;
                at = run_end;
                continue;
            }
            let Some(c) = original[at..].chars().next() else {
                break;
            };
            let normalised = if c.is_whitespace() {
                ' '
            } else {
                unify_quote(c)
            };
            let skip = normalised == ' ' && in_space;
            if !skip {
                in_space = normalised == ' ';
                let start = text.len();
                text.push(normalised);
                origin.extend(std::iter::repeat_n(at, text.len() - start));
            }
            at += c.len_utf8();
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

/// Whether the character starting with byte `b` may be whitespace or a
/// quote mark [`unify_quote`] changes: ASCII whitespace, or the lead byte of
/// U+0085 to U+00BB, U+1680, U+2000 to U+206F, U+3000 to U+301F or U+FF02.
/// Every other character is its own normalised form.
fn may_normalise(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ' | 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF)
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

    /// [`Normalised::new`] a character at a time, as it was before runs
    /// were copied whole.
    fn normalised_by_character(original: &str) -> (String, Vec<usize>) {
        let mut text = String::new();
        let mut origin = Vec::new();
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
        (text, origin)
    }

    #[test]
    fn every_character_that_normalises_begins_with_a_byte_looked_at() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if c.is_whitespace() || unify_quote(c) != c {
                let lead = c.encode_utf8(&mut [0; 4]).as_bytes()[0];
                assert!(may_normalise(lead), "{c:?} U+{:04X}", c as u32);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn runs_copied_whole_normalise_as_each_character_did(
            original in "[a-z ب«»“”‘’„\u{a0}\u{2009}\u{3000}\u{85}\u{ff02}\u{2028}\u{e9}\u{2014}\t\n\r\u{b}]{0,60}|.{0,60}"
        ) {
            let fast = Normalised::new(&original);
            let (text, origin) = normalised_by_character(&original);
            proptest::prop_assert_eq!(&fast.text, &text);
            // Offsets are read back only at character boundaries.
            for (at, _) in text.char_indices() {
                proptest::prop_assert_eq!(fast.origin[at], origin[at]);
            }
            proptest::prop_assert_eq!(fast.origin.len(), origin.len());
        }
    }

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
