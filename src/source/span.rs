//! Byte spans for values parsed from RON, so that later checks can point at text.
//!
//! `ron` reports positions only for syntax errors, yet a dangling reference or a
//! misquoted seed needs a caret too. A string without escapes is handed to serde
//! borrowed from the document, so where it sits is where its bytes are: a
//! [`Spanned`] string takes its span from its own address, with no second pass
//! over the text. Only a string with escapes comes decoded, from nowhere in the
//! document; it is found by lexing on from the end of the last string spanned
//! (serde visits values in document order) to the next literal that decodes to
//! the same value. (So a field that is not spanned, between the two, holding
//! the very same escaped value would be taken for it: the one case a span can
//! be wrong, and only by pointing at an equal string.)

use std::cell::RefCell;
use std::ops::Range;

use serde::de::{Error, Visitor};
use serde::{Deserialize, Deserializer};

use crate::source::lexer::{self, Token};

/// A value together with the byte range of its literal in the file it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T> {
    /// The parsed value.
    pub value: T,
    /// Byte range of the literal, quotes included, as offsets in its file.
    pub span: Range<usize>,
}

/// The document being parsed, as [`with_spans`] left it for the strings.
struct Document {
    /// A copy of the text: the strings serde hands over point into the
    /// caller's, but a thread-local cannot borrow it.
    text: String,
    /// Where the caller's text starts in memory, to turn a borrowed
    /// string's address into an offset.
    address: usize,
    /// The offset of the text within its file.
    base: usize,
    /// The end of the last literal spanned: the next starts after it.
    resume: usize,
}

thread_local! {
    static DOCUMENT: RefCell<Option<Document>> = const { RefCell::new(None) };
}

/// Runs `parse` over `text` with spans enabled for every [`Spanned`] string it reads.
///
/// `parse` must deserialize from `text` itself (not a copy), so that the
/// strings it borrows point into it. `base` is the byte offset of `text`
/// within its file, so spans are file offsets.
pub fn with_spans<R>(text: &str, base: usize, parse: impl FnOnce() -> R) -> R {
    let document = Document {
        text: text.to_owned(),
        address: text.as_ptr() as usize,
        base,
        resume: 0,
    };
    let previous = DOCUMENT.with(|d| d.replace(Some(document)));
    let result = parse();
    DOCUMENT.with(|d| d.replace(previous));
    result
}

impl Document {
    /// The span of `value`, a string borrowed from the document: the
    /// literal around its bytes, quotes (and a raw string's `r#`) included.
    fn borrowed(&mut self, value: &str) -> Option<Range<usize>> {
        let start = (value.as_ptr() as usize).checked_sub(self.address)?;
        let end = start.checked_add(value.len())?;
        let bytes = self.text.as_bytes();
        if end >= bytes.len() || start == 0 || bytes[start - 1] != b'"' {
            return None;
        }
        let hashes = bytes[..start - 1]
            .iter()
            .rev()
            .take_while(|&&b| b == b'#')
            .count();
        let opening = start - 1 - hashes;
        let raw = opening > 0 && bytes[opening - 1] == b'r';
        let (literal_start, literal_end) = if raw {
            (opening - 1, end + 1 + hashes)
        } else if hashes == 0 {
            (opening, end + 1)
        } else {
            return None;
        };
        let closing = bytes.get(end..literal_end)?;
        if closing.first() != Some(&b'"') || !closing[1..].iter().all(|&b| b == b'#') {
            return None;
        }
        self.resume = literal_end;
        Some(self.base + literal_start..self.base + literal_end)
    }

    /// The span of the next literal from where the last one ended whose
    /// decoded value is `value`: for a string serde hands over decoded.
    fn decoded(&mut self, value: &str) -> Option<Range<usize>> {
        let from = self.resume;
        let rest = self.text.get(from..)?;
        let found = lexer::tokens(rest).find_map(|token| {
            let Token::Str(range) = token else {
                return None;
            };
            (decode(&rest[range.clone()]).as_deref() == Some(value)).then_some(range)
        })?;
        self.resume = from + found.end;
        Some(self.base + from + found.start..self.base + from + found.end)
    }
}

/// The value of a string literal as written: a plain one is its own value
/// between the quotes; raw strings and escapes go through `ron`'s decoder.
fn decode(written: &str) -> Option<std::borrow::Cow<'_, str>> {
    match written.strip_prefix('"').and_then(|w| w.strip_suffix('"')) {
        Some(inner) if !inner.contains('\\') => Some(inner.into()),
        _ => ron::from_str::<String>(written).ok().map(Into::into),
    }
}

