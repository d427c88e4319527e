//! Layer 3: reading a data directory into raw records and source texts.
//!
//! [`layout`] names every path of a data directory, [`limits`] bounds
//! what a run reads, [`parse`] turns RON
//! files into located [`crate::raw`] records, with a diagnostic for every
//! syntax error, and [`read`] reads the seed texts the sources cite; [`inputs`] records
//! what was read, for the load cache to tell whether it still holds; [`progress`] tells a
//! caller how far a load has come.

pub mod inputs;
pub mod layout;
pub mod limits;
pub mod parse;
pub mod progress;
pub mod read;

pub use parse::load;
