//! `report`: the fact-check brief a desk publishes on one claim, in Markdown
//! or as a standalone HTML page.
//!
//! [`sections::brief`] gathers what the data says (the claim, the review's
//! verdict and evidence, origins and echoes, contradictions, the attribution
//! tree, the chain graph) into a [`document::Document`]; [`markdown`] and
//! [`html`] print it, each escaping the data for its own format.

pub mod chain_graph;
pub mod document;
pub mod html;
pub mod markdown;
pub mod sections;
pub mod verdict;

pub use chain_graph::GraphMode;

use crate::error::CommandError;
use crate::formats::View;
use crate::present::view::Scope;
use crate::workspace::Workspace;

/// Formats of the fact-check brief.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum ReportFormat {
    /// Markdown, with the chain graph as a DOT block or inline SVG.
    Markdown,
    /// A standalone HTML page with the chain graph as inline SVG.
    Html,
}

/// The brief on `claim` (a claim id) in `format`, with the chain graph drawn
/// as `graph` asks.
pub fn report(
    ws: &Workspace,
    claim: &str,
    format: ReportFormat,
    graph: GraphMode,
) -> Result<String, CommandError> {
    report_with(ws, claim, format, graph, false)
}

/// [`report`]; in HTML with `interactive`, the chain view of `view
/// --claim` embedded above the static graph, which stays for print.
pub fn report_with(
    ws: &Workspace,
    claim: &str,
    format: ReportFormat,
    graph: GraphMode,
    interactive: bool,
) -> Result<String, CommandError> {
    let graph = chain_graph::chain_graph(&ws.data, &ws.graph, claim, graph)?;
    let doc = sections::brief(&ws.data, claim, graph);
    Ok(match format {
        ReportFormat::Markdown => markdown::render(&doc),
        ReportFormat::Html if interactive => {
            let view = View::claim(&ws.data, &ws.graph, claim);
            let embedded = crate::present::view::embedded(&view, &Scope::Claim(claim.into()));
            html::render_with(&doc, Some(&embedded))
        }
        ReportFormat::Html => html::render(&doc),
    })
}
