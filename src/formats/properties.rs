//! A [`View`] as a property graph: every node and edge with its id, its kind
//! and typed properties, for the formats of graph tools (GraphML, GEXF, the
//! Neo4j import files, the CSV edge table).
//!
//! One table of properties for every such format, so that a node's side or an
//! edge's hop number is worked out once and means the same in each. Nodes and
//! edges keep the view's order, and the columns a fixed order, so the same
//! data gives the same bytes.
//!
//! What the properties say:
//!
//! * nodes: `kind` (actor, outlet, entity, claim, source), `category` (the
//!   record's own kind: `Ministry`, `Agency`, `Weapon`, `Fact`), `label` (the
//!   display name, [`Dataset::name_of`]), `name_<lang>` for each language
//!   (an actor's, outlet's or entity's names; a claim's English `text` and
//!   its `original` wordings; a source's title in the source's language),
//!   and where they apply `role`, `side`, `country`, `state_affiliation`,
//!   `affiliation` (the top of the record's `member_of` / `owner` chain,
//!   [`affiliation::standing`], the record itself when it belongs to nothing),
//!   `language`, `date`, `url`, `author` and `via` (the outlets or actors a
//!   document credits, nearest first, joined by `;`, which no id holds);
//! * edges: `kind` (the [`EdgeKind`] name) and, on `states` and `relays`
//!   edges, the `statement` behind it, its `claim`, `stance`, `hop` (0 on
//!   `states`; on `relays`, 1 for the speaker's own hop and one more per hop
//!   towards the document), `date` and `date_basis` (the statement's own
//!   date, else its document's, [`Dataset::date_of`], and which of the two),
//!   `channel`, `quote`, `translation` and `document` (the source id); on
//!   `contradicts`, `supports` and `same_as` edges the relation's `note` and
//!   `grounds` (statement or source ids, joined by `;`).
//!
//! Edge ids: a `states` edge takes its statement's id; a `relays` edge the
//! statement's id and its hop (`s001-01:2`); any other edge
//! `kind:from:to` (`member_of:spokes:mod`), with `:2`, `:3`… on repeats. Ids
//! never contain `:`, so these cannot collide, and each is a valid XML name
//! token as GraphML wants.

use petgraph::visit::EdgeRef;

use crate::formats::View;
use crate::graph::EdgeKind;
use crate::model::{Dataset, Names, RecordKind, Relation, Statement, affiliation};
use crate::query::timeline::DateFrom;
use crate::text::lang;

/// The type of a property, as each format declares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PropertyType {
    /// Text.
    String,
    /// A whole number.
    Int,
}

/// One property value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Text.
    String(String),
    /// A whole number.
    Int(i64),
}

impl Value {
    /// The value as written in a text format: the string, or the number in
    /// decimal.
    pub fn text(&self) -> String {
        match self {
            Value::String(s) => s.clone(),
            Value::Int(n) => n.to_string(),
        }
    }
}

/// A declared property: its name and type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// The property's name: lower case ASCII letters, digits and `_`.
    pub name: String,
    /// Its type.
    pub ty: PropertyType,
}

/// A node: the record's id and kind, and a value (or none) per node column.
#[derive(Debug, Clone)]
pub struct PropertyNode {
    /// The record's id.
    pub id: String,
    /// Its kind of record.
    pub kind: RecordKind,
    /// One entry per [`PropertyGraph::node_columns`], `None` where the record has no value.
    pub values: Vec<Option<Value>>,
}

/// An edge: its id, ends and kind, and a value (or none) per edge column.
#[derive(Debug, Clone)]
pub struct PropertyEdge {
    /// Unique among the edges (see the module documentation).
    pub id: String,
    /// Id of the node it leaves.
    pub source: String,
    /// Id of the node it enters.
    pub target: String,
    /// What it means.
    pub kind: EdgeKind,
    /// One entry per [`PropertyGraph::edge_columns`], `None` where the edge has no value.
    pub values: Vec<Option<Value>>,
}

/// The view's nodes and edges with their properties.
#[derive(Debug, Clone)]
pub struct PropertyGraph {
    /// The node properties, in a fixed order.
    pub node_columns: Vec<Column>,
    /// The edge properties, in a fixed order.
    pub edge_columns: Vec<Column>,
    /// The nodes, in the view's order.
    pub nodes: Vec<PropertyNode>,
    /// The edges, in the view's order.
    pub edges: Vec<PropertyEdge>,
}

