//! The format-neutral fact-check record every reader returns: one review
//! as another desk published it, before it is matched to anything, with the
//! small parsing rules the readers share.

use crate::model::date::PartialDate;
use crate::model::{Publisher, Verdict};

/// One review as another desk published it, before matching.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Incoming {
    /// Where it was read, as `feed.json item 2` or `sheet.csv row 5`.
    pub origin: String,
    /// The claim's wording.
    pub claim: String,
    /// Language of the wording and the review (BCP 47), when known.
    pub language: Option<String>,
    /// Who made the claim.
    pub claimants: Vec<Party>,
    /// Documents carrying the claim.
    pub appearances: Vec<Sighting>,
    pub verdict: Option<Verdict>,
    pub reviewer: Option<String>,
    pub publisher: Option<Publisher>,
    /// Where the review is published.
    pub url: Option<String>,
    pub created: Option<PartialDate>,
    pub updated: Option<PartialDate>,
    pub published: Option<PartialDate>,
    pub rationale: Option<String>,
    /// What the reader left out or had to make up, in words, for the
    /// review's `note` and the report.
    pub notes: Vec<String>,
}

/// A speaker named by an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    pub name: String,
    pub kind: PartyKind,
    /// A page about the party (`sameAs`), kept in the note of a new record.
    pub url: Option<String>,
}

/// What the source says a party is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartyKind {
    Person,
    Organization,
    /// Only a name was given.
    Unknown,
}

/// A document an import says carries the claim.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sighting {
    pub url: Option<String>,
    pub title: Option<String>,
    /// The publisher's name.
    pub outlet: Option<String>,
    pub date: Option<PartialDate>,
}

/// What a reader made of one item of a file.
#[derive(Debug, Clone, PartialEq)]
pub enum Read {
    Review(Box<Incoming>),
    /// An item that cannot be imported, and why.
    Skipped {
        origin: String,
        reason: String,
    },
}

/// One input file, read.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceFile {
    /// The file's name, as reports and comments cite it.
    pub name: String,
    /// A file-name-safe form of the name without extension, for the names
    /// of the files written (`claims/import-<stem>.ron`).
    pub stem: String,
    pub items: Vec<Read>,
}

impl SourceFile {
    /// Names a file read from `path`.
    pub fn new(path: &std::path::Path, items: Vec<Read>) -> Self {
        // The name goes into `//` comments of RON files: no line breaks.
        let name = crate::diagnostic::printable(
            &path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string()),
        )
        .replace('\n', "\\n");
        let raw_stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut stem: String = raw_stem
            .to_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        stem = stem
            .split('-')
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        if stem.is_empty() {
            stem = "file".into();
        }
        SourceFile { name, stem, items }
    }
}

/// Text with runs of whitespace made one space and the ends trimmed, as
/// wording copied out of web pages and spreadsheets needs.
pub fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A date as sources write it: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a full
/// ISO 8601 timestamp, of which the day is kept.
pub fn parse_date(text: &str) -> Option<PartialDate> {
    let text = text.trim();
    PartialDate::parse(text).ok().or_else(|| {
        let day = text.get(..10)?;
        let rest = &text[10..];
        rest.starts_with(['T', 't', ' '])
            .then(|| PartialDate::parse(day).ok())
            .flatten()
    })
}

/// A BCP 47 language tag in lower case, or `None` for anything else (such
/// as a language's name).
pub fn language_tag(text: &str) -> Option<String> {
    let text = text.trim();
    let mut parts = text.split(['-', '_']);
    let primary = parts.next()?;
    let primary_ok =
        (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic());
    let rest_ok =
        parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    (primary_ok && rest_ok).then(|| text.replace('_', "-").to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_keep_the_day_of_a_timestamp() {
        let day = PartialDate::parse("2020-10-05").unwrap();
        assert_eq!(parse_date("2020-10-05T12:30:00+00:00"), Some(day));
        assert_eq!(parse_date(" 2020-10-05 "), Some(day));
        assert_eq!(parse_date("2020-10"), PartialDate::parse("2020-10").ok());
        assert_eq!(parse_date("05/10/2020"), None);
        assert_eq!(parse_date("2021-02-29T00:00"), None);
        assert_eq!(parse_date("2020-10-05X"), None);
    }

    #[test]
    fn language_tags_are_recognised_and_names_are_not() {
        assert_eq!(language_tag("en"), Some("en".into()));
        assert_eq!(language_tag("pt_BR"), Some("pt-br".into()));
        assert_eq!(language_tag("English"), None);
        assert_eq!(language_tag(""), None);
    }

    #[test]
    fn stems_are_safe_file_names() {
        let stem = |p: &str| SourceFile::new(std::path::Path::new(p), vec![]).stem;
        assert_eq!(stem("/tmp/Full Fact feed (2).json"), "full-fact-feed-2");
        assert_eq!(stem("تحقق.json"), "file");
        assert_eq!(stem("../x.csv"), "x");
        let name = SourceFile::new(std::path::Path::new("a\n]\u{202e}.json"), vec![]).name;
        assert_eq!(name, "a\\n]\\u{202e}.json");
    }
}
