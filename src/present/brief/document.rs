//! The brief as a small document tree, written once by [`super::sections`] and
//! printed by each format ([`super::markdown`], [`super::html`]), so the two
//! formats always say the same thing and only their escaping differs.
//!
//! Every string here is plain text, whatever it holds: the formats escape it.
//! Only [`Block::Svg`] carries markup, and only Graphviz writes it.

/// A whole brief: a title and its blocks, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub title: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A section heading; level 1 is the title.
    Heading {
        level: u8,
        text: String,
    },
    Paragraph(Vec<Inline>),
    /// Label–value pairs, such as a claim's kind and tags.
    Facts(Vec<(String, Vec<Inline>)>),
    /// A bulleted list whose items may hold lists of their own.
    List(Vec<Item>),
    Table {
        head: Vec<String>,
        rows: Vec<Vec<Vec<Inline>>>,
    },
    /// Source code shown verbatim, with its language's name.
    Code {
        language: String,
        text: String,
    },
    /// An `<svg>` element drawn by Graphviz.
    Svg(String),
}

/// A list item: one line of text, and the items nested under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub text: Vec<Inline>,
    pub children: Vec<Item>,
}

impl Item {
    pub fn new(text: Vec<Inline>) -> Self {
        Item {
            text,
            children: Vec::new(),
        }
    }

    pub fn child(mut self, child: Item) -> Self {
        self.children.push(child);
        self
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String),
    Strong(String),
    /// An identifier of the data, set in code type.
    Code(String),
    /// Text in the language `lang` (a BCP 47 tag), or in an unknown one; shown
    /// in its own direction.
    Foreign {
        lang: Option<String>,
        text: String,
    },
    /// A link, shown only when `url` is an http(s) address; otherwise the
    /// formats print `text` and the address as plain text.
    Link {
        text: String,
        url: String,
    },
    Break,
}

/// `Inline::Text`, for brevity where inlines are built.
pub fn text(s: impl Into<String>) -> Inline {
    Inline::Text(s.into())
}

/// Languages written right to left, by primary subtag.
const RIGHT_TO_LEFT: &[&str] = &[
    "ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "syr", "ug", "ur", "yi",
];

/// Which way a language runs: `Some("rtl")`, `Some("ltr")`, or `None` when
/// the language is unknown and the reader should work it out from the text.
pub fn direction(lang: Option<&str>) -> Option<&'static str> {
    let primary = lang?.split(['-', '_']).next()?.to_ascii_lowercase();
    Some(if RIGHT_TO_LEFT.contains(&primary.as_str()) {
        "rtl"
    } else {
        "ltr"
    })
}

/// A language tag fit to put in an attribute: letters, digits and hyphens
/// only; anything else is dropped rather than escaped, as it is no language.
pub fn language_tag(lang: &str) -> Option<&str> {
    let valid = !lang.is_empty()
        && lang.len() <= 35
        && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    valid.then_some(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_runs_right_to_left_and_unknown_languages_are_left_to_the_reader() {
        assert_eq!(direction(Some("ar")), Some("rtl"));
        assert_eq!(direction(Some("ar-EG")), Some("rtl"));
        assert_eq!(direction(Some("en")), Some("ltr"));
        assert_eq!(direction(None), None);
    }

    #[test]
    fn only_plain_language_tags_are_kept() {
        assert_eq!(language_tag("zh-Hant"), Some("zh-Hant"));
        assert_eq!(language_tag("en\" onclick=\"x"), None);
        assert_eq!(language_tag(""), None);
    }
}
