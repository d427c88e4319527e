//! `stats`: how much the data holds.

use schemars::JsonSchema;
use serde::Serialize;

use crate::graph::ClaimGraph;
use crate::json::Answer;
use crate::model::{Dataset, Stance};

/// The answer of `stats`: how many records of each kind the data holds, and
/// the size of its graph.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Stats {
    /// Actors (speakers other than outlets).
    pub actors: usize,
    /// Outlets.
    pub outlets: usize,
    /// Entities claims are about.
    pub entities: usize,
    /// Claims.
    pub claims: usize,
    /// Sources (annotated documents).
    pub sources: usize,
    /// Statements.
    pub statements: usize,
    /// Relations between claims (contradicts, supports, same as).
    pub relations: usize,
    /// Statements per stance: always the four stances, in the order
    /// `Affirms`, `Denies`, `Hedges`, `Reports`, zero counts included.
    pub by_stance: Vec<StanceCount>,
    /// Nodes of the attribution graph: one per actor, outlet, entity, claim
    /// and source (statements are edges).
    pub graph_nodes: usize,
    /// Edges of the attribution graph: statements, relays, publishing,
    /// membership, ownership, `about` links and claim relations.
    pub graph_edges: usize,
}

impl Answer for Stats {
    const SCHEMA: &'static str = "stats";
}

/// How many statements take one stance.
#[derive(Debug, Serialize, JsonSchema)]
pub struct StanceCount {
    /// `Affirms`, `Denies`, `Hedges` or `Reports`.
    pub stance: Stance,
    /// Statements taking it.
    pub statements: usize,
}

/// Counts the records of `data` and the nodes and edges of `graph`.
pub fn stats(data: &Dataset, graph: &ClaimGraph) -> Stats {
    let by_stance = [
        Stance::Affirms,
        Stance::Denies,
        Stance::Hedges,
        Stance::Reports,
    ]
    .into_iter()
    .map(|stance| StanceCount {
        stance,
        statements: data
            .statements
            .values()
            .filter(|s| s.stance == stance)
            .count(),
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