impl PropertyGraph {
    /// The value of column `name` on `node`, if it has one.
    pub fn node_value<'g>(&self, node: &'g PropertyNode, name: &str) -> Option<&'g Value> {
        let at = self.node_columns.iter().position(|c| c.name == name)?;
        node.values[at].as_ref()
    }

    /// The value of column `name` on `edge`, if it has one.
    pub fn edge_value<'g>(&self, edge: &'g PropertyEdge, name: &str) -> Option<&'g Value> {
        let at = self.edge_columns.iter().position(|c| c.name == name)?;
        edge.values[at].as_ref()
    }
}

/// The node properties before the names, and those after them.
const NODE_HEAD: [&str; 3] = ["kind", "category", "label"];
const NODE_TAIL: [&str; 10] = [
    "role",
    "side",
    "country",
    "state_affiliation",
    "affiliation",
    "language",
    "date",
    "url",
    "author",
    "via",
];

/// The edge properties, in order; `hop` is the one number.
pub const EDGE_COLUMNS: [&str; 13] = [
    "kind",
    "statement",
    "claim",
    "stance",
    "hop",
    "date",
    "date_basis",
    "channel",
    "quote",
    "translation",
    "document",
    "note",
    "grounds",
];

/// The column a name in language `tag` goes to: `name_` and the tag, lower
/// case, with `-` made `_` (`name_ar`, `name_zh_hant`).
pub fn name_column(tag: &str) -> String {
    format!("name_{}", tag.to_ascii_lowercase().replace('-', "_"))
}

/// The names of a record by language: an actor's, outlet's or entity's
/// names, a claim's text (in English) and original wordings, a source's
/// title in its language.
fn names_of(data: &Dataset, kind: RecordKind, id: &str) -> Vec<(String, String)> {
    let pairs = |names: &Names| -> Vec<(String, String)> {
        names
            .iter()
            .map(|(tag, name)| (tag.clone(), name.clone()))
            .collect()
    };
    match kind {
        RecordKind::Actor => pairs(&data.actors[id].names),
        RecordKind::Outlet => pairs(&data.outlets[id].names),
        RecordKind::Entity => pairs(&data.entities[id].names),
        RecordKind::Claim => {
            let claim = &data.claims[id];
            let mut names = vec![(lang::CANONICAL.to_string(), claim.text.clone())];
            names.extend(
                pairs(&claim.original)
                    .into_iter()
                    .filter(|(tag, _)| tag != lang::CANONICAL),
            );
            names
        }
        RecordKind::Source => {
            let source = &data.sources[id];
            source
                .title
                .iter()
                .map(|title| (source.language.clone(), title.clone()))
                .collect()
        }
        RecordKind::Statement => Vec::new(),
    }
}

/// The named properties of a node other than its names.
fn node_properties(data: &Dataset, kind: RecordKind, id: &str) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = vec![("kind", kind.name().to_string())];
    let mut put = |name: &'static str, value: Option<String>| {
        if let Some(value) = value {
            out.push((name, value));
        }
    };
    put("label", Some(data.name_of(id)));
    match kind {
        RecordKind::Actor => {
            let actor = &data.actors[id];
            put("category", Some(actor.kind.name().to_string()));
            put("role", actor.role.clone());
            put("side", actor.side.clone());
            put("country", actor.country.clone());
            put(
                "affiliation",
                Some(affiliation::standing(data, id).root(id).to_string()),
            );
        }
        RecordKind::Outlet => {
            let outlet = &data.outlets[id];
            put("category", Some(outlet.kind.name().to_string()));
            put("country", outlet.country.clone());
            put("state_affiliation", outlet.state_affiliation.clone());
            put(
                "affiliation",
                Some(affiliation::standing(data, id).root(id).to_string()),
            );
            put("url", outlet.url.clone());
        }
        RecordKind::Entity => {
            put("category", Some(data.entities[id].kind.name().to_string()));
        }
        RecordKind::Claim => {
            let claim = &data.claims[id];
            put("category", Some(claim.kind.name().to_string()));
        }
        RecordKind::Source => {
            let source = &data.sources[id];
            put("language", Some(source.language.clone()));
            put("date", source.date.map(|d| d.to_string()));
            put("url", source.url.clone());
            put("author", source.author.clone());
            put(
                "via",
                (!source.via.is_empty()).then(|| source.via.join(";")),
            );
        }
        RecordKind::Statement => {}
    }
    out
}

