//! The brief as one standalone HTML page: inline CSS, no script, nothing
//! fetched from elsewhere (a Content-Security-Policy says so to the browser).
//!
//! Every string from the data is escaped with [`escape`], in text and in
//! attributes alike; control and bidirectional formatting characters are
//! written as `\u{…}` as on the terminal. Text in another script sits in a
//! `<span dir=… lang=…>` (`dir="auto"` when its language is unknown), which
//! isolates it so Arabic runs right to left without reordering the English
//! around it. Only the chain graph's `<svg>`, written by Graphviz from our own
//! escaped DOT, goes in as markup; it is shown at the size Graphviz drew it,
//! in a frame that scrolls, since shrunk to the page's width its labels
//! cannot be read.

use crate::present::brief::document::{
    Block, Document, Inline, Item, LinkShape, direction_span, link_shape,
};
use crate::present::view::Embedded;
use crate::text::safe::printable;

const STYLE: &str = "
body { font-family: system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif; line-height: 1.5;
       color: #1f2328; background: #fff; margin: 0; }
main { max-width: 62rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin-top: 0; }
h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; margin-top: 2rem; }
[dir=rtl] { font-family: 'Noto Naskh Arabic', 'Noto Sans Arabic', 'DejaVu Sans', serif; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #d0d7de; padding: .3rem .5rem; text-align: start; vertical-align: top; }
th { background: #f6f8fa; }
ul ul { margin: .2rem 0; }
li { margin: .25rem 0; }
code { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: .9em;
       background: #f6f8fa; padding: 0 .2em; border-radius: 3px; }
pre { background: #f6f8fa; padding: .8rem; overflow-x: auto; }
figure.chain-graph { margin: 0; max-width: 100%; overflow: auto; border: 1px solid #d0d7de; }
figure.chain-graph svg { display: block; max-width: none; }
";

/// Shows the static chain graph only where the interactive one cannot be:
/// in print, and on a screen until the view's script has drawn (so with
/// scripts off the picture is still there).
const INTERACTIVE_STYLE: &str = "
@media screen { html[data-ready=true] figure.chain-graph { display: none; } }
@media print { .chain-interactive { display: none; } }
.chain-interactive { border: 1px solid #d0d7de; margin: .5rem 0; }
";

/// The HTML page of `doc`.
pub fn render(doc: &Document) -> String {
    render_with(doc, None)
}

/// The HTML page of `doc`, with the interactive chain view of
/// [`crate::present::view::embedded`] before the chain graph when given: its
/// scripts are allowed by their hashes and nothing else, and the static
/// graph stays, for print.
pub fn render_with(doc: &Document, interactive: Option<&Embedded>) -> String {
    let mut out = String::from("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n");
    out.push_str("<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    match interactive {
        None => out.push_str(
            "<meta http-equiv=\"Content-Security-Policy\" \
             content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
        ),
        Some(view) => out.push_str(&format!(
            "<meta http-equiv=\"Content-Security-Policy\" \
             content=\"default-src 'none'; style-src 'unsafe-inline'; script-src {}; img-src data:\">\n",
            view.script_hashes.join(" ")
        )),
    }
    // A title holds text only: a line break becomes a space, not `<br>`.
    let title = printable(&doc.title).replace('\n', " ");
    out.push_str(&format!("<title>{}</title>\n", escape(&title)));
    out.push_str(&format!("<style>{STYLE}</style>\n"));
    if let Some(view) = interactive {
        out.push_str(&format!(
            "<style>{}{INTERACTIVE_STYLE}</style>\n",
            view.style
        ));
    }
    out.push_str("</head>\n<body>\n<main>\n");
    let mut pending = interactive;
    for block in &doc.blocks {
        // The interactive view goes first in the chain graph's section,
        // before the picture or its DOT source.
        let graph = matches!(block, Block::Svg(_))
            || matches!(block, Block::Code { language, .. } if language == "dot");
        if graph && let Some(view) = pending.take() {
            out.push_str("<div class=\"chain-interactive\">\n");
            out.push_str(&view.body);
            out.push_str("</div>\n");
        }
        write_block(&mut out, block);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn write_block(out: &mut String, block: &Block) {
    match block {
        Block::Heading { level, text } => {
            let level = level.clamp(&1, &6);
            out.push_str(&format!("<h{level}>{}</h{level}>\n", escape_text(text)));
        }
        Block::Paragraph(inlines) => {
            out.push_str(&format!("<p>{}</p>\n", inlines_to_string(inlines)));
        }
        Block::Facts(facts) => {
            out.push_str("<dl class=\"facts\">\n");
            for (label, value) in facts {
                out.push_str(&format!(
                    "<dt>{}</dt><dd>{}</dd>\n",
                    escape_text(label),
                    inlines_to_string(value)
                ));
            }
            out.push_str("</dl>\n");
        }
        Block::List(items) => write_list(out, items),
        Block::Table { head, rows } => {
            out.push_str("<table>\n<thead><tr>");
            for h in head {
                out.push_str(&format!("<th>{}</th>", escape_text(h)));
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for row in rows {
                out.push_str("<tr>");
                for cell in row {
                    out.push_str(&format!("<td>{}</td>", inlines_to_string(cell)));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }
        Block::Code { language, text } => {
            out.push_str(&format!(
                "<pre><code class=\"language-{}\">{}</code></pre>\n",
                escape(language),
                escape(text)
            ));
        }
        Block::Svg(svg) => {
            out.push_str("<figure class=\"chain-graph\">\n");
            out.push_str(svg);
            out.push_str("\n</figure>\n");
        }
    }
}

fn write_list(out: &mut String, items: &[Item]) {
    out.push_str("<ul>\n");
    for item in items {
        out.push_str("<li>");
        out.push_str(&inlines_to_string(&item.text));
        if !item.children.is_empty() {
            out.push('\n');
            write_list(out, &item.children);
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
}

fn inlines_to_string(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text(text) => out.push_str(&escape_text(text)),
            Inline::Strong(text) => {
                out.push_str(&format!("<strong>{}</strong>", escape_text(text)));
            }
            Inline::Code(code) => out.push_str(&format!("<code>{}</code>", escape_text(code))),
            Inline::Foreign { lang, text } => {
                out.push_str(&direction_span(lang.as_deref()));
                out.push_str(&escape_text(text));
                out.push_str("</span>");
            }
            Inline::Link { text, url } => match link_shape(text, url) {
                LinkShape::Link { text, url } => out.push_str(&format!(
                    "<a href=\"{}\">{}</a>",
                    escape(url),
                    escape_text(text)
                )),
                LinkShape::Plain(shown) => out.push_str(&escape_text(&shown)),
            },
            Inline::Break => out.push_str("<br>"),
        }
    }
    out
}

/// Text of the data as HTML: visible controls, escaped, line breaks as `<br>`.
fn escape_text(text: &str) -> String {
    escape(&printable(text)).replace('\n', "<br>")
}

/// `text` safe in HTML text and in a double- or single-quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_quotes_are_escaped() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
        assert_eq!(escape("&amp;"), "&amp;amp;");
    }

    #[test]
    fn data_text_shows_controls_and_breaks_lines() {
        assert_eq!(escape_text("a\u{202E}b\nc"), "a\\u{202e}b<br>c");
    }

    #[test]
    fn only_web_addresses_become_links() {
        let link = |url: &str| {
            inlines_to_string(&[Inline::Link {
                text: "t".into(),
                url: url.into(),
            }])
        };
        assert_eq!(
            link("https://x.org/?a=1&b=\"2\""),
            "<a href=\"https://x.org/?a=1&amp;b=&quot;2&quot;\">t</a>"
        );
        assert_eq!(link("javascript:alert(1)"), "t (javascript:alert(1))");
    }

    #[test]
    fn arabic_is_marked_right_to_left_and_unknown_text_auto() {
        let foreign = |lang: Option<&str>| {
            inlines_to_string(&[Inline::Foreign {
                lang: lang.map(String::from),
                text: "قال".into(),
            }])
        };
        assert_eq!(
            foreign(Some("ar")),
            "<span dir=\"rtl\" lang=\"ar\">قال</span>"
        );
        assert_eq!(foreign(None), "<span dir=\"auto\">قال</span>");
        assert_eq!(
            foreign(Some("x\" onmouseover=\"y")),
            "<span dir=\"auto\">قال</span>"
        );
    }
}
