//! How the `sources` answer looks in a terminal.

use crate::present::text::Render;
use crate::present::text::style::Style;
use crate::present::text::table::table;
use crate::query::sources::*;
use crate::text::words::count;

impl Render for SourceList {
    fn render(&self, style: &Style) -> String {
        let rows = self
            .sources
            .iter()
            .map(|s| {
                vec![
                    s.id.clone(),
                    s.date.map_or_else(|| "—".to_string(), |d| d.to_string()),
                    s.publisher
                        .as_ref()
                        .map_or_else(|| "—".to_string(), |p| p.name.clone()),
                    s.language.clone(),
                    s.statements.to_string(),
                    s.claims.to_string(),
                    s.title.clone().unwrap_or_default(),
                ]
            })
            .collect();
        let header = if self.filter.is_empty() {
            [
                "source",
                "date",
                "publisher",
                "lang",
                "statements",
                "claims",
                "title",
            ]
        } else {
            [
                "source",
                "date",
                "publisher",
                "lang",
                "matching\nstatements",
                "their\nclaims",
                "title",
            ]
        };
        let mut out = format!(
            "{}{}\n",
            table(style, &header, rows),
            count(self.sources.len(), "source")
        );
        if !self.filter.statements.members && self.member_statements > 0 {
            out.push_str(&format!(
                "(its members made {}; add `--members`)\n",
                count(self.member_statements, "more matching statement")
            ));
        }
        out
    }
}