/// Where a `relays` edge `from → to` sits in the statement's chain: 1 for
/// the speaker's hop, one more per hop towards the document. The chain has
/// no repeats (`check` reports a `relay-loop`), so the hop is unique.
fn hop_of(statement: &Statement, from: &str, to: &str) -> Option<i64> {
    crate::graph::chain(statement)
        .windows(2)
        .position(|hop| hop[0] == from && hop[1] == to)
        .map(|at| at as i64 + 1)
}

/// The properties of a `states` or `relays` edge of `statement`.
fn statement_properties(
    data: &Dataset,
    statement: &Statement,
    hop: i64,
) -> Vec<(&'static str, Value)> {
    let text = |s: &str| Value::String(s.to_string());
    let mut out = vec![
        ("statement", text(&statement.id)),
        ("claim", text(&statement.claim)),
        ("stance", text(statement.stance.name())),
        ("hop", Value::Int(hop)),
    ];
    if let (Some(date), Some(basis)) = (data.date_of(statement), DateFrom::of(data, statement)) {
        out.push(("date", Value::String(date.to_string())));
        out.push(("date_basis", text(basis.name())));
    }
    if let Some(channel) = &statement.channel {
        out.push(("channel", text(channel.name())));
    }
    out.push(("quote", text(&statement.quote)));
    if let Some(translation) = &statement.translation {
        out.push(("translation", text(translation)));
    }
    out.push(("document", text(&statement.source)));
    out
}

/// The view as a property graph.
///
/// Complexity: O(nodes + edges × chain length).
pub fn of(view: &View<'_>) -> PropertyGraph {
    let data = view.data;
    let g = view.graph.inner();

    let mut raw_nodes = Vec::new();
    let mut languages: Vec<String> = Vec::new();
    for &index in &view.nodes {
        let node = &g[index];
        let names = names_of(data, node.kind, &node.id);
        for (tag, _) in &names {
            // Tags differing only in case share a column.
            if !languages.iter().any(|l| name_column(l) == name_column(tag)) {
                languages.push(tag.clone());
            }
        }
        raw_nodes.push((node, names, node_properties(data, node.kind, &node.id)));
    }
    // English first, then the other languages in alphabetical order.
    languages.sort_by(|a, b| {
        (a != lang::CANONICAL, a.as_str()).cmp(&(b != lang::CANONICAL, b.as_str()))
    });
    let string = |name: &str| Column {
        name: name.to_string(),
        ty: PropertyType::String,
    };
    let mut node_columns: Vec<Column> = NODE_HEAD.iter().map(|n| string(n)).collect();
    node_columns.extend(languages.iter().map(|tag| string(&name_column(tag))));
    node_columns.extend(NODE_TAIL.iter().map(|n| string(n)));
    let nodes = raw_nodes
        .into_iter()
        .map(|(node, names, properties)| {
            let mut values: Vec<Option<Value>> = vec![None; node_columns.len()];
            let mut set = |name: &str, value: String| {
                if let Some(at) = node_columns.iter().position(|c| c.name == name) {
                    values[at] = Some(Value::String(value));
                }
            };
            for (name, value) in properties {
                set(name, value);
            }
            for (tag, name) in names {
                set(&name_column(&tag), name);
            }
            PropertyNode {
                id: node.id.clone(),
                kind: node.kind,
                values,
            }
        })
        .collect();

    let edge_columns: Vec<Column> = EDGE_COLUMNS
        .iter()
        .map(|&name| Column {
            name: name.to_string(),
            ty: if name == "hop" {
                PropertyType::Int
            } else {
                PropertyType::String
            },
        })
        .collect();
    let mut edges = Vec::new();
    for &index in &view.edges {
        let Some((from, to)) = g.edge_endpoints(index) else {
            continue;
        };
        let edge = &g[index];
        let (source, target) = (&g[from].id, &g[to].id);
        let mut values: Vec<Option<Value>> = vec![None; edge_columns.len()];
        values[0] = Some(Value::String(edge.kind.name().to_string()));
        let statement = edge.statement.as_ref().and_then(|s| data.statements.get(s));
        let id = match (statement, edge.kind) {
            (Some(statement), EdgeKind::States) => {
                fill(
                    &edge_columns,
                    &mut values,
                    statement_properties(data, statement, 0),
                );
                statement.id.clone()
            }
            (Some(statement), _) => {
                let hop = hop_of(statement, source, target).unwrap_or(0);
                fill(
                    &edge_columns,
                    &mut values,
                    statement_properties(data, statement, hop),
                );
                format!("{}:{hop}", statement.id)
            }
            (None, kind) => {
                // Which of the graph's edges of this kind between these two
                // nodes it is, counted in the whole graph, so that a view
                // gives an edge the same id as the whole graph does.
                let nth = 1 + g
                    .edges_connecting(from, to)
                    .filter(|e| e.weight().kind == kind && e.id() < index)
                    .count();
                if let Some(relation) = relation(data, kind, source, target, nth) {
                    let mut properties = Vec::new();
                    if let Some(note) = &relation.note {
                        properties.push(("note", Value::String(note.clone())));
                    }
                    if !relation.grounds.is_empty() {
                        properties.push(("grounds", Value::String(relation.grounds.join(";"))));
                    }
                    fill(&edge_columns, &mut values, properties);
                }
                let base = format!("{}:{source}:{target}", kind.name());
                if nth == 1 {
                    base
                } else {
                    format!("{base}:{nth}")
                }
            }
        };
        edges.push(PropertyEdge {
            id,
            source: source.clone(),
            target: target.clone(),
            kind: edge.kind,
            values,
        });
    }
    PropertyGraph {
        node_columns,
        edge_columns,
        nodes,
        edges,
    }
}

