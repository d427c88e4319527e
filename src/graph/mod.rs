//! The attribution graph: every record a typed node, every link a typed edge.
//!
//! Information flows along edges: a speaker `states` a claim, and the words
//! travel speaker → relays → document through `relays` edges tagged with the
//! statement that carried them. Built once from a [`Dataset`], then queried.

pub mod algo;
pub mod view;

use petgraph::graph::{DiGraph, NodeIndex};
use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{Dataset, RecordKind, RelationKind, Stance, Statement};
use crate::vocab::vocabulary;

/// A node: the kind of record and its id.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Serialize,
    JsonSchema,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
pub struct Node {
    /// Kind of the record: actor, outlet, entity, claim or source (statements are edges, not nodes).
    pub kind: RecordKind,
    /// Id of the record.
    pub id: String,
}

vocabulary! {
    /// What an edge means.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum EdgeKind {
        /// speaker → claim
        States = "states",
        /// one hop of a chain, towards the document
        Relays = "relays",
        /// outlet → source
        Publishes = "publishes",
        /// actor → the organisation it belongs to
        MemberOf = "member_of",
        /// owner → outlet
        Owns = "owns",
        /// claim → entity
        About = "about",
        /// claim → the claim it contradicts
        Contradicts = "contradicts",
        /// claim → the claim it supports
        Supports = "supports",
        /// claim → the claim it restates
        SameAs = "same_as",
    }
}

impl EdgeKind {
    /// The edge a relation between claims becomes.
    pub fn of_relation(kind: RelationKind) -> EdgeKind {
        match kind {
            RelationKind::Contradicts => EdgeKind::Contradicts,
            RelationKind::Supports => EdgeKind::Supports,
            RelationKind::SameAs => EdgeKind::SameAs,
        }
    }
}

/// An edge: its kind, and the statement and stance behind it where there is one.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Serialize,
    JsonSchema,
    rkyv::Archive,
    rkyv::Serialize,
    rkyv::Deserialize,
)]
pub struct Edge {
    /// What the edge means.
    pub kind: EdgeKind,
    /// Id of the statement behind a `states` or `relays` edge; `None` on every other edge.
    pub statement: Option<String>,
    /// The statement's stance on a `states` or `relays` edge; `None` on every other edge.
    pub stance: Option<Stance>,
}

impl Edge {
    /// An edge with no statement behind it (membership, ownership, relations).
    pub fn plain(kind: EdgeKind) -> Self {
        Edge {
            kind,
            statement: None,
            stance: None,
        }
    }
}

/// The ids a statement's words pass through, in the direction they travel:
/// the speaker, its relays from the farthest from the document to the
/// nearest, and the document. Each pair of neighbours is one `relays` edge;
/// hop 1 leaves the speaker and the last hop reaches the document.
pub fn chain(s: &Statement) -> Vec<&str> {
    let mut chain: Vec<&str> = vec![&s.speaker.id];
    chain.extend(s.relay.iter().rev().map(|p| p.id.as_str()));
    chain.push(&s.source);
    chain
}

/// A [`ClaimGraph`] as the load cache keeps it: the nodes in index order
/// and each edge as (source index, target index, edge), in index order.
#[derive(Debug, Clone, PartialEq, Eq, rkyv::Archive, rkyv::Serialize, rkyv::Deserialize)]
pub struct GraphParts {
    /// The nodes, in index order.
    pub nodes: Vec<Node>,
    /// The edges, in index order.
    pub edges: Vec<(u32, u32, Edge)>,
}

/// The graph plus the id → node index map.
pub struct ClaimGraph {
    inner: DiGraph<Node, Edge>,
    index: crate::model::IdMap<NodeIndex>,
}

impl ClaimGraph {
    /// The petgraph graph, for algorithms and exporters.
    pub fn inner(&self) -> &DiGraph<Node, Edge> {
        &self.inner
    }

