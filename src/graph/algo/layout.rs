//! A force-directed layout: positions for the nodes of a part of the graph,
//! computed before a page is written so that a large view opens at once.
//!
//! Fruchterman–Reingold forces (neighbours attract by d²/k, every pair closer
//! than two ideal distances repels by k²/d, a weak pull to the centre keeps
//! separate components together), with repulsion looked up in a grid of
//! cells instead of over all pairs. It is deterministic: the start positions
//! come from a seeded generator (SplitMix64), not from the clock; nodes are
//! visited in index order and cells in row order, so the same graph gives
//! the same positions, bit for bit, on every run.

use std::collections::{BTreeMap, BTreeSet};

use petgraph::graph::{EdgeIndex, NodeIndex};

use crate::graph::ClaimGraph;

/// A position in the layout's own units: the ideal distance between two
/// neighbours is 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Horizontal coordinate.
    pub x: f64,
    /// Vertical coordinate.
    pub y: f64,
}

/// Up to this many nodes every pair of nodes repels.
const ALL_PAIRS: usize = 1500;

/// The seed of the start positions: any fixed number, so that layouts are
/// reproducible.
pub const SEED: u64 = 0x5eed_c1a1_9a4b;

/// Lays out `nodes` of `graph`, pulled together along `edges`.
///
/// # Arguments
/// * `graph` – the attribution graph.
/// * `nodes` – the nodes to place (a [`crate::graph::view::View`]'s).
/// * `edges` – the edges that attract; an edge with an end outside `nodes`
///   is ignored, and parallel edges pull as one.
/// * `seed` – the start positions' seed ([`SEED`] for the views).
///
/// # Returns
/// One [`Point`] per node of `nodes`, in index order, every coordinate
/// finite and rounded to two decimals, centred on the origin.
///
/// # Complexity
/// O(I · (V² + E)) for I iterations (at most 300) up to 1,500 nodes, where
/// every pair repels; above, O(I · (V · c + E)) with c the nodes in the nine
/// grid cells around a node (a constant while the density is even) and 60
/// iterations, for V nodes and E edges.
///
/// # Example
/// ```
/// # use claimgraph::{graph::algo::layout::{layout, SEED}, graph::ClaimGraph, model::Dataset};
/// # use std::collections::BTreeSet;
/// let graph = ClaimGraph::build(&Dataset::default());
/// assert!(layout(&graph, &BTreeSet::new(), &BTreeSet::new(), SEED).is_empty());
/// ```
pub fn layout(
    graph: &ClaimGraph,
    nodes: &BTreeSet<NodeIndex>,
    edges: &BTreeSet<EdgeIndex>,
    seed: u64,
) -> BTreeMap<NodeIndex, Point> {
    let order: Vec<NodeIndex> = nodes.iter().copied().collect();
    let slot: BTreeMap<NodeIndex, usize> = order.iter().enumerate().map(|(i, &n)| (n, i)).collect();
    let mut pairs: BTreeSet<(usize, usize)> = BTreeSet::new();
    for &e in edges {
        let Some((a, b)) = graph.inner().edge_endpoints(e) else {
            continue;
        };
        if let (Some(&a), Some(&b)) = (slot.get(&a), slot.get(&b))
            && a != b
        {
            pairs.insert((a.min(b), a.max(b)));
        }
    }
    let pairs: Vec<(usize, usize)> = pairs.into_iter().collect();
    let positions = forces(order.len(), &pairs, seed);
    order.into_iter().zip(positions).collect()
}

/// The positions of `n` nodes joined by `pairs` (indices, each pair once).
fn forces(n: usize, pairs: &[(usize, usize)], seed: u64) -> Vec<Point> {
    if n == 0 {
        return Vec::new();
    }
    let k = 1.0_f64;
    let side = (n as f64).sqrt() * k * 2.0;
    let mut rng = SplitMix64(seed);
    let mut pos: Vec<Point> = (0..n)
        .map(|_| Point {
            x: (rng.unit() - 0.5) * side,
            y: (rng.unit() - 0.5) * side,
        })
        .collect();
    let iterations = match n {
        0..=500 => 300,
        501..=3000 => 120,
        _ => 60,
    };
    let gravity = 0.05;
    // Every pair repels in a small graph, so that its parts spread out;
    // in a large one only pairs closer than two ideal distances do, looked
    // up in the grid, so that a step costs O(V) rather than O(V²).
    let reach = if n <= ALL_PAIRS {
        f64::INFINITY
    } else {
        2.0 * k
    };
    let mut shift = vec![Point { x: 0.0, y: 0.0 }; n];
    for step in 0..iterations {
        let temperature = side / 10.0 * (1.0 - step as f64 / iterations as f64) + 0.01;
        shift.iter_mut().for_each(|d| *d = Point { x: 0.0, y: 0.0 });
        let grid = Grid::new(&pos, reach);
        for i in 0..n {
            let (cx, cy) = grid.cell(pos[i]);
            for gy in cy.saturating_sub(1)..=(cy + 1).min(grid.rows - 1) {
                for gx in cx.saturating_sub(1)..=(cx + 1).min(grid.columns - 1) {
                    for &j in grid.at(gx, gy) {
                        if j == i {
                            continue;
                        }
                        let (mut dx, mut dy) = (pos[i].x - pos[j].x, pos[i].y - pos[j].y);
                        let mut d2 = dx * dx + dy * dy;
                        if d2 < 1e-12 {
                            // Two nodes on one spot: push them apart along
                            // a direction fixed by their indices.
                            dx = if i < j { 0.01 } else { -0.01 };
                            dy = 0.0;
                            d2 = dx * dx;
                        }
                        if reach.is_infinite() || d2 < reach * reach {
                            let f = k * k / d2;
                            shift[i].x += dx * f;
                            shift[i].y += dy * f;
                        }
                    }
                }
            }
        }
        for &(a, b) in pairs {
            let (dx, dy) = (pos[a].x - pos[b].x, pos[a].y - pos[b].y);
            let d = (dx * dx + dy * dy).sqrt();
            // d²/k along the unit vector: (dx, dy) · d / k.
            let f = d / k;
            shift[a].x -= dx * f;
            shift[a].y -= dy * f;
            shift[b].x += dx * f;
            shift[b].y += dy * f;
        }
        for (p, d) in pos.iter_mut().zip(&shift) {
            let (dx, dy) = (d.x - p.x * gravity, d.y - p.y * gravity);
            let length = (dx * dx + dy * dy).sqrt();
            if length > 0.0 {
                let step = length.min(temperature);
                p.x += dx / length * step;
                p.y += dy / length * step;
            }
        }
    }
    let (mx, my) = pos.iter().fold((0.0, 0.0), |(x, y), p| (x + p.x, y + p.y));
    let (mx, my) = (mx / n as f64, my / n as f64);
    pos.iter()
        .map(|p| Point {
            x: round(p.x - mx),
            y: round(p.y - my),
        })
        .collect()
}

