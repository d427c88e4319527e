//! Layer 1: the files read in a run and positions in them.
//!
//! [`files`] keeps every text that was read and turns byte offsets into
//! lines and columns; [`lexer`] splits RON text into tokens and list items;
//! [`span`] ties each string value of a record to its bytes.

pub mod files;
pub mod lexer;
pub mod span;
