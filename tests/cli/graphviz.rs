//! The DOT escaper against the real reader: Graphviz `dot`.
//!
//! Arbitrary strings become labels; `dot -Tsvg` must accept the file without a
//! word of complaint, draw exactly the nodes we wrote, and print each label's
//! text back. When `dot` is missing these tests skip, unless
//! `CLAIMGRAPH_REQUIRE_GRAPHVIZ=1` (set by the README's test command) makes
//! that a failure.

use std::io::Write;
use std::process::{Command, Stdio};

use proptest::prelude::*;

use crate::library::dot_escape::{escape, quoted};
use crate::support::{dot_available, ok};

fn render(format: &str, source: &str) -> (bool, String, String) {
    let mut child = Command::new("dot")
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dot runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(source.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The text of every `<text>` element of an SVG, entities decoded.
fn svg_texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .map(|t| decode(&t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()]))
        .collect()
}

fn decode(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let end = rest[at..].find(';').map(|n| at + n).expect("entity ends");
        let entity = &rest[at + 1..end];
        let c = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            e if e.starts_with("#x") => {
                char::from_u32(u32::from_str_radix(&e[2..], 16).unwrap()).unwrap()
            }
            e if e.starts_with('#') => char::from_u32(e[1..].parse().unwrap()).unwrap(),
            e => panic!("unknown entity {e}"),
        };
        out.push(c);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out.replace('\u{a0}', " ")
}

/// What Graphviz should print for a label: one line per text line, as escaped.
fn expected_lines(label: &str) -> Vec<String> {
    escape(label)
        .split("\\n")
        .map(|line| {
            line.replace("\\\\", "\\")
                .replace("\\\"", "\"")
                .replace("&amp;", "&")
        })
        .map(|line| line.trim().to_string())
        .filter(|line| !line.is_empty())
        .collect()
}

fn graph_of(labels: &[String]) -> String {
    let mut dot = String::from("digraph g {\n");
    for (i, label) in labels.iter().enumerate() {
        dot.push_str(&format!(
            "  {} [label={}];\n",
            quoted(&format!("n{i} {label}")),
            quoted(label)
        ));
    }
    dot.push_str("}\n");
    dot
}

fn hostile_string() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("\"".to_string()),
        Just("\\".to_string()),
        Just("\\N\\G\\l\\r\\n".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("]".to_string()),
        Just("->".to_string()),
        Just("digraph node edge strict subgraph".to_string()),
        Just("&amp; &#65; &".to_string()),
        Just("<b>html</b>".to_string()),
        Just("\u{202E}\u{2067}\u{200F}".to_string()),
        Just("\u{202C}\u{2069}".to_string()),
        Just("إسكندر شوشان ستيبانيان".to_string()),
        Just("Шушан Степанян".to_string()),
        Just("\u{0}\u{7}\u{1b}[31m\u{7f}".to_string()),
        Just("//".to_string()),
        Just("/*".to_string()),
        Just("#".to_string()),
        "[ -~]{0,12}".prop_map(|s| s),
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(pieces, 0..8).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn escaped_labels_keep_dot_well_formed(labels in prop::collection::vec(hostile_string(), 1..6)) {
        // A quoted string must end at our closing quote: no raw quote or line break inside.
        for label in &labels {
            let body = escape(label);
            let mut escaped = false;
            for c in body.chars() {
                prop_assert!(escaped || c != '"', "raw quote in {body:?}");
                prop_assert!(c != '\n' && c != '\r', "raw newline in {body:?}");
                escaped = !escaped && c == '\\';
            }
            prop_assert!(!escaped, "dangling backslash in {body:?}");
        }
        if !dot_available() {
            return Ok(());
        }
        let source = graph_of(&labels);
        let (success, json, stderr) = render("json", &source);
        prop_assert!(success, "dot rejected:\n{source}\n{stderr}");
        prop_assert!(stderr.trim().is_empty(), "dot warned:\n{source}\n{stderr}");
        let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(parsed["objects"].as_array().map_or(0, Vec::len), labels.len(), "one node per label");
        let (_, svg, _) = render("svg", &source);
        let texts = svg_texts(&svg);
        let drawn: Vec<String> = texts.iter().map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect();
        let wanted: Vec<String> = labels.iter().flat_map(|l| expected_lines(l)).collect();
        // Graphviz may drop characters its fonts cannot shape, never add or reorder lines.
        prop_assert!(drawn.len() <= wanted.len(), "extra lines: {drawn:?} vs {wanted:?}");
    }
}

