//! GEXF 1.3, Gephi's own format (networkx reads it too).
//!
//! A static, directed graph whose properties ([`properties`]) are declared in
//! `<attributes class="node">` and `<attributes class="edge">` (types
//! `string` and `integer`) and given per node and edge as `<attvalue>`s; a
//! value the record lacks is left out. A node's display name is its `label`
//! (and so not repeated as an attribute); an edge's kind is both its `label`
//! and its `kind`, which Gephi uses to tell the kinds of parallel edges apart.
//! Parallel statements stay distinct edges, each with its own id (the
//! statement's id on `states` edges). The file carries no date of its own, so
//! the same data gives the same bytes. Every string goes through
//! [`xml::escape`].

use std::io::{self, Write};

use crate::formats::properties::{self, Column, PropertyType, Value};
use crate::formats::xml;
use crate::formats::{Exporter, View};

/// The GEXF 1.3 exporter.
pub struct Gexf;

const NAMESPACE: &str = "http://gexf.net/1.3";
const SCHEMA_LOCATION: &str = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd";

fn type_name(ty: PropertyType) -> &'static str {
    match ty {
        PropertyType::String => "string",
        PropertyType::Int => "integer",
    }
}

/// The attribute id of a node or edge property: `n_kind`, `e_stance`.
fn attribute_id(prefix: &str, column: &Column) -> String {
    format!("{prefix}_{}", column.name)
}

/// Node properties written as attributes: all but `label`, which is the
/// node's own `label`.
fn is_attribute(column: &Column) -> bool {
    column.name != "label"
}

fn write_attvalues(
    w: &mut quick_xml::Writer<&mut dyn Write>,
    prefix: &str,
    columns: &[Column],
    values: &[Option<Value>],
) -> io::Result<()> {
    let present: Vec<(&Column, &Value)> = columns
        .iter()
        .zip(values)
        .filter(|(column, _)| is_attribute(column))
        .filter_map(|(column, value)| value.as_ref().map(|v| (column, v)))
        .collect();
    if present.is_empty() {
        return Ok(());
    }
    xml::open(w, "attvalues", &[])?;
    for (column, value) in present {
        let id = attribute_id(prefix, column);
        xml::empty(w, "attvalue", &[("for", &id), ("value", &value.text())])?;
    }
    xml::close(w, "attvalues")
}

impl Exporter for Gexf {
    fn write(&self, view: &View<'_>, out: &mut dyn Write) -> io::Result<()> {
        let graph = properties::of(view);
        {
            let mut w = xml::writer(out);
            xml::declaration(&mut w)?;
            xml::open(
                &mut w,
                "gexf",
                &[
                    ("xmlns", NAMESPACE),
                    ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                    ("xsi:schemaLocation", SCHEMA_LOCATION),
                    ("version", "1.3"),
                ],
            )?;
            xml::open(&mut w, "meta", &[])?;
            xml::text_element(&mut w, "creator", &[], "claimgraph")?;
            xml::text_element(
                &mut w,
                "description",
                &[],
                "Who said what: speakers state claims, relays carry statements to documents",
            )?;
            xml::close(&mut w, "meta")?;
            xml::open(
                &mut w,
                "graph",
                &[
                    ("mode", "static"),
                    ("defaultedgetype", "directed"),
                    ("idtype", "string"),
                ],
            )?;
            for (prefix, class, columns) in [
                ("n", "node", &graph.node_columns),
                ("e", "edge", &graph.edge_columns),
            ] {
                xml::open(
                    &mut w,
                    "attributes",
                    &[("class", class), ("mode", "static")],
                )?;
                for column in columns.iter().filter(|c| is_attribute(c)) {
                    xml::empty(
                        &mut w,
                        "attribute",
                        &[
                            ("id", &attribute_id(prefix, column)),
                            ("title", &column.name),
                            ("type", type_name(column.ty)),
                        ],
                    )?;
                }
                xml::close(&mut w, "attributes")?;
            }
            let count = graph.nodes.len().to_string();
            xml::open(&mut w, "nodes", &[("count", &count)])?;
            for node in &graph.nodes {
                let label = match graph.node_value(node, "label") {
                    Some(label) => label.text(),
                    None => node.id.clone(),
                };
                xml::open(&mut w, "node", &[("id", &node.id), ("label", &label)])?;
                write_attvalues(&mut w, "n", &graph.node_columns, &node.values)?;
                xml::close(&mut w, "node")?;
            }
            xml::close(&mut w, "nodes")?;
            let count = graph.edges.len().to_string();
            xml::open(&mut w, "edges", &[("count", &count)])?;
            for edge in &graph.edges {
                let kind = edge.kind.name();
                xml::open(
                    &mut w,
                    "edge",
                    &[
                        ("id", &edge.id),
                        ("source", &edge.source),
                        ("target", &edge.target),
                        ("label", kind),
                        ("kind", kind),
                    ],
                )?;
                write_attvalues(&mut w, "e", &graph.edge_columns, &edge.values)?;
                xml::close(&mut w, "edge")?;
            }
            xml::close(&mut w, "edges")?;
            xml::close(&mut w, "graph")?;
            xml::close(&mut w, "gexf")?;
        }
        writeln!(out)
    }
}
