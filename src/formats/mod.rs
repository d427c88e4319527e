//! Writing the graph, or a part of it, in formats other tools read.
//!
//! Each format is one file implementing [`Exporter`]; [`View`] picks the part
//! of the graph to write, so every format exports the same selection.

pub mod claimreview;
pub mod csv;
pub mod dot;
pub mod incoming;
pub mod json;

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
    /// The graph as JSON under a published schema (`docs/schema/graph.schema.json`)
    Json,
}

impl Format {
    /// The exporter that writes this format.
    pub fn exporter(self) -> Box<dyn Exporter> {
        match self {
            Format::Dot => Box::new(dot::Dot),
            Format::ClaimReview => Box::new(claimreview::write::ClaimReviewLd),
            Format::Json => Box::new(json::Json),
        }
    }
}

/// A way of writing a [`View`].
pub trait Exporter {
    /// Writes `view` to `out` in this format.
    fn write(&self, view: &View<'_>, out: &mut dyn Write) -> io::Result<()>;
}
