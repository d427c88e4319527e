//! Problems found in the data, tied to the text that causes them: what a
//! problem is ([`Diagnostic`], [`Code`], [`Severity`]), its rendering as
//! file:line:col reports with a caret and a hint ([`Printer`], in
//! [`render`]), and its JSON shape ([`DiagnosticJson`], in [`json`]).

pub mod json;
pub mod render;

use schemars::JsonSchema;
use serde::Serialize;

use crate::source::files::{Files, Location};

/// Kept here for the tests that name it so; the rule lives in
/// [`crate::text::safe`].
pub use crate::text::safe::printable;
pub use json::{CheckReport, DiagnosticJson};
pub use render::Printer;

/// How bad a problem is. Warnings fail a check only with `--deny-warnings`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    JsonSchema,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Suspicious but usable data.
    Warning,
    /// Data that cannot be used as written.
    Error,
}

/// A stable name for each kind of problem, usable in scripts.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    JsonSchema,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    /// A file or folder could not be read or listed.
    Io,
    /// A file is not valid RON (or not UTF-8).
    Syntax,
    /// A record has a field its kind does not know.
    UnknownField,
    /// A record lacks a required field.
    MissingField,
    /// A record sets the same field twice.
    DuplicateField,
    /// A value is not one of its enum's variants.
    UnknownVariant,
    /// A `.ron` file that is not part of the data layout.
    UnknownFile,
    /// An id that is not lower case letters, digits, `-`, `_` and `.`.
    BadId,
    /// Two records with the same id.
    DuplicateId,
    /// A reference to an id no record has.
    DanglingReference,
    /// A reference to an id that is written only in a record that failed to
    /// parse: reported once, as a warning, instead of a second error.
    UnparsedReference,
    /// A reference to a record of the wrong kind.
    WrongKind,
    /// A source whose text file cannot be read.
    MissingSourceFile,
    /// A quote that is not in its source's text.
    QuoteNotFound,
    /// A party that appears twice in a chain from publisher through relays
    /// to speaker.
    RelayLoop,
    /// Organisations that are, through `member_of`, members of themselves.
    MembershipCycle,
    /// A relation from a record to itself.
    SelfRelation,
    /// A date that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or not a real day.
    BadDate,
    /// A record with no name in any language.
    MissingName,
    /// One speaker both affirming and denying a claim.
    StanceConflict,
    /// Two reviews of the same claim.
    DuplicateReview,
    /// A URL that is not an http(s) web address.
    BadUrl,
    /// A review whose status needs fields it lacks.
    ReviewIncomplete,
    /// A path that is absolute or resolves outside its root (the data
    /// directory, or the project root for seed texts): it is not read.
    OutsideRoot,
    /// A path that is a directory, FIFO, device or socket: it is not opened.
    NotAFile,
    /// A file, or the data, over one of the loader's limits.
    LimitExceeded,
    /// A name or quote holding bidirectional controls or invisible
    /// characters, which can make text display other than it reads.
    InvisibleCharacter,
    /// An id mixing Latin letters with Cyrillic or Greek ones, which look
    /// alike.
    MixedScript,
    /// A key given twice in a map, such as a language in `names`.
    DuplicateKey,
}

impl Code {
    /// The code's stable name, as `check` prints it (`bad-id`).
    pub fn name(self) -> &'static str {
        match self {
            Code::Io => "io",
            Code::Syntax => "syntax",
            Code::UnknownField => "unknown-field",
            Code::MissingField => "missing-field",
            Code::DuplicateField => "duplicate-field",
            Code::UnknownVariant => "unknown-variant",
            Code::UnknownFile => "unknown-file",
            Code::BadId => "bad-id",
            Code::DuplicateId => "duplicate-id",
            Code::DanglingReference => "dangling-reference",
            Code::UnparsedReference => "unparsed-reference",
            Code::WrongKind => "wrong-kind",
            Code::MissingSourceFile => "missing-source-file",
            Code::QuoteNotFound => "quote-not-found",
            Code::RelayLoop => "relay-loop",
            Code::MembershipCycle => "membership-cycle",
            Code::SelfRelation => "self-relation",
            Code::BadDate => "bad-date",
            Code::MissingName => "missing-name",
            Code::StanceConflict => "stance-conflict",
            Code::DuplicateReview => "duplicate-review",
            Code::BadUrl => "bad-url",
            Code::ReviewIncomplete => "review-incomplete",
            Code::OutsideRoot => "outside-root",
            Code::NotAFile => "not-a-file",
            Code::LimitExceeded => "limit-exceeded",
            Code::InvisibleCharacter => "invisible-character",
            Code::MixedScript => "mixed-script",
            Code::DuplicateKey => "duplicate-key",
        }
    }
}

/// One problem, with where it is and what to do about it.
#[derive(Debug, Clone, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
pub struct Diagnostic {
    /// How bad it is.
    pub severity: Severity,
    /// Its kind.
    pub code: Code,
    /// What is wrong, in one sentence.
    pub message: String,
    /// The text that causes it, when there is one.
    pub location: Option<Location>,
    /// What the primary location's caret says.
    pub label: String,
    /// Other places involved, each with its label.
    pub related: Vec<(Location, String)>,
    /// What to do about it.
    pub hint: Option<String>,
}

impl Diagnostic {
    /// An error with `message` and no location yet.
    pub fn error(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            location: None,
            label: String::new(),
            related: Vec::new(),
            hint: None,
        }
    }

    /// A warning with `message` and no location yet.
    pub fn warning(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    /// Places the problem at `location`, with a caret saying `label`.
    pub fn at(mut self, location: Location, label: impl Into<String>) -> Self {
        self.location = Some(location);
        self.label = label.into();
        self
    }

    /// Adds another place involved, saying `label`.
    pub fn related(mut self, location: Location, label: impl Into<String>) -> Self {
        self.related.push((location, label.into()));
        self
    }

    /// Every place the diagnostic points at: its own, then the related ones.
    pub fn locations(&self) -> impl Iterator<Item = &Location> {
        self.location
            .iter()
            .chain(self.related.iter().map(|(location, _)| location))
    }

    /// Adds a hint on what to do.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// `path:line:col` of the primary location, if any.
    pub fn position(&self, files: &Files) -> Option<(String, usize, usize)> {
        let location = self.location.as_ref()?;
        let (line, col) = files.line_col(location.file, location.span.start);
        Some((files.path(location.file).display().to_string(), line, col))
    }
}
