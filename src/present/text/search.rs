//! How the `search` answer looks in a terminal.

use crate::model::RecordKind;
use crate::present::text::Render;
use crate::present::text::style::Style;
use crate::present::text::table::{clip, more_hint, table};
use crate::query::search::*;
use crate::text::words::count;

impl Render for Search {
    fn render(&self, style: &Style) -> String {
        if self.hits.is_empty() && self.more > 0 {
            let verb = if self.more == 1 { "matches" } else { "match" };
            return format!(
                "{} {verb} “{}”; raise --limit to see them\n",
                count(self.more, "record"),
                self.query
            );
        }
        if self.hits.is_empty() {
            return format!("no record matches “{}”\n", self.query);
        }
        let rows = self
            .hits
            .iter()
            .enumerate()
            .map(|(i, hit)| {
                vec![
                    (i + 1).to_string(),
                    format!("{:.1}", hit.score),
                    hit.record.kind.map_or("", RecordKind::name).to_string(),
                    hit.record.id.clone(),
                    match &hit.document {
                        // A statement says where it is: `… · in seed-000, 2020-11`.
                        Some(doc) => {
                            let date = doc.date.map(|d| format!(", {d}")).unwrap_or_default();
                            format!(
                                "{} · in {}{date}",
                                clip(&hit.record.label(), 60),
                                doc.source.id
                            )
                        }
                        None => clip(&hit.record.label(), 60),
                    },
                    hit.why.clone(),
                ]
            })
            .collect();
        let mut out = table(style, &["#", "score", "kind", "id", "name", "why"], rows);
        out.push_str(&more_hint(style, self.more));
        out
    }
}
