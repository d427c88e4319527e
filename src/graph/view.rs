//! A part of the graph chosen for export: the whole graph, one claim's
//! attribution, or a neighbourhood, with nodes and edges in a deterministic
//! order so every format writes the same selection the same way.

use std::collections::BTreeSet;

use petgraph::graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;

use crate::graph::algo::neighbourhood::neighbourhood;
use crate::graph::{ClaimGraph, EdgeKind};
use crate::model::{Dataset, Stance, affiliation};

/// A selection of nodes and edges of the graph, in a deterministic order.
pub struct View<'a> {
    /// The data set the graph was built from, for names and details.
    pub data: &'a Dataset,
    /// The whole graph the selection is taken from.
    pub graph: &'a ClaimGraph,
    /// Indices of the selected nodes, in index order.
    pub nodes: BTreeSet<NodeIndex>,
    /// Indices of the selected edges, in index order; both ends of each are in `nodes`.
    pub edges: BTreeSet<EdgeIndex>,
}

impl<'a> View<'a> {
    /// The whole graph.
    pub fn all(data: &'a Dataset, graph: &'a ClaimGraph) -> Self {
        let nodes = graph.inner().node_indices().collect();
        let edges = graph.inner().edge_indices().collect();
        View {
            data,
            graph,
            nodes,
            edges,
        }
    }

    /// Everything within `depth` hops of `id`.
    pub fn around(data: &'a Dataset, graph: &'a ClaimGraph, id: &str, depth: usize) -> Self {
        let starts: Vec<NodeIndex> = graph.node(id).into_iter().collect();
        let nodes = neighbourhood(graph, &starts, depth);
        View::induced(data, graph, nodes, |_| true)
    }

    /// The given nodes and the edges between them that `keep` accepts.
    fn induced(
        data: &'a Dataset,
        graph: &'a ClaimGraph,
        nodes: BTreeSet<NodeIndex>,
        keep: impl Fn(&petgraph::graph::EdgeReference<'_, crate::graph::Edge>) -> bool,
    ) -> Self {
        let edges = graph
            .inner()
            .edge_references()
            .filter(|e| nodes.contains(&e.source()) && nodes.contains(&e.target()))
            .filter(|e| keep(e))
            .map(|e| e.id())
            .collect();
        View {
            data,
            graph,
            nodes,
            edges,
        }
    }

    /// A claim's attribution: its statements' chains, documents and publishers,
    /// the speakers' organisations, what it is about, and related claims.
    pub fn claim(data: &'a Dataset, graph: &'a ClaimGraph, claim: &str) -> Self {
        let statements: BTreeSet<&str> = data.statements_of(claim).map(|s| s.id.as_str()).collect();
        let mut ids: Vec<String> = vec![claim.to_string()];
        for s in data.statements_of(claim) {
            // The speaker and the organisations above it, owners included.
            ids.extend(
                affiliation::chain(data, &s.speaker.id)
                    .into_iter()
                    .map(String::from),
            );
            ids.extend(s.relay.iter().map(|p| p.id.clone()));
            ids.push(s.source.clone());
            ids.extend(data.sources[&s.source].outlet.clone());
        }
        ids.extend(data.claims[claim].about.iter().cloned());
        for r in data
            .relations
            .iter()
            .filter(|r| r.from == claim || r.to == claim)
        {
            ids.push(r.from.clone());
            ids.push(r.to.clone());
        }
        let nodes: BTreeSet<NodeIndex> = ids.iter().filter_map(|id| graph.node(id)).collect();
        View::induced(data, graph, nodes, |e| {
            match (&e.weight().statement, e.weight().kind) {
                (Some(statement), _) => statements.contains(statement.as_str()),
                (None, EdgeKind::About) => graph.inner()[e.source()].id == claim,
                (None, _) => true,
            }
        })
    }
}

/// Parallel edges of one meaning, drawn as one: the same endpoints and kind
/// and, on a `states` edge, the same stance (only there is an edge drawn in
/// its stance's colour, so only there does the stance tell two apart).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    /// The node the edges leave.
    pub from: NodeIndex,
    /// The node they reach.
    pub to: NodeIndex,
    /// Their kind.
    pub kind: EdgeKind,
    /// Their stance on `states`; `None` on every other kind.
    pub stance: Option<Stance>,
    /// The edges, in index order.
    pub edges: Vec<EdgeIndex>,
}

impl View<'_> {
    /// The view's edges grouped into [`Bundle`]s, in the order of the first
    /// edge of each; every edge is in exactly one.
    pub fn bundles(&self) -> Vec<Bundle> {
        let g = self.graph.inner();
        let mut bundles: Vec<Bundle> = Vec::new();
        let mut at: std::collections::BTreeMap<
            (NodeIndex, NodeIndex, EdgeKind, Option<Stance>),
            usize,
        > = std::collections::BTreeMap::new();
        for &index in &self.edges {
            let Some((from, to)) = g.edge_endpoints(index) else {
                continue;
            };
            let edge = &g[index];
            let stance = edge.stance.filter(|_| edge.kind == EdgeKind::States);
            let slot = *at.entry((from, to, edge.kind, stance)).or_insert_with(|| {
                bundles.push(Bundle {
                    from,
                    to,
                    kind: edge.kind,
                    stance,
                    edges: Vec::new(),
                });
                bundles.len() - 1
            });
            bundles[slot].edges.push(index);
        }
        bundles
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::workspace::Workspace;

    #[test]
    fn a_claim_view_holds_the_owner_of_an_outlet_speaker() {
        let ws = Workspace::open(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"));
        let view = View::claim(&ws.data, &ws.graph, "tos-used");
        let owner = ws.graph.node("rossiya-segodnya").unwrap();
        let sputnik = ws.graph.node("sputnik").unwrap();
        assert!(view.nodes.contains(&owner), "no rossiya-segodnya node");
        assert!(
            view.edges.iter().any(|&e| {
                let (from, to) = ws.graph.inner().edge_endpoints(e).unwrap();
                (from, to) == (owner, sputnik) && ws.graph.inner()[e].kind == EdgeKind::Owns
            }),
            "no rossiya-segodnya → sputnik owns edge"
        );
    }
}
