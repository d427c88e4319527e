//! Problems found in the data, tied to the text that causes them, and their
//! rendering as file:line:col reports with a caret and a hint.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;

use crate::files::{Files, Location};

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
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(code, message) }
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

/// A diagnostic in the shape `check --format json` prints.
#[derive(Debug, Serialize)]
pub struct DiagnosticJson {
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
    pub file: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub label: String,
    pub hint: Option<String>,
}

impl DiagnosticJson {
    pub fn new(diagnostic: &Diagnostic, files: &Files) -> Self {
        let position = diagnostic.position(files);
        DiagnosticJson {
            severity: diagnostic.severity,
            code: diagnostic.code.name(),
            message: diagnostic.message.clone(),
            file: position.as_ref().map(|p| p.0.clone()),
            line: position.as_ref().map(|p| p.1),
            column: position.as_ref().map(|p| p.2),
            label: diagnostic.label.clone(),
            hint: diagnostic.hint.clone(),
        }
    }
}

/// Renders diagnostics as annotated source snippets.
pub struct Report<'a> {
    files: &'a Files,
    renderer: Renderer,
}

impl<'a> Report<'a> {
    pub fn new(files: &'a Files, colour: bool) -> Self {
        let renderer = if colour { Renderer::styled() } else { Renderer::plain() };
        Report { files, renderer }
    }

    pub fn render(&self, diagnostic: &Diagnostic) -> String {
        let level = match diagnostic.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let title = level.primary_title(diagnostic.message.as_str()).id(diagnostic.code.name());
        let mut group = Group::with_title(title);
        if let Some(location) = &diagnostic.location {
            let mut snippet = self
                .snippet(location)
                .annotation(AnnotationKind::Primary.span(location.span.clone()).label(diagnostic.label.as_str()));
            for (related, label) in diagnostic.related.iter().filter(|(r, _)| r.file == location.file) {
                snippet = snippet.annotation(AnnotationKind::Context.span(related.span.clone()).label(label.as_str()));
            }
            group = group.element(snippet);
            for (related, label) in diagnostic.related.iter().filter(|(r, _)| r.file != location.file) {
                group = group.element(
                    self.snippet(related)
                        .annotation(AnnotationKind::Context.span(related.span.clone()).label(label.as_str())),
                );
            }
        }
        let mut report = vec![group];
        if let Some(hint) = &diagnostic.hint {
            report.push(Group::with_title(Level::HELP.secondary_title(hint.as_str())));
        }
        self.renderer.render(&report)
    }

    fn snippet(&self, location: &Location) -> Snippet<'a, annotate_snippets::Annotation<'a>> {
        let file = self.files.get(location.file);
        Snippet::source(file.text.as_str()).path(file.path.to_str().unwrap_or("<non-utf8 path>")).fold(true)
    }
}
