//! Problems found in the data, tied to the text that causes them, and their
//! rendering as file:line:col reports with a caret and a hint.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;

use crate::source::files::{Files, Location};

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
        let renderer = if colour {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        Report { files, renderer }
    }

    pub fn render(&self, diagnostic: &Diagnostic) -> String {
        let level = match diagnostic.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let message = printable(&diagnostic.message);
        let label = printable(&diagnostic.label);
        let title = level
            .primary_title(message.as_str())
            .id(diagnostic.code.name());
        let mut group = Group::with_title(title);
        if let Some(location) = &diagnostic.location {
            let mut snippet = self.snippet(location).annotation(
                AnnotationKind::Primary
                    .span(self.span(location))
                    .label(label.as_str()),
            );
            for (related, label) in diagnostic
                .related
                .iter()
                .filter(|(r, _)| r.file == location.file)
            {
                snippet = snippet.annotation(
                    AnnotationKind::Context
                        .span(self.span(related))
                        .label(label.as_str()),
                );
            }
            group = group.element(snippet);
            for (related, label) in diagnostic
                .related
                .iter()
                .filter(|(r, _)| r.file != location.file)
            {
                group = group.element(
                    self.snippet(related).annotation(
                        AnnotationKind::Context
                            .span(self.span(related))
                            .label(label.as_str()),
                    ),
                );
            }
        }
        let mut report = vec![group];
        let hint = diagnostic.hint.as_deref().map(printable);
        if let Some(hint) = &hint {
            report.push(Group::with_title(
                Level::HELP.secondary_title(hint.as_str()),
            ));
        }
        self.renderer.render(&report)
    }

    /// The location's span, moved onto character boundaries inside the file.
    fn span(&self, location: &Location) -> std::ops::Range<usize> {
        let text = &self.files.get(location.file).text;
        let fit = |mut at: usize| {
            at = at.min(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            at
        };
        let start = fit(location.span.start);
        start..fit(location.span.end).max(start)
    }

    fn snippet(&self, location: &Location) -> Snippet<'a, annotate_snippets::Annotation<'a>> {
        let file = self.files.get(location.file);
        Snippet::source(file.text.as_str())
            .path(file.path.to_str().unwrap_or("<non-utf8 path>"))
            .fold(true)
    }
}

/// Whether `c` is a control character or a bidirectional-formatting mark:
/// characters that change how text displays rather than what it says.
pub fn is_hostile(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` with control and bidirectional-formatting characters written as
/// `\u{…}`, so that data cannot rewrite or reorder the terminal it is shown on.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c != '\n' && is_hostile(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_escapes_controls_and_bidi_but_keeps_arabic() {
        assert_eq!(printable("a\u{1b}[2J\u{202E}ب"), "a\\u{1b}[2J\\u{202e}ب");
    }
}
