//! A minimal RON token scan: string literals, identifiers and punctuation,
//! with comments skipped.
//!
//! `ron` parses whole documents and stops at the first error. Three things
//! need less than a parser and more than nothing: locating string literals
//! (for [`crate::source::span`]), splitting a top-level list into its items, so that
//! one broken record does not hide the errors in the others, and finding a
//! field's value to edit it in place ([`crate::edit::ron_text`]).

use std::ops::Range;

/// A token that matters to spans and item splitting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// A string literal (plain or raw), quotes included.
    Str(Range<usize>),
    /// One of `( ) [ ] { } , :` at the given byte offset.
    Punct(usize, u8),
    /// A field name, struct or variant name, or keyword such as `Some`.
    Ident(Range<usize>),
}

/// Scans `text` into [`Token`]s, skipping comments, char and byte-string literals.
pub fn tokens(text: &str) -> impl Iterator<Item = Token> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let at = i;
            match bytes[i] {
                b'/' if bytes.get(i + 1) == Some(&b'/') => {
                    i = text[i..].find('\n').map_or(bytes.len(), |n| i + n);
                }
                b'/' if bytes.get(i + 1) == Some(&b'*') => i = block_comment_end(bytes, i),
                b'"' => {
                    i = quoted_end(bytes, i, b'"');
                    return Some(Token::Str(at..i));
                }
                b'\'' => i = quoted_end(bytes, i, b'\''),
                b'b' if bytes.get(i + 1) == Some(&b'"') && starts_word(bytes, i) => {
                    i = quoted_end(bytes, i + 1, b'"');
                }
                b'r' if starts_word(bytes, i)
                    && bytes[i + 1..]
                        .iter()
                        .find(|&&b| b != b'#')
                        .is_some_and(|&b| b == b'"') =>
                {
                    let hashes = bytes[i + 1..].iter().take_while(|&&b| b == b'#').count();
                    i = raw_end(text, i + 1 + hashes, hashes);
                    return Some(Token::Str(at..i));
                }
                b if (b.is_ascii_alphabetic() || b == b'_') && starts_word(bytes, i) => {
                    i += bytes[i..]
                        .iter()
                        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
                        .count();
                    return Some(Token::Ident(at..i));
                }
                b @ (b'(' | b')' | b'[' | b']' | b'{' | b'}' | b',' | b':') => {
                    i += 1;
                    return Some(Token::Punct(at, b));
                }
                _ => i += 1,
            }
        }
        None
    })
}

/// Byte ranges of the items of the top-level list in `text`, or `None` when the
/// document is not a list. Ranges exclude separating commas; trailing blanks
/// and comments stay with the item before them.
pub fn list_items(text: &str) -> Option<Vec<Range<usize>>> {
    let mut depth = 0usize;
    let mut items = Vec::new();
    let mut item_start = None;
    let mut opened = false;
    for token in tokens(text) {
        let Token::Punct(at, b) = token else { continue };
        match b {
            b'[' if depth == 0 => {
                if opened {
                    return None;
                }
                opened = true;
                depth = 1;
                item_start = Some(at + 1);
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    if b != b']' {
                        return None;
                    }
                    items.extend(item_start.take().map(|s| s..at));
                }
            }
            b',' if depth == 1 => {
                items.extend(item_start.replace(at + 1).map(|s| s..at));
            }
            _ => {}
        }
    }
    if !opened || depth != 0 {
        return None;
    }
    let has_code =
        |r: &Range<usize>| tokens(&text[r.clone()]).next().is_some() || has_word(&text[r.clone()]);
    Some(items.into_iter().filter(has_code).collect())
}

/// Whether a slice holds anything besides blanks and comments.
fn has_word(slice: &str) -> bool {
    let mut rest = slice.trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.find('\n').map_or("", |n| &after[n..]).trim_start();
        } else if rest.starts_with("/*") {
            let end = block_comment_end(rest.as_bytes(), 0);
            rest = rest[end..].trim_start();
        } else {
            return !rest.is_empty();
        }
    }
}

fn starts_word(bytes: &[u8], i: usize) -> bool {
    i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_')
}

