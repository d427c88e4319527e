//! Problems found in the data, tied to the text that causes them: what a
//! problem is ([`Diagnostic`], [`Code`], [`Severity`]), its rendering as
//! file:line:col reports with a caret and a hint ([`Report`], in
//! [`render`]), and its JSON shape ([`DiagnosticJson`], in [`json`]).

pub mod json;
pub mod render;

use serde::Serialize;

use crate::source::files::{Files, Location};

/// Kept here for the tests that name it so; the rule lives in
/// [`crate::text::safe`].
pub use crate::text::safe::printable;
pub use json::DiagnosticJson;
pub use render::Report;

/// How bad a problem is. Warnings fail a check only with `--deny-warnings`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// A stable name for each kind of problem, usable in scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    Io,
    Syntax,
    UnknownField,
    MissingField,
    DuplicateField,
    UnknownVariant,
    UnknownFile,
    BadId,
    DuplicateId,
    DanglingReference,
    WrongKind,
    MissingSourceFile,
    QuoteNotFound,
    RelayLoop,
    MembershipCycle,
    SelfRelation,
    BadDate,
    MissingName,
    StanceConflict,
    DuplicateReview,
    BadUrl,
    ReviewIncomplete,
}

impl Code {
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
        }
    }
}

/// One problem, with where it is and what to do about it.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: Code,
    pub message: String,
    pub location: Option<Location>,
    pub label: String,
    pub related: Vec<(Location, String)>,
    pub hint: Option<String>,
}

impl Diagnostic {
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

    pub fn warning(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    pub fn at(mut self, location: Location, label: impl Into<String>) -> Self {
        self.location = Some(location);
        self.label = label.into();
        self
    }

    pub fn related(mut self, location: Location, label: impl Into<String>) -> Self {
        self.related.push((location, label.into()));
        self
    }

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
