//! claimgraph: trace who said what.
//!
//! Hand-annotated RON records ([`raw`]) are read ([`load`]), checked and
//! resolved ([`analyzer`] → [`model`]), built into a petgraph graph
//! ([`graph`]), and questioned ([`query`], [`export`]). [`run()`] is the whole
//! command line and returns the exit code.

pub mod algo;
pub mod analyzer;
pub mod cli;
pub mod date;
pub mod diagnostic;
pub mod edit;
pub mod error;
pub mod export;
pub mod fields;
pub mod files;
pub mod fold;
pub mod graph;
pub mod import;
pub mod lexer;
pub mod load;
pub mod model;
pub mod names;
pub mod query;
pub mod quote;
pub mod raw;
pub mod render;
pub mod report;
pub mod resolve;
pub mod review;
pub mod run;
pub mod sentences;
pub mod span;
pub mod workspace;

pub use run::run;
