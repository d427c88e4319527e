//! `stats`: how much the data holds.

use serde::Serialize;

use crate::graph::ClaimGraph;
use crate::model::{Dataset, Stance};
use crate::query::Answer;
use crate::render::style::{Style, stance_word};
use crate::render::table::table;

#[derive(Debug, Serialize)]
pub struct Stats {
    pub actors: usize,
    pub outlets: usize,
    pub entities: usize,
    pub claims: usize,
    pub sources: usize,
    pub statements: usize,
    pub relations: usize,
    pub by_stance: Vec<(Stance, usize)>,
    pub graph_nodes: usize,
    pub graph_edges: usize,
}

pub fn stats(data: &Dataset, graph: &ClaimGraph) -> Stats {
    let by_stance = [
        Stance::Affirms,
        Stance::Denies,
        Stance::Hedges,
        Stance::Reports,
    ]
    .into_iter()
    .map(|stance| {
        (
            stance,
            data.statements
                .values()
                .filter(|s| s.stance == stance)
                .count(),
        )
    })
    .collect();
    Stats {
        actors: data.actors.len(),
        outlets: data.outlets.len(),
        entities: data.entities.len(),
        claims: data.claims.len(),
        sources: data.sources.len(),
        statements: data.statements.len(),
        relations: data.relations.len(),
        by_stance,
        graph_nodes: graph.graph.node_count(),
        graph_edges: graph.graph.edge_count(),
    }
}

impl Answer for Stats {
    fn text(&self, _style: &Style) -> String {
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
                .map(|(s, n)| vec![format!("  {}", stance_word(*s)), n.to_string()]),
        );
        rows.push(vec!["relations".into(), self.relations.to_string()]);
        rows.push(vec!["graph nodes".into(), self.graph_nodes.to_string()]);
        rows.push(vec!["graph edges".into(), self.graph_edges.to_string()]);
        table(&["records", "count"], rows)
    }
}
