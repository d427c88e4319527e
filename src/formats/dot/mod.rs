//! Graphviz DOT: one shape per kind of record, one colour and style per
//! stance and relation, labels in English and the original script, chains
//! laid out left to right, and a legend.

pub mod escape;

use std::io::{self, Write};

use crate::formats::dot::escape::quoted;
use crate::formats::{Exporter, View};
use crate::graph::{Edge, EdgeKind};
use crate::model::{RecordKind, Stance};

/// The DOT exporter.
pub struct Dot;

const WRAP: usize = 40;

fn shape(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Actor => "shape=ellipse, style=filled, fillcolor=\"#fff3d6\"",
        RecordKind::Outlet => "shape=box, style=\"rounded,filled\", fillcolor=\"#dfe9f7\"",
        RecordKind::Source => "shape=note, style=filled, fillcolor=\"#f2f2f2\"",
        RecordKind::Claim => "shape=hexagon, style=filled, fillcolor=\"#fde2e2\"",
        RecordKind::Entity => "shape=component, style=filled, fillcolor=\"#e4f5e1\"",
        RecordKind::Statement => "shape=point",
    }
}

fn stance_colour(stance: Stance) -> &'static str {
    match stance {
        Stance::Affirms => "color=\"#1a7f37\", fontcolor=\"#1a7f37\"",
        Stance::Denies => "color=\"#cf222e\", fontcolor=\"#cf222e\", penwidth=2",
        Stance::Hedges => "color=\"#bf8700\", fontcolor=\"#bf8700\", style=dashed",
        Stance::Reports => "color=\"#0969da\", fontcolor=\"#0969da\", style=dotted",
    }
}

fn edge_style(edge: &Edge) -> String {
    let base = match edge.kind {
        EdgeKind::States => edge.stance.map_or("", stance_colour).to_string(),
        EdgeKind::Relays => format!(
            "{}, arrowhead=vee",
            edge.stance.map_or("color=gray40", stance_colour)
        ),
        EdgeKind::Publishes => "color=black, arrowhead=normal".into(),
        EdgeKind::MemberOf => "color=gray50, style=dotted, arrowhead=empty".into(),
        EdgeKind::Owns => "color=gray50, style=dashed, arrowhead=diamond".into(),
        EdgeKind::About => "color=gray60, style=dotted, arrowhead=open".into(),
        EdgeKind::Contradicts => {
            "color=\"#cf222e\", penwidth=2, dir=both, arrowhead=tee, arrowtail=tee".into()
        }
        EdgeKind::Supports => "color=\"#1a7f37\", style=dashed".into(),
        EdgeKind::SameAs => "color=gray30, style=bold, dir=none".into(),
    };
    let label = match (edge.kind, edge.stance) {
        (EdgeKind::States, Some(stance)) => stance.verb(),
        (EdgeKind::Relays, _) => "",
        (kind, _) => kind.name(),
    };
    format!("{base}, label={}", quoted(label))
}

/// Breaks `text` into lines of about `width` characters at spaces.
fn wrap(text: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split(' ') {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines.join("\n")
}

fn node_label(view: &View<'_>, kind: RecordKind, id: &str) -> String {
    let data = view.data;
    let mut parts = vec![wrap(&data.name_of(id), WRAP)];
    if let Some(original) = data.original_name_of(id) {
        parts.push(wrap(&original, WRAP));
    }
    if kind == RecordKind::Source {
        let source = &data.sources[id];
        parts.push(format!(
            "{id}{}",
            source.date.map(|d| format!(" · {d}")).unwrap_or_default()
        ));
    } else {
        parts.push(format!("[{id}]"));
    }
    parts.join("\n")
}

impl Exporter for Dot {
    fn write(&self, view: &View<'_>, out: &mut dyn Write) -> io::Result<()> {
        let g = &view.graph.inner();
        writeln!(out, "digraph claimgraph {{")?;
        writeln!(
            out,
            "  graph [rankdir=LR, fontname=\"Noto Sans, DejaVu Sans, sans-serif\", nodesep=0.3, ranksep=0.8];"
        )?;
        writeln!(
            out,
            "  node [fontname=\"Noto Sans, DejaVu Sans, sans-serif\", fontsize=11];"
        )?;
        writeln!(
            out,
            "  edge [fontname=\"Noto Sans, DejaVu Sans, sans-serif\", fontsize=9];"
        )?;
        for &index in &view.nodes {
            let node = &g[index];
            writeln!(
                out,
                "  {} [{}, label={}];",
                quoted(&node.id),
                shape(node.kind),
                quoted(&node_label(view, node.kind, &node.id))
            )?;
        }
        for &index in &view.edges {
            let Some((from, to)) = g.edge_endpoints(index) else {
                continue;
            };
            writeln!(
                out,
                "  {} -> {} [{}];",
                quoted(&g[from].id),
                quoted(&g[to].id),
                edge_style(&g[index])
            )?;
        }
        write_legend(out)?;
        writeln!(out, "}}")
    }
}

fn write_legend(out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "  subgraph cluster_legend {{")?;
    writeln!(
        out,
        "    label=\"Legend\"; fontsize=12; color=gray70; rankdir=LR;"
    )?;
    let kinds = [
        RecordKind::Actor,
        RecordKind::Outlet,
        RecordKind::Source,
        RecordKind::Claim,
        RecordKind::Entity,
    ];
    for kind in kinds {
        writeln!(
            out,
            "    \"legend {}\" [{}, label={}];",
            kind.name(),
            shape(kind),
            quoted(kind.name())
        )?;
    }
    // One sample per stance of `states`, then one of every other kind.
    let edges: Vec<Edge> = Stance::ALL
        .iter()
        .map(|&stance| Edge::stated(stance))
        .chain(
            EdgeKind::ALL
                .iter()
                .filter(|&&kind| kind != EdgeKind::States)
                .map(|&kind| Edge::plain(kind)),
        )
        .collect();
    for (i, edge) in edges.iter().enumerate() {
        writeln!(
            out,
            "    \"legend {i}a\" [shape=point, width=0.05]; \"legend {i}b\" [shape=point, width=0.05];"
        )?;
        let mut style = edge_style(edge);
        if edge.kind == EdgeKind::Relays {
            style = style.replace("label=\"\"", "label=\"relays\"");
        }
        writeln!(out, "    \"legend {i}a\" -> \"legend {i}b\" [{style}];")?;
    }
    writeln!(out, "  }}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_spaces_near_the_width() {
        assert_eq!(wrap("aaa bbb ccc", 7), "aaa bbb\nccc");
        assert_eq!(wrap("unbreakableword", 4), "unbreakableword");
    }
}
