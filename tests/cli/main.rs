//! The integration tests: one binary, one harness (`support`). Each module
//! covers one part of the command line, run as a user runs it.
//!
//! Snapshots are transcripts of runs (exit status and both streams, the
//! command line in the header) in `tests/cli/snapshots/`; review changes
//! with `cargo insta review`, or write them with `INSTA_UPDATE=always`.

mod support;

mod answers;
mod appears;
mod cache;
mod check;
mod claimreview;
mod conventions;
mod corpus;
mod export_json;
mod folding;
mod fuzz_regressions;
mod graph_exports;
mod graphviz;
mod hostile;
mod import_csv;
mod import_shapes;
mod layers;
mod output_errors;
mod partial;
mod queries;
mod rdf;
mod readme;
mod repeats;
mod report;
mod review;
mod schemas;
mod similar;
mod statements;
mod timeline;
mod view;

/// The library items tests reach into, in one place to repoint when `src/`
/// moves: modules use them as `crate::library::…`.
mod library {
    pub(crate) use claimgraph::diagnostic::printable;
    pub(crate) use claimgraph::edit::atomic;
    pub(crate) use claimgraph::formats::dot::escape as dot_escape;
}
