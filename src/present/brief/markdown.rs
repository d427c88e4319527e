//! The brief as Markdown (CommonMark with GitHub's tables).
//!
//! Data is hostile: a quote may hold `|`, `#`, backticks, HTML tags or line
//! breaks. Every string is escaped so that it reads back as the same text and
//! never as Markdown syntax or HTML: punctuation that Markdown gives a meaning
//! is backslash-escaped, a line break becomes `<br>`, code spans get a fence
//! longer than any run of backticks inside, and control and bidirectional
//! formatting characters are written as `\u{…}` as on the terminal. Text in
//! another script is wrapped in `<span dir=… lang=…>` so that it runs the
//! right way where Markdown is turned into HTML.

use crate::present::brief::document::{
    Block, Document, Inline, Item, LinkShape, direction_span, link_shape,
};
use crate::text::safe::printable;

/// Where inline text is written: in a table cell a code span must escape `|`
/// too (text escapes it everywhere).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Flow,
    Cell,
}

/// The Markdown of `doc`.
pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        write_block(&mut out, block);
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn write_block(out: &mut String, block: &Block) {
    match block {
        Block::Heading { level, text } => {
            out.push_str(&"#".repeat(usize::from(*level).clamp(1, 6)));
            out.push(' ');
            out.push_str(&escape(text));
            out.push('\n');
        }
        Block::Paragraph(inlines) => line(out, "", &starting_line(inlines)),
        Block::Facts(facts) => {
            for (label, value) in facts {
                let label = escape(&format!("{label}:"));
                let value = inlines_to_string(value, Place::Flow);
                line(out, "- ", &format!("**{label}** {value}"));
            }
        }
        Block::List(items) => {
            for item in items {
                write_item(out, item, 0);
            }
        }
        Block::Table { head, rows } => {
            let cells = |cells: Vec<String>| format!("| {} |", cells.join(" | "));
            line(out, "", &cells(head.iter().map(|h| escape(h)).collect()));
            line(out, "", &cells(head.iter().map(|_| "---".into()).collect()));
            for row in rows {
                let row = row
                    .iter()
                    .map(|cell| inlines_to_string(cell, Place::Cell))
                    .collect();
                line(out, "", &cells(row));
            }
        }
        Block::Code { language, text } => {
            let fence = "`".repeat((longest_run(text, '`') + 1).max(3));
            let info: String = language
                .chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .collect();
            out.push_str(&format!("{fence}{info}\n{text}"));
            if !text.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(&fence);
            out.push('\n');
        }
        Block::Svg(svg) => {
            // A `<div>` line opens an HTML block that runs to the next blank
            // line; the SVG has none.
            out.push_str("<div class=\"chain-graph\">\n");
            out.push_str(svg);
            out.push_str("\n</div>\n");
        }
    }
}

/// One line of a block, trimmed: leading spaces would make code, trailing
/// ones a line break.
fn line(out: &mut String, prefix: &str, text: &str) {
    out.push_str(prefix);
    out.push_str(text.trim());
    out.push('\n');
}

fn write_item(out: &mut String, item: &Item, depth: usize) {
    let indent = "  ".repeat(depth);
    line(out, &format!("{indent}- "), &starting_line(&item.text));
    for child in &item.children {
        write_item(out, child, depth + 1);
    }
}

/// Inlines that open a paragraph or list item.
fn starting_line(inlines: &[Inline]) -> String {
    match inlines.split_first() {
        Some((Inline::Text(first), rest)) => {
            escape_at_line_start(first) + &inlines_to_string(rest, Place::Flow)
        }
        _ => inlines_to_string(inlines, Place::Flow),
    }
}

fn inlines_to_string(inlines: &[Inline], place: Place) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text(text) => out.push_str(&escape(text)),
            Inline::Strong(text) => {
                let text = text.trim();
                if !text.is_empty() {
                    out.push_str(&format!("**{}**", escape(text)));
                }
            }
            Inline::Code(code) => out.push_str(&code_span(code, place)),
            Inline::Foreign { lang, text } => {
                out.push_str(&direction_span(lang.as_deref()));
                out.push_str(&escape(text));
                out.push_str("</span>");
            }
            Inline::Link { text, url } => match link_shape(text, url) {
                LinkShape::Link { text, url } => {
                    out.push_str(&format!("[{}]({})", escape(text), link_destination(url)));
                }
                LinkShape::Plain(shown) => out.push_str(&escape(&shown)),
            },
            Inline::Break => out.push_str("<br>"),
        }
    }
    out
}

/// Punctuation that means something to CommonMark, GitHub's extensions
/// (tables, strikethrough, math) or inline HTML.
const SPECIAL: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '#', '&', '$',
];

