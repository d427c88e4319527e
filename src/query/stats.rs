//! `stats`: how much the data holds.

use serde::Serialize;

use crate::graph::ClaimGraph;
use crate::model::{Dataset, Stance};

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
        graph_nodes: graph.inner().node_count(),
        graph_edges: graph.inner().edge_count(),
    }
}
