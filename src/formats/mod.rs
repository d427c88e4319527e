//! Writing the graph, or a part of it, in formats other tools read.
//!
//! Each format is one file implementing [`Exporter`]; [`View`] picks the part
//! of the graph to write, so every format exports the same selection.

pub mod claimreview;
pub mod csv;
pub mod dot;
pub mod edge_table;
pub mod gexf;
pub mod graphml;
pub mod incoming;
pub mod json;
pub mod neo4j;
pub mod properties;
pub mod rdf;
pub mod xml;

use std::io::{self, Write};

pub use crate::graph::view::View;

/// The formats `export` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Format {
    /// Graphviz DOT
    Dot,
    /// schema.org ClaimReview JSON-LD, one per reviewed claim in the view
    #[cfg_attr(feature = "cli", value(name = "claimreview"))]
    ClaimReview,
    /// RDF Turtle: PROV-O attribution, schema.org claims, outlets and reviews
    Turtle,
    /// RDF N-Triples: the Turtle's triples, one a line, for bulk loading
    #[cfg_attr(feature = "cli", value(name = "ntriples"))]
    NTriples,
    /// GraphML, with typed node and edge attributes
    #[cfg_attr(feature = "cli", value(name = "graphml"))]
    GraphMl,
    /// GEXF 1.3 (Gephi), with typed node and edge attributes
    Gexf,
    /// CSV: one edge table on stdout, or with --neo4j the Neo4j import files
    Csv,
    /// The graph as JSON under a published schema (`docs/schema/graph.schema.json`)
    Json,
}

impl Format {
    /// Every format, in declaration order (the `match` in
    /// [`Format::exporter`] makes a new variant a compile error until it is
    /// handled; add it here too).
    pub const ALL: [Format; 8] = [
        Format::Dot,
        Format::ClaimReview,
        Format::Turtle,
        Format::NTriples,
        Format::GraphMl,
        Format::Gexf,
        Format::Csv,
        Format::Json,
    ];

    /// The exporter that writes this format.
    pub fn exporter(self) -> Box<dyn Exporter> {
        match self {
            Format::Dot => Box::new(dot::Dot),
            Format::ClaimReview => Box::new(claimreview::write::ClaimReviewLd),
            Format::Json => Box::new(json::Json),
            Format::GraphMl => Box::new(graphml::GraphMl),
            Format::Gexf => Box::new(gexf::Gexf),
            Format::Csv => Box::new(edge_table::EdgeTable),
            Format::Turtle | Format::NTriples => Box::new(rdf::Rdf {
                syntax: self.rdf_syntax().expect("an RDF format"),
                base: None,
            }),
        }
    }
}

impl Format {
    /// The RDF syntax of this format; `None` for the formats that are not RDF.
    pub fn rdf_syntax(self) -> Option<rdf::Syntax> {
        match self {
            Format::Turtle => Some(rdf::Syntax::Turtle),
            Format::NTriples => Some(rdf::Syntax::NTriples),
            _ => None,
        }
    }
}

/// A way of writing a [`View`].
pub trait Exporter {
    /// Writes `view` to `out` in this format.
    fn write(&self, view: &View<'_>, out: &mut dyn Write) -> io::Result<()>;
}