/// `text` as Markdown that shows exactly `text`, in the middle of a line.
/// `|` is escaped everywhere, which is harmless outside a table.
fn escape(text: &str) -> String {
    let shown = printable(text);
    let mut out = String::with_capacity(shown.len() + 8);
    for c in shown.chars() {
        match c {
            '\n' => out.push_str("<br>"),
            c if SPECIAL.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// `text` escaped where it starts a paragraph or list item, so that a
/// leading `-`, `+`, `=` or `1.` cannot start a list, rule or heading.
fn escape_at_line_start(text: &str) -> String {
    let trimmed = text.trim_start();
    let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
    let marker = match trimmed.chars().nth(digits) {
        Some('-' | '+' | '=') if digits == 0 => Some(0),
        Some('.' | ')') if digits > 0 => Some(digits),
        _ => None,
    };
    match marker {
        Some(at) => format!("{}\\{}", escape(&trimmed[..at]), escape(&trimmed[at..])),
        None => escape(trimmed),
    }
}

/// A code span that shows `code` verbatim: fenced by more backticks than any
/// run inside it, on one line, with `|` escaped in a table cell (GitHub
/// splits cells before it reads code spans).
fn code_span(code: &str, place: Place) -> String {
    let mut shown = printable(code).replace('\n', " ");
    if place == Place::Cell {
        shown = shown.replace('|', "\\|");
    }
    let fence = "`".repeat(longest_run(&shown, '`') + 1);
    let pad = if shown.starts_with(['`', ' ']) || shown.ends_with(['`', ' ']) {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{shown}{pad}{fence}")
}

fn longest_run(text: &str, of: char) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == of { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// A web address as a link destination: characters that would end the
/// destination, the link or the table cell are percent-encoded.
fn link_destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '(' | ')' | '<' | '>' | '[' | ']' | '|' | '\\' | '`' | '"' | '\'' | '{' | '}' | ' ' => {
                out.push_str(&format!("%{:02X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::brief::document::text;

    #[test]
    fn markdown_syntax_in_data_is_escaped() {
        assert_eq!(
            escape("# *bold* `code` [a](b) <script> | ~x~ & $m$ 2.00"),
            "\\# \\*bold\\* \\`code\\` \\[a\\](b) \\<script\\> \\| \\~x\\~ \\& \\$m\\$ 2.00"
        );
    }

    #[test]
    fn block_markers_are_escaped_at_the_start_of_a_line_and_breaks_become_br() {
        assert_eq!(escape_at_line_start("- item"), "\\- item");
        assert_eq!(escape_at_line_start("   12. item"), "12\\. item");
        assert_eq!(escape_at_line_start("---\n+b"), "\\---<br>+b");
        assert_eq!(escape_at_line_start("1-2 a-b 3.5"), "1-2 a-b 3.5");
        assert_eq!(escape("a\r\nb"), "a\\\\u{d}<br>b");
    }

    #[test]
    fn controls_and_bidi_overrides_are_made_visible() {
        assert_eq!(escape("a\u{202E}b\u{1b}"), "a\\\\u{202e}b\\\\u{1b}");
    }

    #[test]
    fn code_spans_outlast_backticks_inside() {
        assert_eq!(code_span("s1", Place::Flow), "`s1`");
        assert_eq!(code_span("a``b", Place::Flow), "```a``b```");
        assert_eq!(code_span("`x", Place::Flow), "`` `x ``");
        assert_eq!(code_span("a|b", Place::Cell), "`a\\|b`");
    }

    #[test]
    fn links_only_for_web_addresses_with_delimiters_encoded() {
        let link = |url: &str| {
            inlines_to_string(
                &[Inline::Link {
                    text: "t".into(),
                    url: url.into(),
                }],
                Place::Cell,
            )
        };
        assert_eq!(
            link("https://x.org/a_(b)|c"),
            "[t](https://x.org/a_%28b%29%7Cc)"
        );
        assert_eq!(link("javascript:alert(1)"), "t (javascript:alert(1))");
    }

    #[test]
    fn fenced_code_is_longer_than_any_fence_inside() {
        let mut out = String::new();
        write_block(
            &mut out,
            &Block::Code {
                language: "dot".into(),
                text: "a ```` b".into(),
            },
        );
        assert_eq!(out, "`````dot\na ```` b\n`````\n");
    }

    #[test]
    fn foreign_text_runs_in_its_own_direction() {
        let inline = Inline::Foreign {
            lang: Some("ar".into()),
            text: "قال".into(),
        };
        assert_eq!(
            inlines_to_string(&[text("x "), inline], Place::Flow),
            "x <span dir=\"rtl\" lang=\"ar\">قال</span>"
        );
    }
}