#[test]
fn plain_hostile_labels_render_verbatim() {
    if !dot_available() {
        return;
    }
    let labels: Vec<String> = [
        "say \"hi\" -> ]",
        "back\\slash \\N not a node name",
        "a &amp; b & c <i>",
        "first line\nsecond line",
        "قالت وزارة الدفاع",
    ]
    .map(String::from)
    .to_vec();
    let (success, svg, stderr) = render("svg", &graph_of(&labels));
    assert!(success && stderr.trim().is_empty(), "{stderr}");
    let drawn: Vec<String> = svg_texts(&svg)
        .into_iter()
        .map(|t| t.trim().to_string())
        .collect();
    let wanted: Vec<String> = labels.iter().flat_map(|l| expected_lines(l)).collect();
    assert_eq!(drawn, wanted);
}

#[test]
fn the_exported_graph_renders_with_graphviz() {
    if !dot_available() {
        return;
    }
    let dot = ok(&["export", "dot"]);
    let (success, svg, stderr) = render("svg", &dot);
    assert!(success, "{stderr}");
    assert!(
        !stderr.contains("Error") && !stderr.contains("syntax"),
        "{stderr}"
    );
    assert!(svg.contains("<svg"));
    let texts = svg_texts(&svg).join("\n");
    assert!(texts.contains("Shushan Stepanyan"));
    assert!(texts.contains("Legend"));
}

/// One `"a" -> "b" [attributes];` line of an exported graph.
struct DrawnEdge {
    legend: bool,
    from: String,
    to: String,
    /// The attributes before the label: how the edge looks.
    look: String,
    label: String,
    tooltip: Option<String>,
}

/// The value of the quoted attribute `name="…"` in `attributes`.
fn attribute(attributes: &str, name: &str) -> Option<String> {
    let at = attributes.find(&format!("{name}=\""))? + name.len() + 2;
    let mut value = String::new();
    let mut chars = attributes[at..].chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next()? {
                'n' => value.push('\n'),
                c => value.push(c),
            },
            '"' => return Some(value),
            c => value.push(c),
        }
    }
    None
}

fn drawn_edges(dot: &str) -> Vec<DrawnEdge> {
    dot.lines()
        .filter(|line| line.contains("\" -> \"") && line.ends_with("];"))
        .map(|line| {
            let trimmed = line.trim_start();
            let (ends, attributes) = trimmed.split_once(" [").unwrap();
            let (from, to) = ends.split_once(" -> ").unwrap();
            let attributes = attributes.strip_suffix("];").unwrap();
            let look = attributes
                .split("label=")
                .next()
                .unwrap()
                .trim_end_matches([',', ' '])
                .to_string();
            DrawnEdge {
                legend: trimmed.starts_with("\"legend "),
                from: from.trim_matches('"').to_string(),
                to: to.trim_matches('"').to_string(),
                look,
                label: attribute(attributes, "label").unwrap_or_default(),
                tooltip: attribute(attributes, "tooltip"),
            }
        })
        .collect()
}

/// The kind or stance a graph edge's label names (`affirms ×2` → `affirms`);
/// an unlabelled edge is a relay.
fn meaning(label: &str) -> &str {
    let words = label.split(" ×").next().unwrap();
    if words.starts_with('×') || words.is_empty() {
        "relays"
    } else {
        words
    }
}

