//! GraphML, as networkx, igraph, yEd, Cytoscape and Gephi read it.
//!
//! One `<key>` per property of [`properties`], declared with its name and
//! type (`for="node"` or `for="edge"`, `attr.type` `string` or `int`), then
//! one directed `<graph>` with a `<node>` per record and an `<edge>` per
//! graph edge: parallel statements stay distinct edges, each with its own id
//! (the statement's id on `states` edges). A value the record lacks is left
//! out rather than written empty. Every string goes through
//! [`xml::escape`].

use std::io::{self, Write};

use crate::formats::properties::{self, Column, PropertyType, Value};
use crate::formats::xml;
use crate::formats::{Exporter, View};

/// The GraphML exporter.
pub struct GraphMl;

const NAMESPACE: &str = "http://graphml.graphdrawing.org/xmlns";
const SCHEMA_LOCATION: &str =
    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

fn type_name(ty: PropertyType) -> &'static str {
    match ty {
        PropertyType::String => "string",
        PropertyType::Int => "int",
    }
}

/// The key id of a node or edge property: `n_kind`, `e_stance`.
fn key_id(prefix: &str, column: &Column) -> String {
    format!("{prefix}_{}", column.name)
}

fn write_data(
    w: &mut quick_xml::Writer<&mut dyn Write>,
    prefix: &str,
    columns: &[Column],
    values: &[Option<Value>],
) -> io::Result<()> {
    for (column, value) in columns.iter().zip(values) {
        if let Some(value) = value {
            let key = key_id(prefix, column);
            xml::text_element(w, "data", &[("key", &key)], &value.text())?;
        }
    }
    Ok(())
}

impl Exporter for GraphMl {
    fn write(&self, view: &View<'_>, out: &mut dyn Write) -> io::Result<()> {
        let graph = properties::of(view);
        {
            let mut w = xml::writer(out);
            xml::declaration(&mut w)?;
            xml::open(
                &mut w,
                "graphml",
                &[
                    ("xmlns", NAMESPACE),
                    ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                    ("xsi:schemaLocation", SCHEMA_LOCATION),
                ],
            )?;
            for (prefix, class, columns) in [
                ("n", "node", &graph.node_columns),
                ("e", "edge", &graph.edge_columns),
            ] {
                for column in columns {
                    xml::empty(
                        &mut w,
                        "key",
                        &[
                            ("id", &key_id(prefix, column)),
                            ("for", class),
                            ("attr.name", &column.name),
                            ("attr.type", type_name(column.ty)),
                        ],
                    )?;
                }
            }
            xml::open(
                &mut w,
                "graph",
                &[("id", "claimgraph"), ("edgedefault", "directed")],
            )?;
            for node in &graph.nodes {
                xml::open(&mut w, "node", &[("id", &node.id)])?;
                write_data(&mut w, "n", &graph.node_columns, &node.values)?;
                xml::close(&mut w, "node")?;
            }
            for edge in &graph.edges {
                xml::open(
                    &mut w,
                    "edge",
                    &[
                        ("id", &edge.id),
                        ("source", &edge.source),
                        ("target", &edge.target),
                    ],
                )?;
                write_data(&mut w, "e", &graph.edge_columns, &edge.values)?;
                xml::close(&mut w, "edge")?;
            }
            xml::close(&mut w, "graph")?;
            xml::close(&mut w, "graphml")?;
        }
        writeln!(out)
    }
}
