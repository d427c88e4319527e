//! How the `statements` answer looks in a terminal.

use crate::present::text::Render;
use crate::present::text::style::Style;
use crate::present::text::table::table;
use crate::query::statements::*;
use crate::text::words::count;

impl Render for Statements {
    fn render(&self, style: &Style) -> String {
        let rows: Vec<Vec<String>> = self
            .statements
            .iter()
            .map(|s| {
                vec![
                    s.speaker.name.clone(),
                    style.stance(s.stance),
                    s.claim.id.clone(),
                    s.source.id.clone(),
                    s.date.map(|d| d.to_string()).unwrap_or_default(),
                    s.quote.clone(),
                ]
            })
            .collect();
        let mut out = String::new();
        if rows.is_empty() {
            out.push_str("No statement matches.\n");
        } else {
            out.push_str(&table(
                style,
                &["speaker", "stance", "claim", "document", "date", "quote"],
                rows,
            ));
        }
        out.push_str(&count(self.statements.len(), "statement"));
        if self.undated_excluded > 0 {
            out.push_str(&format!(
                "; {} more left out for lack of a date",
                self.undated_excluded
            ));
        }
        out.push('\n');
        out
    }
}
