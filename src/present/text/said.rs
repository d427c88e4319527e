//! How the `said` answer looks in a terminal.

use crate::present::text::Render;
use crate::present::text::style::Style;
use crate::present::text::table::table;
use crate::query::said::*;

impl Render for Said {
    fn render(&self, style: &Style) -> String {
        let mut out = format!("{}\n", style.bold(&self.actor.label()));
        if !self.members.is_empty() {
            let names: Vec<String> = self.members.iter().map(|m| m.name.clone()).collect();
            out.push_str(&format!("including members: {}\n", names.join(", ")));
        }
        if self.stated.is_empty() {
            out.push_str("\nStated nothing in the data.\n");
        }
        for group in &self.stated {
            out.push_str(&format!(
                "\n{} ({})\n",
                style.stance(group.stance),
                group.statements.len()
            ));
            let rows = group
                .statements
                .iter()
                .map(|r| {
                    vec![
                        r.statement.clone(),
                        r.claim.id.clone(),
                        r.speaker.name.clone(),
                        r.date.map(|d| d.to_string()).unwrap_or_default(),
                        r.claim.name.clone(),
                    ]
                })
                .collect();
            out.push_str(&table(
                &["statement", "claim", "speaker", "date", "text"],
                rows,
            ));
        }
        if !self.relayed.is_empty() {
            out.push_str(&format!(
                "\nrelayed or published ({})\n",
                self.relayed.len()
            ));
            let rows = self
                .relayed
                .iter()
                .map(|r| {
                    vec![
                        r.statement.clone(),
                        r.claim.id.clone(),
                        r.speaker.name.clone(),
                        style.stance(r.stance),
                        r.claim.name.clone(),
                    ]
                })
                .collect();
            out.push_str(&table(
                &["statement", "claim", "speaker", "stance", "text"],
                rows,
            ));
        }
        out
    }
}