#[test]
fn the_legend_draws_each_edge_as_the_graph_does() {
    for args in [
        &["export", "dot"][..],
        &[
            "export",
            "dot",
            "--around",
            "shushan-stepanyan",
            "--depth",
            "2",
        ],
    ] {
        let dot = ok(args);
        let edges = drawn_edges(&dot);
        // A legend sample runs from a node labelled with what it means.
        let names: std::collections::HashMap<String, String> = dot
            .lines()
            .filter(|l| l.trim_start().starts_with("\"legend ") && !l.contains(" -> "))
            .filter_map(|l| {
                let id = l.trim_start()[1..].split('"').next()?.to_string();
                Some((id, attribute(l, "label")?))
            })
            .collect();
        let legend: std::collections::HashMap<&str, &str> = edges
            .iter()
            .filter(|e| e.legend)
            .map(|e| (names[&e.from].as_str(), e.look.as_str()))
            .collect();
        assert!(legend.contains_key("relays") && legend.contains_key("affirms"));
        let mut relays = 0;
        for edge in edges.iter().filter(|e| !e.legend) {
            let meaning = meaning(&edge.label);
            relays += usize::from(meaning == "relays");
            assert_eq!(
                legend.get(meaning).copied(),
                Some(edge.look.as_str()),
                "{} -> {} ({}) is not drawn as the legend says",
                edge.from,
                edge.to,
                edge.label
            );
        }
        assert!(relays > 0, "{args:?} draws relays");
    }
}

#[test]
fn parallel_edges_of_one_meaning_are_drawn_once_with_a_count_and_their_statements() {
    let dot = ok(&[
        "export",
        "dot",
        "--around",
        "shushan-stepanyan",
        "--depth",
        "2",
    ]);
    let edges: Vec<DrawnEdge> = drawn_edges(&dot)
        .into_iter()
        .filter(|e| !e.legend)
        .collect();
    let mut seen = std::collections::HashSet::new();
    for edge in &edges {
        assert!(
            seen.insert((&edge.from, &edge.to, &edge.look, meaning(&edge.label))),
            "{} -> {} ({}) drawn twice",
            edge.from,
            edge.to,
            edge.label
        );
    }
    let relay = edges
        .iter()
        .find(|e| e.from == "sputnik" && e.to == "seed-001")
        .expect("Sputnik relays to seed-001");
    let tooltip = relay.tooltip.as_deref().expect("the statements are kept");
    let ids: Vec<&str> = tooltip
        .split(['—', ';', ',', ':', ' '])
        .filter(|w| w.starts_with("s001-"))
        .collect();
    assert!(ids.len() > 10, "{tooltip}");
    assert_eq!(relay.label, format!("×{}", ids.len()));
    // Each statement drawn in the graph keeps its id somewhere.
    for n in 1..=21 {
        assert!(dot.contains(&format!("s001-{n:02}")), "s001-{n:02} lost");
    }
    if dot_available() {
        let (success, svg, stderr) = render("svg", &dot);
        assert!(success && stderr.trim().is_empty(), "{stderr}");
        assert!(svg_texts(&svg).contains(&relay.label));
        assert!(
            svg.replace("&#45;", "-").contains("s001-21"),
            "the tooltip reaches the SVG"
        );
    }
}

#[test]
fn no_node_label_repeats_a_line() {
    let dot = ok(&["export", "dot"]);
    let mut labelled = 0;
    for line in dot.lines().filter(|l| !l.contains(" -> ")) {
        let Some(label) = attribute(line, "label") else {
            continue;
        };
        labelled += 1;
        let lines: Vec<&str> = label.split('\n').collect();
        let unique: std::collections::HashSet<&&str> = lines.iter().collect();
        assert_eq!(unique.len(), lines.len(), "{line}");
    }
    assert!(labelled > 50);
    assert!(
        dot.contains("label=\"seed-000\""),
        "the untitled source is its id once"
    );
}

#[test]
fn trace_names_an_untitled_source_once() {
    let trace = ok(&["trace", "iskander-used"]);
    assert!(trace.lines().any(|l| l == "seed-000"));
    assert!(!trace.contains("seed-000\nseed-000"), "{trace}");
}