fn block_comment_end(bytes: &[u8], start: usize) -> usize {
    let mut depth = 0usize;
    let mut i = start;
    while i + 1 < bytes.len() {
        match (bytes[i], bytes[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return i;
                }
            }
            _ => i += 1,
        }
    }
    bytes.len()
}

/// End (exclusive) of a literal opened by `quote` at `start`; a char literal
/// also ends at a newline so that a stray apostrophe cannot swallow the file.
fn quoted_end(bytes: &[u8], start: usize, quote: u8) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        if quote == b'"' {
            // Strings are most of a document's bytes: skip to the next byte
            // that may end one, many bytes at a time.
            match memchr::memchr2(b'"', b'\\', &bytes[i..]) {
                Some(n) => i += n,
                None => return bytes.len(),
            }
        }
        match bytes[i] {
            b'\\' => i += 2,
            b'\n' if quote == b'\'' => return i,
            b if b == quote => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

fn raw_end(text: &str, quote: usize, hashes: usize) -> usize {
    let closing = format!("\"{}", "#".repeat(hashes));
    text[quote + 1..]
        .find(&closing)
        .map_or(text.len(), |n| quote + 1 + n + closing.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn a_string_ends_where_a_byte_at_a_time_scan_ends_it(
            text in "[\"\\\\a\nب']{0,30}",
            start in 0usize..30,
        ) {
            let bytes = text.as_bytes();
            let start = start.min(bytes.len().saturating_sub(1));
            for quote in [b'"', b'\''] {
                let mut i = start + 1;
                let slow = loop {
                    match bytes.get(i) {
                        None => break bytes.len(),
                        Some(b'\\') => i += 2,
                        Some(b'\n') if quote == b'\'' => break i,
                        Some(&b) if b == quote => break i + 1,
                        Some(_) => i += 1,
                    }
                };
                proptest::prop_assert_eq!(quoted_end(bytes, start, quote).min(bytes.len()), slow.min(bytes.len()));
            }
        }
    }

    fn strs(text: &str) -> Vec<&str> {
        tokens(text)
            .filter_map(|t| match t {
                Token::Str(r) => Some(&text[r]),
                Token::Punct(..) | Token::Ident(_) => None,
            })
            .collect()
    }

    #[test]
    fn comments_chars_and_byte_strings_hide_their_quotes() {
        let text = "('\"', b\"x\", /* a /* \"b\" */ \"c\" */ // \"e\"\n \"d\", r#\"f\"#)";
        assert_eq!(strs(text), ["\"d\"", "r#\"f\"#"]);
    }

    #[test]
    fn identifiers_and_colons_are_tokens() {
        let text = "Review(status: InProgress, r: r#\"x\"#, br: 1)";
        let idents: Vec<&str> = tokens(text)
            .filter_map(|t| match t {
                Token::Ident(r) => Some(&text[r]),
                _ => None,
            })
            .collect();
        assert_eq!(idents, ["Review", "status", "InProgress", "r", "br"]);
        assert_eq!(strs(text), ["r#\"x\"#"]);
        assert!(tokens(text).any(|t| t == Token::Punct(13, b':')));
    }

    #[test]
    fn escaped_quotes_stay_inside_the_literal() {
        assert_eq!(strs(r#"("a\"b", "c")"#), [r#""a\"b""#, r#""c""#]);
    }

    #[test]
    fn list_items_split_at_top_level_commas_only() {
        let text = "// head\n[ A(x: [1, 2], y: \"a,]\"), // one\n B(), ]\n";
        let items = list_items(text).unwrap();
        let got: Vec<_> = items.iter().map(|r| text[r.clone()].trim()).collect();
        assert_eq!(got, ["A(x: [1, 2], y: \"a,]\")", "// one\n B()"]);
    }

    #[test]
    fn non_lists_and_unbalanced_lists_are_not_split() {
        assert_eq!(list_items("A(x: 1)"), None);
        assert_eq!(list_items("[A(x: 1]"), None);
        assert_eq!(list_items("[A(), B()"), None);
        assert_eq!(list_items("[]"), Some(vec![]));
    }
}