/// The `nth` (from 1) relation of `kind` from `from` to `to`, in data order:
/// the graph adds one edge per relation, in that order.
fn relation<'d>(
    data: &'d Dataset,
    kind: EdgeKind,
    from: &str,
    to: &str,
    nth: usize,
) -> Option<&'d Relation> {
    data.relations
        .iter()
        .filter(|r| r.from == from && r.to == to && EdgeKind::of_relation(r.kind) == kind)
        .nth(nth - 1)
}

fn fill(columns: &[Column], values: &mut [Option<Value>], properties: Vec<(&str, Value)>) {
    for (name, value) in properties {
        if let Some(at) = columns.iter().position(|c| c.name == name) {
            values[at] = Some(value);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::workspace::Workspace;

    fn bundled() -> Workspace {
        Workspace::open(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"))
    }

    #[test]
    fn every_edge_has_a_unique_id_and_statements_keep_theirs() {
        let ws = bundled();
        let graph = of(&View::all(&ws.data, &ws.graph));
        let mut ids: Vec<&str> = graph.edges.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids.len(), ws.graph.inner().edge_count());
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), graph.edges.len(), "edge ids are unique");
        for s in ws.data.statements.values() {
            assert!(
                graph
                    .edges
                    .iter()
                    .any(|e| e.id == s.id && e.kind == EdgeKind::States),
                "{} is a states edge id",
                s.id
            );
        }
    }

    #[test]
    fn hops_count_from_the_speaker_towards_the_document() {
        let ws = bundled();
        let graph = of(&View::all(&ws.data, &ws.graph));
        let s = ws
            .data
            .statements
            .values()
            .find(|s| s.relay.len() >= 2)
            .expect("a statement with two relays");
        let mut hops: Vec<(i64, &str, &str)> = graph
            .edges
            .iter()
            .filter(|e| e.kind == EdgeKind::Relays)
            .filter(|e| graph.edge_value(e, "statement") == Some(&Value::String(s.id.clone())))
            .map(|e| match graph.edge_value(e, "hop") {
                Some(Value::Int(n)) => (*n, e.source.as_str(), e.target.as_str()),
                other => panic!("hop {other:?}"),
            })
            .collect();
        hops.sort();
        assert_eq!(hops.len(), s.relay.len() + 1);
        assert_eq!(hops[0].1, s.speaker.id, "hop 1 leaves the speaker");
        assert_eq!(
            hops.last().unwrap().2,
            s.source,
            "the last hop reaches the document"
        );
        assert_eq!(
            hops.last().unwrap().1,
            s.relay[0].id,
            "from the nearest relay"
        );
    }
}