/// Rounds to two decimals, so that the numbers written are short; `0.0`
/// for anything not finite.
fn round(v: f64) -> f64 {
    if v.is_finite() {
        (v * 100.0).round() / 100.0
    } else {
        0.0
    }
}

/// The nodes sorted into square cells of a fixed size, for the neighbours
/// of a point in constant time.
struct Grid {
    left: f64,
    top: f64,
    size: f64,
    columns: usize,
    rows: usize,
    cells: Vec<Vec<usize>>,
}

impl Grid {
    /// At most this many cells a side: a layout that spread very far gets
    /// larger cells, not a huge grid.
    const MAX_SIDE: usize = 512;

    fn new(pos: &[Point], reach: f64) -> Self {
        let (mut left, mut top, mut right, mut bottom) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for p in pos {
            left = left.min(p.x);
            top = top.min(p.y);
            right = right.max(p.x);
            bottom = bottom.max(p.y);
        }
        let span = (right - left).max(bottom - top).max(reach);
        let size = reach.max(span / Self::MAX_SIDE as f64);
        let columns = ((right - left) / size) as usize + 1;
        let rows = ((bottom - top) / size) as usize + 1;
        let mut grid = Grid {
            left,
            top,
            size,
            columns,
            rows,
            cells: vec![Vec::new(); columns * rows],
        };
        for (i, &p) in pos.iter().enumerate() {
            let (x, y) = grid.cell(p);
            grid.cells[y * columns + x].push(i);
        }
        grid
    }

    fn cell(&self, p: Point) -> (usize, usize) {
        let x = (((p.x - self.left) / self.size) as usize).min(self.columns - 1);
        let y = (((p.y - self.top) / self.size) as usize).min(self.rows - 1);
        (x, y)
    }

    fn at(&self, x: usize, y: usize) -> &[usize] {
        &self.cells[y * self.columns + x]
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014): a small, well-mixed generator
/// that gives the same numbers on every platform.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in [0, 1), from the top 53 bits.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distance(a: Point, b: Point) -> f64 {
        ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
    }

    #[test]
    fn the_same_graph_gets_the_same_positions() {
        let pairs = [(0, 1), (1, 2), (2, 3), (3, 0), (4, 5)];
        assert_eq!(forces(6, &pairs, SEED), forces(6, &pairs, SEED));
        assert_ne!(forces(6, &pairs, SEED), forces(6, &pairs, SEED + 1));
    }

    #[test]
    fn neighbours_end_closer_than_strangers() {
        // Two triangles joined by nothing: within a triangle nodes sit
        // about one unit apart, across them farther.
        let pairs = [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5)];
        let p = forces(6, &pairs, SEED);
        let near = distance(p[0], p[1]).max(distance(p[3], p[4]));
        let far = distance(p[0], p[3])
            .min(distance(p[1], p[4]))
            .min(distance(p[2], p[5]));
        assert!(near < 2.0, "neighbours {near} apart");
        assert!(far > near, "strangers {far} apart, neighbours {near}");
    }

    #[test]
    fn no_two_nodes_share_a_spot_and_every_coordinate_is_finite() {
        let pairs: Vec<(usize, usize)> = (1..200).map(|i| (0, i)).collect();
        let p = forces(200, &pairs, SEED);
        for (i, a) in p.iter().enumerate() {
            assert!(a.x.is_finite() && a.y.is_finite());
            for b in &p[i + 1..] {
                assert!(distance(*a, *b) > 0.0, "two nodes at {a:?}");
            }
        }
    }
}
