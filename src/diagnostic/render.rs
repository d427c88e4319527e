//! Diagnostics rendered as annotated source snippets (annotate-snippets):
//! `path:line:col`, the offending text with a caret and label, related
//! places, and a hint. Text from the data, file names included, is shown
//! through [`printable`], so it cannot rewrite the terminal. Only the lines
//! a diagnostic points at are handed to the renderer.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::diagnostic::{Diagnostic, Severity};
use crate::source::files::{FileId, Files, Location, floor_char_boundary};
use crate::text::safe::{printable, printable_line};

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
            let same: Vec<&(Location, String)> = diagnostic
                .related
                .iter()
                .filter(|(r, _)| r.file == location.file)
                .collect();
            let window = self.window(
                location.file,
                std::iter::once(location).chain(same.iter().map(|(r, _)| r)),
            );
            let mut snippet = self.snippet(location.file, &window).annotation(
                AnnotationKind::Primary
                    .span(self.span(location, &window))
                    .label(label.as_str()),
            );
            for (related, label) in same {
                snippet = snippet.annotation(
                    AnnotationKind::Context
                        .span(self.span(related, &window))
                        .label(label.as_str()),
                );
            }
            group = group.element(snippet);
            for (related, label) in diagnostic
                .related
                .iter()
                .filter(|(r, _)| r.file != location.file)
            {
                let window = self.window(related.file, std::iter::once(related));
                group = group.element(
                    self.snippet(related.file, &window).annotation(
                        AnnotationKind::Context
                            .span(self.span(related, &window))
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

    /// The whole lines of `file` that hold every one of `locations`: the
    /// only text handed to the snippet renderer, so that a diagnostic costs
    /// time in proportion to its lines, not to its file.
    fn window<'l>(&self, file: FileId, locations: impl Iterator<Item = &'l Location>) -> Window {
        let source = self.files.get(file);
        let (mut first, mut last) = (usize::MAX, 0);
        for location in locations {
            let span = clamp(&source.text, &location.span);
            first = first.min(source.line_index(span.start));
            last = last.max(source.line_index(span.end));
        }
        let first = first.min(last);
        Window {
            bytes: source.line_range(first).start..source.line_range(last).end,
            first_line: first + 1,
        }
    }

    /// The location's span, moved onto character boundaries inside the
    /// file, relative to `window`.
    fn span(&self, location: &Location, window: &Window) -> std::ops::Range<usize> {
        let text = &self.files.get(location.file).text;
        let span = clamp(text, &location.span);
        let start = span.start.clamp(window.bytes.start, window.bytes.end);
        let end = span.end.clamp(start, window.bytes.end);
        start - window.bytes.start..end - window.bytes.start
    }

    fn snippet(
        &self,
        file: FileId,
        window: &Window,
    ) -> Snippet<'a, annotate_snippets::Annotation<'a>> {
        let file = self.files.get(file);
        // The path is data too: a file may be named with escapes or
        // line breaks.
        let path = printable_line(&file.path.to_string_lossy());
        Snippet::source(&file.text[window.bytes.clone()])
            .line_start(window.first_line)
            .path(path)
            .fold(true)
    }
}

/// The lines of a file shown for one snippet.
struct Window {
    bytes: std::ops::Range<usize>,
    first_line: usize,
}

/// `span` moved onto character boundaries inside `text`.
fn clamp(text: &str, span: &std::ops::Range<usize>) -> std::ops::Range<usize> {
    let start = floor_char_boundary(text, span.start);
    start..floor_char_boundary(text, span.end).max(start)
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
        let location = diagnostic.location.as_ref().unwrap();
        let window = report.window(file, std::iter::once(location));
        assert_eq!(
            report.span(location, &window),
            0..files.get(file).text.len()
        );
        let shown = report.render(&diagnostic);
        assert!(shown.contains("a\\u{1b}b"), "{shown}");
        assert!(shown.contains("sources/a.ron:1:1"), "{shown}");
    }
}
