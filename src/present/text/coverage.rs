//! How the `coverage` answer looks in a terminal.

use crate::present::text::Render;
use crate::present::text::style::Style;
use crate::present::text::table::table;
use crate::query::coverage::*;
use crate::text::words::count;

impl Render for Coverage {
    fn render(&self, style: &Style) -> String {
        let rows = self
            .sources
            .iter()
            .map(|s| {
                vec![
                    s.source.id.clone(),
                    s.claims.to_string(),
                    s.statements.to_string(),
                    s.speakers.to_string(),
                    s.outlets.to_string(),
                    format!("{}/{}", s.covered, s.sentences),
                    format!("{:.1}%", s.percent),
                    s.background.len().to_string(),
                    s.uncovered.len().to_string(),
                ]
            })
            .collect();
        let mut out = table(
            style,
            &[
                "source",
                "claims",
                "statements",
                "speakers",
                "outlets",
                "sentences quoted",
                "share",
                "background",
                "gaps",
            ],
            rows,
        );
        for source in &self.sources {
            if !source.uncovered.is_empty() {
                out.push_str(&format!(
                    "\n{} — {} neither quoted nor declared background:\n",
                    style.bold(&source.source.id),
                    count(source.uncovered.len(), "sentence")
                ));
                for sentence in &source.uncovered {
                    out.push_str(&format!(
                        "  {}:{}:{}  {}\n",
                        source.file, sentence.line, sentence.column, sentence.text
                    ));
                }
            }
            if !source.background.is_empty() {
                out.push_str(&format!(
                    "\n{} — {}:\n",
                    style.bold(&source.source.id),
                    count(source.background.len(), "background sentence")
                ));
                for sentence in &source.background {
                    let kind = sentence
                        .background_kind
                        .map(|k| k.name())
                        .unwrap_or_default();
                    out.push_str(&format!(
                        "  {}:{}:{}  {}  {}\n",
                        source.file,
                        sentence.line,
                        sentence.column,
                        style.dim(&format!("[{kind}]")),
                        sentence.text
                    ));
                }
            }
        }
        out
    }
}