    /// The node of the record `id`, if it is in the graph.
    pub fn node(&self, id: &str) -> Option<NodeIndex> {
        self.index.get(id).copied()
    }

    /// Builds the graph.
    ///
    /// Complexity: O(records + statements × chain length).
    pub fn build(data: &Dataset) -> Self {
        let mut g = ClaimGraph {
            inner: DiGraph::new(),
            index: crate::model::IdMap::default(),
        };
        let kinds = [
            (RecordKind::Actor, data.actors.keys().collect::<Vec<_>>()),
            (RecordKind::Outlet, data.outlets.keys().collect()),
            (RecordKind::Entity, data.entities.keys().collect()),
            (RecordKind::Claim, data.claims.keys().collect()),
            (RecordKind::Source, data.sources.keys().collect()),
        ];
        for (kind, ids) in kinds {
            for id in ids {
                let node = g.inner.add_node(Node {
                    kind,
                    id: id.clone(),
                });
                g.index.insert(id.clone(), node);
            }
        }
        for actor in data.actors.values() {
            if let Some(parent) = &actor.member_of {
                g.link(&actor.id, parent, Edge::plain(EdgeKind::MemberOf));
            }
        }
        for outlet in data.outlets.values() {
            if let Some(owner) = &outlet.owner {
                g.link(&owner.id, &outlet.id, Edge::plain(EdgeKind::Owns));
            }
        }
        for claim in data.claims.values() {
            for about in &claim.about {
                g.link(&claim.id, about, Edge::plain(EdgeKind::About));
            }
        }
        for source in data.sources.values() {
            if let Some(outlet) = &source.outlet {
                g.link(outlet, &source.id, Edge::plain(EdgeKind::Publishes));
            }
        }
        for s in data.statements.values() {
            let tagged = |kind| Edge {
                kind,
                statement: Some(s.id.clone()),
                stance: Some(s.stance),
            };
            g.link(&s.speaker.id, &s.claim, tagged(EdgeKind::States));
            for hop in chain(s).windows(2) {
                g.link(hop[0], hop[1], tagged(EdgeKind::Relays));
            }
        }
        for r in &data.relations {
            g.link(&r.from, &r.to, Edge::plain(EdgeKind::of_relation(r.kind)));
        }
        g
    }

    /// The graph taken apart, for the load cache.
    pub fn to_parts(&self) -> GraphParts {
        GraphParts {
            nodes: self
                .inner
                .raw_nodes()
                .iter()
                .map(|n| n.weight.clone())
                .collect(),
            edges: self
                .inner
                .raw_edges()
                .iter()
                .map(|e| {
                    (
                        e.source().index() as u32,
                        e.target().index() as u32,
                        e.weight.clone(),
                    )
                })
                .collect(),
        }
    }

    /// The graph [`ClaimGraph::to_parts`] took apart, with the same node
    /// and edge indices and the same id index as [`ClaimGraph::build`]
    /// made; `None` when an edge names a node that is not there.
    pub fn from_parts(parts: GraphParts) -> Option<Self> {
        let mut g = ClaimGraph {
            inner: DiGraph::with_capacity(parts.nodes.len(), parts.edges.len()),
            index: crate::model::IdMap::default(),
        };
        for node in parts.nodes {
            let id = node.id.clone();
            let at = g.inner.add_node(node);
            g.index.insert(id, at);
        }
        let count = g.inner.node_count();
        for (from, to, edge) in parts.edges {
            let (from, to) = (from as usize, to as usize);
            if from >= count || to >= count {
                return None;
            }
            g.inner
                .add_edge(NodeIndex::new(from), NodeIndex::new(to), edge);
        }
        Some(g)
    }

    fn link(&mut self, from: &str, to: &str, edge: Edge) {
        if let (Some(&a), Some(&b)) = (self.index.get(from), self.index.get(to)) {
            self.inner.add_edge(a, b, edge);
        }
    }
}
