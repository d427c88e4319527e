//! Layer 0: pure rules over strings, knowing nothing else of the crate.
//!
//! Folding names for matching ([`fold`]), splitting sentences
//! ([`sentences`]), finding quotes in a source text ([`quote`]) and
//! suggesting the closest known name ([`suggest`]) and agreeing a noun
//! with its number ([`words`]).

pub mod fold;
pub mod quote;
pub mod sentences;
pub mod suggest;
pub mod url;
pub mod words;