/// The span of a string serde handed over, borrowed from the document or
/// not; empty outside [`with_spans`] or when no literal matches.
fn span_of(value: &str, borrowed: bool) -> Range<usize> {
    DOCUMENT.with(|document| {
        let mut document = document.borrow_mut();
        let Some(document) = document.as_mut() else {
            return 0..0;
        };
        borrowed
            .then(|| document.borrowed(value))
            .flatten()
            .or_else(|| document.decoded(value))
            .unwrap_or(0..0)
    })
}

/// Reads a string as [`String`] does, noting whether serde lent it from
/// the document.
struct SpannedString;

impl<'de> Visitor<'de> for SpannedString {
    type Value = Spanned<String>;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        // What `String`'s own visitor says, so errors read as before.
        formatter.write_str("a string")
    }

    fn visit_borrowed_str<E: Error>(self, value: &'de str) -> Result<Self::Value, E> {
        let span = span_of(value, true);
        Ok(Spanned {
            value: value.to_owned(),
            span,
        })
    }

    fn visit_str<E: Error>(self, value: &str) -> Result<Self::Value, E> {
        let span = span_of(value, false);
        Ok(Spanned {
            value: value.to_owned(),
            span,
        })
    }

    fn visit_string<E: Error>(self, value: String) -> Result<Self::Value, E> {
        let span = span_of(&value, false);
        Ok(Spanned { value, span })
    }
}

impl<'de> Deserialize<'de> for Spanned<String> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_string(SpannedString)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Pair {
        a: Spanned<String>,
        b: Spanned<String>,
        other: Vec<String>,
    }

    fn parse(text: &str) -> Pair {
        with_spans(text, 0, || ron::from_str(text).unwrap())
    }

    #[test]
    fn spans_point_at_the_literal_in_document_order() {
        let text = r#"( // "x" in a comment
            other: ["w", "z"], /* "x" */ a: "x", b: "y" )"#;
        let pair = parse(text);
        assert_eq!(&text[pair.a.span.clone()], r#""x""#);
        assert!(pair.a.span.start > text.find("a:").unwrap());
        assert_eq!(&text[pair.b.span.clone()], r#""y""#);
        assert!(pair.b.span.start > pair.a.span.start);
        assert_eq!(pair.other, ["w", "z"]);
    }

    #[test]
    fn escapes_raw_strings_and_arabic_are_matched_by_value() {
        let text = "(a: \"ق\\\"ل\", b: r#\"raw \"q\"\"#, other: [])";
        let pair = parse(text);
        assert_eq!(pair.a.value, "ق\"ل");
        assert_eq!(&text[pair.a.span.clone()], "\"ق\\\"ل\"");
        assert_eq!(pair.b.value, "raw \"q\"");
        assert_eq!(&text[pair.b.span.clone()], "r#\"raw \"q\"\"#");
    }

    #[test]
    fn a_string_is_spanned_where_it_is_not_where_its_value_first_appears() {
        // `other` is no `Spanned` field, and holds both values first.
        let text = r#"(other: ["y", "x"], a: "x", b: "y")"#;
        let pair = parse(text);
        assert_eq!(pair.a.span.start, text.find(r#"a: "x""#).unwrap() + 3);
        assert_eq!(&text[pair.a.span.clone()], r#""x""#);
        assert_eq!(&text[pair.b.span.clone()], r#""y""#);
        assert!(pair.b.span.start > pair.a.span.start);
    }

    #[test]
    fn raw_strings_keep_their_hashes_and_escaped_strings_are_found_after_the_last() {
        let text = "(b: \"x\\\"y\", a: r##\"#\"a\"#\"##, other: [\"x\\\"y\"])";
        let pair: Pair = with_spans(text, 10, || ron::from_str(text).unwrap());
        assert_eq!(pair.a.value, "#\"a\"#");
        assert_eq!(
            &text[pair.a.span.start - 10..pair.a.span.end - 10],
            "r##\"#\"a\"#\"##"
        );
        assert_eq!(pair.b.value, "x\"y");
        assert_eq!(pair.b.span, 10 + 4..10 + 4 + 6);
        // An escaped value is found by lexing on from the last span, so the
        // same value twice is spanned twice, each where it is.
        let text = "[(a: \"1\", b: \"q\\\"\", other: []), (a: \"q\\\"\", b: \"2\", other: [])]";
        let pairs: Vec<Pair> = with_spans(text, 0, || ron::from_str(text).unwrap());
        let second = text.rfind("a: ").unwrap() + 3;
        assert_eq!(pairs[1].a.span, second..second + 5);
        assert_eq!(&text[pairs[0].b.span.clone()], "\"q\\\"\"");
        assert!(pairs[0].b.span.end < text.find("other").unwrap());
    }

    #[test]
    fn without_a_scan_spans_are_empty() {
        let pair: Pair = ron::from_str(r#"(a: "x", b: "y", other: [])"#).unwrap();
        assert_eq!(pair.a.span, 0..0);
    }
}
