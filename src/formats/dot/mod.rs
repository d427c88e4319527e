//! Graphviz DOT: one shape per kind of record, one colour and style per
//! stance and relation, labels in English and the original script, chains
//! laid out left to right, and a legend.

pub mod escape;

use std::io::{self, Write};

use petgraph::graph::NodeIndex;

use crate::formats::dot::escape::quoted;
use crate::formats::{Exporter, View};
use crate::graph::EdgeKind;
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

/// How an edge of `kind` with `stance` is drawn, without its label. The
/// legend draws its samples with the same function, so it cannot disagree
/// with the graph: a `states` edge takes its stance's colour and style, every
/// other kind (`relays` included) has one look whatever the stance.
fn edge_look(kind: EdgeKind, stance: Option<Stance>) -> &'static str {
    match kind {
        EdgeKind::States => stance.map_or("", stance_colour),
        EdgeKind::Relays => "color=gray40, arrowhead=vee",
        EdgeKind::Publishes => "color=black, arrowhead=normal",
        EdgeKind::MemberOf => "color=gray50, style=dotted, arrowhead=empty",
        EdgeKind::Owns => "color=gray50, style=dashed, arrowhead=diamond",
        EdgeKind::About => "color=gray60, style=dotted, arrowhead=open",
        EdgeKind::Contradicts => {
            "color=\"#cf222e\", penwidth=2, dir=both, arrowhead=tee, arrowtail=tee"
        }
        EdgeKind::Supports => "color=\"#1a7f37\", style=dashed",
        EdgeKind::SameAs => "color=gray30, style=bold, dir=none",
    }
}

/// The words on an edge: the stance's verb on `states`, nothing on `relays`
/// (the arrow says it), the kind's name on the rest.
fn edge_words(kind: EdgeKind, stance: Option<Stance>) -> &'static str {
    match (kind, stance) {
        (EdgeKind::States, Some(stance)) => stance.verb(),
        (EdgeKind::Relays, _) => "",
        (kind, _) => kind.name(),
    }
}

/// The attributes of one drawn edge standing for `count` parallel edges of
/// the same meaning: its look, its words with `×N` when it stands for more
/// than one, and the statements behind it as a tooltip, by stance
/// (`affirms: s001-01, s001-14; hedges: s001-11`), so collapsing loses
/// nothing.
fn edge_attributes(
    kind: EdgeKind,
    stance: Option<Stance>,
    count: usize,
    statements: &[(Option<Stance>, &str)],
) -> String {
    let words = edge_words(kind, stance);
    let label = match count {
        0 | 1 => words.to_string(),
        n if words.is_empty() => format!("×{n}"),
        n => format!("{words} ×{n}"),
    };
    let look = edge_look(kind, stance);
    let mut out = if look.is_empty() {
        format!("label={}", quoted(&label))
    } else {
        format!("{look}, label={}", quoted(&label))
    };
    if !statements.is_empty() {
        let mut groups: Vec<(Option<Stance>, Vec<&str>)> = Vec::new();
        for &(stance, id) in statements {
            match groups.iter_mut().find(|(s, _)| *s == stance) {
                Some((_, ids)) => ids.push(id),
                None => groups.push((stance, vec![id])),
            }
        }
        let tooltip: Vec<String> = groups
            .iter()
            .map(|(stance, ids)| {
                let heading = stance.map_or("statements", |s| s.verb());
                format!("{heading}: {}", ids.join(", "))
            })
            .collect();
        out.push_str(&format!(", tooltip={}", quoted(&tooltip.join("; "))));
    }
    out
}

/// Edges of one meaning between two nodes, drawn as one.
struct Bundle<'g> {
    from: NodeIndex,
    to: NodeIndex,
    kind: EdgeKind,
    stance: Option<Stance>,
    count: usize,
    statements: Vec<(Option<Stance>, &'g str)>,
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

/// A node's label: its name, its name in the original script, and its id
/// (with the date for a source), each line shown once: a record without a
/// name of its own, or whose original name is its display name, does not
/// repeat it.
fn node_label(view: &View<'_>, kind: RecordKind, id: &str) -> String {
    let data = view.data;
    let name = data.name_of(id);
    let mut parts = Vec::new();
    if name != id {
        parts.push(wrap(&name, WRAP));
    }
    if let Some(original) = data.original_name_of(id)
        && original.trim() != name.trim()
    {
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
        // Parallel edges of the same meaning are drawn once, in the order of
        // the first of them (`View::bundles`, the rule `view` draws by too).
        let bundles: Vec<Bundle<'_>> = view
            .bundles()
            .into_iter()
            .map(|b| Bundle {
                from: b.from,
                to: b.to,
                kind: b.kind,
                stance: b.stance,
                count: b.edges.len(),
                statements: b
                    .edges
                    .iter()
                    .filter_map(|&e| g[e].statement.as_deref().map(|id| (g[e].stance, id)))
                    .collect(),
            })
            .collect();
        for bundle in &bundles {
            writeln!(
                out,
                "  {} -> {} [{}];",
                quoted(&g[bundle.from].id),
                quoted(&g[bundle.to].id),
                edge_attributes(bundle.kind, bundle.stance, bundle.count, &bundle.statements)
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
    // One sample per stance of `states`, then one of every other kind, drawn
    // by the same function as the graph's edges, from its name to a point.
    // Written before the node shapes, so that dot keeps the samples in
    // order, straight and uncrossed.
    let samples = Stance::ALL
        .iter()
        .map(|&stance| (EdgeKind::States, Some(stance)))
        .chain(
            EdgeKind::ALL
                .iter()
                .filter(|&&kind| kind != EdgeKind::States)
                .map(|&kind| (kind, None)),
        );
    for (i, (kind, stance)) in samples.enumerate() {
        let words = match stance {
            Some(stance) => stance.verb(),
            None => kind.name(),
        };
        writeln!(
            out,
            "    \"legend {i}a\" [shape=plaintext, fontsize=9, height=0.2, margin=0, label={}]; \"legend {i}b\" [shape=point, width=0.05];",
            quoted(words)
        )?;
        writeln!(
            out,
            "    \"legend {i}a\" -> \"legend {i}b\" [{}];",
            edge_look(kind, stance)
        )?;
    }
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
            "    \"legend {}\" [{}, height=0.3, fontsize=9, label={}];",
            kind.name(),
            shape(kind),
            quoted(kind.name())
        )?;
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
