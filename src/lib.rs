//! claimgraph: trace who said what.
//!
//! The modules follow the data, and each uses only its own layer or an
//! earlier one (`tests/cli/layers.rs` keeps it so):
//!
//! ```text
//! 0 text        string rules: folding, sentences, quotes, suggestions,
//!               URLs, language tags, safe text, words
//! 0 json        every JSON answer's envelope and schema, the one JSON writer
//! 1 source      files read and positions in them
//! 1 diagnostic  what a problem is and how it is shown
//! 2 vocab       every enum written in the data, with its names
//! 2 raw         records exactly as written (nothing trusted)
//! 2 model       the checked data set and its rules
//! 3 load        RON files → raw records and source texts
//! 3 check       raw → model, every problem at once (no I/O)
//! 4 graph       the petgraph attribution graph and its views
//! 4 workspace   load → check → graph for one data directory
//! 4 lookup      what a user types → record ids
//! 5 query       questions, answered as plain data
//! 6 formats     interchange codecs (DOT, ClaimReview, CSV)
//! 7 edit        changing files: atomic writes, RON edits, reviews
//! 7 cache       the load cache: a checked workspace kept between runs
//! 7 import      other desks' data into new RON files
//! 7 error       why a library call failed, by kind
//! 8 present     answers for people: terminal text and the brief
//! 8 schema      the published JSON Schemas of every JSON answer
//! ```
//!
//! The command line is not part of the library: it lives in the binary
//! (`src/cli/`), which alone knows clap, exit codes and standard streams.
//!
//! The library interface is what the binary, the tests and the benchmarks
//! use; it has no semantic-version guarantee yet.

pub mod json;
pub mod text;

pub mod diagnostic;
pub mod source;

pub mod model;
pub mod raw;
pub mod vocab;

pub mod check;
pub mod load;

pub mod graph;
pub mod lookup;
pub mod workspace;

pub mod query;

pub mod formats;

pub mod cache;
pub mod edit;
pub mod error;
pub mod import;

pub mod present;
pub mod schema;
