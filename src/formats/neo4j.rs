//! The CSV files `neo4j-admin database import` reads: one per node label and
//! one per relationship type, from the property graph of [`properties`].
//!
//! Layout (see `docs/neo4j.md` for the import command and Cypher over it):
//!
//! * `nodes-Actor.csv`, `nodes-Outlet.csv`, `nodes-Entity.csv`,
//!   `nodes-Claim.csv`, `nodes-Source.csv`: header `id:ID(Record)`,
//!   `:LABEL`, then `name:type` for each property some node of the label has
//!   (`kind:string`, `name_ar:string`, `affiliation:string`…);
//! * `relationships-STATES.csv`, `relationships-RELAYS.csv`, … one per
//!   [`EdgeKind`], its name in upper case: header `:START_ID(Record)`,
//!   `:END_ID(Record)`, `:TYPE`, `id:string`, then the properties some
//!   relationship of the type has (`hop:int`, `stance:string`, `quote:string`…).
//!
//! Every record id lives in one namespace (`check` registers them so), so one
//! ID space, `Record`, serves every file and a relationship may join any two
//! labels. Every file is written, header only when the view has no row for
//! it, so the import command is the same for any view. Dates are partial
//! (`2020`, `2020-10`, `2020-10-03`) and stay `string`: Neo4j's `date` would
//! turn `2020-10` into the first of October. An empty cell is a missing
//! property, never an empty string. Values are quoted when they must be,
//! quotes doubled; a value may hold line breaks, which the import reads with
//! `--multiline-fields=true`.

use crate::formats::View;
use crate::formats::properties::{self, Column, PropertyGraph, PropertyType, Value};
use crate::graph::EdgeKind;
use crate::model::RecordKind;

/// The one ID space of every file.
pub const ID_SPACE: &str = "Record";

/// The node labels, one file each, in this order.
pub const LABELS: [RecordKind; 5] = [
    RecordKind::Actor,
    RecordKind::Outlet,
    RecordKind::Entity,
    RecordKind::Claim,
    RecordKind::Source,
];

/// One file to write: its name in the target folder and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportFile {
    /// File name, without a folder: `nodes-Actor.csv`.
    pub name: String,
    /// The CSV text.
    pub bytes: Vec<u8>,
}

/// The label of a record kind: `Actor`, `Outlet`, `Entity`, `Claim`, `Source`.
pub fn label(kind: RecordKind) -> String {
    let name = kind.name();
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// The relationship type of an edge kind: `STATES`, `MEMBER_OF`, `SAME_AS`.
pub fn relationship_type(kind: EdgeKind) -> String {
    kind.name().to_ascii_uppercase()
}

/// The file names, in the order [`files`] gives them.
pub fn file_names() -> Vec<String> {
    LABELS
        .iter()
        .map(|&kind| format!("nodes-{}.csv", label(kind)))
        .chain(
            EdgeKind::ALL
                .iter()
                .map(|&kind| format!("relationships-{}.csv", relationship_type(kind))),
        )
        .collect()
}

fn type_name(ty: PropertyType) -> &'static str {
    match ty {
        PropertyType::String => "string",
        PropertyType::Int => "int",
    }
}

/// The columns that hold a value in at least one of `rows`, in column order.
fn used<'c>(columns: &'c [Column], rows: &[&[Option<Value>]]) -> Vec<(usize, &'c Column)> {
    columns
        .iter()
        .enumerate()
        .filter(|(at, _)| rows.iter().any(|values| values[*at].is_some()))
        .collect()
}

fn csv_text(header: Vec<String>, rows: Vec<Vec<String>>) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Necessary)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    // Writing to memory cannot fail, and every row has the header's length.
    w.write_record(&header).expect("CSV in memory");
    for row in rows {
        w.write_record(&row).expect("CSV in memory");
    }
    w.into_inner().expect("CSV in memory")
}

fn cells(values: &[Option<Value>], columns: &[(usize, &Column)]) -> Vec<String> {
    columns
        .iter()
        .map(|(at, _)| values[*at].as_ref().map(Value::text).unwrap_or_default())
        .collect()
}

fn node_file(graph: &PropertyGraph, kind: RecordKind) -> ImportFile {
    let nodes: Vec<_> = graph.nodes.iter().filter(|n| n.kind == kind).collect();
    let rows: Vec<&[Option<Value>]> = nodes.iter().map(|n| n.values.as_slice()).collect();
    let columns = used(&graph.node_columns, &rows);
    let mut header = vec![format!("id:ID({ID_SPACE})"), ":LABEL".to_string()];
    header.extend(
        columns
            .iter()
            .map(|(_, c)| format!("{}:{}", c.name, type_name(c.ty))),
    );
    let rows = nodes
        .iter()
        .map(|node| {
            let mut row = vec![node.id.clone(), label(kind)];
            row.extend(cells(&node.values, &columns));
            row
        })
        .collect();
    ImportFile {
        name: format!("nodes-{}.csv", label(kind)),
        bytes: csv_text(header, rows),
    }
}

fn relationship_file(graph: &PropertyGraph, kind: EdgeKind) -> ImportFile {
    let edges: Vec<_> = graph.edges.iter().filter(|e| e.kind == kind).collect();
    let rows: Vec<&[Option<Value>]> = edges.iter().map(|e| e.values.as_slice()).collect();
    // `kind` is the relationship's type already.
    let columns: Vec<(usize, &Column)> = used(&graph.edge_columns, &rows)
        .into_iter()
        .filter(|(_, c)| c.name != "kind")
        .collect();
    let mut header = vec![
        format!(":START_ID({ID_SPACE})"),
        format!(":END_ID({ID_SPACE})"),
        ":TYPE".to_string(),
        "id:string".to_string(),
    ];
    header.extend(
        columns
            .iter()
            .map(|(_, c)| format!("{}:{}", c.name, type_name(c.ty))),
    );
    let rows = edges
        .iter()
        .map(|edge| {
            let mut row = vec![
                edge.source.clone(),
                edge.target.clone(),
                relationship_type(kind),
                edge.id.clone(),
            ];
            row.extend(cells(&edge.values, &columns));
            row
        })
        .collect();
    ImportFile {
        name: format!("relationships-{}.csv", relationship_type(kind)),
        bytes: csv_text(header, rows),
    }
}

/// Every import file of the view, in the order of [`file_names`].
///
/// Complexity: O((nodes + edges) × properties).
pub fn files(view: &View<'_>) -> Vec<ImportFile> {
    let graph = properties::of(view);
    LABELS
        .iter()
        .map(|&kind| node_file(&graph, kind))
        .chain(
            EdgeKind::ALL
                .iter()
                .map(|&kind| relationship_file(&graph, kind)),
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_types_are_spelled_as_neo4j_writes_them() {
        assert_eq!(label(RecordKind::Actor), "Actor");
        assert_eq!(relationship_type(EdgeKind::MemberOf), "MEMBER_OF");
        assert_eq!(file_names().len(), LABELS.len() + EdgeKind::ALL.len());
    }

    #[test]
    fn quotes_are_doubled_and_line_breaks_kept_inside_quotes() {
        let text = csv_text(
            vec!["a:string".into()],
            vec![vec!["say \"x\"\nand \\ go".into()]],
        );
        assert_eq!(
            String::from_utf8(text).unwrap(),
            "a:string\n\"say \"\"x\"\"\nand \\ go\"\n"
        );
    }
}
