//! `report`: the fact-check brief a desk publishes on one claim, in Markdown
//! or as a standalone HTML page.
//!
//! [`brief::brief`] gathers what the data says (the claim, the review's
//! verdict and evidence, origins and echoes, contradictions, the attribution
//! tree, the chain graph) into a [`document::Document`]; [`markdown`] and
//! [`html`] print it, each escaping the data for its own format.

pub mod brief;
pub mod chain_graph;
pub mod document;
pub mod html;
pub mod markdown;
pub mod verdict;

pub use chain_graph::GraphMode;

use crate::cli::ReportFormat;
use crate::error::CommandError;
use crate::workspace::Workspace;

/// The brief on `claim` (a claim id) in `format`, with the chain graph drawn
/// as `graph` asks.
pub fn report(
    ws: &Workspace,
    claim: &str,
    format: ReportFormat,
    graph: GraphMode,
) -> Result<String, CommandError> {
    let graph = chain_graph::chain_graph(ws, claim, graph)?;
    let doc = brief::brief(&ws.data, claim, graph);
    Ok(match format {
        ReportFormat::Markdown => markdown::render(&doc),
        ReportFormat::Html => html::render(&doc),
    })
}
