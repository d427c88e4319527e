//! Diagnostics rendered as annotated source snippets (annotate-snippets):
//! `path:line:col`, the offending text with a caret and label, related
//! places, and a hint. Text from the data is shown through
//! [`printable`], so it cannot rewrite the terminal.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::diagnostic::{Diagnostic, Severity};
use crate::source::files::{Files, Location, floor_char_boundary};
use crate::text::safe::printable;

/// Renders diagnostics as annotated source snippets.
pub struct Printer<'a> {
    files: &'a Files,
    renderer: Renderer,
}

impl<'a> Printer<'a> {
    /// A renderer of diagnostics in `files`, in ANSI colour when `colour`.
    pub fn new(files: &'a Files, colour: bool) -> Self {
        let renderer = if colour {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        Printer { files, renderer }
    }

    /// `diagnostic` as a report: title and code, the snippet with its
    /// labels, then the hint.
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
        let fit = |at: usize| floor_char_boundary(text, at);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;

    #[test]
    fn spans_inside_a_character_are_moved_onto_its_start() {
        let mut files = Files::default();
        let file = files.add("sources/a.ron".into(), "قال \u{202e}x".into());
        // Byte 1 is inside the first Arabic letter; 99 is past the end.
        let diagnostic = Diagnostic::error(Code::QuoteNotFound, "a\u{1b}b")
            .at(Location { file, span: 1..99 }, "here");
        let report = Printer::new(&files, false);
        assert_eq!(
            report.span(diagnostic.location.as_ref().unwrap()),
            0..files.get(file).text.len()
        );
        let shown = report.render(&diagnostic);
        assert!(shown.contains("a\\u{1b}b"), "{shown}");
        assert!(shown.contains("sources/a.ron:1:1"), "{shown}");
    }
}
