//! Making any string safe inside a DOT double-quoted string.
//!
//! Graphviz reads a quoted string, then interprets backslash escapes (`\n`,
//! `\l`, `\N`…) and HTML entities (`&amp;`) in labels. To show a string
//! exactly as written, backslashes, quotes and ampersands are escaped, every
//! kind of line break becomes `\n`, other control characters are replaced, and
//! bidirectional embeddings left open are closed at the end of each line so a
//! right-to-left override cannot spill into the rest of the graph. Every
//! bidirectional control is written as a numeric entity (`&#8238;`):
//! Graphviz draws it as the character, while the DOT source, and a brief
//! that shows it, holds no invisible control that could reorder what a
//! person reads (as in Trojan Source).

/// The body of a DOT quoted string (without the surrounding quotes) that
/// Graphviz renders as `text`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut open_embeddings = 0usize;
    let mut open_isolates = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '&' => out.push_str("&amp;"),
            '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                close_bidi(&mut out, &mut open_embeddings, &mut open_isolates);
                out.push_str("\\n");
            }
            '\t' => out.push(' '),
            '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => {
                open_embeddings += 1;
                out.push_str(&entity(c));
            }
            '\u{202C}' => {
                if open_embeddings > 0 {
                    open_embeddings -= 1;
                    out.push_str(&entity(c));
                }
            }
            '\u{2066}'..='\u{2068}' => {
                open_isolates += 1;
                out.push_str(&entity(c));
            }
            '\u{2069}' => {
                if open_isolates > 0 {
                    open_isolates -= 1;
                    out.push_str(&entity(c));
                }
            }
            '\u{200E}' | '\u{200F}' | '\u{061C}' => out.push_str(&entity(c)),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    close_bidi(&mut out, &mut open_embeddings, &mut open_isolates);
    out
}

/// `c` as a decimal numeric entity, which Graphviz renders as `c`.
fn entity(c: char) -> String {
    format!("&#{};", c as u32)
}

fn close_bidi(out: &mut String, embeddings: &mut usize, isolates: &mut usize) {
    out.extend(std::iter::repeat_n(entity('\u{2069}'), *isolates));
    out.extend(std::iter::repeat_n(entity('\u{202C}'), *embeddings));
    *isolates = 0;
    *embeddings = 0;
}

/// `text` as a complete DOT quoted string.
pub fn quoted(text: &str) -> String {
    format!("\"{}\"", escape(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_backslashes_and_entities_are_literal() {
        assert_eq!(escape(r#"a "b" \N &amp;"#), r#"a \"b\" \\N &amp;amp;"#);
    }

    #[test]
    fn every_line_break_becomes_backslash_n() {
        assert_eq!(escape("a\r\nb\rc\nd\u{2028}e"), "a\\nb\\nc\\nd\\ne");
    }

    #[test]
    fn control_characters_are_replaced() {
        assert_eq!(escape("a\u{0}b\u{1b}[31m\tc"), "a\u{FFFD}b\u{FFFD}[31m c");
    }

    #[test]
    fn dot_syntax_inside_a_label_is_just_text() {
        assert_eq!(escape("x] -> y; digraph { node"), "x] -> y; digraph { node");
    }

    #[test]
    fn open_bidi_overrides_are_closed_per_line_and_stray_closers_dropped() {
        assert_eq!(escape("\u{202E}abc"), "&#8238;abc&#8236;");
        assert_eq!(escape("\u{2067}ab\ncd"), "&#8295;ab&#8297;\\ncd");
        assert_eq!(escape("\u{202C}\u{2069}x"), "x");
        assert_eq!(escape("\u{200F}قال\u{200E}"), "&#8207;قال&#8206;");
        assert!(
            !escape("\u{202E}\u{2066}\u{200F}\u{61C}")
                .chars()
                .any(crate::text::safe::is_hostile)
        );
    }

    #[test]
    fn a_trailing_backslash_cannot_escape_the_closing_quote() {
        assert_eq!(quoted("ends with \\"), "\"ends with \\\\\"");
    }
}
