//! `export csv` without `--neo4j`: one table of the view's edges on standard
//! output, for a spreadsheet or `pandas.read_csv`.
//!
//! One row per edge, in the view's order: `id`, `source`, `target`, then
//! every edge property of [`properties`] (`kind`, `statement`, `claim`,
//! `stance`, `hop`, …), empty where the edge has none. The nodes' properties
//! are not in it: `export csv --neo4j --dir DIR` writes nodes and
//! relationships as files ([`crate::formats::neo4j`]).

use std::io::{self, Write};

use crate::formats::properties::{self, Value};
use crate::formats::{Exporter, View};

/// The edge-table exporter.
pub struct EdgeTable;

impl Exporter for EdgeTable {
    fn write(&self, view: &View<'_>, out: &mut dyn Write) -> io::Result<()> {
        let graph = properties::of(view);
        let mut w = csv::WriterBuilder::new()
            .quote_style(csv::QuoteStyle::Necessary)
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(out);
        let mut header = vec!["id".to_string(), "source".into(), "target".into()];
        header.extend(graph.edge_columns.iter().map(|c| c.name.clone()));
        w.write_record(&header)?;
        for edge in &graph.edges {
            let mut row = vec![edge.id.clone(), edge.source.clone(), edge.target.clone()];
            row.extend(
                edge.values
                    .iter()
                    .map(|v| v.as_ref().map(Value::text).unwrap_or_default()),
            );
            w.write_record(&row)?;
        }
        w.flush()
    }
}
