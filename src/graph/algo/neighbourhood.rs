//! The part of the graph within a number of hops of some starting nodes.

use std::collections::{BTreeSet, VecDeque};

use petgraph::Direction;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;

use crate::graph::ClaimGraph;

/// Nodes reachable from `starts` in at most `depth` hops, following edges in
/// either direction.
///
/// # Arguments
/// * `graph` – the attribution graph.
/// * `starts` – the nodes to grow from; all are included.
/// * `depth` – how many hops to take; `0` keeps only `starts`.
///
/// # Returns
/// The reached node indices, sorted, so output built from them is deterministic.
///
/// # Complexity
/// O(V + E) over the reached part of the graph.
///
/// # Example
/// ```
/// # use claimgraph::{graph::algo::neighbourhood::neighbourhood, graph::ClaimGraph, model::Dataset};
/// let graph = ClaimGraph::build(&Dataset::default());
/// assert!(neighbourhood(&graph, &[], 2).is_empty());
/// ```
pub fn neighbourhood(
    graph: &ClaimGraph,
    starts: &[NodeIndex],
    depth: usize,
) -> BTreeSet<NodeIndex> {
    let mut reached: BTreeSet<NodeIndex> = starts.iter().copied().collect();
    let mut queue: VecDeque<(NodeIndex, usize)> = starts.iter().map(|&n| (n, 0)).collect();
    while let Some((node, hops)) = queue.pop_front() {
        if hops == depth {
            continue;
        }
        let edges = graph
            .inner()
            .edges_directed(node, Direction::Outgoing)
            .map(|e| e.target())
            .chain(
                graph
                    .inner()
                    .edges_directed(node, Direction::Incoming)
                    .map(|e| e.source()),
            );
        for next in edges.collect::<Vec<_>>() {
            if reached.insert(next) {
                queue.push_back((next, hops + 1));
            }
        }
    }
    reached
}
