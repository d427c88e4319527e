//! How the `listing` answer looks in a terminal.

use crate::present::text::Render;
use crate::present::text::style::Style;
use crate::present::text::table::table;
use crate::query::listing::*;
use crate::text::words::count;

/// Under `--by` without `--members`, a line saying the members made
/// matching statements the listing leaves out; empty otherwise.
fn members_hint(filter: &AppliedFilter, member_statements: usize) -> String {
    if filter.members || member_statements == 0 {
        return String::new();
    }
    format!(
        "(its members made {}; add `--members`)\n",
        count(member_statements, "more matching statement")
    )
}

impl Render for ClaimList {
    fn render(&self, style: &Style) -> String {
        let rows = self
            .claims
            .iter()
            .map(|c| {
                vec![
                    c.id.clone(),
                    c.claim_kind.name().to_lowercase(),
                    c.statements.to_string(),
                    c.speakers.to_string(),
                    format!("{}/{}", c.affirms, c.denies),
                    c.text.clone(),
                ]
            })
            .collect();
        format!(
            "{}{}\n",
            table(
                style,
                &if self.filter.is_empty() {
                    [
                        "claim",
                        "kind",
                        "statements",
                        "speakers",
                        "affirm/deny",
                        "text",
                    ]
                } else {
                    [
                        "claim",
                        "kind",
                        "matching\nstatements",
                        "their\nspeakers",
                        "affirm/deny",
                        "text",
                    ]
                },
                rows
            ),
            count(self.claims.len(), "claim")
        ) + &members_hint(&self.filter, self.member_statements)
    }
}

impl Render for ActorList {
    fn render(&self, style: &Style) -> String {
        let rows = self
            .actors
            .iter()
            .map(|a| {
                vec![
                    a.id.clone(),
                    a.actor_kind.name().to_lowercase(),
                    a.name.clone(),
                    a.original.clone().unwrap_or_default(),
                    a.member_of
                        .as_ref()
                        .map(|m| m.id.clone())
                        .unwrap_or_default(),
                    a.statements.to_string(),
                ]
            })
            .collect();
        format!(
            "{}{}\n",
            table(
                style,
                &[
                    "actor",
                    "kind",
                    "name",
                    "original",
                    "member of",
                    if self.filter.is_empty() {
                        "statements"
                    } else {
                        "matching\nstatements"
                    },
                ],
                rows
            ),
            count(self.actors.len(), "actor")
        ) + &members_hint(&self.filter, self.member_statements)
    }
}
