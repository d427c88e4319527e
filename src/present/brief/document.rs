//! The brief as a small document tree, written once by [`super::sections`] and
//! printed by each format ([`super::markdown`], [`super::html`]), so the two
//! formats always say the same thing and only their escaping differs.
//!
//! Every string here is plain text, whatever it holds: the formats escape it.
//! Only [`Block::Svg`] carries markup, and only Graphviz writes it.
//!
//! What the two formats share beyond escaping is decided here too: whether a
//! link is a link ([`link_shape`]) and how text in another language is
//! marked ([`direction_span`]).

use crate::text::lang::{attribute_safe, direction};
use crate::text::url::is_web_address;

/// A whole brief: a title and its blocks, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The page's title.
    pub title: String,
    /// The body, in reading order.
    pub blocks: Vec<Block>,
}

/// A block of the brief: a heading, a paragraph, a list, a table….
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A section heading; level 1 is the title.
    Heading {
        /// 1 to 6, as in HTML.
        level: u8,
        /// The heading's words.
        text: String,
    },
    /// A paragraph of running text.
    Paragraph(Vec<Inline>),
    /// Label–value pairs, such as a claim's kind and tags.
    Facts(Vec<(String, Vec<Inline>)>),
    /// A bulleted list whose items may hold lists of their own.
    List(Vec<Item>),
    /// A table with a header row.
    Table {
        /// The column titles.
        head: Vec<String>,
        /// The rows, each a cell per column.
        rows: Vec<Vec<Vec<Inline>>>,
    },
    /// Source code shown verbatim, with its language's name.
    Code {
        /// The code's language, as a fence names it (`dot`).
        language: String,
        /// The code.
        text: String,
    },
    /// An `<svg>` element drawn by Graphviz.
    Svg(String),
}

/// A list item: one line of text, and the items nested under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The item's line.
    pub text: Vec<Inline>,
    /// The items nested under it.
    pub children: Vec<Item>,
}

impl Item {
    /// An item of one line and no children.
    pub fn new(text: Vec<Inline>) -> Self {
        Item {
            text,
            children: Vec::new(),
        }
    }

    /// The item with `child` nested under it, after the others.
    pub fn child(mut self, child: Item) -> Self {
        self.children.push(child);
        self
    }
}

/// A run of text inside a block.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// Text in bold.
    Strong(String),
    /// An identifier of the data, set in code type.
    Code(String),
    /// Text in the language `lang` (a BCP 47 tag), or in an unknown one; shown
    /// in its own direction.
    Foreign {
        /// The language, when known.
        lang: Option<String>,
        /// The text.
        text: String,
    },
    /// A link, shown only when `url` is an http(s) address; otherwise the
    /// formats print `text` and the address as plain text.
    Link {
        /// What the link says.
        text: String,
        /// Where it goes (see [`link_shape`]).
        url: String,
    },
    /// A line break.
    Break,
}

/// `Inline::Text`, for brevity where inlines are built.
pub fn text(s: impl Into<String>) -> Inline {
    Inline::Text(s.into())
}

/// How a link is shown: the printers format this and decide nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkShape<'a> {
    /// A web address: shown as a link.
    Link {
        /// What the link says.
        text: &'a str,
        /// Where it goes: an http(s) address.
        url: &'a str,
    },
    /// Anything else (a `javascript:` or file address, say) is never made a
    /// link: the text, and the address after it in brackets when it differs.
    Plain(String),
}

/// How the link `text` → `url` is shown: as a link only when `url` is an
/// http(s) address.
pub fn link_shape<'a>(text: &'a str, url: &'a str) -> LinkShape<'a> {
    if is_web_address(url) {
        LinkShape::Link { text, url }
    } else if text == url {
        LinkShape::Plain(text.to_owned())
    } else {
        LinkShape::Plain(format!("{text} ({url})"))
    }
}

/// The opening tag of the `<span>` around text in language `lang`: its
/// direction (`dir="auto"` when the language is unknown, so the reader works
/// it out from the text) and its `lang`, when the tag is fit for an
/// attribute. Both values are letters, digits and hyphens only, so the tag
/// needs no escaping in HTML or in Markdown.
pub fn direction_span(lang: Option<&str>) -> String {
    let lang = lang.and_then(attribute_safe);
    let mut tag = format!("<span dir=\"{}\"", direction(lang).unwrap_or("auto"));
    if let Some(lang) = lang {
        tag.push_str(&format!(" lang=\"{lang}\""));
    }
    tag.push('>');
    tag
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_are_links() {
        assert_eq!(
            link_shape("t", "https://x.org/"),
            LinkShape::Link {
                text: "t",
                url: "https://x.org/"
            }
        );
        assert_eq!(
            link_shape("t", "javascript:alert(1)"),
            LinkShape::Plain("t (javascript:alert(1))".into())
        );
        assert_eq!(
            link_shape("file:x", "file:x"),
            LinkShape::Plain("file:x".into())
        );
    }

    #[test]
    fn spans_carry_direction_and_only_safe_tags() {
        assert_eq!(direction_span(Some("ar")), "<span dir=\"rtl\" lang=\"ar\">");
        assert_eq!(direction_span(Some("en")), "<span dir=\"ltr\" lang=\"en\">");
        assert_eq!(direction_span(None), "<span dir=\"auto\">");
        assert_eq!(
            direction_span(Some("x\" onmouseover=\"y")),
            "<span dir=\"auto\">"
        );
    }
}
