//! Finding an annotated quote in its source text.
//!
//! Annotators copy quotes from the seeds by hand, so whitespace and the style of
//! quote marks may differ; nothing else may. Matching is done on a normalised
//! copy that remembers where each of its bytes came from in the original.

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
        self.find_all(quote).into_iter().next()
    }

    /// Byte ranges in the original text of every occurrence of `quote`, in
    /// order and without overlaps. Headlines and captions repeat in pages, and
    /// a quote covers each place its words appear.
    pub fn find_all(&self, quote: &str) -> Vec<Range<usize>> {
        let needle = Normalised::new(quote.trim()).text;
        if needle.is_empty() {
            return Vec::new();
        }
        self.text
            .match_indices(&needle)
            .map(|(start, _)| {
                let end = start + needle.len();
                let original_end = self.origin.get(end).copied().unwrap_or(self.original_len);
                self.origin[start]..original_end
            })
            .collect()
    }
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
