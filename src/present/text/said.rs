//! How the `said` answer looks in a terminal.

use crate::present::text::Render;
use crate::present::text::style::Style;
use crate::present::text::table::table;
use crate::query::said::*;
use crate::text::words::count;

impl Render for Said {
    fn render(&self, style: &Style) -> String {
        let mut out = format!("{}\n", style.bold(&self.actor.label()));
        if !self.members.is_empty() {
            let names: Vec<String> = self.members.iter().map(|m| m.name.clone()).collect();
            out.push_str(&format!("including members: {}\n", names.join(", ")));
        }
        if self.stated.is_empty() && self.members.is_empty() && self.member_statements > 0 {
            out.push_str(&format!(
                "\nStated nothing in the data (its members made {}; add `--members`).\n",
                count(self.member_statements, "statement")
            ));
        } else if self.stated.is_empty() {
            out.push_str("\nStated nothing in the data.\n");
        }
        for group in &self.stated {
            out.push_str(&format!(
                "\n{} ({})\n",
                style.stance(group.stance),
                group.statements.len()
            ));
            out.push_str(&statement_table(style, &group.statements, "date", |r| {
                r.date.map(|d| d.to_string()).unwrap_or_default()
            }));
        }
        if !self.relayed.is_empty() {
            out.push_str(&format!(
                "\nrelayed or published ({})\n",
                self.relayed.len()
            ));
            out.push_str(&statement_table(style, &self.relayed, "stance", |r| {
                style.stance(r.stance)
            }));
        }
        out
    }
}

/// One row per statement: its id, claim, speaker, one more column (`extra`,
/// headed `heading`) and the claim's text.
fn statement_table(
    style: &Style,
    rows: &[Row],
    heading: &str,
    extra: impl Fn(&Row) -> String,
) -> String {
    let rows = rows
        .iter()
        .map(|r| {
            vec![
                r.statement.clone(),
                r.claim.id.clone(),
                r.speaker.name.clone(),
                extra(r),
                r.claim.name.clone(),
            ]
        })
        .collect();
    table(
        style,
        &["statement", "claim", "speaker", heading, "text"],
        rows,
    )
}
