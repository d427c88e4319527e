//! Layer 0: pure rules over strings, knowing nothing else of the crate.
//!
//! Folding names for matching ([`fold`]), splitting sentences
//! ([`sentences`]), finding quotes in a source text ([`quote`]),
//! suggesting the closest known name ([`suggest`]), agreeing a noun with its
//! number ([`words`]), making hostile text safe to show ([`safe`]),
//! language tags ([`lang`]) and web addresses ([`url`]).

pub mod fold;
pub mod lang;
pub mod overlap;
pub mod quote;
pub mod safe;
pub mod sentences;
pub mod suggest;
pub mod url;
pub mod words;
