//! Byte spans for values parsed from RON, so that later checks can point at text.
//!
//! `ron` reports positions only for syntax errors, yet a dangling reference or a
//! misquoted seed needs a caret too. Before a file is deserialized we scan it
//! once for string literals (skipping comments), and while serde walks the
//! document in order each [`Spanned`] string claims the next literal whose
//! decoded value equals its own. Serde visits values in document order, so the
//! match is exact for every spanned field.

use std::cell::RefCell;
use std::ops::Range;

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

struct Literal {
    span: Range<usize>,
    /// Where the decoded value is in [`LiteralCursor::values`].
    value: Range<usize>,
}

struct LiteralCursor {
    /// Every literal's decoded value, one after another: one allocation per
    /// document instead of one per literal.
    values: String,
    literals: Vec<Literal>,
    next: usize,
}

thread_local! {
    static CURSOR: RefCell<Option<LiteralCursor>> = const { RefCell::new(None) };
}

/// Runs `parse` over `text` with spans enabled for every [`Spanned`] string it reads.
///
/// `base` is the byte offset of `text` within its file, so spans are file offsets.
pub fn with_spans<R>(text: &str, base: usize, parse: impl FnOnce() -> R) -> R {
    let (values, literals) = string_literals(text, base);
    let previous = CURSOR.with(|c| {
        c.replace(Some(LiteralCursor {
            values,
            literals,
            next: 0,
        }))
    });
    let result = parse();
    CURSOR.with(|c| c.replace(previous));
    result
}

fn claim_span(value: &str) -> Range<usize> {
    CURSOR.with(|cursor| {
        let mut cursor = cursor.borrow_mut();
        let Some(cursor) = cursor.as_mut() else {
            return 0..0;
        };
        let values = &cursor.values;
        let found = cursor.literals[cursor.next..]
            .iter()
            .position(|literal| &values[literal.value.clone()] == value);
        match found {
            Some(offset) => {
                let index = cursor.next + offset;
                cursor.next = index + 1;
                cursor.literals[index].span.clone()
            }
            None => 0..0,
        }
    })
}

impl<'de> Deserialize<'de> for Spanned<String> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        let span = claim_span(&value);
        Ok(Spanned { value, span })
    }
}

/// Every string literal of a RON document, in order, with its decoded value.
///
/// A plain literal without a backslash is its own value between the quotes;
/// only raw strings and escapes go through `ron`'s own decoder.
fn string_literals(text: &str, base: usize) -> (String, Vec<Literal>) {
    let mut values = String::new();
    let mut literals = Vec::new();
    for token in lexer::tokens(text) {
        let Token::Str(range) = token else { continue };
        let written = &text[range.clone()];
        let start = values.len();
        match written.strip_prefix('"').and_then(|w| w.strip_suffix('"')) {
            Some(inner) if !inner.contains('\\') => values.push_str(inner),
            _ => match ron::from_str::<String>(written) {
                Ok(value) => values.push_str(&value),
                Err(_) => continue,
            },
        }
        literals.push(Literal {
            span: base + range.start..base + range.end,
            value: start..values.len(),
        });
    }
    (values, literals)
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
    fn without_a_scan_spans_are_empty() {
        let pair: Pair = ron::from_str(r#"(a: "x", b: "y", other: [])"#).unwrap();
        assert_eq!(pair.a.span, 0..0);
    }
}
