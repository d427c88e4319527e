//! The format-neutral fact-check record every reader returns: one review
//! as another desk published it, before it is matched to anything, with the
//! small parsing rules the readers share.

use crate::model::date::PartialDate;
use crate::model::{Publisher, Rating, Verdict};
use crate::text::safe::{file_stem, printable_line};

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
    pub claimants: Vec<Claimant>,
    /// Documents carrying the claim.
    pub appearances: Vec<Sighting>,
    /// The desk's verdict, when it could be read.
    pub verdict: Option<Verdict>,
    /// Their rating exactly as published (label and numbers), whenever the
    /// verdict was read from one: the import keeps it beside a verdict of
    /// ours and applies the desk's rating map to it.
    pub rating: Option<Rating>,
    /// Who wrote the review.
    pub reviewer: Option<String>,
    /// The organisation that published it.
    pub publisher: Option<Publisher>,
    /// Where the review is published.
    pub url: Option<String>,
    /// When the review was begun.
    pub created: Option<PartialDate>,
    /// When it was last changed.
    pub updated: Option<PartialDate>,
    /// When it was published.
    pub published: Option<PartialDate>,
    /// Why the verdict is what it is.
    pub rationale: Option<String>,
    /// What the reader left out or had to make up, in words, for the
    /// review's `note` and the report.
    pub notes: Vec<String>,
}

/// Who made the claim, as an import names them (a speaker to match or create).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claimant {
    /// The name, as the import gives it.
    pub name: String,
    /// What kind of speaker the import says it is.
    pub kind: ClaimantKind,
    /// A page about the claimant (`sameAs`), kept in the note of a new record.
    pub url: Option<String>,
}

/// What the source says a claimant is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimantKind {
    /// A person.
    Person,
    /// An organisation.
    Organization,
    /// Only a name was given.
    Unknown,
}

/// A document an import says carries the claim.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sighting {
    /// The document's address.
    pub url: Option<String>,
    /// Its headline.
    pub title: Option<String>,
    /// The publisher's name.
    pub outlet: Option<String>,
    /// When it was published.
    pub date: Option<PartialDate>,
}

/// What a reader made of one item of a file.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// An item read as a review.
    Review(Box<Incoming>),
    /// An item that cannot be imported, and why.
    Skipped {
        /// Where the item is, as [`Incoming::origin`].
        origin: String,
        /// Why it was skipped.
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
    /// What was read of each item, in file order.
    pub items: Vec<Item>,
}

impl SourceFile {
    /// Names a file read from `path`.
    pub fn new(path: &std::path::Path, items: Vec<Item>) -> Self {
        // The name goes into `//` comments of RON files: no line breaks.
        let name = printable_line(
            &path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string()),
        );
        let stem = file_stem(
            &path
                .file_stem()
                .map(|s| s.to_string_lossy())
                .unwrap_or_default(),
        );
        SourceFile { name, stem, items }
    }
}

/// Text with runs of whitespace made one space and the ends trimmed, as
/// wording copied out of web pages and spreadsheets needs.
pub fn collapse_whitespace(text: &str) -> String {
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
    fn stems_are_safe_file_names() {
        let stem = |p: &str| SourceFile::new(std::path::Path::new(p), vec![]).stem;
        assert_eq!(stem("/tmp/Full Fact feed (2).json"), "full-fact-feed-2");
        assert_eq!(stem("تحقق.json"), "file");
        assert_eq!(stem("../x.csv"), "x");
        let name = SourceFile::new(std::path::Path::new("a\n]\u{202e}.json"), vec![]).name;
        assert_eq!(name, "a\\n]\\u{202e}.json");
    }
}
