//! How the `queue` answer looks in a terminal.

use crate::present::text::Render;
use crate::present::text::style::Style;
use crate::present::text::table::{clip, more_hint, table};
use crate::query::queue::*;

impl Render for Queue {
    fn render(&self, style: &Style) -> String {
        if self.claims.is_empty() {
            return "every claim has a finished review\n".into();
        }
        let rows = self
            .claims
            .iter()
            .map(|e| {
                let reasons = e
                    .reasons
                    .iter()
                    .map(|r| format!("{:+} {}", r.points, r.why))
                    .collect::<Vec<_>>()
                    .join("\n");
                vec![
                    e.rank.to_string(),
                    e.score.to_string(),
                    format!(
                        "{}\n{}{}",
                        e.claim.id,
                        clip(&e.claim.name, 60),
                        e.status
                            .map(|s| format!("\n(review {s})"))
                            .unwrap_or_default()
                    ) + &e
                        .external_reviews
                        .iter()
                        .map(|r| format!("\n(theirs: {})", clip(&r.line(), 60)))
                        .collect::<String>(),
                    reasons,
                ]
            })
            .collect();
        let mut out = table(style, &["#", "score", "claim", "why"], rows);
        out.push_str(&more_hint(style, self.more));
        out
    }
}
