//! How the `stats` answer looks in a terminal.

use crate::present::text::Render;
use crate::present::text::style::Style;
use crate::present::text::table::table;
use crate::query::stats::*;

impl Render for Stats {
    fn render(&self, style: &Style) -> String {
        let mut rows = vec![
            vec!["actors".to_string(), self.actors.to_string()],
            vec!["outlets".into(), self.outlets.to_string()],
            vec!["entities".into(), self.entities.to_string()],
            vec!["claims".into(), self.claims.to_string()],
            vec!["sources".into(), self.sources.to_string()],
            vec!["statements".into(), self.statements.to_string()],
        ];
        rows.extend(
            self.by_stance
                .iter()
                .map(|c| vec![format!("  {}", c.stance.verb()), c.statements.to_string()]),
        );
        rows.push(vec!["relations".into(), self.relations.to_string()]);
        rows.push(vec!["graph nodes".into(), self.graph_nodes.to_string()]);
        rows.push(vec!["graph edges".into(), self.graph_edges.to_string()]);
        table(style, &["records", "count"], rows)
    }
}
