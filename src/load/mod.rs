//! Layer 3: reading a data directory into raw records and source texts.
//!
//! [`parse`] turns RON files into located [`crate::raw`] records, with a
//! diagnostic for every syntax error.

pub mod parse;

pub use parse::load;
